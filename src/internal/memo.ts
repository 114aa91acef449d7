/**
 * Internal: memoisation of pure functions of short strings (words, names, phrases) that recur
 * across a corpus, in a map of bounded size. The map is module state, but it only ever holds
 * results of a pure function, so no output depends on what was computed before; once it is
 * full, further keys are computed and not stored, so memory stays bounded.
 */

/** Stands for a stored `undefined`, so that a hit is one map lookup whatever `f` returns. */
const UNDEFINED: unique symbol = Symbol('undefined')

/** `f` memoised on its string argument, keeping at most `capacity` results. */
export const memoByString = <A>(f: (key: string) => A, capacity: number): ((key: string) => A) => {
  const memo = new Map<string, A | typeof UNDEFINED>()
  return (key) => {
    const hit = memo.get(key)
    if (hit !== undefined) return hit === UNDEFINED ? (undefined as A) : hit
    const out = f(key)
    if (memo.size < capacity) memo.set(key, out === undefined ? UNDEFINED : out)
    return out
  }
}
