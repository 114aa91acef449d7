/**
 * MinHash signatures and LSH banding, written for gainsay.
 *
 * Why not a package: npm `minhash` crashes on empty buckets and computes its permutations in
 * floating point, losing integer precision above 2^53; `simhash-js` is 32-bit SimHash (not a
 * Jaccard estimator) and writes globals. Here everything is 32-bit integer arithmetic
 * (`Math.imul`, the MurmurHash3 finaliser), typed arrays, and deterministic seeds, so a
 * signature is the same on every run and every platform.
 *
 * @since 0.1.0
 */
import { fnv1a32 } from '../internal/hash'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * LSH banding: `bands` bands of `rows` rows each; a signature has `bands * rows` values.
 * Two sets with Jaccard similarity s become candidates with probability
 * 1 - (1 - s^rows)^bands.
 *
 * @example
 * import type { LshOptions } from 'gainsay'
 * const strict: LshOptions = { bands: 8, rows: 5, seed: 7 }
 *
 * @since 0.1.0
 */
export interface LshOptions {
  readonly bands: number
  readonly rows: number
  /** Seed of the hash family (default 0x9e3779b9). */
  readonly seed?: number
}

/**
 * Default banding: 12 bands of 3 rows (36 hashes). Sets with Jaccard 0.5 collide with
 * probability 0.80, 0.6 with 0.93, 0.7 with 0.99; 0.2 with 0.09.
 *
 * @example
 * import { DEFAULT_LSH } from 'gainsay'
 * DEFAULT_LSH.bands * DEFAULT_LSH.rows // 36
 *
 * @since 0.1.0
 */
export const DEFAULT_LSH: LshOptions = { bands: 12, rows: 3 }

// -------------------------------------------------------------------------------------
// internal hashing
// -------------------------------------------------------------------------------------

/** MurmurHash3 32-bit finaliser: a bijective avalanche on 32-bit integers. */
export const fmix32 = (h0: number): number => {
  let h = h0 | 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** `n` deterministic 32-bit seeds derived from `seed` (splitmix-style). */
export const hashSeeds = (n: number, seed = 0x9e3779b9): Uint32Array => {
  const out = new Uint32Array(Math.max(0, n))
  let s = seed >>> 0
  for (let i = 0; i < out.length; i++) {
    s = (s + 0x9e3779b9) >>> 0
    out[i] = fmix32(s)
  }
  return out
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Hashes of the word shingles (runs of `size` consecutive words) of a token list, as a
 * sorted set of 32-bit integers. Fewer words than `size` give one shingle of all of them;
 * no words give none.
 *
 * @example
 * import { wordShingles } from 'gainsay'
 * wordShingles(['a', 'b', 'c'], 2).length // 2
 * wordShingles([], 2).length // 0
 *
 * @since 0.1.0
 */
export const wordShingles = (words: ReadonlyArray<string>, size = 1): Uint32Array => {
  const k = Math.max(1, Math.floor(size))
  if (words.length === 0) return new Uint32Array(0)
  const n = Math.max(1, words.length - k + 1)
  const out = new Uint32Array(n)
  for (let i = 0; i < n; i++) out[i] = fnv1a32(words.slice(i, i + k).join('\u0000'))
  out.sort()
  // dedupe in place
  let m = 0
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[m++] = out[i] as number
  return out.slice(0, m)
}

/**
 * Shingle hashes from per-word 32-bit hashes (the hot path of clustering, where words are
 * already hashed): runs of `size` hashes combined with FNV-1a steps, sorted, distinct.
 */
export const hashedShingles = (hashes: ArrayLike<number>, size = 1): Uint32Array => {
  const k = Math.max(1, Math.floor(size))
  if (hashes.length === 0) return new Uint32Array(0)
  const n = Math.max(1, hashes.length - k + 1)
  const out = new Uint32Array(n)
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5
    for (let j = i; j < Math.min(hashes.length, i + k); j++) h = Math.imul(h ^ (hashes[j] as number), 0x01000193)
    out[i] = k === 1 ? (hashes[i] as number) >>> 0 : h >>> 0
  }
  out.sort()
  let m = 0
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[m++] = out[i] as number
  return out.slice(0, m)
}

/**
 * The MinHash signature of a set of 32-bit shingle hashes: for each of `numHashes` hash
 * functions h_i(x) = fmix32(x XOR seed_i), the minimum over the set. The empty set gets the
 * all-0xffffffff signature (so two empty sets collide with each other and with nothing else).
 *
 * @example
 * import { minHashSignature, wordShingles } from 'gainsay'
 * const s = minHashSignature(wordShingles(['cyber', 'attack']), 36)
 * s.length // 36
 *
 * @since 0.1.0
 */
export const minHashSignature = (shingles: Uint32Array, numHashes: number, seed?: number): Uint32Array =>
  signatureWith(shingles, hashSeeds(numHashes, seed))

/** The signature for precomputed seeds (hot path of clustering). */
export const signatureWith = (shingles: Uint32Array, seeds: Uint32Array, out = new Uint32Array(seeds.length), at = 0): Uint32Array => {
  const k = seeds.length
  for (let i = 0; i < k; i++) out[at + i] = 0xffffffff
  for (let j = 0; j < shingles.length; j++) {
    const x = shingles[j] as number
    for (let i = 0; i < k; i++) {
      const h = fmix32(x ^ (seeds[i] as number))
      if (h < (out[at + i] as number)) out[at + i] = h
    }
  }
  return out
}

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

/**
 * The share of equal positions of two signatures: an unbiased estimate of the Jaccard
 * similarity of the underlying sets. Signatures of different lengths compare on the shorter.
 *
 * @example
 * import { estimatedJaccard, minHashSignature, wordShingles } from 'gainsay'
 * const a = minHashSignature(wordShingles(['a', 'b', 'c', 'd']), 128)
 * estimatedJaccard(a, a) // 1
 *
 * @since 0.1.0
 */
export const estimatedJaccard = (a: Uint32Array, b: Uint32Array): number => {
  const n = Math.min(a.length, b.length)
  if (n === 0) return 0
  let eq = 0
  for (let i = 0; i < n; i++) if (a[i] === b[i]) eq++
  return eq / n
}

/**
 * Calls `visit` with the members of every LSH bucket holding two or more signatures. The
 * signatures are stored flat: signature `i` is `flat[i*k .. i*k+k)` with k = bands * rows.
 * Buckets come band by band, each in ascending order of band hash, members ascending: the
 * order is a function of the signatures alone. Each band is grouped by a stable two-pass
 * radix sort of its hashes (linear time); memory: four 32-bit arrays of `n`. `visit` must not
 * keep or change the array it is given.
 */
export const forEachBucket = (
  flat: Uint32Array,
  n: number,
  lsh: LshOptions,
  visit: (members: Int32Array) => void
): void => {
  const k = lsh.bands * lsh.rows
  const idxBits = Math.max(1, Math.ceil(Math.log2(Math.max(2, n))))
  const hashBits = Math.min(32, 53 - idxBits)
  const shift = 32 - hashBits
  let keys = new Uint32Array(n)
  let idx = new Int32Array(n)
  let keys2 = new Uint32Array(n)
  let idx2 = new Int32Array(n)
  const count = new Int32Array(1 << 16)
  for (let band = 0; band < lsh.bands; band++) {
    for (let i = 0; i < n; i++) {
      let h = 0x2545f491 ^ band
      const base = i * k + band * lsh.rows
      for (let r = 0; r < lsh.rows; r++) h = fmix32(h ^ Math.imul((flat[base + r] as number) | 0, 0x9e3779b1 + r))
      keys[i] = h >>> shift
      idx[i] = i
    }
    // Stable LSD radix sort by the band hash, 16 bits a pass: ties stay in index order.
    for (let pass = 0; pass < 32; pass += 16) {
      count.fill(0)
      for (let i = 0; i < n; i++) {
        const d = ((keys[i] as number) >>> pass) & 0xffff
        count[d] = (count[d] as number) + 1
      }
      let sum = 0
      for (let d = 0; d < 1 << 16; d++) {
        const c = count[d] as number
        count[d] = sum
        sum += c
      }
      for (let i = 0; i < n; i++) {
        const key = keys[i] as number
        const d = (key >>> pass) & 0xffff
        const pos = count[d] as number
        count[d] = pos + 1
        keys2[pos] = key
        idx2[pos] = idx[i] as number
      }
      ;[keys, keys2] = [keys2, keys]
      ;[idx, idx2] = [idx2, idx]
    }
    let runStart = 0
    for (let j = 1; j <= n; j++) {
      if (j < n && keys[j] === keys[runStart]) continue
      if (j - runStart >= 2) visit(idx.subarray(runStart, j))
      runStart = j
    }
  }
}

/**
 * Candidate pairs from LSH banding over MinHash signatures: every pair of signatures that
 * agree on all rows of at least one band, as `[i, j]` with i < j, sorted, without
 * duplicates. Quadratic in the size of a bucket: for large corpora use `clusterPassages`,
 * which verifies buckets without listing pairs.
 *
 * @example
 * import { lshCandidatePairs, minHashSignature, wordShingles } from 'gainsay'
 * const sig = (ws: string[]) => minHashSignature(wordShingles(ws), 36)
 * lshCandidatePairs([sig(['a', 'b', 'c']), sig(['x', 'y']), sig(['a', 'b', 'c'])], { bands: 12, rows: 3 })
 * // [[0, 2]]
 *
 * @since 0.1.0
 */
export const lshCandidatePairs = (
  signatures: ReadonlyArray<Uint32Array>,
  lsh: LshOptions = DEFAULT_LSH
): ReadonlyArray<readonly [number, number]> => {
  const k = lsh.bands * lsh.rows
  const n = signatures.length
  const flat = new Uint32Array(n * k).fill(0xffffffff)
  signatures.forEach((s, i) => flat.set(s.subarray(0, k), i * k))
  const seen = new Set<number>()
  const out: Array<readonly [number, number]> = []
  forEachBucket(flat, n, lsh, (members) => {
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const i = members[x] as number
        const j = members[y] as number
        const key = i * n + j
        if (!seen.has(key)) {
          seen.add(key)
          out.push([i, j])
        }
      }
  })
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1])
}
