/**
 * Real paragraphs from the seed articles and the news corpus, copied here so
 * the tests never read ../shared. Markdown emphasis is removed (the segmenter
 * sees a block's plain text); `segments` are the exact expected pieces.
 * Reviewed by hand: a change here must be a deliberate correction.
 */
export interface BlockFixture {
  text: string
  segments: Array<[string, string]>
}

export interface ArticleFixture {
  source: string
  note: string
  blocks: BlockFixture[]
}

export const ARTICLES: ArticleFixture[] = [
  {
    source: "seeds/000_9f126e9d496c15c6.txt",
    note: "Reuters seed article",
    blocks: [
      {
        text: "Kiew, 05. Feb (Reuters) - Die Ukraine und Russland haben ihre zweitägigen Friedensgespräche in Abu Dhabi mit einer Einigung auf einen Gefangenenaustausch beendet.",
        segments: [
          ["dateline", "Kiew, 05. Feb (Reuters) -"],
          ["sentence", "Die Ukraine und Russland haben ihre zweitägigen Friedensgespräche in Abu Dhabi mit einer Einigung auf einen Gefangenenaustausch beendet."],
        ],
      },
      {
        text: "Unter Vermittlung der USA verständigten sich die Konfliktparteien am Donnerstag auf die Freilassung von insgesamt 314 Kriegsgefangenen, sagte der US-Sondergesandte Steve Witkoff am Donnerstag. Dies sei der erste derartige Schritt seit Oktober 2025. Ein Durchbruch wurde indes nicht erzielt. Witkoff sprach aber von \"greifbaren Ergebnissen\". Zwar bleibe noch viel Arbeit, doch zeige dies, dass das diplomatische Engagement Früchte trage. Der ukrainische Präsident Wolodymyr Selenskyj kündigte an, die nächste Gesprächsrunde mit Russland in Abu Dhabi finde in naher Zukunft statt.",
        segments: [
          ["sentence", "Unter Vermittlung der USA verständigten sich die Konfliktparteien am Donnerstag auf die Freilassung von insgesamt 314 Kriegsgefangenen, sagte der US-Sondergesandte Steve Witkoff am Donnerstag."],
          ["sentence", "Dies sei der erste derartige Schritt seit Oktober 2025."],
          ["sentence", "Ein Durchbruch wurde indes nicht erzielt."],
          ["sentence", "Witkoff sprach aber von \"greifbaren Ergebnissen\"."],
          ["sentence", "Zwar bleibe noch viel Arbeit, doch zeige dies, dass das diplomatische Engagement Früchte trage."],
          ["sentence", "Der ukrainische Präsident Wolodymyr Selenskyj kündigte an, die nächste Gesprächsrunde mit Russland in Abu Dhabi finde in naher Zukunft statt."],
        ],
      },
      {
        text: "Das russische Verteidigungsministerium bestätigte den Austausch von jeweils 157 Soldaten. Zudem seien drei Zivilisten aus der Region Kursk nach Russland zurückgekehrt. Beide Seiten bewerteten den Verlauf der Gespräche grundsätzlich positiv. Der ukrainische Chefunterhändler Rustem Umjerow nannte das Treffen \"bedeutungsvoll und produktiv\". Der russische Gesandte Kirill Dmitrijew sah ebenfalls Fortschritte und betonte die Arbeit an der Wiederherstellung der Beziehungen zu den USA. Scharfe Kritik übte er dagegen an den europäischen Verbündeten Kiews. Die \"Kriegstreiber aus Europa\" versuchten ständig, diesen Prozess zu stören, sagte Dmitrijew. Je mehr solche Versuche es gebe, desto deutlicher sehe man den Fortschritt.",
        segments: [
          ["sentence", "Das russische Verteidigungsministerium bestätigte den Austausch von jeweils 157 Soldaten."],
          ["sentence", "Zudem seien drei Zivilisten aus der Region Kursk nach Russland zurückgekehrt."],
          ["sentence", "Beide Seiten bewerteten den Verlauf der Gespräche grundsätzlich positiv."],
          ["sentence", "Der ukrainische Chefunterhändler Rustem Umjerow nannte das Treffen \"bedeutungsvoll und produktiv\"."],
          ["sentence", "Der russische Gesandte Kirill Dmitrijew sah ebenfalls Fortschritte und betonte die Arbeit an der Wiederherstellung der Beziehungen zu den USA."],
          ["sentence", "Scharfe Kritik übte er dagegen an den europäischen Verbündeten Kiews."],
          ["sentence", "Die \"Kriegstreiber aus Europa\" versuchten ständig, diesen Prozess zu stören, sagte Dmitrijew."],
          ["sentence", "Je mehr solche Versuche es gebe, desto deutlicher sehe man den Fortschritt."],
        ],
      },
      {
        text: "Der Austausch von Gefangenen findet vor dem Hintergrund großer Opferzahlen in dem seit fast vier Jahren tobenden Krieg statt. Selenskyj bezifferte die Zahl der getöteten ukrainischen Soldaten in dieser Woche auf rund 55.000. Angaben zu Verwundeten oder Vermissten machte er nicht. Auf russischer Seite gab es nach Einschätzung der US-Denkfabrik CSIS fast 1,2 Millionen Opfer. Die Regierung in Moskau wies diesen Bericht als unzuverlässig zurück. Ungeachtet der diplomatischen Bemühungen gingen die Kämpfe weiter. Selenskyj zufolge setzte Russland am Donnerstag 183 Drohnen gegen die Ukraine ein. Die heftigsten Gefechte tobten weiter entlang der rund 1200 Kilometer langen Frontlinie, insbesondere im Gebiet Donezk.",
        segments: [
          ["sentence", "Der Austausch von Gefangenen findet vor dem Hintergrund großer Opferzahlen in dem seit fast vier Jahren tobenden Krieg statt."],
          ["sentence", "Selenskyj bezifferte die Zahl der getöteten ukrainischen Soldaten in dieser Woche auf rund 55.000."],
          ["sentence", "Angaben zu Verwundeten oder Vermissten machte er nicht."],
          ["sentence", "Auf russischer Seite gab es nach Einschätzung der US-Denkfabrik CSIS fast 1,2 Millionen Opfer."],
          ["sentence", "Die Regierung in Moskau wies diesen Bericht als unzuverlässig zurück."],
          ["sentence", "Ungeachtet der diplomatischen Bemühungen gingen die Kämpfe weiter."],
          ["sentence", "Selenskyj zufolge setzte Russland am Donnerstag 183 Drohnen gegen die Ukraine ein."],
          ["sentence", "Die heftigsten Gefechte tobten weiter entlang der rund 1200 Kilometer langen Frontlinie, insbesondere im Gebiet Donezk."],
        ],
      },
      {
        text: "Trotz der Annäherung bei humanitären Fragen bleiben die Positionen in Kernpunkten weit voneinander entfernt. Moskau fordert als Vorbedingung für eine umfassende Einigung den Abzug ukrainischer Truppen aus dem gesamten Gebiet Donezk. Kiew lehnt dies strikt ab und will den Konflikt entlang der aktuellen Frontlinien einfrieren. Streit gibt es zudem um das besetzte Atomkraftwerk Saporischschja. Der Chef des russischen Staatskonzerns Rosatom erklärte am Donnerstag zwar die Bereitschaft zur internationalen Zusammenarbeit, betonte aber, die Anlage müsse unter russischer Kontrolle bleiben. Russland hält derzeit rund 20 Prozent des ukrainischen Staatsgebiets besetzt.",
        segments: [
          ["sentence", "Trotz der Annäherung bei humanitären Fragen bleiben die Positionen in Kernpunkten weit voneinander entfernt."],
          ["sentence", "Moskau fordert als Vorbedingung für eine umfassende Einigung den Abzug ukrainischer Truppen aus dem gesamten Gebiet Donezk."],
          ["sentence", "Kiew lehnt dies strikt ab und will den Konflikt entlang der aktuellen Frontlinien einfrieren."],
          ["sentence", "Streit gibt es zudem um das besetzte Atomkraftwerk Saporischschja."],
          ["sentence", "Der Chef des russischen Staatskonzerns Rosatom erklärte am Donnerstag zwar die Bereitschaft zur internationalen Zusammenarbeit, betonte aber, die Anlage müsse unter russischer Kontrolle bleiben."],
          ["sentence", "Russland hält derzeit rund 20 Prozent des ukrainischen Staatsgebiets besetzt."],
        ],
      },
    ],
  },
  {
    source: "seeds/003_2ac24758fa2fa2e7.txt",
    note: "commentary seed article",
    blocks: [
      {
        text: "Nach Monaten militärischer Eskalation und diplomatischer Stagnation gibt es im Krieg zwischen Russland und der Ukraine erstmals wieder ein greifbares Ergebnis am Verhandlungstisch. Wie der amerikanische Sondergesandte Steve Witkoff erklärte, haben sich Vertreter der USA, Russlands und der Ukraine auf einen Austausch von 314 Kriegsgefangenen geeinigt. Es wäre der erste Austausch dieser Größenordnung seit fünf Monaten. Der Vorgang ist humanitär bedeutsam – und politisch nicht minder aufschlussreich.",
        segments: [
          ["sentence", "Nach Monaten militärischer Eskalation und diplomatischer Stagnation gibt es im Krieg zwischen Russland und der Ukraine erstmals wieder ein greifbares Ergebnis am Verhandlungstisch."],
          ["sentence", "Wie der amerikanische Sondergesandte Steve Witkoff erklärte, haben sich Vertreter der USA, Russlands und der Ukraine auf einen Austausch von 314 Kriegsgefangenen geeinigt."],
          ["sentence", "Es wäre der erste Austausch dieser Größenordnung seit fünf Monaten."],
          ["sentence", "Der Vorgang ist humanitär bedeutsam – und politisch nicht minder aufschlussreich."],
        ],
      },
      {
        text: "Diplomatie in kleinen Schritten",
        segments: [
          ["sentence", "Diplomatie in kleinen Schritten"],
        ],
      },
      {
        text: "Witkoff sprach von „intensiven und produktiven Friedensgesprächen“. Diese Wortwahl ist vorsichtig optimistisch, vermeidet aber bewusst den Eindruck eines Durchbruchs. In der Geschichte des Krieges waren Gefangenenaustausche wiederholt die wenigen Felder, auf denen beide Seiten zu begrenzter Kooperation fähig waren – selbst in Phasen schwerer Gefechte.",
        segments: [
          ["sentence", "Witkoff sprach von „intensiven und produktiven Friedensgesprächen“."],
          ["sentence", "Diese Wortwahl ist vorsichtig optimistisch, vermeidet aber bewusst den Eindruck eines Durchbruchs."],
          ["sentence", "In der Geschichte des Krieges waren Gefangenenaustausche wiederholt die wenigen Felder, auf denen beide Seiten zu begrenzter Kooperation fähig waren – selbst in Phasen schwerer Gefechte."],
        ],
      },
      {
        text: "Gleichzeitig dienen sie als Testballon: Funktionieren Kommunikationskanäle? Werden Abmachungen eingehalten? In diesem Sinne hat der Austausch von 314 Gefangenen eine Bedeutung, die über das Schicksal der Betroffenen hinausgeht. Er signalisiert, dass selbst unter Bedingungen hoher Eskalation minimale Vertrauensräume existieren.",
        segments: [
          ["sentence", "Gleichzeitig dienen sie als Testballon: Funktionieren Kommunikationskanäle?"],
          ["sentence", "Werden Abmachungen eingehalten?"],
          ["sentence", "In diesem Sinne hat der Austausch von 314 Gefangenen eine Bedeutung, die über das Schicksal der Betroffenen hinausgeht."],
          ["sentence", "Er signalisiert, dass selbst unter Bedingungen hoher Eskalation minimale Vertrauensräume existieren."],
        ],
      },
      {
        text: "Hinzu kommen erneute Angriffe auf die Energieinfrastruktur des Landes. Nach einer kurzen, auf Bitten des amerikanischen Präsidenten eingelegten Pause nahm Russland die Bombardierung von Heiz- und Stromanlagen wieder auf. Bei Temperaturen von bis zu minus 20 Grad sind hunderttausende Haushalte betroffen – eine Strategie, die offenkundig darauf abzielt, den Druck auf die ukrainische Gesellschaft zu erhöhen.",
        segments: [
          ["sentence", "Hinzu kommen erneute Angriffe auf die Energieinfrastruktur des Landes."],
          ["sentence", "Nach einer kurzen, auf Bitten des amerikanischen Präsidenten eingelegten Pause nahm Russland die Bombardierung von Heiz- und Stromanlagen wieder auf."],
          ["sentence", "Bei Temperaturen von bis zu minus 20 Grad sind hunderttausende Haushalte betroffen – eine Strategie, die offenkundig darauf abzielt, den Druck auf die ukrainische Gesellschaft zu erhöhen."],
        ],
      },
      {
        text: "Inhaltlich bleiben die Positionen beider Seiten unverändert weit voneinander entfernt. Der Kreml knüpft jede weitergehende Deeskalation an territoriale Forderungen. Nach russischer Lesart müsste Kiew zumindest das gesamte Donbass-Gebiet aufgeben, um ein Einfrieren der Frontlinie zu erreichen. Kreml-Sprecher Dmitri Peskov machte unmissverständlich klar, dass die sogenannte „militärische Spezialoperation“ andernfalls fortgesetzt werde.",
        segments: [
          ["sentence", "Inhaltlich bleiben die Positionen beider Seiten unverändert weit voneinander entfernt."],
          ["sentence", "Der Kreml knüpft jede weitergehende Deeskalation an territoriale Forderungen."],
          ["sentence", "Nach russischer Lesart müsste Kiew zumindest das gesamte Donbass-Gebiet aufgeben, um ein Einfrieren der Frontlinie zu erreichen."],
          ["sentence", "Kreml-Sprecher Dmitri Peskov machte unmissverständlich klar, dass die sogenannte „militärische Spezialoperation“ andernfalls fortgesetzt werde."],
        ],
      },
      {
        text: "Gefangenenaustausch als Signal: Warum selbst kleine Fortschritte im Ukrainekrieg großes politisches Gewicht haben",
        segments: [
          ["sentence", "Gefangenenaustausch als Signal: Warum selbst kleine Fortschritte im Ukrainekrieg großes politisches Gewicht haben"],
        ],
      },
      {
        text: "Die Rolle der USA bleibt dabei ambivalent. Einerseits sind sie der wichtigste militärische Unterstützer der Ukraine. Andererseits versuchen sie, wie die Mission Witkoffs zeigt, Gesprächskanäle zu Moskau offenzuhalten. Dieses Doppelspiel ist riskant, aber alternativlos: Ohne amerikanische Vermittlung sind substanzelle Verhandlungen kaum vorstellbar.",
        segments: [
          ["sentence", "Die Rolle der USA bleibt dabei ambivalent."],
          ["sentence", "Einerseits sind sie der wichtigste militärische Unterstützer der Ukraine."],
          ["sentence", "Andererseits versuchen sie, wie die Mission Witkoffs zeigt, Gesprächskanäle zu Moskau offenzuhalten."],
          ["sentence", "Dieses Doppelspiel ist riskant, aber alternativlos: Ohne amerikanische Vermittlung sind substanzelle Verhandlungen kaum vorstellbar."],
        ],
      },
      {
        text: "Autor: P. Tiko",
        segments: [
          ["byline", "Autor: P. Tiko"],
        ],
      },
    ],
  },
  {
    source: "corpus/02-nau-314-gefangene-abu-dhabi.txt",
    note: "nau.ch, lines pasted into one block",
    blocks: [
      {
        text: "Ukraine und Russland tauschen 314 Gefangene aus\nNach fünf Monaten tauschen Ukraine und Russland wieder Gefangene aus. Die Einigung erfolgt bei den Verhandlungen in Abu Dhabi.",
        segments: [
          ["sentence", "Ukraine und Russland tauschen 314 Gefangene aus"],
          ["sentence", "Nach fünf Monaten tauschen Ukraine und Russland wieder Gefangene aus."],
          ["sentence", "Die Einigung erfolgt bei den Verhandlungen in Abu Dhabi."],
        ],
      },
      {
        text: "Die Ukraine und Russland haben bei zweitägigen Friedensgesprächen in Abu Dhabi einen Gefangenenaustausch vereinbart. Die Kriegsparteien einigten sich auf die Freilassung von insgesamt 314 Personen, wie die «taz» berichtet.\nEs handelt sich um den ersten grösseren Austausch seit fünf Monaten. Laut dem US-Sondergesandten Steve Witkoff sei die Einigung durch produktive Friedensgespräche erzielt worden.\nEs liege allerdings «noch viel Arbeit» vor allen Seiten, zitiert ihn «taz». Die Verhandlungen unter Vermittlung der USA fanden trotz massiver russischer Angriffe in der Ukraine statt.\n157 Soldaten kehren auf jeder Seite zurück\nDas russische Verteidigungsministerium bestätigte die Rückführung von 157 russischen Soldaten aus ukrainischer Gefangenschaft. Im Gegenzug wurden 157 ukrainische Kriegsgefangene übergeben, wie der «Tagesspiegel» meldet.\nDie Vereinigten Arabischen Emirate und die USA hätten bei der Rückkehr humanitäre Vermittlung geleistet. Präsident Wolodymyr Selenskyj bestätigte den Austausch auf Telegram, berichtet der «Tagesspiegel» weiter.\nUnter den 157 Ukrainern seien Soldaten der Armee, Nationalgarde und Grenztruppen gewesen. Ein Teil sei bereits seit 2022 in russischer Gefangenschaft gewesen.\nVerhandlungen laut Ukraine produktiv\nDie russischen Soldaten befinden sich derzeit in Belarus und werden medizinisch versorgt. Laut dem russischen Verteidigungsministerium wurden zusätzlich drei Zivilisten aus der Region Kursk zurückgebracht, wie der «Tagesspiegel» berichtet.\nDie Gespräche zwischen den Unterhändlern seien aus Kiewer Sicht produktiv verlaufen, meldet «swissinfo.ch». Der ukrainische Chefunterhändler Rustem Umjerow schrieb in sozialen Medien von inhaltsvollen und produktiven Diskussionen.",
        segments: [
          ["sentence", "Die Ukraine und Russland haben bei zweitägigen Friedensgesprächen in Abu Dhabi einen Gefangenenaustausch vereinbart."],
          ["sentence", "Die Kriegsparteien einigten sich auf die Freilassung von insgesamt 314 Personen, wie die «taz» berichtet."],
          ["sentence", "Es handelt sich um den ersten grösseren Austausch seit fünf Monaten."],
          ["sentence", "Laut dem US-Sondergesandten Steve Witkoff sei die Einigung durch produktive Friedensgespräche erzielt worden."],
          ["sentence", "Es liege allerdings «noch viel Arbeit» vor allen Seiten, zitiert ihn «taz»."],
          ["sentence", "Die Verhandlungen unter Vermittlung der USA fanden trotz massiver russischer Angriffe in der Ukraine statt."],
          ["sentence", "157 Soldaten kehren auf jeder Seite zurück"],
          ["sentence", "Das russische Verteidigungsministerium bestätigte die Rückführung von 157 russischen Soldaten aus ukrainischer Gefangenschaft."],
          ["sentence", "Im Gegenzug wurden 157 ukrainische Kriegsgefangene übergeben, wie der «Tagesspiegel» meldet."],
          ["sentence", "Die Vereinigten Arabischen Emirate und die USA hätten bei der Rückkehr humanitäre Vermittlung geleistet."],
          ["sentence", "Präsident Wolodymyr Selenskyj bestätigte den Austausch auf Telegram, berichtet der «Tagesspiegel» weiter."],
          ["sentence", "Unter den 157 Ukrainern seien Soldaten der Armee, Nationalgarde und Grenztruppen gewesen."],
          ["sentence", "Ein Teil sei bereits seit 2022 in russischer Gefangenschaft gewesen."],
          ["sentence", "Verhandlungen laut Ukraine produktiv"],
          ["sentence", "Die russischen Soldaten befinden sich derzeit in Belarus und werden medizinisch versorgt."],
          ["sentence", "Laut dem russischen Verteidigungsministerium wurden zusätzlich drei Zivilisten aus der Region Kursk zurückgebracht, wie der «Tagesspiegel» berichtet."],
          ["sentence", "Die Gespräche zwischen den Unterhändlern seien aus Kiewer Sicht produktiv verlaufen, meldet «swissinfo.ch»."],
          ["sentence", "Der ukrainische Chefunterhändler Rustem Umjerow schrieb in sozialen Medien von inhaltsvollen und produktiven Diskussionen."],
        ],
      },
      {
        text: "Nach Angaben von Präsident Selenskyj sollen die Verhandlunge",
        segments: [
          ["sentence", "Nach Angaben von Präsident Selenskyj sollen die Verhandlunge"],
        ],
      },
    ],
  },
  {
    source: "corpus/05-klamm-gefangenenaustausch-nach-pause.txt",
    note: "klamm.de, eulerpool-AFX trailer",
    blocks: [
      {
        text: "Gefangenenaustausch zwischen Ukraine und Russland nach langer Pause\nNach monatelanger Pause haben die Ukraine und Russland wieder Gefangene ausgetauscht. Präsident Wolodymyr Selenskyj verkündete am Mittwoch in den sozialen Netzwerken, dass 'unsere (Gefangenen) zu Hause' seien. Der größte Gefangenenaustausch seit dem russischen Einmarsch vor über 22 Monaten umfasste insgesamt 230 Männer und Frauen, darunter Soldaten und Zivilisten. Unter den freigelassenen Soldaten waren auch Verteidiger der Hafenstadt Mariupol und der Schlangeninsel. Die russischen Behörden bestätigten die Rückkehr von 248 Russen aus ukrainischer Gefangenschaft.\nPräsident Selenskyj betonte in seiner abendlichen Videoansprache, dass die Ukraine weiterhin alles tun werde, um ihre Bürger und Bürgerinnen aus russischer Gefangenschaft zurückzuführen. Er bedauerte die lange Pause im Austausch, betonte jedoch, dass es keine Pause in den Verhandlungen gegeben habe.\nDer Austausch wurde durch die Organisationen Vereinigte Arabische Emirate und das Internationale Komitee vom Roten Kreuz ermöglicht. Der letzte Gefangenenaustausch hatte im Juli des vergangenen Jahres stattgefunden. Laut dem Sprecher des ukrainischen Militärgeheimdienstes HUR, Andryj Jussow, hat die Ukraine bereits 2.828 ihrer Bürger aus russischer Gefangenschaft zurückgeholt. Dennoch befinden sich nach Angaben aus Kiew immer noch über 4.000 Ukrainer in russischer Gefangenschaft.\nDie Ukraine befindet sich seit über 22 Monaten in einem Abwehrkampf gegen eine russische Invasion. (eulerpool-AFX)",
        segments: [
          ["sentence", "Gefangenenaustausch zwischen Ukraine und Russland nach langer Pause"],
          ["sentence", "Nach monatelanger Pause haben die Ukraine und Russland wieder Gefangene ausgetauscht."],
          ["sentence", "Präsident Wolodymyr Selenskyj verkündete am Mittwoch in den sozialen Netzwerken, dass 'unsere (Gefangenen) zu Hause' seien."],
          ["sentence", "Der größte Gefangenenaustausch seit dem russischen Einmarsch vor über 22 Monaten umfasste insgesamt 230 Männer und Frauen, darunter Soldaten und Zivilisten."],
          ["sentence", "Unter den freigelassenen Soldaten waren auch Verteidiger der Hafenstadt Mariupol und der Schlangeninsel."],
          ["sentence", "Die russischen Behörden bestätigten die Rückkehr von 248 Russen aus ukrainischer Gefangenschaft."],
          ["sentence", "Präsident Selenskyj betonte in seiner abendlichen Videoansprache, dass die Ukraine weiterhin alles tun werde, um ihre Bürger und Bürgerinnen aus russischer Gefangenschaft zurückzuführen."],
          ["sentence", "Er bedauerte die lange Pause im Austausch, betonte jedoch, dass es keine Pause in den Verhandlungen gegeben habe."],
          ["sentence", "Der Austausch wurde durch die Organisationen Vereinigte Arabische Emirate und das Internationale Komitee vom Roten Kreuz ermöglicht."],
          ["sentence", "Der letzte Gefangenenaustausch hatte im Juli des vergangenen Jahres stattgefunden."],
          ["sentence", "Laut dem Sprecher des ukrainischen Militärgeheimdienstes HUR, Andryj Jussow, hat die Ukraine bereits 2.828 ihrer Bürger aus russischer Gefangenschaft zurückgeholt."],
          ["sentence", "Dennoch befinden sich nach Angaben aus Kiew immer noch über 4.000 Ukrainer in russischer Gefangenschaft."],
          ["sentence", "Die Ukraine befindet sich seit über 22 Monaten in einem Abwehrkampf gegen eine russische Invasion."],
          ["trailer", "(eulerpool-AFX)"],
        ],
      },
    ],
  },
  {
    source: "corpus/06-taz-groesster-austausch.txt",
    note: "taz, AFP dateline and German quotes",
    blocks: [
      {
        text: "Ukraine und Russland einigen sich : Größter Austausch von Gefangenen",
        segments: [
          ["sentence", "Ukraine und Russland einigen sich : Größter Austausch von Gefangenen"],
        ],
      },
      {
        text: "Mehr als 400 ukrainische und russische Soldaten können in ihre Heimat zurückkehren. Vermittelt haben offenbar die Vereinigten Arabischen Emirate.",
        segments: [
          ["sentence", "Mehr als 400 ukrainische und russische Soldaten können in ihre Heimat zurückkehren."],
          ["sentence", "Vermittelt haben offenbar die Vereinigten Arabischen Emirate."],
        ],
      },
      {
        text: "KYJIW AFP | Im Rahmen des offenbar größten Gefangenenaustauschs seit Beginn des Ukrainekriegs sind mehr als 400 ukrainische und russische Soldaten in ihre Heimat zurückgekehrt. In nahezu zeitgleich veröffentlichten Erklärungen gaben beide Seiten am Mittwoch bekannt, dass nach einer von den Vereinigten Arabischen Emiraten vermittelten Vereinbarung jeweils mehr als 200 ihrer Soldaten freigekommen seien. Es war der erste offiziell vermeldete Gefangenenaustausch seit knapp fünf Monaten.",
        segments: [
          ["dateline", "KYJIW AFP |"],
          ["sentence", "Im Rahmen des offenbar größten Gefangenenaustauschs seit Beginn des Ukrainekriegs sind mehr als 400 ukrainische und russische Soldaten in ihre Heimat zurückgekehrt."],
          ["sentence", "In nahezu zeitgleich veröffentlichten Erklärungen gaben beide Seiten am Mittwoch bekannt, dass nach einer von den Vereinigten Arabischen Emiraten vermittelten Vereinbarung jeweils mehr als 200 ihrer Soldaten freigekommen seien."],
          ["sentence", "Es war der erste offiziell vermeldete Gefangenenaustausch seit knapp fünf Monaten."],
        ],
      },
      {
        text: "Das Verteidigungsministerium in Moskau verkündete im Onlinedienst Telegram die Freilassung von 248 russischen Soldaten. Sie würden nun medizinisch und psychologisch betreut. Der ukrainische Präsident Wolodimir Selenski erklärte seinerseits in Kiew: „Mehr als 200 unserer Soldaten und Zivilisten sind aus russischer Gefangenschaft zurückgekehrt.“ Auf Telegram veröffentlichte er ein Video von feiernden Männern in Militäruniform.",
        segments: [
          ["sentence", "Das Verteidigungsministerium in Moskau verkündete im Onlinedienst Telegram die Freilassung von 248 russischen Soldaten."],
          ["sentence", "Sie würden nun medizinisch und psychologisch betreut."],
          ["sentence", "Der ukrainische Präsident Wolodimir Selenski erklärte seinerseits in Kiew: „Mehr als 200 unserer Soldaten und Zivilisten sind aus russischer Gefangenschaft zurückgekehrt.“"],
          ["sentence", "Auf Telegram veröffentlichte er ein Video von feiernden Männern in Militäruniform."],
        ],
      },
      {
        text: "Seit fast fünf Monaten hatte keines der beiden Länder mehr einen Gefangenenaustausch verkündet. Kyjiw hatte Moskau vorgeworfen, entsprechende Vereinbarungen aus politischen Gründen zu blockieren. „Es gab eine lange Pause bei den Austauschaktionen, aber es gab keine Pause bei den Verhandlungen“, betonte Selenski. Dass diese nun erfolgreich gewesen seien, sei eine „gute Nachricht“.",
        segments: [
          ["sentence", "Seit fast fünf Monaten hatte keines der beiden Länder mehr einen Gefangenenaustausch verkündet."],
          ["sentence", "Kyjiw hatte Moskau vorgeworfen, entsprechende Vereinbarungen aus politischen Gründen zu blockieren."],
          ["sentence", "„Es gab eine lange Pause bei den Austauschaktionen, aber es gab keine Pause bei den Verhandlungen“, betonte Selenski."],
          ["sentence", "Dass diese nun erfolgreich gewesen seien, sei eine „gute Nachricht“."],
        ],
      },
      {
        text: "Nach Angaben Moskaus war der Austausch das „Ergebnis eines schwierigen Verhandlungsprozesses“, der mithilfe der Vereinigten Arabischen Emirate erfolgt sei. Die Emirate erklärten, die Vereinbarung spiegele ihre „starken freundschaftlichen Beziehungen“ sowohl mit Russland als auch der Ukraine wider.",
        segments: [
          ["sentence", "Nach Angaben Moskaus war der Austausch das „Ergebnis eines schwierigen Verhandlungsprozesses“, der mithilfe der Vereinigten Arabischen Emirate erfolgt sei."],
          ["sentence", "Die Emirate erklärten, die Vereinbarung spiegele ihre „starken freundschaftlichen Beziehungen“ sowohl mit Russland als auch der Ukraine wider."],
        ],
      },
      {
        text: "Seit Beginn des Krieges vor fast",
        segments: [
          ["sentence", "Seit Beginn des Krieges vor fast"],
        ],
      },
    ],
  },
  {
    source: "corpus/08-politiklive-lawrow-skeptisch.txt",
    note: "politik-live, straight quotes",
    blocks: [
      {
        text: "Der russische Außenminister Sergej Lawrow hat sich skeptisch zu Aussichten für ein Treffen seines Präsidenten Wladimir Putin mit dem ukrainischen Präsidenten Wolodymyr Selenskyj geäußert.",
        segments: [
          ["sentence", "Der russische Außenminister Sergej Lawrow hat sich skeptisch zu Aussichten für ein Treffen seines Präsidenten Wladimir Putin mit dem ukrainischen Präsidenten Wolodymyr Selenskyj geäußert."],
        ],
      },
      {
        text: "Ein solches Gespräch dürfe kein Selbstzweck sein, sagte Lawrow am Mittwoch in Moskau nach einem Treffen mit seinem türkischen Amtskollegen Mevlüt Cavosoglu. Es sei nur möglich, wenn es darum gehe, konkrete Vereinbarungen zwischen Russland und der Ukraine zu besiegeln.",
        segments: [
          ["sentence", "Ein solches Gespräch dürfe kein Selbstzweck sein, sagte Lawrow am Mittwoch in Moskau nach einem Treffen mit seinem türkischen Amtskollegen Mevlüt Cavosoglu."],
          ["sentence", "Es sei nur möglich, wenn es darum gehe, konkrete Vereinbarungen zwischen Russland und der Ukraine zu besiegeln."],
        ],
      },
      {
        text: "Selenskyj hat mehrmals ein Treffen mit Putin angeboten. Und so widersprach sein Berater Mychailo Podoljak Lawrow auch. Putin und Selenskyj sollen dem ukrainischen Chef-Unterhändler zufolge die angestrebte Waffenruhe im direktem Kontakt aushandeln, und nicht erst zu deren Besiegelung zusammenkommen. \"Unsere Position bei den Verhandlungen ist recht klar: Sicherheitsgarantien, Waffenstillstand und ein Rückzug russischer Truppen\", schrieb Podoljak auf Twitter. Eine Einigung sei nur im direkten Austausch zwischen den Staatschefs Russlands und der Ukraine möglich.",
        segments: [
          ["sentence", "Selenskyj hat mehrmals ein Treffen mit Putin angeboten."],
          ["sentence", "Und so widersprach sein Berater Mychailo Podoljak Lawrow auch."],
          ["sentence", "Putin und Selenskyj sollen dem ukrainischen Chef-Unterhändler zufolge die angestrebte Waffenruhe im direktem Kontakt aushandeln, und nicht erst zu deren Besiegelung zusammenkommen."],
          ["sentence", "\"Unsere Position bei den Verhandlungen ist recht klar: Sicherheitsgarantien, Waffenstillstand und ein Rückzug russischer Truppen\", schrieb Podoljak auf Twitter."],
          ["sentence", "Eine Einigung sei nur im direkten Austausch zwischen den Staatschefs Russlands und der Ukraine möglich."],
        ],
      },
      {
        text: "Die russische Staatsagentur Ria Nowosti zitierte Podoljak zudem am Mittwoch aus einem Interview mit dem US-Sender PBS: \"Der einzige Weg, diesen Krieg zu beenden, sind direkte Gespräche der beiden Präsidenten. Daran arbeiten wir bei diesen Verhandlungen\", sagte Podoljak demnach. Derzeit würden diese Dokumente ausgearbeitet, welche die Staatschefs dann vereinbaren und unterzeichnen können. \"Das könnte schon bald passieren.\"",
        segments: [
          ["sentence", "Die russische Staatsagentur Ria Nowosti zitierte Podoljak zudem am Mittwoch aus einem Interview mit dem US-Sender PBS: \"Der einzige Weg, diesen Krieg zu beenden, sind direkte Gespräche der beiden Präsidenten. Daran arbeiten wir bei diesen Verhandlungen\", sagte Podoljak demnach."],
          ["sentence", "Derzeit würden diese Dokumente ausgearbeitet, welche die Staatschefs dann vereinbaren und unterzeichnen können."],
          ["sentence", "\"Das könnte schon bald passieren.\""],
        ],
      },
      {
        text: "Nach Informationen der Zeitung \"Financial Times\" arbeiten beide Seiten an einem 15-Punkte-Plan. An erster Stelle stünden die von Russland geforderte Neutralität und Entmilitarisierung der Ukraine sowie der von Kiew verlangte Abzug russischer Truppen. Territoriale Streitfragen sollten demnach erst später diskutiert werden.",
        segments: [
          ["sentence", "Nach Informationen der Zeitung \"Financial Times\" arbeiten beide Seiten an einem 15-Punkte-Plan."],
          ["sentence", "An erster Stelle stünden die von Russland geforderte Neutralität und Entmilitarisierung der Ukraine sowie der von Kiew verlangte Abzug russischer Truppen."],
          ["sentence", "Territoriale Streitfragen sollten demnach erst später diskutiert werden."],
        ],
      },
      {
        text: "Cavosoglu betonte in Moskau die Bereitschaft der Türkei, einen Gipfel Putin-Selenskyj zu organisieren. Er forderte erneut eine dauerhafte Waffenruhe. Das \"Blutvergießen und die Tränen\" müssten gest",
        segments: [
          ["sentence", "Cavosoglu betonte in Moskau die Bereitschaft der Türkei, einen Gipfel Putin-Selenskyj zu organisieren."],
          ["sentence", "Er forderte erneut eine dauerhafte Waffenruhe."],
          ["sentence", "Das \"Blutvergießen und die Tränen\" müssten gest"],
        ],
      },
    ],
  },
  {
    source: "corpus/13-cash-bundesbank-inflation-maerz.txt",
    note: "cash.ch, dpa-AFX trailer glued to the sentence",
    blocks: [
      {
        text: "Im Februar waren die Verbraucherpreise in Europas grösster Volkswirtschaft gegenüber dem Vorjahresmonat noch um 8,7 Prozent gestiegen. Nach Einschätzung von Ökonomen hat die Inflation inzwischen an Breite gewonnen und erfasst viele andere Produkte ausser Energie und Nahrungsmittel. Die Kernrate ohne Energie und Lebensmittelpreise dürfte hoch bleiben, erwartet auch die Notenbank.\nZugleich rechnet die Bundesbank weiterhin mit einem Rückgang des Bruttoinlandsproduktes (BIP) zu Jahresbeginn. \"Alles in allem wird die deutsche Wirtschaftsaktivität im laufenden Quartal wohl erneut sinken\", hiess es im Monatsbericht. Der Rückgang dürfte jedoch geringer ausfallen als im Schlussquartal 2022, als die deutsche Wirtschaftsleistung um 0,4 Prozent gegenüber dem Vorquartal schrumpfte. Sinkt das Bruttoinlandsprodukt (BIP) zwei Quartale in Folge, sprechen Ökonomen von einer technischen Rezession.\nDer Bundesbank zufolge steigerten die Industrie und der Bau ihre Produktion im Januar zwar wieder kräftig. Die Warenexporte hätten sich bereinigt um Preiserhöhungen jedoch nur teilweise erholt. Zudem bremse die anhaltend hohe Inflation den Konsum der Menschen in Deutschland./mar/DP/bgf\n(AWP)",
        segments: [
          ["sentence", "Im Februar waren die Verbraucherpreise in Europas grösster Volkswirtschaft gegenüber dem Vorjahresmonat noch um 8,7 Prozent gestiegen."],
          ["sentence", "Nach Einschätzung von Ökonomen hat die Inflation inzwischen an Breite gewonnen und erfasst viele andere Produkte ausser Energie und Nahrungsmittel."],
          ["sentence", "Die Kernrate ohne Energie und Lebensmittelpreise dürfte hoch bleiben, erwartet auch die Notenbank."],
          ["sentence", "Zugleich rechnet die Bundesbank weiterhin mit einem Rückgang des Bruttoinlandsproduktes (BIP) zu Jahresbeginn."],
          ["sentence", "\"Alles in allem wird die deutsche Wirtschaftsaktivität im laufenden Quartal wohl erneut sinken\", hiess es im Monatsbericht."],
          ["sentence", "Der Rückgang dürfte jedoch geringer ausfallen als im Schlussquartal 2022, als die deutsche Wirtschaftsleistung um 0,4 Prozent gegenüber dem Vorquartal schrumpfte."],
          ["sentence", "Sinkt das Bruttoinlandsprodukt (BIP) zwei Quartale in Folge, sprechen Ökonomen von einer technischen Rezession."],
          ["sentence", "Der Bundesbank zufolge steigerten die Industrie und der Bau ihre Produktion im Januar zwar wieder kräftig."],
          ["sentence", "Die Warenexporte hätten sich bereinigt um Preiserhöhungen jedoch nur teilweise erholt."],
          ["sentence", "Zudem bremse die anhaltend hohe Inflation den Konsum der Menschen in Deutschland."],
          ["trailer", "/mar/DP/bgf"],
          ["trailer", "(AWP)"],
        ],
      },
    ],
  },
  {
    source: "corpus/16-wdr-supercup-bayern-dortmund.txt",
    note: "WDR, minute marks and scores",
    blocks: [
      {
        text: "Bayern erst klar besser, Dortmund mit dem Anschluss",
        segments: [
          ["sentence", "Bayern erst klar besser, Dortmund mit dem Anschluss"],
        ],
      },
      {
        text: "Die Bayern gingen nach einer Ecke der Dortmunder per Konter in Führung. Alphonso Davies, Kingsley Coman und Thomas Müller kombinierten den Ball perfekt zu Robert Lewandowski. Der flankte von rechts auf Corentin Tolisso, der im zweiten Versuch nach einem Lattentreffer einschob (19.). Wenig später flankte Davies von links, Müller traf per Kopf zum 2:0 für die Bayern (32.).",
        segments: [
          ["sentence", "Die Bayern gingen nach einer Ecke der Dortmunder per Konter in Führung."],
          ["sentence", "Alphonso Davies, Kingsley Coman und Thomas Müller kombinierten den Ball perfekt zu Robert Lewandowski."],
          ["sentence", "Der flankte von rechts auf Corentin Tolisso, der im zweiten Versuch nach einem Lattentreffer einschob (19.)."],
          ["sentence", "Wenig später flankte Davies von links, Müller traf per Kopf zum 2:0 für die Bayern (32.)."],
        ],
      },
      {
        text: "Der BVB blieb in der ersten Hälfte weitgehend blass, kam aber zum Anschluss. Bayerns Benjamin Pavard leistete sich einen Ballverlust im Aufbau, Marco Reus und Erling Haaland spielten Julian Brandt frei - und der traf mit einem wuchtigen Schuss (39.). \"Wenn du am Ende die Tore nicht machst\" , sagte Brandt, haderte mit der Chancenverwertung in der zweiten Hälfte und wetterte: \"Wir haben in der ersten Halbzeit zwei ärgerliche Tore bekommen.\"",
        segments: [
          ["sentence", "Der BVB blieb in der ersten Hälfte weitgehend blass, kam aber zum Anschluss."],
          ["sentence", "Bayerns Benjamin Pavard leistete sich einen Ballverlust im Aufbau, Marco Reus und Erling Haaland spielten Julian Brandt frei - und der traf mit einem wuchtigen Schuss (39.)."],
          ["sentence", "\"Wenn du am Ende die Tore nicht machst\" , sagte Brandt, haderte mit der Chancenverwertung in der zweiten Hälfte und wetterte: \"Wir haben in der ersten Halbzeit zwei ärgerliche Tore bekommen.\""],
        ],
      },
      {
        text: "BVB nach der Pause deutlich stärker",
        segments: [
          ["sentence", "BVB nach der Pause deutlich stärker"],
        ],
      },
      {
        text: "Dortmund wurde nach der Pause deutlich druckvoller und kam zum Ausgleich. Thomas Delaney spielte den Ball genau durch die Schnittstelle der Bayern-Verteidigung, Haaland nutzte das Zuspiel und traf (55.). Fünf Minuten später war Haaland erneut frei durch, scheiterte aber an Bayerns Torwart Manuel Neuer.",
        segments: [
          ["sentence", "Dortmund wurde nach der Pause deutlich druckvoller und kam zum Ausgleich."],
          ["sentence", "Thomas Delaney spielte den Ball genau durch die Schnittstelle der Bayern-Verteidigung, Haaland nutzte das Zuspiel und traf (55.)."],
          ["sentence", "Fünf Minuten später war Haaland erneut frei durch, scheiterte aber an Bayerns Torwart Manuel Neuer."],
        ],
      },
      {
        text: "Doch die Bayern führten die Entscheidung herbei. Dortmunds Delaney unterlief ein Ballverlust gegen Joshua Kimmich im Mittelfeld, der nach einem Doppelpass mit Lewandowski frei vor BVB-Schlussmann Marwin Hitz auftauchte. Den ersten Ball parierte Hitz noch, dann traf Kimmich gekonnt im Fallen per Nachschuss (82.).",
        segments: [
          ["sentence", "Doch die Bayern führten die Entscheidung herbei."],
          ["sentence", "Dortmunds Delaney unterlief ein Ballverlust gegen Joshua Kimmich im Mittelfeld, der nach einem Doppelpass mit Lewandowski frei vor BVB-Schlussmann Marwin Hitz auftauchte."],
          ["sentence", "Den ersten Ball parierte Hitz noch, dann traf Kimmich gekonnt im Fallen per Nachschuss (82.)."],
        ],
      },
      {
        text: "Letztes Spiel für Bibiana Steinhaus",
        segments: [
          ["sentence", "Letztes Spiel für Bibiana Steinhaus"],
        ],
      },
      {
        text: "Für Schiedsrichtern Bibiana Steinhaus, die als erste Frau überhaupt Spiele in der Männer-Bundesliga gepfiffen hat, war es die letzte Partie auf dem Platz. Sie erklärte im Vorfeld des Spiels ihren Rücktritt.",
        segments: [
          ["sentence", "Für Schiedsrichtern Bibiana Steinhaus, die als erste Frau überhaupt Spiele in der Männer-Bundesliga gepfiffen hat, war es die letzte Partie auf dem Platz."],
          ["sentence", "Sie erklärte im Vorfeld des Spiels ihren Rücktritt."],
        ],
      },
    ],
  },
]
