import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Cluster, clusterPassages, unsafeId, type ArticleId, type Passage } from '../../src'

const passage = (articleId: string, text: string, extra: Partial<Passage> = {}, start = 0): Passage => ({
  articleId: unsafeId<ArticleId>(articleId),
  outlet: null,
  published: null,
  speaker: null,
  quoteId: null,
  text,
  start,
  end: start + text.length,
  ...extra
})

const texts = (c: { readonly members: ReadonlyArray<Passage> }): string[] => c.members.map((m) => m.text)

describe('clusterPassages', () => {
  it('groups variants of one statement across outlets and leaves other statements alone', () => {
    const clusters = clusterPassages([
      passage('a1', 'The port authority has repelled a well-organised cyber-attack on its billing systems', { outlet: 'Harbour Daily' }),
      passage('a2', 'the port authority repelled a well organized cyberattack on its billing system', { outlet: 'Coast Wire' }),
      passage('a3', 'The port authority said its billing systems were back online on Tuesday', { outlet: 'Coast Wire' }),
      passage('a4', 'Rain is expected across the north of the country on Friday', { outlet: 'Weather Now' })
    ])
    expect(clusters).toHaveLength(1)
    expect(texts(clusters[0] as Cluster).sort()).toEqual(
      [
        'The port authority has repelled a well-organised cyber-attack on its billing systems',
        'the port authority repelled a well organized cyberattack on its billing system'
      ].sort()
    )
    expect(Cluster.is(clusters[0])).toBe(true)
  })

  it('counts repeats inside one article', () => {
    const s = 'Our engineers will finish the new runway before the summer season'
    const clusters = clusterPassages([passage('b1', s, {}, 10), passage('b1', s, {}, 400), passage('b2', 'Ticket prices rose again')])
    expect(clusters).toHaveLength(1)
    expect(clusters[0]?.members.map((m) => m.start)).toEqual([10, 400])
  })

  it('does not merge the same words said by different known speakers', () => {
    const s = 'We will not accept any cuts to the health budget'
    const clusters = clusterPassages([
      passage('c1', s, { speaker: 'Maria Okafor' }),
      passage('c2', s, { speaker: 'Paul Brenner' }),
      passage('c3', s, { speaker: 'Okafor' }),
      passage('c4', s, { speaker: null })
    ])
    for (const c of clusters) {
      const speakers = c.members.map((m) => m.speaker).filter((x): x is string => x !== null)
      expect(speakers.some((x) => x.includes('Brenner')) && speakers.some((x) => x.includes('Okafor'))).toBe(false)
    }
    const okafor = clusters.find((c) => c.members.some((m) => m.speaker === 'Maria Okafor'))
    expect(okafor?.members.map((m) => m.speaker)).toContain('Okafor')
  })

  it('keeps opposite and different-number statements apart', () => {
    const clusters = clusterPassages([
      passage('d1', 'The mine will close at the end of the year, the company said'),
      passage('d2', 'The mine will not close at the end of the year, the company said'),
      passage('d3', 'The flood displaced 3,000 families in the delta'),
      passage('d4', 'The flood displaced 30,000 families in the delta')
    ])
    expect(clusters).toHaveLength(0)
  })

  it('reports the earliest appearance at the common date precision, the medoid and the differences', () => {
    const clusters = clusterPassages([
      passage('e1', 'Farmers blocked the highway to protest against the new water tax', { published: '2021-06' }),
      passage('e2', 'farmers blocked the highway in protest against the new water tax', { published: '2021-05-30T09:15' }),
      passage('e3', 'Farmers blocked the main highway to protest against the new water tax', { published: '2021-06-02' })
    ])
    expect(clusters).toHaveLength(1)
    const c = clusters[0] as Cluster
    expect(c.members[c.earliest]?.articleId).toBe('e2')
    expect(c.members.map((m) => m.text)).toContain(c.canonical)
    expect(c.cohesion).toBeGreaterThan(0.5)
    const e3 = c.members.findIndex((m) => m.articleId === 'e3')
    const diff = c.differences.find((d) => d.member === e3)
    if (c.canonical.includes('main')) expect(diff?.added).toEqual([])
    else expect(diff?.added).toContain('main')
    const self = c.members.findIndex((m) => m.text === c.canonical)
    expect(c.differences[self]).toEqual({ member: self, added: [], removed: [] })
  })

  it('handles empty input and spans without words', () => {
    expect(clusterPassages([])).toEqual([])
    expect(clusterPassages([passage('f1', ''), passage('f2', ''), passage('f3', '...'), passage('f4', '...')])).toEqual([])
  })

  const pool = [
    'The railway strike will continue until the government raises wages',
    'Doctors at the city hospital warned of a shortage of blood supplies',
    'The central bank left interest rates unchanged for a third month',
    'Firefighters contained the forest fire near the northern border on Sunday',
    'The senate rejected the proposed changes to the election law'
  ]
  const variant = (s: string, k: number): string => {
    const ws = s.split(' ')
    if (k % 3 === 1) return ws.filter((_, i) => i !== 3).join(' ')
    if (k % 3 === 2) return ws.map((w, i) => (i === 0 ? w.toLowerCase() : w)).join(' ') + ', officials said'
    return s
  }
  const corpus = fc.array(fc.tuple(fc.nat({ max: pool.length - 1 }), fc.nat({ max: 5 }), fc.constantFrom('x', 'y', 'z'), fc.nat({ max: 999 })), {
    maxLength: 25
  })

  it('is deterministic and independent of input order (up to the earliest tie-break)', () => {
    fc.assert(
      fc.property(corpus, fc.nat(), (specs, seed) => {
        const ps = specs.map(([s, k, art, at]) => passage(art, variant(pool[s] as string, k), { published: `2020-0${(at % 9) + 1}` }, at))
        const shuffled = [...ps].sort((a, b) => ((a.start * 7919 + seed) % 1009) - ((b.start * 7919 + seed) % 1009))
        const strip = (cs: ReadonlyArray<Cluster>) => cs.map(({ earliest: _, ...rest }) => rest)
        const x = clusterPassages(ps)
        expect(strip(clusterPassages(shuffled))).toEqual(strip(x))
        expect(clusterPassages(ps)).toEqual(x)
        for (const c of x) {
          expect(c.members.length).toBeGreaterThanOrEqual(2)
          expect(new Set(c.members.map((m) => pool.findIndex((p) => variant(p, 0) === m.text || variant(p, 1) === m.text || variant(p, 2) === m.text))).size).toBe(1)
          const first = c.members[c.earliest]?.published ?? ''
          for (const m of c.members) expect((m.published ?? '') >= first).toBe(true)
        }
      }),
      { numRuns: 60 }
    )
  })
})

// The analyst's gold clusters of the seed articles: every gold cluster found from its member
// texts, no reported cluster joining two gold clusters, with every other sentence of the
// seeds present as a distractor.
const GOLD = '../shared/spec/seeds-gold.json'
describe.skipIf(!existsSync(GOLD))('gold clusters of the seeds', () => {
  interface GoldMember {
    readonly article: string
    readonly text: string
  }
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { clusters: ReadonlyArray<{ id: string; members: ReadonlyArray<GoldMember> }> }
  const goldOf = new Map<string, string>()
  const ps: Passage[] = []
  gold.clusters.forEach((c) =>
    c.members.forEach((m, i) => {
      const p = passage(m.article, m.text, {}, 100_000 + ps.length * 1000 + i)
      goldOf.set(`${p.articleId}:${p.start}`, c.id)
      ps.push(p)
    })
  )
  for (const f of readdirSync('seeds').sort()) {
    const text = readFileSync(`seeds/${f}`, 'utf8')
    for (const m of text.matchAll(/[^.!?\n]+[.!?]?/g)) if (m[0].trim().length > 20) ps.push(passage(f.slice(0, 3), m[0], {}, m.index))
  }
  const clusters = clusterPassages(ps)

  it.each(gold.clusters.map((c) => [c.id] as const))('finds %s', (id) => {
    const want = [...goldOf.entries()].filter(([, g]) => g === id).map(([k]) => k)
    const found = clusters.find((c) => want.every((k) => c.members.some((m) => `${m.articleId}:${m.start}` === k)))
    expect(found).toBeDefined()
  })

  it('never joins two gold clusters', () => {
    for (const c of clusters) {
      const ids = new Set(c.members.map((m) => goldOf.get(`${m.articleId}:${m.start}`)).filter((x) => x !== undefined))
      expect(ids.size).toBeLessThanOrEqual(1)
    }
  })
})
