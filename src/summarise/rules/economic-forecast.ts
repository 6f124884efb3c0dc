/** A forecast: who expects which indicator to rise or fall, when (`Die Bundesbank rechnet mit einem Rückgang des BIP`). */
import { defineRule, gated } from '../rule.ts'
import { entityNear, firstOf, fromVocabulary, number } from '../slots.ts'
import { FORECAST_DIRECTIONS, INDICATORS, PERIODS } from './shared/vocabularies.ts'
import { institution } from './shared/institution.ts'

const EXPECTS = /\b(?:rechnet|rechnete|rechnen|erwartet|erwartete|erwarten|prognostiziert|prognostizierte|geht\s+von|ging\s+von)\b/

export default defineRule({
  id: 'economic-forecast',
  description: 'Someone expects an economic indicator to rise or fall (rechnet mit einem Rückgang des BIP, erwartet Wachstum von 1 Prozent)',
  frame: 'economicForecast',
  priority: 8,
  // Every match holds `rechne`, `erwarte` or `prognostizier`.
  trigger: gated(/rechne|erwarte|prognostizier/, /\b(?:rechnet|rechnete|rechnen|erwartet|erwartete|erwarten|prognostiziert|prognostizierte)\b[^.]*\b(?:Rückgang|Anstieg|Wachstum|Zunahme|sinken|steigen|wachsen|schrumpfen|Rezession)\b/),
  veto: /\b(?:nicht|kein|keine|keinen)\b|\?/,
  slots: {
    forecaster: { extract: firstOf(entityNear(EXPECTS, { type: ['organization', 'person'] }), institution()), required: true },
    direction: { extract: fromVocabulary(FORECAST_DIRECTIONS, { after: EXPECTS }), required: true },
    indicator: { extract: fromVocabulary(INDICATORS, { after: EXPECTS }), required: true },
    value: { extract: number({ counting: /Prozent|%/, gap: 0 }) },
    period: { extract: fromVocabulary(PERIODS) },
  },
  examples: [
    {
      text: 'Zugleich rechnet die Bundesbank weiterhin mit einem Rückgang des Bruttoinlandsproduktes (BIP) zu Jahresbeginn.',
      expect: {
        de: 'Die Bundesbank rechnet mit einem Rückgang des Bruttoinlandsprodukts zu Jahresbeginn.',
        en: 'The Bundesbank expects gross domestic product to decline at the start of the year.',
      },
    },
    {
      text: 'Der Internationale Währungsfonds erwartet für das nächste Jahr ein Wachstum der Wirtschaftsleistung von 1,5 Prozent.',
      expect: {
        de: 'Der Internationale Währungsfonds rechnet mit einem Wachstum der Wirtschaftsleistung um 1,5 Prozent im nächsten Jahr.',
        en: 'The International Monetary Fund expects economic output to grow by 1.5 per cent next year.',
      },
    },
    {
      text: 'Die Europäische Zentralbank erwartet für das kommende Jahr ein Wachstum der Wirtschaft von 0,8 Prozent.',
      expect: {
        de: 'Die Europäische Zentralbank rechnet mit einem Wachstum der Wirtschaft um 0,8 Prozent im nächsten Jahr.',
        en: 'The European Central Bank expects the economy to grow by 0.8 per cent next year.',
      },
    },
    { text: 'Die Bundesbank rechnet nicht mit einem Rückgang der Inflation.', expect: null },
  ],
})
