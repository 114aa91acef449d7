/**
 * Private helpers for ingestion: lines, sentence boundaries, date parsing. Not exported from
 * the package.
 */
import * as chrono from 'chrono-node'
import type { DatePrecision, Span } from '../model'
import { ABBREVIATIONS, SENTENCE_STARTERS } from './lexicon'

// -------------------------------------------------------------------------------------
// lines
// -------------------------------------------------------------------------------------

/** A line of the input: `[start, end)` excludes the terminator; `t*` is the trimmed content. */
export interface Line {
  readonly start: number
  readonly end: number
  readonly tStart: number
  readonly tEnd: number
}

const isSpace = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0xfeff || c === 0x200b ||
  c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f ||
  c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029

/** Trims whitespace (including NBSP, BOM, zero-width space) off a range. */
export const trimRange = (text: string, start: number, end: number): Span => {
  let s = start
  let e = end
  while (s < e && isSpace(text.charCodeAt(s))) s++
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--
  return { start: s, end: e }
}

/** Splits on `\r\n`, `\n`, `\r`, U+2028, U+2029, keeping exact offsets. */
export const splitLines = (text: string): ReadonlyArray<Line> => {
  const out: Array<Line> = []
  let start = 0
  const n = text.length
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : -1
    if (c === -1 || c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
      const t = trimRange(text, start, i)
      out.push({ start, end: i, tStart: t.start, tEnd: t.end })
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++
      start = i + 1
    }
  }
  return out
}

// -------------------------------------------------------------------------------------
// sentences
// -------------------------------------------------------------------------------------

const BOUNDARY = /[.!?…]+["”’'»)\]]*(?=\s+["“‘'«(\[]?[\p{Lu}\p{N}])/gu

/**
 * Sentence boundaries (offsets just after the terminal punctuation) inside `[start, end)`.
 * Abbreviations and initials do not end sentences, except a dotted acronym ("U.S.") followed
 * by a typical sentence opener.
 */
export const sentenceEnds = (text: string, start: number, end: number): ReadonlyArray<number> => {
  const out: Array<number> = []
  // a slice (plus lookahead room) keeps the cost proportional to the range
  const slice = text.slice(start, Math.min(text.length, end + 8))
  BOUNDARY.lastIndex = 0
  for (let m = BOUNDARY.exec(slice); m !== null; m = BOUNDARY.exec(slice)) {
    const at = start + m.index
    const stop = at + m[0].length
    if (stop >= end) break
    if (m[0].startsWith('.')) {
      // the word before the period
      let w = at
      while (w > start && !isSpace(text.charCodeAt(w - 1)) && !'("“‘['.includes(text.charAt(w - 1))) w--
      const word = text.slice(w, at).toLowerCase()
      const isInitial = /^\p{Lu}$/u.test(text.slice(w, at))
      if (isInitial || ABBREVIATIONS.has(word)) {
        const next = /^\s+["“‘'(]?([\p{L}]+)/u.exec(text.slice(stop, stop + 40))
        const dotted = word.includes('.') || word.length <= 2
        if (!(dotted && !isInitial && next !== null && SENTENCE_STARTERS.has(next[1]!))) continue
      }
    }
    out.push(stop)
  }
  return out
}

// -------------------------------------------------------------------------------------
// dates
// -------------------------------------------------------------------------------------

/** A parsed date: ISO truncated to its precision. */
export interface ParsedDate {
  readonly iso: string
  readonly precision: DatePrecision
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0')

const ORDER: ReadonlyArray<DatePrecision> = ['year', 'month', 'day', 'hour', 'minute', 'second']

/** Formats components down to a precision. */
export const formatDate = (
  c: { year: number; month?: number | undefined; day?: number | undefined; hour?: number | undefined; minute?: number | undefined; second?: number | undefined },
  precision: DatePrecision
): string => {
  const p = ORDER.indexOf(precision)
  let s = pad(c.year, 4)
  if (p >= 1) s += `-${pad(c.month ?? 1)}`
  if (p >= 2) s += `-${pad(c.day ?? 1)}`
  if (p >= 3) s += `T${pad(c.hour ?? 0)}`
  if (p >= 4) s += `:${pad(c.minute ?? 0)}`
  if (p >= 5) s += `:${pad(c.second ?? 0)}`
  return s
}

const validDate = (y: number, mo: number, d: number): boolean => {
  if (y < 1000 || y > 2999 || mo < 1 || mo > 12 || d < 1) return false
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate()
}

const ISO_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2})(?:\.\d+)?)?)?)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/

/** Parses an ISO 8601 date or date-time, keeping the precision it is written with. */
export const parseIsoDate = (s: string): ParsedDate | null => {
  const m = ISO_RE.exec(s.trim())
  if (m === null) return null
  const [, y, mo, d, h, mi, se] = m
  const year = Number(y)
  const month = mo === undefined ? undefined : Number(mo)
  const day = d === undefined ? undefined : Number(d)
  if (!validDate(year, month ?? 1, day ?? 1)) return null
  const hour = h === undefined ? undefined : Number(h)
  const minute = mi === undefined ? undefined : Number(mi)
  const second = se === undefined ? undefined : Number(se)
  if ((hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 60) return null
  const precision: DatePrecision =
    se !== undefined ? 'second' : mi !== undefined ? 'minute' : h !== undefined ? 'hour' : d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year'
  return { iso: formatDate({ year, month, day, hour, minute, second }, precision), precision }
}

const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12))

/** Chrono results with their offsets inside `s`, only those whose year is stated. */
export interface ChronoHit extends ParsedDate {
  readonly index: number
  readonly length: number
  readonly weekday: number | null
}

/** Parses dates in a short string with chrono-node; keeps those with an explicit year. */
export const chronoDates = (s: string): ReadonlyArray<ChronoHit> => {
  // chrono is slow; without a written year there is nothing to keep
  if (!/\d{4}|['’]\d{2}\b/.test(s)) return []
  let results: ReadonlyArray<chrono.ParsedResult>
  try {
    results = chrono.parse(s, REFERENCE)
  } catch {
    return []
  }
  const out: Array<ChronoHit> = []
  for (const r of results) {
    const c = r.start
    // chrono marks the year of "today" or "yesterday" as certain: keep only years written out
    if (!c.isCertain('year') || !/\d{4}|['’]\d{2}\b/.test(r.text)) continue
    const year = c.get('year')
    if (year === null) continue
    const month = c.isCertain('month') ? c.get('month') ?? undefined : undefined
    const day = month !== undefined && c.isCertain('day') ? c.get('day') ?? undefined : undefined
    const hour = day !== undefined && c.isCertain('hour') ? c.get('hour') ?? undefined : undefined
    const minute = hour !== undefined && c.isCertain('minute') ? c.get('minute') ?? undefined : undefined
    const second = minute !== undefined && c.isCertain('second') ? c.get('second') ?? undefined : undefined
    const precision: DatePrecision =
      second !== undefined ? 'second' : minute !== undefined ? 'minute' : hour !== undefined ? 'hour' : day !== undefined ? 'day' : month !== undefined ? 'month' : 'year'
    if (!validDate(year, month ?? 1, day ?? 1)) continue
    out.push({
      iso: formatDate({ year, month, day, hour, minute, second }, precision),
      precision,
      index: r.index,
      length: r.text.length,
      weekday: c.isCertain('weekday') ? c.get('weekday') : null
    })
  }
  return out
}

/** Something chrono could read as a date or time: a month or weekday name, a clock time, a numeric date, a relative day. */
const DATEISH =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b|\d{1,2}[:.]\d{2}\b|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b|\b(?:today|yesterday|tonight|ago)\b/i

/** Offsets of every date or time chrono finds in a short string, with or without a year. */
export const anyDateSpans = (s: string): ReadonlyArray<{ readonly index: number; readonly length: number }> => {
  if (!DATEISH.test(s)) return []
  try {
    return chrono.parse(s, REFERENCE).map((r) => ({ index: r.index, length: r.text.length }))
  } catch {
    return []
  }
}
