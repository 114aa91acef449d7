import type { Article, ArticleId, Published, Quote, QuoteId, SpeakerId } from '../../../src/model'

export const published = (iso: string, precision: Published['precision'] = 'day'): Published => ({ iso, precision, source: 'metadata', span: null })

export const article = (text: string, pub: Published | null = published('2024-05-06'), outlet = 'Daily Ledger'): Article => ({
  id: 'art1' as ArticleId,
  text,
  outlet: { id: 'ledger', name: outlet, evidence: 'metadata', span: null },
  published: pub,
  dateline: null,
  byline: null,
  title: null,
  newsId: null,
  paragraphs: [{ start: 0, end: text.length }],
  boilerplate: [],
  citedSources: [],
  warnings: []
})

/** A quote over the first occurrence of `inner` in `text`. */
export const quoteOf = (text: string, inner: string, speaker: string, opts: Partial<Quote> = {}): Quote => {
  const start = text.indexOf(inner)
  if (start < 0) throw new Error(`not in text: ${inner}`)
  return {
    id: `q_${start}` as QuoteId,
    articleId: 'art1' as ArticleId,
    text: inner,
    start,
    end: start + inner.length,
    parts: [{ start, end: start + inner.length }],
    direct: true,
    isStatement: true,
    notStatementReason: null,
    speaker,
    speakerId: `spk_${speaker.replace(/\W/g, '')}` as SpeakerId,
    speakerMention: null,
    role: null,
    anonymous: false,
    verb: 'say',
    channel: null,
    chain: [],
    hedges: [],
    ...opts
  }
}
