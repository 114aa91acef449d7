/**
 * numeric-quantity-mismatch: two claims about one event give incompatible figures for the
 * same measure (same unit, same thing counted). "About", "almost" and round numbers get a
 * tolerance; "at least" and "up to" are bounds, not values; a claim with several figures for
 * one measure conflicts only when none of them fits.
 *
 * @since 0.1.0
 */
import * as O from 'fp-ts/Option'
import type { Claim, Quantity } from '../../model/claim'
import { stem } from '../../text/natural'
import type { Rule } from '../rule'
import { certaintyFactor, conf, eventName, excerpt, who } from './shared'

const MEASURE_STOP: ReadonlySet<string> = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'in', 'on', 'more', 'than', 'some', 'about', 'over'])

/** The thing counted: the quantity's measure, or the first content word after the number. */
const measureOf = (c: Claim, q: Quantity): string | null => {
  if (q.measure !== null) return stem(q.measure.toLowerCase().split(/\s+/).pop() ?? q.measure)
  const rel = q.end - c.start
  if (rel < 0 || rel > c.text.length) return null
  const after = c.text.slice(rel).toLowerCase().match(/[a-z][a-z-]*/g) ?? []
  const w = after.find((x) => !MEASURE_STOP.has(x) && !['million', 'billion', 'thousand', 'hundred'].includes(x))
  return w === undefined ? null : stem(w.replace(/^cyber-?/, ''))
}

/** Relative tolerance: rounding of the written figure, wider for approximate figures. */
const tolerance = (q: Quantity): number => {
  const v = Math.abs(q.value)
  if (v === 0) return 0
  // a round figure ("33 million", "150") stands for anything that rounds to it
  const digits = String(Math.round(v)).replace(/0+$/, '').length
  const rounding = v >= 10 ? 0.5 * Math.pow(10, String(Math.round(v)).length - digits) / v : 0
  return Math.max(q.approximate ? 0.15 : 0.005, rounding)
}

/** Whether two figures can describe the same count. */
export const compatibleQuantities = (x: Quantity, y: Quantity): boolean => {
  const tol = Math.max(tolerance(x), tolerance(y))
  const lo = (q: Quantity): number => (q.bound === 'max' ? -Infinity : q.value * (1 - tol))
  const hi = (q: Quantity): number => (q.bound === 'min' ? Infinity : q.value * (1 + tol))
  return lo(x) <= hi(y) && lo(y) <= hi(x)
}

const unitOf = (q: Quantity): string => (q.unit ?? '').toLowerCase()

/** A claim's figures by measure and unit ("peopl\u0000"). */
const byMeasure = (c: Claim): Map<string, Quantity[]> => {
  const m = new Map<string, Quantity[]>()
  for (const q of c.quantities) {
    const key = measureOf(c, q)
    if (key === null || key.length < 3) continue
    const k = `${key}\u0000${unitOf(q)}`
    m.set(k, [...(m.get(k) ?? []), q])
  }
  return m
}

/**
 * @example
 * import { numericRule } from 'gainsay'
 * numericRule.id // 'numeric-quantity-mismatch'
 *
 * @since 0.1.0
 */
export const numericRule: Rule = {
  id: 'numeric-quantity-mismatch',
  description: 'Two claims about one event give incompatible figures for the same measure.',
  kinds: ['numeric'],
  messages: {
    mismatch: '{a} gives {aFigure} for the {measure} in the {event}, but {b} gives {bFigure}.'
  },
  check: (a, b, ctx) => {
    const s = ctx.scope
    if (!s.sameEvent || s.actors === 'different' || s.targets === 'different') return O.none
    const ra = ctx.reading(a)
    const rb = ctx.reading(b)
    if (ra.planned || rb.planned || ra.generic || rb.generic || ra.denial || rb.denial) return O.none
    const ma = byMeasure(a)
    const mb = byMeasure(b)
    for (const [k, qa] of [...ma.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
      const qb = mb.get(k)
      if (qb === undefined) continue
      if (qa.some((x) => qb.some((y) => compatibleQuantities(x, y)))) continue
      const measure = k.split('\u0000')[0] ?? ''
      const fa = qa.map((q) => q.text).join(', ')
      const fb = qb.map((q) => q.text).join(', ')
      return O.some({
        messageId: 'mismatch',
        data: { a: who(a), b: who(b), aFigure: `"${fa}"`, bFigure: `"${fb}"`, measure, event: eventName(ctx), aText: excerpt(a), bText: excerpt(b) },
        confidence: conf(0.85 * s.score * certaintyFactor(a, b)),
        evidence: [fa, fb]
      })
    }
    return O.none
  },
  // figures for one measure and unit, in claims that are neither plans, general nor denials
  pairing: {
    tags: (c, ctx) => {
      if (c.quantities.length === 0 || ctx.concepts(c).length === 0) return []
      const r = ctx.reading(c)
      return r.planned || r.generic || r.denial ? [] : [...byMeasure(c).keys()]
    },
    partners: (tag) => [tag]
  }
}
