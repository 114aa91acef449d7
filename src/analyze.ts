/**
 * The pipeline: ingest -> extract -> cluster -> contradict -> reliability, composed into one
 * Report.
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/Either'
import type { ReadonlyNonEmptyArray } from 'fp-ts/ReadonlyNonEmptyArray'
import {
  SCHEMA_VERSION,
  gainsayError,
  type Article,
  type ArticleId,
  type Claim,
  type Proposition,
  type GainsayError,
  type Quote,
  type Report,
  type ReportArticle
} from './model'
import { ingestAll, type IngestOptions, type RawArticle } from './ingest'
import { extractQuotesFromCorpus } from './extract/quotes'
import { extractClaims } from './extract/claims'
import { applyInferredDates, inferPublicationDates, type DatingOptions } from './extract/dating'
import { clusterPassages, detectCopying, passagesFromQuotes } from './cluster'
import { detectContradictions, type DetectOptions } from './contradict'
import { propositionsFromClaims, scoreSources } from './reliability'
import { prepareArticleStanceCorpus, rankStancesIn } from './stance'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Options for `analyze`. Every field is optional; the defaults are the built-in registry,
 * rules and thresholds.
 *
 * @example
 * import type { AnalyzeOptions } from 'gainsay'
 * const o: AnalyzeOptions = { dating: { dayWindow: 2 }, onProgress: (stage) => void stage }
 *
 * @since 0.1.0
 */
export interface AnalyzeOptions {
  /** Outlet registry and size limits for ingestion. */
  readonly ingest?: IngestOptions
  /**
   * Publication dates inferred across the corpus for articles with no date of their own
   * (see `inferPublicationDates`); `false` turns inference off.
   */
  readonly dating?: Omit<DatingOptions, 'copying'> | false
  /** Rule set and minimum confidence for contradictions. */
  readonly contradictions?: DetectOptions
  /**
   * Called as each stage advances: the only effect `analyze` performs, for progress bars.
   * Stages: `ingest`, `extract`, `copying`, `dating`, `cluster`, `contradict`, `reliability`.
   */
  readonly onProgress?: (stage: string, done: number, total: number) => void
}

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

/** Up to this many articles, every article is ranked against each proposition; above it, only the articles whose claims make the proposition. */
const STANCE_ALL_ARTICLES_UP_TO = 500

/**
 * Each proposition with the articles on each side: the stance of every article towards the
 * proposition's representative claim (the first claim of the favoured version, else of the
 * first version), unrelated articles left out.
 */
const withStances = (
  propositions: ReadonlyArray<Proposition>,
  articles: ReadonlyArray<Article>,
  claims: ReadonlyArray<Claim>
): ReadonlyArray<Proposition> => {
  if (propositions.length === 0) return propositions
  const corpus = prepareArticleStanceCorpus(articles)
  const claimById = new Map(claims.map((c) => [c.id as string, c]))
  return propositions.map((p) => {
    const version = p.values.find((v) => v.value === p.favoured) ?? p.values[0]
    const claim = version?.claims.map((id) => claimById.get(id)).find((c) => c !== undefined)
    if (claim === undefined) return p
    const only =
      articles.length <= STANCE_ALL_ARTICLES_UP_TO
        ? undefined
        : [...new Set(p.values.flatMap((v) => v.claims.map((id) => claimById.get(id)?.articleId ?? '')))]
    const ranked = rankStancesIn(corpus, claim.text, only)
    return {
      ...p,
      articles: ranked
        .filter((r) => r.label !== 'unrelated')
        .map((r) => ({
          articleId: r.id as ArticleId,
          label: r.label,
          score: r.score,
          evidence: r.evidence.map((e) => ({ text: e.text, start: e.start, end: e.end }))
        }))
    }
  })
}

const toReportArticle = (a: Article): ReportArticle => ({
  id: a.id,
  outlet: a.outlet?.name ?? null,
  published: a.published?.iso ?? null,
  title: a.title?.text ?? null,
  dateline: a.dateline?.text ?? null,
  byline: a.byline?.text ?? null,
  paragraphs: a.paragraphs.length,
  citedSources: [...new Set(a.citedSources.map((c) => c.name))],
  boilerplate: a.boilerplate.map((b) => b.kind)
})

/**
 * Analyses already-ingested articles. Use this when articles come from your own ingestion;
 * `analyze` calls it after ingesting raw inputs.
 *
 * @example
 * import { analyzeArticles, ingestText } from 'gainsay'
 * import * as E from 'fp-ts/Either'
 * const a = ingestText({ id: 'a', text: 'The minister said the attack failed.' })
 * if (E.isRight(a)) analyzeArticles([a.right]).quotes.length >= 0 // true
 *
 * @since 0.1.0
 */
export const analyzeArticles = (
  given: ReadonlyArray<Article>,
  options: AnalyzeOptions = {},
  errors: ReadonlyArray<GainsayError> = []
): Report => {
  const progress = options.onProgress ?? (() => undefined)
  const n = given.length

  progress('extract', 0, n)
  const { quotes, speakers } = extractQuotesFromCorpus(given)
  const quotesByArticle = new Map<string, Quote[]>()
  for (const q of quotes) {
    const xs = quotesByArticle.get(q.articleId)
    if (xs === undefined) quotesByArticle.set(q.articleId, [q])
    else xs.push(q)
  }
  const claimsByArticle = new Map<string, ReadonlyArray<Claim>>()
  given.forEach((a, i) => {
    claimsByArticle.set(a.id, extractClaims(a, quotesByArticle.get(a.id) ?? []))
    progress('extract', i + 1, n)
  })

  progress('copying', 0, 1)
  const firstCopying = detectCopying(given)
  progress('copying', 1, 1)

  // Articles without a date of their own are dated from the events they share with dated
  // ones; their claims are read again, since relative times ("on Thursday") resolve against
  // the publication date, and copy directions are decided again with the new dates.
  progress('dating', 0, 1)
  const dating = options.dating === false ? [] : inferPublicationDates(given, { ...(options.dating ?? {}), copying: firstCopying })
  const articles = applyInferredDates(given, dating)
  const redated = new Set(articles.filter((a, i) => a !== given[i]).map((a) => a.id as string))
  for (const a of articles) if (redated.has(a.id)) claimsByArticle.set(a.id, extractClaims(a, quotesByArticle.get(a.id) ?? []))
  const claims: Claim[] = articles.flatMap((a) => [...(claimsByArticle.get(a.id) ?? [])])
  const copying = firstCopying.some((c) => redated.has(c.a) || redated.has(c.b)) ? detectCopying(articles) : firstCopying
  progress('dating', 1, 1)

  progress('cluster', 0, 1)
  const passages = passagesFromQuotes(quotes, articles)
  const clusters = clusterPassages(passages)
  progress('cluster', 1, 1)

  progress('contradict', 0, 1)
  const contradictions = detectContradictions(
    claims,
    { articles, clusters, copying },
    options.contradictions ?? {}
  )
  progress('contradict', 1, 1)

  progress('reliability', 0, 1)
  const input = { articles, quotes, speakers, claims, clusters, copying, contradictions }
  const sources = scoreSources(input)
  const propositions = withStances(propositionsFromClaims(input), articles, claims)
  progress('reliability', 1, 1)

  return {
    schemaVersion: SCHEMA_VERSION,
    articles: articles.map(toReportArticle),
    speakers,
    quotes,
    claims,
    clusters,
    copying,
    contradictions,
    sources,
    propositions,
    errors
  }
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Analyses raw articles end to end. Inputs that cannot be ingested (empty, binary, duplicate
 * ids, too large) are listed in `report.errors` and the others are analysed; the result is a
 * `Left` only when no input could be analysed at all.
 *
 * @example
 * import { analyze } from 'gainsay'
 * import * as E from 'fp-ts/Either'
 * const r = analyze([
 *   { id: 'a', text: 'Officials said the strike destroyed the depot.' },
 *   { id: 'b', text: 'The ministry said the strike failed and no depot was hit.' }
 * ])
 * E.isRight(r) // true
 *
 * @since 0.1.0
 */
export const analyze = (
  inputs: ReadonlyArray<RawArticle>,
  options: AnalyzeOptions = {}
): E.Either<ReadonlyNonEmptyArray<GainsayError>, Report> => {
  const progress = options.onProgress ?? (() => undefined)
  progress('ingest', 0, inputs.length)
  const { articles, errors } = ingestAll(inputs, options.ingest ?? {})
  progress('ingest', inputs.length, inputs.length)
  if (articles.length === 0) {
    const [first, ...rest] = errors
    return E.left(
      first === undefined ? [gainsayError('EmptyInput', 'analyze', null, 'no input articles were given')] : [first, ...rest]
    )
  }
  return E.right(analyzeArticles(articles, options, errors))
}

/**
 * Options for `analyzeStream`.
 *
 * @example
 * import type { StreamOptions } from 'gainsay'
 * const o: StreamOptions = { window: 200, carry: 20 }
 *
 * @since 0.1.0
 */
export interface StreamOptions extends AnalyzeOptions {
  /** Articles per window (default 500): each window is analysed as one corpus. */
  readonly window?: number
  /**
   * Articles of the previous window carried into the next (default 50), so copying,
   * clusters and contradictions that straddle a window boundary are still found.
   * Findings among carried articles alone are not repeated.
   */
  readonly carry?: number
}

/**
 * Analyses a stream of articles too large to hold in memory, window by window: yields one
 * Report per window of `window` articles, each analysed as a corpus together with the last
 * `carry` articles of the window before. Memory stays flat in the length of the stream;
 * relations between articles further apart than a window are not looked for.
 *
 * @example
 * import { analyzeStream, type RawArticle } from 'gainsay'
 * async function* feed(): AsyncIterable<RawArticle> {
 *   yield { id: 'a', text: 'The mayor said the bridge will reopen on Monday.' }
 *   yield { id: 'b', text: 'The bridge will stay closed, the transport minister said.' }
 * }
 * async function main() {
 *   for await (const report of analyzeStream(feed(), { window: 100 })) console.log(report.articles.length)
 * }
 * void main
 *
 * @since 0.1.0
 */
export async function* analyzeStream(inputs: AsyncIterable<RawArticle>, options: StreamOptions = {}): AsyncIterable<Report> {
  const size = Math.max(1, Math.floor(options.window ?? 500))
  const carrySize = Math.max(0, Math.min(size - 1, Math.floor(options.carry ?? 50)))
  let carried: ReadonlyArray<Article> = []
  let batch: RawArticle[] = []
  const seen = new Set<string>()

  const flush = (raws: ReadonlyArray<RawArticle>): Report => {
    const { articles, errors } = ingestAll(raws, options.ingest ?? {})
    // Ids are unique across the whole stream, not just within a window.
    const fresh: Article[] = []
    const dupes: GainsayError[] = []
    for (const a of articles) {
      if (seen.has(a.id)) dupes.push(gainsayError('DuplicateId', a.id, 'id', 'an earlier article in the stream has this id; the first one was kept'))
      else {
        seen.add(a.id)
        fresh.push(a)
      }
    }
    const carriedIds = new Set(carried.map((a) => a.id as string))
    const full = analyzeArticles([...carried, ...fresh], options, [...errors, ...dupes])
    carried = carrySize === 0 ? [] : [...carried, ...fresh].slice(-carrySize)
    const isNew = (id: string): boolean => !carriedIds.has(id)
    // Report only the window's own articles, and relations touching at least one of them.
    return {
      ...full,
      articles: full.articles.filter((a) => isNew(a.id)),
      quotes: full.quotes.filter((q) => isNew(q.articleId)),
      claims: full.claims.filter((c) => isNew(c.articleId)),
      clusters: full.clusters.filter((c) => c.members.some((m) => isNew(m.articleId))),
      copying: full.copying.filter((c) => isNew(c.a) || isNew(c.b)),
      contradictions: full.contradictions.filter((c) => isNew(c.a.articleId) || isNew(c.b.articleId))
    }
  }

  for await (const raw of inputs) {
    batch.push(raw)
    if (batch.length >= size) {
      yield flush(batch)
      batch = []
    }
  }
  if (batch.length > 0) yield flush(batch)
}
