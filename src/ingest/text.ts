/**
 * Raw news text -> Article: outlet, dateline, publication date, byline, title, news id,
 * paragraphs, boilerplate and cited sources, every one a span into the text as given.
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/Either'
import * as O from 'fp-ts/Option'
import * as t from 'io-ts'
import type { Article, ArticleId, Boilerplate, GainsayError, Outlet, OutletEvidence, Published, Span, TextSpan } from '../model'
import { gainsayError, unsafeId } from '../model'
import { anyDateSpans, chronoDates, parseIsoDate, sentenceEnds, splitLines, trimRange, type Line, type ParsedDate } from './internal'
import { BOILERPLATE_PATTERNS, DATE_LABEL_PATTERN, NEWS_ID_PATTERN, type BoilerplateKind } from './lexicon'
import {
  defaultOutletRegistry,
  findCitedSources,
  findSignatures,
  looksLikeOutletName,
  outletFromName,
  resolveOutletCode,
  resolveOutletName,
  type OutletRegistry
} from './outlets'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * One article as it arrives: an id, its text, and whatever metadata the feed carries.
 *
 * @example
 * import { RawArticle } from 'gainsay'
 * RawArticle.is({ id: 'a1', text: 'TEHRAN - ...' }) // true
 * RawArticle.is({ id: 'a1', text: 42 }) // false
 *
 * @since 0.1.0
 */
export const RawArticle = t.intersection(
  [
    t.type({ id: t.string, text: t.string }),
    t.partial({ outlet: t.string, published: t.string, title: t.string, url: t.string })
  ],
  'RawArticle'
)
/** @since 0.1.0 */
export type RawArticle = t.TypeOf<typeof RawArticle>

/**
 * Options for `ingestText`.
 *
 * @example
 * import type { IngestOptions } from 'gainsay'
 * const options: IngestOptions = { maxChars: 1_000_000, inferDate: false }
 *
 * @since 0.1.0
 */
export interface IngestOptions {
  /** Outlet registry (default `defaultOutletRegistry`). */
  readonly registry?: OutletRegistry
  /** Longest text accepted, in UTF-16 code units (default `DEFAULT_MAX_CHARS`, 10 Mi). */
  readonly maxChars?: number
  /** A paragraph longer than this (code units) is split at sentence boundaries (default 1200). */
  readonly maxParagraph?: number
  /** Infer a publication date from dated references in the body when no header has one (default true). */
  readonly inferDate?: boolean
}

/**
 * The default size limit: 10 Mi UTF-16 code units (a 10 MB article is accepted).
 *
 * @example
 * import { DEFAULT_MAX_CHARS } from 'gainsay'
 * DEFAULT_MAX_CHARS // 10485760
 *
 * @since 0.1.0
 */
export const DEFAULT_MAX_CHARS = 10 * 1024 * 1024

// -------------------------------------------------------------------------------------
// internal: input checks
// -------------------------------------------------------------------------------------

interface Scan {
  readonly controls: number
  readonly replacements: number
  readonly visible: number
}

const scan = (text: string): Scan => {
  let controls = 0
  let replacements = 0
  let visible = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || c === 0x7f) controls++
    else if (c === 0xfffd) replacements++
    if (c > 0x20) visible++
  }
  return { controls, replacements, visible }
}

// -------------------------------------------------------------------------------------
// internal: boilerplate patterns
// -------------------------------------------------------------------------------------

interface CompiledPattern {
  readonly hint: string | null
  readonly kind: BoilerplateKind
  readonly strong: boolean
  readonly opensForm: boolean
  readonly whole: RegExp
  readonly atEnd: RegExp
}

const PATTERNS: ReadonlyArray<CompiledPattern> = BOILERPLATE_PATTERNS.map((p) => {
  const flags = p.caseSensitive === true ? 'u' : 'iu'
  return {
    hint: p.hint ?? null,
    kind: p.kind,
    strong: p.strong,
    opensForm: p.opensForm === true,
    whole: new RegExp(`^(?:${p.pattern})\\s*$`, flags),
    atEnd: new RegExp(`(?:${p.pattern})\\s*$`, flags)
  }
})

const wholeLineKind = (s: string): CompiledPattern | undefined => {
  // boilerplate lines are short; a long line is body (and lower-casing it would cost)
  if (s.length > 1000) return undefined
  const lower = s.toLowerCase()
  return PATTERNS.find((p) => (p.hint === null || lower.includes(p.hint)) && p.whole.test(s))
}

const LICENCE_NAME: ReadonlyArray<RegExp> = [
  /All (?:Contents?|Materials?)\s+(?:by|of|from|on|at)\s+(.+?)\s+(?:is|are) licensed/iu,
  /(?:Copyright|©)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?:by\s+)?(.+?)(?:\.\s|,|\s+All rights reserved|\.?\s*$)/iu
]

/** The outlet named in a licence or copyright line, if any. */
const licenceOutlet = (
  registry: OutletRegistry,
  text: string,
  span: Span
): O.Option<Outlet> => {
  const s = text.slice(span.start, span.end)
  for (const re of LICENCE_NAME) {
    const m = re.exec(s)
    if (m === null || m[1] === undefined) continue
    const name = m[1].trim()
    const at = span.start + m.index + m[0].indexOf(name)
    const found = outletFromName(registry, name, 'licence', { start: at, end: at + name.length }, looksLikeOutletName(name))
    if (O.isSome(found)) return found
  }
  return O.none
}

// -------------------------------------------------------------------------------------
// internal: head lines (dates, news ids, bylines, title)
// -------------------------------------------------------------------------------------

/** A date filling a short line ("25 October 2019 - 20:04", "Published: June 3, 2024"). */
const headerDate = (text: string, line: Line): { date: ParsedDate; span: Span } | null => {
  const whole = headerDateIn(text, line.tStart, line.tEnd)
  if (whole !== null) return whole
  // "By: Jane Doe | New Delhi | Posted: January 8, 2015 2:10 pm": one segment of a header line
  if (line.tEnd - line.tStart > 300) return null
  const raw = text.slice(line.tStart, line.tEnd)
  const sep = /\s+[|·•]\s+/gu
  let from = 0
  for (let m = sep.exec(raw); ; m = sep.exec(raw)) {
    const to = m === null ? raw.length : m.index
    if (from > 0 || m !== null) {
      const seg = trimRange(text, line.tStart + from, line.tStart + to)
      const hit = headerDateIn(text, seg.start, seg.end)
      if (hit !== null) return hit
    }
    if (m === null) return null
    from = m.index + m[0].length
  }
}

const headerDateIn = (text: string, start: number, end: number): { date: ParsedDate; span: Span } | null => {
  const line = { tStart: start, tEnd: end }
  const len = line.tEnd - line.tStart
  if (len < 4 || len > 100) return null
  const raw = text.slice(line.tStart, line.tEnd)
  const label = DATE_LABEL_PATTERN.exec(raw)
  const offset = label === null ? 0 : label[0].length
  const rest = raw.slice(offset)
  if (!/\d/.test(rest)) return null
  const iso = parseIsoDate(rest)
  if (iso !== null) return { date: iso, span: { start: line.tStart + offset, end: line.tEnd } }
  const hits = chronoDates(rest)
  const best = hits[0]
  if (best === undefined) return null
  const covered = rest.slice(best.index, best.index + best.length).replace(/\s+/g, '').length
  const total = rest.replace(/[\s|,·•-]+/g, '').length
  if (covered < total * 0.6) return null
  return { date: best, span: { start: line.tStart + offset + best.index, end: line.tStart + offset + best.index + best.length } }
}

/** A short line that is only a date or time, with or without a year ("Today, 4:12 pm", "Monday 3 June"). */
const isDateLine = (s: string): boolean => {
  if (s.length > 60) return false
  const rest = s.replace(DATE_LABEL_PATTERN, '')
  const spans = anyDateSpans(rest)
  const covered = spans.reduce((n, x) => n + rest.slice(x.index, x.index + x.length).replace(/\s+/g, '').length, 0)
  return covered > 0 && covered >= rest.replace(/[\s|,·•-]+/g, '').length * 0.6
}

const NAME_WORD = /^(?:[\p{Lu}][\p{L}\p{M}'’.-]*|de|van|von|der|den|bin|ibn|al|el|da|di|du|la|le|dos|das)$/u

/** Words that open "By ..." phrases which are not bylines. */
const NOT_NAMES =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Then|Now|Law|Order|Decree|Contrast|Comparison|Default|Design|Far|Mid|Early|Late|Land|Sea|Air|Road|Rail|Tonight|Tomorrow|Today)\b/u

const isPersonName = (s: string): boolean => {
  const words = s.trim().split(/\s+/).filter((w) => w !== 'and' && w !== '&')
  return words.length >= 1 && words.length <= 12 && words.every((w) => NAME_WORD.test(w.replace(/,$/, ''))) && /^[\p{Lu}]/u.test(s.trim())
}

interface BylineHit {
  readonly author: TextSpan
  readonly outlet: O.Option<Outlet>
}

/** "By Jane Doe", "By Jane Doe, Daily Planet", "By Jane Doe and John Roe | Reuters". */
const byline = (registry: OutletRegistry, text: string, line: Line): BylineHit | null => {
  const len = line.tEnd - line.tStart
  if (len < 4 || len > 160) return null
  const raw = text.slice(line.tStart, line.tEnd)
  const m = /^(?:(?:Written|Reported|Story|Words)\s+by|By|BY)\s*:?\s+/u.exec(raw)
  if (m === null) return null
  // a sentence ("By Monday, the river had risen.") is not a byline; an initial ("Jr.") may end one
  if (/[.!?:;]$/u.test(raw) && !/(?:\b\p{Lu}|Jr|Sr)\.$/u.test(raw)) return null
  if (NOT_NAMES.test(raw.slice(m[0].length))) return null
  const rest = raw.slice(m[0].length)
  // split into segments at "," "|" " - " " — ", keeping offsets
  const segs: Array<{ s: number; e: number }> = []
  const sep = /\s*(?:,|\||\s[-–—]\s|·|•)\s*/gu
  let last = 0
  for (let x = sep.exec(rest); x !== null; x = sep.exec(rest)) {
    segs.push({ s: last, e: x.index })
    last = x.index + x[0].length
  }
  segs.push({ s: last, e: rest.length })
  let outlet: O.Option<Outlet> = O.none
  let authorEnd = segs.length
  const lastSeg = segs[segs.length - 1]!
  if (segs.length > 1) {
    const name = rest.slice(lastSeg.s, lastSeg.e)
    const at = line.tStart + m[0].length + lastSeg.s
    const o = outletFromName(registry, name, 'byline', { start: at, end: at + name.length }, looksLikeOutletName(name))
    if (O.isSome(o)) {
      outlet = o
      authorEnd = segs.length - 1
    } else if (/\d/.test(name) || /^(?:Staff|Senior|Chief|Special|Correspondent|Reporter|Editor|Writer)/iu.test(name)) {
      authorEnd = segs.length - 1
    }
  } else {
    // "By Reuters": the whole rest is an outlet
    const whole = outletFromName(registry, rest, 'byline', { start: line.tStart + m[0].length, end: line.tEnd }, false)
    if (O.isSome(whole)) return { author: { text: rest, start: line.tStart + m[0].length, end: line.tEnd }, outlet: whole }
  }
  if (O.isNone(outlet) && authorEnd > 0) {
    // "By Jane Doe and John Roe Associated Press" (no separator), "By Reuters Staff"
    const seg = segs[authorEnd - 1]!
    const base = line.tStart + m[0].length
    const words = [...rest.slice(seg.s, seg.e).matchAll(/\S+/gu)].map((w) => ({ s: seg.s + w.index, e: seg.s + w.index + w[0].length }))
    const staff = words.length >= 2 && /^(?:Staff|staff|Newsroom|Desk|Wires?)$/u.test(rest.slice(words[words.length - 1]!.s, words[words.length - 1]!.e))
    const upto = staff ? words.length - 1 : words.length
    for (let k = Math.min(5, upto - (staff ? 0 : 1)); k >= 1; k--) {
      const first = words[upto - k]!
      const lastWord = words[upto - 1]!
      const name = rest.slice(first.s, lastWord.e)
      const found = resolveOutletName(registry, name)
      if (O.isNone(found)) continue
      outlet = O.some({ id: found.value.id, name: found.value.name, evidence: 'byline', span: { start: base + first.s, end: base + lastWord.e } })
      if (!staff) segs[authorEnd - 1] = { s: seg.s, e: words[upto - k - 1]!.e }
      break
    }
  }
  // authors: the leading segments that look like names
  let end = 0
  for (let i = 0; i < authorEnd; i++) {
    const seg = segs[i]!
    if (!isPersonName(rest.slice(seg.s, seg.e))) break
    end = i + 1
  }
  if (end === 0) return null
  const aStart = line.tStart + m[0].length + segs[0]!.s
  const aEnd = line.tStart + m[0].length + segs[end - 1]!.e
  return { author: { text: text.slice(aStart, aEnd), start: aStart, end: aEnd }, outlet }
}

const isTitleLike = (text: string, line: Line): boolean => {
  const s = text.slice(line.tStart, line.tEnd)
  if (isDateLine(s)) return false
  if (s.length < 3 || s.length > 160) return false
  // headlines are short; a longer unpunctuated first line is a standfirst or a caption
  const words = s.split(/\s+/)
  if (words.length < 2 || words.length > 18) return false
  if (/[.;,:\-–—]$/u.test(s) && !/\.\.\.$|…$/u.test(s)) return false
  if (/^\p{Ll}/u.test(s)) return false
  if (/\b(?:Photo|Image|Picture|Credit|Source)s?\s*:|\((?:AP|Reuters|AFP|Getty)[^)]*\)$/u.test(s)) return false
  return /[\p{L}]/u.test(s)
}

// -------------------------------------------------------------------------------------
// internal: datelines
// -------------------------------------------------------------------------------------

const DATELINE_HEAD = /^([^\n]{1,90}?)\s*(?:-{1,2}|–|—)(?:\s+(?=\S)|\s*$)/u
const CAPS_PLACE = /^[\p{Lu}][\p{Lu}\p{M}.'’-]*(?:\s[\p{Lu}][\p{Lu}\p{M}.'’-]*){0,3}$/u
const TITLE_PLACE = /^[\p{Lu}][\p{L}\p{M}.'’-]*(?:\s[\p{Lu}][\p{L}\p{M}.'’-]*){0,3}$/u

interface DatelineHit {
  readonly place: TextSpan | null
  readonly outlet: O.Option<Outlet>
  readonly extra: TextSpan | null
}

/** "TEHRAN -", "WASHINGTON (AP) —", "LONDON, March 3 (Reuters) -", "(Reuters) -", "RNA -". */
const dateline = (registry: OutletRegistry, text: string, unit: Span, allowPlace: boolean): DatelineHit | null => {
  const window = text.slice(unit.start, Math.min(unit.end, unit.start + 120))
  const head = DATELINE_HEAD.exec(window)
  if (head === null) return null
  // a dateline alone on its line ("FORT DEVENS, Mass. -") only when the window is the whole unit
  if (head[0].length === window.length && unit.end - unit.start > 120) return null
  const h = head[1]!
  const base = unit.start
  let code: TextSpan | null = null
  let body = h
  const paren = /\s*\(([^()]{1,40})\)$/u.exec(h)
  if (paren !== null) {
    const cStart = base + paren.index + paren[0].indexOf('(') + 1
    code = { text: paren[1]!, start: cStart, end: cStart + paren[1]!.length }
    body = h.slice(0, paren.index)
  }
  const comma = body.indexOf(',')
  const placeText = (comma === -1 ? body : body.slice(0, comma)).trim()
  const extraText = comma === -1 ? '' : body.slice(comma + 1).trim()
  const outletOf = (c: TextSpan): O.Option<Outlet> => {
    const byCode = resolveOutletCode(registry, c.text)
    if (O.isSome(byCode)) return O.some({ id: byCode.value.id, name: byCode.value.name, evidence: 'dateline' as const, span: { start: c.start, end: c.end } })
    return outletFromName(registry, c.text, 'dateline', { start: c.start, end: c.end }, false)
  }
  if (placeText === '' && code !== null) {
    const o = outletOf(code)
    return O.isSome(o) ? { place: null, outlet: o, extra: null } : null
  }
  const placeStart = base + h.indexOf(placeText)
  const place: TextSpan = { text: placeText, start: placeStart, end: placeStart + placeText.length }
  const extra: TextSpan | null =
    extraText === '' ? null : { text: extraText, start: base + h.indexOf(extraText, comma), end: base + h.indexOf(extraText, comma) + extraText.length }
  if (code !== null) {
    const o = outletOf(code)
    if (O.isSome(o) && allowPlace && (CAPS_PLACE.test(placeText) || TITLE_PLACE.test(placeText))) return { place, outlet: o, extra }
    return null
  }
  // "Tehran, IRNA -": an agency code after the place
  if (extra !== null && (CAPS_PLACE.test(placeText) || TITLE_PLACE.test(placeText))) {
    const o = outletOf(extra)
    if (O.isSome(o)) return { place: allowPlace ? place : null, outlet: o, extra: null }
  }
  if (!CAPS_PLACE.test(placeText) || !/[\p{Lu}].*[\p{Lu}]/u.test(placeText)) return null
  const asCode = resolveOutletCode(registry, placeText)
  if (O.isSome(asCode) && extra === null) {
    return { place: null, outlet: O.some({ id: asCode.value.id, name: asCode.value.name, evidence: 'dateline', span: { start: place.start, end: place.end } }), extra: null }
  }
  return allowPlace ? { place, outlet: O.none, extra } : null
}

// -------------------------------------------------------------------------------------
// internal: paragraphs
// -------------------------------------------------------------------------------------

const TERMINAL = /[.!?…:"”’')\]»]$/u
/** A line that ends like a sentence of prose. */
const TERMINAL_PROSE = /[.!?…]["”’')\]»]*$/u

/** Soft paragraph breaks inside a long run: ".\u00a0 The", ".  The", "says.Now". */
const SOFT_BREAK = /(?:[.!?…]["”’')\]]*(?:[ \t]*\u00a0[ \u00a0\t]*|[ \t]{2,})(?=\S))|(?:(?<=\p{Ll}{2}[.!?]["”’]?)(?=\p{Lu}\p{Ll}))/gu

const splitLong = (text: string, span: Span, max: number): ReadonlyArray<Span> => {
  if (span.end - span.start <= max) return [span]
  const pieces: Array<Span> = []
  let from = span.start
  // lookbehind room before the span, so the slice sees the same context as the text
  const sliceStart = Math.max(0, span.start - 4)
  const slice = text.slice(sliceStart, span.end)
  SOFT_BREAK.lastIndex = span.start - sliceStart
  for (let m = SOFT_BREAK.exec(slice); m !== null; m = SOFT_BREAK.exec(slice)) {
    if (m[0].length === 0) SOFT_BREAK.lastIndex++
    const cut = sliceStart + m.index + m[0].length
    if (cut <= from) continue
    if (cut >= span.end) break
    const piece = trimRange(text, from, cut)
    if (piece.end > piece.start) pieces.push(piece)
    from = cut
  }
  const lastPiece = trimRange(text, from, span.end)
  if (lastPiece.end > lastPiece.start) pieces.push(lastPiece)
  const target = Math.max(200, Math.floor(max / 2))
  const out: Array<Span> = []
  for (const p of pieces) {
    if (p.end - p.start <= max) {
      out.push(p)
      continue
    }
    let s = p.start
    for (const e of sentenceEnds(text, p.start, p.end)) {
      if (e - s >= target) {
        const r = trimRange(text, s, e)
        if (r.end > r.start) out.push(r)
        s = e
      }
    }
    const r = trimRange(text, s, p.end)
    if (r.end > r.start) out.push(r)
  }
  return out
}

// -------------------------------------------------------------------------------------
// internal: publication date inferred from the body
// -------------------------------------------------------------------------------------

const RECENCY = /\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening)|earlier today|last night)\b/iu

/**
 * Only one inference is principled enough: a sentence that ties the writing day to a full
 * date ("Today, June 3, 2024, the court ruled", "yesterday (June 2, 2024)"). A weekday with a
 * date is not enough: in wire style that is how photo captions and older events are dated
 * (measured on FNC-1 bodies, it mostly found captions). Month names or weekdays without a
 * year are never enough: the year would be a guess.
 */
const nextDay = (isoDay: string): string => {
  const d = new Date(`${isoDay}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

const inferPublished = (text: string, paragraphs: ReadonlyArray<Span>): Published | null => {
  let best: { date: ParsedDate; span: Span } | null = null
  let budget = 50_000
  for (const p of paragraphs) {
    if (budget <= 0) break
    const end = Math.min(p.end, p.start + budget)
    budget -= end - p.start
    let s = p.start
    for (const e of [...sentenceEnds(text, p.start, end), end]) {
      const sentence = text.slice(s, e)
      const cue = /\b(?:1[89]|20)\d{2}\b/.test(sentence) ? RECENCY.exec(sentence) : null
      if (cue !== null) {
        // "yesterday" and "last night" date the day before the writing day
        const shift = /^(?:yesterday|last night)$/iu.test(cue[0]) ? 1 : 0
        for (const hit of chronoDates(sentence)) {
          if (hit.precision === 'year' || hit.precision === 'month') continue
          const day = shift === 0 ? hit.iso.slice(0, 10) : nextDay(hit.iso.slice(0, 10))
          if (best === null || day > best.date.iso) {
            best = { date: { iso: day, precision: 'day' }, span: { start: s + hit.index, end: s + hit.index + hit.length } }
          }
        }
      }
      s = e
    }
  }
  return best === null ? null : { iso: best.date.iso, precision: best.date.precision, source: 'inferred', span: best.span }
}

// -------------------------------------------------------------------------------------
// internal: tail boilerplate cut from the end of a paragraph
// -------------------------------------------------------------------------------------

const SENTENCE_GAP = /(?:[.!?…:"”’')\]*]\s*|\s{2,}|\u00a0\s*)$/u

interface TailCut {
  readonly end: number
  readonly boilerplate: ReadonlyArray<Boilerplate>
  readonly outlets: ReadonlyArray<Outlet>
}

/** Strips footers written inline at the end of a paragraph ("... sanctions. MH/PA All Content by X is licensed ..."). */
const cutInlineTail = (registry: OutletRegistry, text: string, unit: Span): TailCut => {
  const found: Array<Boilerplate> = []
  const outlets: Array<Outlet> = []
  let end = unit.end
  for (let guard = 0; guard < 12 && end > unit.start; guard++) {
    const winStart = Math.max(unit.start, end - 700)
    const win = text.slice(winStart, end)
    let cut: { start: number; kind: BoilerplateKind } | null = null
    const lower = win.toLowerCase()
    for (const p of PATTERNS) {
      if (p.hint !== null && !lower.includes(p.hint)) continue
      const m = p.atEnd.exec(win)
      if (m === null || m[0].trim() === '') continue
      const start = winStart + m.index
      if (start <= unit.start) continue
      const before = text.slice(unit.start, start)
      const boundary = p.strong ? /(?:^|[\s\u00a0])$/u.test(before) && !/[\p{L}\p{N}]$/u.test(before) : SENTENCE_GAP.test(before)
      if (!boundary) continue
      if (cut === null || start < cut.start) cut = { start, kind: p.kind }
    }
    if (cut === null) {
      // a trailing outlet name after a sentence end: "... countries. Fars News Agency"
      const tail = /(?<=[.!?…"”’)]\s+)([^.!?\n]{3,60}?)\s*$/u.exec(win)
      if (tail !== null) {
        const name = tail[1]!
        const at = winStart + tail.index
        const o = outletFromName(registry, name, 'signoff', { start: at, end: at + name.length }, looksLikeOutletName(name))
        if (O.isSome(o) && at > unit.start) {
          outlets.push(o.value)
          found.push({ kind: 'signoff', text: name, start: at, end: at + name.length })
          end = trimRange(text, unit.start, at).end
          continue
        }
      }
      break
    }
    const r = trimRange(text, cut.start, end)
    found.push({ kind: cut.kind, text: text.slice(r.start, r.end), start: r.start, end: r.end })
    if (cut.kind === 'licence') {
      const o = licenceOutlet(registry, text, r)
      if (O.isSome(o)) outlets.push(o.value)
    }
    end = trimRange(text, unit.start, cut.start).end
  }
  return { end, boilerplate: found.reverse(), outlets }
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const RANK: Readonly<Record<OutletEvidence, number>> = {
  licence: 0,
  signoff: 1,
  header: 2,
  byline: 3,
  dateline: 4,
  metadata: 5,
  mention: 6
}

/**
 * Parses one raw article. The text is kept exactly as given (BOM, CRLF, NBSP and all); every
 * span in the result indexes it. Finds the outlet from the text's own signatures (licence and
 * copyright lines, sign-off lines, bylines, dateline agency codes, registry signatures), else
 * from `input.outlet`; the dateline; the publication date from a header line, else the input's
 * metadata, else (carefully) from the body; byline, title, news id; paragraphs (a one-line
 * article is split at soft breaks and sentence boundaries); boilerplate set apart with its
 * kind; and the sources the body cites.
 *
 * Dates keep the wall-clock time as written (a zone offset in metadata is dropped, never
 * converted), truncated to the precision the source gives. The body is used for a date only
 * when a sentence marks an event as recent ("on Monday", "yesterday") and gives its full date
 * with the year; months or weekdays without a year are never turned into a guessed year.
 *
 * Errors: `DecodeError` for an empty id, `TooLarge` past `maxChars`, `EmptyInput` for empty or
 * whitespace-only text, `NotText` for binary data (control characters over 1% of the text, or
 * mostly U+FFFD). Never throws.
 *
 * @example
 * import { ingestText } from 'gainsay'
 * import * as E from 'fp-ts/Either'
 * const text = 'Talks stall again\n\nGENEVA (AP) — Negotiators left without a deal on Friday, officials told Reuters.\n\nCopyright 2024 The Associated Press. All rights reserved.'
 * const article = ingestText({ id: 'a1', text })
 * E.isRight(article) && article.right.outlet?.name // 'The Associated Press'
 * E.isRight(article) && article.right.dateline?.text // 'GENEVA'
 *
 * @since 0.1.0
 */
export const ingestText = (input: RawArticle, options: IngestOptions = {}): E.Either<GainsayError, Article> => {
  const registry = options.registry ?? defaultOutletRegistry
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS
  const maxParagraph = Math.max(200, options.maxParagraph ?? 1200)
  // callers from plain JavaScript may pass anything: refuse it as data, never throw
  if (typeof input !== 'object' || input === null) {
    return E.left(gainsayError('DecodeError', '(no id)', null, 'expected a RawArticle object { id, text }'))
  }
  const record = typeof input.id === 'string' && input.id.trim() !== '' ? input.id : '(no id)'
  if (typeof input.id !== 'string' || input.id.trim() === '') {
    return E.left(gainsayError('DecodeError', record, 'id', 'must be a non-empty string'))
  }
  if (typeof input.text !== 'string') {
    return E.left(gainsayError('DecodeError', record, 'text', 'must be a string'))
  }
  const text = input.text
  if (text.length > maxChars) {
    return E.left(gainsayError('TooLarge', record, 'text', `is ${text.length} characters, over the limit of ${maxChars}`))
  }
  const sc = scan(text)
  if (text.length === 0) return E.left(gainsayError('EmptyInput', record, 'text', 'is empty'))
  const lines = splitLines(text)
  if (lines.every((l) => l.tEnd === l.tStart)) return E.left(gainsayError('EmptyInput', record, 'text', 'is whitespace only'))
  if (sc.controls > 0 && sc.controls > Math.max(1, sc.visible * 0.01)) {
    return E.left(gainsayError('NotText', record, 'text', `looks like binary data (${sc.controls} control characters)`))
  }
  if (sc.replacements > 0 && sc.replacements > sc.visible * 0.3) {
    return E.left(gainsayError('NotText', record, 'text', `is mostly undecodable (${sc.replacements} U+FFFD replacement characters)`))
  }
  const warnings: Array<string> = []
  if (sc.controls > 0) warnings.push(`${sc.controls} control character(s) in the text`)
  if (sc.replacements > 0) warnings.push(`${sc.replacements} U+FFFD replacement character(s): the source may not have been valid UTF-8`)

  const boilerplate: Array<Boilerplate> = []
  const outlets: Array<Outlet> = []
  const used = new Set<number>()
  const nonBlank = lines.map((l, i) => (l.tEnd > l.tStart ? i : -1)).filter((i) => i >= 0)
  const lineText = (l: Line): string => text.slice(l.tStart, l.tEnd)
  const addBoiler = (kind: BoilerplateKind, l: Line): void => {
    boilerplate.push({ kind, text: lineText(l), start: l.tStart, end: l.tEnd })
  }

  // --- head: dates, news ids, bylines, title ---
  let published: Published | null = null
  let newsId: string | null = null
  let author: TextSpan | null = null
  let title: TextSpan | null = null
  const headCount = Math.min(nonBlank.length - 1, 8)
  for (let k = 0; k < headCount; k++) {
    const i = nonBlank[k]!
    const l = lines[i]!
    const d: ReturnType<typeof headerDate> = published === null ? headerDate(text, l) : null
    if (d !== null) {
      published = { iso: d.date.iso, precision: d.date.precision, source: 'header', span: d.span }
      addBoiler('header', l)
      used.add(i)
      continue
    }
    if (isDateLine(lineText(l))) {
      addBoiler('header', l)
      used.add(i)
      continue
    }
    const id: RegExpExecArray | null = newsId === null ? NEWS_ID_PATTERN.exec(lineText(l)) : null
    if (id !== null) {
      newsId = id[1]!
      addBoiler('header', l)
      used.add(i)
      continue
    }
    const b: BylineHit | null = author === null ? byline(registry, text, l) : null
    if (b !== null) {
      author = b.author
      if (O.isSome(b.outlet)) outlets.push(b.outlet.value)
      addBoiler('header', l)
      used.add(i)
      continue
    }
    // page furniture at the top ("Print", "Share this", tag lists), but never a form opener
    const furniture = lineText(l).length <= 300 ? wholeLineKind(lineText(l)) : undefined
    if (furniture !== undefined && !furniture.opensForm && (furniture.kind === 'share' || furniture.kind === 'other' || furniture.kind === 'tagline')) {
      addBoiler(furniture.kind, l)
      used.add(i)
    }
  }
  // title: the first line not taken as a header, short, no final period, then a blank line
  {
    const firstFree = nonBlank.find((i) => !used.has(i))
    if (firstFree !== undefined) {
      const l = lines[firstFree]!
      const next = lines[firstFree + 1]
      const nextFree = nonBlank.find((i) => i > firstFree && !used.has(i))
      const blankAfter = next === undefined || next.tEnd === next.tStart || used.has(firstFree + 1)
      if (nextFree !== undefined && blankAfter && isTitleLike(text, l) && dateline(registry, text, { start: l.tStart, end: l.tEnd }, true) === null) {
        title = { text: lineText(l), start: l.tStart, end: l.tEnd }
        used.add(firstFree)
      }
    }
  }

  // --- tail: comment forms, footers, sign-offs (whole lines, walking back from the end) ---
  const free = nonBlank.filter((i) => !used.has(i))
  const firstBody = free[0]
  let tailFrom = free.length
  {
    // A form or link-list opener ("Leave a Reply", "Related Articles") takes the lines after it
    // while they are boilerplate or short link-like lines; prose after it is body again (scraped
    // pages put such blocks mid-article).
    const windowStart = Math.max(1, free.length - 25)
    for (let k = windowStart; k < free.length; k++) {
      const l = lines[free[k]!]!
      const p = wholeLineKind(lineText(l))
      if (p === undefined || !p.opensForm || text.length - l.tStart >= 8000) continue
      let j = k
      for (; j < free.length; j++) {
        const lj = lines[free[j]!]!
        const sj = lineText(lj)
        const own = wholeLineKind(sj)
        const linkLike = sj.length <= 120 && !TERMINAL_PROSE.test(sj)
        if (j > k && own === undefined && !linkLike) break
        addBoiler(own?.kind ?? p.kind, lj)
        used.add(free[j]!)
      }
      if (j === free.length) {
        tailFrom = k
        break
      }
      k = j - 1
    }
    for (let k = tailFrom - 1; k >= 1 && k >= tailFrom - 12; k--) {
      const i = free[k]!
      if (used.has(i)) continue
      const l = lines[i]!
      const s = lineText(l)
      const p = wholeLineKind(s)
      if (p !== undefined) {
        addBoiler(p.kind, l)
        used.add(i)
        if (p.kind === 'licence') {
          const o = licenceOutlet(registry, text, { start: l.tStart, end: l.tEnd })
          if (O.isSome(o)) outlets.push(o.value)
        }
        tailFrom = k
        continue
      }
      const source = /^(?:Sources?|Via|Courtesy of)\s*:?\s+(.{2,80}?)(?:\s*(?:,|;|\/|&|\band\b)\s*.*)?$/iu.exec(s)
      if (source !== null) {
        const at = l.tStart + /^(?:Sources?|Via|Courtesy of)\s*:?\s+/iu.exec(s)![0].length
        const o = outletFromName(registry, source[1]!, 'signoff', { start: at, end: at + source[1]!.length }, looksLikeOutletName(source[1]!))
        if (O.isSome(o)) {
          outlets.push(o.value)
          addBoiler('signoff', l)
          used.add(i)
          tailFrom = k
          continue
        }
      }
      if (s.length <= 80) {
        const o = outletFromName(registry, s, 'signoff', { start: l.tStart, end: l.tEnd }, looksLikeOutletName(s))
        if (O.isSome(o)) {
          outlets.push(o.value)
          addBoiler('signoff', l)
          used.add(i)
          tailFrom = k
          continue
        }
      }
      break
    }
  }

  // --- body units: remaining lines, the last one stripped of inline footers ---
  const bodyLines = nonBlank.filter((i) => !used.has(i))
  const units: Array<{ span: Span; line: number }> = bodyLines.map((i) => ({ span: { start: lines[i]!.tStart, end: lines[i]!.tEnd }, line: i }))
  const lastUnit = units[units.length - 1]
  if (lastUnit !== undefined) {
    const cut = cutInlineTail(registry, text, lastUnit.span)
    boilerplate.push(...cut.boilerplate)
    outlets.push(...cut.outlets)
    if (cut.end <= lastUnit.span.start) units.pop()
    else units[units.length - 1] = { span: { start: lastUnit.span.start, end: cut.end }, line: lastUnit.line }
  }

  // --- dateline (first unit) and agency codes ("RNA -") in the first units ---
  let datelineSpan: TextSpan | null = null
  for (let k = 0; k < Math.min(3, units.length); k++) {
    const d = dateline(registry, text, units[k]!.span, k === 0 && units[k]!.line === firstBody)
    if (d === null) continue
    if (d.place !== null && datelineSpan === null) datelineSpan = d.place
    if (O.isSome(d.outlet)) outlets.push(d.outlet.value)
    if (d.extra !== null && published === null) {
      const hit = chronoDates(d.extra.text)[0]
      if (hit !== undefined && hit.precision !== 'year') {
        published = { iso: hit.iso, precision: hit.precision, source: 'header', span: { start: d.extra.start + hit.index, end: d.extra.start + hit.index + hit.length } }
      }
    }
    break
  }

  // --- registry signatures (head and tail regions) ---
  for (const s of [
    ...findSignatures(registry, text, 0, Math.min(text.length, 3000)),
    ...(text.length > 3000 ? findSignatures(registry, text, Math.max(3000, text.length - 3000), text.length) : [])
  ]) {
    outlets.push({ id: s.entry.id, name: s.entry.name, evidence: s.evidence, span: { start: s.start, end: s.end } })
  }

  // --- paragraphs: merge hard-wrapped lines, split over-long runs ---
  const merged: Array<Span> = []
  let prevLine = -2
  for (const u of units) {
    const prev = merged[merged.length - 1]
    const prevText = prev === undefined ? '' : text.slice(prev.start, prev.end)
    const startsLower = /^[\p{Ll}]/u.test(text.slice(u.span.start, u.span.start + 1))
    const wrapped = prev !== undefined && u.line === prevLine + 1 && !TERMINAL.test(prevText) && (startsLower || prevText.length >= 60)
    if (wrapped && prev !== undefined) merged[merged.length - 1] = { start: prev.start, end: u.span.end }
    else merged.push(u.span)
    prevLine = u.line
  }
  const paragraphs = merged.flatMap((p) => splitLong(text, p, maxParagraph))
  if (paragraphs.length === 0) warnings.push('no body text found: everything is header or boilerplate')

  // --- outlet: strongest evidence, else metadata ---
  let outlet: Outlet | null = null
  for (const o of outlets) if (outlet === null || RANK[o.evidence] < RANK[outlet.evidence]) outlet = o
  if (input.outlet !== undefined && input.outlet.trim() !== '') {
    const meta = outletFromName(registry, input.outlet, 'metadata', null, true)
    if (outlet === null) outlet = O.toNullable(meta)
    else if (O.isSome(meta) && meta.value.id !== outlet.id) {
      warnings.push(`metadata names outlet "${input.outlet}" but the text is signed by "${outlet.name}"`)
    }
  }
  // an outlet resolved by name alone (signoff of an unknown name) keeps its registry name
  if (outlet !== null && outlet.evidence !== 'metadata') {
    const known = resolveOutletName(registry, outlet.name)
    if (O.isSome(known) && known.value.id !== outlet.id) outlet = { ...outlet, id: known.value.id, name: known.value.name }
  }

  // --- published: header, else metadata, else inferred ---
  if (published === null && input.published !== undefined && input.published.trim() !== '') {
    const iso = parseIsoDate(input.published) ?? chronoDates(input.published)[0] ?? null
    if (iso !== null) published = { iso: iso.iso, precision: iso.precision, source: 'metadata', span: null }
    else warnings.push(`metadata date "${input.published}" could not be parsed`)
  }
  if (published === null && options.inferDate !== false) published = inferPublished(text, paragraphs)

  // --- title from metadata when the text has none but contains it ---
  if (title === null && input.title !== undefined && input.title.trim() !== '') {
    const wanted = input.title.trim()
    const at = text.slice(0, 5000).indexOf(wanted)
    if (at >= 0) title = { text: wanted, start: at, end: at + wanted.length }
  }

  boilerplate.sort((a, b) => a.start - b.start || a.end - b.end)
  const article: Article = {
    id: unsafeId<ArticleId>(input.id),
    text,
    outlet,
    published,
    dateline: datelineSpan,
    byline: author,
    title,
    newsId,
    paragraphs,
    boilerplate,
    citedSources: findCitedSources(text, registry, paragraphs),
    warnings
  }
  return E.right(article)
}
