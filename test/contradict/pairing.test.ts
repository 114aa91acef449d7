import { describe, expect, it } from 'vitest'
import * as fc from 'fast-check'
import * as O from 'fp-ts/Option'
import { builtinRules, detectContradictions, type Rule, type RuleSet } from '../../src/contradict'
import { buildCorpus, claimContext, ruleContext } from '../../src/contradict/context'
import { candidatePairs } from '../../src/contradict/detect'
import { eventScope } from '../../src/contradict/scope'
import type { Claim } from '../../src/model'
import { claim } from '../../src/testing'
import { runSeeds } from '../../scripts/eval/contradict-seeds'

// Rules' pairings only speed detection up: they must admit every pair a check fires on, so
// that detection with them finds exactly what detection over all block pairs finds.

const withoutPairing = (rules: RuleSet): RuleSet => ({
  _tag: 'RuleSet',
  rules: rules.rules.map((r): Rule => ({ id: r.id, description: r.description, kinds: r.kinds, messages: r.messages, check: r.check }))
})

/** Whether the rule's pairing admits the pair (either way round). */
const admits = (rule: Rule, a: Claim, b: Claim, ctx: ReturnType<typeof claimContext>): boolean => {
  const p = rule.pairing
  if (p === undefined) return true
  const ta = p.tags(a, ctx)
  const tb = p.tags(b, ctx)
  return ta.some((x) => p.partners(x).some((y) => tb.includes(y))) || tb.some((x) => p.partners(x).some((y) => ta.includes(y)))
}

// Sentences of other stories than the seeds: a dam, a ferry, a power plant, a ceasefire.
const SENTENCES: ReadonlyArray<Omit<Parameters<typeof claim>[0], 'articleId' | 'start'>> = [
  { text: 'Rebel drones struck the Ostrava dam on Tuesday, engineers said.', event: { actor: 'rebels', target: 'Ostrava dam' } },
  { text: 'The drone attack on the Ostrava dam failed to cause any damage.', event: { target: 'Ostrava dam' } },
  { text: 'There was no attack on the Ostrava dam, the ministry said.', predicate: 'denial', speaker: 'the ministry' },
  { text: 'Rebels tried to attack the Ostrava dam but the attempt was foiled.', event: { actor: 'rebels', target: 'Ostrava dam' } },
  { text: 'The attack on the Ostrava dam succeeded and flooded two villages.', event: { target: 'Ostrava dam' } },
  { text: 'The attack on the Ostrava dam killed 12 people.', quantities: [{ value: 12, text: '12', measure: 'people' }] },
  { text: 'The attack on the Ostrava dam killed 40 people.', quantities: [{ value: 40, text: '40', measure: 'people' }] },
  { text: 'Militia fighters seized the ferry in international waters.', places: [{ text: 'international waters', kind: 'international' }] },
  { text: 'The ferry was seized inside Maltese territorial waters.', places: [{ text: 'Maltese territorial waters', kind: 'territorial', owner: 'Malta' }] },
  { text: 'The ferry was seized in Libyan waters, officials said.', places: [{ text: 'Libyan waters', kind: 'territorial', owner: 'Libya' }] },
  { text: 'The militia was behind the seizure of the ferry, the coast guard said.', speaker: 'the coast guard' },
  { text: 'It is not clear who was behind the seizure of the ferry.' },
  { text: 'The seizure of the ferry was carried out by Tunisia.' },
  { text: 'The attack on the Ostrava dam was carried out by Serbia.' },
  { text: 'Officials cannot say who was behind the attack on the Ostrava dam.' },
  { text: 'The strike on the Kerrow power plant last week cut power to the city.', times: [{ text: 'last week', relative: true }] },
  { text: 'Army shelling hit the Kerrow power plant on 3 May 2022.', event: { actor: 'army', target: 'Kerrow power plant' }, times: [{ text: '3 May 2022', from: '2022-05-03', to: '2022-05-03', precision: 'day' }] },
  { text: 'Army shelling hit the Kerrow power plant on 9 August 2022.', event: { actor: 'army', target: 'Kerrow power plant' }, times: [{ text: '9 August 2022', from: '2022-08-09', to: '2022-08-09', precision: 'day' }] },
  { text: 'The ceasefire collapsed after a raid on the border post.', speaker: 'Gen. Ines Moreau' },
  { text: 'The raid on the border post never happened.', speaker: 'Gen. Ines Moreau' },
  { text: 'I misspoke: the raid on the border post did take place.', speaker: 'Gen. Ines Moreau' },
  { text: 'The government is considering strikes on the rebel camps.' },
  { text: 'The market reopened after the storm.' }
]

const ARTICLES = [
  { id: 'north', outlet: 'Northern Star', published: '2022-05-04' },
  { id: 'coast', outlet: 'Coast Herald', published: '2022-05-20' },
  { id: 'late', outlet: 'Metro Ledger', published: '2022-08-10' },
  { id: 'undated', outlet: 'City Wire', published: null }
]

const build = (picks: ReadonlyArray<readonly [number, number]>): ReadonlyArray<Claim> =>
  picks.map(([s, a], i) => {
    const art = ARTICLES[a % ARTICLES.length] ?? ARTICLES[0]
    const base = SENTENCES[s % SENTENCES.length] ?? SENTENCES[0]
    return claim({ ...base, articleId: art?.id ?? 'north', start: i * 100, outlet: art?.outlet ?? null } as Parameters<typeof claim>[0])
  })

const everyPair = ARTICLES.flatMap((_, a) => SENTENCES.map((_, s) => [s, a] as const))

describe('rule pairings', () => {
  it('every built-in rule declares one', () => {
    for (const r of builtinRules.rules) expect(r.pairing, r.id).toBeDefined()
  })

  it('admit every pair a built-in check fires on (all pairs of a varied corpus)', () => {
    const claims = build(everyPair)
    const corpus = buildCorpus(claims, { articles: ARTICLES })
    const ctx = claimContext(corpus)
    let fired = 0
    const rulesFired = new Set<string>()
    for (let i = 0; i < claims.length; i++)
      for (let j = i + 1; j < claims.length; j++) {
        const a = claims[i] as Claim
        const b = claims[j] as Claim
        const rctx = ruleContext(corpus, eventScope(a, b, corpus))
        for (const rule of builtinRules.rules)
          if (O.isSome(rule.check(a, b, rctx))) {
            fired++
            rulesFired.add(rule.id)
            expect(admits(rule, a, b, ctx), `${rule.id}: "${a.text}" / "${b.text}"`).toBe(true)
          }
      }
    // the corpus exercises the rules: many findings, of most rules
    expect(fired).toBeGreaterThan(50)
    expect([...rulesFired].sort()).toEqual(builtinRules.rules.map((r) => r.id).sort())
  })

  it('prune candidate pairs without changing what is found', () => {
    const claims = build(everyPair)
    const corpus = buildCorpus(claims, { articles: ARTICLES })
    const pruned = candidatePairs(claims, corpus, builtinRules.rules).length
    const all = candidatePairs(claims, corpus).length
    // a corpus dense in conflicts, so the cut is modest here; on news corpora it is about 9 in 10
    expect(pruned).toBeLessThan(all * 0.75)
    expect(detectContradictions(claims, { articles: ARTICLES })).toEqual(detectContradictions(claims, { articles: ARTICLES }, { rules: withoutPairing(builtinRules) }))
  })

  it('a rule without a pairing makes every block pair a candidate again', () => {
    const claims = build(everyPair)
    const corpus = buildCorpus(claims, { articles: ARTICLES })
    const mixed = [...builtinRules.rules.slice(1), { ...withoutPairing(builtinRules).rules[0] } as Rule]
    expect(candidatePairs(claims, corpus, mixed)).toEqual(candidatePairs(claims, corpus))
  })

  it('property: detection with and without pairings agrees on random corpora', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(SENTENCES.length - 1), fc.nat(ARTICLES.length - 1)), { maxLength: 40 }), (picks) => {
        const claims = build(picks)
        expect(detectContradictions(claims, { articles: ARTICLES })).toEqual(
          detectContradictions(claims, { articles: ARTICLES }, { rules: withoutPairing(builtinRules), allFindingsPerPair: false })
        )
        expect(detectContradictions(claims, { articles: ARTICLES }, { allFindingsPerPair: true })).toEqual(
          detectContradictions(claims, { articles: ARTICLES }, { rules: withoutPairing(builtinRules), allFindingsPerPair: true })
        )
      }),
      { numRuns: 60 }
    )
  })

  it('agree on the seeds, extracted end to end', () => {
    const run = runSeeds()
    const without = detectContradictions(run.claims, { articles: run.articles }, { rules: withoutPairing(builtinRules) })
    expect(detectContradictions(run.claims, { articles: run.articles })).toEqual(without)
    expect(without.length).toBeGreaterThan(10)
  })
})
