/**
 * Ingestion throughput on one core: `ingestText` over a corpus of article-sized texts (the
 * seed articles' text, each with its numbers varied so no two inputs are identical, about
 * 4 MB in all), the same for one 10 MiB single-line article (the largest input accepted by
 * default), `decodeRecords` + `ingestAll` over the corpus as NDJSON, and `decodeText` of
 * 10 MiB of bytes. Beside each: a plain `/\w+/g` word scan of the same text in the same run,
 * as the baseline the ratio is taken against.
 */
import { readdirSync, readFileSync } from 'node:fs'
import * as E from 'fp-ts/Either'
import { decodeRecords, decodeText, ingestAll, ingestText, type RawArticle } from '../src/ingest'
import { medianMs, peakRssMiB, report } from './lib'

const TARGET_CHARS = 4_000_000
const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(`seeds/${f}`, 'utf8'))

const inputs: Array<RawArticle> = []
let chars = 0
for (let i = 0; chars < TARGET_CHARS; i++) {
  const text = seeds[i % seeds.length]!.replace(/\d+/g, (d) => String((Number(d) + i) % 10_000))
  inputs.push({ id: `a${i}`, text })
  chars += text.length
}

const wordScan = (s: string): number => {
  let n = 0
  const re = /\w+/g
  while (re.exec(s) !== null) n++
  return n
}

const corpusMs = medianMs(() => inputs.map((x) => ingestText(x)), 3)
const corpusScanMs = medianMs(() => inputs.map((x) => wordScan(x.text)), 3)

const sentence = 'Rescue teams worked through the night to reach villages cut off by the landslide, officials said. '
const big = ('BOGOTA - ' + sentence.repeat(Math.ceil((10 * 1024 * 1024) / sentence.length))).slice(0, 10 * 1024 * 1024)
const bigMs = medianMs(() => ingestText({ id: 'big', text: big }), 3)
const bigScanMs = medianMs(() => wordScan(big), 3)
const bigArticle = ingestText({ id: 'big', text: big })

const ndjson = inputs.map((x) => JSON.stringify({ id: x.id, body: x.text })).join('\n')
const recordsMs = medianMs(() => ingestAll(decodeRecords(ndjson, { source: 'bench.ndjson', format: 'ndjson' }).inputs), 3)

const bytes = new TextEncoder().encode(big)
const decodeMs = medianMs(() => decodeText('big.txt', bytes), 3)

report('ingest', {
  corpusArticles: inputs.length,
  corpusMB: chars / 1e6,
  corpusMs,
  corpusMBperSec: chars / 1e6 / (corpusMs / 1000),
  corpusArticlesPerSec: inputs.length / (corpusMs / 1000),
  corpusVsWordScan: corpusMs / corpusScanMs,
  tenMiBSingleLineMs: bigMs,
  tenMiBParagraphs: E.isRight(bigArticle) ? bigArticle.right.paragraphs.length : -1,
  tenMiBVsWordScan: bigMs / bigScanMs,
  ndjsonDecodeAndIngestMs: recordsMs,
  decodeText10MiBMs: decodeMs,
  peakRssMiB: peakRssMiB()
})
