import { describe, expect, it } from 'vitest'
import * as fc from 'fast-check'
import * as E from 'fp-ts/Either'
import * as O from 'fp-ts/Option'
import {
  MonoidRuleSet,
  addRules,
  builtinRules,
  emptyRuleSet,
  formatMessage,
  isRuleId,
  placeholders,
  removeRules,
  replaceRule,
  ruleSet,
  type Rule,
  type RuleSet
} from '../../src/contradict'

const mk = (id: string, tag = id): Rule => ({ id, description: tag, kinds: ['x'], messages: { m: tag }, check: () => O.none })
const ids = (s: RuleSet): ReadonlyArray<string> => s.rules.map((r) => r.id)
const tags = (s: RuleSet): ReadonlyArray<string> => s.rules.map((r) => `${r.id}:${r.description}`)

describe('built-in rules', () => {
  it('every rule id is unique and kebab-case, with kinds, messages and a description', () => {
    const all = ids(builtinRules)
    expect(new Set(all).size).toBe(all.length)
    for (const r of builtinRules.rules) {
      expect(r.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/)
      expect(r.kinds.length).toBeGreaterThan(0)
      expect(Object.keys(r.messages).length).toBeGreaterThan(0)
      expect(r.description.length).toBeGreaterThan(10)
    }
    expect(all.length).toBe(9)
  })
})

describe('rule sets', () => {
  it('refuse duplicate and malformed ids', () => {
    expect(E.isLeft(ruleSet([mk('a'), mk('a')]))).toBe(true)
    const bad = ruleSet([mk('Not_Kebab')])
    expect(E.isLeft(bad) && bad.left._tag).toBe('InvalidRuleId')
    expect(isRuleId('numeric-2')).toBe(true)
    expect(isRuleId('-x')).toBe(false)
  })

  it('add, remove and replace', () => {
    const base = E.getOrElseW(() => emptyRuleSet)(ruleSet([mk('a'), mk('b')]))
    expect(ids(E.getOrElseW(() => emptyRuleSet)(addRules(base, [mk('c')])))).toEqual(['a', 'b', 'c'])
    expect(E.isLeft(addRules(base, [mk('a')]))).toBe(true)
    expect(ids(removeRules(base, ['a', 'zzz']))).toEqual(['b'])
    const replaced = replaceRule(base, mk('a', 'new'))
    expect(E.isRight(replaced) && tags(replaced.right)).toEqual(['a:new', 'b:b'])
    expect(E.isLeft(replaceRule(base, mk('zzz')))).toBe(true)
  })

  it('concat: later rule with the same id replaces in place, others append', () => {
    const x: RuleSet = { _tag: 'RuleSet', rules: [mk('a'), mk('b')] }
    const y: RuleSet = { _tag: 'RuleSet', rules: [mk('b', 'y'), mk('c')] }
    expect(tags(MonoidRuleSet.concat(x, y))).toEqual(['a:a', 'b:y', 'c:c'])
  })

  const arbSet = fc
    .uniqueArray(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.constantFrom('1', '2', '3')), { selector: ([id]) => id, maxLength: 5 })
    .map((xs): RuleSet => ({ _tag: 'RuleSet', rules: xs.map(([id, t]) => mk(id, t)) }))

  it('monoid laws (identity and associativity)', () => {
    fc.assert(
      fc.property(arbSet, arbSet, arbSet, (x, y, z) => {
        const { concat, empty } = MonoidRuleSet
        expect(tags(concat(x, empty))).toEqual(tags(x))
        expect(tags(concat(empty, x))).toEqual(tags(x))
        expect(tags(concat(concat(x, y), z))).toEqual(tags(concat(x, concat(y, z))))
      })
    )
  })
})

describe('messages', () => {
  it('lists placeholders and fills them', () => {
    expect(placeholders('{a} vs {b}, {a} again')).toEqual(['a', 'b'])
    expect(formatMessage('{a} vs {b} on {c}', { a: 'x', b: 2 })).toBe('x vs 2 on {c}')
  })
})
