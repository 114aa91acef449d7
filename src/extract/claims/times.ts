/**
 * Time expressions resolved against an article's publication date.
 *
 * @since 0.1.0
 */
import * as chrono from 'chrono-node'
import type { DatePrecision, Published } from '../../model/article'
import type { Span } from '../../model/common'
import type { TimeExpression } from '../../model/claim'
import { clampRange } from './matcher'

// -------------------------------------------------------------------------------------
// internals: calendar arithmetic on UTC days
// -------------------------------------------------------------------------------------

interface Day {
  readonly y: number
  readonly m: number // 1-12
  readonly d: number
}

const toDate = (x: Day): Date => new Date(Date.UTC(x.y, x.m - 1, x.d))
const fromDate = (d: Date): Day => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() })
const addDays = (x: Day, n: number): Day => fromDate(new Date(toDate(x).getTime() + n * 86_400_000))
const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate()
const addMonths = (x: Day, n: number): Day => {
  const idx = x.y * 12 + (x.m - 1) + n
  const y = Math.floor(idx / 12)
  const m = (idx % 12) + 1
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) }
}
const iso = (x: Day): string =>
  `${String(x.y).padStart(4, '0')}-${String(x.m).padStart(2, '0')}-${String(x.d).padStart(2, '0')}`
const cmp = (a: Day, b: Day): number => a.y - b.y || a.m - b.m || a.d - b.d
const weekday = (x: Day): number => toDate(x).getUTCDay() // 0 Sunday
const monthStart = (y: number, m: number): Day => ({ y, m, d: 1 })
const monthEnd = (y: number, m: number): Day => ({ y, m, d: daysInMonth(y, m) })

interface Resolved {
  readonly from: Day
  readonly to: Day
  readonly precision: DatePrecision
}

const PRECISION_ORDER: ReadonlyArray<DatePrecision> = ['year', 'month', 'day', 'hour', 'minute', 'second']
const coarser = (a: DatePrecision, b: DatePrecision): DatePrecision =>
  PRECISION_ORDER.indexOf(a) <= PRECISION_ORDER.indexOf(b) ? a : b

/** The publication date as a range of possible days. */
const publishedRange = (p: Published | null): { readonly lo: Day; readonly hi: Day; readonly precision: DatePrecision } | null => {
  if (p === null) return null
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(p.iso)
  if (m === null) return null
  const y = Number(m[1])
  if (m[2] === undefined) return { lo: monthStart(y, 1), hi: monthEnd(y, 12), precision: 'year' }
  const mo = Number(m[2])
  if (mo < 1 || mo > 12) return null
  if (m[3] === undefined) return { lo: monthStart(y, mo), hi: monthEnd(y, mo), precision: 'month' }
  const d = Number(m[3])
  if (d < 1 || d > daysInMonth(y, mo)) return null
  return { lo: { y, m: mo, d }, hi: { y, m: mo, d }, precision: 'day' }
}

const MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^jan/i, 1], [/^feb/i, 2], [/^mar/i, 3], [/^apr/i, 4], [/^may/i, 5], [/^jun/i, 6],
  [/^jul/i, 7], [/^aug/i, 8], [/^sep/i, 9], [/^oct/i, 10], [/^nov/i, 11], [/^dec/i, 12]
]
const monthNumber = (s: string): number => MONTHS.find(([re]) => re.test(s))?.[1] ?? 0
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
const NUMBER_WORD: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, few: 3, several: 3
}

const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)'
const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
const YEAR_RE = '(?:1[89]\\d\\d|20\\d\\d)'
const ci = (w: string): string => w.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`)
const LEAD = `(?:(?:${ci('at')}|${ci('in the')}) (?:dawn|dusk|noon|midnight|night|morning|afternoon|evening) )?(?:(?:${['back in', 'earlier in', 'later in', 'since', 'until', 'by', 'during', 'in', 'on', 'of'].map(ci).join('|')}) (?:the )?)?`

type Kind =
  | { readonly _tag: 'dayMonth'; readonly month: number; readonly day: number; readonly year: number | null }
  | { readonly _tag: 'partMonth'; readonly part: string; readonly month: number; readonly year: number | null }
  | { readonly _tag: 'month'; readonly month: number; readonly year: number | null; readonly deixis: string | null }
  | { readonly _tag: 'partYear'; readonly part: string; readonly year: number }
  | { readonly _tag: 'year'; readonly year: number }
  | { readonly _tag: 'weekday'; readonly wd: number; readonly deixis: string | null }
  | { readonly _tag: 'unit'; readonly deixis: string; readonly unit: string }
  | { readonly _tag: 'pastN'; readonly n: number; readonly unit: string }
  | { readonly _tag: 'ago'; readonly n: number; readonly unit: string }
  | { readonly _tag: 'named'; readonly word: string }
  | { readonly _tag: 'unresolvable' }
  | { readonly _tag: 'absolute'; readonly day: Day; readonly precision: DatePrecision }

interface Candidate {
  readonly start: number
  readonly end: number
  readonly kind: Kind
}

const num = (s: string | undefined): number => {
  if (s === undefined) return 1
  const w = s.toLowerCase()
  return NUMBER_WORD[w] ?? (Number.isFinite(Number(w)) ? Number(w) : 1)
}

const unitOf = (s: string): string => s.toLowerCase().replace(/s$/, '')

const PATTERNS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => Kind | null]> = [
  [
    new RegExp(`\\b${LEAD}(early|mid|late)[- ](${MONTH_RE})(?:,? (${YEAR_RE}))?(?![\\w])`, 'g'),
    (m) => ({ _tag: 'partMonth', part: (m[1] ?? '').toLowerCase(), month: monthNumber(m[2] ?? ''), year: m[3] !== undefined ? Number(m[3]) : null })
  ],
  [
    new RegExp(`\\b${LEAD}(${MONTH_RE}) (\\d{1,2})(?:st|nd|rd|th)?(?:,? (${YEAR_RE}))?(?![\\w:])`, 'g'),
    (m) => ({ _tag: 'dayMonth', month: monthNumber(m[1] ?? ''), day: Number(m[2]), year: m[3] !== undefined ? Number(m[3]) : null })
  ],
  [
    new RegExp(`\\b${LEAD}(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_RE})(?:,? (${YEAR_RE}))?(?![\\w])`, 'g'),
    (m) => ({ _tag: 'dayMonth', month: monthNumber(m[2] ?? ''), day: Number(m[1]), year: m[3] !== undefined ? Number(m[3]) : null })
  ],
  [
    new RegExp(`\\b${LEAD}(?:(${ci('this')}|${ci('last')}|${ci('next')}|${ci('past')}) )?(${MONTH_RE})(?:,? (${YEAR_RE}))?(?![\\w])`, 'g'),
    (m) => ({ _tag: 'month', month: monthNumber(m[2] ?? ''), year: m[3] !== undefined ? Number(m[3]) : null, deixis: m[1]?.toLowerCase() ?? null })
  ],
  [
    new RegExp(`\\b${LEAD}(early|mid|late)[- ](${YEAR_RE})(?![\\w])`, 'gi'),
    (m) => ({ _tag: 'partYear', part: (m[1] ?? '').toLowerCase(), year: Number(m[2]) })
  ],
  [
    new RegExp(`\\b(?:(?:${['in', 'since', 'until', 'by', 'during', 'of'].map(ci).join('|')}) )(${YEAR_RE})(?![\\w%,.]\\d|[\\w%])`, 'g'),
    (m) => ({ _tag: 'year', year: Number(m[1]) })
  ],
  [
    new RegExp(`\\b(?:(?:${['on', 'since', 'until', 'by', 'early', 'late'].map(ci).join('|')}) )?(?:(${['last', 'this', 'next', 'coming'].map(ci).join('|')}) )?(${WEEKDAY_RE})(?: (?:morning|afternoon|evening|night))?(?![\\w])`, 'g'),
    (m) => ({ _tag: 'weekday', wd: WEEKDAYS.indexOf((m[2] ?? '').toLowerCase()), deixis: m[1]?.toLowerCase() ?? (/^last /i.test(m[0]) ? 'last' : /^next /i.test(m[0]) ? 'next' : null) })
  ],
  [
    /\b(?:(?:in|over|during|for) )?the (?:past|last|previous|preceding) (\d+|a|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several) (day|week|month|year)s?(?![\w])/gi,
    (m) => ({ _tag: 'pastN', n: num(m[1]), unit: unitOf(m[2] ?? '') })
  ],
  [
    /\b(?:(?:in|over|during) )?the (?:past|last|previous) (day|week|month|year|decade)(?![\w])/gi,
    (m) => ({ _tag: 'pastN', n: 1, unit: unitOf(m[1] ?? '') })
  ],
  [
    /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several) (day|week|month|year)s? ago(?![\w])/gi,
    (m) => ({ _tag: 'ago', n: num(m[1]), unit: unitOf(m[2] ?? '') })
  ],
  [
    /\b(earlier|later|late|early) (?:this|last) (week|month|year)(?![\w])/gi,
    (m) => ({ _tag: 'unit', deixis: `${(m[1] ?? '').toLowerCase()}-${/last/i.test(m[0]) ? 'last' : 'this'}`, unit: unitOf(m[2] ?? '') })
  ],
  [
    /\b(last|this|next|past|previous|coming) (week|month|year|decade)(?![\w])/gi,
    (m) => ({ _tag: 'unit', deixis: (m[1] ?? '').toLowerCase(), unit: unitOf(m[2] ?? '') })
  ],
  [/\b(yesterday|today|tonight|this morning|this afternoon|this evening|recently|lately)(?![\w])/gi, (m) => ({ _tag: 'named', word: (m[1] ?? '').toLowerCase() })],
  [/\b(?:at the time|the same (?:day|week|month|year)|that (?:day|week|month|year)|at that time)(?![\w])/gi, () => ({ _tag: 'unresolvable' })]
]

/**
 * One cheap necessary condition per pattern (same order as PATTERNS): a segment that fails
 * the gate cannot match the pattern, so the costlier scan is skipped.
 */
const MONTH_GATE = new RegExp(MONTH_RE)
const PATTERN_GATES: ReadonlyArray<RegExp> = [
  MONTH_GATE,
  MONTH_GATE,
  MONTH_GATE,
  MONTH_GATE,
  /(?:early|mid|late)[- ](?:1[89]|20)\d\d/i,
  new RegExp(YEAR_RE),
  new RegExp(WEEKDAY_RE),
  /the (?:past|last|previous|preceding) /i,
  /the (?:past|last|previous) /i,
  / ago/i,
  /(?:earlier|later|late|early) (?:this|last) /i,
  /(?:last|this|next|past|previous|coming) (?:week|month|year|decade)/i,
  /yesterday|today|tonight|this morning|this afternoon|this evening|recently|lately/i,
  /time|same|that /i
]

/** A cheap gate: no time expression can match a segment without a digit or one of these words. */
const HAS_DIGIT = /\d/
const MAY_HAVE_TIME_WORD = new RegExp(`${MONTH_RE}|${WEEKDAY_RE}|\\b(?:week|month|year|decade|day|days|ago|yesterday|today|tonight|morning|afternoon|evening|recently|lately|time)\\b`, 'i')

const FUTURE_CUE = /\b(will|'ll|next|upcoming|scheduled|is set to|are set to|plans? to|is to|are to)\b/i

const resolveAt = (k: Kind, ref: Day, future: boolean): Resolved | null => {
  switch (k._tag) {
    case 'absolute':
      return { from: k.day, to: k.day, precision: k.precision }
    case 'dayMonth': {
      if (k.month < 1 || k.day < 1 || k.day > 31) return null
      let y = k.year ?? ref.y
      if (k.year === null) {
        const cand = { y, m: k.month, d: k.day }
        if (!future && cmp(cand, ref) > 0) y -= 1
        if (future && cmp(cand, ref) < 0) y += 1
      }
      if (k.day > daysInMonth(y, k.month)) return null
      const d = { y, m: k.month, d: k.day }
      return { from: d, to: d, precision: 'day' }
    }
    case 'partMonth':
    case 'month': {
      if (k.month < 1) return null
      let y = k.year ?? ref.y
      if (k.year === null) {
        const deixis = k._tag === 'month' ? k.deixis : null
        if (deixis === 'this') y = ref.y
        else if (deixis === 'next' || (future && deixis === null)) y = k.month < ref.m ? ref.y + 1 : ref.y
        else if (deixis === 'last' || deixis === 'past') y = k.month >= ref.m ? ref.y - 1 : ref.y
        else y = k.month > ref.m ? ref.y - 1 : ref.y
      }
      if (k._tag === 'month') return { from: monthStart(y, k.month), to: monthEnd(y, k.month), precision: 'month' }
      const end = daysInMonth(y, k.month)
      const [a, b] = k.part === 'early' ? [1, 10] : k.part === 'mid' ? [11, 20] : [21, end]
      return { from: { y, m: k.month, d: a }, to: { y, m: k.month, d: b }, precision: 'day' }
    }
    case 'partYear': {
      const [a, b] = k.part === 'early' ? [1, 4] : k.part === 'mid' ? [5, 8] : [9, 12]
      return { from: monthStart(k.year, a), to: monthEnd(k.year, b), precision: 'month' }
    }
    case 'year':
      return { from: monthStart(k.year, 1), to: monthEnd(k.year, 12), precision: 'year' }
    case 'weekday': {
      if (k.wd < 0) return null
      const diff = (weekday(ref) - k.wd + 7) % 7
      if (k.deixis === 'next' || k.deixis === 'coming' || (future && k.deixis !== 'last')) {
        const ahead = (k.wd - weekday(ref) + 7) % 7 || (k.deixis === 'next' ? 7 : 0)
        const d = addDays(ref, ahead)
        return { from: d, to: d, precision: 'day' }
      }
      const back = k.deixis === 'last' && diff === 0 ? 7 : diff
      const d = addDays(ref, -back)
      return { from: d, to: d, precision: 'day' }
    }
    case 'unit': {
      const dx = k.deixis
      const shift = dx === 'last' || dx === 'past' || dx === 'previous' || dx.endsWith('-last') ? -1 : dx === 'next' || dx === 'coming' ? 1 : 0
      if (k.unit === 'week') {
        const monday = addDays(ref, -((weekday(ref) + 6) % 7))
        const s = addDays(monday, shift * 7)
        const e = addDays(s, 6)
        if (dx.startsWith('earlier') && shift === 0) return { from: s, to: ref, precision: 'day' }
        return { from: s, to: e, precision: 'day' }
      }
      if (k.unit === 'month') {
        const base = addMonths({ y: ref.y, m: ref.m, d: 1 }, shift)
        if (dx === 'earlier-this') return { from: monthStart(ref.y, ref.m), to: ref, precision: 'day' }
        if (dx === 'later-this') return { from: ref, to: monthEnd(ref.y, ref.m), precision: 'day' }
        if (dx.startsWith('late')) return { from: { y: base.y, m: base.m, d: 21 }, to: monthEnd(base.y, base.m), precision: 'day' }
        if (dx.startsWith('early')) return { from: monthStart(base.y, base.m), to: { y: base.y, m: base.m, d: 10 }, precision: 'day' }
        return { from: monthStart(base.y, base.m), to: monthEnd(base.y, base.m), precision: 'month' }
      }
      if (k.unit === 'decade') {
        const start = Math.floor(ref.y / 10) * 10 + shift * 10
        return { from: monthStart(start, 1), to: monthEnd(start + 9, 12), precision: 'year' }
      }
      const y = ref.y + shift
      if (dx === 'earlier-this') return { from: monthStart(ref.y, 1), to: ref, precision: 'day' }
      if (dx === 'later-this') return { from: ref, to: monthEnd(ref.y, 12), precision: 'day' }
      if (dx.startsWith('late')) return { from: monthStart(y, 9), to: monthEnd(y, 12), precision: 'month' }
      if (dx.startsWith('early')) return { from: monthStart(y, 1), to: monthEnd(y, 4), precision: 'month' }
      return { from: monthStart(y, 1), to: monthEnd(y, 12), precision: 'year' }
    }
    case 'pastN':
    case 'ago': {
      const n = Math.max(1, Math.min(k.n, 1000))
      const back =
        k.unit === 'day' ? addDays(ref, -n) : k.unit === 'week' ? addDays(ref, -7 * n) : k.unit === 'month' ? addMonths(ref, -n) : k.unit === 'decade' ? addMonths(ref, -120 * n) : addMonths(ref, -12 * n)
      const precision: DatePrecision = k.unit === 'year' || k.unit === 'decade' ? (k._tag === 'ago' ? 'year' : 'day') : k.unit === 'month' && k._tag === 'ago' ? 'month' : 'day'
      if (k._tag === 'ago') return { from: back, to: back, precision }
      return { from: addDays(back, 1), to: ref, precision: 'day' }
    }
    case 'named': {
      if (k.word === 'yesterday') {
        const d = addDays(ref, -1)
        return { from: d, to: d, precision: 'day' }
      }
      if (k.word === 'recently' || k.word === 'lately') return { from: addMonths(ref, -3), to: ref, precision: 'month' }
      return { from: ref, to: ref, precision: 'day' }
    }
    case 'unresolvable':
      return null
  }
}

const isRelative = (k: Kind): boolean =>
  k._tag === 'weekday' || k._tag === 'unit' || k._tag === 'pastN' || k._tag === 'ago' || k._tag === 'named' || k._tag === 'unresolvable' ||
  (k._tag === 'month' && k.deixis !== null)

const needsReference = (k: Kind): boolean =>
  isRelative(k) || ((k._tag === 'dayMonth' || k._tag === 'month' || k._tag === 'partMonth') && k.year === null)

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

/**
 * Finds time expressions in `text` (or `range`) and resolves them against the publication
 * date: "last week", "on Thursday", "June 20", "Sept. 14", "in late August", "In November
 * 2016", "at dawn on June 20", "last year", "in the past year", "three days ago".
 *
 * `from`/`to` are always full ISO days (`YYYY-MM-DD`), an inclusive range; `precision` says
 * how fine the expression is (`year` for "last year", `month` for "in October", `day` for
 * "June 20"). Dates without a year take the most recent one on or before publication (or
 * the next one when the sentence speaks of the future). When the publication date is only
 * known to the month, a relative expression is resolved for every possible publication day
 * and the range widened to cover them all, with precision no finer than the publication's.
 * With no publication date, relative expressions get `from`/`to` null; so do "at the time",
 * "the same month".
 *
 * Absolute numeric dates ("2019-06-20", "6/20/2019") are read with chrono-node.
 *
 * @example
 * import { resolveTimes } from 'gainsay'
 * const published = { iso: '2019-06-24', precision: 'day', source: 'header', span: null } as const
 * resolveTimes('The drone was downed on Thursday.', undefined, published)[0]
 * // { text: 'on Thursday', from: '2019-06-20', to: '2019-06-20', precision: 'day', relative: true, ... }
 *
 * @since 0.1.0
 */
export const resolveTimes = (text: string, range: Span | undefined, published: Published | null): ReadonlyArray<TimeExpression> => {
  const r = clampRange(text, range)
  const segment = text.slice(r.start, r.end)
  const cands: Candidate[] = []
  if (!HAS_DIGIT.test(segment) && !MAY_HAVE_TIME_WORD.test(segment)) return []
  let lastGate: RegExp | undefined
  let lastOpen = true
  for (let p = 0; p < PATTERNS.length; p++) {
    const entry = PATTERNS[p]
    const gate = PATTERN_GATES[p]
    // consecutive patterns sharing a gate test it once
    if (gate !== undefined && gate !== lastGate) {
      lastGate = gate
      lastOpen = gate.test(segment)
    }
    if (entry === undefined || (gate !== undefined && !lastOpen)) continue
    const [g, build] = entry
    // the patterns are compiled once (global flag); each scan starts from the segment's start
    g.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = g.exec(segment)) !== null) {
      if (m[0].length === 0) {
        g.lastIndex++
        continue
      }
      const kind = build(m)
      if (kind !== null) cands.push({ start: r.start + m.index, end: r.start + m.index + m[0].length, kind })
    }
  }
  // numeric dates through chrono (ISO, slashes): only fully specified ones
  try {
    const numeric = /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/\d{2,4}/.test(segment)
    for (const res of numeric ? chrono.strict.parse(segment) : []) {
      if (!/\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4}/.test(res.text) || /[A-Za-z]{3}/.test(res.text)) continue
      if (!res.start.isCertain('year') || !res.start.isCertain('month') || !res.start.isCertain('day')) continue
      const y = res.start.get('year')
      const mo = res.start.get('month')
      const d = res.start.get('day')
      if (y === null || mo === null || d === null) continue
      cands.push({ start: r.start + res.index, end: r.start + res.index + res.text.length, kind: { _tag: 'absolute', day: { y, m: mo, d }, precision: 'day' } })
    }
  } catch {
    /* chrono never throws on text, but nothing here may */
  }
  // longest first, no overlaps
  cands.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))
  const kept: Candidate[] = []
  let edge = -1
  for (const c of cands) {
    if (c.start < edge) continue
    kept.push(c)
    edge = c.end
  }
  if (kept.length === 0) return []
  const pub = publishedRange(published)
  const future = FUTURE_CUE.test(segment)
  return kept.map((c): TimeExpression => {
    const base = { text: text.slice(c.start, c.end), start: c.start, end: c.end, relative: isRelative(c.kind) }
    const refLo: Day | null = pub?.lo ?? null
    const refHi: Day | null = pub?.hi ?? null
    if (needsReference(c.kind) && (refLo === null || refHi === null)) return { ...base, from: null, to: null, precision: null }
    const calendar = !isRelative(c.kind)
    const a = resolveAt(c.kind, (calendar ? refHi : refLo) ?? { y: 2000, m: 1, d: 1 }, future)
    const b = resolveAt(c.kind, refHi ?? { y: 2000, m: 1, d: 1 }, future)
    if (a === null || b === null) return { ...base, from: null, to: null, precision: null }
    const widened = cmp(a.from, b.from) !== 0 || cmp(a.to, b.to) !== 0
    const from = cmp(a.from, b.from) <= 0 ? a.from : b.from
    const to = cmp(a.to, b.to) >= 0 ? a.to : b.to
    const precision = widened && pub !== null ? coarser(a.precision, pub.precision) : a.precision
    return { ...base, from: iso(from), to: iso(to), precision }
  })
}
