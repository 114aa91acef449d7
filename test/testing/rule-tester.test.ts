import { describe, expect, it } from 'vitest'
import * as O from 'fp-ts/Option'
import type { Finding, Rule } from '../../src/contradict'
import { RuleTester, claim, deepFreeze, ruleProblems, ruleTester, type TestFramework } from '../../src/testing'

/** A framework that runs tests at once and records their outcome. */
const recorder = (): { fw: TestFramework; results: Array<{ name: string; error: string | null }> } => {
  const results: Array<{ name: string; error: string | null }> = []
  const fw: TestFramework = {
    describe: (_name, fn) => fn(),
    it: (name, fn) => {
      try {
        fn()
        results.push({ name, error: null })
      } catch (e) {
        results.push({ name, error: e instanceof Error ? e.message : String(e) })
      }
    }
  }
  return { fw, results }
}

/** Reports when both claims mention "flood" and exactly one says "no". */
const floodRule: Rule = {
  id: 'flood-yes-no',
  description: 'test rule',
  kinds: ['occurrence'],
  messages: { flip: '{a} and {b} disagree about the flood.' },
  check: (a, b) => {
    const flood = a.text.includes('flood') && b.text.includes('flood')
    const no = (t: string): boolean => / no /.test(` ${t} `)
    return flood && no(a.text) !== no(b.text)
      ? O.some({ messageId: 'flip', data: { a: a.articleId, b: b.articleId }, confidence: 0.7, evidence: ['no'] })
      : O.none
  }
}

const yes = { text: 'The flood reached the town.' }
const no = { text: 'There was no flood in the town.' }

describe('RuleTester', () => {
  it('passes a correct rule with valid and invalid cases, one test each plus the shape check', () => {
    const { fw, results } = recorder()
    new RuleTester(fw).run('flood', floodRule, { valid: [{ a: yes, b: { text: 'The flood reached the valley.' } }], invalid: [{ a: yes, b: no, errors: [{ messageId: 'flip' }] }] })
    expect(results.map((r) => r.error)).toEqual([null, null, null])
  })

  it('fails a valid case the rule reports, and an invalid case it misses', () => {
    const { fw, results } = recorder()
    ruleTester(fw).run('flood', floodRule, { valid: [{ a: yes, b: no }], invalid: [{ a: yes, b: { text: 'The flood reached the valley.' }, errors: [{ messageId: 'flip' }] }] })
    expect(results[1]?.error).toMatch(/expected no finding, got flip/)
    expect(results[2]?.error).toMatch(/expected a "flip" finding, got none/)
  })

  it('rejects duplicate cases', () => {
    const { fw, results } = recorder()
    new RuleTester(fw).run('flood', floodRule, { valid: [{ a: yes, b: yes }, { a: yes, b: yes }], invalid: [] })
    expect(results[0]?.error).toMatch(/duplicate case/)
  })

  it('rejects unknown message ids in expectations', () => {
    const { fw, results } = recorder()
    new RuleTester(fw).run('flood', floodRule, { valid: [], invalid: [{ a: yes, b: no, errors: [{ messageId: 'flop' }] }] })
    expect(results[0]?.error).toMatch(/unknown messageId "flop"/)
  })

  it('rejects a finding whose message id the rule does not define', () => {
    const { fw, results } = recorder()
    const bad: Rule = { ...floodRule, check: (a, b, ctx) => O.map((f: Finding) => ({ ...f, messageId: 'other' }))(floodRule.check(a, b, ctx)) }
    new RuleTester(fw).run('flood', bad, { valid: [], invalid: [{ a: yes, b: no, errors: [{ messageId: 'flip' }] }] })
    expect(results[1]?.error).toMatch(/unknown messageId "other"/)
  })

  it('rejects unfilled placeholders', () => {
    const { fw, results } = recorder()
    const bad: Rule = { ...floodRule, messages: { flip: '{a} and {b} disagree about {what}.' } }
    new RuleTester(fw).run('flood', bad, { valid: [], invalid: [{ a: yes, b: no, errors: [{ messageId: 'flip' }] }] })
    expect(results[1]?.error).toMatch(/unfilled placeholders: \{what\}/)
  })

  it('fails a rule that mutates its input (inputs are deep-frozen)', () => {
    const { fw, results } = recorder()
    const mutating: Rule = {
      ...floodRule,
      check: (a, b, ctx) => {
        ;(a.event.keywords as string[]).push('flood')
        return floodRule.check(a, b, ctx)
      }
    }
    new RuleTester(fw).run('flood', mutating, { valid: [], invalid: [{ a: yes, b: no, errors: [{ messageId: 'flip' }] }] })
    expect(results[1]?.error).toMatch(/mutated its input/)
  })

  it('fails a rule that is not symmetric', () => {
    const { fw, results } = recorder()
    const lopsided: Rule = { ...floodRule, check: (a, b, ctx) => (a.text.includes(' no ') ? O.none : floodRule.check(a, b, ctx)) }
    new RuleTester(fw).run('flood', lopsided, { valid: [], invalid: [{ a: yes, b: no, errors: [{ messageId: 'flip' }] }] })
    expect(results[1]?.error).toMatch(/not symmetric/)
  })

  it('checks kind, minimum confidence and data', () => {
    const { fw, results } = recorder()
    new RuleTester(fw).run('flood', floodRule, {
      valid: [],
      invalid: [
        { a: yes, b: no, errors: [{ messageId: 'flip', kind: 'numeric' }] },
        { a: { text: 'The flood hit.' }, b: no, errors: [{ messageId: 'flip', minConfidence: 0.9 }] },
        { a: { text: 'A flood hit.' }, b: no, errors: [{ messageId: 'flip', data: { a: 'elsewhere' } }] }
      ]
    })
    expect(results.slice(1).map((r) => r.error)).toEqual([
      expect.stringMatching(/expected kind "numeric"/),
      expect.stringMatching(/below the expected 0.9/),
      expect.stringMatching(/expected data.a = "elsewhere"/)
    ])
  })

  it('reports a badly shaped rule', () => {
    expect(ruleProblems({ ...floodRule, id: 'Flood_Rule', kinds: [], messages: {} })).toEqual([
      'rule id "Flood_Rule" is not kebab-case',
      'rule lists no kinds',
      'rule has no messages'
    ])
  })
})

describe('deepFreeze', () => {
  it('freezes nested objects and arrays', () => {
    const c = deepFreeze(claim({ text: 'x', quantities: [{ value: 1, text: 'x' }] }))
    expect(Object.isFrozen(c.quantities[0])).toBe(true)
    expect(() => {
      ;(c.quantities as unknown[]).push(1)
    }).toThrow(TypeError)
  })
})

describe('claim fixture', () => {
  it('fills defaults and locates spans inside the text', () => {
    const c = claim({ text: 'Rebels killed 12 soldiers near Kessa.', start: 100, speaker: 'Gen. Ada Ruiz', quantities: [{ value: 12, text: '12' }] })
    expect(c.end).toBe(100 + c.text.length)
    expect(c.quantities[0]).toMatchObject({ start: 114, end: 116, unit: null, approximate: false, bound: 'exact' })
    expect(c.assertedBy).toMatchObject({ kind: 'speaker', name: 'Gen. Ada Ruiz', anonymous: false })
    expect(claim({ text: 'Rebels killed 12 soldiers near Kessa.', start: 100 }).id).toBe(claim({ text: 'Rebels killed 12 soldiers near Kessa.', start: 100 }).id)
  })
})
