/**
 * Word-level differences between two wordings of one statement, for highlighting how the
 * members of a quote cluster differ from its canonical text.
 *
 * @since 0.1.0
 */

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * One run of a word diff. `equal` runs are in both texts (carrying the wording of the second
 * text), `delete` runs only in the first, `insert` runs only in the second. Each run keeps the
 * whitespace that preceded its first token, so joining the `equal` and `insert` runs in order
 * gives back the second text exactly.
 *
 * @example
 * import { diffWords, type DiffSegment } from 'gainsay'
 * const added: ReadonlyArray<DiffSegment> = diffWords('two ships', 'two old ships').filter((s) => s._tag === 'insert')
 * added[0]?.text // ' old'
 *
 * @since 0.1.0
 */
export interface DiffSegment {
  readonly _tag: 'equal' | 'insert' | 'delete'
  readonly text: string
}

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

interface Token {
  /** The token with the whitespace before it. */
  readonly raw: string
  /** What is compared: lower case, curly quotes and dashes folded. */
  readonly key: string
}

const TOKEN = /\s*(?:[\p{L}\p{N}\p{M}]+(?:['’‘.\-–][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}])|\s+$/gu

const keyOf = (raw: string): string =>
  raw
    .trim()
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[–—‐-]/g, '-')

const tokenize = (s: string): ReadonlyArray<Token> => {
  const out: Array<Token> = []
  for (const m of s.matchAll(TOKEN)) {
    const raw = m[0]
    if (raw.length === 0) continue
    out.push({ raw, key: keyOf(raw) })
  }
  return out
}

/** Edit operations on token indexes, from Myers' O((N+M)D) greedy algorithm with a trace. */
type Op = { readonly tag: 'equal' | 'insert' | 'delete'; readonly i: number; readonly j: number }

/** Above this many edits the diff gives up aligning and reports a full replacement. */
const MAX_EDITS = 4000

const myers = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): ReadonlyArray<Op> | null => {
  const n = a.length
  const m = b.length
  const max = Math.min(n + m, MAX_EDITS)
  const offset = max + 1
  const width = 2 * max + 3
  const trace: Array<Int32Array> = []
  let v = new Int32Array(width)
  let found = -1
  for (let d = 0; d <= max && found < 0; d++) {
    const next = v.slice()
    for (let k = -d; k <= d; k += 2) {
      let x: number
      if (k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0))) {
        x = v[offset + k + 1] ?? 0
      } else {
        x = (v[offset + k - 1] ?? 0) + 1
      }
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      next[offset + k] = x
      if (x >= n && y >= m) {
        found = d
        break
      }
    }
    trace.push(v)
    v = next
  }
  if (found < 0) return null
  // Walk back through the trace: trace[d] holds V as it was before step d.
  const ops: Array<Op> = []
  let x = n
  let y = m
  for (let d = found; d >= 0; d--) {
    const prev = trace[d] as Int32Array
    const k = x - y
    let prevK: number
    if (d === 0) {
      prevK = 0
    } else if (k === -d || (k !== d && (prev[offset + k - 1] ?? 0) < (prev[offset + k + 1] ?? 0))) {
      prevK = k + 1
    } else {
      prevK = k - 1
    }
    const prevX = d === 0 ? 0 : (prev[offset + prevK] ?? 0)
    const prevY = prevX - prevK
    while (x > prevX && y > prevY) {
      x--
      y--
      ops.push({ tag: 'equal', i: x, j: y })
    }
    if (d > 0) {
      if (x === prevX) {
        y--
        ops.push({ tag: 'insert', i: x, j: y })
      } else {
        x--
        ops.push({ tag: 'delete', i: x, j: y })
      }
    }
  }
  return ops.reverse()
}

/**
 * The word-level difference between two texts, as runs of equal, deleted and inserted
 * tokens (a shortest edit script, Myers 1986). Words compare ignoring case, curly versus
 * straight quotes and dash variants; punctuation marks are tokens of their own.
 *
 * When to use it: to show how one wording of a statement departs from another, e.g. a
 * cluster member against the cluster's canonical text.
 *
 * @example
 * import { diffWords } from 'gainsay'
 * diffWords('the bridge was closed on Monday', 'the old bridge was closed Monday')
 * // [ { _tag: 'equal', text: 'the' }, { _tag: 'insert', text: ' old' },
 * //   { _tag: 'equal', text: ' bridge was closed' }, { _tag: 'delete', text: ' on' },
 * //   { _tag: 'equal', text: ' Monday' } ]
 *
 * @since 0.1.0
 */
export const diffWords = (from: string, to: string): ReadonlyArray<DiffSegment> => {
  const a = tokenize(from)
  const b = tokenize(to)
  // Trim the common prefix and suffix first: cluster members are mostly identical.
  let pre = 0
  while (pre < a.length && pre < b.length && (a[pre] as Token).key === (b[pre] as Token).key) pre++
  let suf = 0
  while (
    suf < a.length - pre &&
    suf < b.length - pre &&
    (a[a.length - 1 - suf] as Token).key === (b[b.length - 1 - suf] as Token).key
  )
    suf++
  const aMid = a.slice(pre, a.length - suf)
  const bMid = b.slice(pre, b.length - suf)
  const midOps =
    myers(
      aMid.map((t) => t.key),
      bMid.map((t) => t.key)
    ) ?? [
      ...aMid.map((_, i): Op => ({ tag: 'delete', i, j: 0 })),
      ...bMid.map((_, j): Op => ({ tag: 'insert', i: aMid.length, j }))
    ]
  const segments: Array<{ _tag: DiffSegment['_tag']; text: string }> = []
  const push = (tag: DiffSegment['_tag'], raw: string): void => {
    const last = segments[segments.length - 1]
    if (last !== undefined && last._tag === tag) last.text += raw
    else segments.push({ _tag: tag, text: raw })
  }
  for (let i = 0; i < pre; i++) push('equal', (b[i] as Token).raw)
  // A dropped run keeps a space after it when the first text had one there and the next kept
  // token brings none, so that "the two" -> "two" reads "the| two", not "thetwo".
  let pendingDelete = -1
  const settle = (nextB: Token | undefined): void => {
    if (pendingDelete < 0) return
    const after = a[pre + pendingDelete + 1]
    const last = segments[segments.length - 1]
    if (after !== undefined && /^\s/.test(after.raw) && nextB !== undefined && !/^\s/.test(nextB.raw) && last !== undefined) {
      last.text += ' '
    }
    pendingDelete = -1
  }
  for (const op of midOps) {
    if (op.tag === 'delete') {
      push('delete', (aMid[op.i] as Token).raw)
      pendingDelete = op.i
    } else {
      settle(bMid[op.j])
      push(op.tag, (bMid[op.j] as Token).raw)
    }
  }
  settle(b[b.length - suf])
  for (let i = b.length - suf; i < b.length; i++) push('equal', (b[i] as Token).raw)
  return segments
}

/**
 * How many tokens of the second text are shared with the first, over the longer token count:
 * 1 for the same wording, 0 for nothing in common.
 *
 * @example
 * import { wordSimilarity } from 'gainsay'
 * wordSimilarity('we closed the port', 'we closed the port') // 1
 *
 * @since 0.1.0
 */
export const wordSimilarity = (from: string, to: string): number => {
  const total = Math.max(tokenize(from).length, tokenize(to).length)
  if (total === 0) return 1
  const same = diffWords(from, to)
    .filter((s) => s._tag === 'equal')
    .reduce((n, s) => n + tokenize(s.text).length, 0)
  return same / total
}
