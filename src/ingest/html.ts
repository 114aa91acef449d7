/**
 * HTML pages -> RawArticle, through Mozilla Readability on a linkedom document (no browser,
 * no network). This module is the one adapter for both libraries.
 *
 * @since 0.1.0
 */
import { Readability } from '@mozilla/readability'
import * as E from 'fp-ts/Either'
import { parseHTML } from 'linkedom'
import type { GainsayError } from '../model'
import { gainsayError } from '../model'
import type { RawArticle } from './text'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Options for `htmlToRawArticle`.
 *
 * @example
 * import type { HtmlOptions } from 'gainsay'
 * const options: HtmlOptions = { id: 'story-1' }
 *
 * @since 0.1.0
 */
export interface HtmlOptions {
  /** The article id (default: the source's file name without extension). */
  readonly id?: string
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

/** The little of the DOM we use, typed locally (the project compiles without DOM lib types). */
interface El {
  readonly tagName: string
  readonly textContent: string | null
  readonly parentElement: El | null
  getAttribute(name: string): string | null
  querySelector(sel: string): El | null
  querySelectorAll(sel: string): ArrayLike<El>
}

interface Doc {
  querySelector(sel: string): El | null
  querySelectorAll(sel: string): ArrayLike<El>
  readonly body: El | null
  readonly documentElement: El | null
  readonly title: string
}

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,dd,dt,td'
const BLOCK_TAGS = new Set(BLOCKS.toUpperCase().split(','))

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim()

const meta = (doc: Doc, selectors: ReadonlyArray<string>): string | null => {
  for (const sel of selectors) {
    const el = doc.querySelector(sel)
    const v = clean(el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.textContent)
    if (v !== '') return v
  }
  return null
}

const jsonLd = (doc: Doc): { published: string | null; publisher: string | null; author: string | null; headline: string | null } => {
  const out = { published: null as string | null, publisher: null as string | null, author: null as string | null, headline: null as string | null }
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== 'object') return
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1)
      return
    }
    const o = v as Record<string, unknown>
    if (out.published === null && typeof o['datePublished'] === 'string') out.published = o['datePublished']
    if (out.headline === null && typeof o['headline'] === 'string') out.headline = o['headline']
    const pub = o['publisher']
    if (out.publisher === null && pub !== null && typeof pub === 'object' && typeof (pub as Record<string, unknown>)['name'] === 'string') {
      out.publisher = (pub as Record<string, unknown>)['name'] as string
    }
    const author = Array.isArray(o['author']) ? (o['author'] as ReadonlyArray<unknown>)[0] : o['author']
    if (out.author === null && author !== null && typeof author === 'object' && typeof (author as Record<string, unknown>)['name'] === 'string') {
      out.author = (author as Record<string, unknown>)['name'] as string
    }
    if (Array.isArray(o['@graph'])) visit(o['@graph'], depth + 1)
  }
  for (const s of scripts) {
    try {
      visit(JSON.parse(s.textContent ?? '') as unknown, 0)
    } catch {
      // malformed JSON-LD is common; ignore it
    }
  }
  return out
}

/** Text of the leaf block elements under a root, one per paragraph. */
const blocks = (root: El): ReadonlyArray<{ readonly tag: string; readonly text: string }> => {
  const out: Array<{ tag: string; text: string }> = []
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    // skip blocks that contain other blocks (their children are taken instead)
    if (Array.from(el.querySelectorAll(BLOCKS)).length > 0) continue
    // skip blocks inside another block we already take whole (e.g. p inside li handled above)
    let p = el.parentElement
    let nested = false
    while (p !== null && p !== root) {
      if (BLOCK_TAGS.has(p.tagName.toUpperCase()) && Array.from(p.querySelectorAll(BLOCKS)).length === 0) nested = true
      p = p.parentElement
    }
    if (nested) continue
    const s = clean(el.textContent)
    if (s !== '') out.push({ tag: el.tagName.toUpperCase(), text: s })
  }
  return out
}

const stemOf = (source: string): string => {
  const base = source.split(/[\\/]/).pop() ?? source
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(0, dot) : base
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Turns an HTML page into a `RawArticle`: the main text found by Readability, paragraphs
 * separated by blank lines, preceded by the title and a "By ..." line so that `ingestText`
 * finds them with spans; `published` from `article:published_time`, `datePublished` (meta or
 * JSON-LD), `<time datetime>`; `outlet` from `og:site_name` or the JSON-LD publisher.
 * `EmptyInput` for an empty page or one with no text; never throws.
 *
 * @example
 * import { htmlToRawArticle } from 'gainsay'
 * import * as E from 'fp-ts/Either'
 * const html = '<html><head><title>Port reopens</title><meta property="og:site_name" content="Reuters"></head>' +
 *   '<body><article><h1>Port reopens</h1><p>The port reopened on Monday after a week of strikes, officials said.</p></article></body></html>'
 * const raw = htmlToRawArticle('port.html', html)
 * E.isRight(raw) && raw.right.outlet // 'Reuters'
 *
 * @since 0.1.0
 */
export const htmlToRawArticle = (source: string, html: string, options: HtmlOptions = {}): E.Either<GainsayError, RawArticle> => {
  if (html.trim() === '') return E.left(gainsayError('EmptyInput', source, null, 'is an empty HTML document'))
  // linkedom keeps only the first element of a bare fragment: give fragments a document
  const page = /<html[\s>]|<body[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`
  try {
    const { document } = parseHTML(page) as unknown as { document: Doc }
    const ld = jsonLd(document)
    const published =
      meta(document, [
        'meta[property="article:published_time"]',
        'meta[name="article:published_time"]',
        'meta[itemprop="datePublished"]',
        'meta[name="pubdate"]',
        'meta[name="publishdate"]',
        'meta[name="date"]',
        'meta[name="DC.date.issued"]',
        'meta[name="dcterms.created"]',
        'meta[property="og:published_time"]'
      ]) ??
      ld.published ??
      meta(document, ['time[datetime]'])
    const siteName = meta(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']) ?? ld.publisher
    const metaTitle = meta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? ld.headline
    const metaAuthor = meta(document, ['meta[name="author"]', 'meta[property="article:author"]']) ?? ld.author
    const parsed = new Readability(document as never, { serializer: (node: unknown) => node as El }).parse()
    const content = parsed?.content ?? null
    let found = content === null ? [] : blocks(content)
    if (found.length === 0 && clean(parsed?.textContent) !== '') found = [{ tag: 'P', text: clean(parsed?.textContent) }]
    // Readability needs ~500 characters to judge; below that, a short page is taken whole
    const short = found.reduce((n, b) => n + b.text.length, 0) < 500
    if (found.length === 0 || short) {
      const again = parseHTML(page) as unknown as { document: Doc }
      // fragments may leave <body> empty: fall back to the whole document
      const body = again.document.body !== null && clean(again.document.body.textContent) !== '' ? again.document.body : again.document.documentElement
      const whole = body === null ? [] : blocks(body)
      if (whole.length > 0) found = whole
      // loose text outside block elements would be lost: then keep the whole text as one paragraph
      const all = body === null ? '' : clean(body.textContent)
      if (all !== '' && found.reduce((n, b) => n + b.text.length, 0) < all.length * 0.8) found = [{ tag: 'P', text: all }]
    }
    if (found.length === 0) return E.left(gainsayError('EmptyInput', source, null, 'has no text content'))
    // the article's own heading beats the <title>, which often carries the site's name
    const heading = found[0] !== undefined && /^H[12]$/.test(found[0].tag) ? found[0].text : ''
    const title = clean(metaTitle) || heading || clean(parsed?.title) || clean(document.title)
    const paragraphs = found.map((b) => b.text)
    const byline = clean(parsed?.byline) || clean(metaAuthor)
    // drop a heading that repeats the title, and a paragraph that repeats the byline
    const body = paragraphs.filter((p, i) => !(i === 0 && (p === title || p === heading)) && p !== byline && p !== `By ${byline}`)
    const head: Array<string> = []
    if (title !== '') head.push(title)
    if (byline !== '') head.push(/^by\b/i.test(byline) ? byline : `By ${byline}`)
    const text = [...head, ...body].join('\n\n')
    const raw: { -readonly [K in keyof RawArticle]: RawArticle[K] } = { id: options.id ?? stemOf(source), text }
    if (title !== '') raw.title = title
    if (published !== null) raw.published = published
    if (siteName !== null && siteName !== '') raw.outlet = siteName
    return E.right(raw)
  } catch (e) {
    return E.left(gainsayError('NotText', source, null, `could not be parsed as HTML: ${e instanceof Error ? e.message : String(e)}`))
  }
}
