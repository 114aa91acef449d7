/**
 * The source/claim graph every truth-discovery algorithm iterates over. Internal.
 *
 * Sources, items and values are sorted (code-unit order) so that every algorithm visits them in
 * the same order whatever the order of the observations: the output is a function of the SET of
 * observations.
 */

/** One observation: `source` says that `item` has `value`. */
export interface Triple {
  readonly source: string
  readonly item: string
  readonly value: string
}

/** A claim: one value for one item, and the sources asserting it. */
export interface GraphClaim {
  readonly item: number
  readonly value: string
  /** Source indices, ascending. */
  readonly sources: ReadonlyArray<number>
}

export interface Graph {
  readonly sources: ReadonlyArray<string>
  readonly items: ReadonlyArray<string>
  /** Claims sorted by item, then value. */
  readonly claims: ReadonlyArray<GraphClaim>
  /** Claim indices of each item. */
  readonly itemClaims: ReadonlyArray<ReadonlyArray<number>>
  /** Claim indices of each source, ascending. */
  readonly sourceClaims: ReadonlyArray<ReadonlyArray<number>>
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Builds the graph; duplicate triples count once, empty strings are dropped. */
export const buildGraph = (observations: ReadonlyArray<Triple>): Graph => {
  const perItem = new Map<string, Map<string, Set<string>>>()
  const sourceSet = new Set<string>()
  for (const o of observations) {
    if (typeof o.source !== 'string' || typeof o.item !== 'string' || typeof o.value !== 'string') continue
    if (o.source === '' || o.item === '' || o.value === '') continue
    sourceSet.add(o.source)
    let values = perItem.get(o.item)
    if (values === undefined) {
      values = new Map()
      perItem.set(o.item, values)
    }
    let srcs = values.get(o.value)
    if (srcs === undefined) {
      srcs = new Set()
      values.set(o.value, srcs)
    }
    srcs.add(o.source)
  }
  const sources = [...sourceSet].sort(byCodeUnit)
  const sourceIndex = new Map(sources.map((s, i) => [s, i] as const))
  const items = [...perItem.keys()].sort(byCodeUnit)
  const claims: GraphClaim[] = []
  const itemClaims: number[][] = []
  const sourceClaims: number[][] = sources.map(() => [])
  items.forEach((item, i) => {
    const values = perItem.get(item) ?? new Map<string, Set<string>>()
    const ids: number[] = []
    for (const value of [...values.keys()].sort(byCodeUnit)) {
      const srcs = [...(values.get(value) ?? [])].map((s) => sourceIndex.get(s) ?? 0).sort((a, b) => a - b)
      const c = claims.length
      claims.push({ item: i, value, sources: srcs })
      ids.push(c)
      for (const s of srcs) sourceClaims[s]?.push(c)
    }
    itemClaims.push(ids)
  })
  return { sources, items, claims, itemClaims, sourceClaims }
}

/** Cosine distance `1 - cos(a, b)`; 1 when either vector is zero (never NaN). */
export const cosineDistance = (a: Float64Array, b: Float64Array): number => {
  let dot = 0
  let na = 0
  let nb = 0
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0
    const y = b[i] ?? 0
    dot += x * y
    na += x * x
    nb += y * y
  }
  if (na === 0 || nb === 0) return na === nb ? 0 : 1
  const d = 1 - dot / Math.sqrt(na * nb)
  return Number.isFinite(d) ? Math.max(0, d) : 1
}

/** Largest absolute difference between two vectors. */
export const maxAbsDiff = (a: Float64Array, b: Float64Array): number => {
  let m = 0
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs((a[i] ?? 0) - (b[i] ?? 0)))
  return m
}

/** Divides every entry by the maximum; leaves an all-zero (or non-positive) vector as is. */
export const normaliseByMax = (v: Float64Array): Float64Array => {
  let m = 0
  for (const x of v) if (x > m) m = x
  if (!(m > 0) || !Number.isFinite(m)) return v
  return v.map((x) => x / m)
}

/** `x` if finite, else `fallback`. */
export const finiteOr = (x: number, fallback: number): number => (Number.isFinite(x) ? x : fallback)

/** Clamps to [lo, hi], mapping NaN to `lo`. */
export const clamp = (x: number, lo: number, hi: number): number => (x >= lo ? (x <= hi ? x : hi) : lo)

/** log(sum(exp(xs))) without overflow; -Infinity for an empty list. */
export const logSumExp = (xs: ReadonlyArray<number>): number => {
  let m = -Infinity
  for (const x of xs) if (x > m) m = x
  if (m === -Infinity) return -Infinity
  let s = 0
  for (const x of xs) s += Math.exp(x - m)
  return m + Math.log(s)
}
