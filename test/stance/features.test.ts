import { describe, expect, it } from 'vitest'
import * as fc from 'fast-check'
import { featureNames, featureVector, headlineKeys, pairFacts, prepareText, type PairFacts } from '../../src/stance/features'

const headline = (claim: string, text: string, vocabulary: ReadonlyArray<string> = []): Record<string, number> => {
  const facts = pairFacts(prepareText(claim), prepareText(text))
  const names = featureNames('headline', vocabulary)
  const x = featureVector('headline', facts, vocabulary)
  return Object.fromEntries(names.map((n, i) => [n, x[i]!]))
}

/** The definition pairFacts implements with its indices: shared stems over claim stems, plus half the shared bigram share. */
const bruteAlignment = (f: PairFacts, i: number): number => {
  const s = f.body.sentences[i]!
  const n = f.claim.stems.size
  if (n === 0) return 0
  let hit = 0
  for (const c of f.claim.stems) if (s.stems.has(c)) hit++
  let bi = 0
  for (const b of f.claim.bigrams) if (s.bigrams.has(b)) bi++
  if (hit === 0) return 0
  return hit / n + (f.claim.bigrams.size > 0 ? (0.5 * bi) / f.claim.bigrams.size : 0)
}

describe('pairFacts', () => {
  const words = fc.constantFrom('river', 'bridge', 'closed', 'police', 'not', 'said', 'the', 'flood', 'mayor', 'denied', 'Monday', 'reopened', 'never')
  const sentence = fc.array(words, { minLength: 1, maxLength: 9 }).map((ws) => ws.join(' ') + '.')
  const text = fc.array(sentence, { minLength: 0, maxLength: 8 }).map((ss) => ss.join(' '))

  it('aligns each sentence exactly as the stem/bigram definition, and picks the 3 best (ties: earlier first)', () => {
    fc.assert(
      fc.property(fc.array(words, { minLength: 0, maxLength: 6 }).map((ws) => ws.join(' ')), text, (claim, body) => {
        const f = pairFacts(prepareText(claim), prepareText(body))
        const brute = f.body.sentences.map((_, i) => bruteAlignment(f, i))
        expect(Array.from(f.alignment)).toEqual(brute)
        const expected = brute
          .map((a, i) => ({ a, i }))
          .filter((x) => x.a > 0)
          .sort((x, y) => y.a - x.a || x.i - y.i)
          .slice(0, 3)
          .map((x) => x.i)
        expect(f.aligned).toEqual(expected)
      }),
      { numRuns: 200 }
    )
  })

  it('finds a negation only in front of a claim word', () => {
    const f = pairFacts(prepareText('The bridge closed'), prepareText('The bridge did not close. Police did not comment.'))
    expect(f.aligned[0]).toBe(0)
    const x = featureVector('stance', f)
    const names = featureNames('stance')
    expect(x[names.indexOf('st.negAligned')]).toBeCloseTo(Math.log1p(1))
  })
})

describe('headline features', () => {
  it('see an opposed state (died / alive) only when the headline does not also repeat the claim side', () => {
    expect(headline('The climber died on the mountain', 'Missing climber is alive, rescuers say')['hl.opposed']).toBe(1)
    expect(headline('The climber died on the mountain', 'Climber died on the mountain')['hl.opposed']).toBe(0)
    expect(headline('The hostage was kidnapped in the capital', 'Hostage is safe and free, family says')['hl.opposed']).toBe(1)
  })

  it('tell a negated refuting word ("not fake") from a plain one ("fake")', () => {
    const negated = headline('The photo shows a wolf in the park', 'Photographer insists wolf photo is not fake')
    expect(negated['hl.negatedRefutation']).toBe(1)
    expect(negated['hl.plainRefutation']).toBe(0)
    const plain = headline('The photo shows a wolf in the park', 'Wolf photo is fake, park says')
    expect(plain['hl.negatedRefutation']).toBe(0)
    expect(plain['hl.plainRefutation']).toBe(1)
  })

  it('count doubt and debunking phrases, and the form of the headline', () => {
    const f = headline('A comet hit the lake', 'Analyst: scientists cast doubt on comet claims?')
    expect(f['hl.doubt']).toBeGreaterThan(0)
    expect(f['hl.sourcePrefix']).toBe(1)
    expect(f['hl.questionEnd']).toBe(1)
    const g = headline('A comet hit the lake', 'Comet hits lake')
    expect(g['hl.doubt']).toBe(0)
    expect(g['hl.sourcePrefix']).toBe(0)
    expect(g['hl.questionEnd']).toBe(0)
  })

  it('bag of words: only function and cue words, never names or topic words', () => {
    const keys = headlineKeys(prepareText('Reportedly the Zorblatt comet may hit Lake Vantor'))
    expect(keys).toContain('w.reportedly')
    expect(keys).toContain('w.may')
    expect(keys).toContain('first.reportedly')
    expect(keys.some((k) => k.includes('zorblatt') || k.includes('comet') || k.includes('vantor'))).toBe(false)
    const f = headline('A comet hit the lake', 'Comet may hit lake', ['w.may', 'w.reportedly'])
    expect(f['hl.w.may']).toBe(1)
    expect(f['hl.w.reportedly']).toBe(0)
  })
})
