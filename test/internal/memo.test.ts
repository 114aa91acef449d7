import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { memoByString } from '../../src/internal/memo'

describe('memoByString', () => {
  it('returns what the function returns, undefined and null included, computing each stored key once', () => {
    const calls: string[] = []
    const f = memoByString((k: string): string | null | undefined => {
      calls.push(k)
      return k === 'u' ? undefined : k === 'n' ? null : k.toUpperCase()
    }, 10)
    for (const k of ['a', 'u', 'n', 'a', 'u', 'n']) f(k)
    expect([f('a'), f('u'), f('n')]).toEqual(['A', undefined, null])
    expect(calls).toEqual(['a', 'u', 'n'])
  })

  it('stores at most `capacity` keys and still answers the others', () => {
    let n = 0
    const f = memoByString((k: string) => {
      n++
      return k.length
    }, 2)
    expect([f('a'), f('bb'), f('ccc'), f('ccc'), f('a')]).toEqual([1, 2, 3, 3, 1])
    expect(n).toBe(4)
  })

  it('is transparent: same answers as the function, in any order of calls', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 50 }), fc.integer({ min: 0, max: 8 }), (keys, capacity) => {
        const g = (k: string): number => [...k].reduce((s, c) => s * 31 + (c.codePointAt(0) ?? 0), 7) % 1009
        const f = memoByString(g, capacity)
        expect(keys.map(f)).toEqual(keys.map(g))
      })
    )
  })
})
