/**
 * occurrence-happened-vs-denied: one claim says the event happened (it struck, hit, wiped
 * out, was launched), the other denies it ("no sign of", "a sheer lie", "never happened",
 * "no evidence to substantiate the claim"). A denial against a failed attempt is the
 * attempt rule's case; plans and hedged claims never count as occurrences.
 *
 * @since 0.1.0
 */
import * as O from 'fp-ts/Option'
import type { Rule } from '../rule'
import { certaintyFactor, conf, denialMeets, eitherWay, eventName, evidenceOf, excerpt, firm, who } from './shared'

/**
 * @example
 * import { occurrenceRule } from 'gainsay'
 * occurrenceRule.kinds // ['occurrence']
 *
 * @since 0.1.0
 */
export const occurrenceRule: Rule = {
  id: 'occurrence-happened-vs-denied',
  description: 'One claim says the event happened, another about the same event denies that it did.',
  kinds: ['occurrence'],
  messages: {
    happenedVsDenied: '{affirmer} reports the {event} ("{affirmText}"), but {denier} denies it happened ("{denyText}").'
  },
  check: (a, b, ctx) =>
    eitherWay(a, b, ctx, (y, n, c) => {
      const ry = c.reading(y)
      const rn = c.reading(n)
      // different actors, or different targets of one operation, can both be right
      if (!c.scope.sameEvent || c.scope.actors === 'different' || c.scope.targets === 'different') return O.none
      // a denial and an affirmation must be about one event, in two voices
      if (!denialMeets(y, n, c)) return O.none
      if (!firm(ry) || !firm(rn)) return O.none
      if (ry.occurrence !== 'yes' || rn.occurrence !== 'no') return O.none
      // "they tried and failed" against "there was none": the attempt rule's case
      if (ry.outcome === 'failure' || ry.effect === 'no-effect') return O.none
      const strong = ry.outcome === 'success' || ry.effect === 'effect'
      return O.some({
        messageId: 'happenedVsDenied',
        data: { affirmer: who(y), denier: who(n), affirmText: excerpt(y), denyText: excerpt(n), event: eventName(c) },
        confidence: conf((strong ? 0.88 : 0.8) * c.scope.score * certaintyFactor(y, n)),
        evidence: evidenceOf(rn.cues, ry.cues)
      })
    }),
  // a firm report that it happened (not a failed attempt) against a firm denial
  pairing: {
    tags: (c, ctx) => {
      const r = ctx.reading(c)
      if (!firm(r) || ctx.concepts(c).length === 0) return []
      if (r.occurrence === 'no') return ['denied']
      return r.occurrence === 'yes' && r.outcome !== 'failure' && r.effect !== 'no-effect' ? ['happened'] : []
    },
    partners: (tag) => (tag === 'happened' ? ['denied'] : tag === 'denied' ? ['happened'] : [])
  }
}
