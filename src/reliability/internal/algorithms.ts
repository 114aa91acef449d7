/**
 * The truth-discovery algorithms over a {@link Graph}. Internal: the public surface is
 * `discoverTruth` in `../truth.ts`.
 *
 * Every algorithm returns a native score per claim (`belief`) and per source (`trust`), both in
 * [0, 1], the number of iterations run, and whether it stopped because it converged (rather than
 * at the iteration bound).
 */
import { clamp, cosineDistance, finiteOr, logSumExp, maxAbsDiff, normaliseByMax, type Graph } from './graph'

export interface Run {
  readonly belief: Float64Array
  readonly trust: Float64Array
  readonly iterations: number
  readonly converged: boolean
  /** Pairwise dependence between sources, `key(a, b)` with a < b, when the algorithm has one. */
  readonly dependence: ReadonlyMap<number, number> | null
}

/** Similarity between two values of an item, in [0, 1]. */
export type Similarity = (item: string, v1: string, v2: string) => number

export interface Params {
  readonly maxIterations: number
  readonly tolerance: number
  readonly gamma: number
  readonly rho: number
  readonly initialTrust: number
  readonly baseSimilarity: number
  readonly initialAccuracy: number
  readonly falseValues: number
  readonly copyRate: number
  readonly copyPrior: number
  readonly exponent: number
  /** Accu: pseudo-count of the initial accuracy in each source's accuracy (0: the paper's mean). */
  readonly accuracyPrior: number
  /**
   * Accu: the false values of an item are the OTHER values observed for it (n = observed - 1,
   * no unobserved value), as in Pasternack & Roth's latent credibility models (2013), instead of
   * a fixed domain of `falseValues` values.
   */
  readonly observedDomain: boolean
  /** AccuCopy: fewest items two sources must both cover before any dependence is inferred. */
  readonly minOverlap: number
  /**
   * AccuCopy: overlap damping m0: the log-likelihood ratio of copying is scaled by
   * m / (m + m0) for m shared items (0: the paper's plain ratio).
   */
  readonly overlapDamping: number
  /**
   * AccuCopy: least share of the copier's own values the copying must explain (Dong et al.
   * 2010): shared values / the copier's claims (0: no requirement).
   */
  readonly copyShare: number
  readonly similarity: Similarity | null
  /** Given dependence between sources (key(a, b), a < b); null: estimate (AccuCopy). */
  readonly dependence: ReadonlyMap<number, number> | null
}

/** Key of an unordered source pair. */
export const pairKey = (a: number, b: number, n: number): number => (a < b ? a * n + b : b * n + a)

// -------------------------------------------------------------------------------------
// helpers
// -------------------------------------------------------------------------------------

/** Pairs (claim, other claim of the same item, implication weight), computed once. */
const implications = (
  g: Graph,
  similarity: Similarity | null,
  base: number
): ReadonlyArray<ReadonlyArray<readonly [number, number]>> =>
  g.claims.map((c, ci) => {
    if (similarity === null) return []
    const out: Array<readonly [number, number]> = []
    const item = g.items[c.item] ?? ''
    for (const other of g.itemClaims[c.item] ?? []) {
      if (other === ci) continue
      const ov = g.claims[other]?.value ?? ''
      // implication from the other value to this one
      const w = finiteOr(similarity(item, ov, c.value), 0) - base
      if (w !== 0) out.push([other, w])
    }
    return out
  })

const sourceCounts = (g: Graph): Float64Array => Float64Array.from(g.sourceClaims, (cs) => cs.length)

// -------------------------------------------------------------------------------------
// vote
// -------------------------------------------------------------------------------------

/** Majority vote: belief = number of sources / the largest number for any claim. */
export const vote = (g: Graph): Run => {
  const counts = Float64Array.from(g.claims, (c) => c.sources.length)
  const belief = normaliseByMax(counts)
  // trust: share of a source's claims that have the item's top count, a tie of k values
  // counting 1/k each (never decided by value order)
  const share = new Float64Array(g.claims.length)
  for (const ids of g.itemClaims) {
    let top = 0
    for (const c of ids) top = Math.max(top, counts[c] ?? 0)
    const winners = ids.filter((c) => (counts[c] ?? 0) === top)
    for (const c of winners) share[c] = 1 / winners.length
  }
  const trust = Float64Array.from(g.sourceClaims, (cs) => {
    if (cs.length === 0) return 0
    let x = 0
    for (const c of cs) x += share[c] ?? 0
    return x / cs.length
  })
  return { belief, trust, iterations: 1, converged: true, dependence: null }
}

// -------------------------------------------------------------------------------------
// Sums, Average-Log (Pasternack & Roth 2010)
// -------------------------------------------------------------------------------------

const hubs = (g: Graph, p: Params & { readonly fixedIterations: boolean }, weights: Float64Array | null): Run => {
  let belief: Float64Array = new Float64Array(g.claims.length).fill(0.5)
  let trust: Float64Array = new Float64Array(g.sources.length)
  let converged = false
  let it = 0
  while (it < p.maxIterations) {
    it++
    const t = Float64Array.from(g.sourceClaims, (cs, s) => {
      let x = 0
      for (const c of cs) x += belief[c] ?? 0
      return weights === null ? x : x * (weights[s] ?? 0)
    })
    const b = Float64Array.from(g.claims, (c) => {
      let x = 0
      for (const s of c.sources) x += t[s] ?? 0
      return x
    })
    const nt = normaliseByMax(t)
    const nb = normaliseByMax(b)
    const delta = Math.max(maxAbsDiff(nt, trust), maxAbsDiff(nb, belief))
    trust = nt
    belief = nb
    if (delta < p.tolerance) {
      converged = true
      if (!p.fixedIterations) break
    }
  }
  return { belief, trust, iterations: it, converged, dependence: null }
}

/** Sums (hubs and authorities): trust = sum of beliefs, belief = sum of trusts, max-normalised. */
export const sums = (g: Graph, p: Params & { readonly fixedIterations: boolean }): Run => hubs(g, p, null)

/** Average-Log: Sums with trust = log(k) / k times the belief sum, k = the source's claim count. */
export const averageLog = (g: Graph, p: Params & { readonly fixedIterations: boolean }): Run => {
  const k = sourceCounts(g)
  return hubs(g, p, k.map((n) => (n > 0 ? Math.log(n) / n : 0)))
}

// -------------------------------------------------------------------------------------
// Investment, PooledInvestment (Pasternack & Roth 2010)
// -------------------------------------------------------------------------------------

const invest = (g: Graph, p: Params & { readonly fixedIterations: boolean }, pooled: boolean): Run => {
  const k = sourceCounts(g)
  // priors: Investment, the vote share within the item; PooledInvestment, uniform within the item
  let belief: Float64Array = Float64Array.from(g.claims, (c) => {
    const ids = g.itemClaims[c.item] ?? []
    if (pooled) return ids.length > 0 ? 1 / ids.length : 0
    let total = 0
    for (const o of ids) total += g.claims[o]?.sources.length ?? 0
    return total > 0 ? c.sources.length / total : 0
  })
  let trust: Float64Array = new Float64Array(g.sources.length).fill(1)
  let converged = false
  let it = 0
  while (it < p.maxIterations) {
    const invested = trust.map((t, s) => ((k[s] ?? 0) > 0 ? t / (k[s] ?? 1) : 0))
    const claimInvestment = Float64Array.from(g.claims, (c) => {
      let x = 0
      for (const s of c.sources) x += invested[s] ?? 0
      return x
    })
    it++
    // a claim nobody invests in any more (its sources' trust underflowed to 0) returns nothing
    const newTrust = Float64Array.from(g.sourceClaims, (cs, s) => {
      let x = 0
      for (const c of cs) {
        const inv = claimInvestment[c] ?? 0
        if (inv > 0) x += (belief[c] ?? 0) / inv
      }
      return (invested[s] ?? 0) * x
    })
    const base = Float64Array.from(g.claims, (c) => {
      let x = 0
      for (const s of c.sources) x += (k[s] ?? 0) > 0 ? (newTrust[s] ?? 0) / (k[s] ?? 1) : 0
      return x
    })
    const grown = base.map((x) => Math.pow(x, p.exponent))
    let nb: Float64Array
    if (pooled) {
      const itemTotal = g.itemClaims.map((ids) => ids.reduce((acc, c) => acc + (grown[c] ?? 0), 0))
      nb = Float64Array.from(g.claims, (c, ci) => {
        const tot = itemTotal[c.item] ?? 0
        return tot > 0 ? ((base[ci] ?? 0) * (grown[ci] ?? 0)) / tot : 0
      })
    } else nb = grown
    const nt = normaliseByMax(newTrust)
    nb = normaliseByMax(nb)
    const delta = Math.max(maxAbsDiff(nt, trust), maxAbsDiff(nb, belief))
    trust = nt
    belief = nb
    if (delta < p.tolerance) {
      converged = true
      if (!p.fixedIterations) break
    }
  }
  return { belief, trust, iterations: it, converged, dependence: null }
}

/** Investment: sources invest trust uniformly in their claims; beliefs grow as x^g. */
export const investment = (g: Graph, p: Params & { readonly fixedIterations: boolean }): Run => invest(g, p, false)

/** PooledInvestment: Investment with returns pooled among the mutually exclusive values. */
export const pooledInvestment = (g: Graph, p: Params & { readonly fixedIterations: boolean }): Run =>
  invest(g, p, true)

// -------------------------------------------------------------------------------------
// TruthFinder (Yin, Han, Yu 2008)
// -------------------------------------------------------------------------------------

/** Smallest 1 - t kept, so that -ln(1 - t) stays finite. */
const TRUST_CEILING_GAP = 1e-12

/**
 * TruthFinder: source trustworthiness t(s) = mean confidence of its facts; fact score
 * sigma(f) = sum over its sources of -ln(1 - t(s)), adjusted by implications from the other
 * values of the item, sigma*(f) = sigma(f) + rho sum imp(f' -> f) sigma(f'); confidence
 * = 1 / (1 + exp(-gamma sigma*(f))). Stops when the cosine distance between successive trust
 * vectors is below the tolerance.
 */
export const truthFinder = (g: Graph, p: Params): Run => {
  const imp = implications(g, p.similarity, p.baseSimilarity)
  let trust: Float64Array = new Float64Array(g.sources.length).fill(p.initialTrust)
  let belief: Float64Array = new Float64Array(g.claims.length)
  let converged = false
  let it = 0
  while (it < p.maxIterations) {
    it++
    const tau = trust.map((t) => -Math.log(Math.max(1 - t, TRUST_CEILING_GAP)))
    const sigma = Float64Array.from(g.claims, (c) => {
      let x = 0
      for (const s of c.sources) x += tau[s] ?? 0
      return x
    })
    belief = Float64Array.from(g.claims, (_c, ci) => {
      let x = sigma[ci] ?? 0
      for (const [o, w] of imp[ci] ?? []) x += p.rho * w * (sigma[o] ?? 0)
      return 1 / (1 + Math.exp(-p.gamma * x))
    })
    const next = Float64Array.from(g.sourceClaims, (cs) => {
      if (cs.length === 0) return 0
      let x = 0
      for (const c of cs) x += belief[c] ?? 0
      return x / cs.length
    })
    const d = cosineDistance(next, trust)
    trust = next
    if (d < p.tolerance) {
      converged = true
      break
    }
  }
  return { belief, trust, iterations: it, converged, dependence: null }
}

// -------------------------------------------------------------------------------------
// Accu and AccuCopy (Dong, Berti-Equille, Srivastava, VLDB 2009)
// -------------------------------------------------------------------------------------

const ACCURACY_EPS = 1e-6

/**
 * Probability of each claim given its (discounted) vote counts: with n false values in the
 * domain, P(v) = exp(C(v)) / (sum over observed values exp(C(v')) + unobserved values), each
 * unobserved value having count 0.
 */
const claimProbabilities = (
  g: Graph,
  votes: Float64Array,
  imp: ReadonlyArray<ReadonlyArray<readonly [number, number]>>,
  p: Params
): Float64Array => {
  const adjusted = Float64Array.from(votes, (v, ci) => {
    let x = v
    for (const [o, w] of imp[ci] ?? []) x += p.rho * w * (votes[o] ?? 0)
    return x
  })
  const out = new Float64Array(g.claims.length)
  for (const ids of g.itemClaims) {
    const xs = ids.map((c) => adjusted[c] ?? 0)
    const unobserved = p.observedDomain ? 0 : Math.max(0, p.falseValues + 1 - ids.length)
    if (unobserved > 0) xs.push(Math.log(unobserved))
    const z = logSumExp(xs)
    for (const c of ids) out[c] = clamp(finiteOr(Math.exp((adjusted[c] ?? 0) - z), 0), 0, 1)
  }
  return out
}

/** The vote of a source with accuracy A: ln(n A / (1 - A)). */
const accuracyScore = (a: number, n: number): number => {
  const x = clamp(a, ACCURACY_EPS, 1 - ACCURACY_EPS)
  return Math.log((n * x) / (1 - x))
}

/**
 * Greedy independent vote count of a claim: sources are taken in turn, each time the one least
 * dependent on those already counted (then the more accurate, then the one the others depend on
 * most, then the lower index), and each contributes its vote times prod(1 - c d(s, s')) over
 * the sources s' counted before it. Returns [count, independent support].
 */
const discountedVote = (
  sources: ReadonlyArray<number>,
  score: Float64Array,
  accuracy: Float64Array,
  dependence: ReadonlyMap<number, number>,
  copyRate: number,
  n: number
): readonly [number, number] => {
  const remaining = [...sources]
  let factor = remaining.map(() => 1)
  let count = 0
  let support = 0
  if (dependence.size === 0) {
    for (const s of sources) count += score[s] ?? 0
    return [count, sources.length]
  }
  // how much the claim's other sources depend on each source, computed once per claim
  let mass = remaining.map((x) => remaining.reduce((acc, y) => acc + (x === y ? 0 : (dependence.get(pairKey(x, y, n)) ?? 0)), 0))
  while (remaining.length > 0) {
    // next: the least discounted; among equals the more accurate, then the one the others
    // depend on most (an original before its copies), then the lower index
    let best = 0
    for (let i = 1; i < remaining.length; i++) {
      const fi = factor[i] ?? 0
      const fb = factor[best] ?? 0
      const mi = mass[i] ?? 0
      const mb = mass[best] ?? 0
      const ai = accuracy[remaining[i] ?? 0] ?? 0
      const ab = accuracy[remaining[best] ?? 0] ?? 0
      if (
        fi > fb + 1e-12 ||
        (Math.abs(fi - fb) <= 1e-12 && (ai > ab + 1e-9 || (Math.abs(ai - ab) <= 1e-9 && mi > mb + 1e-12)))
      )
        best = i
    }
    const s = remaining[best] ?? 0
    const f = factor[best] ?? 0
    count += (score[s] ?? 0) * f
    support += f
    remaining.splice(best, 1)
    factor.splice(best, 1)
    mass = mass.filter((_m, i) => i !== best)
    factor = factor.map((x, i) => {
      const d = dependence.get(pairKey(s, remaining[i] ?? 0, n)) ?? 0
      return x * (1 - copyRate * clamp(d, 0, 1))
    })
  }
  return [count, support]
}

/**
 * Bayesian copy detection from shared values (Dong et al. 2009, section 3): for each pair of
 * sources sharing items, kt (shared values weighted by their probability of being true), kf
 * (shared values weighted by their probability of being false) and kd (items on which they
 * differ) are compared under independence and under copying either way. Sharing a false value
 * is strong evidence of copying because independent sources rarely make the same mistake (one of
 * n false values). Returns P(dependent) = P(a copies b) + P(b copies a) per pair.
 *
 * kt, kf and kd are counted over the items BOTH sources cover only, with the paper's
 * likelihoods (copy rate c, each source's accuracy, n false values). Guards for sparse data,
 * where one shared false value would otherwise make two sources ~certainly dependent: no
 * dependence below `minOverlap` distinct shared items; the log-likelihood ratio scaled by
 * m / (m + overlapDamping) for m shared items; a copying direction considered only when the
 * shared values make up at least `copyShare` of the copier's claims (Dong et al. 2010).
 */
export const estimateDependence = (
  g: Graph,
  probability: Float64Array,
  accuracy: Float64Array,
  p: Params
): Map<number, number> => {
  const n = g.sources.length
  // per pair: kt, kf, kd, and the number of distinct items both cover (kt + kf + kd counts claim
  // pairs, more than the items when a source gives two values for one item)
  const stats = new Map<number, [number, number, number, number]>()
  for (const ids of g.itemClaims) {
    const seen = new Set<number>()
    if (ids.length === 0) continue
    // the sources of this item, with the claim each makes
    const pairs: Array<readonly [number, number]> = []
    for (const c of ids) for (const s of g.claims[c]?.sources ?? []) pairs.push([s, c])
    if (pairs.length < 2) continue
    for (let i = 0; i < pairs.length; i++) {
      const [s1, c1] = pairs[i] ?? [0, 0]
      for (let j = i + 1; j < pairs.length; j++) {
        const [s2, c2] = pairs[j] ?? [0, 0]
        if (s1 === s2) continue
        const key = pairKey(s1, s2, n)
        let st = stats.get(key)
        if (st === undefined) {
          st = [0, 0, 0, 0]
          stats.set(key, st)
        }
        if (!seen.has(key)) {
          seen.add(key)
          st[3] += 1
        }
        if (c1 === c2) {
          const pt = probability[c1] ?? 0
          st[0] += pt
          st[1] += 1 - pt
        } else st[2] += 1
      }
    }
  }
  const out = new Map<number, number>()
  const c = p.copyRate
  const alpha = p.copyPrior
  const nf = Math.max(1, p.falseValues)
  const minOverlap = Math.max(1, p.minOverlap)
  for (const [key, [kt, kf, kd, overlap]] of [...stats.entries()].sort((a, b) => a[0] - b[0])) {
    if (kt + kf === 0) continue // no shared value: no evidence of copying
    if (overlap < minOverlap) continue // too few shared items to tell copying from chance
    const a = Math.floor(key / n)
    const b = key % n
    const a1 = clamp(accuracy[a] ?? 0, ACCURACY_EPS, 1 - ACCURACY_EPS)
    const a2 = clamp(accuracy[b] ?? 0, ACCURACY_EPS, 1 - ACCURACY_EPS)
    const pt = a1 * a2
    const pf = ((1 - a1) * (1 - a2)) / nf
    const pd = Math.max(ACCURACY_EPS, 1 - pt - pf)
    // the shrink factor keeps the likelihood ratio near 1 (posterior near the prior) on thin overlap
    const damp = p.overlapDamping > 0 ? overlap / (overlap + p.overlapDamping) : 1
    const lInd = kt * Math.log(pt) + kf * Math.log(pf) + kd * Math.log(pd)
    // a copies b: a shared value is b's (true with b's accuracy) with probability c
    const lAB = kt * Math.log(a2 * c + pt * (1 - c)) + kf * Math.log((1 - a2) * c + pf * (1 - c)) + kd * Math.log(pd * (1 - c))
    const lBA = kt * Math.log(a1 * c + pt * (1 - c)) + kf * Math.log((1 - a1) * c + pf * (1 - c)) + kd * Math.log(pd * (1 - c))
    // copying must explain a significant share of the copier's own values (Dong et al. 2010)
    const shareA = (kt + kf) / Math.max(1, g.sourceClaims[a]?.length ?? 1)
    const shareB = (kt + kf) / Math.max(1, g.sourceClaims[b]?.length ?? 1)
    const logAlpha = Math.log(alpha)
    const terms = [
      shareA >= p.copyShare ? logAlpha + damp * (lAB - lInd) : -Infinity,
      shareB >= p.copyShare ? logAlpha + damp * (lBA - lInd) : -Infinity,
      Math.log(Math.max(ACCURACY_EPS, 1 - 2 * alpha))
    ]
    const z = logSumExp(terms)
    const dep = Math.exp((terms[0] ?? 0) - z) + Math.exp((terms[1] ?? 0) - z)
    const d = clamp(finiteOr(dep, 0), 0, 1)
    if (d > 1e-9) out.set(key, d)
  }
  return out
}

/**
 * Accu (copy = false) and AccuCopy (copy = true). Each round: vote counts (discounted for
 * dependent sources under AccuCopy), value probabilities, then source accuracy = mean
 * probability of its values. Stops when no accuracy moves by more than the tolerance. When
 * AccuCopy estimates copying it starts from Accu's converged answer; `iterations` counts the
 * AccuCopy rounds only.
 */
export const accu = (g: Graph, p: Params, copy: boolean): Run => {
  const n = g.sources.length
  const imp = implications(g, p.similarity, 0)
  let accuracy: Float64Array = new Float64Array(n).fill(p.initialAccuracy)
  let belief: Float64Array = new Float64Array(g.claims.length)
  let dependence: ReadonlyMap<number, number> = p.dependence ?? new Map()
  let converged = false
  let it = 0
  // AccuCopy estimating copying starts from Accu's answer, as copy detection needs a notion of
  // which values are false.
  if (copy && p.dependence === null) {
    const start = accu(g, p, false)
    accuracy = Float64Array.from(start.trust)
    belief = Float64Array.from(start.belief)
  }
  while (it < p.maxIterations) {
    it++
    if (copy && p.dependence === null) dependence = estimateDependence(g, belief, accuracy, p)
    // the vote of a source is ln(n) + ln(A / (1 - A)); the ln(n) part is added per counted source
    const score = accuracy.map((a) => accuracyScore(a, 1))
    const votes = Float64Array.from(g.claims, (c) => {
      const domain = p.observedDomain ? Math.max(1, (g.itemClaims[c.item]?.length ?? 1) - 1) : p.falseValues
      const [count, support] = copy
        ? discountedVote(c.sources, score, accuracy, dependence, p.copyRate, n)
        : [c.sources.reduce((x, s) => x + (score[s] ?? 0), 0), c.sources.length]
      return count + Math.log(domain) * support
    })
    belief = claimProbabilities(g, votes, imp, p)
    const next = Float64Array.from(g.sourceClaims, (cs) => {
      let x = p.accuracyPrior * p.initialAccuracy
      let k = p.accuracyPrior
      for (const ci of cs) {
        x += belief[ci] ?? 0
        k += 1
      }
      return k > 0 ? clamp(x / k, 0, 1) : p.initialAccuracy
    })
    const delta = maxAbsDiff(next, accuracy)
    accuracy = next
    if (delta < p.tolerance) {
      converged = true
      break
    }
  }
  return { belief, trust: accuracy, iterations: it, converged, dependence: copy ? dependence : null }
}

/** Independent support of a claim (copies collapsed) under a dependence map. */
export const independentSupport = (
  sources: ReadonlyArray<number>,
  accuracy: Float64Array,
  dependence: ReadonlyMap<number, number> | null,
  copyRate: number,
  n: number
): number => {
  if (dependence === null || dependence.size === 0 || sources.length < 2) return sources.length
  // the support does not depend on the vote weights: any weights will do
  return discountedVote(sources, accuracy, accuracy, dependence, copyRate, n)[1]
}
