/**
 * The lexical signals of `sameStatement`, computed over two prepared spans. Internal.
 */
import { diceSimilarity } from '../text/similarity'
import { type Prepared, joinCompounds, surfaceSet } from './normalise'

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

const intersectionSize = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let n = 0
  for (const x of small) if (large.has(x)) n++
  return n
}

const multisetOverlap = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): number => {
  const counts = new Map<string, number>()
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1)
  let n = 0
  for (const x of b) {
    const c = counts.get(x)
    if (c !== undefined && c > 0) {
      counts.set(x, c - 1)
      n++
    }
  }
  return n
}

/** Longest common subsequence length (two-row dynamic programme). */
export const lcsLength = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): number => {
  if (a.length === 0 || b.length === 0) return 0
  let prev = new Uint16Array(b.length + 1)
  let cur = new Uint16Array(b.length + 1)
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1]
    for (let j = 1; j <= b.length; j++) {
      cur[j] = ai === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, cur[j - 1] as number)
    }
    ;[prev, cur] = [cur, prev]
  }
  return prev[b.length] as number
}

const bigrams = (xs: ReadonlyArray<string>): ReadonlySet<string> => {
  const s = new Set<string>()
  for (let i = 0; i + 1 < xs.length; i++) s.add(`${xs[i]} ${xs[i + 1]}`)
  return s
}

const ratio = (n: number, d: number, empty: number): number => (d === 0 ? empty : n / d)

/** Both spans after joining the compounds that the other side writes as one word. */
export const alignCompounds = (a: Prepared, b: Prepared): readonly [Prepared, Prepared] => [
  joinCompounds(a, surfaceSet(b)),
  joinCompounds(b, surfaceSet(a))
]

/** The signals of a comparison of two prepared spans (compounds already aligned). */
export const features = (a: Prepared, b: Prepared): Features => {
  const ca = a.contentSet
  const cb = b.contentSet
  const inter = intersectionSize(ca, cb)
  const minC = Math.min(ca.size, cb.size)
  const maxC = Math.max(ca.size, cb.size)
  const identical = a.compact === b.compact ? 1 : 0
  const na = a.numbers
  const nb = b.numbers
  const numbersDiffer = na.length !== nb.length || na.some((x, i) => x !== nb[i])
  let properMiss = 0
  for (const p of a.proper) if (!cb.has(p)) properMiss++
  for (const p of b.proper) if (!ca.has(p)) properMiss++
  const [shortSet, longSet] = ca.size <= cb.size ? [ca, cb] : [cb, ca]
  const ba = bigrams(a.content)
  const bb = bigrams(b.content)
  return {
    dice: identical === 1 ? 1 : diceSimilarity(a.compact, b.compact),
    containMin: ratio(inter, minC, identical),
    containMax: ratio(inter, maxC, identical),
    allOverlap: ratio(multisetOverlap(a.all, b.all), Math.max(a.all.length, b.all.length), identical),
    lengthRatio: ratio(Math.min(a.all.length, b.all.length), Math.max(a.all.length, b.all.length), 1),
    lcs: ratio(lcsLength(a.content, b.content), Math.max(a.content.length, b.content.length), identical),
    bigram: ratio(intersectionSize(ba, bb), Math.min(ba.size, bb.size), identical),
    negationMismatch: a.negations % 2 !== b.negations % 2 ? 1 : 0,
    numberMismatch: na.length > 0 && nb.length > 0 && numbersDiffer ? 1 : 0,
    numberOneSided: (na.length > 0) !== (nb.length > 0) ? 1 : 0,
    unmatchedShort: Math.log1p(shortSet.size - inter),
    unmatchedLong: Math.log1p(longSet.size - inter),
    properMismatch: Math.log1p(properMiss),
    lengthDiff: Math.log1p(Math.abs(a.content.length - b.content.length)),
    ngram1: ngramPrecision(a.all, b.all, 1, Math.min),
    ngram2: ngramPrecision(a.all, b.all, 2, Math.min),
    ngram3: ngramPrecision(a.all, b.all, 3, Math.min),
    ngram2Max: ngramPrecision(a.all, b.all, 2, Math.max),
    fuzzyContainMin: fuzzyContainment(a, b, inter),
    numberShared: ratio(na.filter((x) => nb.includes(x)).length, Math.max(na.length, nb.length), 1),
    unmatchedEntities: Math.log1p(unmatchedEntities(a, cb) + unmatchedEntities(b, ca)),
    contentDice: identical === 1 ? 1 : diceSimilarity(contentText(a), contentText(b)),
    charRatio: ratio(Math.min(a.compact.length, b.compact.length), Math.max(a.compact.length, b.compact.length), 1),
    weightedContainMin: weightedContainment(a, b, Math.max),
    weightedContainMax: weightedContainment(a, b, Math.min),
    editDistance: ratio(editDistance(a.content, b.content), Math.max(a.content.length, b.content.length), 0)
  }
}

const ngrams = (xs: ReadonlyArray<string>, n: number): ReadonlyArray<string> => {
  const out: string[] = []
  for (let i = 0; i + n <= xs.length; i++) out.push(xs.slice(i, i + n).join(' '))
  return out
}

/** Clipped n-gram precision of each side against the other, combined by `pick` (BLEU-style). */
const ngramPrecision = (
  a: ReadonlyArray<string>,
  b: ReadonlyArray<string>,
  n: number,
  pick: (x: number, y: number) => number
): number => {
  const ga = ngrams(a, n)
  const gb = ngrams(b, n)
  if (ga.length === 0 || gb.length === 0) return ga.length === gb.length ? 1 : 0
  const m = multisetOverlap(ga, gb)
  return pick(m / ga.length, m / gb.length)
}

/** Word-level Levenshtein distance. */
export const editDistance = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): number => {
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  let cur = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1)
      cur[j] = Math.min(sub, (prev[j] as number) + 1, (cur[j - 1] as number) + 1)
    }
    ;[prev, cur] = [cur, prev]
  }
  return prev[b.length] as number
}

/**
 * Containment of the shorter side when unmatched content words may also match by spelling
 * (a shared stem prefix of five letters or more: "organization" / "organizers" do not, but
 * "modernisation" / "modernization" do).
 */
const fuzzyContainment = (a: Prepared, b: Prepared, exact: number): number =>
  a.contentSet.size === b.contentSet.size
    ? Math.max(fuzzyCover(a.contentSet, b.contentSet, exact), fuzzyCover(b.contentSet, a.contentSet, exact))
    : a.contentSet.size < b.contentSet.size
      ? fuzzyCover(a.contentSet, b.contentSet, exact)
      : fuzzyCover(b.contentSet, a.contentSet, exact)

const fuzzyCover = (s: ReadonlySet<string>, l: ReadonlySet<string>, exact: number): number => {
  if (s.size === 0) return l.size === 0 ? 1 : 0
  let extra = 0
  for (const x of s) {
    if (l.has(x) || x.length < 5 || x.startsWith('#')) continue
    for (const y of l) {
      if (y.length >= 5 && !s.has(y) && commonPrefix(x, y) >= Math.max(5, Math.min(x.length, y.length) - 1)) {
        extra++
        break
      }
    }
  }
  return (exact + extra) / s.size
}

const commonPrefix = (x: string, y: string): number => {
  let i = 0
  while (i < x.length && i < y.length && x.charCodeAt(i) === y.charCodeAt(i)) i++
  return i
}

/** Names and numbers of `p` that the other side lacks: added or changed facts. */
const unmatchedEntities = (p: Prepared, other: ReadonlySet<string>): number => {
  let n = 0
  for (const x of p.proper) if (!other.has(x)) n++
  for (const x of p.numbers) if (!other.has(x)) n++
  return n
}

const contentText = (p: Prepared): string => {
  let s = ''
  for (const t of p.tokens) if (t.kind === 'content' || t.kind === 'number' || t.kind === 'negation') s += t.surface + ' '
  return s
}

/**
 * Containment weighted by word length, a corpus-free stand-in for inverse document frequency
 * (long words are rare, short ones common). `pick` chooses which side's coverage to report.
 */
const weightedContainment = (a: Prepared, b: Prepared, pick: (x: number, y: number) => number): number => {
  const cover = (p: Prepared, other: ReadonlySet<string>): number => {
    let all = 0
    let hit = 0
    for (const t of p.tokens) {
      if (t.kind !== 'content' && t.kind !== 'number') continue
      const w = Math.log(1 + t.surface.length)
      all += w
      if (other.has(t.key)) hit += w
    }
    return all === 0 ? (a.compact === b.compact ? 1 : 0) : hit / all
  }
  return pick(cover(a, b.contentSet), cover(b, a.contentSet))
}
