/**
 * Stable, fast, non-cryptographic hashing for ids. Internal.
 */

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits. */
export const fnv1a64 = (s: string): string => {
  let h = 0xcbf29ce484222325n
  const prime = 0x100000001b3n
  const mask = 0xffffffffffffffffn
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i))
    h = (h * prime) & mask
  }
  return h.toString(16).padStart(16, '0')
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
