/**
 * JSON and NDJSON records -> RawArticle, and many raw articles -> Articles. A bad record
 * gets an error naming the record and the field path; the other records are still processed.
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/Either'
import * as t from 'io-ts'
import type { Article, GainsayError } from '../model'
import { gainsayError } from '../model'
import { ingestText, type IngestOptions, type RawArticle } from './text'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Where the records come from and how they are framed.
 *
 * @example
 * import type { DecodeRecordsOptions } from 'gainsay'
 * const options: DecodeRecordsOptions = { source: 'feed.ndjson', format: 'ndjson' }
 *
 * @since 0.1.0
 */
export interface DecodeRecordsOptions {
  /** The file name (or any label); it names records in errors: `feed.ndjson#3`. */
  readonly source: string
  /** `json`: an array of records, one record, or `{ articles | items | records | data: [...] }`. `ndjson`: one record per line. */
  readonly format: 'json' | 'ndjson'
}

/**
 * Decoded records: the good ones as `RawArticle`s, and an error for each bad one.
 *
 * @example
 * import type { DecodedRecords } from 'gainsay'
 * const none: DecodedRecords = { inputs: [], errors: [] }
 *
 * @since 0.1.0
 */
export interface DecodedRecords {
  readonly inputs: ReadonlyArray<RawArticle>
  readonly errors: ReadonlyArray<GainsayError>
}

/**
 * The result of ingesting many inputs.
 *
 * @example
 * import type { IngestedArticles } from 'gainsay'
 * const none: IngestedArticles = { articles: [], errors: [] }
 *
 * @since 0.1.0
 */
export interface IngestedArticles {
  readonly articles: ReadonlyArray<Article>
  readonly errors: ReadonlyArray<GainsayError>
}

/**
 * The field names accepted for each `RawArticle` field, first match wins. Fields are looked
 * up on the record, then on a nested `meta` / `metadata` object.
 *
 * @example
 * import { RECORD_FIELD_ALIASES } from 'gainsay'
 * RECORD_FIELD_ALIASES.text.includes('body') // true
 *
 * @since 0.1.0
 */
export const RECORD_FIELD_ALIASES = {
  id: ['id', '_id', 'guid', 'uuid', 'articleId', 'article_id'],
  text: ['text', 'body', 'content', 'articleBody', 'article', 'fullText', 'full_text'],
  title: ['title', 'headline'],
  outlet: ['outlet', 'source', 'publisher', 'siteName', 'site_name', 'site'],
  published: ['published', 'publishedAt', 'published_at', 'date', 'pubDate', 'datePublished', 'date_published'],
  url: ['url', 'link', 'href']
} as const

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const describe = (v: unknown): string => {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'an array'
  if (typeof v === 'object') return 'an object'
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`
  return `${typeof v} ${String(v)}`
}

/** An id may be a string or a number. */
const IdValue = t.union([t.string, t.number])
/** An outlet may be a name or `{ name }`. */
const OutletValue = t.union([t.string, t.type({ name: t.string })])
/** A date may be a string or epoch milliseconds. */
const DateValue = t.union([t.string, t.number])

const Container = t.UnknownRecord

type Lookup = { readonly path: string; readonly value: unknown } | null

const lookup = (rec: Readonly<Record<string, unknown>>, names: ReadonlyArray<string>): Lookup => {
  for (const n of names) if (rec[n] !== undefined) return { path: n, value: rec[n] }
  for (const nest of ['meta', 'metadata']) {
    const inner = rec[nest]
    if (Container.is(inner)) for (const n of names) if (inner[n] !== undefined) return { path: `${nest}.${n}`, value: inner[n] }
  }
  return null
}

const stemOf = (source: string): string => {
  const base = source.split(/[\\/]/).pop() ?? source
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(0, dot) : base
}

/** Decodes one parsed record into a RawArticle, or the error for its first bad field. */
const decodeRecord = (value: unknown, record: string, defaultId: string): E.Either<GainsayError, RawArticle> => {
  if (!Container.is(value)) {
    return E.left(gainsayError('DecodeError', record, null, `expected an object, got ${describe(value)}`))
  }
  const idField = lookup(value, RECORD_FIELD_ALIASES.id)
  let id = defaultId
  if (idField !== null && idField.value !== null) {
    if (!IdValue.is(idField.value) || String(idField.value).trim() === '') {
      return E.left(gainsayError('DecodeError', record, idField.path, `expected a non-empty string or number, got ${describe(idField.value)}`))
    }
    id = String(idField.value)
  }
  const named = id === defaultId ? record : `${record} (id ${id})`
  const textField = lookup(value, RECORD_FIELD_ALIASES.text)
  if (textField === null) {
    return E.left(gainsayError('DecodeError', named, 'text', `missing: expected one of ${RECORD_FIELD_ALIASES.text.join(', ')}`))
  }
  if (!t.string.is(textField.value)) {
    return E.left(gainsayError('DecodeError', named, textField.path, `expected a string, got ${describe(textField.value)}`))
  }
  const out: { -readonly [K in keyof RawArticle]: RawArticle[K] } = { id, text: textField.value }
  const title = lookup(value, RECORD_FIELD_ALIASES.title)
  if (title !== null && title.value !== null) {
    if (!t.string.is(title.value)) return E.left(gainsayError('DecodeError', named, title.path, `expected a string, got ${describe(title.value)}`))
    out.title = title.value
  }
  const outlet = lookup(value, RECORD_FIELD_ALIASES.outlet)
  if (outlet !== null && outlet.value !== null) {
    if (!OutletValue.is(outlet.value)) {
      return E.left(gainsayError('DecodeError', named, outlet.path, `expected a string or { name: string }, got ${describe(outlet.value)}`))
    }
    out.outlet = typeof outlet.value === 'string' ? outlet.value : outlet.value.name
  }
  const published = lookup(value, RECORD_FIELD_ALIASES.published)
  if (published !== null && published.value !== null) {
    const v = published.value
    if (!DateValue.is(v) || (typeof v === 'number' && !Number.isFinite(v))) {
      return E.left(gainsayError('DecodeError', named, published.path, `expected a date string or epoch milliseconds, got ${describe(v)}`))
    }
    if (typeof v === 'number') {
      const d = new Date(v)
      if (Number.isNaN(d.getTime())) return E.left(gainsayError('DecodeError', named, published.path, `is not a valid time: ${v}`))
      out.published = d.toISOString().slice(0, 19)
    } else out.published = v
  }
  const url = lookup(value, RECORD_FIELD_ALIASES.url)
  if (url !== null && url.value !== null) {
    if (!t.string.is(url.value)) return E.left(gainsayError('DecodeError', named, url.path, `expected a string, got ${describe(url.value)}`))
    out.url = url.value
  }
  return E.right(out)
}

const parseJson = (s: string): E.Either<string, unknown> => {
  try {
    return E.right(JSON.parse(s) as unknown)
  } catch (e) {
    return E.left(e instanceof Error ? e.message : String(e))
  }
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Decodes JSON (an array, one object, or `{ articles: [...] }`) or NDJSON into raw articles,
 * accepting common field aliases (`body`/`content`/`text`, `headline`/`title`,
 * `source`/`outlet`, `date`/`published`/`publishedAt`, also under `meta`). A bad record gets a
 * `DecodeError` naming it (`feed.ndjson#3`, 1-based line for NDJSON, 1-based position for
 * JSON) and the field path (`body`, `meta.published`); unparseable JSON gives a
 * `SyntaxError`. The other records are still decoded. A record without an id gets
 * `<file stem>-<n>`. Never throws.
 *
 * @example
 * import { decodeRecords } from 'gainsay'
 * const feed = '{"id":"a","body":"One."}\n{"id":"b","body":42}\n'
 * const { inputs, errors } = decodeRecords(feed, { source: 'feed.ndjson', format: 'ndjson' })
 * inputs.map((r) => r.id) // ['a']
 * errors[0]?.message // 'feed.ndjson#2 (id b): body: expected a string, got number 42'
 *
 * @since 0.1.0
 */
export const decodeRecords = (content: string, options: DecodeRecordsOptions): DecodedRecords => {
  const inputs: Array<RawArticle> = []
  const errors: Array<GainsayError> = []
  const stem = stemOf(options.source)
  const take = (value: unknown, record: string, n: number): void => {
    const r = decodeRecord(value, record, `${stem}-${n}`)
    if (E.isRight(r)) inputs.push(r.right)
    else errors.push(r.left)
  }
  const body = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content
  if (options.format === 'ndjson') {
    const lines = body.split(/\r\n|\n|\r/)
    lines.forEach((line, i) => {
      if (line.trim() === '') return
      const record = `${options.source}#${i + 1}`
      const parsed = parseJson(line)
      if (E.isLeft(parsed)) errors.push(gainsayError('SyntaxError', record, null, `invalid JSON: ${parsed.left}`))
      else take(parsed.right, record, i + 1)
    })
    return { inputs, errors }
  }
  if (body.trim() === '') return { inputs, errors: [gainsayError('EmptyInput', options.source, null, 'is empty')] }
  const parsed = parseJson(body)
  if (E.isLeft(parsed)) return { inputs, errors: [gainsayError('SyntaxError', options.source, null, `invalid JSON: ${parsed.left}`)] }
  let value = parsed.right
  if (Container.is(value) && !Array.isArray(value)) {
    for (const key of ['articles', 'items', 'records', 'data', 'results']) {
      if (Array.isArray(value[key])) {
        value = value[key]
        break
      }
    }
  }
  if (Array.isArray(value)) value.forEach((v, i) => take(v, `${options.source}#${i + 1}`, i + 1))
  else take(value, options.source, 1)
  return { inputs, errors }
}

/**
 * Ingests many raw articles. A second input with an id already seen gives `DuplicateId` (the
 * first is kept); an input that fails `ingestText` gives its error; the others are unaffected.
 * Order is preserved.
 *
 * @example
 * import { ingestAll } from 'gainsay'
 * const { articles, errors } = ingestAll([
 *   { id: 'a', text: 'One story.' },
 *   { id: 'a', text: 'Same id again.' },
 *   { id: 'b', text: '   ' }
 * ])
 * articles.map((a) => a.id) // ['a']
 * errors.map((e) => e._tag) // ['DuplicateId', 'EmptyInput']
 *
 * @since 0.1.0
 */
export const ingestAll = (inputs: ReadonlyArray<RawArticle>, options: IngestOptions = {}): IngestedArticles => {
  const articles: Array<Article> = []
  const errors: Array<GainsayError> = []
  const seen = new Set<string>()
  for (const input of inputs) {
    const id: unknown = typeof input === 'object' && input !== null ? input.id : undefined
    if (typeof id === 'string' && seen.has(id)) {
      errors.push(gainsayError('DuplicateId', id, 'id', 'appears more than once; the first record with this id is kept'))
      continue
    }
    if (typeof id === 'string') seen.add(id)
    const r = ingestText(input, options)
    if (E.isRight(r)) articles.push(r.right)
    else errors.push(r.left)
  }
  return { articles, errors }
}
