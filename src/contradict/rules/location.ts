/**
 * location-international-vs-territorial: one claim puts the event in international airspace
 * or waters, the other inside a country's territory, waters or airspace, or across its border;
 * or the two put it in different countries' waters. Named places ("over the Strait") never
 * conflict with either, since a strait or a gulf holds both kinds of water.
 *
 * @since 0.1.0
 */
import * as O from 'fp-ts/Option'
import type { Rule } from '../rule'
import { certaintyFactor, conf, display, eitherWay, eventName, evidenceOf, excerpt, who } from './shared'

/**
 * @example
 * import { locationRule } from 'gainsay'
 * locationRule.kinds // ['location']
 *
 * @since 0.1.0
 */
export const locationRule: Rule = {
  id: 'location-international-vs-territorial',
  description: 'One claim places the event in international airspace or waters, another inside a country or across its border.',
  kinds: ['location'],
  messages: {
    internationalVsTerritorial: '{intl} places the {event} in {intlPlace} ("{intlText}"), but {terr} places it {terrPlace} ("{terrText}").',
    differentOwners: '{intl} places the {event} in {intlPlace} ("{intlText}"), but {terr} places it in {terrPlace} ("{terrText}").'
  },
  check: (a, b, ctx) =>
    eitherWay(a, b, ctx, (i, t, c) => {
      if (!c.scope.sameEvent) return O.none
      const ri = c.reading(i)
      const rt = c.reading(t)
      if (ri.place === null || rt.place === null || ri.planned || rt.planned || ri.generic || rt.generic) return O.none
      const base = { intl: who(i), terr: who(t), intlText: excerpt(i), terrText: excerpt(t), event: eventName(c) }
      const ev = evidenceOf([ri.place.text], [rt.place.text])
      if (ri.place.kind === 'international' && rt.place.kind !== 'international') {
        const terrPlace =
          rt.place.kind === 'border'
            ? `across the border${rt.place.owner === null ? '' : ` of ${display(rt.place.owner)}`}`
            : `inside ${rt.place.owner === null ? 'a country' : display(rt.place.owner)}'s territory or waters`
        return O.some({
          messageId: 'internationalVsTerritorial',
          data: { ...base, intlPlace: ri.place.text, terrPlace },
          confidence: conf(0.9 * c.scope.score * certaintyFactor(i, t)),
          evidence: ev
        })
      }
      // different owners: only one orientation, the smaller owner first, to stay symmetric
      if (
        ri.place.kind === 'territorial' &&
        rt.place.kind === 'territorial' &&
        ri.place.owner !== null &&
        rt.place.owner !== null &&
        ri.place.owner < rt.place.owner
      )
        return O.some({
          messageId: 'differentOwners',
          data: { ...base, intlPlace: `${display(ri.place.owner)}'s territory or waters`, terrPlace: `${display(rt.place.owner)}'s territory or waters` },
          confidence: conf(0.85 * c.scope.score * certaintyFactor(i, t)),
          evidence: ev
        })
      return O.none
    }),
  // international against territorial or border; territorial against territorial (both with an owner)
  pairing: {
    tags: (c, ctx) => {
      const r = ctx.reading(c)
      if (r.place === null || r.planned || r.generic || ctx.concepts(c).length === 0) return []
      if (r.place.kind === 'international') return ['international']
      return r.place.kind === 'territorial' && r.place.owner !== null ? ['owned'] : ['elsewhere']
    },
    partners: (tag) =>
      tag === 'international' ? ['owned', 'elsewhere'] : tag === 'owned' ? ['international', 'owned'] : tag === 'elsewhere' ? ['international'] : []
  }
}
