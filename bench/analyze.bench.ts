/**
 * analyze() throughput and memory on generated corpora of real paragraphs (bench/corpus.ts):
 * MB/s and articles/s, peak memory per corpus size (each size in a fresh process, so peaks do
 * not mix), the streaming form's peak memory on the largest corpus, and a plain regex word
 * scan of the same text in the same run as the baseline.
 *
 * BENCH_ANALYZE_SIZES=1000,3000,10000 (default) picks the sizes.
 */
import { spawnSync } from 'node:child_process'
import * as E from 'fp-ts/Either'
import { analyze, analyzeStream, type RawArticle } from '../src'
import { corpusStream, generateCorpus, paragraphPool } from './corpus'
import { peakRssMiB, report, time } from './lib'

const sizes = (process.env.BENCH_ANALYZE_SIZES ?? '1000,3000,10000').split(',').map(Number)
const child = process.env.BENCH_ANALYZE_CHILD

const cpuMs = <A>(f: () => A): { result: A; cpu: number; wall: number } => {
  const c0 = process.cpuUsage()
  const t = time(f)
  const c = process.cpuUsage(c0)
  return { result: t.result, cpu: (c.user + c.system) / 1000, wall: t.ms }
}

const regexScan = (corpus: ReadonlyArray<RawArticle>): number => {
  let n = 0
  for (const a of corpus) {
    const re = /\w+/g
    while (re.exec(a.text) !== null) n++
  }
  return n
}

async function* feed(xs: Iterable<RawArticle>): AsyncIterable<RawArticle> {
  for (const x of xs) yield x
}

const runChild = async (mode: string, n: number): Promise<void> => {
  if (mode === 'batch') {
    const corpus = generateCorpus(n)
    const mb = corpus.reduce((s, a) => s + a.text.length, 0) / 1e6
    const base = cpuMs(() => regexScan(corpus))
    const rssBefore = peakRssMiB()
    const r = cpuMs(() => analyze(corpus))
    const rep = E.isRight(r.result) ? r.result.right : null
    console.log(
      JSON.stringify({
        n,
        mb,
        wallS: r.wall / 1000,
        cpuS: r.cpu / 1000,
        mbPerS: mb / (r.cpu / 1000),
        articlesPerS: n / (r.cpu / 1000),
        baselineRegexMbPerS: mb / (base.cpu / 1000),
        peakRssMiB: peakRssMiB(),
        corpusRssMiB: rssBefore,
        claims: rep?.claims.length ?? 0,
        contradictions: rep?.contradictions.length ?? 0,
        clusters: rep?.clusters.length ?? 0,
        copying: rep?.copying.length ?? 0
      })
    )
  } else {
    // The corpus is generated lazily and each window's report is dropped once counted.
    paragraphPool()
    const rssBefore = peakRssMiB()
    let chars = 0
    const counted = (function* () {
      for (const a of corpusStream(n)) {
        chars += a.text.length
        yield a
      }
    })()
    const c0 = process.cpuUsage()
    let gcCpu = 0
    let windows = 0
    let claims = 0
    // Live heap after a full collection at every window: what the stream holds on to. (Peak
    // RSS alone says little here: with a large heap limit V8 collects lazily.)
    const gc = (globalThis as { gc?: () => void }).gc
    const liveMiB: number[] = []
    for await (const r of analyzeStream(feed(counted), { window: 500, carry: 50 })) {
      windows++
      claims += r.claims.length
      if (gc !== undefined) {
        const t = process.cpuUsage()
        gc()
        liveMiB.push(Math.round(process.memoryUsage().heapUsed / 2 ** 20))
        // the collections are the benchmark's, not analyze()'s: take their CPU time back out
        const d = process.cpuUsage(t)
        gcCpu += (d.user + d.system) / 1e6
      }
    }
    const c = process.cpuUsage(c0)
    const cpu = (c.user + c.system) / 1e6 - gcCpu
    const mb = chars / 1e6
    const half = Math.floor(liveMiB.length / 2)
    const mean = (xs: ReadonlyArray<number>): number => Math.round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length))
    console.log(
      JSON.stringify({
        n,
        mb,
        windows,
        claims,
        cpuS: cpu,
        mbPerS: mb / cpu,
        peakRssMiB: peakRssMiB(),
        poolRssMiB: rssBefore,
        liveHeapMiB: { firstHalfMean: mean(liveMiB.slice(0, half)), secondHalfMean: mean(liveMiB.slice(half)), max: Math.max(0, ...liveMiB), perWindow: liveMiB }
      })
    )
  }
}

if (child !== undefined) {
  const [mode, n] = child.split(':')
  await runChild(mode ?? 'batch', Number(n))
} else {
  const spawn = (mode: string, n: number): Record<string, number> => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', '--max-old-space-size=16384', 'bench/analyze.bench.ts'], {
      env: { ...process.env, BENCH_ANALYZE_CHILD: `${mode}:${n}` },
      encoding: 'utf8',
      maxBuffer: 1 << 26
    })
    const line = r.stdout.trim().split('\n').pop() ?? '{}'
    if (r.status !== 0) console.error(r.stderr)
    return JSON.parse(line) as Record<string, number>
  }
  const figures: Record<string, unknown> = { pool: paragraphPool().sources, note: 'MB/s and articles/s per CPU second of one process (one core); peak RSS of a fresh process per size' }
  for (const n of sizes) figures[`batch-${n}`] = spawn('batch', n)
  const largest = Math.max(...sizes)
  figures[`stream-${largest}`] = spawn('stream', largest)
  report('analyze', figures)
}
