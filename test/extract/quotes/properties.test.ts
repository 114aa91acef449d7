import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractQuotes, extractQuotesFromCorpus } from '../../../src/extract/quotes'
import { Quote, Speaker } from '../../../src/model/quote'
import { article } from './helpers'

/** Text built from pieces that stress the extractor: quote marks, verbs, names, pronouns, punctuation. */
const newsy = fc
  .array(
    fc.constantFrom(
      '"', '“', '”', '«', '»', "'", '‘', '’', ',', '.', ':', ' ', '\n', '\n\n', 'said', 'told', 'Reuters', 'according to',
      'he', 'she', 'they', 'the minister', 'Two officials', 'Ana Costa', 'Costa', 'Dr.', 'U.S.', 'that', 'We will win',
      'the so-called', 'added', 'tweeted', 'adding that', 'saying', '(NSA)', 'was quoted as saying', 'Mr.', '—', '…'
    ),
    { maxLength: 60 }
  )
  .map((xs) => xs.join(' '))

describe('extractQuotes properties', () => {
  it('never throws, and every record is valid with exact direct offsets', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), newsy), (text) => {
        const { quotes, speakers } = extractQuotes(article('p', text))
        for (const q of quotes) {
          expect(Quote.is(q)).toBe(true)
          expect(q.start).toBeLessThanOrEqual(q.end)
          expect(q.end).toBeLessThanOrEqual(text.length)
          expect(text.slice(q.start, q.end)).toBe(q.text)
          for (const p of q.parts) {
            expect(p.start).toBeGreaterThanOrEqual(q.start)
            expect(p.end).toBeLessThanOrEqual(q.end)
          }
          if (q.speakerId !== null) expect(speakers.some((s) => s.id === q.speakerId)).toBe(true)
        }
        for (const s of speakers) expect(Speaker.is(s)).toBe(true)
        expect(new Set(quotes.map((q) => q.id)).size).toBe(quotes.length)
      }),
      { numRuns: 300 }
    )
  })

  it('is deterministic and independent of unrelated articles for ids', () => {
    fc.assert(
      fc.property(newsy, newsy, (a, b) => {
        const one = extractQuotesFromCorpus([article('a', a), article('b', b)])
        const two = extractQuotesFromCorpus([article('a', a), article('b', b)])
        expect(two).toEqual(one)
        const alone = extractQuotes(article('a', a)).quotes.map((q) => q.id)
        expect(one.quotes.filter((q) => q.articleId === 'a').map((q) => q.id)).toEqual(alone)
      }),
      { numRuns: 100 }
    )
  })
})
