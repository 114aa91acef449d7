import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as E from 'fp-ts/Either'
import { Copying, detectCopying, ingestText, unsafeId, type Article, type ArticleId } from '../../src'

interface Draft {
  readonly id: string
  readonly paragraphs: ReadonlyArray<string>
  readonly published?: string
  readonly precision?: 'year' | 'month' | 'day' | 'minute'
  readonly outlet?: string
  readonly boilerplate?: string
  readonly cites?: ReadonlyArray<string>
}

/** Builds an Article from paragraphs, the way an ingester would. */
const article = (d: Draft): Article => {
  let text = ''
  const paragraphs: Array<{ start: number; end: number }> = []
  for (const p of d.paragraphs) {
    paragraphs.push({ start: text.length, end: text.length + p.length })
    text += p + '\n\n'
  }
  const boilerplate =
    d.boilerplate === undefined ? [] : [{ kind: 'tagline' as const, text: d.boilerplate, start: text.length, end: text.length + d.boilerplate.length }]
  if (d.boilerplate !== undefined) {
    paragraphs.push({ start: text.length, end: text.length + d.boilerplate.length })
    text += d.boilerplate
  }
  const citedSources = (d.cites ?? []).flatMap((name) => {
    const at = text.indexOf(name)
    return at < 0 ? [] : [{ name, text: name, start: at, end: at + name.length }]
  })
  return {
    id: unsafeId<ArticleId>(d.id),
    text,
    outlet: d.outlet === undefined ? null : { id: d.outlet.toLowerCase().replace(/\W+/g, '-'), name: d.outlet, evidence: 'metadata', span: null },
    published: d.published === undefined ? null : { iso: d.published, precision: d.precision ?? 'day', source: 'metadata', span: null },
    dateline: null,
    byline: null,
    title: null,
    newsId: null,
    paragraphs,
    boilerplate,
    citedSources,
    warnings: []
  }
}

const SHARED = [
  'The regional water board said on Thursday that the reservoir had fallen to its lowest level in forty years and that rationing would begin in the eastern districts next month.',
  'Engineers have been pumping water from two smaller lakes since March, but the board warned that the measure could not last beyond the end of the summer.'
]

describe('detectCopying', () => {
  it('finds shared paragraphs and takes the direction from publication order at the common precision', () => {
    const early = article({ id: 'k1', outlet: 'Valley Times', published: '2022-07-14T08:30', precision: 'minute', paragraphs: ['Drought deepens.', ...SHARED] })
    const late = article({ id: 'k2', outlet: 'Plains Herald', published: '2022-08', precision: 'month', paragraphs: ['A statement was published.', ...SHARED, 'Farmers protested.'] })
    const other = article({ id: 'k3', outlet: 'Sports Daily', published: '2022-07-01', paragraphs: ['The home side won the cup final by two goals to one after extra time.'] })
    const found = detectCopying([late, other, early])
    expect(found).toHaveLength(1)
    const c = found[0] as Copying
    expect(Copying.is(c)).toBe(true)
    expect([c.a, c.b]).toEqual(['k1', 'k2'])
    expect(c.direction).toBe('a->b')
    expect(c.reason).toContain('2022-07-14T08:30')
    expect(c.passages).toHaveLength(2)
    expect(c.sharedWords).toBeGreaterThanOrEqual(50)
    for (const p of c.passages) {
      expect(early.text.slice(p.aStart, p.aEnd)).toBe(p.text)
      expect(SHARED.some((s) => s.startsWith(late.text.slice(p.bStart, p.bEnd).slice(0, 20)))).toBe(true)
    }
    expect(c.overlap).toBeGreaterThan(0.8)
  })

  it('bridges small edits: hyphenation and one changed word', () => {
    const a = article({ id: 'm1', paragraphs: ['The cyber-attack on the hospital network was detected early on Monday and the systems were restored within six hours, officials said.'] })
    const b = article({ id: 'm2', paragraphs: ['The cyberattack on the hospital network was spotted early on Monday and the systems were restored within six hours, officials said.'] })
    const [c] = detectCopying([a, b])
    expect(c?.passages).toHaveLength(1)
    expect(c?.sharedWords).toBeGreaterThanOrEqual(20)
  })

  it('calls it common-source when both credit the same third source for the shared text', () => {
    const text = `According to Reuters, ${SHARED[0]}`
    const a = article({ id: 'n1', outlet: 'Valley Times', published: '2022-07-14', paragraphs: [text], cites: ['Reuters'] })
    const b = article({ id: 'n2', outlet: 'Plains Herald', published: '2022-07-15', paragraphs: [text], cites: ['Reuters'] })
    const [c] = detectCopying([a, b])
    expect(c?.direction).toBe('common-source')
    expect(c?.reason).toContain('Reuters')
  })

  it('falls back to a shared cited source when dates are unusable, else leaves the direction open', () => {
    const a = article({ id: 'p1', paragraphs: [...SHARED, 'Details came from the Associated Press.'], cites: ['Associated Press'] })
    const b = article({ id: 'p2', published: '2022-07', precision: 'month', paragraphs: [...SHARED, 'The Associated Press reported it first.'], cites: ['Associated Press'] })
    expect(detectCopying([a, b])[0]?.direction).toBe('common-source')
    const c = article({ id: 'p3', published: '2022-07', precision: 'month', paragraphs: SHARED })
    const d = article({ id: 'p4', published: '2022-07-20', paragraphs: SHARED })
    const [x] = detectCopying([c, d])
    expect(x?.direction).toBeNull()
    expect(x?.reason).toContain('same date')
  })

  it("ignores an outlet's boilerplate, recorded or repeated", () => {
    const tag = 'Valley Times brings you the news of the valley every day of the year, subscribe now to our newsletter for more stories like this one.'
    const a = article({ id: 'q1', outlet: 'Valley Times', paragraphs: ['The mayor opened the new library.'], boilerplate: tag })
    const b = article({ id: 'q2', outlet: 'Valley Times', paragraphs: ['Bus fares will rise in January.'], boilerplate: tag })
    expect(detectCopying([a, b])).toEqual([])
    // Not marked as boilerplate, but repeated across three articles of the outlet.
    const r = (id: string, p: string) => article({ id, outlet: 'Valley Times', paragraphs: [p, tag] })
    expect(detectCopying([r('r1', 'The mayor opened the new library.'), r('r2', 'Bus fares will rise.'), r('r3', 'A storm is coming.')])).toEqual([])
  })

  it('does not report short shared quotations as copying', () => {
    const q = '"We will rebuild every school that was damaged," the minister said.'
    const a = article({ id: 's1', paragraphs: [`Speaking in the capital, ${q}`] })
    const b = article({ id: 's2', paragraphs: [`At a rally in the south, ${q}`] })
    expect(detectCopying([a, b])).toEqual([])
  })

  it('handles no articles and empty articles', () => {
    expect(detectCopying([])).toEqual([])
    expect(detectCopying([article({ id: 't1', paragraphs: [] }), article({ id: 't2', paragraphs: [''] })])).toEqual([])
  })
})

// Seeds 001 and 003 share four paragraphs (gold pair P1); the gold's publication dates are
// given as metadata, as a feed would.
const GOLD = '../shared/spec/seeds-gold.json'
describe.skipIf(!existsSync(GOLD))('gold copy pair of the seeds', () => {
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as {
    articles: Record<string, { published?: string }>
    copying: ReadonlyArray<{ id: string; between: readonly [string, string] }>
  }
  const articles = readdirSync('seeds')
    .sort()
    .flatMap((f) => {
      const key = f.slice(0, 3)
      const published = gold.articles[key]?.published
      const r = ingestText({ id: key, text: readFileSync(`seeds/${f}`, 'utf8'), ...(published === undefined ? {} : { published }) })
      return E.isRight(r) ? [r.right] : []
    })
  const found = detectCopying(articles)

  it.each(gold.copying.map((p) => [p.id, p.between] as const))('finds %s with a direction', (_, [x, y]) => {
    const c = found.find((f) => (f.a === x && f.b === y) || (f.a === y && f.b === x))
    expect(c).toBeDefined()
    expect(c?.direction).not.toBeNull()
    expect(c?.passages.length).toBeGreaterThanOrEqual(4)
    // the earlier article is the source
    const pa = gold.articles[c?.a ?? '']?.published ?? ''
    const pb = gold.articles[c?.b ?? '']?.published ?? ''
    if (pa.slice(0, 7) !== pb.slice(0, 7)) expect(c?.direction).toBe(pa < pb ? 'a->b' : 'b->a')
  })
})
