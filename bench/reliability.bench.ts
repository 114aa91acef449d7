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
 * Then the news side: `scoreSources` (signals per article, outlet and speaker) and
 * `propositionsFromClaims` on generated pipeline records of BENCH_SIGNALS_SIZES articles
 * (default 1000,4000,16000; per article about as many quotes, claims, contradictions, clusters
 * and copy records as analyze() finds in the generated news corpus), in CPU milliseconds (best of
 * three), with the growth exponent between consecutive sizes (1 = linear).
 * BENCH_RELIABILITY=signals or =truth runs one part only.
 *
 *   npm run bench reliability
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { loadavg } from 'node:os'
import { discoverTruth, propositionsFromClaims, scoreSources, TRUTH_ALGORITHMS, type Observation, type ReliabilityInput } from '../src/reliability'
import type { Article, Claim, Cluster, Contradiction, Copying, Quote } from '../src/model'
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

// -------------------------------------------------------------------------------------
// news records
// -------------------------------------------------------------------------------------

const VOCABULARY = (
  'the minister said officials reported that strike on depot failed succeeded again after talks with rebels near border ' +
  'army police city council bridge flood port fire storm vote court ruling protest government spokesman added'
).split(' ')
const LOADED = ['regime', 'baseless', 'sheer lie', 'so-called', 'without evidence', 'terrorists']

/**
 * Pipeline records for `n` articles: 25 outlets (a tenth of articles without one), about 4.5
 * statement quotes, 13 claims, 3.7 contradictions (a tenth inside one article), 0.65 clusters
 * and 1.4 copy records per article, speakers from a pool that grows with the corpus.
 */
const newsRecords = (n: number): ReliabilityInput => {
  const rnd = prng(2024 + n)
  const int = (k: number): number => Math.floor(rnd() * k)
  const text = (words: number): string =>
    Array.from({ length: words }, () => (rnd() < 0.01 ? LOADED[int(LOADED.length)] : VOCABULARY[int(VOCABULARY.length)])).join(' ')
  const outletOf = (i: number): string | null => (i % 10 === 9 ? null : `Outlet ${i % 25}`)
  const aid = (i: number): string => `a${i}`
  const articles = Array.from({ length: n }, (_v, i): Article => {
    const body = text(250 + int(300))
    const o = outletOf(i)
    return {
      id: aid(i), text: body, outlet: o === null ? null : { id: o, name: o, evidence: 'metadata', span: null },
      published: null, dateline: null, byline: null, title: null, newsId: null,
      paragraphs: [{ start: 0, end: body.length }], boilerplate: [], warnings: [],
      citedSources: rnd() < 0.3 ? [{ name: `Agency ${int(8)}`, start: 0, end: 0 }] : []
    } as unknown as Article
  })
  const speakers = Math.max(10, Math.floor(n / 2))
  const quotes: Quote[] = []
  const claims: Claim[] = []
  const claimsOf: Claim[][] = []
  for (let i = 0; i < n; i++) {
    const mine: Claim[] = []
    claimsOf.push(mine)
    const nq = 2 + int(6)
    for (let j = 0; j < nq; j++) {
      const anonymous = rnd() < 0.15
      const said = text(8 + int(25))
      quotes.push({
        id: `q${i}-${j}`, articleId: aid(i), text: said, start: j * 100, end: j * 100 + said.length, isStatement: rnd() < 0.9,
        speaker: anonymous ? 'officials' : rnd() < 0.1 ? null : `Speaker ${int(speakers)}`, anonymous
      } as unknown as Quote)
    }
    const nc = 8 + int(11)
    for (let j = 0; j < nc; j++) {
      const own = rnd() < 0.4
      mine.push({
        id: `c${i}-${j}`, articleId: aid(i), quoteId: own ? null : `q${i}-0`, outlet: outletOf(i),
        modality: rnd() < 0.3 ? 'hedged' : 'asserted', certainty: rnd() < 0.3 ? 0.7 : 1,
        assertedBy: own ? { kind: 'outlet', name: outletOf(i), speakerId: null, anonymous: false } : { kind: 'speaker', name: `Speaker ${int(speakers)}`, speakerId: null, anonymous: rnd() < 0.15 },
        predicate: 'outcome', outcome: rnd() < 0.5 ? 'success' : 'failure', polarity: 'positive', places: [], quantities: [],
        event: { actor: null, action: 'strike', target: null, place: null, timeFrom: null, timeTo: null, keywords: [] }
      } as unknown as Claim)
    }
    claims.push(...mine)
  }
  const claimAt = (): Claim => claims[int(claims.length)] as Claim
  const side = (c: Claim) => ({ claimId: c.id, articleId: c.articleId, text: '', start: 0, end: 0, speaker: null, outlet: c.outlet })
  const contradictions = Array.from({ length: Math.round(3.7 * n) }, (_v, k): Contradiction => {
    const a = claimAt()
    const inside = rnd() < 0.1 ? claimsOf[Number(a.articleId.slice(1))]?.find((c) => c.id !== a.id) : undefined
    const b = inside ?? claimAt()
    return { id: `x${k}`, kind: rnd() < 0.7 ? 'outcome' : 'occurrence', rule: 'r', confidence: 0.8, a: side(a), b: side(b), explanation: '', event: `event ${int(n)}`, evidence: [] } as unknown as Contradiction
  })
  // copying and clusters between nearby articles (stories recur within days)
  const near = (i: number): number => Math.min(n - 1, i + 1 + int(20))
  const copying = Array.from({ length: Math.round(1.4 * n) }, (): Copying => {
    const i = int(n)
    const direction = (['a->b', 'b->a', 'common-source', null] as const)[int(4)]
    return { a: aid(i), b: aid(near(i)), sharedWords: 10 + int(60), overlap: 0.5, direction, reason: '', passages: [] } as unknown as Copying
  })
  const clusters = Array.from({ length: Math.round(0.65 * n) }, (_v, k): Cluster => {
    const i = int(n)
    const members = Array.from({ length: 2 + int(4) }, (_w, j) => {
      const at = j === 0 ? i : near(i)
      return { articleId: aid(at), quoteId: `q${at}-0`, outlet: outletOf(at), published: null, speaker: null, text: '', start: 0, end: 0 }
    })
    return { id: `k${k}`, kind: 'quote', members } as unknown as Cluster
  })
  return { articles, quotes, claims, clusters, copying, contradictions }
}

const bestCpuMs = (f: () => unknown, runs = 3): number => {
  let best = Number.POSITIVE_INFINITY
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage()
    f()
    const c = process.cpuUsage(c0)
    best = Math.min(best, (c.user + c.system) / 1000)
  }
  return best
}

const signalsFigures = (): Record<string, unknown> => {
  const sizes = (process.env['BENCH_SIGNALS_SIZES'] ?? '1000,4000,16000').split(',').map(Number).filter((x) => x > 0)
  const figures: Record<string, unknown> = {}
  let prev: { n: number; score: number; props: number } | null = null
  for (const n of sizes) {
    const input = newsRecords(n)
    const score = bestCpuMs(() => scoreSources(input))
    const props = bestCpuMs(() => propositionsFromClaims(input))
    figures[`signals.${n}.records`] = input.quotes.length + input.claims.length + input.contradictions.length + input.clusters.length + input.copying.length
    figures[`signals.${n}.scoreSourcesCpuMs`] = score
    figures[`signals.${n}.propositionsCpuMs`] = props
    if (prev !== null) {
      const growth = Math.log(n / prev.n)
      figures[`signals.${n}.scoreSourcesExponent`] = prev.score > 0 ? Math.log(score / prev.score) / growth : 0
      figures[`signals.${n}.propositionsExponent`] = prev.props > 0 ? Math.log(props / prev.props) / growth : 0
    }
    prev = { n, score, props }
  }
  return figures
}

const main = async (): Promise<void> => {
  const part = process.env['BENCH_RELIABILITY'] ?? 'all'
  if (part === 'signals') {
    report('reliability-signals', { ...signalsFigures(), loadAverage1m: loadavg()[0] })
    return
  }
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
  if (part !== 'truth') report('reliability-signals', { ...signalsFigures(), loadAverage1m: loadavg()[0] })
}

void main()
