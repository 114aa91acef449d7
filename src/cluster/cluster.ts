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

/**
 * The spans being clustered, one entry per item (a span with content, in canonical order),
 * as typed arrays: the hot loops touch a few dense arrays rather than a million objects.
 */
interface Items {
  readonly passages: ReadonlyArray<Passage>
  /** Input index of each item. */
  readonly input: Int32Array
  /** Distinct text of each item: verbatim repeats share their preparation and verdicts. */
  readonly text: Int32Array
  /** Preparation of each distinct text. */
  readonly prepared: ReadonlyArray<Prepared>
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

interface Summary {
  readonly items: Items
  readonly kind: 'quote' | 'passage'
  /** sameStatement score of two items. */
  readonly score: (x: number, y: number) => number
  readonly exactLimit: number
  readonly scratch: Counts
  readonly datePrefix: (published: string | null) => string | null
  /** fnv1a32 of a distinct text. */
  readonly textHash: (t: number) => number
}

const summarise = (members: ReadonlyArray<number>, ctx: Summary): Cluster => {
  // Items come in canonical order (by member key, then input order): the members are sorted.
  const { items, score, scratch } = ctx
  const passageOf = (i: number): Passage => items.passages[items.input[i] as number] as Passage
  const preparedOf = (i: number): Prepared => items.prepared[items.text[i] as number] as Prepared
  const n = members.length
  let canonical = 0
  let cohesion = 1
  if (n <= ctx.exactLimit) {
    const sums = new Float64Array(n)
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const s = score(members[i] as number, members[j] as number)
        sums[i] = (sums[i] as number) + s
        sums[j] = (sums[j] as number) + s
        if (s < cohesion) cohesion = s
      }
    for (let i = 1; i < n; i++) if ((sums[i] as number) > (sums[canonical] as number) + 1e-12) canonical = i
  } else {
    // The member whose words best cover the cluster's word profile.
    const { counts: freq, touched } = scratch
    for (const m of members) {
      const set = preparedOf(m).contentSet
      for (let j = 0; j < set.length; j++) {
        const k = set[j] as number
        if (freq[k] === 0) touched.push(k)
        freq[k] = (freq[k] as number) + 1
      }
    }
    let best = -1
    for (let i = 0; i < n; i++) {
      const set = preparedOf(members[i] as number).contentSet
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
    const c = members[canonical] as number
    for (let i = 0; i < n; i++) if (i !== canonical) cohesion = Math.min(cohesion, score(members[i] as number, c))
  }
  const passages = members.map(passageOf)
  let earliest = 0
  let earliestDate = ctx.datePrefix((passages[0] as Passage).published)
  for (let i = 1; i < n; i++) {
    const d = ctx.datePrefix((passages[i] as Passage).published)
    const c = comparePrefixes(d, earliestDate)
    if (c < 0 || (c === 0 && (items.input[members[i] as number] as number) < (items.input[members[earliest] as number] as number))) {
      earliest = i
      earliestDate = d
    }
  }
  const canon = preparedOf(members[canonical] as number)
  // Members with one text share one difference record.
  const diffs = new Map<number, { added: string[]; removed: string[] }>()
  return {
    id: unsafeId<ClusterId>(
      stableId(
        'cluster',
        ...members.map((m, i) => {
          const p = passages[i] as Passage
          return `${p.articleId}:${p.start}:${p.end}:${p.quoteId ?? ''}:${ctx.textHash(items.text[m] as number)}`
        })
      )
    ),
    kind: ctx.kind,
    canonical: (passages[canonical] as Passage).text,
    members: passages,
    earliest,
    cohesion: Math.max(0, Math.min(1, cohesion)),
    differences: members.map((m, i) => {
      const t = items.text[m] as number
      let d = diffs.get(t)
      if (d === undefined) {
        d = difference(preparedOf(m), canon, scratch)
        diffs.set(t, d)
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
 * canonical. Ids are hashes of the members. Near-linear; verbatim repeats are tokenised,
 * prepared and signed once, and verdicts are kept per pair of distinct texts:
 * bench/cluster.bench.ts measures 10k, 100k and 1M perturbed quotes (about 70 µs of CPU per
 * quote at 1M on a shared, loaded machine, 2 GB peak) and over 1000 times fewer seconds than
 * comparing all pairs with string-similarity at 20k.
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
  const total = passages.length
  const order = canonicalOrder(passages)
  // Verbatim repeats (wire copy) are prepared once. Texts and speakers are numbered in input
  // order (the order the passages sit in memory); then, in canonical order, pass 1 tokenises
  // each distinct text once into a flat buffer and collects the corpus vocabulary, and pass 2
  // joins the compounds that the vocabulary knows and prepares each text once. (Canonical
  // order for both passes, so that interned ids, hence the n-gram hashes of sameStatement,
  // do not depend on the input order.)
  const textIndex = new Map<string, number>()
  const textOfInput = new Int32Array(total)
  const speakerOfInput = new Int32Array(total)
  const speakerIds = new Map<string, number>()
  const speakerNames: string[] = []
  const texts: string[] = []
  for (let i = 0; i < total; i++) {
    const p = passages[i] as Passage
    const text = p.text
    let t = textIndex.get(text)
    if (t === undefined) {
      t = texts.length
      textIndex.set(text, t)
      texts.push(text)
    }
    textOfInput[i] = t
    let s = -1
    if (p.speaker !== null) {
      s = speakerIds.get(p.speaker) ?? -1
      if (s < 0) {
        s = speakerNames.length
        speakerIds.set(p.speaker, s)
        speakerNames.push(p.speaker)
      }
    }
    speakerOfInput[i] = s
  }
  textIndex.clear()
  const textCount = texts.length
  const buf = tokenBuffer()
  const vocabulary = intSet(1 << 16)
  const tokensFrom = new Int32Array(textCount).fill(-1)
  const tokensTo = new Int32Array(textCount)
  const firstSeen = new Int32Array(textCount)
  let seen = 0
  for (let i = 0; i < total; i++) {
    const t = textOfInput[order[i] as number] as number
    if ((tokensFrom[t] as number) >= 0) continue
    firstSeen[seen++] = t
    const from = buf.length
    appendTokens(texts[t] as string, buf)
    for (let j = from; j < buf.length; j++) {
      const h = contentHashAt(buf, j)
      if (h >= 0) intSetAdd(vocabulary, h)
    }
    tokensFrom[t] = from
    tokensTo[t] = buf.length
  }
  const known = (h: number): boolean => intSetHas(vocabulary, h)
  const joined = tokenBuffer(1 << 10)
  // Per distinct text: its preparation, and the facts of the cheap vetoes as dense arrays.
  const prepared: Prepared[] = new Array<Prepared>(textCount)
  const contentCount = new Int32Array(textCount)
  const negationParity = new Uint8Array(textCount)
  const numberCount = new Int32Array(textCount)
  const numberHash = new Int32Array(textCount)
  for (let f = 0; f < textCount; f++) {
    const t = firstSeen[f] as number
    joined.length = 0
    appendJoined(buf, tokensFrom[t] as number, tokensTo[t] as number, known, joined)
    const p = prepareAt(texts[t] as string, joined, 0, joined.length)
    prepared[t] = p
    contentCount[t] = p.content.length
    negationParity[t] = p.negations % 2
    const numbers = p.numbers
    numberCount[t] = numbers.length
    let h = 0x811c9dc5
    for (let j = 0; j < numbers.length; j++) h = Math.imul(h ^ (numbers[j] as number), 0x01000193)
    numberHash[t] = h
  }
  // Items: the spans with content, in canonical order.
  const itemInput = new Int32Array(total)
  const itemText = new Int32Array(total)
  const itemSpeaker = new Int32Array(total)
  let n = 0
  for (let i = 0; i < total; i++) {
    const input = order[i] as number
    const t = textOfInput[input] as number
    if (contentCount[t] === 0) continue
    itemInput[n] = input
    itemText[n] = t
    itemSpeaker[n] = speakerOfInput[input] as number
    n++
  }
  const items: Items = { passages, input: itemInput.subarray(0, n), text: itemText.subarray(0, n), prepared }
  const k = lsh.bands * lsh.rows
  const flat = signatures(items, n, k, hashSeeds(k, lsh.seed), options.shingleSize ?? 1)
  const uf = unionFind(n)
  // Verdicts and scores per pair of distinct texts (a verdict holds for every pair of items
  // with those texts whose speakers are compatible): verbatim repeats are judged once.
  const verdicts = pairMap(1 << 12)
  const scores = pairMap(1 << 12)
  const textScore = (ta: number, tb: number): number => {
    const x = Math.min(ta, tb)
    const y = Math.max(ta, tb)
    const hit = pairGet(scores, x, y)
    if (hit !== undefined) return hit
    const s = judgePrepared(prepared[ta] as Prepared, prepared[tb] as Prepared).score
    pairSet(scores, x, y, s)
    return s
  }
  const sameText = (ta: number, tb: number): boolean => {
    // the negation and number vetoes of sameStatement, checked before its features
    if (negationParity[ta] !== negationParity[tb]) return false
    const na = numberCount[ta] as number
    const nb = numberCount[tb] as number
    if (na > 0 && nb > 0 && (na !== nb || numberHash[ta] !== numberHash[tb])) return false
    const x = Math.min(ta, tb)
    const y = Math.max(ta, tb)
    const hit = pairGet(verdicts, x, y)
    if (hit !== undefined) return hit === 1
    const pa = prepared[ta] as Prepared
    const pb = prepared[tb] as Prepared
    let ok = (na === 0 || nb === 0 || numbersAgree(pa.numbers, pb.numbers)) && containment(pa, pb) >= MIN_CONTAINMENT - 0.2
    if (ok) {
      const j = judgePrepared(pa, pb, { threshold })
      ok = j.same
      pairSet(scores, x, y, j.score)
    }
    pairSet(verdicts, x, y, ok ? 1 : 0)
    return ok
  }
  const compatible = speakerCompatibility(speakerNames)
  // Known speakers of each set, so that a chain through an unattributed span never joins
  // two different known speakers.
  const speakersOf = new Map<number, ReadonlyArray<number>>()
  for (let i = 0; i < n; i++) if ((itemSpeaker[i] as number) >= 0) speakersOf.set(i, [itemSpeaker[i] as number])
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
      const sx = itemSpeaker[x] as number
      const tx = itemText[x] as number
      for (let r = 0; r < nReps; r++) {
        const y = reps[r] as number
        if (find(uf, x) === find(uf, y)) continue
        const sy = itemSpeaker[y] as number
        if ((sx < 0 || sy < 0 || compatible(sx, sy)) && sameText(tx, itemText[y] as number)) join(x, y)
      }
      if (nReps < maxPerBucket) {
        const rx = find(uf, x)
        let seen = false
        for (let r = 0; r < nReps && !seen; r++) seen = find(uf, reps[r] as number) === rx
        if (!seen) reps[nReps++] = x
      }
    }
  })
  const score = (x: number, y: number): number => {
    const sx = itemSpeaker[x] as number
    const sy = itemSpeaker[y] as number
    return sx >= 0 && sy >= 0 && !compatible(sx, sy) ? 0 : textScore(itemText[x] as number, itemText[y] as number)
  }
  const dates = new Map<string, string | null>()
  const hashes = new Float64Array(textCount).fill(-1)
  const ctx: Summary = {
    items,
    kind: options.kind ?? 'quote',
    score,
    exactLimit,
    scratch: { counts: new Int32Array(internCount()), touched: [] },
    datePrefix: (d) => {
      if (d === null) return null
      let p = dates.get(d)
      if (p === undefined) {
        p = datePrefixOf(d)
        dates.set(d, p)
      }
      return p
    },
    textHash: (t) => {
      let h = hashes[t] as number
      if (h < 0) {
        h = fnv1a32(texts[t] as string)
        hashes[t] = h
      }
      return h
    }
  }
  // Groups come ascending, each by its first member: clusters are in member-key order.
  return groups(uf, 2).map((g) => summarise(g, ctx))
}

/**
 * Input indices in the canonical order of members (see `compareMembers`), then input order:
 * the result does not depend on the input order. Article ids are ranked once, so that most
 * comparisons are of numbers.
 */
const canonicalOrder = (passages: ReadonlyArray<Passage>): number[] => {
  const ids = [...new Set(passages.map((p) => p.articleId as string))].sort(cmp)
  const rankOf = new Map(ids.map((id, r) => [id, r]))
  const rank = new Int32Array(passages.length)
  const start = new Float64Array(passages.length)
  for (let i = 0; i < passages.length; i++) {
    const p = passages[i] as Passage
    rank[i] = rankOf.get(p.articleId) ?? 0
    start[i] = p.start
  }
  const order = passages.map((_, i) => i)
  return order.sort(
    (i, j) =>
      (rank[i] as number) - (rank[j] as number) ||
      (start[i] as number) - (start[j] as number) ||
      compareMembers(passages[i] as Passage, passages[j] as Passage) ||
      i - j
  )
}

/** Whether two speakers (by index into `names`) can denote one person, memoised per pair. */
const speakerCompatibility = (names: ReadonlyArray<string>): ((a: number, b: number) => boolean) => {
  const memo = pairMap(64)
  return (a, b) => {
    const lo = Math.min(a, b)
    const hi = Math.max(a, b)
    let v = pairGet(memo, lo, hi)
    if (v === undefined) {
      v = speakersCompatible(names[a] as string, names[b] as string) ? 1 : 0
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
const signatures = (items: Items, n: number, k: number, seeds: Uint32Array, shingleSize: number): Uint32Array => {
  const flat = new Uint32Array(n * k)
  const firstOf = new Int32Array(items.prepared.length).fill(-1)
  const local = shingleSize <= 1 ? new Int32Array(internCount()).fill(-1) : null
  let rows = new Uint32Array(k * 1024)
  let rowCount = 0
  for (let i = 0; i < n; i++) {
    const t = items.text[i] as number
    const first = firstOf[t] as number
    const at = i * k
    if (first >= 0) {
      flat.copyWithin(at, first * k, first * k + k)
      continue
    }
    firstOf[t] = i
    const content = (items.prepared[t] as Prepared).content
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
