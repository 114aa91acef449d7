import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { MSRP_THRESHOLD, sameStatement } from '../../src/cluster'
import { alignCompounds, editDistance } from '../../src/cluster/features'
import { prepare } from '../../src/cluster/normalise'
import { PARAPHRASE_FEATURE_NAMES, paraphraseFeatures, wordEditDistance } from '../../src/cluster/paraphrase-features'

// The MT-evaluation signals of sameStatement (src/cluster/paraphrase-features.ts), on
// sentences written for these tests (other events, outlets and names than the seeds).
const signals = (a: string, b: string) => {
  const [pa, pb] = alignCompounds(prepare(a), prepare(b))
  return paraphraseFeatures(pa, pb)
}

const words = ['the', 'port', 'council', 'said', 'rates', 'rose', 'not', 'in', 'March', '4.5', 'percent', 'strike', 'ended', 'on', 'Monday', 'union', 'two']
const sentence = fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 40 }).map((ws) => ws.join(' '))

describe('wordEditDistance', () => {
  it('equals the dynamic programme on short and long token sequences (bit-parallel up to 32 tokens)', () => {
    const seq = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 0, maxLength: 45 }).map((xs) => Int32Array.from(xs))
    fc.assert(
      fc.property(seq, seq, (a, b) => {
        expect(wordEditDistance(a, b)).toBe(editDistance(a, b))
      }),
      { numRuns: 500 }
    )
  })

  it('counts substitutions, insertions and deletions of words', () => {
    expect(wordEditDistance(Int32Array.of(1, 2, 3), Int32Array.of(1, 2, 3))).toBe(0)
    expect(wordEditDistance(Int32Array.of(1, 2, 3), Int32Array.of(1, 9, 3))).toBe(1)
    expect(wordEditDistance(Int32Array.of(1, 2, 3), Int32Array.of(1, 3))).toBe(1)
    expect(wordEditDistance(Int32Array.of(), Int32Array.of(4, 5))).toBe(2)
    // exactly 32 tokens: the widest bit-parallel pattern
    const a = Int32Array.from({ length: 32 }, (_, i) => i)
    const b = Int32Array.from({ length: 33 }, (_, i) => (i === 16 ? 99 : i < 16 ? i : i - 1))
    expect(wordEditDistance(a, b)).toBe(editDistance(a, b))
    expect(wordEditDistance(a, b)).toBe(1)
  })
})

describe('paraphrase signals', () => {
  it('are finite and symmetric', () => {
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const x = signals(a, b)
        const y = signals(b, a)
        for (const k of PARAPHRASE_FEATURE_NAMES) {
          expect(Number.isFinite(x[k])).toBe(true)
          expect(x[k]).toBeCloseTo(y[k], 12)
        }
      }),
      { numRuns: 200 }
    )
  })

  it('show no difference between a sentence and itself', () => {
    const s = signals('The dockworkers said the strike at Rotterdam ended after 12 days', 'The dockworkers said the strike at Rotterdam ended after 12 days')
    expect(s).toEqual({ terAll: 0, attributionMismatch: 0, numberMisses: 0, unigramMax: 1, insertionRun: 0 })
  })

  it('count numbers written in only one span, as written', () => {
    expect(signals('Sales rose 4.5 percent in March', 'Sales rose 4.5 percent in March').numberMisses).toBe(0)
    expect(signals('Sales rose 4.5 percent in March', 'Sales rose 4.7 percent in March').numberMisses).toBeCloseTo(Math.log(3), 12)
    expect(signals('The index closed at 10,310.04', 'The index closed at 10,310.04 on Friday').numberMisses).toBe(0)
    expect(signals('The index closed at 10,310.04', 'The index closed at 10,310').numberMisses).toBeGreaterThan(0)
  })

  it('tell an inserted clause from scattered rewording', () => {
    const base = 'The teenager was in critical condition, police said in a statement'
    const inserted = signals(base, 'The teenager was in critical condition at Mercy General Hospital in Sacramento, police said in a statement')
    const reworded = signals(base, 'The youth was in critical condition, officers said in a statement')
    // "at Mercy General Hospital": four tokens the base lacks ("in", of "in Sacramento", it has)
    expect(inserted.insertionRun).toBeCloseTo(Math.log1p(4), 12)
    expect(reworded.insertionRun).toBeLessThan(inserted.insertionRun)
  })

  it('notice an attribution present on one side only', () => {
    expect(signals('The vote was postponed, the senator said', 'The vote was postponed').attributionMismatch).toBe(1)
    expect(signals('The vote was postponed, the senator said', 'The senator said the vote was postponed').attributionMismatch).toBe(0)
  })

  it('measure the word edit rate over every token, function words included', () => {
    const s = signals('The board will meet on Tuesday', 'The board will meet on Thursday')
    expect(s.terAll).toBeCloseTo(1 / 6, 12)
    expect(s.unigramMax).toBeCloseTo(5 / 6, 12)
  })
})

describe('sameStatement with the paraphrase signals', () => {
  it('scores a sentence with an inserted clause of new facts below its plain rewording', () => {
    const a = 'The airline cancelled 40 flights on Sunday because of the storm'
    const reworded = sameStatement(a, 'The airline canceled 40 flights on Sunday due to the storm')
    const added = sameStatement(a, 'The airline cancelled 40 flights on Sunday because of the storm that flooded two terminals and closed the northern runway')
    expect(reworded.score).toBeGreaterThan(added.score)
    expect(reworded.signals.probability).toBeGreaterThanOrEqual(MSRP_THRESHOLD)
  })

  it('lowers the score when the figures differ, even below the number veto', () => {
    const a = 'Exports grew 3.1 percent in the second quarter, the ministry said'
    const same = sameStatement(a, 'Exports grew 3.1 percent in the second quarter, the ministry said', { vetoes: false })
    const other = sameStatement(a, 'Exports grew 1.8 percent in the second quarter, the ministry said', { vetoes: false })
    expect(other.signals.numberMisses).toBeGreaterThan(0)
    expect(other.signals.probability).toBeLessThan(same.signals.probability)
  })
})
