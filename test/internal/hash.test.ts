import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fnv1a32, fnv1a64, stableId } from '../../src/internal/hash'

/** The reference: 64-bit FNV-1a with BigInt arithmetic. */
const reference = (s: string): string => {
  let h = 0xcbf29ce484222325n
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i))
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn
  }
  return h.toString(16).padStart(16, '0')
}

describe('hash', () => {
  it('fnv1a64 matches the published test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325')
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c')
    expect(fnv1a64('foobar')).toBe('85944171f73967e8')
  })
  it('fnv1a64 equals the BigInt reference on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => fnv1a64(s) === reference(s)))
  })
  it('fnv1a32 matches the published test vectors', () => {
    expect(fnv1a32('').toString(16)).toBe('811c9dc5')
    expect(fnv1a32('a').toString(16)).toBe('e40c292c')
  })
  it('stableId is a pure function of its parts', () => {
    expect(stableId('q', 'a', 1)).toBe(stableId('q', 'a', 1))
    expect(stableId('q', 'a', 1)).not.toBe(stableId('q', 'a1'))
    expect(stableId('q', 'x')).toMatch(/^q_[0-9a-f]{12}$/)
  })
})
