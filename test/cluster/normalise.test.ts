import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { prepare, tokenize, wordPieces } from '../../src/cluster/normalise'
import { forEachBucket } from '../../src/cluster/minhash'

// The tokenizer reads words character by character; this is the regular expression it replaced.
const WORD_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:['\u2019\u02bc\-\u2010\u2011.][\p{L}\p{N}]+)*/gu
const regexPieces = (text: string): Array<readonly [number, number]> => [...text.matchAll(WORD_RE)].map((m) => [m.index, m.index + m[0].length] as const)

// Pieces that exercise the number, joiner and surrogate rules.
const PIECES = ['1', '12', '123', '1234', ',', '.', '-', '\u2010', "'", '\u2019', '\u02bc', ' ', '\n', 'a', 'Zé', 'ß', '٣', '²', '😀', '𝐀', '\ud800', '\udc00', '"', '(', 'U.S.', "n't", '1,000', '2.5']
const wordish = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(''))

describe('wordPieces', () => {
  it('finds exactly the matches of the word regular expression', () => {
    for (const text of ['1,234,567.89 and 1,23 or 1234,567', 'U.S.-led end.The "cyber-attack" isn\u2019t', 'x--y -a- 3-1 2010-2012']) {
      expect(wordPieces(text)).toEqual(regexPieces(text))
    }
    fc.assert(fc.property(wordish, (text) => JSON.stringify(wordPieces(text)) === JSON.stringify(regexPieces(text))), { numRuns: 200 })
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => JSON.stringify(wordPieces(text)) === JSON.stringify(regexPieces(text))), { numRuns: 200 })
  })
})

describe('tokenize', () => {
  it('gives tokens in order, inside the text, the same on every call', () => {
    fc.assert(
      fc.property(fc.oneof(wordish, fc.string({ maxLength: 60 })), (text) => {
        const ts = tokenize(text)
        expect(tokenize(text)).toEqual(ts)
        let last = 0
        for (const t of ts) {
          expect(t.start).toBeGreaterThanOrEqual(last)
          expect(t.end).toBeLessThanOrEqual(text.length)
          expect(t.end).toBeGreaterThan(t.start)
          last = t.start
        }
      }),
      { numRuns: 500 }
    )
  })

  it('folds contractions, acronyms, phrase variants, numbers and spelling', () => {
    const keys = (s: string) => tokenize(s).map((t) => [t.surface, t.kind])
    expect(keys("They can't")).toEqual([['they', 'pronoun'], ['can', 'function'], ['not', 'negation']])
    expect(tokenize('the U.S. said').map((t) => t.surface)).toEqual(tokenize('the United States said').map((t) => t.surface))
    expect(tokenize('thirty-three').length).toBe(1)
    expect(tokenize('3 million people')[0]).toMatchObject({ surface: '3000000', kind: 'number', start: 0, end: 9 })
    expect(tokenize('organised')[0]?.key).toBe(tokenize('organized')[0]?.key)
    expect(tokenize('a bridge, in Porto Alegre').filter((t) => t.proper).map((t) => t.surface)).toEqual(['porto', 'alegre'])
  })
})

describe('prepare', () => {
  it('builds sorted, distinct sets and counts corrective negations apart', () => {
    fc.assert(
      fc.property(fc.oneof(wordish, fc.string({ maxLength: 60 })), (text) => {
        const p = prepare(text)
        for (const set of [p.contentSet, p.numbers, p.proper, p.surfaceHashes, p.contentBigrams])
          for (let i = 1; i < set.length; i++) expect((set[i] as number) > (set[i - 1] as number)).toBe(true)
        expect(p.all.length).toBe(tokenize(text).length)
        expect(p.spans.length).toBe(2 * p.all.length)
      }),
      { numRuns: 300 }
    )
    expect(prepare('We will not win').negations).toBe(1)
    expect(prepare('not a single strike but many attacks').negations).toBe(0)
  })
})

describe('forEachBucket', () => {
  it('visits exactly the groups of signatures that agree on a whole band, members ascending', () => {
    const lsh = { bands: 4, rows: 2 }
    const k = lsh.bands * lsh.rows
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: k, maxLength: k }), { maxLength: 40 }), (sigs) => {
        const seen: string[] = []
        forEachBucket(Uint32Array.from(sigs.flat()), sigs.length, lsh, (members) => {
          const m = [...members]
          for (let i = 1; i < m.length; i++) expect(m[i] as number).toBeGreaterThan(m[i - 1] as number)
          seen.push(m.join(' '))
        })
        const expected: string[] = []
        for (let b = 0; b < lsh.bands; b++) {
          const groups = new Map<string, number[]>()
          sigs.forEach((s, i) => {
            const key = s.slice(b * lsh.rows, b * lsh.rows + lsh.rows).join(',')
            groups.set(key, [...(groups.get(key) ?? []), i])
          })
          for (const g of groups.values()) if (g.length >= 2) expected.push(g.join(' '))
        }
        expect(seen.sort()).toEqual(expected.sort())
      }),
      { numRuns: 300 }
    )
  })
})
