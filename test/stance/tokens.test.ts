import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { tokenize } from '../../src/stance/tokens'

describe('stance tokens', () => {
  it('keeps exact offsets, stems and marks content words', () => {
    const text = 'The ferries were cancelled in Oslo.'
    const ts = tokenize(text)
    expect(ts.map((t) => text.slice(t.start, t.end))).toEqual(['The', 'ferries', 'were', 'cancelled', 'in', 'Oslo'])
    expect(ts.filter((t) => t.content).map((t) => t.stem)).toEqual(['ferri', 'cancel', 'oslo'])
    expect(ts.find((t) => t.word === 'oslo')?.cap).toBe(true)
  })

  it("turns a contracted n't into a separate negation", () => {
    const ts = tokenize('They didn’t confirm it')
    expect(ts.map((t) => t.word)).toEqual(['they', 'did', 'not', 'confirm', 'it'])
    expect(ts.filter((t) => t.neg).map((t) => t.word)).toEqual(['not'])
  })

  it('tokenises a range with offsets into the whole text', () => {
    const text = 'First part. Second part'
    const ts = tokenize(text, 12, text.length)
    expect(ts.map((t) => text.slice(t.start, t.end))).toEqual(['Second', 'part'])
  })

  it('never throws and offsets always point at the token', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        for (const t of tokenize(s)) {
          expect(t.end).toBeGreaterThan(t.start)
          expect(s.slice(t.start, t.end).toLowerCase().replace(/’/g, "'")).toContain(t.word === 'not' && t.neg ? '' : t.word.slice(0, 1))
        }
      })
    )
  })
})
