/**
 * Ingestion: raw text, JSON/NDJSON records, bytes and HTML pages -> `Article`s, through an
 * outlet registry users can extend. Every function is pure and returns failures as values.
 *
 * @since 0.1.0
 */
export {
  type OutletEntry,
  type OutletSignature,
  type OutletRegistry,
  defaultOutletRegistry,
  extendRegistry,
  resolveOutletName,
  looksLikeOutletName,
  outletFromName,
  findCitedSources
} from './outlets'
export { DEFAULT_OUTLETS } from './outlet-data'
export { RawArticle, type IngestOptions, DEFAULT_MAX_CHARS, ingestText } from './text'
export {
  type DecodeRecordsOptions,
  type DecodedRecords,
  type IngestedArticles,
  RECORD_FIELD_ALIASES,
  decodeRecords,
  ingestAll
} from './records'
export { type DecodeTextOptions, type DecodedText, DEFAULT_MAX_BYTES, decodeBytes, decodeText } from './bytes'
export { type HtmlOptions, htmlToRawArticle } from './html'
