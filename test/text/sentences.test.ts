import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { splitSentences } from '../../src/text/sentences'

const split = (text: string, range?: { start: number; end: number }): ReadonlyArray<string> =>
  splitSentences(text, range).map((s) => text.slice(s.start, s.end))

describe('splitSentences', () => {
  it('keeps titles and ranks before names', () => {
    expect(split('Brig. Gen. Anne Larsen and Dr. Ortiz met Mr. Wu. They talked.')).toEqual([
      'Brig. Gen. Anne Larsen and Dr. Ortiz met Mr. Wu.',
      'They talked.'
    ])
    expect(split('Lt. Col. Hana Ruiz, Sen. Bo Park and Gov. Lee spoke.')).toHaveLength(1)
  })

  it('keeps initialisms inside a sentence but ends one before a sentence starter', () => {
    expect(split('The U.S. Army said the U.N. Security Council met. The U.S. later agreed.')).toEqual([
      'The U.S. Army said the U.N. Security Council met.',
      'The U.S. later agreed.'
    ])
    expect(split('The strike came from the U.S. On Monday, markets fell.')).toEqual([
      'The strike came from the U.S.',
      'On Monday, markets fell.'
    ])
  })

  it('handles months, numbers, times and personal initials', () => {
    expect(split('The vote is on Sept. 14 and Jan. 3 at 9 a.m. Eastern time. Seat No. 5 is free.')).toEqual([
      'The vote is on Sept. 14 and Jan. 3 at 9 a.m. Eastern time.',
      'Seat No. 5 is free.'
    ])
    expect(split('J. R. Okafor wrote the book. It sold well.')).toEqual(['J. R. Okafor wrote the book.', 'It sold well.'])
    expect(split('Doors open at 7 p.m. The band plays at 8.')).toEqual(['Doors open at 7 p.m.', 'The band plays at 8.'])
    expect(split('Acme Inc. said profits rose 3.5 percent. Shares fell.')).toEqual([
      'Acme Inc. said profits rose 3.5 percent.',
      'Shares fell.'
    ])
  })

  it('keeps a closing quotation mark with the sentence it closes', () => {
    expect(split('She said: “We will strike.” The union agreed.')).toEqual(['She said: “We will strike.”', 'The union agreed.'])
    expect(split('He asked, "Why now?" Nobody answered.')).toEqual(['He asked, "Why now?"', 'Nobody answered.'])
    expect(split('“It is over,” she said. “We won.”')).toEqual(['“It is over,” she said.', '“We won.”'])
    // a question inside a quote followed by its attribution stays one sentence
    expect(split('“Who pays?” asked the mayor.')).toEqual(['“Who pays?” asked the mayor.'])
    expect(split('“Who pays?” she asked.')).toEqual(['“Who pays?” she asked.'])
  })

  it('splits a missing space after a period, not decimals, domains or initialisms', () => {
    expect(split('The bank closed, the union says.Now the talks resume.')).toEqual([
      'The bank closed, the union says.',
      'Now the talks resume.'
    ])
    expect(split('Visit example.com for 3.5 percent off at the U.S.Mint.')).toHaveLength(1)
  })

  it('leaves ellipses inside a clause alone', () => {
    expect(split('The attack was...repelled by the shield. Then it stopped.')).toEqual([
      'The attack was...repelled by the shield.',
      'Then it stopped.'
    ])
    expect(split('We tried … but failed. Later we won.')).toEqual(['We tried … but failed.', 'Later we won.'])
  })

  it('treats blank lines and single-line headers as boundaries', () => {
    expect(split('Bank Workers Strike in Lagos\n\nWorkers walked out on Monday. Talks failed.')).toEqual([
      'Bank Workers Strike in Lagos',
      'Workers walked out on Monday.',
      'Talks failed.'
    ])
    expect(split('12 March 2021 - 10:15\nStory ID: 99812\nThe strike began')).toEqual([
      '12 March 2021 - 10:15',
      'Story ID: 99812',
      'The strike began'
    ])
  })

  it('joins hard-wrapped lines', () => {
    const wrapped =
      'The central bank said on Tuesday that it would raise its main\n' +
      'interest rate by half a point, the third increase this year, as\n' +
      'Inflation climbed to a decade high. Markets fell after the news.\n' +
      'Analysts expect another rise.'
    expect(split(wrapped)).toHaveLength(3)
  })

  it('handles a one-line article with no final period and respects a range', () => {
    const text = 'LAGOS - Tellers struck on Monday. Branches shut'
    expect(split(text)).toEqual(['LAGOS - Tellers struck on Monday.', 'Branches shut'])
    const spans = splitSentences(text, { start: 9, end: 47 })
    expect(spans[0]).toEqual({ start: 9, end: 33 })
  })

  it('is total on degenerate input', () => {
    expect(splitSentences('')).toEqual([])
    expect(splitSentences('   \n\n  ')).toEqual([])
    expect(split('...')).toEqual(['...'])
    expect(splitSentences('abc', { start: 10, end: 2 })).toEqual([])
  })

  const textArb = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc
      .array(
        fc.constantFrom('U.S.', 'Mr.', 'Dr.', 'Sept.', '14', 'said', '.', '. ', '?', '!', '…', '...', '“', '”', '"', "'", ' ', '\n', '\n\n', 'The', 'a.m.', 'J.', 'says.Now', '\u00a0', 'word'),
        { maxLength: 80 }
      )
      .map((xs) => xs.join(' '))
  )

  it('property: spans are ordered, disjoint, in bounds, trimmed and cover all non-space', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        const lo = Math.min(a, b) % (text.length + 1)
        const hi = Math.max(lo, Math.max(a, b) % (text.length + 1))
        for (const range of [undefined, { start: lo, end: hi }]) {
          const spans = splitSentences(text, range)
          const rs = range?.start ?? 0
          const re = range?.end ?? text.length
          let prev = rs
          const covered = new Uint8Array(text.length)
          for (const s of spans) {
            expect(s.start).toBeGreaterThanOrEqual(prev)
            expect(s.end).toBeGreaterThan(s.start)
            expect(s.end).toBeLessThanOrEqual(re)
            expect(/^\s/.test(text.slice(s.start, s.end))).toBe(false)
            expect(/\s$/.test(text.slice(s.start, s.end))).toBe(false)
            for (let i = s.start; i < s.end; i++) covered[i] = 1
            prev = s.end
          }
          for (let i = rs; i < re; i++) if (!/\s/.test(text[i]!)) expect(covered[i]).toBe(1)
        }
      }),
      { numRuns: 300 }
    )
  })
})
