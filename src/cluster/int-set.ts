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

/**
 * A map from pairs of non-negative 31-bit integers to numbers, by open addressing on typed
 * arrays (a `Map` keyed by `x * n + y` boxes every key above 2^31 once n passes 46341).
 */
export interface PairMap {
  xs: Int32Array
  ys: Int32Array
  values: Float64Array
  size: number
}

/** An empty pair map sized for about `expected` pairs. */
export const pairMap = (expected = 1024): PairMap => {
  let cap = 16
  while (cap < expected * 2) cap *= 2
  return { xs: new Int32Array(cap).fill(-1), ys: new Int32Array(cap), values: new Float64Array(cap), size: 0 }
}

const slotOf = (xs: Int32Array, ys: Int32Array, x: number, y: number): number => {
  const mask = xs.length - 1
  let i = fmix32(Math.imul(x, 0x9e3779b1) ^ y) & mask
  for (;;) {
    const s = xs[i] as number
    if (s === -1 || (s === x && ys[i] === y)) return i
    i = (i + 1) & mask
  }
}

/** The value of (x, y), or undefined. */
export const pairGet = (m: PairMap, x: number, y: number): number | undefined => {
  const i = slotOf(m.xs, m.ys, x, y)
  return m.xs[i] === -1 ? undefined : (m.values[i] as number)
}

/** Sets the value of (x, y). */
export const pairSet = (m: PairMap, x: number, y: number, v: number): void => {
  if ((m.size + 1) * 2 > m.xs.length) {
    const { xs, ys, values } = m
    m.xs = new Int32Array(xs.length * 2).fill(-1)
    m.ys = new Int32Array(xs.length * 2)
    m.values = new Float64Array(xs.length * 2)
    for (let i = 0; i < xs.length; i++) {
      if (xs[i] === -1) continue
      const j = slotOf(m.xs, m.ys, xs[i] as number, ys[i] as number)
      m.xs[j] = xs[i] as number
      m.ys[j] = ys[i] as number
      m.values[j] = values[i] as number
    }
  }
  const i = slotOf(m.xs, m.ys, x, y)
  if (m.xs[i] === -1) {
    m.xs[i] = x
    m.ys[i] = y
    m.size++
  }
  m.values[i] = v
}
