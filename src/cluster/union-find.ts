/**
 * Disjoint sets over 0..n-1 (union by size, path halving), on typed arrays. Internal: the one
 * mutable structure of the cluster stage, created and consumed inside a single function call
 * so that no caller ever sees it change.
 */

/** A union-find forest over `n` elements. */
export interface UnionFind {
  readonly parent: Int32Array
  readonly size: Int32Array
}

/** n singletons. */
export const unionFind = (n: number): UnionFind => {
  const parent = new Int32Array(Math.max(0, n))
  for (let i = 0; i < parent.length; i++) parent[i] = i
  return { parent, size: new Int32Array(Math.max(0, n)).fill(1) }
}

/** The representative of `x`'s set. */
export const find = (uf: UnionFind, x: number): number => {
  const p = uf.parent
  let r = x
  while (p[r] !== r) {
    const gp = p[p[r] as number] as number
    p[r] = gp
    r = gp
  }
  return r
}

/** Joins the sets of `a` and `b`; returns true when they were apart. */
export const union = (uf: UnionFind, a: number, b: number): boolean => {
  let ra = find(uf, a)
  let rb = find(uf, b)
  if (ra === rb) return false
  if ((uf.size[ra] as number) < (uf.size[rb] as number)) [ra, rb] = [rb, ra]
  uf.parent[rb] = ra
  uf.size[ra] = (uf.size[ra] as number) + (uf.size[rb] as number)
  return true
}

/** The sets with at least `minSize` elements, each sorted ascending, ordered by smallest element. */
export const groups = (uf: UnionFind, minSize = 1): ReadonlyArray<ReadonlyArray<number>> => {
  const byRoot = new Map<number, number[]>()
  for (let i = 0; i < uf.parent.length; i++) {
    const r = find(uf, i)
    const g = byRoot.get(r)
    if (g === undefined) byRoot.set(r, [i])
    else g.push(i)
  }
  const out: number[][] = []
  for (const g of byRoot.values()) if (g.length >= minSize) out.push(g)
  return out.sort((a, b) => (a[0] as number) - (b[0] as number))
}
