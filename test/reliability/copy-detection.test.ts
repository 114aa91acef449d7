import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { discoverTruth, type Observation } from '../../src'

/**
 * A prolific reference source (an almanac with many entries), several careful sources agreeing
 * with it, and a one-off contributor `drive-by` who shares a single value with the almanac on
 * the one item both cover — a value the others say is wrong.
 */
const sparseScenario = (): Observation[] => {
  const obs: Observation[] = []
  for (let k = 0; k < 30; k++) {
    const item = `river-${String(k).padStart(2, '0')}:length`
    obs.push({ source: 'almanac', item, value: k === 0 ? '812' : `${400 + k}` })
    obs.push({ source: 'survey-a', item, value: `${400 + k}` })
    obs.push({ source: 'survey-b', item, value: `${400 + k}` })
  }
  obs.push({ source: 'drive-by', item: 'river-00:length', value: '812' })
  return obs
}

const dependenceOf = (r: ReturnType<typeof discoverTruth>, a: string, b: string): number =>
  r.dependencies.find((d) => [d.a, d.b].sort().join() === [a, b].sort().join())?.probability ?? 0

describe('AccuCopy copy detection on sparse overlap', () => {
  it('one shared false value over one shared item is not taken as copying (minOverlap 3 by default)', () => {
    const obs = sparseScenario()
    expect(dependenceOf(discoverTruth(obs, { algorithm: 'accucopy' }), 'almanac', 'drive-by')).toBe(0)
    // the paper's unguarded estimate does flag the pair: the guard is what changes it
    expect(dependenceOf(discoverTruth(obs, { algorithm: 'accucopy', minOverlap: 1 }), 'almanac', 'drive-by')).toBeGreaterThan(0.5)
  })

  it('copying over enough shared items is still found', () => {
    const obs: Observation[] = []
    for (let k = 0; k < 12; k++) {
      const item = `station-${k}:opened`
      const truth = `${1900 + k}`
      obs.push({ source: 'registry', item, value: truth }, { source: 'gazette', item, value: truth })
      obs.push({ source: 'archive', item, value: truth })
      const wrong = k % 3 === 0 ? `${1800 + k}` : truth
      obs.push({ source: 'blog', item, value: wrong }, { source: 'mirror-blog', item, value: wrong })
    }
    const r = discoverTruth(obs, { algorithm: 'accucopy' })
    expect(dependenceOf(r, 'blog', 'mirror-blog')).toBeGreaterThan(0.9)
    expect(dependenceOf(r, 'registry', 'archive')).toBeLessThan(0.5)
  })

  it('overlap damping keeps thin evidence nearer the prior than the plain ratio', () => {
    const obs: Observation[] = []
    for (let k = 0; k < 4; k++) {
      const item = `bridge-${k}:span`
      obs.push({ source: 'ministry', item, value: `${100 + k}` }, { source: 'engineers', item, value: `${100 + k}` })
      obs.push({ source: 'atlas', item, value: `${100 + k}` })
      const v = k === 0 ? '999' : `${100 + k}`
      obs.push({ source: 'wiki-a', item, value: v }, { source: 'wiki-b', item, value: v })
    }
    const plain = dependenceOf(discoverTruth(obs, { algorithm: 'accucopy' }), 'wiki-a', 'wiki-b')
    const damped = dependenceOf(discoverTruth(obs, { algorithm: 'accucopy', overlapDamping: 20 }), 'wiki-a', 'wiki-b')
    expect(plain).toBeGreaterThan(damped)
    expect(damped).toBeGreaterThan(0)
  })

  it('copyShare: copying that explains a tiny part of both sources is not considered', () => {
    const obs: Observation[] = []
    for (let k = 0; k < 30; k++) {
      obs.push({ source: 'atlas', item: `lake-${k}:area`, value: `${200 + k}` }, { source: 'survey', item: `lake-${k}:area`, value: `${200 + k}` })
      obs.push({ source: 'gazetteer', item: `peak-${k}:height`, value: `${3000 + k}` }, { source: 'census', item: `peak-${k}:height`, value: `${3000 + k}` })
    }
    // three items both cover, where they give the same value the others contradict
    for (let k = 0; k < 3; k++) {
      const item = `pass-${k}:height`
      obs.push({ source: 'atlas', item, value: '1' }, { source: 'gazetteer', item, value: '1' })
      obs.push({ source: 'survey', item, value: `${2000 + k}` }, { source: 'census', item, value: `${2000 + k}` })
    }
    expect(dependenceOf(discoverTruth(obs, { algorithm: 'accucopy' }), 'atlas', 'gazetteer')).toBeGreaterThan(0.5)
    expect(dependenceOf(discoverTruth(obs, { algorithm: 'accucopy', copyShare: 0.5 }), 'atlas', 'gazetteer')).toBe(0)
  })

  it('pairs sharing fewer than minOverlap items never get a dependence (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 2 })), { maxLength: 40 }),
        fc.integer({ min: 1, max: 5 }),
        (rows, minOverlap) => {
          const obs = rows.map(([s, i, v]) => ({ source: `s${s}`, item: `i${i}`, value: `v${v}` }))
          const r = discoverTruth(obs, { algorithm: 'accucopy', minOverlap })
          const items = (s: string): Set<string> => new Set(obs.filter((o) => o.source === s).map((o) => o.item))
          for (const d of r.dependencies) {
            const a = items(d.a)
            const shared = [...items(d.b)].filter((i) => a.has(i)).length
            expect(shared).toBeGreaterThanOrEqual(minOverlap)
            expect(Number.isFinite(d.probability)).toBe(true)
          }
        }
      )
    )
  })
})
