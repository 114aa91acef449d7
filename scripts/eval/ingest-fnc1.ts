/**
 * Ingestion on unseen real news text: the 1,683 article bodies of FNC-1 (many outlets, scraped,
 * no outlet or date labels). Measures what can be measured without labels: errors (should be
 * none), span invariants (must hold for every article), throughput, and how often each field
 * is found, with the most frequent outlets and cited sources. `--show N` prints N random
 * detections with their context for a manual precision check (never written to the repo).
 *
 *   npx tsx scripts/eval/ingest-fnc1.ts [--show 20]
 *
 * Data: ../shared/datasets/fnc1/train_bodies.csv. Writes eval/ingest-fnc1.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import * as E from 'fp-ts/Either'
import { parseCsvRecords } from '../../src/internal/csv'
import { ingestText } from '../../src/ingest'
import type { Article } from '../../src/model'

const FILE = new URL('../../../shared/datasets/fnc1/train_bodies.csv', import.meta.url).pathname
if (!existsSync(FILE)) {
  console.log(`skipped: ${FILE} not found`)
  process.exit(0)
}

const rows = parseCsvRecords(readFileSync(FILE, 'utf8'))
const bodies = rows.flatMap((r) => {
  const id = r['Body ID']
  const text = r['articleBody']
  return id !== undefined && text !== undefined ? [{ id: `fnc1-${id}`, text }] : []
})

// The CSV parser builds each field by concatenation: V8 keeps it as a deep rope that costs
// ~1 s in all to flatten on first access. Flatten before timing, so the figure is ingestion's.
for (const b of bodies) /$/.test(b.text)

const t0 = performance.now()
const results = bodies.map((b) => ({ input: b, r: ingestText(b) }))
const ms = performance.now() - t0

const count = <K extends string>(xs: ReadonlyArray<K>): Record<string, number> => {
  const m: Record<string, number> = {}
  for (const x of xs) m[x] = (m[x] ?? 0) + 1
  return Object.fromEntries(Object.entries(m).sort((a, b) => b[1] - a[1]))
}
const top = (m: Record<string, number>, n: number) => Object.fromEntries(Object.entries(m).slice(0, n))

const articles: Array<Article> = []
const errors: Array<string> = []
for (const { r } of results) {
  if (E.isRight(r)) articles.push(r.right)
  else errors.push(r.left._tag)
}

let spanViolations = 0
for (const a of articles) {
  const n = a.text.length
  const spans = [...a.paragraphs, ...a.boilerplate, ...a.citedSources, a.title, a.byline, a.dateline].filter((s) => s !== null)
  for (const s of spans) if (s.start < 0 || s.end > n || s.start > s.end) spanViolations++
  for (const s of [...a.boilerplate, ...a.citedSources, a.title, a.byline, a.dateline]) if (s !== null && a.text.slice(s.start, s.end) !== s.text) spanViolations++
  for (const p of a.paragraphs) for (const b of a.boilerplate) if (!(p.end <= b.start || p.start >= b.end)) spanViolations++
}

const share = (k: number) => Number((k / Math.max(1, articles.length)).toFixed(4))
const figures = {
  data: 'FNC-1 train_bodies.csv (development split)',
  articles: bodies.length,
  ingested: articles.length,
  errors: count(errors),
  spanViolations,
  totalMB: Number((bodies.reduce((n, b) => n + b.text.length, 0) / 1e6).toFixed(3)),
  ms: Math.round(ms),
  articlesPerSec: Math.round(bodies.length / (ms / 1000)),
  withOutlet: share(articles.filter((a) => a.outlet !== null).length),
  outletEvidence: count(articles.flatMap((a) => (a.outlet === null ? [] : [a.outlet.evidence]))),
  topOutlets: top(count(articles.flatMap((a) => (a.outlet === null ? [] : [a.outlet.name]))), 15),
  withDateline: share(articles.filter((a) => a.dateline !== null).length),
  withPublished: share(articles.filter((a) => a.published !== null).length),
  publishedSource: count(articles.flatMap((a) => (a.published === null ? [] : [a.published.source]))),
  withByline: share(articles.filter((a) => a.byline !== null).length),
  withTitle: share(articles.filter((a) => a.title !== null).length),
  boilerplateKinds: count(articles.flatMap((a) => a.boilerplate.map((b) => b.kind))),
  meanParagraphs: Number((articles.reduce((n, a) => n + a.paragraphs.length, 0) / Math.max(1, articles.length)).toFixed(2)),
  maxParagraphChars: Math.max(...articles.flatMap((a) => a.paragraphs.map((p) => p.end - p.start))),
  withCitedSource: share(articles.filter((a) => a.citedSources.length > 0).length),
  topCitedSources: top(count(articles.flatMap((a) => a.citedSources.map((c) => c.name))), 20)
}
mkdirSync('eval', { recursive: true })
writeFileSync('eval/ingest-fnc1.json', JSON.stringify(figures, null, 2) + '\n')
console.log(JSON.stringify(figures, null, 2))

const show = process.argv.indexOf('--show')
if (show >= 0) {
  const n = Number(process.argv[show + 1] ?? 20)
  let seed = 7
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  const pick = <A>(xs: ReadonlyArray<A>): ReadonlyArray<A> => [...xs].map((x) => [rand(), x] as const).sort((a, b) => a[0] - b[0]).slice(0, n).map(([, x]) => x)
  const ctx = (a: Article, s: { start: number; end: number }) => JSON.stringify(a.text.slice(Math.max(0, s.start - 60), s.end + 40))
  console.log('\n--- outlets')
  for (const a of pick(articles.filter((x) => x.outlet?.span))) console.log(a.outlet!.name, a.outlet!.evidence, ctx(a, a.outlet!.span!))
  console.log('\n--- cited sources')
  for (const [a, c] of pick(articles.flatMap((x) => x.citedSources.map((c) => [x, c] as const)))) console.log(c.name, ctx(a, c))
  console.log('\n--- boilerplate')
  for (const [a, b] of pick(articles.flatMap((x) => x.boilerplate.map((b) => [x, b] as const)))) console.log(b.kind, JSON.stringify(b.text.slice(0, 120)))
  console.log('\n--- datelines')
  for (const a of pick(articles.filter((x) => x.dateline))) console.log(ctx(a, a.dateline!))
}
