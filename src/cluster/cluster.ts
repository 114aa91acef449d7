/**
 * clusterPassages: the same statement across outlets, corpus-wide.
 *
 * @since 0.1.0
 */
import type { Cluster, ClusterMember } from '../model/cluster'
import { type ClusterId, unsafeId } from '../model/common'
import { fnv1a32, stableId } from '../internal/hash'
import { type LshOptions, DEFAULT_LSH, fmix32, forEachBucket, hashSeeds, hashedShingles, signatureWith } from './minhash'
import { containment } from './features'
import { type Prepared, appendJoined, appendTokens, contentHashAt, internCount, keyHash, prepareAt, tokenBuffer } from './normalise'
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
export const compareDates = (a: string | null, b: string | null): number => comparePrefixes(datePrefixOf(a), datePrefixOf(b))

/** The leading ISO digits of a date, or null when there are none. */
const datePrefixOf = (a: string | null): string | null => (a === null ? null : (DIGITS.exec(a)?.[0] ?? null))

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
  /** Index of the item's distinct text: verbatim repeats share their preparation and verdicts. */
  readonly text: number
  readonly prepared: Prepared
}

/** Per-call scratch of the summaries: counts indexed by interned key id, reset after use. */
interface Counts {
  readonly counts: Int32Array
  readonly touched: number[]
}

/**
 * Word-level differences of a member against the canonical, as original words: tokens
 * compared by normalised key (function words left out), reported as written.
 */
const difference = (member: Prepared, canonical: Prepared, scratch: Counts): { added: string[]; removed: string[] } => {
  const { counts, touched } = scratch
  const diff = (xs: Prepared, ys: Prepared): string[] => {
    const yAll = ys.all
    const yFun = ys.functional
    for (let i = 0; i < yAll.length; i++) {
      if (yFun[i] !== 0) continue
      const k = yAll[i] as number
      if (counts[k] === 0) touched.push(k)
      counts[k] = (counts[k] as number) + 1
    }
    const out: string[] = []
    const xAll = xs.all
    const xFun = xs.functional
    const xSpans = xs.spans
    for (let i = 0; i < xAll.length; i++) {
      if (xFun[i] === 1) continue
      const k = xAll[i] as number
      const c = counts[k] as number
      if (c > 0) counts[k] = c - 1
      else out.push(xs.text.slice(xSpans[2 * i], xSpans[2 * i + 1]))
    }
    for (const k of touched) counts[k] = 0
    touched.length = 0
    return out
  }
  return member === canonical ? { added: [], removed: [] } : { added: diff(member, canonical), removed: diff(canonical, member) }
}

const summarise = (
  items: ReadonlyArray<Item>,
  kind: 'quote' | 'passage',
  score: (a: Item, b: Item) => number,
  exactLimit: number,
  scratch: Counts,
  datePrefix: (published: string | null) => string | null,
  textHash: (item: Item) => number
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
    const { counts: freq, touched } = scratch
    for (const m of members) {
      const set = m.prepared.contentSet
      for (let j = 0; j < set.length; j++) {
        const k = set[j] as number
        if (freq[k] === 0) touched.push(k)
        freq[k] = (freq[k] as number) + 1
      }
    }
    let best = -1
    for (let i = 0; i < n; i++) {
      const set = (members[i] as Item).prepared.contentSet
      let s = 0
      for (let j = 0; j < set.length; j++) s += freq[set[j] as number] as number
      s /= Math.sqrt(Math.max(1, set.length))
      if (s > best + 1e-12) {
        best = s
        canonical = i
      }
    }
    for (const k of touched) freq[k] = 0
    touched.length = 0
    for (let i = 0; i < n; i++) if (i !== canonical) cohesion = Math.min(cohesion, score(members[i] as Item, members[canonical] as Item))
  }
  let earliest = 0
  let earliestDate = datePrefix((members[0] as Item).passage.published)
  for (let i = 1; i < n; i++) {
    const a = members[i] as Item
    const e = members[earliest] as Item
    const d = datePrefix(a.passage.published)
    const c = comparePrefixes(d, earliestDate)
    if (c < 0 || (c === 0 && a.input < e.input)) {
      earliest = i
      earliestDate = d
    }
  }
  const canon = members[canonical] as Item
  // Members with one text share one difference record.
  const diffs = new Map<number, { added: string[]; removed: string[] }>()
  return {
    id: unsafeId<ClusterId>(
      stableId('cluster', ...members.map((m) => `${m.passage.articleId}:${m.passage.start}:${m.passage.end}:${m.passage.quoteId ?? ''}:${textHash(m)}`))
    ),
    kind,
    canonical: canon.passage.text,
    members: members.map((m) => m.passage),
    earliest,
    cohesion: Math.max(0, Math.min(1, cohesion)),
    differences: members.map((m, i) => {
      let d = diffs.get(m.text)
      if (d === undefined) {
        d = difference(m.prepared, canon.prepared, scratch)
        diffs.set(m.text, d)
      }
      return { member: i, added: d.added, removed: d.removed }
    })
  }
}

/** `compareDates` on the digit prefixes of two dates (null: unknown). */
const comparePrefixes = (x: string | null, y: string | null): number => {
  if (x === null && y === null) return 0
  if (x === null) return 1
  if (y === null) return -1
  const n = Math.min(x.length, y.length)
  const a = x.length === n ? x : x.slice(0, n)
  const b = y.length === n ? y : y.slice(0, n)
  return a < b ? -1 : a > b ? 1 : 0
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
  const order = canonicalOrder(passages)
  // Verbatim repeats (wire copy) are prepared once. Pass 1 tokenises each distinct text once
  // into a flat buffer and collects the corpus vocabulary; pass 2 joins the compounds that
  // the vocabulary knows and prepares each text once.
  const textIndex = new Map<string, number>()
  const textOf = new Int32Array(order.length)
  const texts: string[] = []
  const bounds: number[] = [0]
  const buf = tokenBuffer()
  const vocabulary = intSet(1 << 16)
  for (let i = 0; i < order.length; i++) {
    const text = (passages[order[i] as number] as Passage).text
    let t = textIndex.get(text)
    if (t === undefined) {
      t = texts.length
      textIndex.set(text, t)
      texts.push(text)
      const from = buf.length
      appendTokens(text, buf)
      for (let j = from; j < buf.length; j++) {
        const h = contentHashAt(buf, j)
        if (h >= 0) intSetAdd(vocabulary, h)
      }
      bounds.push(buf.length)
    }
    textOf[i] = t
  }
  textIndex.clear()
  const known = (h: number): boolean => intSetHas(vocabulary, h)
  const joined = tokenBuffer(1 << 10)
  const preparedTexts: Prepared[] = texts.map((text, t) => {
    joined.length = 0
    appendJoined(buf, bounds[t] as number, bounds[t + 1] as number, known, joined)
    return prepareAt(text, joined, 0, joined.length)
  })
  const items: Item[] = []
  for (let i = 0; i < order.length; i++) {
    const t = textOf[i] as number
    const prepared = preparedTexts[t] as Prepared
    if (prepared.content.length === 0) continue
    const input = order[i] as number
    items.push({ index: items.length, passage: passages[input] as Passage, input, text: t, prepared })
  }
  const n = items.length
  const k = lsh.bands * lsh.rows
  const flat = signatures(items, preparedTexts.length, k, hashSeeds(k, lsh.seed), options.shingleSize ?? 1)
  const uf = unionFind(n)
  // Verdicts and scores per pair of distinct texts (a verdict holds for every pair of items
  // with those texts whose speakers are compatible): verbatim repeats are judged once.
  const verdicts = pairMap(1 << 12)
  const scores = pairMap(1 << 12)
  const textScore = (a: Item, b: Item): number => {
    const x = Math.min(a.text, b.text)
    const y = Math.max(a.text, b.text)
    const hit = pairGet(scores, x, y)
    if (hit !== undefined) return hit
    const s = judgePrepared(a.prepared, b.prepared).score
    pairSet(scores, x, y, s)
    return s
  }
  const sameText = (a: Item, b: Item): boolean => {
    const x = Math.min(a.text, b.text)
    const y = Math.max(a.text, b.text)
    const hit = pairGet(verdicts, x, y)
    if (hit !== undefined) return hit === 1
    const pa = a.prepared
    const pb = b.prepared
    let ok =
      // the negation and number vetoes of sameStatement, checked before its features
      pa.negations % 2 === pb.negations % 2 && numbersAgree(pa.numbers, pb.numbers) && containment(pa, pb) >= MIN_CONTAINMENT - 0.2
    if (ok) {
      const j = judgePrepared(pa, pb, { threshold })
      ok = j.same
      pairSet(scores, x, y, j.score)
    }
    pairSet(verdicts, x, y, ok ? 1 : 0)
    return ok
  }
  const compatible = speakerCompatibility()
  const verify = (i: number, j: number): boolean => {
    const a = items[i] as Item
    const b = items[j] as Item
    const sa = a.passage.speaker
    const sb = b.passage.speaker
    return (sa === null || sb === null || compatible(sa, sb)) && sameText(a, b)
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
    if (!sx.every((a) => sy.every((b) => compatible(a, b)))) return
    union(uf, rx, ry)
    const r = find(uf, rx)
    const merged = sx.length === 0 ? sy : sy.length === 0 ? sx : [...new Set([...sx, ...sy])]
    speakersOf.delete(rx)
    speakersOf.delete(ry)
    if (merged.length > 0) speakersOf.set(r, merged)
  }
  const reps = new Int32Array(maxPerBucket)
  forEachBucket(flat, n, lsh, (members) => {
    let nReps = 0
    for (let m = 0; m < members.length; m++) {
      const x = members[m] as number
      for (let r = 0; r < nReps; r++) {
        const y = reps[r] as number
        if (find(uf, x) === find(uf, y)) continue
        if (verify(x < y ? x : y, x < y ? y : x)) join(x, y)
      }
      if (nReps < maxPerBucket) {
        const rx = find(uf, x)
        let seen = false
        for (let r = 0; r < nReps && !seen; r++) seen = find(uf, reps[r] as number) === rx
        if (!seen) reps[nReps++] = x
      }
    }
  })
  const score = (a: Item, b: Item): number => {
    const sa = a.passage.speaker
    const sb = b.passage.speaker
    return sa !== null && sb !== null && !compatible(sa, sb) ? 0 : textScore(a, b)
  }
  const kind = options.kind ?? 'quote'
  const counts: Counts = { counts: new Int32Array(internCount()), touched: [] }
  const dates = new Map<string, string | null>()
  const datePrefix = (d: string | null): string | null => {
    if (d === null) return null
    let p = dates.get(d)
    if (p === undefined) {
      p = datePrefixOf(d)
      dates.set(d, p)
    }
    return p
  }
  const hashes = new Float64Array(texts.length).fill(-1)
  const textHash = (it: Item): number => {
    let h = hashes[it.text] as number
    if (h < 0) {
      h = fnv1a32(it.passage.text)
      hashes[it.text] = h
    }
    return h
  }
  // Groups come ascending, each by its first member: clusters are in member-key order.
  return groups(uf, 2).map((g) => summarise(g.map((i) => items[i] as Item), kind, score, exactLimit, counts, datePrefix, textHash))
}

/**
 * Input indices in the canonical order of members (see `compareMembers`), then input order:
 * the result does not depend on the input order. Article ids are ranked once, so that most
 * comparisons are of numbers.
 */
const canonicalOrder = (passages: ReadonlyArray<Passage>): number[] => {
  const ids = [...new Set(passages.map((p) => p.articleId as string))].sort(cmp)
  const rankOf = new Map(ids.map((id, r) => [id, r]))
  const rank = Int32Array.from(passages, (p) => rankOf.get(p.articleId) ?? 0)
  const order = passages.map((_, i) => i)
  return order.sort(
    (i, j) =>
      (rank[i] as number) - (rank[j] as number) ||
      (passages[i] as Passage).start - (passages[j] as Passage).start ||
      compareMembers(passages[i] as Passage, passages[j] as Passage) ||
      i - j
  )
}

/** Whether two speaker names can denote one speaker, memoised per pair of names. */
const speakerCompatibility = (): ((a: string, b: string) => boolean) => {
  const ids = new Map<string, number>()
  const memo = pairMap(64)
  const id = (s: string): number => {
    let v = ids.get(s)
    if (v === undefined) {
      v = ids.size
      ids.set(s, v)
    }
    return v
  }
  return (a, b) => {
    const x = id(a)
    const y = id(b)
    if (x === y) return speakersCompatible(a, b)
    const lo = Math.min(x, y)
    const hi = Math.max(x, y)
    let v = pairGet(memo, lo, hi)
    if (v === undefined) {
      v = speakersCompatible(a, b) ? 1 : 0
      pairSet(memo, lo, hi, v)
    }
    return v === 1
  }
}

/**
 * The MinHash signatures of the items, flat (item i at i*k), one per distinct text. For
 * single-word shingles (the default) each key's k hash values are computed once per call and
 * a signature is their running minimum.
 */
const signatures = (items: ReadonlyArray<Item>, textCount: number, k: number, seeds: Uint32Array, shingleSize: number): Uint32Array => {
  const n = items.length
  const flat = new Uint32Array(n * k)
  const firstOf = new Int32Array(textCount).fill(-1)
  const local = shingleSize <= 1 ? new Int32Array(internCount()).fill(-1) : null
  let rows = new Uint32Array(k * 1024)
  let rowCount = 0
  for (let i = 0; i < n; i++) {
    const it = items[i] as Item
    const first = firstOf[it.text] as number
    const at = i * k
    if (first >= 0) {
      flat.copyWithin(at, first * k, first * k + k)
      continue
    }
    firstOf[it.text] = i
    const content = it.prepared.content
    if (local === null) {
      signatureWith(hashedShingles(Array.from(content, keyHash), shingleSize), seeds, flat, at)
      continue
    }
    flat.fill(0xffffffff, at, at + k)
    for (let c = 0; c < content.length; c++) {
      const id = content[c] as number
      let row = local[id] as number
      if (row < 0) {
        if ((rowCount + 1) * k > rows.length) {
          const bigger = new Uint32Array(rows.length * 2)
          bigger.set(rows)
          rows = bigger
        }
        row = rowCount++
        local[id] = row
        const x = keyHash(id) >>> 0
        for (let s = 0; s < k; s++) rows[row * k + s] = fmix32(x ^ (seeds[s] as number))
      }
      const r0 = row * k
      for (let s = 0; s < k; s++) {
        const h = rows[r0 + s] as number
        if (h < (flat[at + s] as number)) flat[at + s] = h
      }
    }
  }
  return flat
}

/** No number veto: either side gives no number, or both give the same ones. */
const numbersAgree = (a: Int32Array, b: Int32Array): boolean => {
  if (a.length === 0 || b.length === 0) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
