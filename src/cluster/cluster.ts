/**
 * clusterPassages: the same statement across outlets, corpus-wide.
 *
 * @since 0.1.0
 */
import type { Cluster, ClusterMember } from '../model/cluster'
import { type ClusterId, unsafeId } from '../model/common'
import { fnv1a32, stableId } from '../internal/hash'
import { type LshOptions, DEFAULT_LSH, forEachBucket, hashSeeds, hashedShingles, signatureWith } from './minhash'
import { containment } from './features'
import { type Prepared, appendTokens, joinTokens, keyHash, prepareTokens, tokenBuffer, tokensAt } from './normalise'
import { intSet, intSetAdd, intSetHas, pairGet, pairMap, pairSet } from './int-set'
import { MIN_CONTAINMENT, STATEMENT_THRESHOLD, judgePrepared, speakersCompatible } from './same-statement'
import { find, groups, union, unionFind } from './union-find'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A span to cluster: a quote or a passage of an article, with where it appeared. The same
 * fields as a `ClusterMember`.
 *
 * @example
 * import { unsafeId, type ArticleId, type Passage } from 'gainsay'
 * const p: Passage = {
 *   articleId: unsafeId<ArticleId>('a1'), outlet: 'Harbour Daily', published: '2021-06-02',
 *   speaker: 'Ana Lima', quoteId: null, text: 'The port will reopen', start: 10, end: 30
 * }
 *
 * @since 0.1.0
 */
export type Passage = ClusterMember

/**
 * Options of `clusterPassages`.
 *
 * @example
 * import type { ClusterOptions } from 'gainsay'
 * const passages: ClusterOptions = { kind: 'passage', threshold: 0.9, lsh: { bands: 20, rows: 3 } }
 *
 * @since 0.1.0
 */
export interface ClusterOptions {
  /** What the spans are (default `quote`). */
  readonly kind?: 'quote' | 'passage'
  /** sameStatement probability threshold (default `STATEMENT_THRESHOLD`). */
  readonly threshold?: number
  /** LSH banding (default `DEFAULT_LSH`: 12 bands of 3 rows). */
  readonly lsh?: LshOptions
  /** Words per shingle (default 1: sets of normalised stems, robust to word order). */
  readonly shingleSize?: number
  /**
   * Most distinct groups a span is verified against inside one LSH bucket (default 32).
   * Buckets that large are common-word collisions; other bands still see the true pairs.
   */
  readonly maxComparisonsPerBucket?: number
  /**
   * Clusters up to this size get the exact medoid and cohesion from all pairwise scores
   * (default 16). Larger ones use the member closest to the cluster's word profile as the
   * canonical text, and the lowest score against it as cohesion.
   */
  readonly exactSummaryLimit?: number
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const DIGITS = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}(?::\d{2}(?::\d{2})?)?)?)?)?/

/**
 * Compares two ISO dates of possibly different precision at their common precision:
 * negative when `a` is earlier, positive when later, 0 when equal or undecidable
 * ("2019-10-25T20:04" < "2019-12"; "2019-12" vs "2019-12-05" is 0). Unknown dates sort last.
 */
export const compareDates = (a: string | null, b: string | null): number => {
  const ma = a === null ? null : DIGITS.exec(a)
  const mb = b === null ? null : DIGITS.exec(b)
  if (ma === null && mb === null) return 0
  if (ma === null) return 1
  if (mb === null) return -1
  const n = Math.min(ma[0].length, mb[0].length)
  const x = ma[0].slice(0, n)
  const y = mb[0].slice(0, n)
  return x < y ? -1 : x > y ? 1 : 0
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The canonical order of members, field by field: article, start, end, text, quote,
 * speaker, outlet, date.
 */
const compareMembers = (a: Passage, b: Passage): number =>
  cmp(a.articleId, b.articleId) ||
  a.start - b.start ||
  a.end - b.end ||
  cmp(a.text, b.text) ||
  cmp(a.quoteId ?? '', b.quoteId ?? '') ||
  cmp(a.speaker ?? '', b.speaker ?? '') ||
  cmp(a.outlet ?? '', b.outlet ?? '') ||
  cmp(a.published ?? '', b.published ?? '')

interface Item {
  readonly index: number
  readonly passage: Passage
  readonly input: number
  readonly prepared: Prepared
}

/**
 * Word-level differences of a member against the canonical, as original words: tokens
 * compared by normalised key (function words left out), reported as written.
 */
const difference = (member: Prepared, canonical: Prepared): { added: string[]; removed: string[] } => {
  const diff = (xs: Prepared, ys: Prepared): string[] => {
    const counts = new Map<number, number>()
    const yAll = ys.all
    const yFun = ys.functional
    for (let i = 0; i < yAll.length; i++) if (yFun[i] === 0) counts.set(yAll[i] as number, (counts.get(yAll[i] as number) ?? 0) + 1)
    const out: string[] = []
    const xAll = xs.all
    const xFun = xs.functional
    const xSpans = xs.spans
    for (let i = 0; i < xAll.length; i++) {
      if (xFun[i] === 1) continue
      const k = xAll[i] as number
      const c = counts.get(k) ?? 0
      if (c > 0) counts.set(k, c - 1)
      else out.push(xs.text.slice(xSpans[2 * i], xSpans[2 * i + 1]))
    }
    return out
  }
  return member === canonical ? { added: [], removed: [] } : { added: diff(member, canonical), removed: diff(canonical, member) }
}

const summarise = (
  items: ReadonlyArray<Item>,
  kind: 'quote' | 'passage',
  score: (a: Item, b: Item) => number,
  exactLimit: number
): Cluster => {
  // Items come in canonical order (by member key, then input order): the members are sorted.
  const members = items
  const n = members.length
  let canonical = 0
  let cohesion = 1
  if (n <= exactLimit) {
    const sums = new Float64Array(n)
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const s = score(members[i] as Item, members[j] as Item)
        sums[i] = (sums[i] as number) + s
        sums[j] = (sums[j] as number) + s
        if (s < cohesion) cohesion = s
      }
    for (let i = 1; i < n; i++) if ((sums[i] as number) > (sums[canonical] as number) + 1e-12) canonical = i
  } else {
    // The member whose words best cover the cluster's word profile.
    const freq = new Map<number, number>()
    for (const m of members) for (const k of m.prepared.contentSet) freq.set(k, (freq.get(k) ?? 0) + 1)
    let best = -1
    members.forEach((m, i) => {
      let s = 0
      for (const k of m.prepared.contentSet) s += freq.get(k) ?? 0
      s /= Math.sqrt(Math.max(1, m.prepared.contentSet.length))
      if (s > best + 1e-12) {
        best = s
        canonical = i
      }
    })
    for (let i = 0; i < n; i++) if (i !== canonical) cohesion = Math.min(cohesion, score(members[i] as Item, members[canonical] as Item))
  }
  let earliest = 0
  for (let i = 1; i < n; i++) {
    const a = members[i] as Item
    const e = members[earliest] as Item
    const c = compareDates(a.passage.published, e.passage.published)
    if (c < 0 || (c === 0 && a.input < e.input)) earliest = i
  }
  const canon = members[canonical] as Item
  return {
    id: unsafeId<ClusterId>(
      stableId('cluster', ...members.map(({ passage: p }) => `${p.articleId}:${p.start}:${p.end}:${p.quoteId ?? ''}:${fnv1a32(p.text)}`))
    ),
    kind,
    canonical: canon.passage.text,
    members: members.map((m) => m.passage),
    earliest,
    cohesion: Math.max(0, Math.min(1, cohesion)),
    differences: members.map((m, i) => ({ member: i, ...difference(m.prepared, canon.prepared) }))
  }
}

// -------------------------------------------------------------------------------------
// combinators
// -------------------------------------------------------------------------------------

/**
 * Groups spans that report the same statement, across articles and inside one article.
 *
 * When to use it: after quote extraction, to see one statement's appearances across outlets
 * (and its earliest one), or over any passages (sentences, paragraphs) to find repeated text.
 *
 * Details: every span is normalised (see `sameStatement`), reduced to a set of stems, and
 * given a 36-value MinHash signature; LSH banding proposes candidate pairs, each verified
 * with `sameStatement` (and never joined when both speakers are known and differ); verified
 * pairs are joined with union-find, so a cluster is a chain of verified pairs. Each cluster
 * has the medoid as canonical text, members sorted by article and offset, the earliest
 * appearance (by publication date at the common precision, then input order), the lowest
 * pairwise score as cohesion, and each member's added and removed words against the
 * canonical. Ids are hashes of the members. Near-linear, and verbatim repeats are prepared
 * once: bench/cluster.bench.ts measures 10k, 100k and 1M perturbed quotes (about 0.1 ms of
 * CPU per quote, 2.6 GB peak at 1M) and over 1000 times fewer seconds than comparing all
 * pairs with string-similarity at 20k.
 *
 * Gotchas: spans without content words (empty, or only function words) are never clustered.
 * Clusters are transitive closures: A~B and B~C put A and C together even when A and C alone
 * would not pass; `cohesion` shows how far apart the ends are.
 *
 * @example
 * import { clusterPassages, unsafeId } from 'gainsay'
 * const p = (articleId: string, text: string) => ({
 *   articleId: unsafeId<any>(articleId), outlet: null, published: null, speaker: null,
 *   quoteId: null, text, start: 0, end: text.length
 * })
 * const clusters = clusterPassages([
 *   p('a', 'The dam has been repaired and will reopen next week'),
 *   p('b', 'the dam has been repaired and it will re-open next week'),
 *   p('c', 'Rain is expected in the north on Friday')
 * ])
 * clusters.length // 1
 * clusters[0]?.members.length // 2
 *
 * @since 0.1.0
 */
export const clusterPassages = (passages: ReadonlyArray<Passage>, options: ClusterOptions = {}): ReadonlyArray<Cluster> => {
  const lsh = options.lsh ?? DEFAULT_LSH
  const threshold = options.threshold ?? STATEMENT_THRESHOLD
  const maxPerBucket = Math.max(1, options.maxComparisonsPerBucket ?? 32)
  const exactLimit = Math.max(2, options.exactSummaryLimit ?? 16)
  // Canonical order first, so that the result does not depend on the input order.
  const order = passages.map((p, i) => ({ p, i })).sort((a, b) => compareMembers(a.p, b.p) || a.i - b.i)
  // Verbatim repeats (wire copy) are prepared once. Pass 1 tokenises each distinct text once
  // into a flat buffer and collects the corpus vocabulary; pass 2 joins the compounds that
  // the vocabulary knows and prepares each text once.
  const textIndex = new Map<string, number>()
  const textOf: number[] = new Array<number>(order.length)
  const texts: string[] = []
  const bounds: number[] = [0]
  const buf = tokenBuffer()
  const vocabulary = intSet(1 << 16)
  const addWord = (h: number): void => intSetAdd(vocabulary, h)
  order.forEach((o, i) => {
    let t = textIndex.get(o.p.text)
    if (t === undefined) {
      t = texts.length
      textIndex.set(o.p.text, t)
      texts.push(o.p.text)
      appendTokens(o.p.text, buf, addWord)
      bounds.push(buf.length)
    }
    textOf[i] = t
  })
  textIndex.clear()
  const known = (h: number): boolean => intSetHas(vocabulary, h)
  const preparedTexts: Prepared[] = texts.map((text, t) =>
    prepareTokens(text, joinTokens(tokensAt(buf, bounds[t] as number, bounds[t + 1] as number), known))
  )
  const all: Item[] = order.map((o, i) => ({ index: i, passage: o.p, input: o.i, prepared: preparedTexts[textOf[i] as number] as Prepared }))
  const items = all.filter((it) => it.prepared.content.length > 0).map((it, index) => ({ ...it, index }))
  const n = items.length
  const k = lsh.bands * lsh.rows
  const seeds = hashSeeds(k, lsh.seed)
  const flat = new Uint32Array(n * k)
  items.forEach((it, i) =>
    signatureWith(hashedShingles(Array.from(it.prepared.content, keyHash), options.shingleSize ?? 1), seeds, flat, i * k)
  )
  const uf = unionFind(n)
  const rejected = pairMap(1 << 12)
  // Scores of verified pairs, reused by the cluster summaries.
  const memo = pairMap(1 << 12)
  const judged = (x: number, y: number, a: Item, b: Item, t: number): boolean => {
    const j = judgePrepared(a.prepared, b.prepared, { threshold: t, speakers: [a.passage.speaker, b.passage.speaker] })
    if (j.same) pairSet(memo, x, y, j.score)
    return j.same
  }
  const verify = (i: number, j: number): boolean => {
    const x = i < j ? i : j
    const y = i < j ? j : i
    if (pairGet(rejected, x, y) !== undefined) return false
    const a = items[x] as Item
    const b = items[y] as Item
    const sa = a.passage.speaker
    const sb = b.passage.speaker
    const ok =
      (sa === null || sb === null || speakersCompatible(sa, sb)) &&
      // the negation and number vetoes of sameStatement, checked before its features
      a.prepared.negations % 2 === b.prepared.negations % 2 &&
      numbersAgree(a.prepared.numbers, b.prepared.numbers) &&
      containment(a.prepared, b.prepared) >= MIN_CONTAINMENT - 0.2 &&
      judged(x, y, a, b, threshold)
    if (!ok) pairSet(rejected, x, y, 0)
    return ok
  }
  // Known speakers of each set, so that a chain through an unattributed span never joins
  // two different known speakers.
  const speakersOf = new Map<number, ReadonlyArray<string>>()
  items.forEach((it, i) => {
    if (it.passage.speaker !== null) speakersOf.set(i, [it.passage.speaker])
  })
  const join = (x: number, y: number): void => {
    const rx = find(uf, x)
    const ry = find(uf, y)
    const sx = speakersOf.get(rx) ?? []
    const sy = speakersOf.get(ry) ?? []
    if (!sx.every((a) => sy.every((b) => speakersCompatible(a, b)))) return
    union(uf, rx, ry)
    const r = find(uf, rx)
    const merged = [...new Set([...sx, ...sy])]
    speakersOf.delete(rx)
    speakersOf.delete(ry)
    if (merged.length > 0) speakersOf.set(r, merged)
  }
  const reps: number[] = []
  forEachBucket(flat, n, lsh, (members) => {
    reps.length = 0
    for (let m = 0; m < members.length; m++) {
      const x = members[m] as number
      for (let r = 0; r < reps.length; r++) {
        const y = reps[r] as number
        if (find(uf, x) === find(uf, y)) continue
        if (verify(x, y)) join(x, y)
      }
      const rx = find(uf, x)
      if (reps.length < maxPerBucket && !reps.some((y) => find(uf, y) === rx)) reps.push(x)
    }
  })
  const score = (a: Item, b: Item): number => {
    const ia = a.index
    const ib = b.index
    const x = Math.min(ia, ib)
    const y = Math.max(ia, ib)
    const hit = pairGet(memo, x, y)
    if (hit !== undefined) return hit
    const s = judgePrepared(a.prepared, b.prepared, { speakers: [a.passage.speaker, b.passage.speaker] }).score
    pairSet(memo, x, y, s)
    return s
  }
  const kind = options.kind ?? 'quote'
  // Groups come ascending, each by its first member: clusters are in member-key order.
  return groups(uf, 2).map((g) => summarise(g.map((i) => items[i] as Item), kind, score, exactLimit))
}

/** No number veto: either side gives no number, or both give the same ones. */
const numbersAgree = (a: Int32Array, b: Int32Array): boolean => {
  if (a.length === 0 || b.length === 0) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
