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
 * @since 0.1.0
 */
export type TokenKind = 'word' | 'number' | 'punct'

/**
 * One token: its text exactly as in the input, a normalised form (lower case, curly
 * apostrophes and Unicode hyphens made ASCII), and its span.
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
export const normalizeToken = (s: string): string =>
  s.toLowerCase().replace(/[\u2018\u2019\u02bc\u2032]/g, "'").replace(/[\u2010\u2011\u2012]/g, '-')

// Initialisms ("U.S.", "a.m."), numbers ("33,000", "3.5", "70%"), words with inner
// hyphens/apostrophes, then any other visible character as punctuation.
const TOKEN =
  /(\p{L}\.(?:\p{L}\.)+)|(\p{N}+(?:[.,:]\p{N}+)*%?)|([\p{L}\p{M}\p{N}_]+(?:[-\u2010\u2011'\u2019\u02bc][\p{L}\p{M}\p{N}_]+)*)|([^\s])/gu

/**
 * Tokenises `text` (or the part in `range`) into words, numbers and punctuation marks, each
 * with its UTF-16 span into `text`.
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
  const re = new RegExp(TOKEN.source, TOKEN.flags)
  re.lastIndex = start
  const out: Token[] = []
  const slice = start === 0 && end === text.length ? text : text.slice(0, end)
  let m: RegExpExecArray | null
  while ((m = re.exec(slice)) !== null) {
    const s = m.index
    const e = s + m[0].length
    const kind: TokenKind = m[1] !== undefined || m[3] !== undefined ? 'word' : m[2] !== undefined ? 'number' : 'punct'
    out.push({ text: m[0], norm: normalizeToken(m[0]), kind, start: s, end: e })
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
