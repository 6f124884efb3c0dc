import { expect } from 'chai'
import { findDates } from '../../../src/analyse/text/index.ts'

const REFERENCE = '2026-02-05' // a Thursday
const found = (text: string, reference?: string) => findDates(text, reference).map((d) => [d.iso, d.text, d.precision])

describe('findDates', () => {
  it('reads day and month, with or without year', () => {
    expect(found('Kiew, 05. Feb (Reuters) -', REFERENCE)).to.deep.equal([['2026-02-05', '05. Feb', 'day']])
    expect(found('am 24. Februar 2022')).to.deep.equal([['2022-02-24', '24. Februar 2022', 'day']])
    expect(found('seit dem 1. Januar', REFERENCE)).to.deep.equal([['2026-01-01', '1. Januar', 'day']])
    expect(found('am 5. Jan. 2022')).to.deep.equal([['2022-01-05', '5. Jan. 2022', 'day']])
    expect(found('am 24.02.2022')).to.deep.equal([['2022-02-24', '24.02.2022', 'day']])
  })

  it('puts a date without a year in the year closest to the reference', () => {
    expect(found('am 24. Dezember', '2026-01-10')).to.deep.equal([['2025-12-24', '24. Dezember', 'day']])
    expect(found('am 3. März', REFERENCE)).to.deep.equal([['2026-03-03', '3. März', 'day']])
  })

  it('uses ISO truncated forms without a reference', () => {
    expect(found('am 05. Feb')).to.deep.equal([['--02-05', '05. Feb', 'day']])
    expect(found('im Juli')).to.deep.equal([['--07', 'Juli', 'month']])
    expect(found('am Donnerstag')).to.deep.equal([['-W-4', 'Donnerstag', 'weekday']])
  })

  it('resolves weekdays to the most recent such day on or before the reference', () => {
    expect(found('am Donnerstag', REFERENCE)).to.deep.equal([['2026-02-05', 'Donnerstag', 'weekday']])
    expect(found('am Mittwoch', REFERENCE)).to.deep.equal([['2026-02-04', 'Mittwoch', 'weekday']])
    expect(found('am Freitag', REFERENCE)).to.deep.equal([['2026-01-30', 'Freitag', 'weekday']])
    expect(found('am Samstagabend', REFERENCE)).to.deep.equal([['2026-01-31', 'Samstagabend', 'weekday']])
  })

  it('reads months with a year, and months after a preposition', () => {
    expect(found('seit Oktober 2025')).to.deep.equal([['2025-10', 'Oktober 2025', 'month']])
    expect(found('im Juli', REFERENCE)).to.deep.equal([['2026-07', 'Juli', 'month']])
    expect(found('im Juli des vergangenen Jahres', REFERENCE)).to.deep.equal([['2025-07', 'Juli des vergangenen Jahres', 'month']])
    expect(found('August Müller kam', REFERENCE)).to.deep.equal([])
  })

  it('reads years in year contexts but not counts', () => {
    expect(found('seit 2022 in Gefangenschaft')).to.deep.equal([['2022', '2022', 'year']])
    expect(found('im Schlussquartal 2022, als')).to.deep.equal([['2022', '2022', 'year']])
    expect(found('Es kamen 2000 Soldaten.')).to.deep.equal([])
    expect(found('rund 2000 Menschen')).to.deep.equal([])
  })

  it('reads relative years against the reference', () => {
    expect(found('Ende vergangenen Jahres', REFERENCE)).to.deep.equal([['2025', 'vergangenen Jahres', 'year']])
    expect(found('im vergangenen Jahr', REFERENCE)).to.deep.equal([['2025', 'im vergangenen Jahr', 'year']])
    expect(found('vergangenen Jahres')).to.deep.equal([])
  })

  it('prefers the full date to the weekday that names it', () => {
    expect(found('am Sonntag, 5. Februar 2026')).to.deep.equal([['2026-02-05', '5. Februar 2026', 'day']])
    expect(found('am Freitag, dem 14. März, in Genf', '2025-03-10')).to.deep.equal([['2025-03-14', '14. März', 'day']])
  })
})
