import { describe, expect, it } from 'vitest'
import * as fc from 'fast-check'
import { diffWords, wordSimilarity, type DiffSegment } from '../../src'

const join = (segs: ReadonlyArray<DiffSegment>, keep: ReadonlyArray<DiffSegment['_tag']>): string =>
  segs
    .filter((s) => keep.includes(s._tag))
    .map((s) => s.text)
    .join('')

const words = (s: string): ReadonlyArray<string> => s.toLowerCase().match(/\S+/g) ?? []

/** Longest common subsequence length by dynamic programming: the reference for optimality. */
const lcs = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): number => {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      (dp[i] as Array<number>)[j] =
        a[i - 1] === b[j - 1] ? (dp[i - 1] as Array<number>)[j - 1]! + 1 : Math.max((dp[i - 1] as Array<number>)[j]!, (dp[i] as Array<number>)[j - 1]!)
  return (dp[a.length] as Array<number>)[b.length]!
}

const sentence = fc.array(fc.constantFrom('the', 'port', 'was', 'closed', 'not', 'on', 'Monday', 'ships', 'two', '2'), { maxLength: 14 }).map((w) => w.join(' '))

describe('diffWords', () => {
  it('marks an inserted and a dropped word', () => {
    expect(diffWords('the bridge was closed on Monday', 'the old bridge was closed Monday')).toEqual([
      { _tag: 'equal', text: 'the' },
      { _tag: 'insert', text: ' old' },
      { _tag: 'equal', text: ' bridge was closed' },
      { _tag: 'delete', text: ' on' },
      { _tag: 'equal', text: ' Monday' }
    ])
  })
  it('ignores case, curly quotes and dash variants, but not different words', () => {
    expect(diffWords('He said “no” to the cease-fire', 'he said "no" to the cease–fire').every((s) => s._tag === 'equal')).toBe(true)
    expect(diffWords('forty ships', 'fourteen ships').map((s) => s._tag)).toEqual(['delete', 'insert', 'equal'])
  })
  it('treats punctuation as its own token', () => {
    const d = diffWords('contained in four hours, and', 'contained in four hours and')
    expect(d.filter((s) => s._tag === 'delete').map((s) => s.text)).toEqual([','])
  })
  it('handles empty sides', () => {
    expect(diffWords('', '')).toEqual([])
    expect(diffWords('', 'a b')).toEqual([{ _tag: 'insert', text: 'a b' }])
    expect(diffWords('a b', '')).toEqual([{ _tag: 'delete', text: 'a b' }])
  })
  it('property: equal and inserted runs rebuild the second text exactly', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => join(diffWords(a, b), ['equal', 'insert']) === b))
    fc.assert(fc.property(sentence, sentence, (a, b) => join(diffWords(a, b), ['equal', 'insert']) === b))
  })
  it('property: equal and deleted runs hold the words of the first text in order', () => {
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        expect(words(join(diffWords(a, b), ['equal', 'delete']))).toEqual(words(a))
      })
    )
  })
  it('property: the equal runs are a longest common subsequence (Myers is optimal)', () => {
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const kept = words(join(diffWords(a, b), ['equal'])).length
        expect(kept).toBe(lcs(words(a), words(b)))
      }),
      { numRuns: 300 }
    )
  })
  it('property: adjacent runs never share a tag', () => {
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const d = diffWords(a, b)
        return d.every((s, i) => i === 0 || d[i - 1]!._tag !== s._tag)
      })
    )
  })
  it('stays fast and correct on long passages', () => {
    const base = Array.from({ length: 3000 }, (_, i) => `w${i % 97}`).join(' ')
    const changed = base.replace('w5 w6', 'w5 inserted w6').replace(/w90 /, '')
    const d = diffWords(base, changed)
    expect(join(d, ['equal', 'insert'])).toBe(changed)
    expect(d.filter((s) => s._tag !== 'equal').length).toBe(2)
  })
})

describe('wordSimilarity', () => {
  it('is 1 for the same wording and lower as words change', () => {
    expect(wordSimilarity('we closed the port', 'We closed the port')).toBe(1)
    expect(wordSimilarity('we closed the port', 'they opened a road')).toBe(0)
    expect(wordSimilarity('we closed the port', 'we closed the old port')).toBeCloseTo(0.8)
  })
})
