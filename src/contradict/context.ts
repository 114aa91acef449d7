/**
 * What rules see besides the two claims: the event scope of the pair, how each claim reads,
 * its time window, the articles (outlet, publication date) and the copying between them.
 *
 * @since 0.1.0
 */
import * as O from 'fp-ts/Option'
import type { Option } from 'fp-ts/Option'
import type { Article } from '../model/article'
import type { Claim } from '../model/claim'
import type { Cluster, Copying } from '../model/cluster'
import { readClaimWith, type ClaimReading, type ReadingMemo } from './reading'
import { claimWindow, type TimeWindow } from './time'
import { conceptsIn, lastHeadConcept, normText } from './internal/text'
import type { EventScope } from './scope'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The facts about an article the rules use.
 *
 * @example
 * import type { ArticleInfo } from 'gainsay'
 * const a: ArticleInfo = { id: 'a1', outlet: 'Daily Planet', published: '2021-05-04' }
 *
 * @since 0.1.0
 */
export interface ArticleInfo {
  readonly id: string
  readonly outlet: string | null
  /** ISO 8601, as precise as known. */
  readonly published: string | null
}

/**
 * The corpus around the claims: articles (full `Article` records or just their facts),
 * clusters and copying from the cluster stage. Every field is optional.
 *
 * @example
 * import type { ContradictionInput } from 'gainsay'
 * const input: ContradictionInput = { articles: [{ id: 'a1', outlet: 'Daily Planet', published: '2021-05-04' }] }
 *
 * @since 0.1.0
 */
export interface ContradictionInput {
  readonly articles?: ReadonlyArray<ArticleInfo | Article>
  readonly clusters?: ReadonlyArray<Cluster>
  readonly copying?: ReadonlyArray<Copying>
}

/**
 * What a rule's `check` receives besides the two claims.
 *
 * @example
 * import { none } from 'fp-ts/Option'
 * import type { Rule } from 'gainsay'
 * const onlyCrossOutlet: Rule['check'] = (a, b, ctx) => (ctx.scope.sameArticle ? none : none)
 *
 * @since 0.1.0
 */
export interface RuleContext {
  /** Whether and how far the two claims are about the same event. */
  readonly scope: EventScope
  /** How a claim reads (memoised). */
  readonly reading: (c: Claim) => ClaimReading
  /** When a claim's event can have happened. */
  readonly window: (c: Claim) => TimeWindow
  /** The article a claim comes from. */
  readonly article: (articleId: string) => Option<ArticleInfo>
  /** The copying record between two articles, either way round. */
  readonly copying: (a: string, b: string) => Option<Copying>
  /** A claim's event concepts, from its sentence when the claim itself names none. */
  readonly concepts: (c: Claim) => ReadonlyArray<string>
  /** For a denial, the event concept it denies; null for other claims. */
  readonly focus: (c: Claim) => string | null
}

/**
 * The per-claim part of a rule's context (everything but the pair's scope and the copying
 * between articles): what a rule's `pairing` sees.
 *
 * @example
 * import type { ClaimContext } from 'gainsay'
 * const denies = (ctx: ClaimContext, c: Parameters<ClaimContext['reading']>[0]): boolean => ctx.reading(c).denial
 *
 * @since 0.1.0
 */
export type ClaimContext = Omit<RuleContext, 'scope' | 'copying'>

/**
 * The corpus, indexed once for a detection run. Internal to the contradiction stage and
 * `gainsay/testing`.
 *
 * @since 0.1.0
 */
export interface Corpus {
  readonly articles: ReadonlyMap<string, ArticleInfo>
  readonly copying: ReadonlyMap<string, Copying>
  /** Cluster ids each claim falls into (by span overlap with a member). */
  readonly clustersOf: (c: Claim) => ReadonlySet<string>
  readonly window: (c: Claim) => TimeWindow
  readonly reading: (c: Claim) => ClaimReading
  /** The claim's event concepts, or those of its sentence when the claim itself names none ("it still affected ..."). */
  readonly concepts: (c: Claim) => ReadonlyArray<string>
  /** For a denial, the event concept it denies (from its sentence when it names none itself). */
  readonly focus: (c: Claim) => string | null
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const isArticle = (a: ArticleInfo | Article): a is Article => 'text' in a && 'paragraphs' in a

const toInfo = (a: ArticleInfo | Article): ArticleInfo =>
  isArticle(a) ? { id: a.id, outlet: a.outlet?.name ?? null, published: a.published?.iso ?? null } : a

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)

/**
 * Indexes the corpus for the given claims.
 *
 * @since 0.1.0
 */
export const buildCorpus = (claims: ReadonlyArray<Claim>, input: ContradictionInput): Corpus => {
  const articles = new Map<string, ArticleInfo>()
  const texts = new Map<string, string>()
  for (const a of input.articles ?? []) {
    const info = toInfo(a)
    if (!articles.has(info.id)) articles.set(info.id, info)
    if (isArticle(a) && !texts.has(a.id)) texts.set(a.id, a.text)
  }
  const copying = new Map<string, Copying>()
  for (const c of input.copying ?? []) if (!copying.has(pairKey(c.a, c.b))) copying.set(pairKey(c.a, c.b), c)

  // cluster membership by span overlap
  const membersByArticle = new Map<string, Array<{ start: number; end: number; cluster: string }>>()
  for (const cl of input.clusters ?? [])
    for (const m of cl.members) {
      const list = membersByArticle.get(m.articleId) ?? []
      list.push({ start: m.start, end: m.end, cluster: cl.id })
      membersByArticle.set(m.articleId, list)
    }
  const clusterMemo = new Map<Claim, ReadonlySet<string>>()
  const clustersOf = (c: Claim): ReadonlySet<string> => {
    const hit = clusterMemo.get(c)
    if (hit !== undefined) return hit
    const out = new Set<string>()
    for (const m of membersByArticle.get(c.articleId) ?? []) {
      const overlap = Math.min(m.end, c.end) - Math.max(m.start, c.start)
      const shorter = Math.max(1, Math.min(m.end - m.start, c.end - c.start))
      if (overlap / shorter >= 0.6) out.add(m.cluster)
    }
    clusterMemo.set(c, out)
    return out
  }

  // neighbours: claims of the same article, by position
  const byArticle = new Map<string, Claim[]>()
  for (const c of claims) {
    const list = byArticle.get(c.articleId) ?? []
    list.push(c)
    byArticle.set(c.articleId, list)
  }
  for (const list of byArticle.values()) list.sort((x, y) => x.start - y.start || x.end - y.end)

  // claims that repeat a text (a paragraph reprinted by several outlets) share its reading of the text
  const readingMemo: ReadingMemo = new Map()
  const reading = (c: Claim): ClaimReading => readClaimWith(c, readingMemo)

  const windowMemo = new Map<Claim, TimeWindow>()
  const window = (c: Claim): TimeWindow => {
    const hit = windowMemo.get(c)
    if (hit !== undefined) return hit
    const list = byArticle.get(c.articleId) ?? []
    const neighbours = list.filter((n) => n !== c && n.end <= c.start)
    const r = reading(c)
    const w = claimWindow(c, {
      published: articles.get(c.articleId)?.published ?? null,
      neighbours,
      denial: r.denial,
      recent: r.recent
    })
    windowMemo.set(c, w)
    return w
  }
  const sentenceMemo = new Map<Claim, string>()
  /** The normalised sentence around a claim, when the article text is known. */
  const sentence = (c: Claim): string => {
    const hit = sentenceMemo.get(c)
    if (hit !== undefined) return hit
    const text = texts.get(c.articleId)
    let out = ' '
    if (text !== undefined && c.end <= text.length && text.slice(c.start, c.end).length > 0) {
      const before = text.slice(Math.max(0, c.start - 400), c.start)
      const after = text.slice(c.end, c.end + 200)
      let cut = -1
      for (const m of before.matchAll(/[.!?]["”’']?\s|\n/g)) cut = m.index + m[0].length
      // a sentence ends at its full stop, or at a line break (headlines and link lists have no stop)
      const stop = after.search(/[.!?]["”’']?(\s|$)|\n/)
      out = normText(before.slice(Math.max(0, cut)) + text.slice(c.start, c.end) + (stop < 0 ? after : after.slice(0, stop)))
    }
    sentenceMemo.set(c, out)
    return out
  }
  const conceptMemo = new Map<Claim, ReadonlyArray<string>>()
  const concepts = (c: Claim): ReadonlyArray<string> => {
    const own = reading(c).concepts
    if (own.length > 0) return own
    const hit = conceptMemo.get(c)
    if (hit !== undefined) return hit
    const out = conceptsIn(sentence(c))
    conceptMemo.set(c, out)
    return out
  }
  const focusMemo = new Map<Claim, string | null>()
  const focus = (c: Claim): string | null => {
    const r = reading(c)
    if (!r.denial) return null
    if (r.focus !== null) return r.focus
    const hit = focusMemo.get(c)
    if (hit !== undefined) return hit
    const out = lastHeadConcept(sentence(c))
    focusMemo.set(c, out)
    return out
  }
  return { articles, copying, clustersOf, window, reading, concepts, focus }
}

/**
 * The rule context for one pair.
 *
 * @since 0.1.0
 */
export const ruleContext = (corpus: Corpus, scope: EventScope): RuleContext => ruleContextFactory(corpus)(scope)

/** The per-claim context of a corpus (for rules' pairings). Internal. */
export const claimContext = (corpus: Corpus): ClaimContext => ({
  reading: corpus.reading,
  window: corpus.window,
  article: (id: string): Option<ArticleInfo> => O.fromNullable(corpus.articles.get(id)),
  concepts: corpus.concepts,
  focus: corpus.focus
})

/** The rule context for each pair of one corpus, sharing the per-corpus lookups. Internal. */
export const ruleContextFactory = (corpus: Corpus): ((scope: EventScope) => RuleContext) => {
  const { article } = claimContext(corpus)
  const copying = (a: string, b: string): Option<Copying> => O.fromNullable(corpus.copying.get(pairKey(a, b)))
  return (scope) => ({
    scope,
    reading: corpus.reading,
    window: corpus.window,
    article,
    copying,
    concepts: corpus.concepts,
    focus: corpus.focus
  })
}
