/**
 * Publication dates inferred across a corpus: an article without a date header is dated by
 * the events it shares with articles that have one.
 *
 * @since 0.1.0
 */
import type { Article, Published } from '../../model/article'
import type { Copying } from '../../model/cluster'
import type { Span } from '../../model/common'
import { splitSentences } from '../../text/sentences'
import { wordTokens } from '../../text/tokens'
import { STOPWORDS, stem } from '../../text/natural'
import { resolveTimes } from '../claims/times'
import { COUNTRIES } from '../lexicons/countries'
import { REPORTING_VERB_LEMMA } from '../lexicons/reporting-verbs'
import { DATING_SYNONYMS } from './lexicon'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * One piece of evidence about an undated article's publication date, with the bound it puts
 * on it (`after`/`before` are inclusive ISO days; null when this evidence gives none).
 *
 * - `anchor`: a yearless date or weekday in the article ("on Thursday") names an event that a
 *   dated article dates absolutely, with the same weekday or month-day;
 * - `past-event`: the article mentions, as past, an event a dated article dates;
 * - `weekday-chain`: the article's other weekday references, counted from the anchor;
 * - `copied-from`: the article credits a dated article's outlet for text they share;
 * - `explicit`: a date with a year in the article's own text, or "last year (2018-2019)";
 * - `news-peg`: a yearless month-day in the lead, read as the article's news, placed at its
 *   first occurrence on or after the other lower bounds (within a year of an event the article
 *   calls recent).
 *
 * @example
 * import type { DatingEvidence } from 'gainsay'
 * const e: DatingEvidence = { kind: 'anchor', text: 'on Tuesday', start: 30, end: 40, resolved: '2021-03-09', after: '2021-03-09', before: '2021-03-15', other: 'b', otherText: 'sank on March 9, 2021', note: 'same event' }
 *
 * @since 0.1.0
 */
export interface DatingEvidence {
  readonly kind: 'anchor' | 'past-event' | 'weekday-chain' | 'copied-from' | 'explicit' | 'news-peg'
  /** The words in this article the evidence rests on, and where they stand. */
  readonly text: string
  readonly start: number
  readonly end: number
  /** The day (or first day of the month) the words resolve to, when they resolve. */
  readonly resolved: string | null
  /** Publication is on or after this day. */
  readonly after: string | null
  /** Publication is on or before this day. */
  readonly before: string | null
  /** The dated article the evidence comes from, and its words. */
  readonly other: string | null
  readonly otherText: string | null
  readonly note: string
}

/**
 * The outcome for one article: the date assigned (null when none could be, or when the
 * article already had one), the window of possible publication days all evidence allows, and
 * the evidence itself.
 *
 * `verdict`: `inferred` (a date was assigned), `dated` (the article had a header or metadata
 * date; it is never overridden), `too-wide` (bounds exist but do not pin a month), `conflict`
 * (bounds contradict each other), `no-evidence`.
 *
 * @example
 * import type { DateInference } from 'gainsay'
 * const d: DateInference = { articleId: 'a', verdict: 'no-evidence', published: null, window: { after: null, before: null }, evidence: [] }
 *
 * @since 0.1.0
 */
export interface DateInference {
  readonly articleId: string
  readonly verdict: 'inferred' | 'dated' | 'too-wide' | 'conflict' | 'no-evidence'
  readonly published: Published | null
  readonly window: { readonly after: string | null; readonly before: string | null }
  readonly evidence: ReadonlyArray<DatingEvidence>
}

/**
 * Options for `inferPublicationDates`.
 *
 * @example
 * import type { DatingOptions } from 'gainsay'
 * const o: DatingOptions = { minShared: 3, dayWindow: 3 }
 *
 * @since 0.1.0
 */
export interface DatingOptions {
  /** Copy records (from `detectCopying`): credited copying gives bounds, and weekdays inside copied text are not the copier's. */
  readonly copying?: ReadonlyArray<Copying>
  /** Content words two mentions must share (one an act) to be the same event (default 3; a timeless past mention needs one more). */
  readonly minShared?: number
  /** Widest window of possible days still reported at day precision (default 3: news appears within a few days of the latest weekday it names). */
  readonly dayWindow?: number
}

// -------------------------------------------------------------------------------------
// internals: days as integers
// -------------------------------------------------------------------------------------

const DAY_MS = 86_400_000
const dayOf = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS)
const isoOf = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10)
const parseIso = (s: string | null): number | null => {
  const m = s === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(s)
  return m === null ? null : dayOf(Number(m[1]), Number(m[2]), Number(m[3]))
}
const weekdayOf = (n: number): number => new Date(n * DAY_MS).getUTCDay()
const monthEndOf = (n: number): number => {
  const d = new Date(n * DAY_MS)
  return dayOf(d.getUTCFullYear(), d.getUTCMonth() + 2, 0)
}
const monthKey = (n: number): string => isoOf(n).slice(0, 7)
const validDay = (y: number, m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate()

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
const monthOf = (w: string): number => MONTHS.indexOf(w.slice(0, 3).toLowerCase()) + 1

// -------------------------------------------------------------------------------------
// internals: keywords
// -------------------------------------------------------------------------------------

/** Words too common in news to tell one event from another. */
const GENERIC = new Set(['against', 'united', 'states', 'state', 'time', 'times', 'case', 'country', 'countries', 'official', 'officials', 'people', 'government', 'also', 'however', 'would', 'could', 'including', 'according'])
const TIME_WORDS = new Set([...WEEKDAYS, 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'sept', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'today', 'yesterday', 'tonight', 'dawn', 'dusk', 'night', 'morning', 'evening', 'afternoon', 'noon', 'midnight', 'last', 'next', 'week', 'month', 'year', 'ago', 'earlier', 'later', 'recent', 'recently', 'since', 'then'])

/** Phrase (as a word list) -> [canonical, is an act], longest phrases first. */
const PHRASES: ReadonlyArray<readonly [ReadonlyArray<string>, string, boolean]> = DATING_SYNONYMS.flatMap((s) =>
  s.phrases.map((p) => [p.split(' '), s.canonical, s.action] as const)
).sort((a, b) => b[0].length - a[0].length)
const FIRST_WORDS = new Set(PHRASES.map(([ws]) => ws[0] ?? ''))
const ACTS = new Set(DATING_SYNONYMS.filter((s) => s.action).map((s) => s.canonical))

/** Country adjectives, demonyms, aliases and capitals -> the country, lower case (news metonymy). */
const COUNTRY_OF: ReadonlyMap<string, string> = new Map(
  COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.adjectives, ...c.demonyms, ...c.capitals].filter((w) => !w.includes(' ')).map((w) => [w.toLowerCase(), c.name.toLowerCase()] as const))
)

interface Word {
  readonly key: string
  readonly start: number
  readonly end: number
}

/** The content words of a span: synonyms folded, countries named alike, stemmed; stop, time and reporting words dropped. */
const contentWords = (text: string, span: Span): ReadonlyArray<Word> => {
  const toks = wordTokens(text, span)
  const norms = toks.map((t) => t.norm.toLowerCase().replace(/[\u2019']s$/, ''))
  const out: Word[] = []
  for (let i = 0; i < toks.length; i++) {
    const n = norms[i] ?? ''
    const tok = toks[i]
    if (tok === undefined) continue
    if (FIRST_WORDS.has(n)) {
      const hit = PHRASES.find(([ws]) => ws.every((w, k) => norms[i + k] === w))
      if (hit !== undefined) {
        const last = toks[i + hit[0].length - 1] ?? tok
        out.push({ key: hit[1], start: tok.start, end: last.end })
        i += hit[0].length - 1
        continue
      }
    }
    const country = COUNTRY_OF.get(n)
    if (country !== undefined) {
      out.push({ key: country, start: tok.start, end: tok.end })
      continue
    }
    const w = n.replace(/\./g, '')
    if (w.length < 3 || STOPWORDS.has(w) || GENERIC.has(w) || TIME_WORDS.has(w) || REPORTING_VERB_LEMMA.has(w) || /\d/.test(w)) continue
    for (const part of w.split('-')) if (part.length >= 3 && !STOPWORDS.has(part)) out.push({ key: stem(part), start: tok.start, end: tok.end })
  }
  return out
}

/** Keys of the words within `radius` words of [start, end). */
const around = (words: ReadonlyArray<Word>, start: number, end: number, radius: number): ReadonlySet<string> => {
  const first = words.findIndex((w) => w.end > start)
  const from = first < 0 ? words.length : first
  let to = from
  while (to < words.length && (words[to]?.start ?? end) < end) to++
  return new Set(words.slice(Math.max(0, from - radius), to + radius).map((w) => w.key))
}

const sharedKeys = (a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlyArray<string> => [...a].filter((k) => b.has(k)).sort()

// -------------------------------------------------------------------------------------
// internals: mentions
// -------------------------------------------------------------------------------------

const FUTURE = /\b(will|'ll|next|upcoming|scheduled|plans? to|is set to|are set to|due to)\b/i
const RADIUS = 10
const POSTING_CAP = 400

/** An event in a dated article with the day (or month) it happened. */
interface DatedEvent {
  readonly articleId: string
  readonly from: number
  readonly to: number
  readonly text: string
  readonly keys: ReadonlySet<string>
}

type Shape =
  | { readonly _tag: 'weekday'; readonly wd: number }
  | { readonly _tag: 'monthDay'; readonly month: number; readonly day: number }
  | { readonly _tag: 'absolute'; readonly from: number; readonly to: number }
  | { readonly _tag: 'other' }

/** The calendar shape of a time expression as written: a bare weekday, a yearless month-day, a date with a year. */
const shapeOf = (text: string, from: string | null, to: string | null): Shape => {
  const t = text.toLowerCase()
  const wd = WEEKDAYS.findIndex((w) => t.includes(w))
  if (wd >= 0 && !/\b(last|next|this|coming|past)\b/.test(t)) return { _tag: 'weekday', wd }
  const hasYear = /\b(1[89]|20)\d\d\b/.test(t)
  const md = /\b([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]{3,9})\b/.exec(t)
  if (md !== null && !hasYear) {
    const month = monthOf(md[1] ?? md[4] ?? '')
    const day = Number(md[2] ?? md[3])
    if (month > 0 && day >= 1 && day <= 31) return { _tag: 'monthDay', month, day }
  }
  const f = parseIso(from)
  const e = parseIso(to)
  if (hasYear && f !== null && e !== null) return { _tag: 'absolute', from: f, to: e }
  return { _tag: 'other' }
}

interface Sentence {
  readonly span: Span
  readonly words: ReadonlyArray<Word>
  readonly future: boolean
  readonly index: number
}

const sentencesOf = (a: Article): ReadonlyArray<Sentence> => {
  const spans = a.paragraphs.length > 0 ? a.paragraphs.flatMap((p) => splitSentences(a.text, p)) : splitSentences(a.text)
  return spans.map((span, index) => ({ span, words: contentWords(a.text, span), future: FUTURE.test(a.text.slice(span.start, span.end)), index }))
}

/** Events a dated article dates to a day (or a month), each with the words around its date. */
const datedEvents = (a: Article, sentences: ReadonlyArray<Sentence>): ReadonlyArray<DatedEvent> =>
  sentences.flatMap((s) =>
    resolveTimes(a.text, s.span, a.published).flatMap((t): ReadonlyArray<DatedEvent> => {
      const from = parseIso(t.from)
      const to = parseIso(t.to)
      if (from === null || to === null || to - from > 31 || (t.precision !== 'day' && t.precision !== 'month') || datesSpeech(a.text, t.start)) return []
      return [{ articleId: a.id, from, to, text: a.text.slice(s.span.start, s.span.end), keys: around(s.words, t.start, t.end, RADIUS) }]
    })
  )

/** Whether two mentions name one event: enough shared words, one of them an act. */
const COUNTRY_KEYS: ReadonlySet<string> = new Set(COUNTRY_OF.values())
const sameEvent = (a: ReadonlySet<string>, b: ReadonlySet<string>, min: number, countriesCount: boolean): ReadonlyArray<string> | null => {
  const shared = sharedKeys(a, b)
  const counted = countriesCount ? shared : shared.filter((k) => !COUNTRY_KEYS.has(k))
  return counted.length >= min && shared.some((k) => ACTS.has(k)) ? shared : null
}

const isInside = (spans: ReadonlyArray<Span>, start: number, end: number): boolean => spans.some((s) => start >= s.start && end <= s.end)

/** Passages of `id` shared with another article, unless `id` is shown to be their source. */
const borrowedSpans = (id: string, copying: ReadonlyArray<Copying>): ReadonlyArray<Span> =>
  copying.flatMap((c) => {
    if (c.a === id && c.direction !== 'a->b') return c.passages.map((p) => ({ start: p.aStart, end: p.aEnd }))
    if (c.b === id && c.direction !== 'b->a') return c.passages.map((p) => ({ start: p.bStart, end: p.bEnd }))
    return []
  })

/** A time expression that dates a speech act ("said on Thursday", "tweeted on Monday"): speakers talk on many days, so it names no event. */
const datesSpeech = (text: string, start: number): boolean => {
  const before = text.slice(Math.max(0, start - 48), start).toLowerCase().split(/[.!?;]\s/).pop() ?? ''
  return [...before.matchAll(/[a-z]+/g)].slice(-7).some((m) => REPORTING_VERB_LEMMA.has(m[0]))
}

/** Words that present an event as recent. */
const RECENT = /\b(recent|recently|last (?:week|month)|earlier this (?:week|month|year)|latest)\b/i

const LAST_YEAR_RANGE = /\b(last|this) year\s*\(([^)]{4,60})\)/gi

// -------------------------------------------------------------------------------------
// internals: one article
// -------------------------------------------------------------------------------------

interface Context {
  readonly index: ReadonlyMap<string, ReadonlyArray<DatedEvent>>
  readonly dated: ReadonlyMap<string, Article>
  /** The copy records touching each article, in input order. */
  readonly copyingOf: ReadonlyMap<string, ReadonlyArray<Copying>>
  readonly minShared: number
  readonly dayWindow: number
}

/**
 * Dated events sharing at least one of `keys` with the mention, read from the postings of the
 * keys that are not too common (a key in more than `POSTING_CAP` events tells no event apart,
 * like a stop word): the cost per mention stays bounded however large the corpus.
 */
const candidatesFor = (ctx: Context, keys: ReadonlySet<string>, self: string): ReadonlyArray<DatedEvent> => {
  const seen = new Set<DatedEvent>()
  for (const k of keys) {
    const list = ctx.index.get(k)
    if (list === undefined || list.length > POSTING_CAP) continue
    for (const e of list) if (e.articleId !== self) seen.add(e)
  }
  return [...seen]
}

/** The best-matching dated event, or null when none matches or the best ones disagree on the date. */
const bestMatch = (
  ctx: Context,
  keys: ReadonlySet<string>,
  self: string,
  min: number,
  accept: (e: DatedEvent) => boolean,
  countriesCount = true
): { readonly event: DatedEvent; readonly shared: ReadonlyArray<string> } | null => {
  const scored = candidatesFor(ctx, keys, self)
    .filter(accept)
    .flatMap((e) => {
      const shared = sameEvent(keys, e.keys, min, countriesCount)
      return shared === null ? [] : [{ event: e, shared }]
    })
    .sort((x, y) => y.shared.length - x.shared.length || x.event.from - y.event.from || (x.event.articleId < y.event.articleId ? -1 : 1))
  const top = scored[0]
  if (top === undefined) return null
  const rivals = scored.filter((s) => s.shared.length === top.shared.length && (s.event.from !== top.event.from || s.event.to !== top.event.to))
  return rivals.length > 0 ? null : top
}

const inferOne = (a: Article, ctx: Context): DateInference => {
  const sentences = sentencesOf(a)
  const copying = ctx.copyingOf.get(a.id) ?? []
  const borrowed = borrowedSpans(a.id, copying)
  const evidence: DatingEvidence[] = []
  const slice = (s: number, e: number): string => a.text.slice(s, e)
  const weekdays: Array<{ readonly wd: number; readonly start: number; readonly end: number; readonly text: string }> = []
  const pegs: Array<{ readonly month: number; readonly day: number; readonly start: number; readonly end: number; readonly text: string }> = []
  let anchor: { readonly day: number; readonly wd: number } | null = null
  // lower bounds from events the article itself presents as recent: a yearless date or a
  // weekday for them, or a recency word beside them ("our recent ...", "last month's ...")
  const recent: number[] = []

  for (const s of sentences) {
    const times = resolveTimes(a.text, s.span, null)
    for (const t of times) {
      const shape = shapeOf(t.text, t.from, t.to)
      const keys = around(s.words, t.start, t.end, RADIUS)
      if (shape._tag === 'absolute') {
        if (!s.future) evidence.push({ kind: 'explicit', text: t.text, start: t.start, end: t.end, resolved: isoOf(shape.from), after: isoOf(shape.from), before: null, other: null, otherText: null, note: 'a date with a year, written as past' })
        continue
      }
      const speech = datesSpeech(a.text, t.start)
      if (shape._tag === 'weekday') {
        const match = speech ? null : bestMatch(ctx, keys, a.id, ctx.minShared, (e) => e.to === e.from && weekdayOf(e.from) === shape.wd)
        if (match !== null && !s.future) {
          evidence.push({ kind: 'anchor', text: t.text, start: t.start, end: t.end, resolved: isoOf(match.event.from), after: isoOf(match.event.from), before: isoOf(match.event.from + 6), other: match.event.articleId, otherText: match.event.text, note: `same event (shared: ${match.shared.join(', ')}), same weekday` })
          if (anchor === null || match.event.from > anchor.day) anchor = { day: match.event.from, wd: shape.wd }
          recent.push(match.event.from)
        } else if (!s.future && !isInside(borrowed, t.start, t.end)) weekdays.push({ wd: shape.wd, start: t.start, end: t.end, text: t.text })
        continue
      }
      if (shape._tag === 'monthDay') {
        const match = speech ? null : bestMatch(ctx, keys, a.id, ctx.minShared, (e) => {
          const d = new Date(e.from * DAY_MS)
          return e.to === e.from && d.getUTCMonth() + 1 === shape.month && d.getUTCDate() === shape.day
        })
        if (match !== null) {
          if (!s.future) recent.push(match.event.from)
          if (!s.future) evidence.push({ kind: 'anchor', text: t.text, start: t.start, end: t.end, resolved: isoOf(match.event.from), after: isoOf(match.event.from), before: null, other: match.event.articleId, otherText: match.event.text, note: `same event (shared: ${match.shared.join(', ')}), same month and day` })
        } else if (!s.future && s.index < 2) pegs.push({ month: shape.month, day: shape.day, start: t.start, end: t.end, text: t.text })
      }
    }
    // events mentioned as past without a date of their own: the article is later
    if (s.future) continue
    for (const w of s.words) {
      if (!ACTS.has(w.key) || times.some((t) => t.start - 60 < w.end && w.start < t.end + 60)) continue
      const keys = around(s.words, w.start, w.end, RADIUS - 2)
      const match = bestMatch(ctx, keys, a.id, ctx.minShared + 1, () => true, false)
      if (match === null) continue
      const called = RECENT.test(a.text.slice(Math.max(s.span.start, w.start - 40), Math.min(s.span.end, w.end + 40)))
      if (called) recent.push(match.event.from)
      if (!evidence.some((e) => e.kind === 'past-event' && e.resolved === isoOf(match.event.from)))
        evidence.push({ kind: 'past-event', text: slice(w.start, w.end), start: w.start, end: w.end, resolved: isoOf(match.event.from), after: isoOf(match.event.from), before: null, other: match.event.articleId, otherText: match.event.text, note: `mentions as past${called ? ', and as recent,' : ''} an event dated elsewhere (shared: ${match.shared.join(', ')})` })
    }
  }

  // the other weekdays, counted forward from the anchor: all lie in the week before publication
  if (anchor !== null) {
    const base = anchor
    for (const w of weekdays) {
      const day = base.day + ((w.wd - base.wd + 7) % 7)
      evidence.push({ kind: 'weekday-chain', text: w.text, start: w.start, end: w.end, resolved: isoOf(day), after: isoOf(day), before: isoOf(day + 6), other: null, otherText: null, note: `first ${WEEKDAYS[w.wd] ?? ''} on or after the anchored ${WEEKDAYS[base.wd] ?? ''} ${isoOf(base.day)}` })
    }
  }

  // "last year (March 2018-March 2019)": the period named ended within the year before publication
  LAST_YEAR_RANGE.lastIndex = 0
  for (let m = LAST_YEAR_RANGE.exec(a.text); m !== null; m = LAST_YEAR_RANGE.exec(a.text)) {
    const inner = m[2] ?? ''
    const parts = [...inner.matchAll(/(?:([A-Za-z]{3,9})\.?\s+)?((?:1[89]|20)\d\d)/g)]
    const last = parts[parts.length - 1]
    if (last === undefined) continue
    const y = Number(last[2])
    const mo = last[1] !== undefined && monthOf(last[1]) > 0 ? monthOf(last[1]) : 12
    const end = monthEndOf(dayOf(y, mo, 1))
    const isLast = (m[1] ?? '').toLowerCase() === 'last'
    const after = isLast ? dayOf(y, mo, 1) : dayOf(Number(parts[0]?.[2] ?? y), 1, 1)
    const before = isLast ? monthEndOf(dayOf(y, mo + 12, 1)) : end
    evidence.push({ kind: 'explicit', text: m[0], start: m.index, end: m.index + m[0].length, resolved: isoOf(end), after: isoOf(after), before: isoOf(before), other: null, otherText: null, note: `"${(m[1] ?? '').toLowerCase()} year" spelled out` })
  }

  // credited copying from a dated article
  for (const c of copying) {
    const src = c.direction === 'a->b' && c.b === a.id ? c.a : c.direction === 'b->a' && c.a === a.id ? c.b : null
    if (src === null || !/credits/.test(c.reason)) continue
    const day = parseIso(ctx.dated.get(src)?.published?.iso ?? null)
    if (day !== null) evidence.push({ kind: 'copied-from', text: c.passages[0]?.text.slice(0, 80) ?? '', start: 0, end: 0, resolved: isoOf(day), after: isoOf(day), before: null, other: src, otherText: null, note: c.reason })
  }

  return decide(a, evidence, pegs, recent, ctx)
}

const decide = (
  a: Article,
  found: ReadonlyArray<DatingEvidence>,
  pegs: ReadonlyArray<{ readonly month: number; readonly day: number; readonly start: number; readonly end: number; readonly text: string }>,
  recent: ReadonlyArray<number>,
  ctx: Context
): DateInference => {
  const evidence = [...found]
  const bounds = (): { readonly lo: number | null; readonly hi: number | null } => {
    const los = evidence.map((e) => parseIso(e.after)).filter((x): x is number => x !== null)
    const his = evidence.map((e) => parseIso(e.before)).filter((x): x is number => x !== null)
    return { lo: los.length === 0 ? null : Math.max(...los), hi: his.length === 0 ? null : Math.min(...his) }
  }
  const pre = bounds()
  // a yearless month-day in the lead is the news: its first occurrence on or after the other
  // lower bounds, provided that is within a year of an event the article calls recent (else
  // the year is a guess)
  const latestRecent = recent.length === 0 ? null : Math.max(...recent)
  const peg = pre.lo === null || latestRecent === null ? undefined : pegs[0]
  let pegDay: number | null = null
  if (peg !== undefined && pre.lo !== null) {
    const y0 = new Date(pre.lo * DAY_MS).getUTCFullYear()
    for (let y = y0; y <= y0 + 1 && pegDay === null; y++) if (validDay(y, peg.month, peg.day) && dayOf(y, peg.month, peg.day) >= pre.lo) pegDay = dayOf(y, peg.month, peg.day)
    if (pegDay !== null && latestRecent !== null && pegDay - latestRecent > 365) pegDay = null
    if (pegDay !== null) evidence.push({ kind: 'news-peg', text: peg.text, start: peg.start, end: peg.end, resolved: isoOf(pegDay), after: isoOf(pegDay), before: null, other: null, otherText: null, note: 'yearless date in the lead: the first one on or after the events the article mentions as past' })
  }
  const { lo, hi } = bounds()
  const window = { after: lo === null ? null : isoOf(lo), before: hi === null ? null : isoOf(hi) }
  const none = (verdict: DateInference['verdict']): DateInference => ({ articleId: a.id, verdict, published: null, window, evidence })
  if (evidence.length === 0) return none('no-evidence')
  if (lo !== null && hi !== null && lo > hi) return none('conflict')
  const inferred = (iso: string, precision: 'day' | 'month'): DateInference => ({
    articleId: a.id,
    verdict: 'inferred',
    published: { iso, precision, source: 'inferred', span: null },
    window,
    evidence
  })
  const pinned = evidence.some((e) => e.kind === 'weekday-chain' || e.kind === 'anchor')
  if (lo !== null && hi !== null && pinned && hi - lo + 1 <= ctx.dayWindow) return inferred(isoOf(lo), 'day')
  if (pegDay !== null && (hi === null || pegDay <= hi) && pegDay === lo) return inferred(monthKey(pegDay), 'month')
  if (lo !== null && hi !== null && monthKey(lo) === monthKey(hi)) return inferred(monthKey(lo), 'month')
  return none('too-wide')
}

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

const hasOwnDate = (a: Article): boolean => a.published !== null && a.published.source !== 'inferred'

/**
 * Infers publication dates for the articles that have none, from the articles that have one
 * (from a header or metadata; inferred dates are never built upon, so errors do not compound).
 *
 * Evidence, each giving a bound on the publication day (see `DatingEvidence`):
 * 1. a bare weekday or yearless month-day in the article whose event (a shared act such as
 *    "shot down"/"downing" plus at least two more shared content words near the date) a dated
 *    article dates to the same weekday or month-day: the article is on or after that day, and
 *    within six days of it for a weekday;
 * 2. the article's other bare weekdays counted forward from that anchor (each within the week
 *    before publication); weekdays in text shared with another article are skipped, since
 *    they count from the source's date;
 * 3. events mentioned as past, without a date, that a dated article dates (one more shared
 *    word is required): the article is later;
 * 4. dates with a year in its own past-tense text, and "last year (March 2018-March 2019)";
 * 5. credited copying from a dated article (`detectCopying` direction by credit, never by dates);
 * 6. a yearless month-day in the first two sentences, read as the news and placed at its
 *    first occurrence on or after the lower bounds, only when that is within a year of an event
 *    the article presents as recent ("our recent ...", or one it dates by weekday or yearless
 *    date); otherwise its year would be a guess.
 *
 * A date is assigned at day precision when an anchor or weekday chain leaves at most
 * `dayWindow` possible days (the earliest is given: the latest day the article names), at month
 * precision when the news peg is the latest lower bound or the window lies inside one month;
 * otherwise none. Header and metadata dates are never changed.
 *
 * @example
 * import { inferPublicationDates, ingestText } from 'gainsay'
 * import * as E from 'fp-ts/Either'
 * const y = ingestText({ id: 'y', text: 'A ferry sank in the Aegean Sea off Lesbos on March 9, 2021, killing four passengers.', published: '2021-03-10' })
 * const x = ingestText({ id: 'x', text: 'Four passengers died when a ferry sank off Lesbos on Tuesday. The coast guard said on Thursday that divers found the wreck.' })
 * if (E.isRight(x) && E.isRight(y)) inferPublicationDates([x.right, y.right])[0]?.published?.iso // '2021-03'
 *
 * @since 0.1.0
 */
export const inferPublicationDates = (articles: ReadonlyArray<Article>, options: DatingOptions = {}): ReadonlyArray<DateInference> => {
  const minShared = Math.max(2, Math.floor(options.minShared ?? 3))
  const dayWindow = Math.max(1, Math.floor(options.dayWindow ?? 3))
  const dated = new Map(articles.filter(hasOwnDate).map((a) => [a.id as string, a]))
  const undated = articles.filter((a) => !dated.has(a.id))
  const index = new Map<string, DatedEvent[]>()
  if (undated.length > 0)
    for (const a of dated.values())
      for (const e of datedEvents(a, sentencesOf(a)))
        for (const k of e.keys) {
          const xs = index.get(k)
          if (xs === undefined) index.set(k, [e])
          else xs.push(e)
        }
  const copyingOf = new Map<string, Copying[]>()
  for (const c of options.copying ?? []) {
    for (const id of c.a === c.b ? [c.a] : [c.a, c.b]) {
      const xs = copyingOf.get(id)
      if (xs === undefined) copyingOf.set(id, [c])
      else xs.push(c)
    }
  }
  const ctx: Context = { index, dated, copyingOf, minShared, dayWindow }
  return articles.map((a) =>
    dated.has(a.id) ? { articleId: a.id, verdict: 'dated', published: null, window: { after: null, before: null }, evidence: [] } : inferOne(a, ctx)
  )
}

/**
 * Sets the inferred dates on the articles (source `inferred`) and records why in each one's
 * `warnings`. Articles with a date of their own, or with no inference, are returned unchanged.
 *
 * @example
 * import { applyInferredDates, ingestText } from 'gainsay'
 * import * as E from 'fp-ts/Either'
 * const a = ingestText({ id: 'a', text: 'Floods hit the valley.' })
 * if (E.isRight(a)) applyInferredDates([a.right], [])[0]?.published // null
 *
 * @since 0.1.0
 */
export const applyInferredDates = (articles: ReadonlyArray<Article>, inferences: ReadonlyArray<DateInference>): ReadonlyArray<Article> => {
  const byId = new Map(inferences.map((d) => [d.articleId, d]))
  return articles.map((a) => {
    const d = byId.get(a.id)
    if (d === undefined || d.published === null || hasOwnDate(a)) return a
    return { ...a, published: d.published, warnings: [...a.warnings, explainDate(d)] }
  })
}

/**
 * One line saying why an article got (or did not get) its inferred date.
 *
 * @example
 * import { explainDate } from 'gainsay'
 * explainDate({ articleId: 'a', verdict: 'no-evidence', published: null, window: { after: null, before: null }, evidence: [] })
 * // 'publication date not inferred (no-evidence)'
 *
 * @since 0.1.0
 */
export const explainDate = (d: DateInference): string => {
  const head = d.published === null ? `publication date not inferred (${d.verdict})` : `publication date inferred as ${d.published.iso} (${d.published.precision})`
  if (d.evidence.length === 0) return head
  const win = `window ${d.window.after ?? '?'}..${d.window.before ?? '?'}`
  const why = d.evidence.map((e) => `${e.kind} "${e.text}"${e.resolved !== null ? ` = ${e.resolved}` : ''}${e.other !== null ? ` (from ${e.other})` : ''}`)
  return `${head}; ${win}; ${why.join('; ')}`
}
