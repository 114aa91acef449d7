/**
 * Further lexical signals of `sameStatement`, after the MT-evaluation view of paraphrase
 * (Madnani, Tetreault & Chodorow 2012: BLEU n-gram precisions, TER, METEOR-like matches) and
 * the usual MSRP signals (number mismatch, attribution, character n-grams). Internal.
 *
 * Like `features.ts`, everything compares integer ids and hashes of the prepared spans, and
 * allocates at most a few small typed arrays per comparison: this runs for every candidate
 * pair of clustering.
 */
import { editDistance } from './features'
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

/** Size of the intersection of two sorted arrays, counting repeats (multiset). */
const mergeCount = (a: Int32Array | Uint32Array, b: Int32Array | Uint32Array): number => {
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

const contains = (sorted: Int32Array, x: number): boolean => {
  let lo = 0
  let hi = sorted.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const v = sorted[mid] as number
    if (v === x) return true
    if (v < x) lo = mid + 1
    else hi = mid - 1
  }
  return false
}

/** Key id of "said" (and "say", its stem), found once through the tokenizer. */
let sayId: number | undefined
const said = (): number => {
  if (sayId === undefined) sayId = tokenize('said')[0]?.id ?? -1
  return sayId
}

const hasId = (xs: Int32Array, id: number): boolean => {
  for (let i = 0; i < xs.length; i++) if (xs[i] === id) return true
  return false
}

/**
 * The numbers of a text as written in digits ("4.75", "900,000", "18" and "49" of
 * "18-to-49"), as sorted distinct 32-bit hashes. Written forms, not values: "24.5 million"
 * and "24,500,000" differ here, which on MSRP separates better than the normalised values
 * of `Prepared.numbers` (number words and scales are folded there, and counted by the
 * number signals of `features.ts`).
 */
const digitNumbers = (text: string): Uint32Array => {
  let out: number[] | undefined
  let h = 0
  let inNumber = false
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32
    if (c >= 48 && c <= 57) {
      if (!inNumber) h = 0x811c9dc5
      inNumber = true
      h = Math.imul(h ^ c, 0x01000193)
    } else if (inNumber && (c === 46 || c === 44) && i + 1 < text.length && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57) {
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
const EMPTY = new Uint32Array(0)

/** Longest run of consecutive tokens of `p` (function words included) whose keys never occur in `q`. */
const insertion = (p: Int32Array, qSorted: Int32Array): number => {
  let run = 0
  let best = 0
  for (let i = 0; i < p.length; i++) {
    if (contains(qSorted, p[i] as number)) run = 0
    else if (++run > best) best = run
  }
  return best
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
  const ga = a.grams1
  const gb = b.grams1
  const na = digitNumbers(a.text)
  const nb = digitNumbers(b.text)
  const say = said()
  const v = new Float64Array(PARAPHRASE_FEATURE_NAMES.length)
  const longer = Math.max(allA.length, allB.length)
  const shorter = Math.min(ga.length, gb.length)
  v[0] = longer === 0 ? 0 : editDistance(allA, allB) / longer
  v[1] = hasId(allA, say) !== hasId(allB, say) ? 1 : 0
  v[2] = na.length + nb.length === 0 ? 0 : Math.log1p(na.length + nb.length - 2 * mergeCount(na, nb))
  v[3] = shorter === 0 ? 0 : mergeCount(ga, gb) / shorter
  v[4] = Math.log1p(Math.max(insertion(allA, gb), insertion(allB, ga)))
  return v
}
/** The further signals as a named record. */
export const paraphraseFeatures = (a: Prepared, b: Prepared): ParaphraseFeatures => {
  const v = paraphraseVector(a, b)
  const out: Partial<Record<ParaphraseFeatureName, number>> = {}
  PARAPHRASE_FEATURE_NAMES.forEach((k, i) => {
    out[k] = v[i] as number
  })
  return out as ParaphraseFeatures
}
