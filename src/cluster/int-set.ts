/**
 * A set of 32-bit unsigned integers by open addressing on a Uint32Array. Internal to the
 * cluster stage: corpus vocabularies of word hashes hold millions of values at or above
 * 2^31, which a `Set<number>` stores as boxed heap numbers (slow to add and to look up, and
 * a burden on the garbage collector). Created and filled inside one function call.
 */
import { fmix32 } from './minhash'

/** The set: `slots` holds value + 1 (0 marks an empty slot), so 0xffffffff is stored apart. */
export interface IntSet {
  slots: Uint32Array
  size: number
  hasMax: boolean
}

/** An empty set sized for about `expected` values. */
export const intSet = (expected = 1024): IntSet => {
  let cap = 16
  while (cap < expected * 2) cap *= 2
  return { slots: new Uint32Array(cap), size: 0, hasMax: false }
}

const insert = (slots: Uint32Array, v1: number): boolean => {
  const mask = slots.length - 1
  let i = fmix32(v1) & mask
  for (;;) {
    const s = slots[i] as number
    if (s === 0) {
      slots[i] = v1
      return true
    }
    if (s === v1) return false
    i = (i + 1) & mask
  }
}

/** Adds `x` (taken modulo 2^32). */
export const intSetAdd = (set: IntSet, x: number): void => {
  const v = x >>> 0
  if (v === 0xffffffff) {
    set.hasMax = true
    return
  }
  if ((set.size + 1) * 2 > set.slots.length) {
    const old = set.slots
    set.slots = new Uint32Array(old.length * 2)
    for (let i = 0; i < old.length; i++) if (old[i] !== 0) insert(set.slots, old[i] as number)
  }
  if (insert(set.slots, v + 1)) set.size++
}

/** Whether `x` (taken modulo 2^32) is in the set. */
export const intSetHas = (set: IntSet, x: number): boolean => {
  const v = x >>> 0
  if (v === 0xffffffff) return set.hasMax
  const v1 = v + 1
  const slots = set.slots
  const mask = slots.length - 1
  let i = fmix32(v1) & mask
  for (;;) {
    const s = slots[i] as number
    if (s === 0) return false
    if (s === v1) return true
    i = (i + 1) & mask
  }
}
