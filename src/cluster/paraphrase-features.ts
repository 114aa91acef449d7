/**
 * Further lexical signals of `sameStatement`, after the MT-evaluation view of paraphrase
 * (Madnani, Tetreault & Chodorow 2012: BLEU n-gram precisions, TER, METEOR-like matches) and
 * the usual MSRP signals (number mismatch, attribution, character n-grams). Internal.
 *
 * Like `features.ts`, everything compares integer ids and hashes of the prepared spans, and
 * allocates at most a few small typed arrays per comparison: this runs for every candidate
 * pair of clustering.
 */
import { editDistance, mergeCount, namedVector } from './features'
import { type Prepared, tokenize } from './normalise'

/** Names of the signals, in the order of `paraphraseVector`. */
export const PARAPHRASE_FEATURE_NAMES = ['terAll', 'attributionMismatch', 'numberMisses', 'unigramMax', 'insertionRun'] as const

/** One signal name. */
export type ParaphraseFeatureName = (typeof PARAPHRASE_FEATURE_NAMES)[number]

/** The signals of one comparison, each a finite number. */
export type ParaphraseFeatures = { readonly [K in ParaphraseFeatureName]: number }

// -------------------------------------------------------------------------------------
// primitives
// -------------------------------------------------------------------------------------

/**
 * Scratch hash tables from token id to a bit mask of its positions (the first 32) in a
 * span, cleared by stamping rather than filling: one comparison builds one per span in
 * O(length) and then answers membership and Myers' match masks in O(1).
 */
interface Table {
  keys: Int32Array
  masks: Int32Array
  stamps: Int32Array
  stamp: number
  mask: number
}

const table = (): Table => ({ keys: new Int32Array(64), masks: new Int32Array(64), stamps: new Int32Array(64), stamp: 0, mask: 63 })
const TABLE_A = table()
const TABLE_B = table()

const slot = (t: Table, id: number): number => {
  let i = (Math.imul(id, 0x9e3779b1) >>> 16) & t.mask
  while (t.stamps[i] === t.stamp && t.keys[i] !== id) i = (i + 1) & t.mask
  return i
}

/** Fills `t` with the ids of `xs` and the mask of their positions below 32. */
const fill = (t: Table, xs: Int32Array): void => {
  if (xs.length * 2 > t.keys.length) {
    let size = t.keys.length
    while (xs.length * 2 > size) size *= 2
    t.keys = new Int32Array(size)
    t.masks = new Int32Array(size)
    t.stamps = new Int32Array(size)
    t.stamp = 0
    t.mask = size - 1
  }
  t.stamp++
  for (let i = 0; i < xs.length; i++) {
    const id = xs[i] as number
    const k = slot(t, id)
    if (t.stamps[k] !== t.stamp) {
      t.stamps[k] = t.stamp
      t.keys[k] = id
      t.masks[k] = 0
    }
    if (i < 32) t.masks[k] = (t.masks[k] as number) | (1 << i)
  }
}

const has = (t: Table, id: number): boolean => t.stamps[slot(t, id)] === t.stamp

/** Positions (below 32) of `id` in the span of `t`, as a bit mask. */
const positions = (t: Table, id: number): number => {
  const k = slot(t, id)
  return t.stamps[k] === t.stamp ? (t.masks[k] as number) : 0
}

/**
 * Word edit distance between `p` (the span of table `tp`, at most 32 tokens) and `q`:
 * Myers' bit-parallel algorithm in Hyyrö's formulation, one machine word per token of `q`.
 * Equal to the dynamic programme of `editDistance` (a property test holds them equal).
 */
const myers = (tp: Table, m: number, q: Int32Array): number => {
  const high = 1 << (m - 1)
  const ones = m === 32 ? -1 : (1 << m) - 1
  let pv = ones
  let mv = 0
  let score = m
  for (let j = 0; j < q.length; j++) {
    const eq = positions(tp, q[j] as number)
    const xv = eq | mv
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq
    let ph = mv | ~(xh | pv)
    let mh = pv & xh
    if ((ph & high) !== 0) score++
    else if ((mh & high) !== 0) score--
    ph = (ph << 1) | 1
    mh = mh << 1
    pv = (mh | ~(xv | ph)) & ones
    mv = ph & xv & ones
  }
  return score
}

/** Word edit distance, bit-parallel when the shorter span has at most 32 tokens. */
export const wordEditDistance = (a: Int32Array, b: Int32Array): number => {
  const [p, q] = a.length <= b.length ? [a, b] : [b, a]
  if (p.length === 0) return q.length
  if (p.length > 32) return editDistance(p, q)
  fill(TABLE_A, p)
  return myers(TABLE_A, p.length, q)
}

/** Key id of "said" (and "say", its stem), found once through the tokenizer. */
let sayId: number | undefined
const said = (): number => {
  if (sayId === undefined) sayId = tokenize('said')[0]?.id ?? -1
  return sayId
}

const EMPTY = new Uint32Array(0)
const isDigit = (c: number): boolean => c >= 48 && c <= 57

const HAS_DIGIT = /\d/

/**
 * The numbers of a span as written in digits ("4.75", "900,000", "18" and "49" of
 * "18-to-49", "40" of "CAC-40"), as sorted distinct 32-bit hashes. Written forms, not
 * values: "24.5 million" and "24,500,000" differ here, which on MSRP separates better than
 * the normalised values of `Prepared.numbers` (number words and scales are folded there, and
 * counted by the number signals of `features.ts`). Most quotes have no digit, and are
 * dismissed by one native regular-expression test.
 */
const digitNumbers = (text: string): Uint32Array => {
  if (!HAS_DIGIT.test(text)) return EMPTY
  let out: number[] | undefined
  let h = 0
  let inNumber = false
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32
    if (isDigit(c)) {
      if (!inNumber) h = 0x811c9dc5
      inNumber = true
      h = Math.imul(h ^ c, 0x01000193)
    } else if (inNumber && (c === 46 || c === 44) && i + 1 < text.length && isDigit(text.charCodeAt(i + 1))) {
      h = Math.imul(h ^ c, 0x01000193)
    } else if (inNumber) {
      inNumber = false
      ;(out ??= []).push(h >>> 0)
    }
  }
  if (out === undefined) return EMPTY
  const sorted = Uint32Array.from(out).sort()
  let n = 0
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i] as number
  return sorted.subarray(0, n)
}

/** Longest run of consecutive tokens of `p` (function words included) whose keys are not in `q`'s table. */
const insertion = (p: Int32Array, q: Table): number => {
  let run = 0
  let best = 0
  for (let i = 0; i < p.length; i++) {
    if (has(q, p[i] as number)) run = 0
    else if (++run > best) best = run
  }
  return best
}

const hasId = (xs: Int32Array, id: number): boolean => {
  for (let i = 0; i < xs.length; i++) if (xs[i] === id) return true
  return false
}

// -------------------------------------------------------------------------------------
// features
// -------------------------------------------------------------------------------------

/**
 * The further signals of a comparison of two prepared spans (compounds already aligned), in
 * `PARAPHRASE_FEATURE_NAMES` order:
 *
 * - `terAll`: word edit distance over every token (function words included), over the longer
 *   span's length: a translation edit rate without shifts.
 * - `attributionMismatch`: 1 when one span says "said" and the other does not. Paraphrases
 *   often add or drop the attribution ("..., he said"), which the other signals count as
 *   missing words; on MSRP train the fitted weight of this signal is positive, i.e. it
 *   discounts that difference rather than penalising it.
 * - `numberMisses`: log(1 + numbers written in digits in only one span).
 * - `unigramMax`: the larger of the two clipped unigram precisions over every token (BLEU's
 *   p1, each side taken as the reference in turn): high when one span is contained in the
 *   other.
 * - `insertionRun`: log(1 + the longest run of tokens of either span whose keys the other
 *   lacks): an inserted clause ("as he screamed in pain") rather than scattered rewording.
 */
export const paraphraseVector = (a: Prepared, b: Prepared): Float64Array => {
  const allA = a.all
  const allB = b.all
  const na = digitNumbers(a.text)
  const nb = digitNumbers(b.text)
  const say = said()
  const v = new Float64Array(PARAPHRASE_FEATURE_NAMES.length)
  const longer = Math.max(allA.length, allB.length)
  const shorter = Math.min(allA.length, allB.length)
  // Both tables are built once and serve the edit distance, the unigram matches and the runs.
  fill(TABLE_A, allA)
  fill(TABLE_B, allB)
  v[0] =
    longer === 0
      ? 0
      : (shorter > 32 ? editDistance(allA, allB) : allA.length <= allB.length ? myers(TABLE_A, allA.length, allB) : myers(TABLE_B, allB.length, allA)) / longer
  v[1] = hasId(allA, say) !== hasId(allB, say) ? 1 : 0
  v[2] = na.length + nb.length === 0 ? 0 : Math.log1p(na.length + nb.length - 2 * mergeCount(na, nb))
  v[3] = shorter === 0 ? 0 : mergeCount(a.grams1, b.grams1) / shorter
  v[4] = Math.log1p(Math.max(insertion(allA, TABLE_B), insertion(allB, TABLE_A)))
  return v
}

/** The further signals as a named record. */
export const paraphraseFeatures = (a: Prepared, b: Prepared): ParaphraseFeatures => namedVector(PARAPHRASE_FEATURE_NAMES, paraphraseVector(a, b))
