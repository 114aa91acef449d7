/**
 * Extraction throughput on one core: quotes and speakers (`extractQuotes` per article and
 * `extractQuotesFromCorpus` over the whole corpus, which adds the cross-article speaker merge),
 * then claims (`extractClaims`), beside a plain regex word scan (`/\w+/g`) of the same text
 * measured in the same run. The corpus recombines the seed articles' body paragraphs (in a
 * seeded random order, with names and numbers varied so that no two articles are identical)
 * into articles of a few kB, about 3 MB in all. Ingestion is done beforehand and not timed.
 *
 * Each figure is given three ways: the median wall time of a few runs, the fastest run, and the
 * fastest run's CPU time (process.cpuUsage, one core's work). On a shared machine the CPU figure
 * is the best estimate of the code's own speed; each ratio to the regex scan uses the same
 * statistic on both sides.
 */
import { readdirSync, readFileSync } from 'node:fs'
import * as E from 'fp-ts/Either'
import { extractClaims } from '../src/extract/claims'
import { extractQuotes, extractQuotesFromCorpus } from '../src/extract/quotes'
import { ingestText } from '../src/ingest'
import type { Article, Quote } from '../src/model'
import { medianMs, peakRssMiB, report, time, prng } from './lib'

const cpuMs = (): number => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

/** Median and fastest wall time, and fastest CPU time, of `runs` runs (after one warm-up). */
const timeRuns = (f: () => unknown, runs: number): { readonly median: number; readonly best: number; readonly cpu: number } => {
  f()
  const xs: number[] = []
  let cpu = Number.POSITIVE_INFINITY
  for (let i = 0; i < runs; i++) {
    const c0 = cpuMs()
    xs.push(time(f).ms)
    cpu = Math.min(cpu, cpuMs() - c0)
  }
  xs.sort((a, b) => a - b)
  return { median: xs[Math.floor(xs.length / 2)]!, best: xs[0]!, cpu }
}
void medianMs

const TARGET_CHARS = Number(process.env.EXTRACT_BENCH_CHARS ?? 3_000_000)


// Body paragraphs of the seeds, as ingested.
const seedArticles = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => {
    const r = ingestText({ id: f, text: readFileSync(`seeds/${f}`, 'utf8') })
    return E.isRight(r) ? [r.right] : []
  })
const paragraphs = seedArticles.flatMap((a) => a.paragraphs.map((p) => a.text.slice(p.start, p.end)))
const signoffs = ['All Content by Example Wire is licensed under a Creative Commons Attribution 4.0 International License.', '(Reporting by Example Desk; Editing by A. Editor)', '']
const surnames = ['Okafor', 'Lindqvist', 'Haddad', 'Moreau', 'Tanaka', 'Kowalski', 'Mensah', 'Duarte']

const random = prng(20_260_521)
const articles: Article[] = []
let chars = 0
for (let i = 0; chars < TARGET_CHARS; i++) {
  const n = 4 + Math.floor(random() * 8)
  const picked: string[] = []
  for (let k = 0; k < n; k++) picked.push(paragraphs[Math.floor(random() * paragraphs.length)] ?? '')
  // Vary numbers and give one recurring surname a new spelling per article, so work is not repeated verbatim.
  const surname = surnames[i % surnames.length]!
  const body = picked
    .join('\n\n')
    .replace(/\b(\d{1,3})\b/g, (m) => String((Number(m) + i) % 997))
    .replace(/\bJalali\b/g, surname)
  const text = `Story ${i}: officials and ministers on the record\n\n${body}\n\n${signoffs[i % signoffs.length]}`
  const r = ingestText({ id: `x${i}`, text })
  if (E.isLeft(r)) continue
  articles.push(r.right)
  chars += text.length
}
const texts = articles.map((a) => a.text)
const mb = chars / 1e6

// Baseline: a plain regex word scan of the same text.
let words = 0
const baseline = timeRuns(() => {
  words = 0
  for (const t of texts) {
    const re = /\w+/g
    while (re.exec(t) !== null) words++
  }
}, 7)

let nQuotes = 0
const quotes = timeRuns(() => {
  nQuotes = 0
  for (const a of articles) nQuotes += extractQuotes(a).quotes.length
}, 3)

let nSpeakers = 0
let corpusQuotes: ReadonlyArray<Quote> = []
const corpus = timeRuns(() => {
  const r = extractQuotesFromCorpus(articles)
  corpusQuotes = r.quotes
  nSpeakers = r.speakers.length
}, 3)

const byArticle = new Map<string, Quote[]>()
for (const q of corpusQuotes) {
  const xs = byArticle.get(q.articleId) ?? []
  xs.push(q)
  byArticle.set(q.articleId, xs)
}
let nClaims = 0
const claims = timeRuns(() => {
  nClaims = 0
  for (const a of articles) nClaims += extractClaims(a, byArticle.get(a.id) ?? []).length
}, 2)

const mbps = (ms: number): number => mb / (ms / 1000)
report('extract', {
  corpusMB: mb,
  articles: articles.length,
  words,
  quotes: nQuotes,
  speakers: nSpeakers,
  claims: nClaims,
  baselineRegexWordScanMBps: mbps(baseline.median),
  extractQuotesMBps: mbps(quotes.median),
  extractQuotesFromCorpusMBps: mbps(corpus.median),
  extractClaimsMBps: mbps(claims.median),
  quotesPlusClaimsMBps: mbps(corpus.median + claims.median),
  regexOverQuotesRatio: quotes.median / baseline.median,
  bestRun_baselineRegexWordScanMBps: mbps(baseline.best),
  bestRun_extractQuotesMBps: mbps(quotes.best),
  bestRun_extractQuotesFromCorpusMBps: mbps(corpus.best),
  bestRun_extractClaimsMBps: mbps(claims.best),
  bestRun_quotesPlusClaimsMBps: mbps(corpus.best + claims.best),
  bestRun_regexOverQuotesRatio: quotes.best / baseline.best,
  bestRun_regexOverQuotesFromCorpusRatio: corpus.best / baseline.best,
  cpu_baselineRegexWordScanMBps: mbps(baseline.cpu),
  cpu_extractQuotesMBps: mbps(quotes.cpu),
  cpu_extractQuotesFromCorpusMBps: mbps(corpus.cpu),
  cpu_extractClaimsMBps: mbps(claims.cpu),
  cpu_quotesPlusClaimsMBps: mbps(corpus.cpu + claims.cpu),
  cpu_regexOverQuotesRatio: quotes.cpu / baseline.cpu,
  cpu_regexOverQuotesPlusClaimsRatio: (corpus.cpu + claims.cpu) / baseline.cpu,
  targetMBps: 5,
  peakRssMiB: peakRssMiB()
})
