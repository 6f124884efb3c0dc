import { expect } from 'chai'
import { segment } from '../../../src/analyse/text/index.ts'
import { pieces, sentences } from './helpers.ts'

describe('segment: periods that do not end a sentence', () => {
  it('keeps ordinals before months inside the sentence', () => {
    expect(sentences('Der Krieg begann am 24. Februar 2022. Seitdem wird gekämpft.')).to.deep.equal([
      'Der Krieg begann am 24. Februar 2022.',
      'Seitdem wird gekämpft.',
    ])
    expect(sentences('Sie trafen sich am 05. Feb in Kiew. Dann reisten sie ab.')).to.deep.equal(['Sie trafen sich am 05. Feb in Kiew.', 'Dann reisten sie ab.'])
    expect(sentences('Seit dem 1. Januar gilt das Gesetz. Es ist umstritten.')).to.deep.equal(['Seit dem 1. Januar gilt das Gesetz.', 'Es ist umstritten.'])
    expect(sentences('Am 5. Jan. 2022 kam er an.')).to.deep.equal(['Am 5. Jan. 2022 kam er an.'])
  })

  it('keeps ordinals after a determiner, but ends a sentence after a count', () => {
    expect(sentences('Der 2. Weltkrieg endete 1945. Danach kam der Frieden.')).to.deep.equal(['Der 2. Weltkrieg endete 1945.', 'Danach kam der Frieden.'])
    expect(sentences('Die Zahl der Toten stieg auf 15. Die Behörden warnten.')).to.deep.equal(['Die Zahl der Toten stieg auf 15.', 'Die Behörden warnten.'])
  })

  it('does not split at times, scores and decimals', () => {
    expect(sentences('Um 16:30 Uhr fiel das 2:0. Um 16.30 Uhr war Pause.')).to.deep.equal(['Um 16:30 Uhr fiel das 2:0.', 'Um 16.30 Uhr war Pause.'])
    expect(sentences('Die Inflation lag bei 8,7 Prozent und 1.200 Firmen klagten. Das ist viel.')).to.deep.equal([
      'Die Inflation lag bei 8,7 Prozent und 1.200 Firmen klagten.',
      'Das ist viel.',
    ])
  })

  it('does not split inside minute marks, but ends a sentence right after one', () => {
    expect(sentences('Tolisso traf im Nachschuss (82.) und jubelte.')).to.deep.equal(['Tolisso traf im Nachschuss (82.) und jubelte.'])
    expect(sentences('Der flankte auf Tolisso, der einschob (19.). Wenig später traf Müller (32.).')).to.deep.equal([
      'Der flankte auf Tolisso, der einschob (19.).',
      'Wenig später traf Müller (32.).',
    ])
  })

  it('does not split after abbreviations that stand before what they qualify', () => {
    const block =
      'Das betrifft z. B. Kiew, u. a. die Nr. 5 und Dr. Müller, St. Gallen bzw. Prof. Meier, vgl. Abs. 3 in der Hauptstr. 5 sowie ca. 10 Leute. Ende.'
    expect(sentences(block)).to.deep.equal([
      'Das betrifft z. B. Kiew, u. a. die Nr. 5 und Dr. Müller, St. Gallen bzw. Prof. Meier, vgl. Abs. 3 in der Hauptstr. 5 sowie ca. 10 Leute.',
      'Ende.',
    ])
  })

  it('keeps z.B. and u.a. written without spaces inside the sentence', () => {
    expect(sentences('Das gilt z.B. für Kiew und u.a. für Charkiw. Ende.')).to.deep.equal(['Das gilt z.B. für Kiew und u.a. für Charkiw.', 'Ende.'])
  })

  it('keeps Mio., Mrd., Jh., v. Chr. and etc. mid-sentence', () => {
    expect(sentences('Es kostet 5 Mio. Euro und 3 Mrd. Dollar. Gut.')).to.deep.equal(['Es kostet 5 Mio. Euro und 3 Mrd. Dollar.', 'Gut.'])
    expect(sentences('Im 19. Jh. baute man Brücken, Straßen etc. in ganz Europa.')).to.deep.equal(['Im 19. Jh. baute man Brücken, Straßen etc. in ganz Europa.'])
    expect(sentences('Caesar starb 44 v. Chr. in Rom. Danach kam Augustus.')).to.deep.equal(['Caesar starb 44 v. Chr. in Rom.', 'Danach kam Augustus.'])
  })

  it('ends a sentence after a final-capable abbreviation when a sentence opener follows', () => {
    expect(sentences('Der Schaden beträgt 5 Mio. Die Polizei ermittelt.')).to.deep.equal(['Der Schaden beträgt 5 Mio.', 'Die Polizei ermittelt.'])
    expect(sentences('Sie kauften Brot, Milch etc. Danach gingen sie.')).to.deep.equal(['Sie kauften Brot, Milch etc.', 'Danach gingen sie.'])
  })

  it('ends a sentence after etc. or usw. when a capitalised word follows', () => {
    expect(sentences('Anwesend sind Vertreter der UNO, der OSZE usw. Weitere Gäste fehlten.')).to.deep.equal([
      'Anwesend sind Vertreter der UNO, der OSZE usw.',
      'Weitere Gäste fehlten.',
    ])
  })

  it('does not split at initials', () => {
    expect(sentences('Das Buch von J. R. R. Tolkien erschien 1954. Es wurde ein Erfolg.')).to.deep.equal([
      'Das Buch von J. R. R. Tolkien erschien 1954.',
      'Es wurde ein Erfolg.',
    ])
    expect(sentences('Laut P. Tiko ist das so.')).to.deep.equal(['Laut P. Tiko ist das so.'])
  })

  it('does not split at ellipses, URLs or domains', () => {
    expect(sentences('Er zögerte ... und dann … Kiew antwortete nicht. Gut.')).to.deep.equal(['Er zögerte ... und dann … Kiew antwortete nicht.', 'Gut.'])
    expect(sentences('Das meldet swissinfo.ch am Abend. Mehr unter https://www.example.org/a.b/c. Ende.')).to.deep.equal([
      'Das meldet swissinfo.ch am Abend.',
      'Mehr unter https://www.example.org/a.b/c.',
      'Ende.',
    ])
  })

  it('ends a sentence that ends inside a quote after the closing quote, in every German quote style', () => {
    expect(sentences('Er sagte: „Wir sind zurückgekehrt.“ Auf Telegram schrieb er mehr.')).to.deep.equal([
      'Er sagte: „Wir sind zurückgekehrt.“',
      'Auf Telegram schrieb er mehr.',
    ])
    expect(sentences('Sie rief: »Es reicht!« Dann ging sie.')).to.deep.equal(['Sie rief: »Es reicht!«', 'Dann ging sie.'])
    expect(sentences('Er meinte: «Wir warten.» Danach schwieg er.')).to.deep.equal(['Er meinte: «Wir warten.»', 'Danach schwieg er.'])
    expect(sentences('Er sagte: "Das könnte schon bald passieren." Dann ging er.')).to.deep.equal([
      'Er sagte: "Das könnte schon bald passieren."',
      'Dann ging er.',
    ])
    expect(sentences("Er sagte: 'Wir kommen.' Sie nickte.")).to.deep.equal(["Er sagte: 'Wir kommen.'", 'Sie nickte.'])
    expect(sentences('Er sagte: ‚Wir kommen.‘ Sie nickte.')).to.deep.equal(['Er sagte: ‚Wir kommen.‘', 'Sie nickte.'])
  })

  it('keeps a quote that continues the sentence inside it', () => {
    expect(sentences('Das sei eine „gute Nachricht“. Alle jubelten.')).to.deep.equal(['Das sei eine „gute Nachricht“.', 'Alle jubelten.'])
    expect(sentences('„Kommt ihr?“, fragte er. Niemand kam.')).to.deep.equal(['„Kommt ihr?“, fragte er.', 'Niemand kam.'])
    expect(sentences('„Es reicht!“ rief sie laut. Dann ging sie.')).to.deep.equal(['„Es reicht!“ rief sie laut.', 'Dann ging sie.'])
  })

  it('splits at question and exclamation marks', () => {
    expect(sentences('Funktionieren Kommunikationskanäle? Werden Abmachungen eingehalten? Ja!')).to.deep.equal([
      'Funktionieren Kommunikationskanäle?',
      'Werden Abmachungen eingehalten?',
      'Ja!',
    ])
  })

  it('returns a block with no final punctuation (a heading) as one segment', () => {
    expect(pieces('Ukraine und Russland einigen sich : Größter Austausch von Gefangenen')).to.deep.equal([
      ['sentence', 'Ukraine und Russland einigen sich : Größter Austausch von Gefangenen'],
    ])
    expect(pieces('Dr. Müller. Ein Porträt')).to.deep.equal([['sentence', 'Dr. Müller. Ein Porträt']])
  })

  it('splits an unpunctuated heading line from the paragraph it was pasted into', () => {
    const block = 'Das war so.\n157 Soldaten kehren auf jeder Seite zurück\nDas Ministerium bestätigte die Rückführung.'
    expect(sentences(block)).to.deep.equal(['Das war so.', '157 Soldaten kehren auf jeder Seite zurück', 'Das Ministerium bestätigte die Rückführung.'])
  })

  it('treats a soft line break inside a sentence as a space', () => {
    expect(sentences('Die Ukraine und\nRussland haben verhandelt.\nDas Ergebnis ist offen.')).to.deep.equal([
      'Die Ukraine und\nRussland haben verhandelt.',
      'Das Ergebnis ist offen.',
    ])
  })

  it('returns nothing for an empty or blank block', () => {
    expect(segment('')).to.deep.equal([])
    expect(segment('  \n ')).to.deep.equal([])
  })

  it('returns trimmed offsets into the block', () => {
    const block = '  Erster Satz.   Zweiter Satz.  '
    expect(segment(block)).to.deep.equal([
      { start: 2, end: 14, kind: 'sentence' },
      { start: 17, end: 30, kind: 'sentence' },
    ])
  })
})

describe('segment: boilerplate', () => {
  it('splits off datelines at the start of a block', () => {
    expect(pieces('Kiew, 05. Feb (Reuters) - Die Ukraine und Russland haben verhandelt.')).to.deep.equal([
      ['dateline', 'Kiew, 05. Feb (Reuters) -'],
      ['sentence', 'Die Ukraine und Russland haben verhandelt.'],
    ])
    expect(pieces('KIEW (dpa-AFX) - Die Regierung hat entschieden.')).to.deep.equal([
      ['dateline', 'KIEW (dpa-AFX) -'],
      ['sentence', 'Die Regierung hat entschieden.'],
    ])
    expect(pieces('KYJIW AFP | Im Rahmen des Austauschs kamen Soldaten frei.')).to.deep.equal([
      ['dateline', 'KYJIW AFP |'],
      ['sentence', 'Im Rahmen des Austauschs kamen Soldaten frei.'],
    ])
    expect(pieces('Berlin (dpa) – Die Regierung plant neue Hilfen.')).to.deep.equal([
      ['dateline', 'Berlin (dpa) –'],
      ['sentence', 'Die Regierung plant neue Hilfen.'],
    ])
    expect(pieces('MOSKAU, 3. März (Reuters) - Russland hat reagiert.')).to.deep.equal([
      ['dateline', 'MOSKAU, 3. März (Reuters) -'],
      ['sentence', 'Russland hat reagiert.'],
    ])
    expect(pieces('Frankfurt/Main (dpa-AFX) - Der Dax stieg.')).to.deep.equal([
      ['dateline', 'Frankfurt/Main (dpa-AFX) -'],
      ['sentence', 'Der Dax stieg.'],
    ])
  })

  it('does not take an ordinary parenthesis or dash for a dateline', () => {
    expect(pieces('Berlin (Hauptstadt) - so sagen es alle.')).to.deep.equal([['sentence', 'Berlin (Hauptstadt) - so sagen es alle.']])
    expect(pieces('Die Regierung - so heißt es - plant Hilfen.')).to.deep.equal([['sentence', 'Die Regierung - so heißt es - plant Hilfen.']])
  })

  it('splits off agency trailers, also when glued to the last sentence', () => {
    expect(pieces('Zudem bremse die Inflation den Konsum in Deutschland./mar/DP/bgf')).to.deep.equal([
      ['sentence', 'Zudem bremse die Inflation den Konsum in Deutschland.'],
      ['trailer', '/mar/DP/bgf'],
    ])
    expect(pieces('Das Ergebnis kam überraschend. /ksr/DP/he')).to.deep.equal([
      ['sentence', 'Das Ergebnis kam überraschend.'],
      ['trailer', '/ksr/DP/he'],
    ])
    expect(pieces('Der Konsum sank.\n(AWP)')).to.deep.equal([
      ['sentence', 'Der Konsum sank.'],
      ['trailer', '(AWP)'],
    ])
    expect(pieces('Die Ukraine wehrt sich seit 22 Monaten. (eulerpool-AFX)')).to.deep.equal([
      ['sentence', 'Die Ukraine wehrt sich seit 22 Monaten.'],
      ['trailer', '(eulerpool-AFX)'],
    ])
    expect(pieces('Die Gespräche gehen weiter. rtr')).to.deep.equal([
      ['sentence', 'Die Gespräche gehen weiter.'],
      ['trailer', 'rtr'],
    ])
    expect(pieces('Die Gespräche gehen weiter. (mit Material von AFP)')).to.deep.equal([
      ['sentence', 'Die Gespräche gehen weiter.'],
      ['trailer', '(mit Material von AFP)'],
    ])
    expect(pieces('Die Gespräche gehen weiter. (dpa)')).to.deep.equal([
      ['sentence', 'Die Gespräche gehen weiter.'],
      ['trailer', '(dpa)'],
    ])
    expect(pieces('Die Gespräche gehen weiter.\n© dpa-infocom, dpa:230301-99-123456/2')).to.deep.equal([
      ['sentence', 'Die Gespräche gehen weiter.'],
      ['trailer', '© dpa-infocom, dpa:230301-99-123456/2'],
    ])
    expect(pieces('Zudem bremse die Inflation den Konsum./mar/DP/bgf\n(AWP)')).to.deep.equal([
      ['sentence', 'Zudem bremse die Inflation den Konsum.'],
      ['trailer', '/mar/DP/bgf'],
      ['trailer', '(AWP)'],
    ])
  })

  it('does not take a parenthesis inside a sentence for a trailer', () => {
    expect(pieces('Der Rückgang des Bruttoinlandsproduktes (BIP) hält an.')).to.deep.equal([['sentence', 'Der Rückgang des Bruttoinlandsproduktes (BIP) hält an.']])
    expect(pieces('Das berichtete die Agentur dpa')).to.deep.equal([['sentence', 'Das berichtete die Agentur dpa']])
  })

  it('takes a line that only credits agency material for a trailer', () => {
    expect(pieces('Die Gespräche gehen weiter.\nMit Material von dpa und AFP')).to.deep.equal([
      ['sentence', 'Die Gespräche gehen weiter.'],
      ['trailer', 'Mit Material von dpa und AFP'],
    ])
  })

  it('recognises bylines', () => {
    expect(pieces('Autor: P. Tiko')).to.deep.equal([['byline', 'Autor: P. Tiko']])
    expect(pieces('Von Max Mustermann')).to.deep.equal([['byline', 'Von Max Mustermann']])
    expect(pieces('Ein Kommentar von Anna Beispiel')).to.deep.equal([['byline', 'Ein Kommentar von Anna Beispiel']])
    expect(pieces('Von Anna Schmidt, Kiew')).to.deep.equal([['byline', 'Von Anna Schmidt, Kiew']])
    expect(pieces('Von Berlin aus fuhr er weiter.')).to.deep.equal([['sentence', 'Von Berlin aus fuhr er weiter.']])
  })

  it('recognises photo and video credits', () => {
    expect(pieces('Foto: dpa')).to.deep.equal([['credit', 'Foto: dpa']])
    expect(pieces('Bild: Reuters/Valentyn Ogirenko')).to.deep.equal([['credit', 'Bild: Reuters/Valentyn Ogirenko']])
    expect(pieces('© Getty Images')).to.deep.equal([['credit', '© Getty Images']])
    expect(pieces('Video: SRF')).to.deep.equal([['credit', 'Video: SRF']])
    expect(pieces('Keystone')).to.deep.equal([['credit', 'Keystone']])
    expect(pieces('(Symbolbild)')).to.deep.equal([['credit', '(Symbolbild)']])
    expect(pieces('Soldaten an der Front (Symbolbild)')).to.deep.equal([
      ['sentence', 'Soldaten an der Front'],
      ['credit', '(Symbolbild)'],
    ])
    expect(pieces('Selenskyj spricht in Kiew. Foto: Keystone/AP')).to.deep.equal([
      ['sentence', 'Selenskyj spricht in Kiew.'],
      ['credit', 'Foto: Keystone/AP'],
    ])
    expect(pieces('Selenskyj spricht in Kiew.\nFoto: picture alliance / dpa')).to.deep.equal([
      ['sentence', 'Selenskyj spricht in Kiew.'],
      ['credit', 'Foto: picture alliance / dpa'],
    ])
  })
})
