/**
 * Quotation marks: which characters open and close quotations, and the quoted spans they
 * delimit in a run of paragraphs. Internal to the quotes stage.
 */
import type { Span } from '../../model/common'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** One run of quoted text between an opening and a closing mark (or a paragraph end). */
export interface Quotation {
  /** The quoted pieces, without marks; more than one when the quote spans paragraphs. */
  readonly parts: ReadonlyArray<Span>
  /** Position of the first opening mark. */
  readonly open: number
  /** Position just after the last closing mark (or the end of the last part when unclosed). */
  readonly close: number
  /** Whether single quotation marks delimit it. */
  readonly single: boolean
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const DOUBLE_OPEN = new Set(['\u201c', '\u201e', '\u00ab', '\u201f'])
const DOUBLE_CLOSE = new Set(['\u201d', '\u00bb'])
const SINGLE_OPEN = new Set(['\u2018', '\u2039'])

const isSpaceCode = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000
const isSpaceAt = (text: string, i: number): boolean => i < 0 || i >= text.length || isSpaceCode(text.charCodeAt(i))
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch)
/** Characters that may stand just before an opening mark. */
const BEFORE_OPEN = /[\s([{\u2014\u2013\-/:;,]/u
/** Characters that may stand just after a closing mark. */
const AFTER_CLOSE = /[\s,.;:!?)\]}\u2014\u2013\-\u2026'\u2019"\u201d]/u

type Role = 'open' | 'close' | 'none'

/** The role of a double mark at `i`: curly marks have a fixed role, straight ones depend on context. */
const doubleRole = (text: string, i: number): Role => {
  const ch = text[i]!
  if (DOUBLE_OPEN.has(ch)) return 'open'
  if (DOUBLE_CLOSE.has(ch)) return 'close'
  if (ch !== '"') return 'none'
  const before = i === 0 ? ' ' : text[i - 1]!
  const after = i + 1 >= text.length ? ' ' : text[i + 1]!
  const canOpen = (BEFORE_OPEN.test(before) || DOUBLE_OPEN.has(before) || SINGLE_OPEN.has(before)) && !isSpaceAt(text, i + 1)
  const canClose = !isSpaceAt(text, i - 1) && (AFTER_CLOSE.test(after) || i + 1 >= text.length)
  if (canOpen && !canClose) return 'open'
  if (canClose && !canOpen) return 'close'
  return 'none'
}

/** Trims white space from both ends of [s, e), and a trailing comma (the frame's, not the quote's). */
const trimContent = (text: string, s: number, e: number): Span => {
  let a = s
  let b = e
  while (a < b && isSpaceAt(text, a)) a++
  while (b > a && isSpaceAt(text, b - 1)) b--
  if (b > a && text[b - 1] === ',') b--
  while (b > a && isSpaceAt(text, b - 1)) b--
  return { start: a, end: b }
}

const firstVisible = (text: string, from: number, to: number): number => {
  let k = from
  while (k < to && isSpaceAt(text, k)) k++
  return k
}

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

/**
 * Finds double-quoted spans in the paragraphs (in order), then single-quoted spans outside
 * them. A quotation left open at the end of a paragraph continues when the next paragraph
 * opens with a quotation mark (the convention for multi-paragraph quotes).
 */
export const findQuotations = (text: string, paragraphs: ReadonlyArray<Span>): ReadonlyArray<Quotation> => {
  const out: Quotation[] = []
  let pending: { parts: Span[]; open: number; keep: boolean } | null = null
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const para = paragraphs[pi]!
    let openAt = -1
    let parts: Span[] = []
    let firstOpen = -1
    const first = firstVisible(text, para.start, para.end)
    if (pending !== null) {
      if (first < para.end && doubleRole(text, first) === 'open') {
        parts = pending.parts
        firstOpen = pending.open
      } else {
        flushUnclosed(text, pending, out)
      }
      pending = null
    }
    const doubles: Quotation[] = []
    const marks = /["\u201c\u201d\u00ab\u00bb\u201e\u201f]/g
    marks.lastIndex = para.start
    for (let mm = marks.exec(text); mm !== null && mm.index < para.end; mm = marks.exec(text)) {
      const i = mm.index
      const role = doubleRole(text, i)
      if (role === 'open') {
        if (openAt !== -1 && parts.length === 0) firstOpen = -1
        openAt = i
        if (firstOpen === -1) firstOpen = i
      } else if (role === 'close' && openAt !== -1) {
        const content = trimContent(text, openAt + 1, i)
        const all = content.end > content.start ? [...parts, content] : parts
        if (all.length > 0) doubles.push({ parts: all, open: firstOpen, close: i + 1, single: false })
        openAt = -1
        firstOpen = -1
        parts = []
      }
    }
    if (openAt !== -1) {
      const content = trimContent(text, openAt + 1, para.end)
      const all = content.end > content.start ? [...parts, content] : parts
      // It may run on into the next paragraph; left unclosed, only one that opened the paragraph is kept.
      if (all.length > 0) pending = { parts: all, open: firstOpen, keep: openAt === first || parts.length > 0 }
    }
    out.push(...doubles)
    out.push(...singleQuotations(text, para, doubles))
  }
  if (pending !== null) flushUnclosed(text, pending, out)
  return out.sort((a, b) => a.open - b.open)
}

const flushUnclosed = (text: string, pending: { parts: Span[]; open: number; keep: boolean }, out: Quotation[]): void => {
  const last = pending.parts[pending.parts.length - 1]
  if (last === undefined || !pending.keep) return
  // An unclosed quote that ran to a paragraph end: keep it if it reads like speech (a few words).
  const words = pending.parts.reduce((n, p) => n + text.slice(p.start, p.end).split(/\s+/).length, 0)
  if (words >= 4) out.push({ parts: pending.parts, open: pending.open, close: last.end, single: false })
}

/** Single-quoted spans (‘…’ or '…') in `para`, outside the double-quoted spans. */
const singleQuotations = (text: string, para: Span, doubles: ReadonlyArray<Quotation>): ReadonlyArray<Quotation> => {
  const out: Quotation[] = []
  const inside = (i: number): boolean => doubles.some((d) => i >= d.open && i < d.close)
  const opens = /['\u2018\u2039]/g
  opens.lastIndex = para.start
  for (let om = opens.exec(text); om !== null && om.index < para.end; om = opens.exec(text)) {
    const i = om.index
    if (inside(i)) continue
    const before = i === 0 ? ' ' : text[i - 1]!
    if (!(BEFORE_OPEN.test(before) || DOUBLE_OPEN.has(before) || i === para.start)) continue
    if (!isWordChar(text[i + 1])) continue
    const limit = Math.min(para.end, i + 400)
    let close = -1
    const closes = /['\u2019\u203a]/g
    closes.lastIndex = i + 2
    for (let cm = closes.exec(text); cm !== null && cm.index < limit; cm = closes.exec(text)) {
      const j = cm.index
      if (isWordChar(text[j + 1])) continue // an apostrophe inside a word
      if (isSpaceAt(text, j - 1)) continue
      // Plural possessive ("the workers’ union"): s + mark + space + lower-case word.
      if (text[j - 1] === 's' && /^\s+\p{Ll}/u.test(text.slice(j + 1, j + 4)) && !/^\s+(?:he|she|they|it|said|says|added|told|the|a|an|and|but|or)\b/.test(text.slice(j + 1, j + 12))) continue
      if (j + 1 < text.length && !AFTER_CLOSE.test(text[j + 1]!)) continue
      close = j
      break
    }
    if (close === -1) continue
    const content = trimContent(text, i + 1, close)
    if (content.end > content.start) out.push({ parts: [content], open: i, close: close + 1, single: true })
    opens.lastIndex = close + 1
  }
  return out
}
