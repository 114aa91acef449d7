/**
 * Latent Credibility Analysis (Pasternack & Roth, WWW 2013): SimpleLCA and GuessLCA, fitted by
 * EM with a Beta prior on each source's honesty. Internal: the public surface is
 * `discoverTruth(observations, { algorithm: 'lca' })` in `./truth.ts`.
 *
 * Model. Each item has one true value among the values observed for it (its mutual-exclusion
 * set), a priori equally likely. Each source s has an honesty H(s).
 * - SimpleLCA: s asserts the true value with probability H(s), else one of the item's other
 *   observed values.
 * - GuessLCA: s knows the truth with probability H(s) and asserts it; otherwise it guesses, a
 *   guess picking value c with probability Pg(c) (a guess may hit the truth). An uncontested
 *   value is then no evidence of honesty: a guesser would have asserted it too. Under SimpleLCA
 *   it counts as a certain success. Pg is uniform over the item's observed values. (A guess
 *   that follows the values' popularity was tried first: EM then has an inverted fixed point
 *   where the majority is explained as popular guessing and the minority wins, which a pooled
 *   prior mean slides into; on three sources and one contested item it picked the minority, on
 *   the Population data it scored 0.15. The uniform guess has no such pull.)
 * With a value similarity and a weight rho, a mistake lands near the truth more often than far
 * from it (see `mistakeTables`; the analogue of AccuSim, Dong et al. 2009, section 4).
 *
 * E-step: the posterior of each item's true value given the honesties. M-step: the maximum a
 * posteriori honesty under a Beta prior of mean mu and weight k pseudo-claims,
 * H(s) = (expected honest assertions of s + k mu) / (claims of s + k): a source with few claims
 * stays near mu instead of being trusted (or condemned) on one claim. mu is fixed, or pooled:
 * the mean honesty of the sources of the same group, re-estimated each round (empirical Bayes),
 * so that a source with little record is judged by the record of its kind.
 */
import { clamp, finiteOr, logSumExp, maxAbsDiff, type Graph } from './internal/graph'

/** Parameters of {@link lca}, already clamped by the caller. */
export interface LcaParams {
  readonly model: 'simple' | 'guess'
  readonly maxIterations: number
  readonly tolerance: number
  /** Initial honesty of every source, and the prior mean when `priorMean` is a number. */
  readonly initialHonesty: number
  /** Weight of the Beta prior, in pseudo-claims (0: maximum likelihood). */
  readonly priorWeight: number
  /** Prior mean: a fixed number, or 'pooled' (the mean honesty of the source's group, each round). */
  readonly priorMean: number | 'pooled'
  /** Group index of each source for the pooled prior mean; null: all sources form one group. */
  readonly groups: ReadonlyArray<number> | null
  /** Similarity of two values of an item in [0, 1], or null. */
  readonly similarity: ((item: string, v1: string, v2: string) => number) | null
  /** Weight of similarity in where a mistaken assertion lands, in [0, 1]. */
  readonly rho: number
}

/** The outcome of {@link lca}: belief = P(claim is the true value), trust = honesty. */
export interface LcaRun {
  readonly belief: Float64Array
  readonly trust: Float64Array
  readonly iterations: number
  readonly converged: boolean
}

/** Honesties are kept in [EPS, 1 - EPS] so that every logarithm stays finite. */
const EPS = 1e-9

/**
 * For each claim c of a contested item: the probability that a mistaken source asserts each of
 * the item's values (in `itemClaims` order) when c is true; null for uncontested items. With a
 * similarity, e(o | c) = base(o | c) * (1 - rho + rho * sim(c, o)): a mistake lands on a value
 * far from the truth (1 - rho) times as often as on one equal to it, the rest of the mass going
 * to values nobody asserted. The factor does not depend on which value is true beyond the
 * similarities, so every candidate truth is judged by the same kind of likelihood.
 */
const mistakeTables = (g: Graph, p: LcaParams): ReadonlyArray<Float64Array | null> =>
  g.claims.map((claim, ci) => {
    const ids = g.itemClaims[claim.item] ?? []
    const m = ids.length
    if (m < 2) return null
    // SimpleLCA: one of the m - 1 other values; GuessLCA: any of the m values, uniformly
    const base = Float64Array.from(ids, (o) => (p.model === 'guess' ? 1 / m : o === ci ? 0 : 1 / (m - 1)))
    const similarity = p.similarity
    if (similarity === null || p.rho === 0) return base
    const item = g.items[claim.item] ?? ''
    return base.map((b, j) => {
      const o = ids[j] ?? 0
      const sim = o === ci ? 1 : clamp(finiteOr(similarity(item, claim.value, g.claims[o]?.value ?? ''), 0), 0, 1)
      return b * (1 - p.rho + p.rho * sim)
    })
  })

/**
 * Runs SimpleLCA or GuessLCA. Deterministic: the graph is sorted, sums run in index order (the
 * per-value log-likelihoods of an item in increasing order), so the result is a function of the
 * set of observations. Stops when no honesty moves by more than the tolerance, or at the
 * iteration bound.
 */
export const lca = (g: Graph, p: LcaParams): LcaRun => {
  const nS = g.sources.length
  const nC = g.claims.length
  const mistake = mistakeTables(g, p)
  // position of each claim within its item
  const position = new Int32Array(nC)
  for (const ids of g.itemClaims) ids.forEach((c, j) => (position[c] = j))
  const groupOf = (s: number): number => (p.groups === null ? 0 : Math.max(0, Math.floor(p.groups[s] ?? 0)))
  let nGroups = 1
  for (let s = 0; s < nS; s++) nGroups = Math.max(nGroups, groupOf(s) + 1)

  let honesty: Float64Array = new Float64Array(nS).fill(clamp(p.initialHonesty, EPS, 1 - EPS))
  const belief = new Float64Array(nC)
  let converged = false
  let it = 0
  while (it < p.maxIterations) {
    it++
    // E-step: posterior of each item's true value
    for (const ids of g.itemClaims) {
      if (ids.length === 1) {
        belief[ids[0] ?? 0] = 1
        continue
      }
      // log-likelihood of the item's assertions if c is true, summed per asserted value and
      // then over the values in increasing order: values in symmetric positions then score
      // exactly the same (float addition is commutative, not associative), so an exact tie
      // stays a tie instead of being tipped by rounding and amplified by later rounds
      const logPost = ids.map((c) => {
        const row = mistake[c]
        const parts = ids.map((o, j) => {
          const e = row?.[j] ?? 0
          let x = 0
          for (const s of g.claims[o]?.sources ?? []) {
            const h = honesty[s] ?? 0.5
            x += Math.log(Math.max((o === c ? h : 0) + (1 - h) * e, 1e-300))
          }
          return x
        })
        return parts.sort((a, b) => a - b).reduce((a, x) => a + x, 0)
      })
      const z = logSumExp(logPost)
      ids.forEach((c, j) => (belief[c] = clamp(finiteOr(Math.exp((logPost[j] ?? 0) - z), 0), 0, 1)))
    }
    // prior mean of each group
    const mean = new Float64Array(nGroups).fill(clamp(p.priorMean === 'pooled' ? p.initialHonesty : p.priorMean, EPS, 1 - EPS))
    if (p.priorMean === 'pooled') {
      const tot = new Float64Array(nGroups)
      const cnt = new Float64Array(nGroups)
      for (let s = 0; s < nS; s++) {
        const gi = groupOf(s)
        tot[gi] = (tot[gi] ?? 0) + (honesty[s] ?? 0)
        cnt[gi] = (cnt[gi] ?? 0) + 1
      }
      for (let gi = 0; gi < nGroups; gi++) if ((cnt[gi] ?? 0) > 0) mean[gi] = (tot[gi] ?? 0) / (cnt[gi] ?? 1)
    }
    // M-step: expected honest assertions of each source, plus the prior's pseudo-claims
    const next = Float64Array.from(honesty, (h, s) => {
      let x = 0
      let k = 0
      for (const c of g.sourceClaims[s] ?? []) {
        const row = mistake[c]
        if (row === null || row === undefined) {
          // uncontested: a certain success (SimpleLCA); no evidence either way (GuessLCA, Pg = 1:
          // its expected honest share would be h itself, so it is left out of the estimate)
          if (p.model === 'simple') {
            x += 1
            k += 1
          }
          continue
        }
        k += 1
        // P(c true) * P(honest | asserted the truth c) = P(c true) * h / (h + (1 - h) e(c | c))
        const e = row[position[c] ?? 0] ?? 0
        x += (belief[c] ?? 0) * (h / (h + (1 - h) * e))
      }
      const mu = mean[groupOf(s)] ?? 0.5
      const d = k + p.priorWeight
      return d > 0 ? clamp(finiteOr((x + p.priorWeight * mu) / d, mu), EPS, 1 - EPS) : mu
    })
    const delta = maxAbsDiff(next, honesty)
    honesty = next
    if (delta < p.tolerance) {
      converged = true
      break
    }
  }
  return { belief, trust: honesty, iterations: it, converged }
}
