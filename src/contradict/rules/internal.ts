/**
 * internal-failure-vs-impact: two claims in one article about one event that cannot both
 * hold: the attack "was foiled" or "failed to damage any section", and it "caused hours of
 * disruption" or "still affected several providers".
 *
 * @since 0.1.0
 */
import * as O from 'fp-ts/Option'
import type { Rule } from '../rule'
import { certaintyFactor, conf, eitherWay, eventName, evidenceOf, excerpt, who } from './shared'

/**
 * @example
 * import { internalRule } from 'gainsay'
 * internalRule.kinds // ['internal']
 *
 * @since 0.1.0
 */
export const internalRule: Rule = {
  id: 'internal-failure-vs-impact',
  description: 'Within one article, one claim says the act failed or did no damage, another that it had an effect.',
  kinds: ['internal'],
  messages: {
    failureVsImpact: 'The same article says the {event} failed ("{failText}", {failer}) and that it had an effect ("{impactText}", {impacter}).'
  },
  check: (a, b, ctx) =>
    eitherWay(a, b, ctx, (f, i, c) => {
      if (!c.scope.sameArticle || !c.scope.sameEvent || c.scope.actors === 'different') return O.none
      const rf = c.reading(f)
      const ri = c.reading(i)
      if (rf.planned || ri.planned || rf.generic || ri.generic || rf.denial || ri.denial) return O.none
      const failed = rf.outcome === 'failure' || rf.effect === 'no-effect'
      const impact = ri.effect === 'effect' && ri.outcome !== 'failure'
      if (!failed || !impact) return O.none
      return O.some({
        messageId: 'failureVsImpact',
        data: { failer: who(f), impacter: who(i), failText: excerpt(f), impactText: excerpt(i), event: eventName(c) },
        confidence: conf(0.8 * c.scope.score * certaintyFactor(f, i)),
        evidence: evidenceOf(rf.cues, ri.cues)
      })
    }),
  // a failure against an effect, within one article
  pairing: {
    tags: (c, ctx) => {
      const r = ctx.reading(c)
      if (r.planned || r.generic || r.denial || ctx.concepts(c).length === 0) return []
      const out: string[] = []
      if (r.outcome === 'failure' || r.effect === 'no-effect') out.push(`failed\u0000${c.articleId}`)
      if (r.effect === 'effect' && r.outcome !== 'failure') out.push(`impact\u0000${c.articleId}`)
      return out
    },
    partners: (tag) => {
      const [kind, article] = tag.split('\u0000')
      return kind === 'failed' ? [`impact\u0000${article ?? ''}`] : kind === 'impact' ? [`failed\u0000${article ?? ''}`] : []
    }
  }
}
