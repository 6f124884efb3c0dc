/**
 * An economic figure: an indicator's level or change in per cent, for a period
 * (`Die Inflation lag im März bei 7,1 Prozent`, `das BIP schrumpfte um 0,4 Prozent`).
 * Consumer prices compared with the same month a year before are the inflation rate.
 */
import { sentenceText } from '../article.ts'
import { defineRule } from '../rule.ts'
import type { SlotExtractor } from '../rule.ts'
import { countryAdjective, date, entity, fromVocabulary, number, phrase } from '../slots.ts'
import { DIRECTIONS, INDICATORS, countryOfAdjective } from './shared/vocabularies.ts'

const PERCENT = /Prozent|%/
const YEAR_ON_YEAR = /\b(?:Vorjahresmonat|Vorjahreszeitraum|Vorjahr(?:es)?)\b/

const indicator: SlotExtractor = (sentence, article, filled) => {
  const found = fromVocabulary(INDICATORS)(sentence, article, filled)
  if (!found || found.value.kind !== 'text') return found
  const text = sentenceText(article, sentence)
  // Consumer prices against the same month a year earlier: that change is the inflation rate.
  if (found.value.de === 'consumerPrices' && YEAR_ON_YEAR.test(text) && /\b(?:gestiegen|stiegen|stieg)\b/.test(text)) return { ...found, value: { kind: 'text', de: 'inflationRate' } }
  return found
}

/** Rose/fell (by or to a figure); an inflation rate read off consumer prices is a level. */
const direction: SlotExtractor = (sentence, article, filled) => {
  if (filled.indicator?.value.kind === 'text' && filled.indicator.value.de === 'inflationRate') return null
  return fromVocabulary(DIRECTIONS)(sentence, article, filled)
}

/** `um N Prozent`: the figure is a change, not the new level. */
const byChange: SlotExtractor = (sentence, article, filled) =>
  filled.direction ? phrase(/\bum\s+(?:\S+\s+)?[\d,.]+\s*(?:Prozent|%)/, () => 'change')(sentence, article, filled) : null

/** `die deutsche Wirtschaftsleistung`: the country an adjective names. */
const regionAdjective = countryAdjective(/\b(\p{Ll}+)\s+(?:Wirtschaftsleistung|Wirtschaft|Inflation|Bruttoinlandsprodukt|Verbraucherpreise|Arbeitslosenquote)/u, countryOfAdjective)

export default defineRule({
  id: 'economic-figure',
  description: 'An economic indicator rose, fell or stood at N per cent (Inflation 7,1 Prozent, BIP schrumpfte um 0,4 Prozent)',
  frame: 'economicFigure',
  priority: 8,
  trigger: /\d\s*(?:Prozent|%)/,
  veto: /\b(?:dürfte|dürften|könnte|könnten|soll|sollen|erwartet\w*|rechnet\w*|Prognose|prognostiziert\w*)\b|\?/,
  slots: {
    indicator: { extract: indicator, required: true },
    direction: { extract: direction },
    change: { extract: byChange },
    value: { extract: number({ counting: PERCENT, gap: 0 }), required: true },
    region: { extract: entity({ type: 'place', countries: true, after: /(?:Inflation\w*|Wirtschaftsleistung|Arbeitslosenquote|Bruttoinlandsprodukt\w*|Verbraucherpreise)\s+in/ }) },
    regionAdjective: { extract: (sentence, article, filled) => (filled.region ? null : regionAdjective(sentence, article, filled)) },
    quarter: { extract: phrase(/\b(?:im Schlussquartal|im vierten Quartal|im letzten Quartal)\s+\d{4}/i, () => 'finalQuarter') },
    year: { extract: date({ precision: ['year'] }) },
    period: { extract: date({ precision: ['month'] }) },
    compare: { extract: phrase(/gegenüber dem Vorquartal|im Vergleich zum Vorquartal|gegenüber dem Vorjahr(?:esmonat)?|im Vergleich zum Vorjahr(?:esmonat)?/, (match) => (/quartal/.test(match[0]) ? 'quarterOnQuarter' : 'yearOnYear')) },
  },
  examples: [
    {
      text: 'Im Februar waren die Verbraucherpreise gegenüber dem Vorjahresmonat noch um 8,7 Prozent gestiegen.',
      expect: { de: 'Die Inflationsrate lag im Februar 2026 bei 8,7 Prozent.', en: 'The inflation rate stood at 8.7 per cent in February 2026.' },
    },
    {
      text: 'Im Schlussquartal 2022 schrumpfte die deutsche Wirtschaftsleistung um 0,4 Prozent gegenüber dem Vorquartal.',
      expect: {
        de: 'Die Wirtschaftsleistung in Deutschland schrumpfte im Schlussquartal 2022 um 0,4 Prozent gegenüber dem Vorquartal.',
        en: 'Economic output in Germany shrank by 0.4 per cent on the previous quarter in the final quarter of 2022.',
      },
    },
    {
      text: 'Die Inflation in der Eurozone lag im März bei 7,1 Prozent.',
      expect: { de: 'Die Inflation lag im März 2026 bei 7,1 Prozent.', en: 'Inflation stood at 7.1 per cent in March 2026.' },
    },
    {
      text: 'Die Inflationsrate in Deutschland ist im Oktober auf 3,8 Prozent gesunken.',
      expect: { de: 'Die Inflation in Deutschland sank im Oktober 2025 auf 3,8 Prozent.', en: 'Inflation in Germany fell to 3.8 per cent in October 2025.' },
    },
    {
      text: 'Das BIP schrumpfte im vierten Quartal 2022 um 0,4 Prozent.',
      expect: { de: 'Das Bruttoinlandsprodukt schrumpfte im Schlussquartal 2022 um 0,4 Prozent.', en: 'Gross domestic product shrank by 0.4 per cent in the final quarter of 2022.' },
    },
    { text: 'Die Inflation dürfte im März auf 7,1 Prozent sinken.', expect: null },
  ],
})
