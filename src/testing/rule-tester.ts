/**
 * RuleTester: unit-test a contradiction rule with lists of `valid` pairs (no finding) and
 * `invalid` pairs (a finding with the expected message id), in the spirit of ESLint's
 * RuleTester. It plugs into any test framework's `describe`/`it` (passed in, not imported),
 * and guards against the rule author's mistakes: duplicate cases, unknown message ids,
 * unfilled placeholders, rules that are not symmetric, and rules that mutate their inputs
 * (inputs are deep-frozen).
 *
 * @since 0.1.0
 */
import * as O from 'fp-ts/Option'
import type { Claim } from '../model/claim'
import { buildCorpus, ruleContext, type ContradictionInput } from '../contradict/context'
import { isRuleId, placeholders, formatMessage, type Finding, type Rule } from '../contradict/rule'
import { eventScope } from '../contradict/scope'
import { claim, type ClaimFixture } from './claim'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The two functions RuleTester needs from a test framework (vitest, jest, mocha, node:test).
 *
 * @example
 * import type { TestFramework } from 'gainsay/testing'
 * const log: string[] = []
 * const fw: TestFramework = { describe: (n, f) => { log.push(n); f() }, it: (n, f) => { log.push(n); f() } }
 *
 * @since 0.1.0
 */
export interface TestFramework {
  readonly describe: (name: string, fn: () => void) => void
  readonly it: (name: string, fn: () => void) => void
}

/**
 * A pair of claims the rule must not report. Claims are fixtures (see `claim`) or full claims.
 *
 * @example
 * import type { ValidCase } from 'gainsay/testing'
 * const v: ValidCase = { a: { text: 'The truce held.' }, b: { text: 'The truce held overnight.' } }
 *
 * @since 0.1.0
 */
export interface ValidCase {
  readonly name?: string
  readonly a: ClaimFixture | Claim
  readonly b: ClaimFixture | Claim
  readonly context?: ContradictionInput
}

/**
 * What the finding on an invalid case must be.
 *
 * @example
 * import type { ExpectedFinding } from 'gainsay/testing'
 * const e: ExpectedFinding = { messageId: 'mismatch', kind: 'numeric', minConfidence: 0.5 }
 *
 * @since 0.1.0
 */
export interface ExpectedFinding {
  readonly messageId: string
  readonly kind?: string
  /** The finding's confidence must be at least this. */
  readonly minConfidence?: number
  /** Values the finding's message data must hold. */
  readonly data?: Readonly<Record<string, string | number>>
}

/**
 * A pair of claims the rule must report, with what it must report (one finding: a rule
 * reports at most one per pair).
 *
 * @example
 * import type { InvalidCase } from 'gainsay/testing'
 * const i: InvalidCase = { a: { text: 'x' }, b: { text: 'y' }, errors: [{ messageId: 'mismatch' }] }
 *
 * @since 0.1.0
 */
export interface InvalidCase extends ValidCase {
  readonly errors: ReadonlyArray<ExpectedFinding>
}

/**
 * The cases of one `run`.
 *
 * @example
 * import type { RuleTests } from 'gainsay/testing'
 * const t: RuleTests = { valid: [], invalid: [] }
 *
 * @since 0.1.0
 */
export interface RuleTests {
  readonly valid: ReadonlyArray<ValidCase>
  readonly invalid: ReadonlyArray<InvalidCase>
}

/**
 * Options: `symmetric` (default true) also checks the pair in reverse order and requires the
 * same verdict, since detection may present the two claims either way round.
 *
 * @example
 * import type { RuleTesterOptions } from 'gainsay/testing'
 * const o: RuleTesterOptions = { symmetric: false }
 *
 * @since 0.1.0
 */
export interface RuleTesterOptions {
  readonly symmetric?: boolean
}

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

/**
 * Freezes a value and everything reachable from it, so that a mutation throws in strict
 * mode. Returns the same value.
 *
 * @example
 * import { deepFreeze } from 'gainsay/testing'
 * const o = deepFreeze({ a: { b: [1, 2] } })
 * Object.isFrozen(o.a.b) // true
 *
 * @since 0.1.0
 */
export const deepFreeze = <A>(value: A): A => {
  const seen = new Set<unknown>()
  const go = (v: unknown): void => {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function') || seen.has(v)) return
    seen.add(v)
    for (const k of Reflect.ownKeys(v as object)) go((v as Record<PropertyKey, unknown>)[k])
    Object.freeze(v)
  }
  go(value)
  return value
}

const isClaim = (x: ClaimFixture | Claim): x is Claim => 'assertedBy' in x && 'event' in x && 'id' in x && 'end' in x && 'cues' in x

const toClaim = (x: ClaimFixture | Claim, fallbackArticle: string): Claim =>
  isClaim(x) ? x : claim({ ...x, articleId: x.articleId ?? fallbackArticle })

const stable = (v: unknown): string =>
  JSON.stringify(v, (_k, val: unknown) =>
    val !== null && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1)))
      : val
  )

const caseName = (c: ValidCase, i: number): string => c.name ?? `#${i + 1}: "${short(c.a.text)}" vs "${short(c.b.text)}"`
const short = (s: string): string => (s.length > 48 ? `${s.slice(0, 45)}...` : s)

/** Runs the rule on a case as the detector would, with frozen inputs; throws a readable error on mutation. */
const runCase = (rule: Rule, c: ValidCase, reverse: boolean): O.Option<Finding> => {
  // two fixtures without article ids are two different articles, as in real corpora
  const a0 = toClaim(c.a, 'article-a')
  const b0 = toClaim(c.b, 'article-b')
  const [a, b] = reverse ? [b0, a0] : [a0, b0]
  const context = c.context ?? {}
  deepFreeze(a)
  deepFreeze(b)
  deepFreeze(context)
  const corpus = buildCorpus([a, b], context)
  const ctx = ruleContext(corpus, eventScope(a, b, corpus))
  try {
    return rule.check(a, b, ctx)
  } catch (e) {
    if (e instanceof TypeError && /read.only|frozen|not extensible|Cannot (assign|add|delete|define)/i.test(e.message))
      throw new Error(`rule "${rule.id}" mutated its input: ${e.message}`)
    throw e
  }
}

const describeFinding = (rule: Rule, f: Finding): string =>
  `${f.messageId}: ${formatMessage(rule.messages[f.messageId] ?? f.messageId, f.data)}`

/**
 * Checks a rule's own shape: kebab-case id, at least one kind, at least one message.
 * Returns the problems found.
 *
 * @example
 * import { ruleProblems } from 'gainsay/testing'
 * import { builtinRules } from 'gainsay'
 * ruleProblems(builtinRules.rules[0]!) // []
 *
 * @since 0.1.0
 */
export const ruleProblems = (rule: Rule): ReadonlyArray<string> => {
  const out: string[] = []
  if (!isRuleId(rule.id)) out.push(`rule id "${rule.id}" is not kebab-case`)
  if (rule.description.trim().length === 0) out.push('rule has no description')
  if (rule.kinds.length === 0) out.push('rule lists no kinds')
  if (Object.keys(rule.messages).length === 0) out.push('rule has no messages')
  return out
}

/**
 * Tests one rule against valid and invalid pairs of claims.
 *
 * @example
 * import { RuleTester } from 'gainsay/testing'
 * import { numericRule } from 'gainsay'
 * const names: string[] = []
 * const fw = { describe: (n: string, f: () => void) => f(), it: (n: string, f: () => void) => { names.push(n); f() } }
 * new RuleTester(fw).run('numeric', numericRule, {
 *   valid: [{ a: { text: 'About 40 people were killed in the Karsa market blast.', quantities: [{ value: 40, text: 'About 40', measure: 'people', approximate: true }] },
 *             b: { text: 'The Karsa market blast killed 42 people.', quantities: [{ value: 42, text: '42', measure: 'people' }] } }],
 *   invalid: [{ a: { text: 'The Karsa market blast killed 12 people.', quantities: [{ value: 12, text: '12', measure: 'people' }] },
 *               b: { text: 'The Karsa market blast killed 40 people.', quantities: [{ value: 40, text: '40', measure: 'people' }] },
 *               errors: [{ messageId: 'mismatch' }] }]
 * })
 * names.length // 3
 *
 * @since 0.1.0
 */
export class RuleTester {
  constructor(
    private readonly framework: TestFramework,
    private readonly options: RuleTesterOptions = {}
  ) {}

  /** Registers one `describe` block for the rule with an `it` per case and one for the rule's shape. */
  run(name: string, rule: Rule, tests: RuleTests): void {
    const { describe, it } = this.framework
    const symmetric = this.options.symmetric ?? true
    describe(name, () => {
      it('rule is well formed and cases are unique', () => {
        const problems = [...ruleProblems(rule)]
        const seen = new Map<string, string>()
        const all: ReadonlyArray<readonly [string, ValidCase]> = [
          ...tests.valid.map((c) => ['valid', c] as const),
          ...tests.invalid.map((c) => ['invalid', c] as const)
        ]
        all.forEach(([list, c], i) => {
          const key = stable({ a: c.a, b: c.b, context: c.context ?? null })
          const prev = seen.get(key)
          if (prev !== undefined) problems.push(`duplicate case: ${list} ${caseName(c, i)} repeats ${prev}`)
          else seen.set(key, `${list} ${caseName(c, i)}`)
        })
        tests.invalid.forEach((c, i) => {
          if (c.errors.length !== 1) problems.push(`invalid ${caseName(c, i)}: give exactly one expected finding (a rule reports at most one per pair)`)
          for (const e of c.errors)
            if (!(e.messageId in rule.messages))
              problems.push(`invalid ${caseName(c, i)}: unknown messageId "${e.messageId}" (rule has: ${Object.keys(rule.messages).join(', ')})`)
        })
        if (problems.length > 0) throw new Error(`${name}:\n  ${problems.join('\n  ')}`)
      })
      tests.valid.forEach((c, i) => {
        it(`valid ${caseName(c, i)}`, () => {
          const r = runCase(rule, c, false)
          if (O.isSome(r)) throw new Error(`expected no finding, got ${describeFinding(rule, r.value)}`)
          if (symmetric) {
            const rr = runCase(rule, c, true)
            if (O.isSome(rr)) throw new Error(`expected no finding with the claims swapped, got ${describeFinding(rule, rr.value)}`)
          }
        })
      })
      tests.invalid.forEach((c, i) => {
        it(`invalid ${caseName(c, i)}`, () => {
          const expected = c.errors[0]
          if (expected === undefined) throw new Error('an invalid case needs one expected finding in `errors`')
          const r = runCase(rule, c, false)
          if (O.isNone(r)) throw new Error(`expected a "${expected.messageId}" finding, got none`)
          checkFinding(rule, r.value, expected)
          if (symmetric) {
            const rr = runCase(rule, c, true)
            if (O.isNone(rr)) throw new Error(`rule is not symmetric: a finding for (a, b) but none for (b, a)`)
            checkFinding(rule, rr.value, expected)
          }
        })
      })
    })
  }
}

const checkFinding = (rule: Rule, f: Finding, e: ExpectedFinding): void => {
  const template = rule.messages[f.messageId]
  if (template === undefined) throw new Error(`rule returned unknown messageId "${f.messageId}"`)
  if (f.messageId !== e.messageId) throw new Error(`expected messageId "${e.messageId}", got ${describeFinding(rule, f)}`)
  const missing = placeholders(template).filter((p) => !(p in f.data))
  if (missing.length > 0) throw new Error(`message "${f.messageId}" has unfilled placeholders: ${missing.map((m) => `{${m}}`).join(', ')}`)
  const kind = f.kind ?? rule.kinds[0]
  if (f.kind !== undefined && !rule.kinds.includes(f.kind)) throw new Error(`finding kind "${f.kind}" is not among the rule's kinds`)
  if (e.kind !== undefined && kind !== e.kind) throw new Error(`expected kind "${e.kind}", got "${kind ?? ''}"`)
  if (!(f.confidence >= 0 && f.confidence <= 1)) throw new Error(`confidence ${f.confidence} is outside [0, 1]`)
  if (e.minConfidence !== undefined && f.confidence < e.minConfidence)
    throw new Error(`confidence ${f.confidence} is below the expected ${e.minConfidence}`)
  for (const [k, v] of Object.entries(e.data ?? {}))
    if (f.data[k] !== v) throw new Error(`expected data.${k} = ${JSON.stringify(v)}, got ${JSON.stringify(f.data[k])}`)
}

/**
 * A RuleTester for the framework, as a function.
 *
 * @example
 * import { ruleTester } from 'gainsay/testing'
 * import { locationRule } from 'gainsay'
 * const fw = { describe: (_: string, f: () => void) => f(), it: (_: string, f: () => void) => f() }
 * ruleTester(fw).run('location', locationRule, { valid: [], invalid: [] })
 *
 * @since 0.1.0
 */
export const ruleTester = (framework: TestFramework, options?: RuleTesterOptions): RuleTester => new RuleTester(framework, options)
