/**
 * Internal: the token scanner behind `tokenize` (see tokens.ts), writing token boundaries
 * into a shared buffer instead of allocating token objects, so that callers that build their
 * own token records (the claim reader's keyed tokens) pay for one object per token, not two.
 * Not part of the public surface.
 */

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

/** Token kinds in the buffer. */
export const WORD = 0
export const NUMBER = 1
export const PUNCT = 2

/** The kind names, indexed by the buffer's kind codes. */
export const KIND_NAMES = ['word', 'number', 'punct'] as const

/** `scanTokens` over an optional span of `text`, clamped to the text. */
export const scanSpan = (text: string, range?: { readonly start: number; readonly end: number }): number => {
  const start = Math.max(0, Math.min(range?.start ?? 0, text.length))
  const end = Math.max(start, Math.min(range?.end ?? text.length, text.length))
  return scanTokens(text, start, end)
}

/**
 * Token boundaries of `text` in `[start, end)`: after a call returning `n`, token `k < n`
 * is `tokenBuffer()[3k]` (start), `[3k + 1]` (end), `[3k + 2]` (kind). The buffer is reused by
 * the next call, so read it before scanning again.
 */
export const scanTokens = (text: string, start: number, end: number): number => {
  count = 0
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
      push(i, j, WORD)
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
        push(i, j, WORD)
      } else push(i, j, NUMBER)
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
      push(i, Math.min(j, end), WORD)
      i = j
      continue
    }
    const w = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1
    push(i, i + w, PUNCT)
    i += w
  }
  return count
}

let buffer = new Int32Array(3 * 1024)
let count = 0

/** Appends one token to the buffer, growing it when full. */
const push = (s: number, e: number, kind: number): void => {
  const at = 3 * count
  if (at + 3 > buffer.length) {
    const grown = new Int32Array(buffer.length * 2)
    grown.set(buffer)
    buffer = grown
  }
  buffer[at] = s
  buffer[at + 1] = e
  buffer[at + 2] = kind
  count++
}

/** The buffer the last `scanTokens` call wrote (valid until the next call). */
export const tokenBuffer = (): Int32Array => buffer
