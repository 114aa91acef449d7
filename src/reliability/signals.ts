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
import { corpusIndex, independenceTest, copyPairs } from './internal/corpus-index'

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

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u

const isLetterOrDigit = (cp: number): boolean =>
  cp < 128 ? (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122) : LETTER_OR_DIGIT.test(String.fromCodePoint(cp))

/**
 * Words as `/[\p{L}\p{N}][\p{L}\p{N}'’-]*\/gu` matches them, counted in one scan without
 * building the matches: a word starts at a letter or digit and runs on through letters,
 * digits, apostrophes and hyphens.
 */
const countWords = (s: string): number => {
  let n = 0
  let inWord = false
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i) ?? 0
    if (cp > 0xffff) i++
    if (isLetterOrDigit(cp)) {
      if (!inWord) n++
      inWord = true
    } else if (cp !== 39 && cp !== 0x2019 && cp !== 45) inWord = false
  }
  return n
}

const bodyText = (a: Article): string =>
  a.paragraphs.length > 0 ? a.paragraphs.map((p) => a.text.slice(p.start, p.end)).join('\n') : a.text

const ratio = (num: number, den: number, empty: number): number => (den > 0 ? Math.min(1, Math.max(0, num / den)) : empty)

const outletOf = (a: Article): string | null => a.outlet?.name ?? null

const push = <K, V>(m: Map<K, V[]>, k: K, v: V): void => {
  const xs = m.get(k)
  if (xs === undefined) m.set(k, [v])
  else xs.push(v)
}

const addTo = <K, V>(m: Map<K, Set<V>>, k: K, v: V): void => {
  const xs = m.get(k)
  if (xs === undefined) m.set(k, new Set([v]))
  else xs.add(v)
}

const increment = <K>(m: Map<K, number>, k: K): void => {
  m.set(k, (m.get(k) ?? 0) + 1)
}

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
  const m = phraseMatcher()
  // most texts have none: one scan for any phrase before the phrase-by-phrase search
  m.any.lastIndex = 0
  if (!m.any.test(lower)) return []
  const hits: Array<{ at: number; end: number; phrase: string }> = []
  for (const { phrase: p, re } of m.phrases) {
    if (!lower.includes(p)) continue
    for (const hit of lower.matchAll(re)) {
      const at = hit.index ?? 0
      const end = at + p.length
      // a longer phrase already covering this span wins ("sheer lie" over "sheer")
      if (hits.some((h) => at < h.end && end > h.at)) continue
      hits.push({ at, end, phrase: p })
    }
  }
  return hits.sort((x, y) => x.at - y.at).map((h) => h.phrase)
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

interface PhraseMatcher {
  /** Longest first, each with its whole-word pattern. */
  readonly phrases: ReadonlyArray<{ readonly phrase: string; readonly re: RegExp }>
  /** Any of the phrases as a whole word. */
  readonly any: RegExp
}

let matcher: PhraseMatcher | null = null

/** The phrase patterns, compiled on first use (the lexicons are constant). */
const phraseMatcher = (): PhraseMatcher => {
  if (matcher !== null) return matcher
  const phrases = [...new Set([...DISMISSIVE_PHRASES, ...LOADED_WORDS])].sort((x, y) => y.length - x.length)
  const word = (body: string, flags: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, flags)
  matcher = {
    phrases: phrases.map((phrase) => ({ phrase, re: word(escapeRegExp(phrase), 'gu') })),
    any: word(`(?:${phrases.map(escapeRegExp).join('|')})`, 'u')
  }
  return matcher
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
  const ix = corpusIndex(input)
  const contested = ix.contested
  return input.articles.map((article) => {
    const id = article.id as string
    const body = bodyText(article)
    const words = countWords(body)
    const copied = Math.min(words, copiedWords(id, ix.copyingOf(id)))
    const quotes = ix.statementQuotesOf(id)
    let named = 0
    let anonymous = 0
    let unattributed = 0
    const sources = new Set<string>()
    for (const q of quotes) {
      if (q.anonymous) anonymous++
      else if (q.speaker === null) unattributed++
      else {
        named++
        sources.add(q.speaker.toLowerCase())
      }
    }
    for (const c of article.citedSources) sources.add(c.name.toLowerCase())
    let contestedHere = 0
    let unhedged = 0
    let ownVoice = 0
    let ownVoiceContested = 0
    let anonymousContested = 0
    for (const c of ix.claimsOf(id)) {
      const isContested = contested.has(c.id)
      if (c.assertedBy.kind === 'outlet') {
        ownVoice++
        if (isContested) ownVoiceContested++
      }
      if (!isContested) continue
      contestedHere++
      if (c.modality === 'asserted' && c.certainty >= 0.95 && c.quoteId === null) unhedged++
      if (c.assertedBy.anonymous) anonymousContested++
    }
    const loaded = loadedPhrases(body)
    let internal = 0
    let external = 0
    for (const c of ix.contradictionsOf(id)) {
      const inA = c.a.articleId === id
      const inB = c.b.articleId === id
      if (inA && inB) internal++
      else if (ix.independent(id, inA ? c.b.articleId : c.a.articleId)) external++
    }
    let clustered = 0
    let corroborated = 0
    for (const k of ix.clustersOf(id)) {
      clustered++
      if (k.members.some((m) => ix.independent(id, m.articleId))) corroborated++
    }
    const counts: SignalCounts = {
      words,
      copiedWords: Math.round(copied),
      statementQuotes: quotes.length,
      namedQuotes: named,
      anonymousQuotes: anonymous,
      unattributedQuotes: unattributed,
      distinctSources: sources.size,
      contestedClaims: contestedHere,
      unhedgedContestedClaims: unhedged,
      loadedPhrases: loaded,
      ownVoiceClaims: ownVoice,
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

/**
 * Every field of SignalCounts, in declaration order (the order of the report's JSON); the type
 * makes the list complete, so a new count cannot be left out of the sums.
 */
const COUNT_FIELDS: Readonly<Record<keyof SignalCounts, true>> = {
  words: true,
  copiedWords: true,
  statementQuotes: true,
  namedQuotes: true,
  anonymousQuotes: true,
  unattributedQuotes: true,
  distinctSources: true,
  contestedClaims: true,
  unhedgedContestedClaims: true,
  loadedPhrases: true,
  ownVoiceClaims: true,
  ownVoiceContested: true,
  internalContradictions: true,
  externalContradictions: true,
  clusteredStatements: true,
  corroboratedStatements: true,
  anonymousContestedClaims: true
}
const NUMERIC_COUNTS = (Object.keys(COUNT_FIELDS) as ReadonlyArray<keyof SignalCounts>).filter(
  (k): k is Exclude<keyof SignalCounts, 'loadedPhrases'> => k !== 'loadedPhrases'
)

/** The counts summed field by field (loaded phrases concatenated in order), in one pass. */
const sumCounts = (xs: ReadonlyArray<SignalCounts>): SignalCounts => {
  const totals = new Map<keyof SignalCounts, number>(NUMERIC_COUNTS.map((k) => [k, 0]))
  const loaded: string[] = []
  for (const x of xs) {
    for (const k of NUMERIC_COUNTS) totals.set(k, (totals.get(k) ?? 0) + x[k])
    for (const p of x.loadedPhrases) loaded.push(p)
  }
  const out: Record<string, number | ReadonlyArray<string>> = {}
  for (const k of Object.keys(COUNT_FIELDS) as ReadonlyArray<keyof SignalCounts>) out[k] = k === 'loadedPhrases' ? loaded : (totals.get(k) ?? 0)
  return out as unknown as SignalCounts
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
  for (const a of perArticle) if (a.outlet !== null) push(by, a.outlet, a)
  return [...by.entries()]
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .map(([outlet, unsorted]) => {
      const arts = [...unsorted].sort((x, y) => (x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : 0))
      const summed = sumCounts(arts.map((a) => a.counts))
      let most = 0
      for (const a of arts) most = Math.max(most, a.counts.distinctSources)
      const counts = { ...summed, distinctSources: most }
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
  const outlets = new Map<string, string | null>()
  for (const a of input.articles) outlets.set(a.id, outletOf(a))
  const independent = independenceTest(outlets, copyPairs(input.copying))
  const contested = new Set<string>()
  for (const x of input.contradictions) {
    contested.add(x.a.claimId)
    contested.add(x.b.claimId)
  }
  // each speaker's statement quotes and claims, in input order
  const quotesOf = new Map<string, Quote[]>()
  const claimsOf = new Map<string, Claim[]>()
  for (const q of input.quotes) if (q.isStatement && q.speaker !== null) push(quotesOf, q.speaker, q)
  for (const c of input.claims) if (c.assertedBy.kind === 'speaker' && c.assertedBy.name !== null) push(claimsOf, c.assertedBy.name, c)
  // who asserts each claim and says each quote (an id shared by two records names both)
  const claimSpeakers = new Map<string, Set<string>>()
  for (const [speaker, cs] of claimsOf) for (const c of cs) addTo(claimSpeakers, c.id, speaker)
  const quoteSpeakers = new Map<string, Set<string>>()
  for (const [speaker, qs] of quotesOf) for (const q of qs) addTo(quoteSpeakers, q.id, speaker)

  // contradictions: per speaker, between their own claims (self) or with an independent article
  const contradicted = new Map<string, number>()
  const self = new Map<string, number>()
  for (const x of input.contradictions) {
    const sa = claimSpeakers.get(x.a.claimId)
    const sb = claimSpeakers.get(x.b.claimId)
    if (sa === undefined && sb === undefined) continue
    const involved = sa === undefined ? sb : sb === undefined ? sa : new Set([...sa, ...sb])
    for (const speaker of involved ?? []) {
      const a = sa?.has(speaker) === true
      const b = sb?.has(speaker) === true
      if (a && b) increment(self, speaker)
      else {
        const [me, other] = a ? [x.a, x.b] : [x.b, x.a]
        if (independent(me.articleId, other.articleId)) increment(contradicted, speaker)
      }
    }
  }

  // recurring statements: clusters holding one of the speaker's quotes; corroborated when two
  // of the cluster's articles are independent (a property of the cluster, computed once)
  const recurring = new Map<string, number>()
  const corroborated = new Map<string, number>()
  for (const k of input.clusters) {
    const speakers = new Set<string>()
    for (const m of k.members) {
      if (m.quoteId === null) continue
      for (const speaker of quoteSpeakers.get(m.quoteId) ?? []) speakers.add(speaker)
    }
    if (speakers.size === 0) continue
    const arts = [...new Set(k.members.map((m) => m.articleId as string))]
    const independentPair = arts.some((x, i) => {
      for (let j = i + 1; j < arts.length; j++) if (independent(x, arts[j] ?? x)) return true
      return false
    })
    for (const speaker of speakers) {
      increment(recurring, speaker)
      if (independentPair) increment(corroborated, speaker)
    }
  }

  const names = new Set<string>([...quotesOf.keys(), ...claimsOf.keys()])
  return [...names].sort().map((speaker) => {
    const quotes = [...(quotesOf.get(speaker) ?? [])].sort((x, y) =>
      x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : x.start - y.start
    )
    const claims = claimsOf.get(speaker) ?? []
    const anonymous = quotes.some((q) => q.anonymous) || claims.some((c) => c.assertedBy.anonymous)
    const words = quotes.reduce((n, q) => n + countWords(q.text), 0)
    const loaded = quotes.flatMap((q) => loadedPhrases(q.text))
    const contestedMine = claims.filter((c) => contested.has(c.id))
    const hedged = contestedMine.filter((c) => c.modality === 'hedged' || c.certainty < 0.95).length
    const nContradicted = contradicted.get(speaker) ?? 0
    const nSelf = self.get(speaker) ?? 0
    return {
      speaker,
      anonymous,
      quotes: quotes.length,
      claims: claims.length,
      signals: {
        identified: anonymous ? 0 : 1,
        calibration: contestedMine.length > 0 ? hedged / contestedMine.length : 1,
        neutralWording: 1 - Math.min(1, words > 0 ? (loaded.length * 100) / words / 2 : 0),
        externalConsistency: 1 / (1 + nContradicted),
        internalConsistency: 1 / (1 + nSelf),
        corroboration: ratio(corroborated.get(speaker) ?? 0, recurring.get(speaker) ?? 0, 0.5)
      },
      loadedPhrases: loaded,
      contradicted: nContradicted,
      selfContradictions: nSelf
    }
  })
}
