/**
 * From quotes to the passages `clusterPassages` groups.
 *
 * @since 0.1.0
 */
import type { Article } from '../model/article'
import type { Quote } from '../model/quote'
import type { Passage } from './cluster'

/**
 * The statement quotes (direct and reported; titles and scare quotes left out) as passages,
 * each with its article's outlet and publication date.
 *
 * @example
 * import { passagesFromQuotes, clusterPassages, extractQuotesFromCorpus, ingestAll } from 'gainsay'
 * const { articles } = ingestAll([{ id: 'a', text: '"The dam will hold," the mayor said.' }])
 * const passages = passagesFromQuotes(extractQuotesFromCorpus(articles).quotes, articles)
 * clusterPassages(passages).length // 0: one quote is no cluster
 *
 * @since 0.1.0
 */
export const passagesFromQuotes = (
  quotes: ReadonlyArray<Quote>,
  articles: ReadonlyArray<Article>
): ReadonlyArray<Passage> => {
  const byId = new Map(articles.map((a) => [a.id as string, a]))
  return quotes
    .filter((q) => q.isStatement)
    .map((q) => {
      const a = byId.get(q.articleId)
      return {
        articleId: q.articleId,
        outlet: a?.outlet?.name ?? null,
        published: a?.published?.iso ?? null,
        speaker: q.speaker,
        quoteId: q.id,
        text: q.text,
        start: q.start,
        end: q.end
      }
    })
}
