import * as E from 'fp-ts/Either'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Article, decodeRecords, decodeText, ingestText, type Article as ArticleT } from '../../src'

/** Every span lies within the text, and every recorded `text` is exactly its slice. */
const checkSpans = (a: ArticleT): void => {
  const n = a.text.length
  const inBounds = (s: { start: number; end: number }) => {
    expect(s.start).toBeGreaterThanOrEqual(0)
    expect(s.start).toBeLessThanOrEqual(s.end)
    expect(s.end).toBeLessThanOrEqual(n)
  }
  const withText = [a.title, a.byline, a.dateline, ...a.boilerplate, ...a.citedSources].filter((x) => x !== null)
  for (const s of withText) {
    inBounds(s)
    expect(a.text.slice(s.start, s.end)).toBe(s.text)
  }
  for (const s of [...a.paragraphs, a.outlet?.span, a.published?.span]) if (s !== null && s !== undefined) inBounds(s)
  // paragraphs are ordered and disjoint, and never overlap boilerplate
  for (let i = 1; i < a.paragraphs.length; i++) expect(a.paragraphs[i]!.start).toBeGreaterThanOrEqual(a.paragraphs[i - 1]!.end)
  for (const p of a.paragraphs) for (const b of a.boilerplate) expect(p.end <= b.start || p.start >= b.end).toBe(true)
  expect(Article.is(a)).toBe(true)
}

// article-shaped pieces, so that the generated texts reach the header, byline, dateline and footer paths
const piece = fc.constantFrom(
  'TEHRAN - ', 'WASHINGTON (AP) — ', '(Reuters) - ', 'RNA - ', 'By Jane Doe, Reuters', 'News ID: 123', '25 October 2019 - 20:04',
  'Leave a Reply', 'Your email address will not be published.', 'All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 International License.',
  'Copyright 2024 The Associated Press.', 'MH/PA', 'Fars News Agency', '“Quoted,” he said.', '"Straight," she said.', 'told The Associated Press',
  'according to Fars News Agency', 'Press TV reported', 'U.S.', '\u00a0 ', '  ', '\r\n', '\n', '\n\n', '\ufeff', '.', 'A headline', 'tweeted on Monday, June 3, 2024.'
)
const articleText = fc.array(fc.oneof(piece, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 40 }).map((xs) => xs.join(''))

describe('ingestText properties', () => {
  it('never throws on arbitrary strings; Right results have exact, in-bounds spans', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const r = ingestText({ id: 'p', text })
        if (E.isRight(r)) checkSpans(r.right)
        else expect(r.left.record).toBe('p')
      }),
      { numRuns: 300 }
    )
  })

  it('never throws on article-shaped text; spans exact; text kept as given', () => {
    fc.assert(
      fc.property(articleText, fc.integer({ min: 200, max: 2000 }), (text, maxParagraph) => {
        const r = ingestText({ id: 'p', text }, { maxParagraph })
        if (E.isRight(r)) {
          expect(r.right.text).toBe(text)
          checkSpans(r.right)
        }
      }),
      { numRuns: 400 }
    )
  })

  it('is deterministic', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        expect(ingestText({ id: 'p', text })).toEqual(ingestText({ id: 'p', text }))
      }),
      { numRuns: 100 }
    )
  })

  it('decodeText and decodeRecords never throw on arbitrary input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 200 }), (bytes, s) => {
        decodeText('x', bytes)
        const j = decodeRecords(s, { source: 's.json', format: 'json' })
        const n = decodeRecords(s, { source: 's.ndjson', format: 'ndjson' })
        expect(j.inputs.length + j.errors.length).toBeGreaterThanOrEqual(0)
        expect(n.inputs.length + n.errors.length).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 300 }
    )
  })
})
