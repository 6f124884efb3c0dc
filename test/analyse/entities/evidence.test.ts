/**
 * Each evidence source of the recogniser, on short German snippets, with the project
 * lexicon switched off so the rule itself is what is tested (CLDR country names stay).
 * The names used are real but not in any word list the recogniser has.
 */
import { expect } from 'chai'
import { entitiesOf, entityNamed, withoutLexicon } from './helpers.ts'

describe('entity evidence sources (rules without the lexicon)', () => {
  withoutLexicon()

  describe('common-noun vocabulary', () => {
    it('takes no capitalised noun or sentence-initial word for a name', () => {
      expect(entitiesOf('Unter Vermittlung der USA kam es zum Gefangenenaustausch. Zwar bleibt viel Arbeit. Die Gespräche dauern an.')).to.deep.equal(['place:USA'])
    })

    it('rejects compounds of common nouns it has never seen whole', () => {
      expect(entitiesOf('Die Waffenstillstandsverhandlungen und die Frontlinienverschiebung beschäftigen die Kriegsparteien.')).to.deep.equal([])
    })
  })

  describe('role and title words', () => {
    it('makes the name after a role a person and keeps the role', () => {
      const entity = entityNamed('Der ukrainische Außenminister Dmytro Kuleba traf am Montag ein.', 'Dmytro Kuleba')
      expect(entity?.type).to.equal('person')
      expect(entity?.roles.map((role) => role.de)).to.deep.equal(['ukrainischer Außenminister'])
    })

    it('knows roles of politics, diplomacy, sport: Chefunterhändler, Sondergesandter, Trainer, Torwart, Abgeordneter', () => {
      const body = 'Chefunterhändler Umjerow traf den Sondergesandten Kellogg. Trainer Tuchel lobte Torwart Kobel. Der Abgeordnete Nouripour widersprach.'
      expect(entitiesOf(body)).to.deep.equal(['person:Kellogg', 'person:Kobel', 'person:Nouripour', 'person:Tuchel', 'person:Umjerow'])
    })

    it('does not take the noun after a role for a name: übte der Präsident Kritik', () => {
      expect(entitiesOf('Am Dienstag übte der Präsident Kritik an den Plänen, der Sprecher Selbstkritik.')).to.deep.equal([])
    })

    it('reads a role before a family name alone', () => {
      expect(entitiesOf('Kreml-Sprecher Peskow wies das zurück.')).to.deep.equal(['person:Peskow'])
    })

    it('reads an apposition after a comma: der Bürgermeister der Stadt, Terehow,', () => {
      const entity = entityNamed('Das bestätigte der Bürgermeister der Stadt, Terehow, am Abend.', 'Terehow')
      expect(entity?.type).to.equal('person')
      expect(entity?.roles.map((role) => role.de)).to.include('Bürgermeister der Stadt')
    })
  })

  describe('given names', () => {
    it('makes given name + family name a person even when the family name is a noun', () => {
      expect(entitiesOf('Im Tor stand Thomas Müller, davor spielte Bibiana Steinhaus.')).to.deep.equal(['person:Bibiana Steinhaus', 'person:Thomas Müller'])
    })

    it('starts a new name at a given name after a place: der Region Charkiw Oleh Synjehubow', () => {
      expect(entitiesOf('Das teilte der Leiter der Administration der Region Charkiw Oleh Synjehubow mit.')).to.deep.equal([
        'person:Oleh Synjehubow',
        'place:Charkiw',
      ])
    })
  })

  describe('verbs of saying', () => {
    it('makes the subject or object of sagte/schrieb/zufolge a person', () => {
      expect(entitiesOf('"Wir verhandeln", sagte Podoljak. Arestowytsch zufolge ist das falsch.')).to.deep.equal(['person:Arestowytsch', 'person:Podoljak'])
    })
  })

  describe('prepositions of place', () => {
    it('makes the name after in/aus/nach a place', () => {
      expect(entitiesOf('Die Angriffe in Cherson und aus Belgorod gingen weiter.')).to.deep.equal(['place:Belgorod', 'place:Cherson'])
    })

    it('takes a word that looks like a compound for a place when it has a place-name ending: in Wolfsburg, nach Frankfurt', () => {
      expect(entitiesOf('Die Fabrik in Wolfsburg liefert nach Frankfurt. In Regierungskreisen und im Flüchtlingsheim hieß es anders.')).to.deep.equal([
        'place:Frankfurt',
        'place:Wolfsburg',
      ])
    })

    it('lets a place preposition outweigh a verb of saying: in Moskau verkündete', () => {
      expect(entitiesOf('Das Ministerium in Moskau verkündete die Freilassung.')).to.deep.equal(['place:Moskau'])
    })

    it('lets a place noun right before outweigh a role phrase: Verteidiger der Hafenstadt Mariupol', () => {
      const body = 'Unter ihnen waren Verteidiger der Hafenstadt Mariupol.'
      expect(entitiesOf(body)).to.deep.equal(['place:Mariupol'])
      expect(entityNamed(body, 'Mariupol')?.roles).to.deep.equal([])
    })
  })

  describe('CLDR country and area names', () => {
    it('knows countries in German and English, and continents', () => {
      expect(entitiesOf('Die Türkei, Brasilien und Germany liegen nicht in Afrika, sondern teils in Europa.')).to.deep.equal([
        'place:Afrika',
        'place:Brasilien',
        'place:Deutschland',
        'place:Europa',
        'place:Türkei',
      ])
    })
  })

  describe('acronyms', () => {
    it('takes an acronym for an organisation, but not an abbreviation of a common noun such as BIP', () => {
      expect(entitiesOf('Das BIP sank um 0,4 Prozent, schätzt die OECD. Laut CSIS sind es mehr.')).to.deep.equal(['organization:CSIS', 'organization:OECD'])
    })

    it('does not let a preceding noun swallow an acronym: Militärgeheimdienstes HUR', () => {
      expect(entitiesOf('Laut dem Sprecher des Militärgeheimdienstes HUR, Andrij Jussow, kamen sie frei.')).to.deep.equal([
        'organization:HUR',
        'person:Andrij Jussow',
      ])
    })
  })

  describe('agencies and media', () => {
    it('finds the place and the agency of a dateline', () => {
      expect(entitiesOf('KYJIW AFP | Mehr als 400 Soldaten sind zurückgekehrt.')).to.deep.equal(['organization:AFP', 'place:Kyjiw'])
    })

    it('finds the agency in a credit but not the editorial initials', () => {
      expect(entitiesOf('Die Inflation bremst den Konsum.\n\n/mar/DP/bgf\n\n(AWP)')).to.deep.equal(['organization:AWP'])
    })

    it('takes a quoted title next to a verb of reporting for a medium, also in lower case or as a web site', () => {
      expect(entitiesOf('Es liege noch viel Arbeit vor, zitiert ihn «taz». Das meldet «swissinfo.ch», wie der «Tagesspiegel» berichtet.')).to.deep.equal([
        'organization:Tagesspiegel',
        'organization:swissinfo.ch',
        'organization:taz',
      ])
    })

    it('keeps a quoted title after a medium noun whole: Zeitung "Financial Times"', () => {
      expect(entitiesOf('Nach Informationen der Zeitung "Financial Times" arbeiten beide Seiten an einem Plan.')).to.deep.equal(['organization:Financial Times'])
    })

    it('takes a platform where something was published for an organisation', () => {
      expect(entitiesOf('Das schrieb Podoljak auf Mastodon.')).to.deep.equal(['organization:Mastodon', 'person:Podoljak'])
    })

    it('takes a name after an institution noun for an organisation: Staatskonzerns Rosatom', () => {
      expect(entitiesOf('Der Chef des Staatskonzerns Rosatom äußerte sich.')).to.deep.equal(['organization:Rosatom'])
    })
  })

  describe('parties and clubs', () => {
    it('knows parties by acronym and by adjective + Partei', () => {
      expect(entitiesOf('Die FDP und die Sozialdemokratische Partei stimmten zu.')).to.deep.equal(['organization:FDP', 'organization:Sozialdemokratische Partei'])
    })

    it('knows clubs by their legal form', () => {
      expect(entitiesOf('Am Samstag spielt der SC Freiburg gegen den FC Augsburg, danach der VfB Stuttgart.')).to.deep.equal([
        'organization:FC Augsburg',
        'organization:SC Freiburg',
        'organization:VfB Stuttgart',
      ])
    })
  })

  describe('coordination', () => {
    it('gives a name without evidence the type of the name it is coordinated with', () => {
      expect(entitiesOf('Blinken reist nach Tokio und Seoul.')).to.deep.equal(['place:Seoul', 'place:Tokio'])
    })
  })

  describe('multi-word names', () => {
    it('keeps names led by adjectives whole, in the nominative', () => {
      expect(entitiesOf('Das meldete das Statistische Bundesamt, unterstützt vom Internationalen Komitee vom Roten Kreuz und Ökonomen der Deutschen Bank.')).to.deep.equal([
        'organization:Deutsche Bank',
        'organization:Internationales Komitee vom Roten Kreuz',
        'organization:Statistisches Bundesamt',
      ])
    })

    it('maps inflected forms to the base form', () => {
      const entities = entitiesOf('Vermittelt haben es mit den Vereinigten Arabischen Emiraten Vertreter der Europäischen Union.')
      expect(entities).to.deep.equal(['organization:Europäische Union', 'place:Vereinigte Arabische Emirate'])
    })
  })
})
