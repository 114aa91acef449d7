/**
 * Hand-built Articles for quote tests: the text as given, optional outlet and cited sources.
 */
import type { Article } from '../../../src/model/article'
import { unsafeId, type ArticleId } from '../../../src/model/common'
import type { Quote } from '../../../src/model/quote'

export interface ArticleOptions {
  readonly outlet?: string
  readonly cited?: ReadonlyArray<{ readonly name: string; readonly text: string }>
  readonly paragraphs?: boolean
}

/** An Article over `text`; paragraphs are split on blank lines when `paragraphs` is true. */
export const article = (id: string, text: string, opts: ArticleOptions = {}): Article => {
  const paragraphs: Array<{ start: number; end: number }> = []
  if (opts.paragraphs === true) {
    const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g
    let m: RegExpExecArray | null
    while ((m = re.exec(text)) !== null) if (m[0].trim() !== '') paragraphs.push({ start: m.index, end: m.index + m[0].length })
  }
  const citedSources = (opts.cited ?? []).flatMap((c) => {
    const at = text.indexOf(c.text)
    return at === -1 ? [] : [{ name: c.name, text: c.text, start: at, end: at + c.text.length }]
  })
  return {
    id: unsafeId<ArticleId>(id),
    text,
    outlet: opts.outlet === undefined ? null : { id: opts.outlet.toLowerCase().replace(/\W+/g, '-'), name: opts.outlet, evidence: 'metadata', span: null },
    published: null,
    dateline: null,
    byline: null,
    title: null,
    newsId: null,
    paragraphs,
    boilerplate: [],
    citedSources,
    warnings: []
  }
}

/** The quote whose text contains `needle`. */
export const quoteWith = (quotes: ReadonlyArray<Quote>, needle: string): Quote | undefined => quotes.find((q) => q.text.includes(needle))
