import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { discoverTruth, TRUTH_ALGORITHMS, type Observation, type TruthAlgorithm } from '../../src'

const REGRESSION = join(__dirname, '..', '..', '..', 'shared', 'datasets', 'truth', 'truthdiscovery-regression')

/**
 * Three careful sources, one sloppy source and a copier that duplicates the sloppy one
 * everywhere. On `contested`, only the best careful source and the sloppy pair report.
 */
const copierScenario = (): Observation[] => {
  const obs: Observation[] = []
  for (let k = 0; k < 20; k++) {
    const item = `book-${String(k).padStart(2, '0')}`
    obs.push({ source: 'careful-1', item, value: 'right' })
    obs.push({ source: 'careful-2', item, value: k % 7 === 3 ? `slip-2-${k}` : 'right' })
    obs.push({ source: 'careful-3', item, value: k % 6 === 1 ? `slip-3-${k}` : 'right' })
    const sloppy = k % 2 === 0 ? `error-${k}` : 'right'
    obs.push({ source: 'sloppy', item, value: sloppy })
    obs.push({ source: 'copier', item, value: sloppy })
  }
  obs.push({ source: 'careful-1', item: 'contested', value: 'right' })
  obs.push({ source: 'sloppy', item: 'contested', value: 'wrong' })
  obs.push({ source: 'copier', item: 'contested', value: 'wrong' })
  return obs
}

const chosen = (obs: ReadonlyArray<Observation>, algorithm: TruthAlgorithm, item: string): string | undefined =>
  discoverTruth(obs, { algorithm }).items.find((i) => i.item === item)?.value

describe('discoverTruth', () => {
  it('majority vote picks the most asserted value and normalises confidence per item', () => {
    const r = discoverTruth(
      [
        { source: 'a', item: 'x', value: '1' },
        { source: 'b', item: 'x', value: '1' },
        { source: 'c', item: 'x', value: '2' }
      ],
      { algorithm: 'vote' }
    )
    expect(r.items[0]?.value).toBe('1')
    expect(r.items[0]?.confidence).toBeCloseTo(2 / 3)
    expect(r.sources.find((s) => s.source === 'c')?.trust).toBe(0)
  })

  it('a copier duplicating a source flips the vote but not AccuCopy', () => {
    const obs = copierScenario()
    expect(chosen(obs, 'vote', 'contested')).toBe('wrong')
    expect(chosen(obs, 'accucopy', 'contested')).toBe('right')
    const r = discoverTruth(obs, { algorithm: 'accucopy' })
    const dep = r.dependencies.find((d) => [d.a, d.b].sort().join() === 'copier,sloppy')
    expect(dep?.probability ?? 0).toBeGreaterThan(0.9)
    // the copied value has one independent supporter, not two
    const wrong = r.items.find((i) => i.item === 'contested')?.values.find((v) => v.value === 'wrong')
    expect(wrong?.sources).toEqual(['copier', 'sloppy'])
    expect(wrong?.independentSupport ?? 2).toBeLessThan(1.2)
  })

  it('a copier is found from shared false values whatever the pattern of slips (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 20, maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 20, maxLength: 20 }),
        (sloppyWrong, slip2, slip3) => {
          const obs: Observation[] = []
          sloppyWrong.forEach((wrong, k) => {
            const item = `record-${k}`
            obs.push({ source: 'careful-1', item, value: 'right' })
            // each careful source slips on about one item in ten, each in its own way
            obs.push({ source: 'careful-2', item, value: slip2[k] === 0 ? `slip-2-${k}` : 'right' })
            obs.push({ source: 'careful-3', item, value: slip3[k] === 0 ? `slip-3-${k}` : 'right' })
            const v = wrong ? `error-${k}` : 'right'
            obs.push({ source: 'sloppy', item, value: v }, { source: 'copier', item, value: v })
          })
          fc.pre(sloppyWrong.filter(Boolean).length >= 4)
          // "careful" means it: each careful source slips on at most a fifth of the items. (When
          // both slip everywhere, the copying pair outnumbers the one careful source on every
          // disputed item from the first round and AccuCopy, which starts from Accu's answer,
          // locks onto it: a known limitation, noted in the docs of discoverTruth.)
          fc.pre(slip2.filter((x) => x === 0).length <= 4 && slip3.filter((x) => x === 0).length <= 4)
          obs.push({ source: 'careful-1', item: 'contested', value: 'right' })
          obs.push({ source: 'sloppy', item: 'contested', value: 'wrong' }, { source: 'copier', item: 'contested', value: 'wrong' })
          expect(chosen(obs, 'vote', 'contested')).toBe('wrong')
          expect(chosen(obs, 'accucopy', 'contested')).toBe('right')
        }
      ),
      { numRuns: 200 }
    )
  })

  it('AccuCopy uses given copy probabilities (e.g. from the copy detector)', () => {
    // a three-source clique repeating one outlet outvotes two independent ones
    const obs: Observation[] = ['wire', 'mirror-1', 'mirror-2'].map((s) => ({ source: s, item: 'toll', value: '40' }))
    obs.push({ source: 'local', item: 'toll', value: '12' }, { source: 'hospital', item: 'toll', value: '12' })
    expect(chosen(obs, 'vote', 'toll')).toBe('40')
    const copyProbabilities = [
      { a: 'wire', b: 'mirror-1', probability: 1 },
      { a: 'mirror-2', b: 'wire', probability: 1 },
      { a: 'mirror-1', b: 'mirror-2', probability: 1 }
    ]
    const r = discoverTruth(obs, { algorithm: 'accucopy', copyProbabilities, copyRate: 1 })
    expect(r.items[0]?.value).toBe('12')
    expect(r.items[0]?.values.find((v) => v.value === '40')?.independentSupport).toBeCloseTo(1)
  })

  it('TruthFinder lets similar values support each other', () => {
    const obs: Observation[] = [
      { source: 'a', item: 'pop', value: '1000' },
      { source: 'b', item: 'pop', value: '1001' },
      { source: 'c', item: 'pop', value: '5000' },
      { source: 'd', item: 'pop', value: '5000' }
    ]
    const close = (_i: string, x: string, y: string): number => (Math.abs(Number(x) - Number(y)) <= 2 ? 1 : 0)
    const without = discoverTruth(obs, { algorithm: 'truthfinder' })
    const withSim = discoverTruth(obs, { algorithm: 'truthfinder', similarity: close })
    const score = (r: typeof without, v: string): number => r.items[0]?.values.find((x) => x.value === v)?.score ?? 0
    expect(score(withSim, '1000')).toBeGreaterThan(score(without, '1000'))
    const conf = (r: typeof without, v: string): number => r.items[0]?.values.find((x) => x.value === v)?.confidence ?? 0
    expect(conf(withSim, '1000')).toBeGreaterThan(conf(without, '1000'))
  })

  it('handles empty input, empty strings, duplicates and hostile parameters without NaN', () => {
    expect(discoverTruth([], { algorithm: 'accucopy' }).items).toEqual([])
    const r = discoverTruth(
      [
        { source: 'a', item: 'x', value: '' },
        { source: 'a', item: 'x', value: 'v' },
        { source: 'a', item: 'x', value: 'v' }
      ],
      { algorithm: 'truthfinder', gamma: Number.NaN, initialTrust: 5, maxIterations: -3, similarity: () => { throw new Error('boom') } }
    )
    expect(r.items).toHaveLength(1)
    expect(r.items[0]?.values[0]?.sources).toEqual(['a'])
    expect(Number.isFinite(r.items[0]?.confidence)).toBe(true)
  })

  const arbObs = fc.array(
    fc.record({
      source: fc.constantFrom('s1', 's2', 's3', 's4', 's5'),
      item: fc.constantFrom('i1', 'i2', 'i3'),
      value: fc.constantFrom('a', 'b', 'c')
    }),
    { maxLength: 30 }
  )

  it.each(TRUTH_ALGORITHMS.map((a) => [a]))('%s: scores in [0, 1], no NaN, order-invariant', (algorithm) => {
    fc.assert(
      fc.property(arbObs, fc.integer(), (obs, seed) => {
        const r1 = discoverTruth(obs, { algorithm })
        const shuffled = [...obs].sort((x, y) => ((x.source + x.item + x.value + seed).length % 3) - ((y.source + y.item + y.value).length % 3) || (seed % 2 === 0 ? 1 : -1))
        const r2 = discoverTruth([...shuffled].reverse(), { algorithm })
        expect(r2).toEqual(r1)
        for (const it of r1.items) {
          for (const v of it.values) {
            for (const x of [v.score, v.confidence]) expect(x >= 0 && x <= 1).toBe(true)
          }
          const total = it.values.reduce((a, v) => a + v.confidence, 0)
          expect(total).toBeCloseTo(1)
        }
        for (const s of r1.sources) expect(s.trust >= 0 && s.trust <= 1).toBe(true)
        expect(r1.iterations).toBeGreaterThanOrEqual(1)
      }),
      { numRuns: 40 }
    )
  })

  it('a duplicated copier never flips AccuCopy when copy probabilities are known (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), (copies) => {
        const obs: Observation[] = [
          { source: 'honest-1', item: 'q', value: 'true' },
          { source: 'honest-2', item: 'q', value: 'true' },
          { source: 'liar', item: 'q', value: 'false' }
        ]
        const cps = []
        for (let i = 0; i < copies + 1; i++) {
          obs.push({ source: `copy-${i}`, item: 'q', value: 'false' })
          cps.push({ a: 'liar', b: `copy-${i}`, probability: 1 })
        }
        expect(chosen(obs, 'vote', 'q')).toBe('false')
        expect(discoverTruth(obs, { algorithm: 'accucopy', copyProbabilities: cps, copyRate: 1 }).items[0]?.value).toBe('true')
      })
    )
  })
})

describe.skipIf(!existsSync(REGRESSION))('discoverTruth against the truthdiscovery regression outputs', () => {
  const rows = existsSync(REGRESSION) ? readFileSync(join(REGRESSION, 'data.csv'), 'utf8').trim().split('\n') : []
  const obs: Observation[] = rows.flatMap((r, s) =>
    r.split(',').flatMap((v, j) => (v.trim() === '' ? [] : [{ source: String(s), item: String(j), value: Number(v).toFixed(1) }]))
  )
  const check = (file: string, algorithm: TruthAlgorithm, extra: object, trust: boolean): void => {
    const ref = JSON.parse(readFileSync(join(REGRESSION, file), 'utf8')) as {
      trust: Record<string, number>
      belief: Record<string, Record<string, number>>
    }
    const r = discoverTruth(obs, { algorithm, ...extra })
    if (trust) for (const s of r.sources) expect(s.trust).toBeCloseTo(ref.trust[s.source] ?? -1, 8)
    let n = 0
    for (const it of r.items)
      for (const v of it.values) {
        expect(v.score).toBeCloseTo(ref.belief[it.item]?.[v.value] ?? -1, 8)
        n++
      }
    expect(n).toBeGreaterThan(40)
  }
  it('voting', () => check('voting_results.json', 'vote', {}, false))
  it('Sums', () => check('sums_results.json', 'sums', {}, true))
  it('Average-Log', () => check('average_log_results.json', 'average-log', {}, true))
  it('Investment', () => check('investment_results.json', 'investment', {}, true))
  it('PooledInvestment', () => check('pooled_investment_results.json', 'pooled-investment', {}, true))
  it('TruthFinder', () =>
    check('truthfinder_results.json', 'truthfinder', {
      similarity: (_i: string, a: string, b: string) => Math.exp(-0.5 * (Number(a) - Number(b)) ** 2)
    }, true))
})
