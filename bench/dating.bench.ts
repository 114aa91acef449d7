/**
 * Publication-date inference throughput: the five seed articles repeated (numbers, years and
 * place words varied per copy so events differ), the copies of the one seed with a date header
 * keep it and the others are undated. Times `inferPublicationDates` on N and 2N articles (the
 * ratio shows whether cost grows linearly: events are found through keyword postings, never by
 * comparing all pairs), against a plain regex word scan of the same text as baseline, and
 * reports peak memory.
 */
import { readdirSync, readFileSync } from 'node:fs'
import * as E from 'fp-ts/Either'
import { inferPublicationDates } from '../src/extract/dating'
import { ingestText } from '../src/ingest'
import type { Article } from '../src/model'
import { peakRssMiB, report, time } from './lib'

const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(`seeds/${f}`, 'utf8'))

const N = Number(process.env.BENCH_ARTICLES ?? 1000)
const PLACES = ['Hormuz', 'Aden', 'Lesbos', 'Crete', 'Malta', 'Sicily', 'Cyprus', 'Rhodes', 'Corfu', 'Bari', 'Split', 'Varna', 'Izmir', 'Haifa', 'Tartus', 'Oran']
const corpus = (n: number): ReadonlyArray<Article> => {
  const out: Article[] = []
  for (let i = 0; out.length < n; i++) {
    const base = seeds[i % seeds.length] ?? ''
    const place = `${PLACES[i % PLACES.length] ?? ''}${Math.floor(i / PLACES.length)}`
    const text = base
      .replace(/\b(\d{1,3})\b/g, (m) => String((Number(m) + i) % 997))
      .replace(/\bHormuz\b/g, place)
      .replace(/\b20(1\d)\b/g, (_m, b: string) => `20${String(10 + ((Number(b) + i) % 15))}`)
    const r = ingestText({ id: `d${i}`, text })
    if (E.isRight(r)) out.push(r.right)
  }
  return out
}

const small = corpus(N)
const large = corpus(2 * N)
const chars = (xs: ReadonlyArray<Article>): number => xs.reduce((s, a) => s + a.text.length, 0)
const a = time(() => inferPublicationDates(small))
const b = time(() => inferPublicationDates(large))
const scan = time(() => large.reduce((s, x) => s + (x.text.match(/\w+/g)?.length ?? 0), 0))
report('dating', {
  articles: large.length,
  mb: chars(large) / 1e6,
  msN: a.ms,
  ms2N: b.ms,
  growth2N: b.ms / a.ms,
  mbPerS: chars(large) / 1e6 / (b.ms / 1000),
  undatedDated: b.result.filter((d) => d.verdict === 'inferred').length,
  baselineWordScanMs: scan.ms,
  ratioToScan: b.ms / scan.ms,
  peakRssMiB: peakRssMiB()
})
