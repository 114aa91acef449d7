import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { intSet, intSetAdd, intSetHas, pairGet, pairMap, pairSet } from '../../src/cluster/int-set'

describe('intSet', () => {
  it('agrees with Set<number> on 32-bit values, including 0 and 0xffffffff, across growth', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(0, 0xffffffff, 0x80000000), fc.integer({ min: 0, max: 0xffffffff })), { maxLength: 300 }), fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 50 }), (xs, probes) => {
        const s = intSet(2)
        const ref = new Set<number>()
        for (const x of xs) {
          intSetAdd(s, x)
          ref.add(x)
        }
        for (const x of [...xs, ...probes, 0, 0xffffffff]) expect(intSetHas(s, x)).toBe(ref.has(x))
      })
    )
  })
})

describe('pairMap', () => {
  it('agrees with a Map keyed by the pair across growth; (x, y) and (y, x) are different keys', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(2_000_000), fc.nat(2_000_000), fc.double({ noNaN: true })), { maxLength: 300 }), (entries) => {
        const m = pairMap(2)
        const ref = new Map<string, number>()
        for (const [x, y, v] of entries) {
          pairSet(m, x, y, v)
          ref.set(`${x},${y}`, v)
        }
        for (const [x, y] of entries) {
          expect(pairGet(m, x, y)).toBe(ref.get(`${x},${y}`))
          expect(pairGet(m, y, x)).toBe(ref.get(`${y},${x}`))
        }
        expect(m.size).toBe(ref.size)
      })
    )
  })
})
