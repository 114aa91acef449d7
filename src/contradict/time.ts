/**
 * Time windows for claims: when the event a claim is about can have happened, as a range of
 * days, and how two windows relate.
 *
 * @since 0.1.0
 */
import type { Claim } from '../model/claim'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A closed range of days (days since 1970-01-01) and where it came from:
 * - `event`: the claim's own event time;
 * - `text`: times written in the claim;
 * - `context`: times of the claims just before it in the same article;
 * - `recent`: "recently" against the publication date;
 * - `published`: the year before publication (news is about recent events unless it says otherwise);
 * - `none`: nothing known.
 *
 * @example
 * import type { TimeWindow } from 'gainsay'
 * const w: TimeWindow = { from: 18000, to: 18030, basis: 'text' }
 *
 * @since 0.1.0
 */
export interface TimeWindow {
  readonly from: number
  readonly to: number
  readonly basis: 'event' | 'text' | 'context' | 'recent' | 'published' | 'none'
}

/**
 * How two windows relate: `overlap` when both are known and meet, `disjoint` when they
 * cannot be the same time, `unknown` when one is unknown.
 *
 * @example
 * import type { TimeRelation } from 'gainsay'
 * const r: TimeRelation = 'overlap'
 *
 * @since 0.1.0
 */
export type TimeRelation = 'overlap' | 'disjoint' | 'unknown'

// -------------------------------------------------------------------------------------
// constants
// -------------------------------------------------------------------------------------

const DAY_MS = 86_400_000
/** How far before a stated time ("said on Monday") the event it reports may lie. */
const REPORT_LAG_DAYS = 31
/** How far back an untimed claim in a news article may reach. */
const NEWS_HORIZON_DAYS = 365
const RECENT_DAYS = 62
const SLACK_DAYS = 3

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

/**
 * The days an ISO date or date-time prefix covers (`2019` is the whole year, `2019-06` the
 * month, `2019-06-24T10:00` the day); `null` when it does not parse.
 *
 * @example
 * import { isoDays } from 'gainsay'
 * const june = isoDays('2019-06')
 * june === null ? 0 : june.to - june.from // 29
 *
 * @since 0.1.0
 */
export const isoDays = (iso: string | null): { readonly from: number; readonly to: number } | null => {
  if (iso === null) return null
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso.trim())
  if (m === null) return null
  const y = Number(m[1])
  if (m[2] === undefined) return { from: Date.UTC(y, 0, 1) / DAY_MS, to: Date.UTC(y, 11, 31) / DAY_MS }
  const mo = Number(m[2]) - 1
  if (mo < 0 || mo > 11) return null
  if (m[3] === undefined) return { from: Date.UTC(y, mo, 1) / DAY_MS, to: Date.UTC(y, mo + 1, 0) / DAY_MS }
  const d = Number(m[3])
  if (d < 1 || d > 31) return null
  const day = Date.UTC(y, mo, d) / DAY_MS
  return { from: day, to: day }
}

/** Union of the ranges of a claim's resolved time expressions. */
const textRange = (c: Claim): { from: number; to: number } | null => {
  let from = Infinity
  let to = -Infinity
  for (const t of c.times) {
    const f = isoDays(t.from)
    const e = isoDays(t.to ?? t.from)
    if (f === null || e === null) continue
    from = Math.min(from, f.from)
    to = Math.max(to, e.to)
  }
  return Number.isFinite(from) && Number.isFinite(to) ? { from, to } : null
}

/**
 * When the event a claim is about can have happened.
 *
 * The claim's event time is used when the extractor set one (with only an end, the year before
 * it); else the times written in it
 * (reaching a month back, since "said on Monday" reports an earlier event; for a denial,
 * whose own times date the denial, the year before them); else the nearest preceding timed claims of the
 * same article (`context`, up to 600 characters back); else the publication date: two months
 * back for "recently", a year back otherwise; else unknown.
 *
 * @example
 * import { claimWindow } from 'gainsay'
 * import { claim } from 'gainsay/testing'
 * claimWindow(claim({ text: 'It happened.' }), { published: '2020-02-10', neighbours: [], denial: false }).basis // 'published'
 *
 * @since 0.1.0
 */
export const claimWindow = (
  c: Claim,
  ctx: {
    readonly published: string | null
    /** Claims of the same article that end before this one starts, nearest last. */
    readonly neighbours: ReadonlyArray<Claim>
    readonly denial: boolean
    readonly recent?: boolean
  }
): TimeWindow => {
  const pub = isoDays(ctx.published)
  const clip = (w: TimeWindow): TimeWindow => (pub === null || w.to <= pub.to ? w : { ...w, to: Math.max(w.from, pub.to) })
  const ev = isoDays(c.event.timeFrom)
  const evTo = isoDays(c.event.timeTo ?? c.event.timeFrom)
  if (ev !== null && evTo !== null) return { from: ev.from, to: evTo.to, basis: 'event' }
  // only an upper bound ("said on Thursday" that it happened): the year before it
  const bound = ev === null ? isoDays(c.event.timeTo) : null
  if (bound !== null) return { from: bound.to - NEWS_HORIZON_DAYS, to: bound.to + SLACK_DAYS, basis: 'context' }
  if (ctx.denial) {
    // A denial's own times date the denial; the event it denies lies within a year before.
    const own = textRange(c)
    if (own !== null) return clip({ from: own.to - NEWS_HORIZON_DAYS, to: own.to + SLACK_DAYS, basis: 'context' })
  } else {
    const own = textRange(c)
    if (own !== null) return clip({ from: own.from - REPORT_LAG_DAYS, to: own.to + SLACK_DAYS, basis: 'text' })
    for (let i = ctx.neighbours.length - 1; i >= 0; i--) {
      const n = ctx.neighbours[i]
      if (n === undefined || c.start - n.end > 600) break
      const nf = isoDays(n.event.timeFrom)
      const nt = isoDays(n.event.timeTo ?? n.event.timeFrom)
      const r = nf !== null && nt !== null ? { from: nf.from, to: nt.to } : textRange(n)
      if (r !== null) return clip({ from: r.from - REPORT_LAG_DAYS, to: r.to + SLACK_DAYS, basis: 'context' })
    }
  }
  if (pub !== null)
    return ctx.recent === true
      ? { from: pub.from - RECENT_DAYS, to: pub.to, basis: 'recent' }
      : { from: pub.from - NEWS_HORIZON_DAYS, to: pub.to, basis: 'published' }
  return { from: -Infinity, to: Infinity, basis: 'none' }
}

/**
 * How two windows relate (with a few days' slack for time zones and loose dating).
 *
 * @example
 * import { relateWindows } from 'gainsay'
 * relateWindows({ from: 0, to: 10, basis: 'text' }, { from: 100, to: 110, basis: 'text' }) // 'disjoint'
 *
 * @since 0.1.0
 */
export const relateWindows = (a: TimeWindow, b: TimeWindow): TimeRelation => {
  if (a.basis === 'none' || b.basis === 'none') return 'unknown'
  return a.to + SLACK_DAYS < b.from || b.to + SLACK_DAYS < a.from ? 'disjoint' : 'overlap'
}
