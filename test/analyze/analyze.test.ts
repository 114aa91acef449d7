import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { analyze, analyzeStream, Report, type RawArticle } from '../../src'

const seedsDir = join(import.meta.dirname, '..', '..', 'seeds')
const seeds: ReadonlyArray<RawArticle> = readdirSync(seedsDir)
  .sort()
  .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(seedsDir, f), 'utf8') }))

const wire = `WASHINGTON (AP) — The Pentagon said Tuesday that a drone strike destroyed a weapons depot near the border, killing at least 12 fighters.

"The strike was precise and there were no civilian casualties," spokesman John Kirby told reporters.`
const rival = `BEIRUT — Local officials said the strike hit a school, not a depot, and that 30 civilians were killed.

"There was no weapons depot there," the mayor, Hassan Nasser, said on Wednesday.`

describe('analyze', () => {
  it('returns a Report that satisfies the codec', () => {
    const r = analyze(seeds)
    expect(E.isRight(r)).toBe(true)
    if (E.isRight(r)) expect(Report.is(JSON.parse(JSON.stringify(r.right)))).toBe(true)
  })

  it('is deterministic: the same input gives the same report, ids included', () => {
    const a = analyze([{ id: 'w', text: wire }, { id: 'r', text: rival }])
    const b = analyze([{ id: 'w', text: wire }, { id: 'r', text: rival }])
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
  })

  it('lists bad inputs as errors and analyses the rest', () => {
    const r = analyze([{ id: 'empty', text: '   ' }, { id: 'w', text: wire }, { id: 'w', text: rival }])
    expect(E.isRight(r)).toBe(true)
    if (E.isRight(r)) {
      expect(r.right.articles.map((a) => a.id)).toEqual(['w'])
      expect(r.right.errors.map((e) => [e._tag, e.record])).toEqual(
        expect.arrayContaining([
          ['EmptyInput', 'empty'],
          ['DuplicateId', 'w']
        ])
      )
    }
  })

  it('is Left, with the reasons, when nothing could be analysed', () => {
    const r = analyze([{ id: 'a', text: '' }])
    expect(E.isLeft(r)).toBe(true)
    if (E.isLeft(r)) expect(r.left[0].record).toBe('a')
    expect(E.isLeft(analyze([]))).toBe(true)
  })

  it('finds quotes with exact offsets in stories beyond the seeds', () => {
    const r = analyze([{ id: 'w', text: wire }])
    if (E.isLeft(r)) throw new Error('unexpected Left')
    const q = r.right.quotes.find((x) => x.direct && x.text.startsWith('The strike was precise'))
    expect(q).toBeDefined()
    expect(wire.slice(q!.start, q!.end)).toBe(q!.text)
    expect(q!.speaker).toContain('Kirby')
  })
})

describe('analyze: propositions with the articles on each side', () => {
  it('lists related articles per proposition, with evidence pointing into each article', () => {
    const r = analyze(seeds)
    if (E.isLeft(r)) throw new Error('unexpected Left')
    const texts = new Map(seeds.map((s) => [s.id, s.text]))
    const withArticles = r.right.propositions.filter((p) => p.articles.length > 0)
    expect(withArticles.length).toBeGreaterThan(0)
    for (const p of withArticles) {
      for (const a of p.articles) {
        expect(a.label).not.toBe('unrelated')
        for (const e of a.evidence) expect(texts.get(a.articleId)?.slice(e.start, e.end)).toBe(e.text)
      }
    }
  })
})

describe('analyzeStream', () => {
  async function* feed(xs: ReadonlyArray<RawArticle>): AsyncIterable<RawArticle> {
    for (const x of xs) yield x
  }
  const collect = async (xs: ReadonlyArray<RawArticle>, window: number, carry: number) => {
    const out: Report[] = []
    for await (const r of analyzeStream(feed(xs), { window, carry })) out.push(r)
    return out
  }

  it('yields one report per window, covering every article once', async () => {
    const reports = await collect(seeds, 2, 1)
    expect(reports).toHaveLength(3)
    expect(reports.flatMap((r) => r.articles.map((a) => a.id))).toEqual(seeds.map((s) => s.id))
  })

  it('finds copying across a window boundary through the carried articles', async () => {
    // 001 and 003 share four paragraphs; windows of two put them apart: [000, 001], [002, 003].
    const order = seeds.slice(0, 4)
    const withCarry = (await collect(order, 2, 1)).flatMap((r) => r.copying)
    const withoutCarry = (await collect(order, 2, 0)).flatMap((r) => r.copying)
    const pair = (c: { a: string; b: string }) => [c.a, c.b].sort().join()
    expect(withCarry.map(pair)).toContain([seeds[1]!.id, seeds[3]!.id].sort().join())
    expect(withoutCarry.map(pair)).not.toContain([seeds[1]!.id, seeds[3]!.id].sort().join())
  })

  it('reports a duplicate id in a later window as an error', async () => {
    const reports = await collect([{ id: 'x', text: wire }, { id: 'y', text: rival }, { id: 'x', text: rival }], 2, 0)
    expect(reports.flatMap((r) => r.errors.map((e) => [e._tag, e.record]))).toContainEqual(['DuplicateId', 'x'])
    expect(reports.flatMap((r) => r.articles.map((a) => a.id))).toEqual(['x', 'y'])
  })
})
