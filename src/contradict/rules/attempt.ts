/**
 * attempt-vs-no-occurrence: one claim says there were attempts that failed ("they try hard
 * but have not carried out a successful attack", "the attempt did not succeed"), the other
 * that there was nothing at all ("no sign of an attack", "claims of an attack are a lie").
 * Both reject success, but they disagree on whether anything was tried.
 *
 * @since 0.1.0
 */
import * as O from 'fp-ts/Option'
import type { Rule } from '../rule'
import { certaintyFactor, conf, denialMeets, eitherWay, eventName, evidenceOf, excerpt, firm, who } from './shared'

/**
 * @example
 * import { attemptRule } from 'gainsay'
 * attemptRule.id // 'attempt-vs-no-occurrence'
 *
 * @since 0.1.0
 */
export const attemptRule: Rule = {
  id: 'attempt-vs-no-occurrence',
  description: 'One claim says attempts were made and failed, another about the same event that there was none.',
  kinds: ['attempt-vs-occurrence'],
  messages: {
    attemptVsNone: '{attempter} says there were failed attempts at the {event} ("{attemptText}"), but {denier} says there was none ("{denyText}").'
  },
  check: (a, b, ctx) =>
    eitherWay(a, b, ctx, (t, n, c) => {
      const rt = c.reading(t)
      const rn = c.reading(n)
      // different actors, or different targets of one operation, can both be right
      if (!c.scope.sameEvent || c.scope.actors === 'different' || c.scope.targets === 'different') return O.none
      // a denial and an affirmation must be about one event, in two voices
      if (!denialMeets(t, n, c)) return O.none
      if (rt.planned || rt.generic || rn.planned || rn.generic || rt.weak || rn.weak) return O.none
      if (rn.occurrence !== 'no' || rt.occurrence !== 'yes' || !rt.attempted) return O.none
      if (rt.outcome !== 'failure' && rt.effect !== 'no-effect') return O.none
      return O.some({
        messageId: 'attemptVsNone',
        data: { attempter: who(t), denier: who(n), attemptText: excerpt(t), denyText: excerpt(n), event: eventName(c) },
        confidence: conf(0.82 * c.scope.score * certaintyFactor(t, n)),
        evidence: evidenceOf(rt.cues, rn.cues)
      })
    }),
  // a firm failed attempt against a firm denial
  pairing: {
    tags: (c, ctx) => {
      const r = ctx.reading(c)
      if (!firm(r) || ctx.concepts(c).length === 0) return []
      if (r.occurrence === 'no') return ['none']
      return r.occurrence === 'yes' && r.attempted && (r.outcome === 'failure' || r.effect === 'no-effect') ? ['tried'] : []
    },
    partners: (tag) => (tag === 'tried' ? ['none'] : tag === 'none' ? ['tried'] : [])
  }
}
