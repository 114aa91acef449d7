/**
 * Word tokens with offsets into the original text.
 *
 * Hyphenated words ("cyber-attacks", "Gholam-Reza") and words with inner apostrophes,
 * straight or curly ("Iran’s", "could've"), are single tokens; initialisms keep their
 * periods ("U.S."); numbers keep their separators and a percent sign ("33,000", "3.5", "70%").
 *
 * @since 0.1.0
 */
import type { Span } from '../model/common'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What a token is made of.
 *
 * @example
 * import type { TokenKind } from 'gainsay'
 * const k: TokenKind = 'word'
 *
 * @since 0.1.0
 */
export type TokenKind = 'word' | 'number' | 'punct'

/**
 * One token: its text exactly as in the input, a normalised form (lower case, curly
 * apostrophes and Unicode hyphens made ASCII), and its span.
 *
 * @example
 * import { tokenize, type Token } from 'gainsay'
 * const first: Token | undefined = tokenize('Iran’s minister')[0]
 * first?.norm // "iran's"
 *
 * @since 0.1.0
 */
export interface Token {
  readonly text: string
  readonly norm: string
  readonly kind: TokenKind
  readonly start: number
  readonly end: number
}

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

/**
 * Normalises a token's text for comparison: lower case, `’`/`‘` to `'`, Unicode hyphens
 * and dashes inside words to `-`.
 *
 * @example
 * import { normalizeToken } from 'gainsay'
 * normalizeToken('Iran’s') // "iran's"
 * normalizeToken('Gholam‐Reza') // 'gholam-reza'
 *
 * @since 0.1.0
 */
export const normalizeToken = (s: string): string => {
  const lower = s.toLowerCase()
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) return lower.replace(/[\u2018\u2019\u02bc\u2032]/g, "'").replace(/[\u2010\u2011\u2012]/g, '-')
  }
  return lower
}

const LETTERLIKE = /[\p{L}\p{M}\p{N}_]/u
const LETTER = /\p{L}/u

/** Letters, marks, digits and underscore (ASCII fast path, Unicode test otherwise). */
const isWordCode = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95
  if (c >= 0xd800 && c <= 0xdbff) return LETTERLIKE.test(text.slice(i, i + 2))
  return LETTERLIKE.test(text[i]!)
}
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57
const isLetterAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
  return i < text.length && LETTER.test(text[i]!)
}
/** Joiners allowed inside a word: hyphens and apostrophes. */
const isJoiner = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019 || c === 0x02bc
const isSpaceCode = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff

/**
 * Tokenises `text` (or the part in `range`) into words, numbers and punctuation marks, each
 * with its UTF-16 span into `text`. Initialisms keep their periods ("U.S."), numbers their
 * separators and a percent sign ("33,000", "3.5", "70%"), words their inner hyphens and
 * apostrophes ("cyber-attacks", "Iran’s"); any other visible character is punctuation.
 *
 * @example
 * import { tokenize } from 'gainsay'
 * tokenize('Iran’s cyber-attacks, the U.S. said.').map((t) => t.text)
 * // ['Iran’s', 'cyber-attacks', ',', 'the', 'U.S.', 'said', '.']
 *
 * @since 0.1.0
 */
export const tokenize = (text: string, range?: Span): ReadonlyArray<Token> => {
  const start = Math.max(0, Math.min(range?.start ?? 0, text.length))
  const end = Math.max(start, Math.min(range?.end ?? text.length, text.length))
  const out: Token[] = []
  const push = (s: number, e: number, kind: TokenKind): void => {
    const t = text.slice(s, e)
    out.push({ text: t, norm: normalizeToken(t), kind, start: s, end: e })
  }
  let i = start
  while (i < end) {
    const c = text.charCodeAt(i)
    if (isSpaceCode(c)) {
      i++
      continue
    }
    // Initialism: letter, period, letter, period ... ("U.S.", "a.m.").
    if (isLetterAt(text, i) && i + 3 < end + 1 && text.charCodeAt(i + 1) === 46 && i + 2 < end && isLetterAt(text, i + 2) && i + 3 < end && text.charCodeAt(i + 3) === 46) {
      let j = i + 4
      while (j + 1 < end && isLetterAt(text, j) && text.charCodeAt(j + 1) === 46) j += 2
      // Only when the last letter is not the start of a longer word ("U.S.Army" stays "U.S.").
      push(i, j, 'word')
      i = j
      continue
    }
    if (isDigitCode(c)) {
      let j = i + 1
      while (j < end && isDigitCode(text.charCodeAt(j))) j++
      while (j + 1 < end && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 44 || text.charCodeAt(j) === 58) && isDigitCode(text.charCodeAt(j + 1))) {
        j += 2
        while (j < end && isDigitCode(text.charCodeAt(j))) j++
      }
      if (j < end && text.charCodeAt(j) === 37) j++
      // Digits running into letters ("APT27", "20th") make one word.
      if (j < end && text.charCodeAt(j - 1) !== 37 && isWordCode(text, j)) {
        while (j < end && isWordCode(text, j)) j++
        push(i, j, 'word')
      } else push(i, j, 'number')
      i = j
      continue
    }
    if (isWordCode(text, i)) {
      let j = i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1)
      for (;;) {
        while (j < end && isWordCode(text, j)) j += text.charCodeAt(j) >= 0xd800 && text.charCodeAt(j) <= 0xdbff ? 2 : 1
        if (j + 1 < end && isJoiner(text.charCodeAt(j)) && isWordCode(text, j + 1)) {
          j++
          continue
        }
        break
      }
      push(i, Math.min(j, end), 'word')
      i = j
      continue
    }
    const w = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1
    push(i, i + w, 'punct')
    i += w
  }
  return out
}

/**
 * Only the word tokens (not numbers or punctuation) of `text` in `range`.
 *
 * @example
 * import { wordTokens } from 'gainsay'
 * wordTokens('He said: 33 attacks.').map((t) => t.norm) // ['he', 'said', 'attacks']
 *
 * @since 0.1.0
 */
export const wordTokens = (text: string, range?: Span): ReadonlyArray<Token> =>
  tokenize(text, range).filter((t) => t.kind === 'word')
