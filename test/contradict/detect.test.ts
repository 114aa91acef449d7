import { describe, expect, it } from 'vitest'
import * as fc from 'fast-check'
import * as O from 'fp-ts/Option'
import { Contradiction } from '../../src/model'
import { addRules, builtinRules, detectContradictions, type Rule } from '../../src/contradict'
import { claim, type ClaimFixture } from '../../src/testing'
import * as E from 'fp-ts/Either'

const articles = [
  { id: 'harbour', outlet: 'Harbour Times', published: '2021-07-12' },
  { id: 'gulf', outlet: 'Gulf Daily', published: '2021-07-13' },
  { id: 'archive', outlet: 'Harbour Times', published: '2011-07-13' }
]

const corpus = [
  claim({ articleId: 'harbour', start: 0, text: 'Commandos seized the cargo ship in international waters on Sunday.', outlet: 'Harbour Times' }),
  claim({ articleId: 'gulf', start: 0, text: 'The cargo ship was seized inside Omani territorial waters, the coast guard said.', outlet: 'Gulf Daily' }),
  claim({ articleId: 'gulf', start: 200, text: 'The navy is considering an operation to free the ship.', outlet: 'Gulf Daily' }),
  claim({ articleId: 'harbour', start: 300, text: 'The militia attack on the pier failed to damage any vessel.', outlet: 'Harbour Times' }),
  claim({ articleId: 'harbour', start: 500, text: 'The attack on the pier destroyed two cranes.', outlet: 'Harbour Times' }),
  claim({ articleId: 'archive', start: 0, text: 'Pirates seized a cargo ship in Omani territorial waters.', outlet: 'Harbour Times' }),
  claim({ articleId: 'gulf', start: 400, text: 'Rain flooded the old market.', outlet: 'Gulf Daily' })
]

describe('detectContradictions', () => {
  const found = detectContradictions(corpus, { articles })

  it('finds the location conflict and the internal one, nothing else', () => {
    expect(found.map((c) => [c.kind, c.a.articleId, c.b.articleId])).toEqual([
      ['location', 'gulf', 'harbour'],
      ['internal', 'harbour', 'harbour']
    ])
  })

  it('fills every field of a finding', () => {
    for (const c of found) {
      expect(Contradiction.is(c)).toBe(true)
      expect(c.explanation).toMatch(/^[A-Z].*\.$/)
      expect(c.explanation).not.toMatch(/\{[a-zA-Z]+\}/)
      expect(c.evidence.length).toBeGreaterThan(0)
      expect(c.a.outlet).not.toBeNull()
    }
    const loc = found[0]
    expect(loc?.explanation).toContain('international waters')
    expect(loc?.a.end).toBe((loc?.a.start ?? 0) + (loc?.a.text.length ?? 0))
  })

  it('does not compare a 2011 seizure with a 2021 one', () => {
    expect(found.some((c) => c.a.articleId === 'archive' || c.b.articleId === 'archive')).toBe(false)
  })

  it('honours minConfidence and a custom rule set', () => {
    expect(detectContradictions(corpus, { articles }, { minConfidence: 0.99 })).toEqual([])
    const always: Rule = {
      id: 'flood-rule',
      description: 'flags any pair mentioning floods',
      kinds: ['custom'],
      messages: { m: 'flood' },
      check: (a, b) => (a.text.includes('flood') || b.text.includes('flood') ? O.some({ messageId: 'm', data: {}, confidence: 1, evidence: [] }) : O.none)
    }
    const rules = E.getOrElseW(() => builtinRules)(addRules(builtinRules, [always]))
    // the flood claim names no event concept, so blocking never pairs it: no finding
    expect(detectContradictions(corpus, { articles }, { rules }).some((c) => c.rule === 'flood-rule')).toBe(false)
  })

  it('a throwing user rule reports nothing instead of failing the run', () => {
    const boom: Rule = { id: 'boom', description: 'throws', kinds: ['x'], messages: { m: 'x' }, check: () => { throw new Error('boom') } }
    expect(() => detectContradictions(corpus, { articles }, { rules: { _tag: 'RuleSet', rules: [boom] } })).not.toThrow()
  })
})

// ---------------------------------------------------------------------------------------
// properties
// ---------------------------------------------------------------------------------------

const SENTENCES = [
  'The attack on the depot succeeded.',
  'The attack on the depot failed.',
  'There was no attack on the depot.',
  'Rebels tried to attack the depot but failed.',
  'The attack on the depot caused hours of outages.',
  'The drone was in international airspace when it was shot down.',
  'The drone was shot down over Iranian territorial waters.',
  'The army is considering strikes on the depot.',
  'The strike on the depot killed 12 people.',
  'The strike on the depot killed 40 people.',
  'The attack on the depot was carried out by Russia.',
  'Officials cannot say who was behind the attack on the depot.',
  'Reports of an attack on the depot are a sheer lie.',
  'Last week rebels attacked the depot.',
  'Nothing happened.',
  ''
]

const arbClaim: fc.Arbitrary<ClaimFixture> = fc.record({
  text: fc.oneof({ arbitrary: fc.constantFrom(...SENTENCES), weight: 5 }, { arbitrary: fc.string({ maxLength: 60 }), weight: 1 }),
  articleId: fc.constantFrom('a', 'b', 'c'),
  start: fc.nat(2000),
  speaker: fc.constantFrom('Ana Ruiz', 'Ivo Hart', undefined as unknown as string),
  outlet: fc.constantFrom('Harbour Times', 'Gulf Daily', null),
  polarity: fc.constantFrom('positive' as const, 'negative' as const),
  certainty: fc.oneof(fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
  predicate: fc.constantFrom('occurrence' as const, 'outcome' as const, 'other' as const, 'denial' as const),
  quantities: fc.array(fc.record({ value: fc.integer({ min: 0, max: 100 }), text: fc.constantFrom('12', '40', 'about 30'), measure: fc.constantFrom('people', null) }), { maxLength: 2 }),
  times: fc.array(fc.record({ text: fc.constantFrom('last week', 'in 2019', 'on Monday'), from: fc.constantFrom('2019', '2021-05-03', null), relative: fc.boolean() }), { maxLength: 1 })
}).map((f) => (f.speaker === undefined ? { ...f, speaker: undefined } : f) as ClaimFixture)

const ctx = { articles: [{ id: 'a', outlet: 'Harbour Times', published: '2021-07-12' }, { id: 'b', outlet: 'Gulf Daily', published: '2019-12' }] }

describe('detectContradictions properties', () => {
  it('never throws, output is valid, deterministic and independent of input order', () => {
    let withFindings = 0
    fc.assert(
      fc.property(fc.array(arbClaim, { maxLength: 12 }), fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), (fixtures, keys) => {
        const claims = fixtures.map((f) => claim(JSON.parse(JSON.stringify(f)) as ClaimFixture))
        const once = detectContradictions(claims, ctx)
        const twice = detectContradictions(claims, ctx)
        expect(twice).toEqual(once)
        const shuffled = claims.map((c, i) => [keys[i] ?? 0, c] as const).sort((x, y) => x[0] - y[0]).map(([, c]) => c)
        expect(detectContradictions(shuffled, ctx)).toEqual(once)
        expect(detectContradictions([...claims].reverse(), ctx)).toEqual(once)
        const ids = new Set(claims.map((c) => c.id))
        for (const c of once) {
          expect(Contradiction.is(c)).toBe(true)
          expect(ids.has(c.a.claimId) && ids.has(c.b.claimId)).toBe(true)
          expect(c.a.claimId).not.toBe(c.b.claimId)
        }
        expect(new Set(once.map((c) => c.id)).size).toBe(once.length)
        if (once.length > 0) withFindings++
      }),
      { numRuns: 150 }
    )
    // the generator must exercise the rules, not only empty outputs
    expect(withFindings).toBeGreaterThan(15)
  })
})
