/**
 * Reliability signals: pure functions from the pipeline's records to numbers in [0, 1], higher
 * is better, per article, then aggregated per outlet and per speaker.
 *
 * A copy is never independent corroboration: two articles are independent only when they come
 * from different outlets and no `Copying` record links them.
 *
 * @since 0.1.0
 */
import type { Article } from '../model/article'
import type { Claim } from '../model/claim'
import type { Cluster, Copying } from '../model/cluster'
import type { Contradiction } from '../model/contradiction'
import type { Quote } from '../model/quote'
import { LOADED_WORDS } from '../extract/lexicons/loaded'
import { DISMISSIVE_PHRASES } from './lexicons'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The records the reliability stage reads. `speakers` is accepted for symmetry with the
 * report and not needed.
 *
 * @example
 * import { scoreSources, type ReliabilityInput } from 'gainsay'
 * const input: ReliabilityInput = { articles: [], quotes: [], claims: [], clusters: [], copying: [], contradictions: [] }
 * scoreSources(input) // []
 *
 * @since 0.1.0
 */
export interface ReliabilityInput {
  readonly articles: ReadonlyArray<Article>
  readonly quotes: ReadonlyArray<Quote>
  readonly claims: ReadonlyArray<Claim>
  readonly clusters: ReadonlyArray<Cluster>
  readonly copying: ReadonlyArray<Copying>
  readonly contradictions: ReadonlyArray<Contradiction>
  readonly speakers?: ReadonlyArray<unknown>
}

/**
 * The signals of one article (or of an outlet, or a speaker, averaged). Each is in [0, 1],
 * higher is better.
 *
 * @example
 * import { signalsFromCounts, type Signals } from 'gainsay'
 * const s: Signals = signalsFromCounts({ words: 10, copiedWords: 0, statementQuotes: 1, namedQuotes: 1, anonymousQuotes: 0, unattributedQuotes: 0, distinctSources: 2, contestedClaims: 0, unhedgedContestedClaims: 0, loadedPhrases: [], ownVoiceClaims: 0, ownVoiceContested: 0, internalContradictions: 0, externalContradictions: 0, clusteredStatements: 0, corroboratedStatements: 0, anonymousContestedClaims: 0 })
 * s.attributionQuality // 1
 *
 * @since 0.1.0
 */
export interface Signals {
  /** 1 - share of the body's words found in passages copied from other articles. */
  readonly originality: number
  /** Share of statement quotes that name their speaker (anonymous or unattributed lower it). */
  readonly attributionQuality: number
  /** Distinct named speakers and cited sources, saturating: n / (n + 2). */
  readonly sourceDiversity: number
  /** Share of contested claims that are hedged or attributed rather than flatly asserted. */
  readonly calibration: number
  /** 1 - loaded or dismissive phrases per 100 words (saturating at 2). */
  readonly neutralWording: number
  /** 1 - share of the outlet's own-voice claims that are contested. */
  readonly ownVoiceRestraint: number
  /** 1 / (1 + contradictions inside the article). */
  readonly internalConsistency: number
  /** 1 / (1 + contradictions with independent outlets). */
  readonly externalConsistency: number
  /**
   * Share of the article's clustered statements that an independent (non-copying) outlet also
   * reports; 0.5 (no evidence either way) when none of its statements recurs anywhere.
   */
  readonly corroboration: number
  /** 1 - share of its disputed claims that rest on anonymous sources ("officials said"). */
  readonly namedDisputeSources: number
}

/**
 * Counts behind the signals, for explanations.
 *
 * @example
 * import type { SignalCounts } from 'gainsay'
 * const c: Pick<SignalCounts, 'words' | 'copiedWords'> = { words: 120, copiedWords: 30 }
 *
 * @since 0.1.0
 */
export interface SignalCounts {
  readonly words: number
  readonly copiedWords: number
  readonly statementQuotes: number
  readonly namedQuotes: number
  readonly anonymousQuotes: number
  readonly unattributedQuotes: number
  readonly distinctSources: number
  readonly contestedClaims: number
  readonly unhedgedContestedClaims: number
  readonly loadedPhrases: ReadonlyArray<string>
  readonly ownVoiceClaims: number
  readonly ownVoiceContested: number
  readonly internalContradictions: number
  readonly externalContradictions: number
  readonly clusteredStatements: number
  readonly corroboratedStatements: number
  /** Anonymous claims that are contested, e.g. an unnamed official asserting a disputed outcome. */
  readonly anonymousContestedClaims: number
}

/**
 * Signals and counts of one article.
 *
 * @example
 * import { articleSignals, type ArticleSignals } from 'gainsay'
 * const xs: ReadonlyArray<ArticleSignals> = articleSignals({ articles: [], quotes: [], claims: [], clusters: [], copying: [], contradictions: [] })
 * xs.length // 0
 *
 * @since 0.1.0
 */
export interface ArticleSignals {
  readonly articleId: string
  readonly outlet: string | null
  readonly signals: Signals
  readonly counts: SignalCounts
}

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu

const countWords = (s: string): number => s.match(WORD)?.length ?? 0

const bodyText = (a: Article): string =>
  a.paragraphs.length > 0 ? a.paragraphs.map((p) => a.text.slice(p.start, p.end)).join('\n') : a.text

const ratio = (num: number, den: number, empty: number): number => (den > 0 ? Math.min(1, Math.max(0, num / den)) : empty)

const outletOf = (a: Article): string | null => a.outlet?.name ?? null

/**
 * Words of `article` that it copied, according to the copy detector: for `a->b` the shared
 * words count against b (the later copy), for `b->a` against a; for a common source against
 * both (each repeats someone else's text, credited or not); with unknown direction, half
 * against each.
 *
 * @example
 * import { copiedWords, unsafeId, type ArticleId } from 'gainsay'
 * const [a, b] = [unsafeId<ArticleId>('a'), unsafeId<ArticleId>('b')]
 * copiedWords('b', [{ a, b, sharedWords: 40, direction: 'a->b' }]) // 40
 * copiedWords('a', [{ a, b, sharedWords: 40, direction: 'a->b' }]) // 0
 * copiedWords('a', [{ a, b, sharedWords: 40, direction: null }]) // 20
 *
 * @since 0.1.0
 */
export const copiedWords = (
  articleId: string,
  copying: ReadonlyArray<Pick<Copying, 'a' | 'b' | 'sharedWords' | 'direction'>>
): number => {
  let n = 0
  for (const c of copying) {
    if (c.a !== articleId && c.b !== articleId) continue
    const copier =
      c.direction === 'a->b' ? c.b === articleId : c.direction === 'b->a' ? c.a === articleId : null
    if (c.direction === 'common-source') n += c.sharedWords
    else if (copier === null) n += c.sharedWords / 2
    else if (copier) n += c.sharedWords
  }
  return n
}

/**
 * Whether two articles are independent witnesses: different outlets (when known) and no
 * copying between them in either direction.
 *
 * @example
 * import { independentArticles } from 'gainsay'
 * independentArticles('a', 'b', new Map([['a', 'X'], ['b', 'Y']]), []) // true
 *
 * @since 0.1.0
 */
export const independentArticles = (
  a: string,
  b: string,
  outlets: ReadonlyMap<string, string | null>,
  copying: ReadonlyArray<Copying>
): boolean => {
  if (a === b) return false
  const oa = outlets.get(a) ?? null
  const ob = outlets.get(b) ?? null
  if (oa !== null && oa === ob) return false
  return !copying.some((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a))
}

/**
 * Loaded or dismissive phrases in a text (lower-cased, each occurrence once, in text order).
 *
 * @example
 * import { loadedPhrases } from 'gainsay'
 * loadedPhrases('He called it a sheer lie and baseless.') // ['sheer lie', 'baseless']
 *
 * @since 0.1.0
 */
export const loadedPhrases = (text: string): ReadonlyArray<string> => {
  const lower = text.toLowerCase()
  const hits: Array<{ at: number; end: number; phrase: string }> = []
  const phrases = [...new Set([...DISMISSIVE_PHRASES, ...LOADED_WORDS])].sort((x, y) => y.length - x.length)
  for (const p of phrases) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu')
    for (const m of lower.matchAll(re)) {
      const at = m.index ?? 0
      const end = at + p.length
      // a longer phrase already covering this span wins ("sheer lie" over "sheer")
      if (hits.some((h) => at < h.end && end > h.at)) continue
      hits.push({ at, end, phrase: p })
    }
  }
  return hits.sort((x, y) => x.at - y.at).map((h) => h.phrase)
}

// -------------------------------------------------------------------------------------
// per article
// -------------------------------------------------------------------------------------

const claimIdsIn = (contradictions: ReadonlyArray<Contradiction>): ReadonlySet<string> => {
  const s = new Set<string>()
  for (const c of contradictions) {
    s.add(c.a.claimId)
    s.add(c.b.claimId)
  }
  return s
}

/**
 * Every signal of every article, in input order.
 *
 * @example
 * import { articleSignals } from 'gainsay'
 * articleSignals({ articles: [], quotes: [], claims: [], clusters: [], copying: [], contradictions: [] }) // []
 *
 * @since 0.1.0
 */
export const articleSignals = (input: ReliabilityInput): ReadonlyArray<ArticleSignals> => {
  const outlets = new Map(input.articles.map((a) => [a.id as string, outletOf(a)] as const))
  const contested = claimIdsIn(input.contradictions)
  return input.articles.map((article) => {
    const id = article.id as string
    const body = bodyText(article)
    const words = countWords(body)
    const copied = Math.min(words, copiedWords(id, input.copying))
    const quotes = input.quotes.filter((q) => q.articleId === id && q.isStatement)
    const named = quotes.filter((q) => q.speaker !== null && !q.anonymous).length
    const anonymous = quotes.filter((q) => q.anonymous).length
    const unattributed = quotes.filter((q) => q.speaker === null && !q.anonymous).length
    const sources = new Set<string>()
    for (const q of quotes) if (q.speaker !== null && !q.anonymous) sources.add(q.speaker.toLowerCase())
    for (const c of article.citedSources) sources.add(c.name.toLowerCase())
    const claims = input.claims.filter((c) => c.articleId === id)
    const contestedHere = claims.filter((c) => contested.has(c.id))
    const unhedged = contestedHere.filter((c) => c.modality === 'asserted' && c.certainty >= 0.95 && c.quoteId === null)
    const ownVoice = claims.filter((c) => c.assertedBy.kind === 'outlet')
    const ownVoiceContested = ownVoice.filter((c) => contested.has(c.id)).length
    const anonymousContested = contestedHere.filter((c) => c.assertedBy.anonymous).length
    const loaded = loadedPhrases(body)
    let internal = 0
    let external = 0
    for (const c of input.contradictions) {
      const inA = c.a.articleId === id
      const inB = c.b.articleId === id
      if (!inA && !inB) continue
      if (inA && inB) internal++
      else {
        const other = inA ? c.b.articleId : c.a.articleId
        if (independentArticles(id, other, outlets, input.copying)) external++
      }
    }
    let clustered = 0
    let corroborated = 0
    for (const k of input.clusters) {
      if (!k.members.some((m) => m.articleId === id)) continue
      clustered++
      if (k.members.some((m) => independentArticles(id, m.articleId, outlets, input.copying))) corroborated++
    }
    const counts: SignalCounts = {
      words,
      copiedWords: Math.round(copied),
      statementQuotes: quotes.length,
      namedQuotes: named,
      anonymousQuotes: anonymous,
      unattributedQuotes: unattributed,
      distinctSources: sources.size,
      contestedClaims: contestedHere.length,
      unhedgedContestedClaims: unhedged.length,
      loadedPhrases: loaded,
      ownVoiceClaims: ownVoice.length,
      ownVoiceContested,
      internalContradictions: internal,
      externalContradictions: external,
      clusteredStatements: clustered,
      corroboratedStatements: corroborated,
      anonymousContestedClaims: anonymousContested
    }
    return { articleId: id, outlet: outletOf(article), signals: signalsFromCounts(counts), counts }
  })
}

/**
 * The signals implied by counts (the one place where counts become numbers in [0, 1]).
 * Anonymous sourcing counts twice on purpose: once in `attributionQuality` (every anonymous or
 * unattributed quote) and again in `namedDisputeSources` when what the anonymous source says
 * is disputed, since that is where naming the source matters most.
 *
 * @example
 * import { signalsFromCounts } from 'gainsay'
 * signalsFromCounts({ words: 100, copiedWords: 50, statementQuotes: 0, namedQuotes: 0, anonymousQuotes: 0, unattributedQuotes: 0, distinctSources: 0, contestedClaims: 0, unhedgedContestedClaims: 0, loadedPhrases: [], ownVoiceClaims: 0, ownVoiceContested: 0, internalContradictions: 0, externalContradictions: 0, clusteredStatements: 0, corroboratedStatements: 0, anonymousContestedClaims: 0 }).originality // 0.5
 *
 * @since 0.1.0
 */
export const signalsFromCounts = (c: SignalCounts): Signals => {
  return {
    originality: 1 - ratio(c.copiedWords, c.words, 0),
    attributionQuality: ratio(c.namedQuotes, c.statementQuotes, 1),
    sourceDiversity: c.distinctSources / (c.distinctSources + 2),
    calibration: 1 - ratio(c.unhedgedContestedClaims, c.contestedClaims, 0),
    neutralWording: 1 - Math.min(1, c.words > 0 ? (c.loadedPhrases.length * 100) / c.words / 2 : 0),
    ownVoiceRestraint: 1 - ratio(c.ownVoiceContested, c.ownVoiceClaims, 0),
    internalConsistency: 1 / (1 + c.internalContradictions),
    externalConsistency: 1 / (1 + c.externalContradictions),
    corroboration: ratio(c.corroboratedStatements, c.clusteredStatements, 0.5),
    namedDisputeSources: 1 - ratio(c.anonymousContestedClaims, c.contestedClaims, 0)
  }
}

const sumCounts = (xs: ReadonlyArray<SignalCounts>): SignalCounts => {
  const z: SignalCounts = {
    words: 0,
    copiedWords: 0,
    statementQuotes: 0,
    namedQuotes: 0,
    anonymousQuotes: 0,
    unattributedQuotes: 0,
    distinctSources: 0,
    contestedClaims: 0,
    unhedgedContestedClaims: 0,
    loadedPhrases: [],
    ownVoiceClaims: 0,
    ownVoiceContested: 0,
    internalContradictions: 0,
    externalContradictions: 0,
    clusteredStatements: 0,
    corroboratedStatements: 0,
    anonymousContestedClaims: 0
  }
  return xs.reduce<SignalCounts>(
    (acc, x) => ({
      words: acc.words + x.words,
      copiedWords: acc.copiedWords + x.copiedWords,
      statementQuotes: acc.statementQuotes + x.statementQuotes,
      namedQuotes: acc.namedQuotes + x.namedQuotes,
      anonymousQuotes: acc.anonymousQuotes + x.anonymousQuotes,
      unattributedQuotes: acc.unattributedQuotes + x.unattributedQuotes,
      distinctSources: acc.distinctSources + x.distinctSources,
      contestedClaims: acc.contestedClaims + x.contestedClaims,
      unhedgedContestedClaims: acc.unhedgedContestedClaims + x.unhedgedContestedClaims,
      loadedPhrases: [...acc.loadedPhrases, ...x.loadedPhrases],
      ownVoiceClaims: acc.ownVoiceClaims + x.ownVoiceClaims,
      ownVoiceContested: acc.ownVoiceContested + x.ownVoiceContested,
      internalContradictions: acc.internalContradictions + x.internalContradictions,
      externalContradictions: acc.externalContradictions + x.externalContradictions,
      clusteredStatements: acc.clusteredStatements + x.clusteredStatements,
      corroboratedStatements: acc.corroboratedStatements + x.corroboratedStatements,
      anonymousContestedClaims: acc.anonymousContestedClaims + x.anonymousContestedClaims
    }),
    z
  )
}

// -------------------------------------------------------------------------------------
// aggregation
// -------------------------------------------------------------------------------------

/**
 * Signals of one outlet: the counts of its articles summed, then turned into signals (so a
 * long article weighs more than a brief). `distinctSources` is the largest of its articles'.
 *
 * @example
 * import { outletSignals, type OutletSignals } from 'gainsay'
 * const xs: ReadonlyArray<OutletSignals> = outletSignals([])
 * xs.length // 0
 *
 * @since 0.1.0
 */
export interface OutletSignals {
  readonly outlet: string
  readonly articles: ReadonlyArray<string>
  readonly signals: Signals
  readonly counts: SignalCounts
}

/**
 * Per-outlet signals, outlets sorted by name; articles without a known outlet are left out.
 *
 * @example
 * import { outletSignals } from 'gainsay'
 * outletSignals([]) // []
 *
 * @since 0.1.0
 */
export const outletSignals = (perArticle: ReadonlyArray<ArticleSignals>): ReadonlyArray<OutletSignals> => {
  const by = new Map<string, ArticleSignals[]>()
  for (const a of perArticle) {
    if (a.outlet === null) continue
    by.set(a.outlet, [...(by.get(a.outlet) ?? []), a])
  }
  return [...by.entries()]
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .map(([outlet, unsorted]) => {
      const arts = [...unsorted].sort((x, y) => (x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : 0))
      const summed = sumCounts(arts.map((a) => a.counts))
      const counts = { ...summed, distinctSources: Math.max(0, ...arts.map((a) => a.counts.distinctSources)) }
      return { outlet, articles: arts.map((a) => a.articleId), signals: signalsFromCounts(counts), counts }
    })
}

/**
 * Signals of one speaker, from what they are quoted as saying.
 *
 * @example
 * import { speakerSignals, type SpeakerSignals } from 'gainsay'
 * const xs: ReadonlyArray<SpeakerSignals> = speakerSignals({ articles: [], quotes: [], claims: [], clusters: [], copying: [], contradictions: [] })
 * xs.length // 0
 *
 * @since 0.1.0
 */
export interface SpeakerSignals {
  readonly speaker: string
  readonly anonymous: boolean
  readonly quotes: number
  readonly claims: number
  readonly signals: {
    /** 1 for a named speaker, 0 for an anonymous one. */
    readonly identified: number
    /** Share of their contested claims that are hedged. */
    readonly calibration: number
    /** 1 - loaded phrases per 100 quoted words (saturating at 2). */
    readonly neutralWording: number
    /** 1 / (1 + their statements that independent outlets' claims contradict). */
    readonly externalConsistency: number
    /** 1 / (1 + contradictions between their own statements). */
    readonly internalConsistency: number
    /**
     * Share of their recurring statements (quotes in clusters) that at least two independent
     * outlets report; 0.5 when none of their statements recurs.
     */
    readonly corroboration: number
  }
  readonly loadedPhrases: ReadonlyArray<string>
  readonly contradicted: number
  readonly selfContradictions: number
}

/**
 * Per-speaker signals, speakers sorted by name.
 *
 * @example
 * import { speakerSignals } from 'gainsay'
 * speakerSignals({ articles: [], quotes: [], claims: [], clusters: [], copying: [], contradictions: [] }) // []
 *
 * @since 0.1.0
 */
export const speakerSignals = (input: ReliabilityInput): ReadonlyArray<SpeakerSignals> => {
  const outlets = new Map(input.articles.map((a) => [a.id as string, outletOf(a)] as const))
  const contested = claimIdsIn(input.contradictions)
  const names = new Set<string>()
  for (const q of input.quotes) if (q.isStatement && q.speaker !== null) names.add(q.speaker)
  for (const c of input.claims) if (c.assertedBy.kind === 'speaker' && c.assertedBy.name !== null) names.add(c.assertedBy.name)
  return [...names].sort().map((speaker) => {
    const quotes = input.quotes
      .filter((q) => q.isStatement && q.speaker === speaker)
      .sort((x, y) => (x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : x.start - y.start))
    const claims = input.claims.filter((c) => c.assertedBy.kind === 'speaker' && c.assertedBy.name === speaker)
    const anonymous = quotes.some((q) => q.anonymous) || claims.some((c) => c.assertedBy.anonymous)
    const words = quotes.reduce((n, q) => n + countWords(q.text), 0)
    const loaded = quotes.flatMap((q) => loadedPhrases(q.text))
    const mine = new Set(claims.map((c) => c.id as string))
    const contestedMine = claims.filter((c) => contested.has(c.id))
    const hedged = contestedMine.filter((c) => c.modality === 'hedged' || c.certainty < 0.95).length
    let contradicted = 0
    let self = 0
    for (const x of input.contradictions) {
      const a = mine.has(x.a.claimId)
      const b = mine.has(x.b.claimId)
      if (a && b) self++
      else if (a || b) {
        const [me, other] = a ? [x.a, x.b] : [x.b, x.a]
        if (independentArticles(me.articleId, other.articleId, outlets, input.copying)) contradicted++
      }
    }
    const quoteIds = new Set(quotes.map((q) => q.id as string))
    let corroborated = 0
    let recurring = 0
    for (const k of input.clusters) {
      const members = k.members.filter((m) => m.quoteId !== null && quoteIds.has(m.quoteId))
      if (members.length === 0) continue
      recurring++
      const arts = [...new Set(k.members.map((m) => m.articleId as string))]
      if (arts.some((x, i) => arts.slice(i + 1).some((y) => independentArticles(x, y, outlets, input.copying)))) corroborated++
    }
    return {
      speaker,
      anonymous,
      quotes: quotes.length,
      claims: claims.length,
      signals: {
        identified: anonymous ? 0 : 1,
        calibration: contestedMine.length > 0 ? hedged / contestedMine.length : 1,
        neutralWording: 1 - Math.min(1, words > 0 ? (loaded.length * 100) / words / 2 : 0),
        externalConsistency: 1 / (1 + contradicted),
        internalConsistency: 1 / (1 + self),
        corroboration: ratio(corroborated, recurring, 0.5)
      },
      loadedPhrases: loaded,
      contradicted,
      selfContradictions: self
    }
  })
}
