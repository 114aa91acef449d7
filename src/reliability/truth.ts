/**
 * Truth discovery: given conflicting observations `{ source, item, value }`, which value of each
 * item is most likely true and how far each source can be trusted.
 *
 * Algorithms:
 * - `vote`: majority vote, the baseline;
 * - `sums`, `average-log`, `investment`, `pooled-investment`: Pasternack & Roth (COLING 2010);
 * - `truthfinder`: Yin, Han & Yu (TKDE 2008), with implications between values;
 * - `accu`, `accucopy`: Dong, Berti-Equille & Srivastava (VLDB 2009). AccuCopy discounts the
 *   votes of sources that copy one another: a value repeated by a copier is not independent
 *   support. Copy probabilities are either given (e.g. from the copy detector's `Copying`
 *   records) or estimated from shared false values, as in the paper.
 * - `lca`: Latent Credibility Analysis, Pasternack & Roth (WWW 2013), SimpleLCA or GuessLCA by
 *   EM with a Beta prior on each source's honesty (see `./truth-lca.ts`).
 *
 * Every algorithm converges or stops at a bound, never yields NaN, and is deterministic: the
 * result depends on the set of observations, not on their order.
 *
 * @since 0.1.0
 */
import {
  accu,
  averageLog,
  independentSupport,
  investment,
  pairKey,
  pooledInvestment,
  sums,
  truthFinder,
  vote,
  type Params,
  type Run
} from './internal/algorithms'
import { buildGraph, clamp, finiteOr } from './internal/graph'
import { lca } from './truth-lca'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * One observation: `source` says that `item` has `value`. Values are compared as strings:
 * normalise them (and cluster equivalent ones) before calling {@link discoverTruth}.
 *
 * @example
 * import type { Observation } from 'gainsay'
 * const o: Observation = { source: 'Reuters', item: 'quake:magnitude', value: '6.1' }
 *
 * @since 0.1.0
 */
export interface Observation {
  readonly source: string
  readonly item: string
  readonly value: string
}

/**
 * The algorithms {@link discoverTruth} runs.
 *
 * @example
 * import type { TruthAlgorithm } from 'gainsay'
 * const a: TruthAlgorithm = 'accucopy'
 *
 * @since 0.1.0
 */
export type TruthAlgorithm =
  | 'vote'
  | 'sums'
  | 'average-log'
  | 'investment'
  | 'pooled-investment'
  | 'truthfinder'
  | 'accu'
  | 'accucopy'
  | 'lca'

/**
 * Every algorithm name, in a fixed order.
 *
 * @example
 * import { TRUTH_ALGORITHMS } from 'gainsay'
 * TRUTH_ALGORITHMS.includes('accucopy') // true
 *
 * @since 0.1.0
 */
export const TRUTH_ALGORITHMS: ReadonlyArray<TruthAlgorithm> = [
  'vote',
  'sums',
  'average-log',
  'investment',
  'pooled-investment',
  'truthfinder',
  'accu',
  'accucopy',
  'lca'
]

/**
 * The probability that two sources are dependent (one copies the other, either way), e.g.
 * from the copy detector. Order of `a` and `b` does not matter.
 *
 * @example
 * import { discoverTruth, type CopyProbability } from 'gainsay'
 * const cp: CopyProbability = { a: 'wire', b: 'mirror', probability: 1 }
 * discoverTruth([], { algorithm: 'accucopy', copyProbabilities: [cp] }).items // []
 *
 * @since 0.1.0
 */
export interface CopyProbability {
  readonly a: string
  readonly b: string
  readonly probability: number
}

/**
 * Options of {@link discoverTruth}. Every parameter has the default of the paper that
 * introduced it; out-of-range values are clamped into range (documented per field), never
 * rejected.
 *
 * @example
 * import { discoverTruth, type TruthOptions } from 'gainsay'
 * const options: TruthOptions = { algorithm: 'truthfinder', gamma: 0.3, rho: 0.5, initialTrust: 0.9 }
 * discoverTruth([{ source: 's', item: 'i', value: 'v' }], options).converged // true
 *
 * @since 0.1.0
 */
export interface TruthOptions {
  readonly algorithm: TruthAlgorithm
  /** Iteration bound (defaults: 20 for Sums/Average-Log/Investment, 10 for PooledInvestment, 100 otherwise; clamped to [1, 10000]). */
  readonly maxIterations?: number
  /**
   * Stop when successive rounds differ by less than this (TruthFinder: cosine distance between
   * trust vectors, default 0.001; Accu/AccuCopy: largest accuracy change, default 1e-4; others
   * 1e-6). Clamped to [0, 1].
   */
  readonly tolerance?: number
  /** Run exactly `maxIterations` rounds (default for Sums, Average-Log and the Investments, as published). */
  readonly fixedIterations?: boolean
  /** TruthFinder dampening factor gamma (default 0.3; clamped to (0, 1]). */
  readonly gamma?: number
  /**
   * Weight of implications between values, TruthFinder's rho and AccuSim's (default 0.5); for
   * LCA, the share of a mistaken assertion that lands on values similar to the truth. Clamped
   * to [0, 1]; only used with `similarity`.
   */
  readonly rho?: number
  /** TruthFinder's initial source trust (default 0.9; clamped to [0.01, 0.99]). */
  readonly initialTrust?: number
  /** TruthFinder's base similarity: implication = similarity - base (default 0; clamped to [0, 1]). */
  readonly baseSimilarity?: number
  /** Accu/AccuCopy initial source accuracy, LCA's initial honesty (default 0.8; clamped to [0.01, 0.99]). */
  readonly initialAccuracy?: number
  /**
   * Accu/AccuCopy: number of false values in each item's domain, n (default 100; at least 1),
   * or `'observed'`: the other values observed for the item are its only false values
   * (n = values observed - 1), the mutual-exclusion set of Pasternack & Roth's latent
   * credibility models (WWW 2013). Use `'observed'` when items have few candidate values that
   * sources choose between (figures, dates); a fixed n when any value could be claimed.
   * AccuCopy's copy detection always uses a domain of 100 false values when given `'observed'`
   * (sharing a false value must stay rare evidence of copying).
   */
  readonly falseValues?: number | 'observed'
  /** AccuCopy: probability that a copier copies a given value, c (default 0.8; clamped to [0, 1]). */
  readonly copyRate?: number
  /** AccuCopy: prior probability of copying in each direction, alpha (default 0.2; clamped to [0.001, 0.49]). */
  readonly copyPrior?: number
  /** Investment's growth exponent g (default 1.2; PooledInvestment 1.4; clamped to [1, 3]). */
  readonly exponent?: number
  /**
   * Accu/AccuCopy: weight, in claims, of the initial accuracy in each source's accuracy
   * (default 0, the paper's plain mean). A source with few claims then stays near the prior
   * instead of being trusted on the strength of one lucky value.
   */
  readonly accuracyPrior?: number
  /**
   * AccuCopy: fewest items two sources must both cover before copying between them is inferred
   * (default 3; at least 1). One shared false value is chance as often as it is copying.
   */
  readonly minOverlap?: number
  /**
   * AccuCopy: overlap damping m0 (default 0, the paper's plain likelihood ratio; clamped to
   * [0, 1e6]): the log-likelihood ratio of copying over m shared items is scaled by
   * m / (m + m0), so that thin overlap leaves the dependence near the prior.
   */
  readonly overlapDamping?: number
  /**
   * AccuCopy: least share of the copier's own values that the shared values must make up for
   * copying in that direction to be considered (default 0; clamped to [0, 1]), after Dong,
   * Berti-Equille, Hu & Srivastava (VLDB 2010): copying must explain a significant part of the
   * copier.
   */
  readonly copyShare?: number
  /**
   * LCA: `'simple'` (default; SimpleLCA: a source asserts the truth with probability H, else
   * another observed value) or `'guess'` (GuessLCA: a source knows the truth with probability H,
   * else guesses uniformly among the item's observed values, so an uncontested value is no
   * evidence of honesty).
   */
  readonly lcaModel?: 'simple' | 'guess'
  /**
   * LCA: weight of the Beta prior on each source's honesty, in pseudo-claims (default 2; 0 is
   * maximum likelihood; clamped to [0, 1e6]). A source with few claims stays near the prior
   * mean instead of being trusted, or condemned, on one claim.
   */
  readonly honestyPrior?: number
  /**
   * LCA: mean of the honesty prior: a number in [0.01, 0.99], or `'pooled'` (default): the mean
   * honesty of the sources of the same group (`sourceGroup`), re-estimated each round.
   */
  readonly honestyPriorMean?: number | 'pooled'
  /**
   * LCA with a pooled prior: the group of a source (e.g. `'anonymous'` vs `'named'`), whose
   * mean honesty is the prior of its members. Default: one group. A throwing or non-string
   * result puts the source in the default group.
   */
  readonly sourceGroup?: (source: string) => string
  /** AccuCopy: known dependence between sources; when absent it is estimated from shared false values. */
  readonly copyProbabilities?: ReadonlyArray<CopyProbability>
  /**
   * How a tie between top-scored values is broken (it is reported either way, in
   * `ItemTruth.tie`, `tied` and `tieBreak`): `'trust'` (default) prefers the value whose
   * sources have the larger total trust as the algorithm estimated it, falling back to
   * code-unit order when that ties too; `'order'` takes code-unit order.
   */
  readonly tieBreak?: 'trust' | 'order'
  /**
   * Similarity of two values of an item in [0, 1] (e.g. of two numbers, or of two author
   * lists). TruthFinder and Accu/AccuCopy let similar values support each other; LCA lets a
   * mistake land near the truth more often than far from it.
   */
  readonly similarity?: (item: string, v1: string, v2: string) => number
}

/**
 * One value claimed for an item.
 *
 * @example
 * import { discoverTruth, type ValueBelief } from 'gainsay'
 * const v: ValueBelief | undefined = discoverTruth([{ source: 's', item: 'i', value: 'v' }], { algorithm: 'vote' }).items[0]?.values[0]
 * v?.confidence // 1
 *
 * @since 0.1.0
 */
export interface ValueBelief {
  readonly value: string
  /** The algorithm's own score for the value, in [0, 1] (vote: count / largest count; Accu, LCA: probability). */
  readonly score: number
  /** The score normalised over the item's values (they sum to 1). */
  readonly confidence: number
  /** Sources asserting the value, sorted. */
  readonly sources: ReadonlyArray<string>
  /** Number of sources with copies collapsed (AccuCopy); the plain count otherwise. */
  readonly independentSupport: number
}

/**
 * The values of one item, best first, and the chosen one.
 *
 * @example
 * import { discoverTruth, type ItemTruth } from 'gainsay'
 * const it: ItemTruth | undefined = discoverTruth([{ source: 's', item: 'i', value: 'v' }], { algorithm: 'vote' }).items[0]
 * it?.value // 'v'
 *
 * @since 0.1.0
 */
export interface ItemTruth {
  readonly item: string
  /**
   * The chosen value: the highest score. When several values share it (`tie`), the one chosen
   * among them is said by `tieBreak`; read `tied` before presenting `value` as the answer.
   */
  readonly value: string
  /** Confidence of the chosen value. */
  readonly confidence: number
  /** True when another value has the same score as the chosen one (to a relative 1e-9). */
  readonly tie: boolean
  /** The values sharing the top score, in code-unit order; empty when there is no tie. */
  readonly tied: ReadonlyArray<string>
  /**
   * How `value` was chosen among `tied`: `'none'` (no tie), `'trust'` (the tied value whose
   * sources have the larger total trust) or `'order'` (trust could not separate them, or
   * `tieBreak: 'order'` was asked: the first in code-unit order, an arbitrary pick).
   */
  readonly tieBreak: 'none' | 'trust' | 'order'
  /** Values best first: score, then (on a tie) the tie-break, then code-unit order. */
  readonly values: ReadonlyArray<ValueBelief>
}

/**
 * How far a source can be trusted, in [0, 1] (vote: share of its values that won;
 * TruthFinder: trustworthiness; Accu: accuracy; LCA: honesty; Sums and Investments:
 * max-normalised trust).
 *
 * @example
 * import { discoverTruth, type SourceTrust } from 'gainsay'
 * const s: SourceTrust | undefined = discoverTruth([{ source: 's', item: 'i', value: 'v' }], { algorithm: 'accu' }).sources[0]
 * s?.claims // 1
 *
 * @since 0.1.0
 */
export interface SourceTrust {
  readonly source: string
  readonly trust: number
  readonly claims: number
}

/**
 * Dependence between two sources found (or given) by AccuCopy.
 *
 * @example
 * import { discoverTruth, type SourceDependence } from 'gainsay'
 * const deps: ReadonlyArray<SourceDependence> = discoverTruth([], { algorithm: 'accucopy' }).dependencies
 * deps.length // 0
 *
 * @since 0.1.0
 */
export interface SourceDependence {
  readonly a: string
  readonly b: string
  readonly probability: number
}

/**
 * The outcome of {@link discoverTruth}.
 *
 * @example
 * import { discoverTruth, type TruthResult } from 'gainsay'
 * const r: TruthResult = discoverTruth([], { algorithm: 'vote' })
 * r.items.length // 0
 *
 * @since 0.1.0
 */
export interface TruthResult {
  readonly algorithm: TruthAlgorithm
  /** Items in code-unit order. */
  readonly items: ReadonlyArray<ItemTruth>
  /** Sources in code-unit order. */
  readonly sources: ReadonlyArray<SourceTrust>
  /** AccuCopy's source dependences above 0.01, strongest first; empty for other algorithms. */
  readonly dependencies: ReadonlyArray<SourceDependence>
  readonly iterations: number
  /** False when the iteration bound stopped it first. */
  readonly converged: boolean
}

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

const num = (x: number | undefined, fallback: number, lo: number, hi: number): number =>
  x === undefined || !Number.isFinite(x) ? fallback : clamp(x, lo, hi)

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Two scores are tied when they agree to a relative 1e-9 (float noise is not a preference). */
const sameScore = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b))

const safeSimilarity =
  (f: TruthOptions['similarity']): Params['similarity'] =>
  (item, a, b) => {
    if (f === undefined) return 0
    try {
      return clamp(finiteOr(f(item, a, b), 0), 0, 1)
    } catch {
      return 0
    }
  }

/** Group index of each source (groups numbered in code-unit order of their names), or null. */
const groupIndices = (sources: ReadonlyArray<string>, f: TruthOptions['sourceGroup']): number[] | null => {
  if (typeof f !== 'function') return null
  const names = sources.map((s) => {
    try {
      const x = f(s)
      return typeof x === 'string' ? x : ''
    } catch {
      return ''
    }
  })
  const distinct = [...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const index = new Map(distinct.map((n, i) => [n, i] as const))
  return names.map((n) => index.get(n) ?? 0)
}

/** LCA with the options of {@link discoverTruth}, as a {@link Run}. */
const lcaRun = (g: ReturnType<typeof buildGraph>, params: Params, options: TruthOptions): Run => {
  const mean = options.honestyPriorMean
  const r = lca(g, {
    model: options.lcaModel === 'guess' ? 'guess' : 'simple',
    maxIterations: params.maxIterations,
    tolerance: params.tolerance,
    initialHonesty: params.initialAccuracy,
    priorWeight: num(options.honestyPrior, 2, 0, 1e6),
    priorMean: typeof mean === 'number' ? num(mean, 0.8, 0.01, 0.99) : 'pooled',
    groups: groupIndices(g.sources, options.sourceGroup),
    similarity: params.similarity,
    rho: params.rho
  })
  return { belief: r.belief, trust: r.trust, iterations: r.iterations, converged: r.converged, dependence: null }
}

/**
 * Runs a truth-discovery algorithm over observations.
 *
 * When to use which: `vote` when sources are few and equally good; `truthfinder`, `accu` or
 * `lca` when some sources are systematically better (`lca` when most sources make few claims:
 * its honesty prior keeps them near the mean of their kind, see `sourceGroup`); `accucopy`
 * when sources may copy each other (news agencies re-running each other's copy, bookstores
 * sharing a catalogue) — a copied value is then not counted as independent support.
 *
 * Gotchas: values are compared as exact strings, so cluster equivalent values first (or give
 * `similarity`). Empty strings are ignored, duplicate observations count once. A source should
 * give one value per item (its latest): two values from one source are two separate votes.
 *
 * Ties: when values share the top score the item says so (`tie`, `tied`) and says how `value`
 * was picked (`tieBreak`): by default the tied value whose sources the algorithm trusts more in
 * total, else code-unit order, which is arbitrary; a caller that must not guess should treat
 * `tieBreak === 'order'` as "undecided" (the proposition layer reports no favoured value on any
 * tie).
 *
 * Limitation of `accucopy`: copying is detected from shared values the algorithm believes
 * false, starting from Accu's answer. When a copying pair outnumbers the independent sources on
 * every item where they err, their errors look true from the first round, so the copying is never
 * seen and the pair wins. Independent sources that agree with each other are what let it notice.
 *
 * @example
 * import { discoverTruth } from 'gainsay'
 * const obs = [
 *   { source: 'a', item: 'capital', value: 'Canberra' },
 *   { source: 'b', item: 'capital', value: 'Canberra' },
 *   { source: 'c', item: 'capital', value: 'Sydney' }
 * ]
 * discoverTruth(obs, { algorithm: 'vote' }).items[0]?.value // 'Canberra'
 * // Latent Credibility Analysis: per-source honesty with a Beta prior, fitted by EM
 * discoverTruth(obs, { algorithm: 'lca', honestyPrior: 2 }).sources[2]?.trust // c's honesty, below a's
 * const split = [
 *   { source: 'a', item: 'founded', value: '1821' },
 *   { source: 'b', item: 'founded', value: '1822' }
 * ]
 * discoverTruth(split, { algorithm: 'vote' }).items[0]?.tied // ['1821', '1822']
 *
 * @since 0.1.0
 */
export const discoverTruth = (observations: ReadonlyArray<Observation>, options: TruthOptions): TruthResult => {
  const algorithm: TruthAlgorithm = TRUTH_ALGORITHMS.includes(options.algorithm) ? options.algorithm : 'vote'
  const g = buildGraph(Array.isArray(observations) ? observations : [])
  const nSources = g.sources.length
  const sourceIndex = new Map(g.sources.map((s, i) => [s, i] as const))
  let given: Map<number, number> | null = null
  if (options.copyProbabilities !== undefined) {
    given = new Map()
    for (const cp of options.copyProbabilities) {
      const a = sourceIndex.get(cp.a)
      const b = sourceIndex.get(cp.b)
      if (a === undefined || b === undefined || a === b) continue
      const k = pairKey(a, b, nSources)
      given.set(k, Math.max(given.get(k) ?? 0, num(cp.probability, 0, 0, 1)))
    }
  }
  const defaultIterations =
    algorithm === 'pooled-investment' ? 10 : algorithm === 'sums' || algorithm === 'average-log' || algorithm === 'investment' ? 20 : 100
  const fixedByDefault = algorithm === 'sums' || algorithm === 'average-log' || algorithm === 'investment' || algorithm === 'pooled-investment'
  const defaultTolerance =
    algorithm === 'truthfinder' ? 0.001 : algorithm === 'accu' || algorithm === 'accucopy' || algorithm === 'lca' ? 1e-4 : 1e-6
  const params: Params & { readonly fixedIterations: boolean } = {
    maxIterations: Math.round(num(options.maxIterations, defaultIterations, 1, 10_000)),
    tolerance: num(options.tolerance, defaultTolerance, 0, 1),
    fixedIterations: options.fixedIterations ?? fixedByDefault,
    gamma: num(options.gamma, 0.3, 1e-6, 1),
    rho: num(options.rho, 0.5, 0, 1),
    initialTrust: num(options.initialTrust, 0.9, 0.01, 0.99),
    baseSimilarity: num(options.baseSimilarity, 0, 0, 1),
    initialAccuracy: num(options.initialAccuracy, 0.8, 0.01, 0.99),
    falseValues: num(typeof options.falseValues === 'number' ? options.falseValues : undefined, 100, 1, 1e9),
    copyRate: num(options.copyRate, 0.8, 0, 1),
    copyPrior: num(options.copyPrior, 0.2, 0.001, 0.49),
    accuracyPrior: num(options.accuracyPrior, 0, 0, 1e6),
    observedDomain: options.falseValues === 'observed',
    minOverlap: Math.round(num(options.minOverlap, 3, 1, 1e9)),
    overlapDamping: num(options.overlapDamping, 0, 0, 1e6),
    copyShare: num(options.copyShare, 0, 0, 1),
    exponent: num(options.exponent, algorithm === 'pooled-investment' ? 1.4 : 1.2, 1, 3),
    similarity: options.similarity === undefined ? null : safeSimilarity(options.similarity),
    dependence: given
  }
  const run: Run =
    algorithm === 'lca'
      ? lcaRun(g, params, options)
      : algorithm === 'vote'
      ? vote(g)
      : algorithm === 'sums'
        ? sums(g, params)
        : algorithm === 'average-log'
          ? averageLog(g, params)
          : algorithm === 'investment'
            ? investment(g, params)
            : algorithm === 'pooled-investment'
              ? pooledInvestment(g, params)
              : algorithm === 'truthfinder'
                ? truthFinder(g, params)
                : accu(g, params, algorithm === 'accucopy')

  const belief = run.belief.map((x) => clamp(finiteOr(x, 0), 0, 1))
  const trust = run.trust.map((x) => clamp(finiteOr(x, 0), 0, 1))
  const byTrust = options.tieBreak !== 'order'
  const items: ItemTruth[] = g.items.map((item, i) => {
    const ids = g.itemClaims[i] ?? []
    const total = ids.reduce((acc, c) => acc + (belief[c] ?? 0), 0)
    const scored = ids.map((c) => {
      const claim = g.claims[c]
      const srcs = claim?.sources ?? []
      const value: ValueBelief = {
        value: claim?.value ?? '',
        score: belief[c] ?? 0,
        confidence: total > 0 ? clamp((belief[c] ?? 0) / total, 0, 1) : ids.length > 0 ? 1 / ids.length : 0,
        sources: srcs.map((s) => g.sources[s] ?? ''),
        independentSupport: independentSupport(srcs, trust, run.dependence, 1, nSources)
      }
      return { value, backing: srcs.reduce((acc, s) => acc + (trust[s] ?? 0), 0) }
    })
    const sorted = scored.sort(
      (a, b) =>
        (sameScore(a.value.score, b.value.score) ? 0 : b.value.score - a.value.score) ||
        (byTrust && !sameScore(a.backing, b.backing) ? b.backing - a.backing : 0) ||
        byCodeUnit(a.value.value, b.value.value)
    )
    const values = sorted.map((x) => x.value)
    const head = sorted[0]
    const tiedRows = head === undefined ? [] : sorted.filter((x) => sameScore(x.value.score, head.value.score))
    const tie = tiedRows.length > 1
    const trustDecided =
      tie && byTrust && head !== undefined && tiedRows.slice(1).every((x) => !sameScore(x.backing, head.backing))
    const best = values[0]
    return {
      item,
      value: best?.value ?? '',
      confidence: best?.confidence ?? 0,
      tie,
      tied: tie ? tiedRows.map((x) => x.value.value).sort(byCodeUnit) : [],
      tieBreak: !tie ? 'none' : trustDecided ? 'trust' : 'order',
      values
    }
  })
  const sources: SourceTrust[] = g.sources.map((source, s) => ({
    source,
    trust: trust[s] ?? 0,
    claims: g.sourceClaims[s]?.length ?? 0
  }))
  const dependencies: SourceDependence[] =
    run.dependence === null
      ? []
      : [...run.dependence.entries()]
          .filter(([, p]) => p > 0.01)
          .map(([k, p]) => ({
            a: g.sources[Math.floor(k / nSources)] ?? '',
            b: g.sources[k % nSources] ?? '',
            probability: clamp(p, 0, 1)
          }))
          .sort((x, y) => y.probability - x.probability || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0))
  return { algorithm, items, sources, dependencies, iterations: run.iterations, converged: run.converged }
}
