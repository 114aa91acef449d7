import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { discoverTruth, TRUTH_ALGORITHMS, type Observation } from '../../src'

/**
 * Two weather stations report the rainfall of five towns. `steady` agrees with two other
 * stations everywhere; `erratic` disagrees with them on every town. On `harbour` only
 * `steady` and `erratic` report, one value each: a 1-1 tie for a vote.
 */
const stations = (steadyValue: string, erraticValue: string): Observation[] => {
  const obs: Observation[] = []
  for (const town of ['alder', 'birch', 'cedar', 'dunmore', 'elmsford']) {
    for (const s of ['steady', 'second', 'third']) obs.push({ source: s, item: `${town}:rain`, value: '12mm' })
    obs.push({ source: 'erratic', item: `${town}:rain`, value: '40mm' })
  }
  obs.push({ source: 'steady', item: 'harbour:rain', value: steadyValue })
  obs.push({ source: 'erratic', item: 'harbour:rain', value: erraticValue })
  return obs
}

const harbour = (obs: ReadonlyArray<Observation>, tieBreak?: 'trust' | 'order') =>
  discoverTruth(obs, tieBreak === undefined ? { algorithm: 'vote' } : { algorithm: 'vote', tieBreak }).items.find(
    (i) => i.item === 'harbour:rain'
  )

describe('ties are reported, never hidden', () => {
  it('a 1-1 vote is a tie, listed in tied, decided by the trust of the sources', () => {
    // steady's value sorts AFTER erratic's, so value order alone would pick erratic's
    const it1 = harbour(stations('9mm', '30mm'))
    expect(it1?.tie).toBe(true)
    expect(it1?.tied).toEqual(['30mm', '9mm'])
    expect(it1?.tieBreak).toBe('trust')
    expect(it1?.value).toBe('9mm')
    expect(it1?.values.map((v) => v.value)).toEqual(['9mm', '30mm'])
  })

  it("tieBreak: 'order' takes code-unit order and says so", () => {
    const it1 = harbour(stations('9mm', '30mm'), 'order')
    expect(it1?.tie).toBe(true)
    expect(it1?.tieBreak).toBe('order')
    expect(it1?.value).toBe('30mm')
  })

  it('when trust cannot separate the tied values the pick is flagged as arbitrary', () => {
    const obs: Observation[] = [
      { source: 'north', item: 'bridge:length', value: '410m' },
      { source: 'south', item: 'bridge:length', value: '395m' }
    ]
    for (const algorithm of TRUTH_ALGORITHMS) {
      const r = discoverTruth(obs, { algorithm }).items[0]
      expect(r?.tie, algorithm).toBe(true)
      expect(r?.tieBreak, algorithm).toBe('order')
      expect(r?.tied, algorithm).toEqual(['395m', '410m'])
    }
  })

  it('a clear winner is no tie', () => {
    const r = discoverTruth(stations('9mm', '30mm'), { algorithm: 'vote' }).items.find((i) => i.item === 'alder:rain')
    expect(r?.tie).toBe(false)
    expect(r?.tied).toEqual([])
    expect(r?.tieBreak).toBe('none')
    expect(r?.value).toBe('12mm')
  })

  it('vote trust counts a tie of k values as 1/k for each side, whatever the value order', () => {
    const a = discoverTruth(stations('9mm', '30mm'), { algorithm: 'vote' })
    const b = discoverTruth(stations('30mm', '9mm'), { algorithm: 'vote' })
    const trust = (r: typeof a, s: string): number | undefined => r.sources.find((x) => x.source === s)?.trust
    // steady: 5 wins and one half of a tie, over 6 claims
    expect(trust(a, 'steady')).toBeCloseTo(5.5 / 6, 12)
    expect(trust(b, 'steady')).toBeCloseTo(5.5 / 6, 12)
    expect(trust(a, 'erratic')).toBeCloseTo(0.5 / 6, 12)
  })

  const observations = fc.array(
    fc.record({
      source: fc.constantFrom('s1', 's2', 's3', 's4', 's5'),
      item: fc.constantFrom('i1', 'i2', 'i3'),
      value: fc.constantFrom('a', 'b', 'c', 'd')
    }),
    { maxLength: 30 }
  )

  it('tie, tied, tieBreak and value agree for every algorithm (property)', () => {
    fc.assert(
      fc.property(observations, fc.constantFrom(...TRUTH_ALGORITHMS), fc.constantFrom<'trust' | 'order'>('trust', 'order'), (obs, algorithm, tieBreak) => {
        for (const it1 of discoverTruth(obs, { algorithm, tieBreak }).items) {
          const top = it1.values[0]?.score ?? 0
          if (it1.tie) {
            expect(it1.tied.length).toBeGreaterThan(1)
            expect(it1.tied).toContain(it1.value)
            expect([...it1.tied].sort()).toEqual(it1.tied)
            for (const v of it1.values) {
              const same = Math.abs(v.score - top) <= 1e-9 * Math.max(Math.abs(v.score), Math.abs(top))
              expect(it1.tied.includes(v.value)).toBe(same)
            }
            expect(it1.tieBreak).not.toBe('none')
            if (tieBreak === 'order') expect(it1.tieBreak).toBe('order')
            // plain value order picks the first tied value; in trust mode, order only decides
            // among the tied values whose sources have the most trust, so it need not be tied[0]
            if (tieBreak === 'order') expect(it1.value).toBe(it1.tied[0])
          } else {
            expect(it1.tied).toEqual([])
            expect(it1.tieBreak).toBe('none')
            if (it1.values.length > 1) expect(it1.values[0]?.score ?? 0).toBeGreaterThan(it1.values[1]?.score ?? 0)
          }
          expect(it1.value).toBe(it1.values[0]?.value)
        }
      }),
      { numRuns: 300 }
    )
  })
})

describe("falseValues: 'observed' (the item's other values are its only false values)", () => {
  const obs: Observation[] = [
    { source: 'gazette', item: 'dam:height', value: '120m' },
    { source: 'courier', item: 'dam:height', value: '120m' },
    { source: 'herald', item: 'dam:height', value: '112m' },
    { source: 'gazette', item: 'tunnel:length', value: '8km' }
  ]

  it('an uncontested value is certain; with a fixed domain of unseen values it is not', () => {
    const observed = discoverTruth(obs, { algorithm: 'accu', falseValues: 'observed' }).items.find((i) => i.item === 'tunnel:length')
    const fixed = discoverTruth(obs, { algorithm: 'accu', falseValues: 100 }).items.find((i) => i.item === 'tunnel:length')
    expect(observed?.values[0]?.score).toBeCloseTo(1, 9)
    expect(fixed?.values[0]?.score ?? 1).toBeLessThan(1)
  })

  it('the majority value wins and probabilities over the observed values sum to 1', () => {
    for (const algorithm of ['accu', 'accucopy'] as const) {
      const dam = discoverTruth(obs, { algorithm, falseValues: 'observed' }).items.find((i) => i.item === 'dam:height')
      expect(dam?.value).toBe('120m')
      const total = (dam?.values ?? []).reduce((acc, v) => acc + v.score, 0)
      expect(total).toBeCloseTo(1, 9)
    }
  })
})
