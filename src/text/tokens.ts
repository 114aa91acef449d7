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
import { KIND_NAMES, scanSpan, tokenBuffer } from './scan'

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
  const n = scanSpan(text, range)
  const b = tokenBuffer()
  // filled by push, so the array stays packed (a pre-sized array is holey and slower to read)
  const out: Token[] = []
  for (let k = 0; k < n; k++) {
    const s = b[3 * k]!
    const e = b[3 * k + 1]!
    const t = text.slice(s, e)
    out.push({ text: t, norm: normalizeToken(t), kind: KIND_NAMES[b[3 * k + 2]!]!, start: s, end: e })
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
