/**
 * temporal-date-mismatch: two claims about one event (same actor, same target) date it to
 * times that cannot overlap; and a relative date ("last month", "on Monday") repeated in
 * text copied from an older article, where it now points to a different time.
 *
 * @since 0.1.0
 */
import * as O from 'fp-ts/Option'
import type { Claim, TimeExpression } from '../../model/claim'
import type { RuleContext } from '../context'
import { isoDays } from '../time'
import { normText } from '../internal/text'
import type { Finding, Rule } from '../rule'
import { conf, eventName, excerpt, who } from './shared'

const DAY_MS = 86_400_000
const dayIso = (d: number): string => new Date(d * DAY_MS).toISOString().slice(0, 10)

const rangeText = (t: TimeExpression): string =>
  t.from === null ? 'an unresolved date' : t.to === null || t.to === t.from ? t.from : `${t.from} to ${t.to}`

/** A relative expression both claims repeat, resolved differently because the articles' dates differ. */
const staleRelative = (a: Claim, b: Claim, ctx: RuleContext): O.Option<Finding> => {
  if (a.articleId === b.articleId) return O.none
  // only an expression both repeat can be stale: nothing to do unless both have a relative one
  if (!a.times.some((t) => t.relative) || !b.times.some((t) => t.relative)) return O.none
  const pa = O.toNullable(ctx.article(a.articleId))?.published ?? null
  const pb = O.toNullable(ctx.article(b.articleId))?.published ?? null
  const da = isoDays(pa)
  const db = isoDays(pb)
  if (da === null || db === null || da.from === db.from) return O.none
  const [older, newer, dOld, dNew] = da.from < db.from ? [a, b, da, db] : [b, a, db, da]
  for (const tn of newer.times) {
    if (!tn.relative) continue
    const to = older.times.find((x) => x.relative && normText(x.text) === normText(tn.text))
    if (to === undefined) continue
    const resolvedDiffer = to.from !== null && tn.from !== null ? to.from !== tn.from : dNew.from - dOld.to >= 7
    if (!resolvedDiffer) continue
    const strength = ctx.scope.copies ? 1 : 0.75
    return O.some({
      messageId: 'staleRelative',
      data: {
        newer: who(newer),
        older: who(older),
        expr: tn.text,
        newerDate: pNew(newer, ctx) ?? dayIso(dNew.from),
        olderDate: pNew(older, ctx) ?? dayIso(dOld.from),
        newerRange: rangeText(tn),
        olderRange: rangeText(to),
        text: excerpt(newer)
      },
      confidence: conf(0.7 * strength),
      evidence: [tn.text]
    })
  }
  return O.none
}

const pNew = (c: Claim, ctx: RuleContext): string | null => O.toNullable(ctx.article(c.articleId))?.published ?? null

/** Explicit, disjoint dates for one event with the same actor and target. */
const differentDates = (a: Claim, b: Claim, ctx: RuleContext): O.Option<Finding> => {
  const s = ctx.scope
  if (s.copies || s.time !== 'disjoint' || s.actors !== 'same' || s.targets !== 'same') return O.none
  const ra = ctx.reading(a)
  const rb = ctx.reading(b)
  if (ra.occurrence !== 'yes' || rb.occurrence !== 'yes' || ra.planned || rb.planned || ra.generic || rb.generic) return O.none
  const wa = ctx.window(a)
  const wb = ctx.window(b)
  if (wa.basis !== 'event' || wb.basis !== 'event') return O.none
  // "the third attack in a month" is not a conflict: require one head concept and matching wording
  const ta = a.times.find((t) => t.from !== null)
  const tb = b.times.find((t) => t.from !== null)
  if (ta === undefined || tb === undefined) return O.none
  return O.some({
    messageId: 'differentDates',
    data: { a: who(a), b: who(b), aDate: rangeText(ta), bDate: rangeText(tb), event: eventName(ctx), aText: excerpt(a), bText: excerpt(b) },
    confidence: conf(0.7 * Math.min(1, 0.8 + 0.2 * (s.shared.length > 1 ? 1 : 0))),
    evidence: [ta.text, tb.text]
  })
}

/**
 * @example
 * import { temporalRule } from 'gainsay'
 * Object.keys(temporalRule.messages) // ['differentDates', 'staleRelative']
 *
 * @since 0.1.0
 */
export const temporalRule: Rule = {
  id: 'temporal-date-mismatch',
  description: 'Two claims date one event to times that cannot overlap, or copied text keeps a relative date that now points elsewhere.',
  kinds: ['temporal'],
  messages: {
    differentDates: '{a} dates the {event} to {aDate} ("{aText}"), but {b} dates it to {bDate} ("{bText}").',
    staleRelative:
      '{newer}, published {newerDate}, repeats "{expr}" from text first published {olderDate} by {older}, so it now reads as {newerRange} instead of {olderRange} ("{text}").'
  },
  check: (a, b, ctx) => {
    const d = differentDates(a, b, ctx)
    return O.isSome(d) ? d : staleRelative(a, b, ctx)
  },
  // explicitly dated reports of an act by a named actor; or one relative expression in dated articles
  pairing: {
    tags: (c, ctx) => {
      const out: string[] = []
      const r = ctx.reading(c)
      if (
        r.occurrence === 'yes' &&
        !r.planned &&
        !r.generic &&
        (r.actor ?? r.responsible) !== null &&
        ctx.window(c).basis === 'event' &&
        c.times.some((t) => t.from !== null)
      )
        out.push('dated')
      if (c.times.some((t) => t.relative) && isoDays(O.toNullable(ctx.article(c.articleId))?.published ?? null) !== null)
        for (const t of c.times) if (t.relative) out.push(`relative\u0000${normText(t.text)}`)
      return out
    },
    partners: (tag) => [tag]
  }
}
