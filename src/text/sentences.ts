/**
 * Sentence boundaries as spans into the original text.
 *
 * A rule-based splitter written for news copy: natural's SentenceTokenizer breaks "U.S."
 * and "Brig. Gen." apart, so gainsay keeps its own. It knows abbreviations (titles, months,
 * initialisms, "No. 5"), keeps a closing quotation mark with the sentence it closes, splits
 * a missing space after a period ("says.Now"), leaves ellipses inside words alone
 * ("was...repelled") and treats blank lines (and, outside hard-wrapped blocks, single line
 * breaks) as boundaries.
 *
 * @since 0.1.0
 */
import type { Span } from '../model/common'
import {
  MONTH_ABBREVIATIONS,
  NEVER_FINAL_ABBREVIATIONS,
  NUMERIC_ABBREVIATIONS,
  OTHER_ABBREVIATIONS,
  SENTENCE_OPENERS,
  TITLE_ABBREVIATIONS
} from './abbreviations'

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

/**
 * Splits `text` (or the part of it in `range`) into sentences. Each span is trimmed of
 * surrounding white space; spans are ordered, never overlap, stay inside the range, and
 * together cover every non-white-space character of it.
 *
 * When to use it: anything that reasons per sentence (claims, attribution windows).
 * Gotchas: offsets are UTF-16 code units into `text`, not into the range.
 *
 * @example
 * import { splitSentences } from 'gainsay'
 * const text = 'Brig. Gen. J. Smith arrived in the U.S. Army base at 9 a.m. Friday. "We are ready." He left.'
 * splitSentences(text).map((s) => text.slice(s.start, s.end))
 * // ['Brig. Gen. J. Smith arrived in the U.S. Army base at 9 a.m. Friday.', '"We are ready."', 'He left.']
 *
 * @since 0.1.0
 */
export const splitSentences = (text: string, range?: Span): ReadonlyArray<Span> => {
  const start = clamp(range?.start ?? 0, 0, text.length)
  const end = clamp(range?.end ?? text.length, start, text.length)
  const cuts = boundaries(text, start, end)
  const out: Span[] = []
  let from = start
  for (const cut of cuts) {
    pushTrimmed(text, from, cut, out)
    from = cut
  }
  pushTrimmed(text, from, end, out)
  return out
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const clamp = (n: number, lo: number, hi: number): number =>
  Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), lo), hi) : lo

const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff

const pushTrimmed = (text: string, from: number, to: number, out: Span[]): void => {
  let a = from
  let b = to
  while (a < b && isSpace(text.charCodeAt(a))) a++
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--
  if (b > a) out.push({ start: a, end: b })
}

const TERMINATORS = '.!?\u2026'
/** Closing marks that stay with the sentence they close. */
const CLOSERS = '"\'\u201d\u2019\u00bb\u203a)]}'
/** Opening marks that may stand before the first word of a sentence. */
const OPENERS = '"\'\u201c\u2018\u00ab\u2039([{\u201e'

const isLower = (ch: string): boolean => ch !== ch.toUpperCase() && ch === ch.toLowerCase()
const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase()
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9'
const isLetter = (ch: string): boolean => ch.toLowerCase() !== ch.toUpperCase()

/** Positions (exclusive sentence ends) inside [start, end), ascending, deduplicated. */
const boundaries = (text: string, start: number, end: number): ReadonlyArray<number> => {
  const cuts: number[] = []
  const add = (p: number): void => {
    if (p > start && p < end && (cuts.length === 0 || cuts[cuts.length - 1]! < p)) cuts.push(p)
  }
  // Line structure: blank lines always cut; single line breaks cut unless the block is hard-wrapped.
  const lineCuts = lineBoundaries(text, start, end)
  let li = 0
  // Jump from terminator to terminator rather than visiting every character.
  const re = /[.!?\u2026]/g
  re.lastIndex = start
  for (;;) {
    const m = re.exec(text)
    if (m === null || m.index >= end) break
    const i = m.index
    while (li < lineCuts.length && lineCuts[li]! <= i) add(lineCuts[li++]!)
    let j = i
    while (j < end && TERMINATORS.includes(text[j]!)) j++
    const run = text.slice(i, j)
    while (j < end && CLOSERS.includes(text[j]!)) j++
    re.lastIndex = j
    if (j >= end) break
    if (decideCut(text, i, run, j, end)) add(j)
  }
  while (li < lineCuts.length) add(lineCuts[li++]!)
  return cuts
}

/** Should a sentence end at `j`, after the terminator run `run` that starts at `i`? */
const decideCut = (text: string, i: number, run: string, j: number, end: number): boolean => {
  const next = text.charCodeAt(j)
  const ellipsis = run === '\u2026' || run.length >= 3
  if (!isSpace(next)) {
    // "says.Now": a word of two or more lower-case letters, a period, a capitalised word.
    if (run !== '.' || j !== i + 1) return false
    const a = text[i - 1] ?? ''
    const b = text[i - 2] ?? ''
    const n1 = text[j] ?? ''
    const n2 = text[j + 1] ?? ''
    if (!(isLower(a) && isLower(b) && isUpper(n1) && isLower(n2))) return false
    const word = wordBefore(text, i)
    return !word.includes('.') && !isAbbreviation(word.toLowerCase())
  }
  // Skip white space and opening marks to the first character of the next sentence.
  let k = j
  while (k < end && isSpace(text.charCodeAt(k))) k++
  while (k < end && OPENERS.includes(text[k]!)) k++
  if (k >= end) return true
  const first = text[k]!
  if (isLower(first)) return false
  if (ellipsis) return isUpper(first) || isDigit(first) || k > j + 1
  if (run !== '.') return true
  const word = wordBefore(text, i)
  if (word === '') return true
  const lower = word.toLowerCase()
  if (NEVER_FINAL_ABBREVIATIONS.has(lower)) return false
  if (TITLE_ABBREVIATIONS.has(lower) && isUpper(word[0]!)) return false
  const nextWord = wordAt(text, k, end)
  const starter = SENTENCE_OPENERS.has(nextWord.toLowerCase()) && nextWord !== nextWord.toUpperCase()
  if (MONTH_ABBREVIATIONS.has(lower) || NUMERIC_ABBREVIATIONS.has(lower)) {
    return isDigit(first) ? false : starter
  }
  if (OTHER_ABBREVIATIONS.has(lower)) return starter
  // Initialisms ("U.S", "a.m") and single capital initials ("J").
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word)) return starter || nextWord === ''
  return true
}

const isAbbreviation = (lower: string): boolean =>
  TITLE_ABBREVIATIONS.has(lower) ||
  MONTH_ABBREVIATIONS.has(lower) ||
  NUMERIC_ABBREVIATIONS.has(lower) ||
  OTHER_ABBREVIATIONS.has(lower) ||
  NEVER_FINAL_ABBREVIATIONS.has(lower)

/** The letters-and-inner-periods word ending just before `i` ("U.S" for "U.S.", "Gen" for "Gen."). */
const wordBefore = (text: string, i: number): string => {
  let s = i
  while (s > 0) {
    const c = text[s - 1]!
    if (isLetter(c) || (c === '.' && s - 1 > 0 && isLetter(text[s - 2]!))) s--
    else break
  }
  return text.slice(s, i)
}

/** The run of letters starting at `k` (apostrophes allowed inside: "It's" gives "It"). */
const wordAt = (text: string, k: number, end: number): string => {
  let e = k
  while (e < end && isLetter(text[e]!)) e++
  return text.slice(k, e)
}

/**
 * Cuts from line structure: every blank line; a single line break when the next line does
 * not start in lower case, unless the block looks hard-wrapped and the line ends mid-phrase.
 */
const lineBoundaries = (text: string, start: number, end: number): ReadonlyArray<number> => {
  const out: number[] = []
  let blockStart = start
  let i = text.indexOf('\n', start)
  const pendingBreaks: number[] = []
  const flushBlock = (blockEnd: number): void => {
    if (pendingBreaks.length > 0) {
      const wrapped = looksWrapped(blockStart, blockEnd, pendingBreaks)
      for (const p of pendingBreaks) if (singleBreakCuts(text, p, blockEnd, wrapped)) out.push(p)
      pendingBreaks.length = 0
    }
  }
  while (i !== -1 && i < end) {
    // Is this the first newline of a blank line (only white space up to another newline)?
    let k = i + 1
    while (k < end && text[k] !== '\n' && isSpace(text.charCodeAt(k))) k++
    if (k < end && text[k] === '\n') {
      flushBlock(i)
      out.push(i)
      while (k < end && isSpace(text.charCodeAt(k))) k++
      blockStart = k
      i = text.indexOf('\n', k)
      continue
    }
    pendingBreaks.push(i)
    i = text.indexOf('\n', i + 1)
  }
  flushBlock(end)
  return out
}

const singleBreakCuts = (text: string, p: number, blockEnd: number, wrapped: boolean): boolean => {
  let k = p + 1
  while (k < blockEnd && isSpace(text.charCodeAt(k))) k++
  if (k >= blockEnd) return false
  if (isLower(text[k]!)) return false
  if (!wrapped) return true
  let b = p
  while (b > 0 && isSpace(text.charCodeAt(b - 1))) b--
  const last = text[b - 1] ?? ''
  return TERMINATORS.includes(last) || CLOSERS.includes(last) || last === ':'
}

/** Three or more lines, most of them about as long as the longest (at most 100 characters). */
const looksWrapped = (blockStart: number, blockEnd: number, breaks: ReadonlyArray<number>): boolean => {
  if (breaks.length < 2) return false
  const lengths: number[] = []
  let s = blockStart
  for (const p of breaks) {
    lengths.push(p - s)
    s = p + 1
  }
  const max = Math.max(...lengths)
  if (max > 100 || max < 30) return false
  const near = lengths.filter((n) => n >= 0.7 * max).length
  return near >= 0.7 * lengths.length && blockEnd - s <= max + 2
}
