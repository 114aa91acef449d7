/**
 * Tokens and sentences for the stance stage. Internal to `src/stance` (not re-exported).
 *
 * Sentence splitting is a small rule-based fallback kept here so that stance does not depend
 * on the order in which stages land; offsets are UTF-16 code units into the input.
 */
import { STOPWORDS, stem } from '../text/natural'
import { NEGATION_CUES } from './lexicon'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** One word of a text, with its offsets and the facts features need. */
export interface Token {
  /** Lower-case surface form (curly apostrophes straightened, `n't` removed). */
  readonly word: string
  /** Porter stem of `word`. */
  readonly stem: string
  readonly start: number
  readonly end: number
  /** Starts with an upper-case letter. */
  readonly cap: boolean
  /** Starts with a digit. */
  readonly num: boolean
  /** A content word: not a stop word, not a negation, not a one-letter word. */
  readonly content: boolean
  /** A negation, including a contracted `n't` (which also yields a `not` token). */
  readonly neg: boolean
}

/** A sentence span of a text. */
export interface SentenceSpan {
  readonly start: number
  readonly end: number
}

// -------------------------------------------------------------------------------------
// tokens
// -------------------------------------------------------------------------------------

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu
const NEGATIONS: ReadonlySet<string> = new Set(NEGATION_CUES.words)
const EXTRA_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'may', 'might', 'must', 'would', 'will', 'shall', 'should', 'can', 'also', 'one', 'us', 'per', 'via', 'yet'
])

const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase()
const isDigit = (c: string): boolean => c >= '0' && c <= '9'

/** Tokenises `text[from, to)`; words keep offsets into `text`. */
export const tokenize = (text: string, from = 0, to = text.length): ReadonlyArray<Token> => {
  const out: Token[] = []
  const slice = text.slice(from, to)
  WORD.lastIndex = 0
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    const raw = m[0]
    const start = from + m.index
    let word = raw.toLowerCase().replace(/’/g, "'")
    let contracted = false
    if (word.endsWith("n't") && word.length > 3) {
      word = word === "can't" ? 'can' : word === "won't" ? 'will' : word.slice(0, -3)
      contracted = true
    } else if (word.endsWith("'s")) {
      word = word.slice(0, -2)
    }
    const first = raw.charAt(0)
    const neg = NEGATIONS.has(word)
    out.push({
      word,
      stem: stem(word),
      start,
      end: start + raw.length,
      cap: isUpper(first),
      num: isDigit(first),
      content: !neg && !STOPWORDS.has(word) && !EXTRA_FUNCTION_WORDS.has(word) && (word.length > 1 || isDigit(first)),
      neg
    })
    if (contracted) {
      out.push({ word: 'not', stem: 'not', start, end: start + raw.length, cap: false, num: false, content: false, neg: true })
    }
  }
  return out
}

// -------------------------------------------------------------------------------------
// sentences
// -------------------------------------------------------------------------------------

const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'prof', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt',
  'sgt', 'maj', 'adm', 'inc', 'co', 'corp', 'ltd', 'vs', 'no', 'nos', 'fig', 'approx', 'est', 'dept',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k',
  'u.n', 'e.g', 'i.e', 'etc', 'al', 'mt', 'ft', 'rev', 'hon'
])
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»'])
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '«'])

/** The word (letters and inner dots) that ends just before `i`. */
const wordBefore = (text: string, i: number): string => {
  let j = i
  while (j > 0 && /[\p{L}.]/u.test(text.charAt(j - 1))) j--
  return text.slice(j, i).toLowerCase()
}

const isLowerLetter = (c: string): boolean => c !== c.toUpperCase() && c === c.toLowerCase()

/**
 * Splits text into sentence spans: at line breaks, and after `.`, `!` or `?` (with any closing
 * quotes) before a capital, digit or opening quote, except after common abbreviations and
 * initials. A full stop glued to a capitalised word after a lower-case word ("says.Now") also
 * ends a sentence. Spans are trimmed of white space and never empty.
 */
export const splitSentenceSpans = (text: string): ReadonlyArray<SentenceSpan> => {
  const out: SentenceSpan[] = []
  const push = (a: number, b: number): void => {
    let s = a
    let e = b
    while (s < e && /\s/.test(text.charAt(s))) s++
    while (e > s && /\s/.test(text.charAt(e - 1))) e--
    if (e > s) out.push({ start: s, end: e })
  }
  let start = 0
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charAt(i)
    if (c === '\n' || c === '\r') {
      push(start, i)
      start = i + 1
      continue
    }
    if (c !== '.' && c !== '!' && c !== '?') continue
    let j = i + 1
    while (j < n && (text.charAt(j) === '.' || text.charAt(j) === '!' || text.charAt(j) === '?')) j++
    while (j < n && CLOSERS.has(text.charAt(j))) j++
    const next = text.charAt(j)
    if (c === '.' && j === i + 1 && isUpper(next)) {
      // glued: "says.Now" ends a sentence, "U.S.A" and "J.R.R." do not
      const w = wordBefore(text, i)
      if (w.length >= 3 && !w.includes('.') && /^[a-z]+$/.test(w) && isLowerLetter(text.charAt(i - 1)) && !ABBREVIATIONS.has(w)) {
        push(start, j)
        start = j
      }
      continue
    }
    if (j < n && !/\s/.test(next)) continue
    let k = j
    while (k < n && /[ \t\u00a0]/.test(text.charAt(k))) k++
    const after = text.charAt(k)
    if (k < n && !(isUpper(after) || isDigit(after) || OPENERS.has(after) || after === '\n' || after === '\r')) continue
    if (c === '.') {
      const w = wordBefore(text, i)
      if (ABBREVIATIONS.has(w) || ABBREVIATIONS.has(w.replace(/\.$/, '')) || /^\p{L}$/u.test(w)) continue
    }
    push(start, j)
    start = j
    i = j - 1
  }
  push(start, n)
  return out
}
