/**
 * Report: the contract every stage feeds (see REPORT.md). `analyze()` returns one; the
 * JSON, Markdown, HTML, DOT and ClaimReview outputs are views of it.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts'
import { ArticleId, nullable } from './common'
import { Quote, Speaker } from './quote'
import { Claim } from './claim'
import { Cluster, Copying } from './cluster'
import { Contradiction } from './contradiction'
import { Proposition, SourceScore } from './source'
import { GainsayError } from './error'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The version of the JSON contract. Bumped when a documented field is renamed or removed.
 *
 * @example
 * import { SCHEMA_VERSION } from 'gainsay'
 * SCHEMA_VERSION === '1' // true
 *
 * @since 0.1.0
 */
export const SCHEMA_VERSION = '1' as const

/**
 * An article as the report lists it.
 *
 * @example
 * import { ReportArticle } from 'gainsay'
 * ReportArticle.is({ id: 'a', outlet: null, published: null, title: null, dateline: null, byline: null, paragraphs: 1, citedSources: [], boilerplate: [] }) // true
 *
 * @since 0.1.0
 */
export const ReportArticle = t.type(
  {
    id: ArticleId,
    outlet: nullable(t.string),
    published: nullable(t.string),
    title: nullable(t.string),
    dateline: nullable(t.string),
    byline: nullable(t.string),
    paragraphs: t.number,
    citedSources: t.readonlyArray(t.string),
    boilerplate: t.readonlyArray(t.string)
  },
  'ReportArticle'
)
/** @since 0.1.0 */
export type ReportArticle = t.TypeOf<typeof ReportArticle>

/**
 * The whole analysis.
 *
 * @example
 * import { Report } from 'gainsay'
 * Report.is({}) // false
 *
 * @since 0.1.0
 */
export const Report = t.type(
  {
    schemaVersion: t.literal(SCHEMA_VERSION),
    articles: t.readonlyArray(ReportArticle),
    speakers: t.readonlyArray(Speaker),
    quotes: t.readonlyArray(Quote),
    claims: t.readonlyArray(Claim),
    clusters: t.readonlyArray(Cluster),
    copying: t.readonlyArray(Copying),
    contradictions: t.readonlyArray(Contradiction),
    sources: t.readonlyArray(SourceScore),
    propositions: t.readonlyArray(Proposition),
    /** Inputs that could not be analysed; the rest of the report covers the others. */
    errors: t.readonlyArray(GainsayError)
  },
  'Report'
)
/** @since 0.1.0 */
export type Report = t.TypeOf<typeof Report>
