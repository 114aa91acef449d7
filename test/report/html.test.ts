import { describe, expect, it } from 'vitest'
import * as fc from 'fast-check'
import { toHtml, unsafeId, type QuoteId, type ArticleId, type ClaimId, type Report } from '../../src'
import { buildReport, EMPTY_REPORT } from './fixture'

/** Tags the report itself writes; anything else in the output came from unescaped input. */
const ALLOWED_TAGS = new Set(
  'html head meta title style body header h1 h2 h3 p div nav a span small input main section article blockquote table thead tbody tr th td ins del mark code b strong br ul li details summary dl dt dd i footer script svg g path circle rect line text title'.split(' ')
)

const tagsOf = (html: string): ReadonlySet<string> => new Set([...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => (m[1] as string).toLowerCase()))

/** The page with the one script and the one stylesheet cut out, for checks on the markup. */
const markup = (html: string): string => html.replace(/<script>[\s\S]*?<\/script>/, '').replace(/<style>[\s\S]*?<\/style>/, '')

const assertSafe = (html: string): void => {
  for (const tag of tagsOf(html)) expect(ALLOWED_TAGS.has(tag), `unexpected <${tag}>`).toBe(true)
  expect(html.match(/<script\b/gi)?.length).toBe(1)
  expect(html.match(/<\/script>/gi)?.length).toBe(1)
  // Inside tags (text is escaped, so a tag ends at the first '>'): no event-handler attribute,
  // no javascript: URL, no reference to anything outside the page.
  for (const tag of markup(html).match(/<[a-zA-Z][^>]*>/g) ?? []) {
    // Attribute values are quoted and their quotes escaped, so outside the quotes is markup.
    const bare = tag.replace(/"[^"]*"/g, '""')
    expect(bare).not.toMatch(/\son[a-z]+\s*=/i)
    expect(bare).not.toMatch(/\s[a-z-]+\s*=\s*[^"\s>]/i) // every attribute value is quoted
    expect(tag).not.toMatch(/(href|src)\s*=\s*"\s*javascript:/i)
    for (const attr of tag.matchAll(/\s(?:href|src|action|xlink:href|srcset|poster|data|formaction)\s*=\s*"([^"]*)"/gi)) {
      expect(attr[1]?.startsWith('#'), `external reference ${attr[1]}`).toBe(true)
    }
  }
}

describe('toHtml', () => {
  const report = buildReport()
  const html = toHtml(report, { title: 'Port Alder fire' })

  it('is one self-contained document with no external URL anywhere', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).not.toMatch(/https?:\/\//i)
    expect(html).not.toMatch(/url\(/i)
    expect(html).not.toMatch(/@import/i)
    expect(html).toContain("default-src 'none'")
    assertSafe(html)
  })
  it('escapes <script> and attribute breakers in article text, names and explanations', () => {
    expect(html).not.toContain('<script>alert(')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;')
  })
  it('links every internal reference to an element that exists', () => {
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))
    const targets = [...html.matchAll(/\shref="#([^"]+)"/g)].map((m) => m[1])
    expect(targets.length).toBeGreaterThan(20)
    for (const t of targets) expect(ids.has(t), `#${t}`).toBe(true)
  })
  it('shows outlets with scores and signals, contradictions side by side, clusters diffed', () => {
    for (const s of report.sources) {
      const shown = s.kind === 'outlet' ? `<span class="big">${s.score.toFixed(2)}</span>` : `<span class="score-inline">${s.score.toFixed(2)}</span>`
      expect(html).toContain(shown)
      expect(html).toContain(s.explanation)
    }
    expect(html).toContain('<dt>attributionQuality</dt>')
    expect(html.match(/<div class="side a">/g)?.length).toBe(report.contradictions.length)
    expect(html.match(/<div class="side b">/g)?.length).toBe(report.contradictions.length)
    expect(html).toContain('<mark>Eleven</mark>')
    expect(html).toContain('<del>two kilometres</del> <ins>2 km</ins>')
  })
  it('draws the copy network with one edge per pair and a timeline lane per event', () => {
    const graph = /<svg class="graph"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? ''
    expect(graph.match(/<g class="edge /g)?.length).toBe(report.copying.length)
    expect(graph.match(/<g class="node"/g)?.length).toBe(report.articles.length)
    expect(graph).toContain('class="head"') // the directed pair has an arrowhead
    const timeline = /<svg class="timeline"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? ''
    expect(timeline.match(/<g class="lane-row">/g)?.length).toBe(3)
    expect(timeline).toContain('How many people were injured')
  })
  it('keeps every timeline mark inside the figure, undated claims in their own band with a count of the rest', () => {
    const base = buildReport({ hostile: '' })
    const first = base.claims[0] as Report['claims'][number]
    const extra = Array.from({ length: 30 }, (_, i) => ({ ...first, id: unsafeId<ClaimId>(`c-extra-${i}`) }))
    const prop = base.propositions[0] as Report['propositions'][number]
    const undated: Report = {
      ...base,
      articles: base.articles.map((a) => ({ ...a, published: null })),
      claims: [...base.claims, ...extra],
      propositions: [{ ...prop, values: [{ ...(prop.values[0] as (typeof prop.values)[number]), claims: [...(prop.values[0]?.claims ?? []), ...extra.map((c) => c.id)] }] }]
    }
    const svg = /<svg class="timeline" viewBox="0 0 (\d+) (\d+)"[\s\S]*?<\/svg>/.exec(toHtml(undated))
    expect(svg).not.toBeNull()
    const width = Number(svg?.[1])
    const height = Number(svg?.[2])
    const circles = [...(svg?.[0] ?? '').matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g)].map((m) => m.slice(1).map(Number))
    expect(circles.length).toBeGreaterThan(10)
    for (const [cx, cy, r] of circles as Array<[number, number, number]>) {
      expect(cx + r).toBeLessThanOrEqual(width)
      expect(cy + r).toBeLessThanOrEqual(height)
    }
    expect(svg?.[0]).toMatch(/>\+\d+<\/text>/)
    expect(svg?.[0]).toContain('>undated</text>')
  })
  it('copes with records that name articles the report does not list', () => {
    const base = buildReport({ hostile: '' })
    const ghost = unsafeId<ArticleId>('ghost-article')
    const odd: Report = {
      ...base,
      copying: [...base.copying, { a: base.articles[0]!.id, b: ghost, sharedWords: 5, overlap: 0.05, direction: 'a->b', reason: 'test', passages: [] }],
      contradictions: base.contradictions.map((c, i) => (i === 0 ? { ...c, b: { ...c.b, articleId: ghost } } : c))
    }
    const page = toHtml(odd)
    assertSafe(page)
    const ids = new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))
    for (const m of page.matchAll(/\shref="#([^"]+)"/g)) expect(ids.has(m[1]), `#${m[1]}`).toBe(true)
    expect(page).toContain('ghost-article')
  })
  it('is deterministic', () => {
    expect(toHtml(buildReport(), { title: 'Port Alder fire' })).toBe(html)
  })
  it('renders an empty report with a message in each section', () => {
    const empty = toHtml(EMPTY_REPORT)
    assertSafe(empty)
    expect(empty).toContain('No contradiction was found.')
    expect(empty).toContain('No two articles share passages.')
  })
  it('property: any string in quote texts, speakers, titles and explanations stays text', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('<script>', '</script>', '<img src=x onerror=y>', '" onmouseover="x', "' onfocus='x", '"', "'", '`', '&', '&amp;', '<!--', ']]>', '</textarea>', '<svg onload=z>', 'javascript:', '\u0000', '\u2028')
    )
    const hostileText = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''))
    fc.assert(
      fc.property(hostileText, hostileText, (a, b) => {
        const base = buildReport({ hostile: a })
        const withQuote: Report = {
          ...base,
          quotes: [
            ...base.quotes,
            { ...(base.quotes[0] as Report['quotes'][number]), id: unsafeId<QuoteId>('q-extra'), text: b, speaker: b, articleId: unsafeId<ArticleId>(b === '' ? 'x' : b) }
          ]
        }
        assertSafe(toHtml(withQuote, { title: b }))
      }),
      { numRuns: 40 }
    )
  })
})
