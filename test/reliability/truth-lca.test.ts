import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { discoverTruth, type Observation, type TruthOptions } from '../../src'

const lca = (obs: ReadonlyArray<Observation>, extra: Partial<TruthOptions> = {}) =>
  discoverTruth(obs, { algorithm: 'lca', ...extra })

const item = (r: ReturnType<typeof lca>, id: string) => r.items.find((i) => i.item === id)
const trust = (r: ReturnType<typeof lca>, s: string): number => r.sources.find((x) => x.source === s)?.trust ?? -1

/**
 * Five harbour masters report the tide of eight ports. `keeper` and `pilot` agree with two
 * colleagues everywhere; `rookie` disagrees on every port. On `lighthouse:tide` only `keeper`
 * and `rookie` report.
 */
const tides = (): Observation[] => {
  const obs: Observation[] = []
  for (let k = 0; k < 8; k++) {
    const port = `port-${k}:tide`
    for (const s of ['keeper', 'pilot', 'clerk']) obs.push({ source: s, item: port, value: `${2 + k / 10}m` })
    obs.push({ source: 'rookie', item: port, value: `${9 + k}m` })
  }
  obs.push({ source: 'keeper', item: 'lighthouse:tide', value: '3.4m' })
  obs.push({ source: 'rookie', item: 'lighthouse:tide', value: '1.1m' })
  return obs
}

describe("discoverTruth 'lca' (Latent Credibility Analysis)", () => {
  it('a 1-1 split is decided by the honesty each source earned elsewhere', () => {
    const r = lca(tides())
    expect(item(r, 'lighthouse:tide')?.value).toBe('3.4m')
    expect(item(r, 'lighthouse:tide')?.tie).toBe(false)
    expect(trust(r, 'keeper')).toBeGreaterThan(0.8)
    expect(trust(r, 'rookie')).toBeLessThan(0.3)
    // the majority wins where everybody is a stranger
    const port = item(r, 'port-3:tide')
    expect(port?.value).toBe('2.3m')
    expect(port?.confidence).toBeGreaterThan(0.95)
  })

  it('the Beta prior keeps a one-claim source near the prior mean; without it one win is perfection', () => {
    const obs: Observation[] = [
      ...tides(),
      { source: 'keeper', item: 'quay:depth', value: '12m' },
      { source: 'pilot', item: 'quay:depth', value: '12m' },
      { source: 'visitor', item: 'quay:depth', value: '12m' },
      { source: 'stranger', item: 'quay:depth', value: '15m' }
    ]
    const ml = lca(obs, { honestyPrior: 0 })
    expect(trust(ml, 'visitor')).toBeGreaterThan(0.99)
    expect(trust(ml, 'stranger')).toBeLessThan(0.01)
    const map = lca(obs, { honestyPrior: 4, honestyPriorMean: 0.6 })
    // (1 success + 4 * 0.6) / 5 = 0.68 at most; (0 + 2.4) / 5 = 0.48 at least
    expect(trust(map, 'visitor')).toBeGreaterThan(0.6)
    expect(trust(map, 'visitor')).toBeLessThanOrEqual(0.68 + 1e-9)
    expect(trust(map, 'stranger')).toBeGreaterThanOrEqual(0.48 - 1e-9)
    expect(trust(map, 'stranger')).toBeLessThan(0.6)
  })

  it('a pooled prior per group judges a newcomer by the record of its kind', () => {
    // anonymous editors have each vandalised one town; named editors have each kept one right
    const obs: Observation[] = []
    for (let k = 0; k < 6; k++) {
      const town = `town-${k}:population`
      obs.push({ source: `named-${k}`, item: town, value: String(1000 + k) })
      obs.push({ source: `named-${k + 1}-b`, item: town, value: String(1000 + k) })
      obs.push({ source: `anon-${k}`, item: town, value: '1' })
    }
    obs.push({ source: 'named-new', item: 'village:population', value: '640' })
    obs.push({ source: 'anon-new', item: 'village:population', value: '64000' })
    const kind = (s: string): string => (s.startsWith('anon') ? 'anonymous' : 'named')
    const pooled = item(lca(obs), 'village:population')
    // one group: both newcomers start from the same mean, a tie that trust cannot break
    expect(pooled?.tie).toBe(true)
    expect(pooled?.tieBreak).toBe('order')
    const grouped = lca(obs, { sourceGroup: kind })
    expect(item(grouped, 'village:population')?.value).toBe('640')
    expect(item(grouped, 'village:population')?.tie).toBe(false)
    expect(trust(grouped, 'anon-new')).toBeLessThan(trust(grouped, 'named-new'))
    // a throwing group function is the default group, never an exception
    const hostile = lca(obs, { sourceGroup: () => { throw new Error('no') } })
    expect(item(hostile, 'village:population')?.tie).toBe(true)
  })

  it('GuessLCA: values nobody disputes are no evidence of honesty (SimpleLCA counts them)', () => {
    const obs: Observation[] = []
    // 'prolific' is alone on thirty items and loses its only dispute to two others
    for (let k = 0; k < 30; k++) obs.push({ source: 'prolific', item: `solo-${k}`, value: 'x' })
    obs.push({ source: 'prolific', item: 'dispute', value: 'a' })
    obs.push({ source: 'second', item: 'dispute', value: 'b' }, { source: 'third', item: 'dispute', value: 'b' })
    const simple = lca(obs, { honestyPrior: 2, honestyPriorMean: 0.7 })
    const guess = lca(obs, { lcaModel: 'guess', honestyPrior: 2, honestyPriorMean: 0.7 })
    expect(trust(simple, 'prolific')).toBeGreaterThan(0.9)
    expect(trust(guess, 'prolific')).toBeLessThan(0.7)
    // SimpleLCA: its thirty unchallenged values make it outweigh two strangers
    expect(item(simple, 'dispute')?.value).toBe('a')
    expect(item(guess, 'dispute')?.value).toBe('b')
  })

  it('with a similarity, a mistake near the truth counts as support for it', () => {
    // three equally unknown sources: two close figures and a far one
    const obs: Observation[] = [
      { source: 'a', item: 'dam:height', value: '1000' },
      { source: 'b', item: 'dam:height', value: '1010' },
      { source: 'c', item: 'dam:height', value: '7' }
    ]
    const near = (_i: string, x: string, y: string): number => {
      const p = Number(x)
      const q = Number(y)
      return Math.abs(p - q) <= 0.02 * Math.max(p, q) ? 1 : 0
    }
    const plain = item(lca(obs), 'dam:height')
    expect(plain?.tie).toBe(true)
    const sim = item(lca(obs, { similarity: near, rho: 0.5 }), 'dam:height')
    expect(sim?.value === '1000' || sim?.value === '1010').toBe(true)
    const far = sim?.values.find((v) => v.value === '7')?.confidence ?? 1
    expect(far).toBeLessThan(1 / 3)
  })

  it('uncontested items are certain; an empty input is empty; hostile parameters are clamped', () => {
    const r = lca([{ source: 's', item: 'i', value: 'v' }])
    expect(r.items[0]?.confidence).toBe(1)
    expect(lca([]).items).toEqual([])
    const h = lca(tides(), {
      honestyPrior: Number.NaN,
      honestyPriorMean: 7,
      initialAccuracy: -1,
      maxIterations: 0,
      rho: 9,
      similarity: () => {
        throw new Error('boom')
      }
    })
    expect(h.iterations).toBe(1)
    for (const s of h.sources) expect(Number.isFinite(s.trust)).toBe(true)
    for (const it1 of h.items) for (const v of it1.values) expect(Number.isFinite(v.confidence)).toBe(true)
  })

  const observations = fc.array(
    fc.record({
      source: fc.constantFrom('s1', 's2', 's3', 's4', 's5', 's6'),
      item: fc.constantFrom('i1', 'i2', 'i3', 'i4'),
      value: fc.constantFrom('10', '11', '40', 'x')
    }),
    { maxLength: 40 }
  )
  interface Settings {
    readonly lcaModel: 'simple' | 'guess'
    readonly honestyPrior: number
    readonly honestyPriorMean: number | 'pooled'
    readonly rho: number
    readonly grouped: boolean
    readonly similar: boolean
  }
  const settings: fc.Arbitrary<Settings> = fc.record({
    lcaModel: fc.constantFrom<'simple' | 'guess'>('simple', 'guess'),
    honestyPrior: fc.oneof(fc.double({ min: -5, max: 50, noNaN: false }), fc.constant(0)),
    honestyPriorMean: fc.oneof(fc.constant<'pooled'>('pooled'), fc.double({ min: -1, max: 2 })),
    rho: fc.double({ min: 0, max: 1 }),
    grouped: fc.boolean(),
    similar: fc.boolean()
  })
  const optionsOf = (s: Settings): TruthOptions => ({
    algorithm: 'lca',
    lcaModel: s.lcaModel,
    honestyPrior: s.honestyPrior,
    honestyPriorMean: s.honestyPriorMean,
    rho: s.rho,
    ...(s.grouped ? { sourceGroup: (x: string) => (x < 's4' ? 'early' : 'late') } : {}),
    ...(s.similar
      ? { similarity: (_i: string, x: string, y: string) => (Number.isFinite(Number(x)) && Math.abs(Number(x) - Number(y)) <= 1 ? 1 : 0) }
      : {})
  })

  it('never NaN, scores and trust in [0, 1], confidences sum to 1, bounded iterations (property)', () => {
    fc.assert(
      fc.property(observations, settings, (obs, s) => {
        const r = discoverTruth(obs, optionsOf(s))
        for (const it1 of r.items) {
          let total = 0
          for (const v of it1.values) {
            for (const x of [v.score, v.confidence]) expect(x >= 0 && x <= 1).toBe(true)
            total += v.confidence
          }
          expect(total).toBeCloseTo(1, 9)
        }
        for (const src of r.sources) expect(src.trust >= 0 && src.trust <= 1).toBe(true)
        expect(r.iterations).toBeGreaterThanOrEqual(1)
        expect(r.iterations).toBeLessThanOrEqual(100)
      }),
      { numRuns: 200 }
    )
  })

  it('deterministic and independent of the order of the observations (property)', () => {
    fc.assert(
      fc.property(observations, settings, fc.integer({ min: 0, max: 1000 }), (obs, s, seed) => {
        const rotated = obs.map((_o, i) => obs[(i + seed) % obs.length] as Observation).reverse()
        expect(discoverTruth(rotated, optionsOf(s))).toEqual(discoverTruth(obs, optionsOf(s)))
      }),
      { numRuns: 150 }
    )
  })

  it('among strangers, the value most sources assert wins a single item (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 5 }), fc.constantFrom<'simple' | 'guess'>('simple', 'guess'), (more, extra, lcaModel) => {
        const fewer = 1 + (extra % more) // 1..more
        const obs: Observation[] = []
        for (let i = 0; i < fewer + more; i++) obs.push({ source: `writer-${i}`, item: 'bridge:span', value: i < fewer ? '120m' : '410m' })
        const r = discoverTruth(obs, { algorithm: 'lca', lcaModel })
        if (more > fewer) {
          expect(r.items[0]?.value).toBe('410m')
          expect(r.items[0]?.tie).toBe(false)
        } else expect(r.items[0]?.tie).toBe(true)
      })
    )
  })
})
