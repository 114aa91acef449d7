import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { DEFAULT_LSH, estimatedJaccard, lshCandidatePairs, minHashSignature, wordShingles } from '../../src/cluster'
import { fmix32, hashSeeds } from '../../src/cluster/minhash'
import { find, groups, union, unionFind } from '../../src/cluster/union-find'

const words = (n: number, prefix: string): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`)

describe('hashing', () => {
  it('fmix32 stays in 32 unsigned bits and is deterministic', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }), (x) => {
        const h = fmix32(x)
        expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true)
        expect(fmix32(x)).toBe(h)
      })
    )
  })

  it('derives distinct, reproducible seeds', () => {
    const a = hashSeeds(64, 7)
    expect([...a]).toEqual([...hashSeeds(64, 7)])
    expect(new Set(a).size).toBe(64)
    expect([...hashSeeds(64, 8)]).not.toEqual([...a])
  })
})

describe('wordShingles', () => {
  it('hashes runs of words into a sorted set', () => {
    const s = wordShingles(['a', 'b', 'a', 'b'], 2) // ab, ba, ab
    expect(s.length).toBe(2)
    expect([...s]).toEqual([...s].sort((x, y) => x - y))
  })
  it('gives one shingle for texts shorter than the shingle and none for no words', () => {
    expect(wordShingles(['only'], 3).length).toBe(1)
    expect(wordShingles([], 3).length).toBe(0)
  })
})

describe('minHashSignature', () => {
  it('estimates Jaccard similarity within sampling error', () => {
    // |A ∩ B| = 60, |A ∪ B| = 140: J = 0.4286
    const a = wordShingles([...words(60, 's'), ...words(40, 'a')])
    const b = wordShingles([...words(60, 's'), ...words(40, 'b')])
    const est = estimatedJaccard(minHashSignature(a, 512), minHashSignature(b, 512))
    expect(Math.abs(est - 60 / 140)).toBeLessThan(0.07)
  })

  it('gives the empty set a fixed signature and never crashes', () => {
    const e = minHashSignature(new Uint32Array(0), 36)
    expect([...e].every((v) => v === 0xffffffff)).toBe(true)
    expect(estimatedJaccard(e, minHashSignature(wordShingles(['x']), 36))).toBe(0)
    expect(minHashSignature(new Uint32Array(0), 0).length).toBe(0)
  })

  it('is the same for the same set whatever the order of words', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 30 }), (ws) => {
        const a = minHashSignature(wordShingles(ws), 36)
        const b = minHashSignature(wordShingles([...ws].reverse()), 36)
        expect([...a]).toEqual([...b])
      })
    )
  })
})

describe('lshCandidatePairs', () => {
  it('always proposes identical texts and never a pair twice', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom('port', 'grain', 'tax', 'storm', 'court', 'river', 'vote', 'rail'), { maxLength: 8 }), {
          minLength: 2,
          maxLength: 20
        }),
        (docs) => {
          const sigs = docs.map((d) => minHashSignature(wordShingles(d), DEFAULT_LSH.bands * DEFAULT_LSH.rows))
          const pairs = lshCandidatePairs(sigs)
          const keys = pairs.map(([i, j]) => `${i},${j}`)
          expect(new Set(keys).size).toBe(keys.length)
          for (const [i, j] of pairs) expect(i).toBeLessThan(j)
          for (let i = 0; i < docs.length; i++)
            for (let j = i + 1; j < docs.length; j++)
              if (new Set(docs[i]).size === new Set(docs[j]).size && [...new Set(docs[i])].every((w) => docs[j]?.includes(w)))
                expect(keys).toContain(`${i},${j}`)
        }
      ),
      { numRuns: 100 }
    )
  })

  it('rarely proposes disjoint texts', () => {
    const sigs = Array.from({ length: 200 }, (_, i) => minHashSignature(wordShingles(words(10, `d${i}_`)), 36))
    expect(lshCandidatePairs(sigs).length).toBe(0)
  })
})

describe('union-find', () => {
  const ops = fc.tuple(
    fc.integer({ min: 1, max: 40 }),
    fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 })
  )

  it('agrees with graph connectivity, and its groups partition the elements', () => {
    fc.assert(
      fc.property(ops, ([n, edges]) => {
        const uf = unionFind(n)
        const adj = Array.from({ length: n }, () => [] as number[])
        for (const [x, y] of edges) {
          const a = x % n
          const b = y % n
          union(uf, a, b)
          adj[a]?.push(b)
          adj[b]?.push(a)
        }
        // reference components by DFS
        const comp = new Array<number>(n).fill(-1)
        for (let s = 0; s < n; s++) {
          if (comp[s] !== -1) continue
          const stack = [s]
          comp[s] = s
          while (stack.length > 0) {
            const v = stack.pop() as number
            for (const w of adj[v] ?? []) if (comp[w] === -1) ((comp[w] = s), stack.push(w))
          }
        }
        for (let a = 0; a < n; a++)
          for (let b = 0; b < n; b++) expect(find(uf, a) === find(uf, b)).toBe(comp[a] === comp[b])
        const gs = groups(uf)
        expect(gs.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i))
        for (const g of gs) expect(uf.size[find(uf, g[0] as number)]).toBe(g.length)
        // find is idempotent: a root is its own root
        for (let a = 0; a < n; a++) expect(find(uf, find(uf, a))).toBe(find(uf, a))
      })
    )
  })

  it('reports whether a union joined two sets', () => {
    const uf = unionFind(3)
    expect(union(uf, 0, 1)).toBe(true)
    expect(union(uf, 1, 0)).toBe(false)
    expect(groups(uf, 2)).toEqual([[0, 1]])
    expect(groups(unionFind(0))).toEqual([])
  })
})

describe('profileDice', () => {
  it('equals string-similarity (diceSimilarity) on the texts the profiles came from', async () => {
    const { profileDice } = await import('../../src/cluster/features')
    const { bigramProfile } = await import('../../src/cluster/normalise')
    const { diceSimilarity } = await import('../../src/text/similarity')
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é', '-', '\t', 'ab', 'ba'), maxLength: 30 })
    fc.assert(
      fc.property(text, text, (x, y) => {
        if (x.replace(/\s+/g, '') === y.replace(/\s+/g, '')) return
        expect(profileDice(bigramProfile(x), bigramProfile(y))).toBeCloseTo(diceSimilarity(x, y), 12)
      }),
      { numRuns: 300 }
    )
  })
})
