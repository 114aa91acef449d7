/**
 * Stable, fast, non-cryptographic hashing for ids. Internal.
 */

/**
 * 64-bit FNV-1a over UTF-16 code units, as 16 hex digits. Computed on two 32-bit halves
 * (the prime is 2^40 + 0x1b3, so h * prime = h * 0x1b3 + (h << 40)): the same digits as a
 * BigInt implementation, several times faster.
 */
export const fnv1a64 = (s: string): string => {
  let hi = 0xcbf29ce4
  let lo = 0x84222325
  for (let i = 0; i < s.length; i++) {
    lo = (lo ^ s.charCodeAt(i)) >>> 0
    const loMul = lo * 0x1b3
    const carry = Math.floor(loMul / 0x100000000)
    hi = (hi * 0x1b3 + carry + ((lo << 8) >>> 0)) >>> 0
    lo = loMul >>> 0
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0')
}

/** 32-bit FNV-1a, for hot paths (shingle hashing). */
export const fnv1a32 = (s: string): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** A short stable id: `prefix_` + 12 hex digits of the hash of the parts. */
export const stableId = (prefix: string, ...parts: ReadonlyArray<string | number>): string =>
  `${prefix}_${fnv1a64(parts.join('\u0000')).slice(0, 12)}`
