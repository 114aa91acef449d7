/**
 * retraction-own-earlier-claim: the same source, in a later article (or with an explicit
 * correction cue: "retracted", "corrected", "misspoke"), says the opposite of what it said
 * before about the same event: that it happened and then that it did not, success and then
 * failure, one culprit and then another, or a different figure.
 *
 * @since 0.1.0
 */
import * as O from 'fp-ts/Option'
import type { Claim } from '../../model/claim'
import type { RuleContext } from '../context'
import { isoDays } from '../time'
import { normText, sameParty } from '../internal/text'
import type { Rule } from '../rule'
import { compatibleQuantities } from './numeric'
import { certaintyFactor, conf, eventName, evidenceOf, excerpt, verdict, who } from './shared'

/** What the two readings disagree on, if anything. */
const disagreement = (a: Claim, b: Claim, ctx: RuleContext, event: string): string | null => {
  const ra = ctx.reading(a)
  const rb = ctx.reading(b)
  if (ra.occurrence !== null && rb.occurrence !== null && ra.occurrence !== rb.occurrence) return `whether the ${event} happened`
  const va = verdict(ra)
  const vb = verdict(rb)
  if (va !== null && vb !== null && va !== vb) return `whether the ${event} succeeded`
  if (ra.responsible !== null && rb.responsible !== null && !sameParty(ra.responsible, rb.responsible)) return `who carried out the ${event}`
  if (ra.place !== null && rb.place !== null && (ra.place.kind === 'international') !== (rb.place.kind === 'international')) return `where the ${event} took place`
  for (const qa of a.quantities)
    for (const qb of b.quantities)
      if (qa.measure !== null && qa.measure === qb.measure && qa.unit === qb.unit && !compatibleQuantities(qa, qb)) return `the number of ${qa.measure}`
  return null
}

/**
 * @example
 * import { retractionRule } from 'gainsay'
 * retractionRule.id // 'retraction-own-earlier-claim'
 *
 * @since 0.1.0
 */
export const retractionRule: Rule = {
  id: 'retraction-own-earlier-claim',
  description: 'A source later says the opposite of its own earlier claim about the same event.',
  kinds: ['retraction'],
  messages: {
    reversed: '{source} reversed an earlier statement on {what}: first "{earlierText}", later "{laterText}".'
  },
  check: (a, b, ctx) => {
    const s = ctx.scope
    if (!s.sameSource || s.copies || s.shared.length === 0 || s.actors === 'different' || s.targets === 'different') return O.none
    const ra = ctx.reading(a)
    const rb = ctx.reading(b)
    if (ra.planned || rb.planned || ra.generic || rb.generic || ra.weak || rb.weak || ra.granularity !== rb.granularity) return O.none
    const da = isoDays(O.toNullable(ctx.article(a.articleId))?.published ?? null)
    const db = isoDays(O.toNullable(ctx.article(b.articleId))?.published ?? null)
    const explicitCue = ra.retracting !== rb.retracting
    let earlier: Claim
    let later: Claim
    if (da !== null && db !== null && da.to < db.from) [earlier, later] = [a, b]
    else if (da !== null && db !== null && db.to < da.from) [earlier, later] = [b, a]
    else if (explicitCue) [earlier, later] = ra.retracting ? [b, a] : [a, b]
    else return O.none
    // the later statement speaks of the same event only if the time windows can still meet
    if (s.time === 'disjoint' && !explicitCue) return O.none
    // A later report that such an event happened does not retract an earlier denial unless it is
    // dated to the period the denial covered: the source may be speaking of a newer event.
    if (!explicitCue && ctx.reading(later).occurrence === 'yes' && ctx.reading(earlier).occurrence === 'no') {
      const w = ctx.window(later)
      const deniedBy = isoDays(O.toNullable(ctx.article(earlier.articleId))?.published ?? null)
      const dated = w.basis === 'event' || w.basis === 'text' || w.basis === 'context'
      if (!dated || deniedBy === null || w.from > deniedBy.to) return O.none
    }
    const what = disagreement(earlier, later, ctx, eventName(ctx))
    if (what === null) return O.none
    const source = earlier.assertedBy.name ?? earlier.outlet ?? 'the source'
    return O.some({
      messageId: 'reversed',
      data: { source, what, event: eventName(ctx), earlierText: excerpt(earlier), laterText: excerpt(later), earlier: who(earlier), later: who(later) },
      confidence: conf((explicitCue ? 0.97 : 0.9) * Math.max(s.score, 0.6) * certaintyFactor(a, b)),
      evidence: evidenceOf(ctx.reading(later).retracting ? ctx.reading(later).cues : [], [what])
    })
  },
  // claims of one source (speaker, or one named voice), at one granularity, that say something that can be reversed
  pairing: {
    tags: (c, ctx) => {
      const r = ctx.reading(c)
      if (r.planned || r.generic || r.weak || ctx.concepts(c).length === 0) return []
      const says = r.occurrence !== null || verdict(r) !== null || r.responsible !== null || r.place !== null || c.quantities.some((q) => q.measure !== null)
      if (!says) return []
      const by = c.assertedBy
      const out: string[] = []
      if (by.speakerId !== null) out.push(`speaker\u0000${by.speakerId}\u0000${r.granularity}`)
      if (!by.anonymous && by.name !== null) out.push(`name\u0000${by.kind}\u0000${normText(by.name)}\u0000${r.granularity}`)
      return out
    },
    partners: (tag) => [tag]
  }
}
