/**
 * responsibility-different-actors: one claim says X did it, another about the same event
 * that Y did it; or one names a culprit and the other says who did it cannot be said.
 *
 * @since 0.1.0
 */
import * as O from 'fp-ts/Option'
import type { Rule } from '../rule'
import { sameParty } from '../internal/text'
import { certaintyFactor, conf, display, eitherWay, eventName, evidenceOf, excerpt, who } from './shared'

/**
 * @example
 * import { responsibilityRule } from 'gainsay'
 * responsibilityRule.kinds // ['responsibility']
 *
 * @since 0.1.0
 */
export const responsibilityRule: Rule = {
  id: 'responsibility-different-actors',
  description: 'Two claims about one event name different perpetrators, or one names a perpetrator and the other says none can be named.',
  kinds: ['responsibility'],
  messages: {
    differentActors: '{a} blames {actorA} for the {event} ("{aText}"), but {b} blames {actorB} ("{bText}").',
    namedVsUnknown: '{a} names {actorA} as behind the {event} ("{aText}"), but {b} says it cannot be said who was ("{bText}").'
  },
  check: (a, b, ctx) => {
    const s = ctx.scope
    // different actors never anchor a pair, so sameEvent here rests on time, target, place or wording
    if (!s.sameEvent) return O.none
    const ra = ctx.reading(a)
    const rb = ctx.reading(b)
    if (ra.planned || rb.planned || ra.generic || rb.generic || ra.granularity !== rb.granularity) return O.none
    const timeF = s.time === 'overlap' ? 1 : 0.85
    const targetF = s.targets === 'different' ? 0.75 : 1
    if (ra.responsible !== null && rb.responsible !== null) {
      if (sameParty(ra.responsible, rb.responsible)) return O.none
      const [x, y, rx, ry] = ra.responsible < rb.responsible ? [a, b, ra, rb] : [b, a, rb, ra]
      return O.some({
        messageId: 'differentActors',
        data: { a: who(x), b: who(y), actorA: display(rx.responsible ?? ''), actorB: display(ry.responsible ?? ''), aText: excerpt(x), bText: excerpt(y), event: eventName(ctx) },
        confidence: conf(0.85 * timeF * targetF * certaintyFactor(a, b)),
        evidence: evidenceOf([rx.responsible ?? ''], [ry.responsible ?? ''])
      })
    }
    return eitherWay(a, b, ctx, (n, u, c) => {
      const rn = c.reading(n)
      const ru = c.reading(u)
      if (rn.responsible === null || !ru.responsibilityUnknown) return O.none
      return O.some({
        messageId: 'namedVsUnknown',
        data: { a: who(n), b: who(u), actorA: display(rn.responsible), aText: excerpt(n), bText: excerpt(u), event: eventName(c) },
        confidence: conf(0.62 * timeF * targetF * certaintyFactor(n, u)),
        evidence: evidenceOf([rn.responsible], ru.cues)
      })
    })
  },
  // a named perpetrator against another named one or an unknown one, at one granularity
  pairing: {
    tags: (c, ctx) => {
      const r = ctx.reading(c)
      if (r.planned || r.generic || ctx.concepts(c).length === 0) return []
      const out: string[] = []
      if (r.responsible !== null) out.push(`named\u0000${r.granularity}`)
      if (r.responsibilityUnknown) out.push(`unknown\u0000${r.granularity}`)
      return out
    },
    partners: (tag) => {
      const [kind, g] = tag.split('\u0000')
      return kind === 'named' ? [tag, `unknown\u0000${g ?? ''}`] : kind === 'unknown' ? [`named\u0000${g ?? ''}`] : []
    }
  }
}
