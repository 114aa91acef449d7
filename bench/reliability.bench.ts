/**
 * Truth-discovery benchmark: `discoverTruth` throughput (observations per second) per algorithm
 * on the Books data set (AbeBooks author lists, 33k observations, ../shared/datasets/truth/books,
 * normalised as in scripts/eval/truth.ts), beside majority vote measured in the same run (the
 * `xVote` ratio: how many times slower than vote). When the data set is absent it says so and
 * runs on a generated data set of the same shape instead (same numbers of observations, items
 * and sources; a few careful sources, many sloppy ones, some copiers), so the figures stay
 * comparable in kind.
 *
 * Each algorithm: one warm-up, then the median of BENCH_RUNS runs (default 3; AccuCopy, which
 * takes seconds, once). Vote is timed again at the end (`vote.msAgain`): the gap between the
 * two vote figures shows the noise of the run. The machine is shared: the load average is recorded.
 *
 *   npm run bench reliability
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { loadavg } from 'node:os'
import { discoverTruth, TRUTH_ALGORITHMS, type Observation } from '../src/reliability'
import { medianMs, peakRssMiB, report, prng } from './lib'

const BOOKS = join('..', 'shared', 'datasets', 'truth', 'books')


/**
 * A generated data set with Books' shape: `observations` claims over `items` items by `sources`
 * sources. Source accuracies range from 0.5 to 0.98; one source in ten copies another one's
 * values (with its errors) on most items.
 */
const generate = (observations: number, items: number, sources: number): Observation[] => {
  const rnd = prng(20091)
  const accuracy = Array.from({ length: sources }, () => 0.5 + 0.48 * rnd())
  const original = Array.from({ length: sources }, (_v, s) => (s % 10 === 9 ? Math.floor(rnd() * sources) : -1))
  const said = new Map<string, string>()
  const out: Observation[] = []
  const seen = new Set<string>()
  while (out.length < observations) {
    const s = Math.floor(Math.pow(rnd(), 2) * sources) // a few sources cover most items
    const i = Math.floor(rnd() * items)
    const key = `${s}|${i}`
    if (seen.has(key)) continue
    seen.add(key)
    const from = original[s] ?? -1
    const copied = from >= 0 && rnd() < 0.8 ? said.get(`${from}|${i}`) : undefined
    const value = copied ?? (rnd() < (accuracy[s] ?? 0.5) ? 'true' : `false-${Math.floor(rnd() * 5)}`)
    said.set(key, value)
    out.push({ source: `source-${s}`, item: `item-${i}`, value })
  }
  return out
}

const loadBooks = async (): Promise<Observation[]> => {
  process.env['TRUTH_EXPERIMENT'] = '1' // import the loaders without running the evaluation
  const m = await import('../scripts/eval/truth')
  return m.loadBooks().observations
}

const main = async (): Promise<void> => {
  const present = existsSync(BOOKS)
  if (!present) console.log(`reliability bench: no Books data at ${BOOKS}; using a generated data set of the same shape`)
  const observations = present ? await loadBooks() : generate(33127, 1263, 897)
  const runs = Math.max(1, Math.round(Number(process.env['BENCH_RUNS'] ?? 3)) || 3)
  const figures: Record<string, unknown> = {
    data: present ? 'books' : 'generated (books-shaped)',
    observations: observations.length,
    items: new Set(observations.map((o) => o.item)).size,
    sources: new Set(observations.map((o) => o.source)).size,
    runs,
    loadAverage1m: loadavg()[0]
  }
  let voteMs = Number.NaN
  for (const algorithm of TRUTH_ALGORITHMS) {
    const ms = medianMs(() => discoverTruth(observations, { algorithm }), algorithm === 'accucopy' ? 1 : runs)
    if (algorithm === 'vote') voteMs = ms
    figures[`${algorithm}.ms`] = ms
    figures[`${algorithm}.observationsPerSecond`] = ms > 0 ? (observations.length * 1000) / ms : 0
    figures[`${algorithm}.xVote`] = voteMs > 0 ? ms / voteMs : 0
  }
  // vote again at the end: the spread between the two vote figures is the noise of the run
  figures['vote.msAgain'] = medianMs(() => discoverTruth(observations, { algorithm: 'vote' }), runs)
  figures['peakRssMiB'] = peakRssMiB()
  report('reliability', figures)
}

void main()
