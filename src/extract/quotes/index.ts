/**
 * Quotes and speakers: who said what, through whom.
 *
 * @since 0.1.0
 */
import type { Article } from '../../model/article'
import type { Quote, Speaker } from '../../model/quote'
import { articleQuotes } from './article'
import { buildCorpus } from './corpus'

export * from '../lexicons/reporting-verbs'
export * from '../lexicons/anonymity'
export * from '../lexicons/titles'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What quote extraction returns: the quotes, in article order then text order, and the
 * speakers they were resolved to.
 *
 * @example
 * import type { QuoteExtraction } from 'gainsay'
 * const empty: QuoteExtraction = { quotes: [], speakers: [] }
 *
 * @since 0.1.0
 */
export interface QuoteExtraction {
  readonly quotes: ReadonlyArray<Quote>
  readonly speakers: ReadonlyArray<Speaker>
}

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

/**
 * Quotes of several articles, with speakers merged across them: "Gholam-Reza Jalali",
 * "Gholamreza Jalali", "Brigadier General Jalali" and "Jalali" in different articles become
 * one Speaker whose canonical name is the longest full form.
 *
 * When to use it: always prefer it to calling `extractQuotes` per article when the articles
 * belong together, so that surname-only mentions reach the full name seen elsewhere.
 *
 * @example
 * import { extractQuotesFromCorpus, unsafeId, type Article, type ArticleId } from 'gainsay'
 * const article = (id: string, text: string): Article => ({
 *   id: unsafeId<ArticleId>(id), text, outlet: null, published: null, dateline: null, byline: null,
 *   title: null, newsId: null, paragraphs: [], boilerplate: [], citedSources: [], warnings: []
 * })
 * const { speakers } = extractQuotesFromCorpus([
 *   article('a', 'Union leader Ada Okoye said the strike would go on.'),
 *   article('b', '"We will not back down," Okoye said.')
 * ])
 * speakers.filter((s) => s.canonical === 'Ada Okoye').length // 1
 *
 * @since 0.1.0
 */
export const extractQuotesFromCorpus = (articles: ReadonlyArray<Article>): QuoteExtraction =>
  buildCorpus(articles.map(articleQuotes))

/**
 * Direct and reported quotes of one article and their speakers. For a direct quote,
 * `article.text.slice(q.start, q.end) === q.text`.
 *
 * @example
 * import { extractQuotes, unsafeId, type ArticleId } from 'gainsay'
 * const text = '"The branches stay shut," union spokeswoman Ada Okoye said on Monday.'
 * const { quotes } = extractQuotes({
 *   id: unsafeId<ArticleId>('a1'), text, outlet: null, published: null, dateline: null, byline: null,
 *   title: null, newsId: null, paragraphs: [], boilerplate: [], citedSources: [], warnings: []
 * })
 * quotes[0]?.text // 'The branches stay shut'
 * quotes[0]?.speaker // 'Ada Okoye'
 *
 * @since 0.1.0
 */
export const extractQuotes = (article: Article): QuoteExtraction => extractQuotesFromCorpus([article])
