import { describe, expect, it } from 'vitest'
import { resolveTimes } from '../../../src/extract/claims'
import { published } from './helpers'

const first = (s: string, iso: string, precision: 'year' | 'month' | 'day' | 'minute' = 'day') => resolveTimes(s, undefined, published(iso, precision))[0]

describe('resolveTimes', () => {
  it('resolves weekdays to the latest one on or before publication', () => {
    // 2024-05-06 is a Monday
    expect(first('The dam broke on Thursday.', '2024-05-06')).toMatchObject({ text: 'on Thursday', from: '2024-05-02', to: '2024-05-02', precision: 'day', relative: true })
    expect(first('Voting ended on Monday.', '2024-05-06')).toMatchObject({ from: '2024-05-06' })
  })
  it('looks forward when the sentence speaks of the future', () => {
    expect(first('The vote will be held on Friday.', '2024-05-06')).toMatchObject({ from: '2024-05-10' })
  })
  it('resolves last week, last month, last year and the past year', () => {
    expect(first('Floods hit the valley last week.', '2024-05-06')).toMatchObject({ from: '2024-04-29', to: '2024-05-05', relative: true })
    expect(first('Last month the bank was hacked.', '2024-05-06')).toMatchObject({ from: '2024-04-01', to: '2024-04-30', precision: 'month' })
    expect(first('last year', '2024-05-06')).toMatchObject({ from: '2023-01-01', to: '2023-12-31', precision: 'year' })
    expect(first('in the past year', '2024-05-06')).toMatchObject({ from: '2023-05-07', to: '2024-05-06' })
  })
  it('infers the year of month-day dates from publication', () => {
    expect(first('The strike came on Sept. 14.', '2024-12-01')).toMatchObject({ text: 'on Sept. 14', from: '2024-09-14', relative: false })
    expect(first('at dawn on December 20', '2024-05-06')).toMatchObject({ text: 'at dawn on December 20', from: '2023-12-20' })
    expect(first('In November 2016, the mayor resigned.', '2024-05-06')).toMatchObject({ text: 'In November 2016', from: '2016-11-01', to: '2016-11-30', precision: 'month' })
    expect(first('in late August', '2024-10-02')).toMatchObject({ from: '2024-08-21', to: '2024-08-31' })
  })
  it('widens relative dates when publication is known only to the month', () => {
    const t = first('The mine flooded on Tuesday.', '2023-03', 'month')
    expect(t?.from).toBe('2023-02-28')
    expect(t?.to).toBe('2023-03-28')
    expect(t?.precision).toBe('month')
    // calendar dates stay exact
    expect(first('On March 8, the mine flooded.', '2023-03', 'month')).toMatchObject({ from: '2023-03-08', precision: 'day' })
    expect(first('In October, rains began.', '2023-03', 'month')).toMatchObject({ from: '2022-10-01' })
  })
  it('leaves relative expressions unresolved without a publication date', () => {
    expect(resolveTimes('He resigned last week.', undefined, null)[0]).toMatchObject({ text: 'last week', from: null, to: null, precision: null, relative: true })
    expect(resolveTimes('He resigned in June 2012.', undefined, null)[0]).toMatchObject({ from: '2012-06-01' })
  })
  it('reads numeric dates with chrono', () => {
    expect(resolveTimes('Filed on 2021-03-04 by the court.', undefined, null)[0]).toMatchObject({ from: '2021-03-04', precision: 'day' })
  })
  it('marks "at the time" as unresolvable', () => {
    expect(first('Officials said at the time that no one was hurt.', '2024-05-06')).toMatchObject({ from: null, relative: true })
  })
})
