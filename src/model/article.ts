/**
 * Article: one news text, parsed, with every field pointing back into the input.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts'
import { ArticleId, Offset, Span, TextSpan, nullable } from './common'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * How an outlet was recognised: which signature in the text (or the input's metadata) named it.
 *
 * @example
 * import { OutletEvidence } from 'gainsay'
 * OutletEvidence.is('licence') // true
 *
 * @since 0.1.0
 */
export const OutletEvidence = t.keyof(
  { signoff: null, licence: null, byline: null, dateline: null, header: null, metadata: null, mention: null },
  'OutletEvidence'
)
/** @since 0.1.0 */
export type OutletEvidence = t.TypeOf<typeof OutletEvidence>

/**
 * The outlet that published an article, as resolved through an outlet registry.
 *
 * @example
 * import { Outlet } from 'gainsay'
 * Outlet.is({ id: 'mehr', name: 'Mehr News Agency', evidence: 'licence', span: { start: 0, end: 4 } }) // true
 *
 * @since 0.1.0
 */
export const Outlet = t.type(
  {
    /** Registry key, stable (e.g. `mehr`). */
    id: t.string,
    /** Display name (e.g. `Mehr News Agency`). */
    name: t.string,
    evidence: OutletEvidence,
    /** Where in the text the signature stands; null when it came from metadata. */
    span: nullable(Span)
  },
  'Outlet'
)
/** @since 0.1.0 */
export type Outlet = t.TypeOf<typeof Outlet>

/**
 * Precision of a date: `2019-12` has precision `month`, `2019-10-25T20:04` has `minute`.
 *
 * @example
 * import { DatePrecision } from 'gainsay'
 * DatePrecision.is('minute') // true
 *
 * @since 0.1.0
 */
export const DatePrecision = t.keyof(
  { year: null, month: null, day: null, hour: null, minute: null, second: null },
  'DatePrecision'
)
/** @since 0.1.0 */
export type DatePrecision = t.TypeOf<typeof DatePrecision>

/**
 * A publication date as precise as the text allows. `iso` is truncated to the precision
 * (`2019-12`, `2019-06-24`, `2019-10-25T20:04`).
 *
 * @example
 * import { Published } from 'gainsay'
 * Published.is({ iso: '2019-10-25T20:04', precision: 'minute', source: 'header', span: null }) // true
 *
 * @since 0.1.0
 */
export const Published = t.type(
  {
    iso: t.string,
    precision: DatePrecision,
    /** `header`: a date line in the text; `metadata`: the input record; `inferred`: from dated events in the body. */
    source: t.keyof({ header: null, metadata: null, text: null, inferred: null }),
    span: nullable(Span)
  },
  'Published'
)
/** @since 0.1.0 */
export type Published = t.TypeOf<typeof Published>

/**
 * A block of text set apart from the body (comment forms, licence lines, sign-offs,
 * taglines, header lines). Recorded, never silently deleted.
 *
 * @example
 * import { Boilerplate } from 'gainsay'
 * Boilerplate.is({ kind: 'comment-form', text: 'Leave a Reply', start: 0, end: 13 }) // true
 *
 * @since 0.1.0
 */
export const Boilerplate = t.type(
  {
    kind: t.keyof({
      'comment-form': null,
      licence: null,
      signoff: null,
      tagline: null,
      header: null,
      share: null,
      other: null
    }),
    text: t.string,
    start: Offset,
    end: Offset
  },
  'Boilerplate'
)
/** @since 0.1.0 */
export type Boilerplate = t.TypeOf<typeof Boilerplate>

/**
 * A source the article cites (a news agency, a broadcaster, a newspaper, a social network).
 *
 * @example
 * import { CitedSource } from 'gainsay'
 * CitedSource.is({ name: 'Reuters', text: 'Reuters', start: 10, end: 17 }) // true
 *
 * @since 0.1.0
 */
export const CitedSource = t.type(
  { name: t.string, text: t.string, start: Offset, end: Offset },
  'CitedSource'
)
/** @since 0.1.0 */
export type CitedSource = t.TypeOf<typeof CitedSource>

/**
 * One ingested article. `text` is the input exactly as given (after decoding to a string);
 * every span in this and every derived record indexes into it.
 *
 * @example
 * import { Article } from 'gainsay'
 * Article.is({}) // false
 *
 * @since 0.1.0
 */
export const Article = t.type(
  {
    id: ArticleId,
    text: t.string,
    outlet: nullable(Outlet),
    published: nullable(Published),
    dateline: nullable(TextSpan),
    byline: nullable(TextSpan),
    title: nullable(TextSpan),
    /** An outlet's own story id ("News ID: 447581"), when the text carries one. */
    newsId: nullable(t.string),
    /** Body paragraphs, in order, excluding title, header lines and boilerplate. */
    paragraphs: t.readonlyArray(Span),
    boilerplate: t.readonlyArray(Boilerplate),
    citedSources: t.readonlyArray(CitedSource),
    /** Non-fatal observations about the input (e.g. "replaced 3 invalid UTF-8 sequences"). */
    warnings: t.readonlyArray(t.string)
  },
  'Article'
)
/** @since 0.1.0 */
export type Article = t.TypeOf<typeof Article>
