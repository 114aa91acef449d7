import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { normalizeToken, tokenize, wordTokens } from '../../src/text/tokens'

describe('tokenize', () => {
  it('keeps hyphenated words, curly and straight apostrophes, initialisms and numbers whole', () => {
    const text = 'The bank’s cyber-attacks cost $3.5 million, 70% of 33,000 accounts; the U.S. couldn\'t tell Anne‐Marie.'
    expect(tokenize(text).map((t) => t.text)).toEqual([
      'The', 'bank’s', 'cyber-attacks', 'cost', '$', '3.5', 'million', ',', '70%', 'of', '33,000', 'accounts', ';',
      'the', 'U.S.', "couldn't", 'tell', 'Anne‐Marie', '.'
    ])
  })

  it('gives exact offsets and kinds', () => {
    const text = '  Strikers’ demands: 12 items.'
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text)
    expect(tokenize(text).map((t) => t.kind)).toEqual(['word', 'punct', 'word', 'punct', 'number', 'word', 'punct'])
  })

  it('normalises case, apostrophes and hyphens', () => {
    expect(normalizeToken('Union’s')).toBe("union's")
    expect(normalizeToken('Jean‑Luc')).toBe('jean-luc')
    expect(wordTokens('She’s IN-house').map((t) => t.norm)).toEqual(["she's", 'in-house'])
  })

  it('respects a range', () => {
    const text = 'one two three four'
    expect(tokenize(text, { start: 4, end: 13 }).map((t) => t.text)).toEqual(['two', 'three'])
  })

  it('property: tokens are ordered, in bounds, slice back to their text and cover all non-space', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const toks = tokenize(text)
        let prev = 0
        let covered = 0
        for (const t of toks) {
          expect(t.start).toBeGreaterThanOrEqual(prev)
          expect(text.slice(t.start, t.end)).toBe(t.text)
          covered += t.text.replace(/\s/g, '').length
          prev = t.end
        }
        expect(covered).toBe(text.replace(/\s/g, '').length)
      })
    )
  })
})
