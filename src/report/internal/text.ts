/**
 * Private helpers shared by the report views: escaping for each output language, number and
 * date formatting, and lookups over a Report. Not part of the public surface.
 */
import type { Report, ReportArticle } from '../../model'
import { fnv1a64 } from '../../internal/hash'

// -------------------------------------------------------------------------------------
// escaping
// -------------------------------------------------------------------------------------

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;'
}

/**
 * Escapes text for HTML element content and quoted attribute values. Also drops characters
 * HTML forbids (C0 controls other than tab/newline/CR, lone surrogates would be kept as the
 * browser replaces them), so nothing in article text can open a tag, end an attribute or
 * start an entity.
 */
export const escapeHtml = (s: string): string =>
  // eslint-disable-next-line no-control-regex
  s.replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c] ?? c).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')

/** Escapes text for a Graphviz double-quoted string: backslash, quote and newlines. */
export const escapeDot = (s: string): string =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')

/**
 * Escapes inline Markdown: characters with Markdown meaning get a backslash, `<`, `>` and `&`
 * become entities so that no raw HTML passes through a renderer, and line breaks become
 * spaces (callers that want paragraphs split first).
 */
export const escapeMarkdown = (s: string): string =>
  s
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')

// -------------------------------------------------------------------------------------
// formatting
// -------------------------------------------------------------------------------------

/** A score or confidence with two decimals; `n/a` when not finite. */
export const fmt2 = (n: number): string => (Number.isFinite(n) ? n.toFixed(2) : 'n/a')

/** A share in [0, 1] as a whole percentage. */
export const pct = (n: number): string => (Number.isFinite(n) ? `${Math.round(n * 100)}%` : 'n/a')

/** Clamps to [0, 1]; NaN becomes 0. */
export const clamp01 = (n: number): number => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0)

/** Cuts a string to `max` characters on a word boundary where possible, adding an ellipsis. */
export const truncate = (s: string, max: number): string => {
  const flat = s.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/** A short, HTML-id-safe token for any string (ids from input may hold any character). */
export const anchor = (prefix: string, id: string): string => `${prefix}-${fnv1a64(id).slice(0, 12)}`

/** Singular or plural noun with its count. */
export const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

// -------------------------------------------------------------------------------------
// dates
// -------------------------------------------------------------------------------------

const ISO_LOOSE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?)?)?(Z|[+-]\d{2}:?\d{2})?$/

/**
 * Milliseconds since the epoch for an ISO 8601 date of any precision (`2019`, `2019-12`,
 * `2019-06-24`, `2019-10-25T20:04`); the start of the period; null when it does not parse.
 * Dates without a zone are read as UTC so that output never depends on the machine.
 */
export const parseIsoLoose = (s: string | null): number | null => {
  if (s === null) return null
  const m = ISO_LOOSE.exec(s.trim())
  if (m === null) return null
  const num = (x: string | undefined, d: number): number => (x === undefined ? d : Number(x))
  const month = num(m[2], 1)
  const day = num(m[3], 1)
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  let ms = Date.UTC(num(m[1], 0), month - 1, day, num(m[4], 0), num(m[5], 0), num(m[6], 0))
  const zone = m[7]
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1
    const digits = zone.slice(1).replace(':', '')
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000
  }
  return Number.isFinite(ms) ? ms : null
}

// -------------------------------------------------------------------------------------
// lookups
// -------------------------------------------------------------------------------------

/** Articles by id (first wins on duplicates). */
export const articlesById = (report: Report): ReadonlyMap<string, ReportArticle> => {
  const m = new Map<string, ReportArticle>()
  for (const a of report.articles) if (!m.has(a.id)) m.set(a.id, a)
  return m
}

/** How to name an article for a reader: its outlet, else its id. */
export const articleLabel = (a: ReportArticle | undefined, id: string): string =>
  a === undefined ? id : a.outlet ?? id

/** The name a source score is about. */
export const sourceName = (s: { readonly kind: string; readonly outlet: string | null; readonly speaker: string | null }): string =>
  (s.kind === 'speaker' ? s.speaker ?? s.outlet : s.outlet ?? s.speaker) ?? 'unknown'

/**
 * The period an ISO date of any precision stands for, as `[from, to)` in milliseconds:
 * `2019-12` is all of December, `2019-06-24` the whole day, a time to the minute one minute.
 */
export const parseIsoPeriod = (s: string | null): { readonly from: number; readonly to: number } | null => {
  const from = parseIsoLoose(s)
  if (from === null || s === null) return null
  const t = s.trim()
  const d = new Date(from)
  if (/^\d{4}$/.test(t)) return { from, to: Date.UTC(d.getUTCFullYear() + 1, 0, 1) }
  if (/^\d{4}-\d{2}$/.test(t)) return { from, to: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) }
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return { from, to: from + 86_400_000 }
  if (/T\d{2}$/.test(t)) return { from, to: from + 3_600_000 }
  return { from, to: from + 60_000 }
}

/** An ISO date for reading: `2019-10-25 20:04`. */
export const displayDate = (s: string): string => s.replace('T', ' ')

// -------------------------------------------------------------------------------------
// orderings shared by the views
// -------------------------------------------------------------------------------------

const byId = (x: { readonly id: string }, y: { readonly id: string }): number => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)

/** Contradictions, most confident first (ties by id), as every view lists them. */
export const contradictionsInOrder = <C extends { readonly id: string; readonly confidence: number }>(list: ReadonlyArray<C>): ReadonlyArray<C> =>
  list.slice().sort((x, y) => y.confidence - x.confidence || byId(x, y))

/** Clusters, most widely carried first: distinct outlets, then appearances, then id. */
export const clustersInOrder = <
  K extends { readonly id: string; readonly members: ReadonlyArray<{ readonly outlet: string | null; readonly articleId: string }> }
>(
  list: ReadonlyArray<K>
): ReadonlyArray<K> => {
  const spread = (k: K): number => new Set(k.members.map((m) => m.outlet ?? m.articleId)).size
  return list.slice().sort((x, y) => spread(y) - spread(x) || y.members.length - x.members.length || byId(x, y))
}
