/**
 * Claim extraction throughput: the five seed articles repeated (with varied numbers and dates
 * so no cache short-cuts the work) to about 2 MB, read into claims on one core. Quotes are
 * extracted first and not timed here (the quotes benchmark owns that). Reports MB/s of
 * article text, claims/s, a plain regex word scan of the same text in the same run as
 * baseline, and peak memory.
 */
import { readdirSync, readFileSync } from 'node:fs'
import * as E from 'fp-ts/Either'
import { extractClaims } from '../src/extract/claims'
import { extractQuotes } from '../src/extract/quotes'
import { ingestText } from '../src/ingest'
import type { Article, Quote } from '../src/model'
import { medianMs, peakRssMiB, report } from './lib'

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

let nClaims = 0
const ms = medianMs(() => {
  nClaims = 0
  for (const x of inputs) nClaims += extractClaims(x.article, x.quotes).length
}, 3)
const all = inputs.map((x) => x.article.text).join('\n')
let words = 0
const baselineMs = medianMs(() => {
  words = 0
  const re = /[\p{L}\p{N}]+/gu
  while (re.exec(all) !== null) words++
}, 5)

report('claims', {
  articles: inputs.length,
  megabytes: mb,
  claims: nClaims,
  ms,
  mbPerSecond: mb / (ms / 1000),
  claimsPerSecond: nClaims / (ms / 1000),
  baselineRegexWordScanMbPerSecond: mb / (baselineMs / 1000),
  baselineWords: words,
  peakRssMiB: peakRssMiB()
})
