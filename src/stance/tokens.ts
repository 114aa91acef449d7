/**
 * Word tokens for the stance stage, with the facts its features need (stem, content word,
 * negation). Internal to `src/stance` (not re-exported); offsets are UTF-16 code units into
 * the input. Sentences come from `splitSentences` (src/text).
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
