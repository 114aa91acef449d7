/**
 * Views of one Report: JSON (the versioned contract), Markdown, a self-contained HTML page,
 * Graphviz DOT for the copy and contradiction graphs, and schema.org ClaimReview JSON-LD.
 * Every view is a pure function of the Report: no analysis, no clock, no network.
 *
 * @since 0.1.0
 */
export { toJson, fromJson } from './json'
export { toMarkdown } from './markdown'
export { toHtml, type HtmlReportOptions } from './html'
export { diffWords, wordSimilarity, type DiffSegment } from './diff'
export { toDot, type DotGraph } from './dot'
export {
  toClaimReview,
  toClaimReviewJson,
  type ClaimReviewLd,
  type SchemaAgent,
  type SchemaAppearance
} from './claimreview'
