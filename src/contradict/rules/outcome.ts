/**
 * outcome-success-vs-failure: one claim says the act succeeded (or hit its target, or caused
 * damage), the other that it failed (was foiled, repelled, thwarted, did no damage).
 * Implicatives are read with their polarity: "managed to repel" is a failure of the attack,
 * "did not succeed" and "have not carried out a successful attack" are failures.
 *
 * @since 0.1.0
 */
import * as O from 'fp-ts/Option'
import type { Rule } from '../rule'
import { certaintyFactor, conf, eitherWay, eventName, evidenceOf, excerpt, firm, verdict, who } from './shared'

/**
 * @example
 * import { outcomeRule } from 'gainsay'
 * outcomeRule.id // 'outcome-success-vs-failure'
 *
 * @since 0.1.0
 */
export const outcomeRule: Rule = {
  id: 'outcome-success-vs-failure',
  description: 'One claim says the act succeeded or did damage, another about the same event that it failed or did none.',
  kinds: ['outcome'],
  messages: {
    successVsFailure: '{success} says the {event} succeeded ("{successText}"), but {failure} says it failed ("{failureText}").'
  },
  check: (a, b, ctx) =>
    eitherWay(a, b, ctx, (s, f, c) => {
      const rs = c.reading(s)
      const rf = c.reading(f)
      // different actors, or different targets of one operation, can both be right
      if (!c.scope.sameEvent || c.scope.actors === 'different' || c.scope.targets === 'different') return O.none
      if (!firm(rs) || !firm(rf) || rs.denial || rf.denial) return O.none
      if (verdict(rs) !== 'success' || verdict(rf) !== 'failure') return O.none
      // Same article, success only by its effect: the internal rule's case.
      if (c.scope.sameArticle && rs.outcome !== 'success') return O.none
      const explicit = rs.outcome === 'success' && rf.outcome === 'failure'
      return O.some({
        messageId: 'successVsFailure',
        data: { success: who(s), failure: who(f), successText: excerpt(s), failureText: excerpt(f), event: eventName(c) },
        confidence: conf((explicit ? 0.9 : 0.78) * c.scope.score * certaintyFactor(s, f)),
        evidence: evidenceOf(rs.cues, rf.cues)
      })
    }),
  // a firm, undenied success against a firm, undenied failure of an event
  pairing: {
    tags: (c, ctx) => {
      const r = ctx.reading(c)
      if (!firm(r) || r.denial || ctx.concepts(c).length === 0) return []
      const v = verdict(r)
      return v === null ? [] : [v]
    },
    partners: (tag) => (tag === 'success' ? ['failure'] : tag === 'failure' ? ['success'] : [])
  }
}
