/**
 * The lexical signals of `sameStatement`, computed over two prepared spans. Internal.
 *
 * Everything here compares sorted typed arrays of interned ids, so that clustering a
 * million spans spends its time on arithmetic rather than on allocating sets.
 */
import { type Prepared, joinCompounds, keyOf } from './normalise'

/** Names of the signals, in the order of the weight vector. */
export const FEATURE_NAMES = [
  'dice',
  'containMin',
  'containMax',
  'allOverlap',
  'lengthRatio',
  'lcs',
  'bigram',
  'negationMismatch',
  'numberMismatch',
  'numberOneSided',
  'unmatchedShort',
  'unmatchedLong',
  'properMismatch',
  'lengthDiff',
  'ngram1',
  'ngram2',
  'ngram3',
  'ngram2Max',
  'fuzzyContainMin',
  'numberShared',
  'editDistance',
  'unmatchedEntities',
  'contentDice',
  'charRatio',
  'weightedContainMin',
  'weightedContainMax'
] as const

/** One signal name. */
export type FeatureName = (typeof FEATURE_NAMES)[number]

/** The signals of one comparison, each a finite number. */
export type Features = { readonly [K in FeatureName]: number }

// -------------------------------------------------------------------------------------
// sorted-array primitives
// -------------------------------------------------------------------------------------

type Sorted = Int32Array | Uint32Array | Float64Array

/** Size of the intersection of two sorted arrays, counting repeats (multiset) when present. */
export const mergeCount = (a: Sorted, b: Sorted): number => {
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) {
      n++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return n
}

/**
 * Membership in the content sets of the two spans being compared, in O(1): `markA[id]` is
 * `stamp` when id is in a's content set (likewise b). Set once per comparison; ids are dense
 * interned integers. Same answers as a binary search of the sorted set.
 */
let markA = new Int32Array(1 << 12)
let markB = new Int32Array(1 << 12)
let stamp = 0

const mark = (ca: Int32Array, cb: Int32Array): void => {
  let max = 0
  for (let i = 0; i < ca.length; i++) if ((ca[i] as number) > max) max = ca[i] as number
  for (let i = 0; i < cb.length; i++) if ((cb[i] as number) > max) max = cb[i] as number
  if (max >= markA.length) {
    let size = markA.length
    while (size <= max) size *= 2
    markA = new Int32Array(size)
    markB = new Int32Array(size)
    stamp = 0
  }
  if (stamp >= 0x7fffffff) {
    markA.fill(0)
    markB.fill(0)
    stamp = 0
  }
  stamp++
  for (let i = 0; i < ca.length; i++) markA[ca[i] as number] = stamp
  for (let i = 0; i < cb.length; i++) markB[cb[i] as number] = stamp
}

/** Whether `x` is in the marked set `m`. */
const marked = (m: Int32Array, x: number): boolean => x < m.length && m[x] === stamp

const missing = (xs: Int32Array, other: Int32Array): number => {
  let n = 0
  for (let i = 0; i < xs.length; i++) if (!marked(other, xs[i] as number)) n++
  return n
}

/**
 * Sørensen–Dice over character bigrams from precomputed profiles: the same value as
 * `diceSimilarity` (string-similarity's compareTwoStrings) on the texts the profiles came
 * from, without rebuilding its bigram map on every comparison (a property test holds the two
 * equal).
 */
export const profileDice = (a: Uint32Array, b: Uint32Array): number =>
  a.length === 0 || b.length === 0 ? 0 : (2 * mergeCount(a, b)) / (a.length + b.length)

let dpPrev = new Int32Array(64)
let dpCur = new Int32Array(64)

/** Longest common subsequence length (two-row dynamic programme). */
export const lcsLength = (a: Int32Array, b: Int32Array): number => {
  if (a.length === 0 || b.length === 0) return 0
  if (dpPrev.length <= b.length) {
    dpPrev = new Int32Array(b.length + 1)
    dpCur = new Int32Array(b.length + 1)
  }
  let prev = dpPrev
  let cur = dpCur
  prev.fill(0, 0, b.length + 1)
  cur.fill(0, 0, b.length + 1)
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1]
    for (let j = 1; j <= b.length; j++) {
      cur[j] = ai === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, cur[j - 1] as number)
    }
    const t = prev
    prev = cur
    cur = t
  }
  return prev[b.length] as number
}

/** Word-level Levenshtein distance. */
export const editDistance = (a: Int32Array, b: Int32Array): number => {
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length
  if (dpPrev.length <= b.length) {
    dpPrev = new Int32Array(b.length + 1)
    dpCur = new Int32Array(b.length + 1)
  }
  let prev = dpPrev
  let cur = dpCur
  for (let j = 0; j <= b.length; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1)
      cur[j] = Math.min(sub, (prev[j] as number) + 1, (cur[j - 1] as number) + 1)
    }
    const t = prev
    prev = cur
    cur = t
  }
  return prev[b.length] as number
}

const ratio = (n: number, d: number, empty: number): number => (d === 0 ? empty : n / d)

/** Clipped n-gram precision of each side against the other, combined by `pick` (BLEU-style). */
const ngramPrecision = (ga: Sorted, gb: Sorted, pick: (x: number, y: number) => number): number => {
  if (ga.length === 0 || gb.length === 0) return ga.length === gb.length ? 1 : 0
  const m = mergeCount(ga, gb)
  return pick(m / ga.length, m / gb.length)
}

const commonPrefix = (x: string, y: string): number => {
  let i = 0
  while (i < x.length && i < y.length && x.charCodeAt(i) === y.charCodeAt(i)) i++
  return i
}

/**
 * Share of `s` found in `l` when unmatched words may also match by spelling (a shared stem
 * prefix of five letters or more, all but the last letter of the shorter: "modernis" /
 * "moderniz" do, "organ" / "organis" do not).
 */
const fuzzyCover = (s: Int32Array, l: Int32Array, inS: Int32Array, inL: Int32Array, exact: number): number => {
  if (s.length === 0) return l.length === 0 ? 1 : 0
  let extra = 0
  for (let i = 0; i < s.length; i++) {
    const xi = s[i] as number
    if (marked(inL, xi)) continue
    const x = keyOf(xi)
    if (x.length < 5 || x.startsWith('#')) continue
    for (let j = 0; j < l.length; j++) {
      const yj = l[j] as number
      if (marked(inS, yj)) continue
      const y = keyOf(yj)
      if (y.length >= 5 && commonPrefix(x, y) >= Math.max(5, Math.min(x.length, y.length) - 1)) {
        extra++
        break
      }
    }
  }
  return (exact + extra) / s.length
}

const fuzzyContainment = (ca: Int32Array, cb: Int32Array, exact: number): number =>
  ca.length === cb.length
    ? Math.max(fuzzyCover(ca, cb, markA, markB, exact), fuzzyCover(cb, ca, markB, markA, exact))
    : ca.length < cb.length
      ? fuzzyCover(ca, cb, markA, markB, exact)
      : fuzzyCover(cb, ca, markB, markA, exact)

/**
 * Share of `content` (weighted by word length, a corpus-free stand-in for inverse document
 * frequency: long words are rare, short ones common) found in `other`.
 */
/** log(1 + n) for short words, computed once. */
const LOG1P_LENGTH = Float64Array.from({ length: 64 }, (_, n) => Math.log(1 + n))

const weightedCover = (content: Int32Array, lengths: Uint32Array, other: Int32Array, identical: number): number => {
  let all = 0
  let hit = 0
  for (let i = 0; i < content.length; i++) {
    const len = lengths[i] as number
    const w = len < 64 ? (LOG1P_LENGTH[len] as number) : Math.log(1 + len)
    all += w
    if (marked(other, content[i] as number)) hit += w
  }
  return all === 0 ? identical : hit / all
}

// -------------------------------------------------------------------------------------
// features
// -------------------------------------------------------------------------------------

/** Both spans after joining the compounds that the other side writes as one word. */
export const alignCompounds = (a: Prepared, b: Prepared): readonly [Prepared, Prepared] => [
  joinCompounds(a, b.surfaceHashes),
  joinCompounds(b, a.surfaceHashes)
]

/** The signals of a comparison of two prepared spans (compounds already aligned), in `FEATURE_NAMES` order. */
export const featureVector = (a: Prepared, b: Prepared): Float64Array => {
  // Each view is taken once: the arrays are views of one packed buffer per span.
  const ca = a.contentSet
  const cb = b.contentSet
  const contentA = a.content
  const contentB = b.content
  const na = a.numbers
  const nb = b.numbers
  const pa = a.proper
  const pb = b.proper
  const ga1 = a.grams1
  const gb1 = b.grams1
  const ga2 = a.grams2
  const gb2 = b.grams2
  const cbA = a.contentBigrams
  const cbB = b.contentBigrams
  mark(ca, cb)
  const inter = mergeCount(ca, cb)
  const minC = Math.min(ca.length, cb.length)
  const maxC = Math.max(ca.length, cb.length)
  const identical = a.compact === b.compact ? 1 : 0
  const sharedNumbers = mergeCount(na, nb)
  const numbersDiffer = na.length !== nb.length || sharedNumbers !== na.length
  const [shortLen, longLen] = ca.length <= cb.length ? [ca.length, cb.length] : [cb.length, ca.length]
  const lenA = ga1.length
  const lenB = gb1.length
  const coverA = weightedCover(contentA, a.contentLengths, markB, identical)
  const coverB = weightedCover(contentB, b.contentLengths, markA, identical)
  const v = new Float64Array(FEATURE_NAMES.length)
  v[0] = identical === 1 ? 1 : profileDice(a.profile, b.profile)
  v[1] = ratio(inter, minC, identical)
  v[2] = ratio(inter, maxC, identical)
  v[3] = ratio(mergeCount(ga1, gb1), Math.max(lenA, lenB), identical)
  v[4] = ratio(Math.min(lenA, lenB), Math.max(lenA, lenB), 1)
  v[5] = ratio(lcsLength(contentA, contentB), Math.max(contentA.length, contentB.length), identical)
  v[6] = ratio(mergeCount(cbA, cbB), Math.min(cbA.length, cbB.length), identical)
  v[7] = a.negations % 2 !== b.negations % 2 ? 1 : 0
  v[8] = na.length > 0 && nb.length > 0 && numbersDiffer ? 1 : 0
  v[9] = (na.length > 0) !== (nb.length > 0) ? 1 : 0
  v[10] = Math.log1p(shortLen - inter)
  v[11] = Math.log1p(longLen - inter)
  const missingProper = missing(pa, markB) + missing(pb, markA)
  v[12] = Math.log1p(missingProper)
  v[13] = Math.log1p(Math.abs(contentA.length - contentB.length))
  v[14] = ngramPrecision(ga1, gb1, Math.min)
  v[15] = ngramPrecision(ga2, gb2, Math.min)
  v[16] = ngramPrecision(a.grams3, b.grams3, Math.min)
  v[17] = ngramPrecision(ga2, gb2, Math.max)
  v[18] = fuzzyContainment(ca, cb, inter)
  v[19] = ratio(sharedNumbers, Math.max(na.length, nb.length), 1)
  v[20] = ratio(editDistance(contentA, contentB), Math.max(contentA.length, contentB.length), 0)
  v[21] = Math.log1p(missingProper + missing(na, markB) + missing(nb, markA))
  v[22] = identical === 1 ? 1 : profileDice(a.contentProfile, b.contentProfile)
  v[23] = ratio(Math.min(a.compact.length, b.compact.length), Math.max(a.compact.length, b.compact.length), 1)
  v[24] = Math.max(coverA, coverB)
  v[25] = Math.min(coverA, coverB)
  return v
}

/** A feature vector as a record keyed by the names of its positions. */
export const namedVector = <K extends string>(names: ReadonlyArray<K>, v: ArrayLike<number>): Record<K, number> => {
  const out: Partial<Record<K, number>> = {}
  names.forEach((k, i) => {
    out[k] = v[i] ?? 0
  })
  return out as Record<K, number>
}

/** The signals as a named record. */
export const features = (a: Prepared, b: Prepared): Features => namedVector(FEATURE_NAMES, featureVector(a, b))

/** Containment of the shorter span's distinct content keys in the other: a cheap first test. */
export const containment = (a: Prepared, b: Prepared): number => {
  const ca = a.contentSet
  const cb = b.contentSet
  const n = Math.min(ca.length, cb.length)
  return n === 0 ? 0 : mergeCount(ca, cb) / n
}
