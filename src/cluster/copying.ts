/**
 * detectCopying: which articles share passages, and who copied whom.
 *
 * @since 0.1.0
 */
import type { Article } from '../model/article'
import type { Copying, SharedPassage } from '../model/cluster'
import { compareDates } from './cluster'
import { type Token, tokenize } from './normalise'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Options of `detectCopying`.
 *
 * @example
 * import type { CopyingOptions } from 'gainsay'
 * const strict: CopyingOptions = { anchorSize: 6, minWords: 40 }
 *
 * @since 0.1.0
 */
export interface CopyingOptions {
  /** Words per anchor n-gram (default 5). */
  readonly anchorSize?: number
  /**
   * Shortest shared run of words that counts as copying (default 15): a shared quotation of
   * a dozen words is what independent reports of one statement have in common.
   */
  readonly minWords?: number
  /** Words of disagreement bridged when chaining anchors into one passage (default 4). */
  readonly maxGap?: number
  /**
   * An anchor found in at least this many articles of one outlet is that outlet's boilerplate
   * (a tagline, a licence line the ingester missed) and is ignored (default 3).
   */
  readonly outletBoilerplateArticles?: number
  /** Anchors found in more articles than this are ignored as stock phrases (default 50). */
  readonly maxAnchorArticles?: number
  /** Characters around a shared passage in which a cited source counts as credited for it (default 300). */
  readonly creditWindow?: number
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

interface Body {
  readonly article: Article
  readonly words: ReadonlyArray<Token>
  readonly keys: ReadonlyArray<string>
  /** Paragraph index of each word. */
  readonly para: ReadonlyArray<number>
}

/** The article's body words: inside its paragraphs (or the whole text), outside boilerplate. */
const body = (article: Article): Body => {
  const tokens = tokenize(article.text)
  const paragraphs = article.paragraphs.length > 0 ? article.paragraphs : [{ start: 0, end: article.text.length }]
  const outside = (t: Token): boolean => !article.boilerplate.some((b) => t.start < b.end && t.end > b.start)
  // Paragraphs in order and apart (the usual case): one sweep finds each word's paragraph.
  let ordered = true
  for (let k = 1; k < paragraphs.length && ordered; k++) ordered = (paragraphs[k - 1] as Span).end <= (paragraphs[k] as Span).start
  const words: Token[] = []
  const para: number[] = []
  let p = 0
  for (const t of tokens) {
    let at = -1
    if (ordered) {
      while (p + 1 < paragraphs.length && (paragraphs[p + 1] as Span).start <= t.start) p++
      const q = paragraphs[p] as Span
      if (t.start >= q.start && t.end <= q.end) at = p
    } else at = paragraphs.findIndex((q) => t.start >= q.start && t.end <= q.end)
    if (at < 0 || !outside(t)) continue
    words.push(t)
    para.push(at)
  }
  return { article, words, keys: words.map((t) => t.surface), para }
}

interface Span {
  readonly start: number
  readonly end: number
}

/** fnv1a32 of `keys[from .. from + n)` joined by single spaces, without building the string. */
const anchorHash = (keys: ReadonlyArray<string>, from: number, n: number): number => {
  let h = 0x811c9dc5
  for (let w = from; w < from + n; w++) {
    if (w > from) h = Math.imul(h ^ 32, 0x01000193)
    const k = keys[w] as string
    for (let i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), 0x01000193)
  }
  return h >>> 0
}

interface Anchor {
  readonly a: number
  readonly b: number
}

interface Run {
  aFrom: number
  aTo: number
  bFrom: number
  bTo: number
}

/** Chains anchors (sorted by position in a) that stay near one diagonal into runs of words. */
const chain = (anchors: ReadonlyArray<Anchor>, n: number, maxGap: number): ReadonlyArray<Run> => {
  const runs: Run[] = []
  for (const x of anchors) {
    let joined = false
    for (let r = runs.length - 1; r >= 0 && r >= runs.length - 8; r--) {
      const run = runs[r] as Run
      const da = x.a - (run.aTo - n)
      const db = x.b - (run.bTo - n)
      if (da > 0 && db > 0 && da <= n + maxGap && db <= n + maxGap && Math.abs(da - db) <= maxGap) {
        run.aTo = Math.max(run.aTo, x.a + n)
        run.bTo = Math.max(run.bTo, x.b + n)
        joined = true
        break
      }
      if (da <= 0 && db <= 0 && x.a >= run.aFrom && x.b >= run.bFrom) {
        joined = true // already covered (repeated n-gram inside the run)
        break
      }
    }
    if (!joined) runs.push({ aFrom: x.a, aTo: x.a + n, bFrom: x.b, bTo: x.b + n })
  }
  return runs
}

/** Extends a run word by word while both sides agree. */
const extend = (run: Run, a: ReadonlyArray<string>, b: ReadonlyArray<string>): Run => {
  const r = { ...run }
  while (r.aFrom > 0 && r.bFrom > 0 && a[r.aFrom - 1] === b[r.bFrom - 1]) {
    r.aFrom--
    r.bFrom--
  }
  while (r.aTo < a.length && r.bTo < b.length && a[r.aTo] === b[r.bTo]) {
    r.aTo++
    r.bTo++
  }
  return r
}

/**
 * Splits a run where it crosses a paragraph break on both sides at the same point, so that
 * shared paragraphs are reported one by one. Aligns by the words around the break.
 */
const splitAtParagraphs = (r: Run, a: Body, b: Body): ReadonlyArray<Run> => {
  const out: Run[] = []
  let cur: Run = { ...r }
  for (let i = r.aFrom + 1; i < r.aTo; i++) {
    if (a.para[i] === a.para[i - 1]) continue
    // find the matching break in b: the first b break at or after the aligned position
    const target = cur.bFrom + (i - cur.aFrom)
    let best = -1
    for (let k = Math.max(cur.bFrom + 1, target - 3); k <= Math.min(r.bTo - 1, target + 3); k++) {
      if (b.para[k] !== b.para[k - 1] && a.keys[i] === b.keys[k]) {
        best = k
        break
      }
    }
    if (best < 0) continue
    out.push({ aFrom: cur.aFrom, aTo: i, bFrom: cur.bFrom, bTo: best })
    cur = { aFrom: i, aTo: r.aTo, bFrom: best, bTo: r.bTo }
  }
  out.push(cur)
  return out.filter((x) => x.aTo > x.aFrom && x.bTo > x.bFrom)
}

const normName = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

const sameName = (x: string, y: string): boolean => {
  const a = normName(x)
  const b = normName(y)
  return a.length > 0 && b.length > 0 && (a === b || a.startsWith(b + ' ') || b.startsWith(a + ' '))
}

/** Cited sources of `article` within `window` characters of one of the spans. */
const creditedNear = (article: Article, spans: ReadonlyArray<{ start: number; end: number }>, window: number): ReadonlyArray<string> =>
  article.citedSources.filter((c) => spans.some((s) => c.end >= s.start - window && c.start <= s.end + window)).map((c) => c.name)

const thirdParty = (names: ReadonlyArray<string>, a: Article, b: Article): ReadonlyArray<string> =>
  names.filter((n) => ![a.outlet?.name, b.outlet?.name].some((o) => o !== undefined && sameName(n, o)))

const commonNames = (xs: ReadonlyArray<string>, ys: ReadonlyArray<string>): ReadonlyArray<string> =>
  [...new Set(xs.filter((x) => ys.some((y) => sameName(x, y))))].sort()

const label = (a: Article): string => a.outlet?.name ?? a.id

const direction = (
  a: Article,
  b: Article,
  passages: ReadonlyArray<SharedPassage>,
  window: number
): Pick<Copying, 'direction' | 'reason'> => {
  const creditedA = thirdParty(creditedNear(a, passages.map((p) => ({ start: p.aStart, end: p.aEnd })), window), a, b)
  const creditedB = thirdParty(creditedNear(b, passages.map((p) => ({ start: p.bStart, end: p.bEnd })), window), a, b)
  const both = commonNames(creditedA, creditedB)
  if (both.length > 0) return { direction: 'common-source', reason: `both credit ${both.join(', ')} for the shared text` }
  const da = a.published?.iso ?? null
  const db = b.published?.iso ?? null
  if (da !== null && db !== null) {
    const c = compareDates(da, db)
    if (c < 0) return { direction: 'a->b', reason: `a (${label(a)}) published ${da}, b (${label(b)}) ${db}: b is later` }
    if (c > 0) return { direction: 'b->a', reason: `b (${label(b)}) published ${db}, a (${label(a)}) ${da}: a is later` }
  }
  const shared = commonNames(
    thirdParty(a.citedSources.map((c) => c.name), a, b),
    thirdParty(b.citedSources.map((c) => c.name), a, b)
  )
  const when = da !== null && db !== null ? `same date at the common precision (${da}, ${db})` : `publication dates unknown (a ${da ?? 'unknown'}, b ${db ?? 'unknown'})`
  if (shared.length > 0) return { direction: 'common-source', reason: `${when}; both cite ${shared.join(', ')}` }
  // One credits the other's outlet for the shared text.
  const aCreditsB = b.outlet !== null && creditedNear(a, passages.map((p) => ({ start: p.aStart, end: p.aEnd })), window).some((n) => sameName(n, b.outlet?.name ?? ''))
  const bCreditsA = a.outlet !== null && creditedNear(b, passages.map((p) => ({ start: p.bStart, end: p.bEnd })), window).some((n) => sameName(n, a.outlet?.name ?? ''))
  if (aCreditsB !== bCreditsA) {
    return aCreditsB
      ? { direction: 'b->a', reason: `${when}; a credits b's outlet (${b.outlet?.name ?? ''}) for the shared text` }
      : { direction: 'a->b', reason: `${when}; b credits a's outlet (${a.outlet?.name ?? ''}) for the shared text` }
  }
  return { direction: null, reason: `${when}; no shared credited source` }
}

// -------------------------------------------------------------------------------------
// combinators
// -------------------------------------------------------------------------------------

/**
 * Pairs of articles that share passages, with who copied whom.
 *
 * When to use it: before counting outlets as independent witnesses. Two outlets that print
 * the same paragraphs are one source, not two (truth discovery's AccuCopy uses this).
 *
 * Details: as passim does for newspapers, each article's body (its paragraphs, without the
 * boilerplate the ingester set apart) becomes normalised words; word 5-grams shared by two
 * articles are anchors; anchors near one diagonal are chained (bridging small edits such as
 * "cyber-attacks" / "cyberattacks" or a changed word) and extended while the words agree.
 * Passages shorter than `minWords` are dropped. Anchors repeated across many articles of one
 * outlet are that outlet's boilerplate and are ignored. Direction: `common-source` when both
 * credit the same third source near the shared text; otherwise publication order at the
 * common precision ("2019-10-25T20:04" is before "2019-12": `a->b` means b is the later,
 * copying one); otherwise `common-source` when both cite the same third source anywhere;
 * otherwise, when one credits the other's outlet, from the credited one; otherwise null.
 * `reason` says which rule decided.
 *
 * Gotchas: `a` is the article whose id sorts first. Direction from dates is an inference: a
 * later article may have copied a third, unseen one.
 *
 * @example
 * import { detectCopying, unsafeId, type Article } from 'gainsay'
 * const shared = 'The harbour authority said the two cranes would be replaced by spring and that the work would cost the port about four million dollars.'
 * const art = (id: string, published: string, extra: string): Article => {
 *   const text = `${extra} ${shared}`
 *   return {
 *     id: unsafeId(id), text, outlet: null, dateline: null, byline: null, title: null, newsId: null,
 *     published: { iso: published, precision: 'day', source: 'metadata', span: null },
 *     paragraphs: [{ start: 0, end: text.length }], boilerplate: [], citedSources: [], warnings: []
 *   }
 * }
 * const [c] = detectCopying([art('x', '2021-03-02', 'Strikes ended on Monday.'), art('y', '2021-03-04', 'Port news.')])
 * c?.direction // 'a->b'
 *
 * @since 0.1.0
 */
export const detectCopying = (articles: ReadonlyArray<Article>, options: CopyingOptions = {}): ReadonlyArray<Copying> => {
  const n = Math.max(2, Math.floor(options.anchorSize ?? 5))
  const minWords = Math.max(n, options.minWords ?? 15)
  const maxGap = Math.max(0, options.maxGap ?? 4)
  const outletMax = Math.max(2, options.outletBoilerplateArticles ?? 3)
  const maxArticles = Math.max(2, options.maxAnchorArticles ?? 50)
  const window = Math.max(0, options.creditWindow ?? 300)
  const sorted = [...articles].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
  const bodies = sorted.map(body)
  // anchor hash -> postings (article index, word position)
  const postings = new Map<number, Array<number>>()
  bodies.forEach((bd, ai) => {
    for (let i = 0; i + n <= bd.keys.length; i++) {
      const h = anchorHash(bd.keys, i, n)
      const list = postings.get(h)
      if (list === undefined) postings.set(h, [ai, i])
      else list.push(ai, i)
    }
  })
  const pairAnchors = new Map<number, Anchor[]>()
  const A = bodies.length
  for (const list of postings.values()) {
    if (list.length < 4) continue
    const arts = new Set<number>()
    for (let p = 0; p < list.length; p += 2) arts.add(list[p] as number)
    if (arts.size < 2 || arts.size > maxArticles) continue
    const perOutlet = new Map<string, number>()
    let boiler = false
    for (const ai of arts) {
      const o = bodies[ai]?.article.outlet?.id
      if (o === undefined) continue
      const c = (perOutlet.get(o) ?? 0) + 1
      perOutlet.set(o, c)
      if (c >= outletMax) boiler = true
    }
    if (boiler) continue
    if (list.length > 64) continue // an n-gram repeated within articles: no anchor
    for (let p = 0; p < list.length; p += 2)
      for (let q = p + 2; q < list.length; q += 2) {
        const x = list[p] as number
        const y = list[q] as number
        if (x === y) continue
        const [ia, pa, ib, pb] = x < y ? [x, list[p + 1] as number, y, list[q + 1] as number] : [y, list[q + 1] as number, x, list[p + 1] as number]
        const key = ia * A + ib
        const arr = pairAnchors.get(key)
        if (arr === undefined) pairAnchors.set(key, [{ a: pa, b: pb }])
        else arr.push({ a: pa, b: pb })
      }
  }
  const out: Copying[] = []
  for (const key of [...pairAnchors.keys()].sort((x, y) => x - y)) {
    const ia = Math.floor(key / A)
    const ib = key % A
    const ba = bodies[ia] as Body
    const bb = bodies[ib] as Body
    const anchors = (pairAnchors.get(key) ?? []).sort((x, y) => x.a - y.a || x.b - y.b)
    const runs = chain(anchors, n, maxGap)
      .map((r) => extend(r, ba.keys, bb.keys))
      .filter((r) => Math.min(r.aTo - r.aFrom, r.bTo - r.bFrom) >= minWords)
      .sort((x, y) => x.aFrom - y.aFrom || x.bFrom - y.bFrom)
    const kept: Run[] = []
    for (const r of runs) {
      const last = kept[kept.length - 1]
      if (last !== undefined && r.aFrom < last.aTo && r.aTo <= last.aTo) continue
      kept.push(...splitAtParagraphs(r, ba, bb))
    }
    if (kept.length === 0) continue
    const passages: SharedPassage[] = kept.map((r) => {
      const aStart = (ba.words[r.aFrom] as Token).start
      const aEnd = (ba.words[r.aTo - 1] as Token).end
      return {
        aStart,
        aEnd,
        bStart: (bb.words[r.bFrom] as Token).start,
        bEnd: (bb.words[r.bTo - 1] as Token).end,
        words: Math.min(r.aTo - r.aFrom, r.bTo - r.bFrom),
        text: ba.article.text.slice(aStart, aEnd)
      }
    })
    const sharedWords = passages.reduce((s, p) => s + p.words, 0)
    const shorter = Math.max(1, Math.min(ba.keys.length, bb.keys.length))
    out.push({
      a: ba.article.id,
      b: bb.article.id,
      sharedWords,
      overlap: Math.min(1, sharedWords / shorter),
      ...direction(ba.article, bb.article, passages, window),
      passages
    })
  }
  return out
}
