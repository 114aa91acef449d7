import { describe, expect, it } from 'vitest'
import { normalizeQuantities } from '../../../src/extract/claims'

const one = (s: string) => normalizeQuantities(s)[0]

describe('normalizeQuantities', () => {
  it('multiplies scale words', () => {
    expect(one('The bank blocked 12 million phishing emails.')).toMatchObject({ value: 12_000_000, measure: 'email', bound: 'exact', approximate: false })
    expect(one('Losses reached $1.5 billion.')).toMatchObject({ value: 1_500_000_000, unit: 'USD' })
  })
  it('reads approximations and bounds', () => {
    expect(one('about 150 houses were flooded')).toMatchObject({ value: 150, approximate: true, bound: 'exact', measure: 'house' })
    expect(one('as many as 300 people died')).toMatchObject({ value: 300, bound: 'max', measure: 'death' })
    expect(one('at least 40 people were killed')).toMatchObject({ value: 40, bound: 'min' })
    expect(one('almost 120 polling stations')).toMatchObject({ value: 120, approximate: true, bound: 'max', measure: 'station' })
  })
  it('reads percentages and multipliers', () => {
    expect(one('Turnout was 70% in the north.')).toMatchObject({ value: 70, unit: 'percent' })
    expect(one('52 percent of voters backed the measure')).toMatchObject({ value: 52, unit: 'percent', measure: 'voter' })
    expect(one('The quake was 20 times stronger.')).toMatchObject({ value: 20, unit: 'times' })
  })
  it('reads number words and vague amounts', () => {
    expect(one('two missiles hit the port')).toMatchObject({ value: 2, measure: 'missile' })
    expect(one('one hundred and fifty soldiers')).toMatchObject({ value: 150, measure: 'soldier' })
    expect(one('twenty-five ballots')).toMatchObject({ value: 25, measure: 'ballot' })
    expect(one('dozens of villagers fled')).toMatchObject({ value: 24, approximate: true, bound: 'min', measure: 'villager' })
  })
  it('skips years, dates, times and ordinals', () => {
    expect(normalizeQuantities('On June 20, 2019 the 2015 deal lapsed at 20:04 on the 3rd day.')).toEqual([])
  })
  it('reads counts of victims as deaths so that tolls compare', () => {
    expect(one('Floods killed at least 40 people.')).toMatchObject({ value: 40, measure: 'death', bound: 'min' })
    expect(one('The death toll rose to 28 on Friday.')).toMatchObject({ value: 28, measure: 'death' })
    expect(one('Officials reported 12 dead.')).toMatchObject({ value: 12, measure: 'death' })
    expect(one('Rescuers evacuated 300 people.')).toMatchObject({ value: 300, measure: 'people' })
  })

  it('keeps spans exact', () => {
    const s = 'Officials said nearly 3,000 homes and 14 bridges were damaged.'
    const qs = normalizeQuantities(s)
    expect(qs.map((q) => q.value)).toEqual([3000, 14])
    for (const q of qs) expect(s.slice(q.start, q.end)).toBe(q.text)
  })
})
