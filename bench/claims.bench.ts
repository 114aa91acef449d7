/**
 * Claim extraction throughput: the five seed articles repeated (with varied numbers and dates
 * so no cache short-cuts the work) to about 2 MB, read into claims on one core. Quotes are
 * extracted first and not timed for the claims figure; the quotes + claims figure times both
 * stages per article, as analyze() runs them, and quotes alone is shown beside it. Reports MB/s
 * of article text (wall and CPU time), claims/s, a plain regex word scan of the same text in the
 * same run as baseline (and the ratio to it), and peak memory.
 */
import { readdirSync, readFileSync } from 'node:fs'
import * as E from 'fp-ts/Either'
import { extractClaims } from '../src/extract/claims'
import { extractQuotes } from '../src/extract/quotes'
import { ingestText } from '../src/ingest'
import type { Article, Quote } from '../src/model'
import { peakRssMiB, report, time } from './lib'

const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(`seeds/${f}`, 'utf8'))

const TARGET_CHARS = Number(process.env.BENCH_CHARS ?? 2_000_000)
const inputs: Array<{ article: Article; quotes: ReadonlyArray<Quote> }> = []
let chars = 0
for (let i = 0; chars < TARGET_CHARS; i++) {
  const base = seeds[i % seeds.length] ?? ''
  const text = base.replace(/\b(\d{1,3})\b/g, (m) => String((Number(m) + i) % 997)).replace(/\b(19|20)(\d\d)\b/g, (_m, a: string, b: string) => `${a}${String((Number(b) + i) % 30).padStart(2, '0')}`)
  const r = ingestText({ id: `b${i}`, text })
  if (E.isLeft(r)) continue
  inputs.push({ article: r.right, quotes: extractQuotes(r.right).quotes })
  chars += text.length
}
const mb = chars / 1e6

/**
 * Median wall time and median CPU time (user + system) of `runs` runs after two warm-ups (the
 * claim reader needs two passes before its memo tables and JIT settle). On a shared, loaded
 * machine the CPU time is the steadier figure.
 */
const measure = (f: () => void, runs: number): { readonly ms: number; readonly cpuMs: number } => {
  f()
  f()
  const wall: number[] = []
  const cpu: number[] = []
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage()
    wall.push(time(f).ms)
    const c = process.cpuUsage(c0)
    cpu.push((c.user + c.system) / 1000)
  }
  const med = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN
  return { ms: med(wall), cpuMs: med(cpu) }
}

let nClaims = 0
const claimsT = measure(() => {
  nClaims = 0
  for (const x of inputs) nClaims += extractClaims(x.article, x.quotes).length
}, 3)
// the two extraction stages together, as analyze() runs them on each article
const bothT = measure(() => {
  for (const x of inputs) extractClaims(x.article, extractQuotes(x.article).quotes)
}, 3)
const quotesT = measure(() => {
  for (const x of inputs) extractQuotes(x.article)
}, 3)
const all = inputs.map((x) => x.article.text).join('\n')
let words = 0
const baseT = measure(() => {
  words = 0
  const re = /[\p{L}\p{N}]+/gu
  while (re.exec(all) !== null) words++
}, 5)
const rate = (ms: number): number => mb / (ms / 1000)

report('claims', {
  articles: inputs.length,
  megabytes: mb,
  claims: nClaims,
  ms: claimsT.ms,
  mbPerSecond: rate(claimsT.ms),
  claimsPerSecond: nClaims / (claimsT.ms / 1000),
  quotesAndClaimsMbPerSecond: rate(bothT.ms),
  quotesAloneMbPerSecond: rate(quotesT.ms),
  baselineRegexWordScanMbPerSecond: rate(baseT.ms),
  ratioToRegexScan: baseT.ms / claimsT.ms,
  quotesAndClaimsRatioToRegexScan: baseT.ms / bothT.ms,
  cpuMbPerSecond: rate(claimsT.cpuMs),
  cpuQuotesAndClaimsMbPerSecond: rate(bothT.cpuMs),
  cpuQuotesAloneMbPerSecond: rate(quotesT.cpuMs),
  cpuBaselineRegexWordScanMbPerSecond: rate(baseT.cpuMs),
  cpuRatioToRegexScan: baseT.cpuMs / claimsT.cpuMs,
  baselineWords: words,
  peakRssMiB: peakRssMiB()
})
