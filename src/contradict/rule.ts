/**
 * Rules as data plus a pure function, and rule sets that compose.
 *
 * A rule looks at two claims about one event (and the context: event scope, articles,
 * copying) and returns `some(finding)` when they cannot both hold. Rules are plain objects,
 * so users add, remove or replace them without forking: `RuleSet` is an fp-ts `Monoid` in
 * which a later rule with the same id replaces the earlier one.
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/Either'
import type { Monoid } from 'fp-ts/Monoid'
import type { Option } from 'fp-ts/Option'
import type { Claim } from '../model/claim'
import type { ClaimContext, RuleContext } from './context'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Placeholder values a finding fills into its message template.
 *
 * @example
 * import type { MessageData } from 'gainsay'
 * const data: MessageData = { speakerA: 'the ministry', count: 3 }
 *
 * @since 0.1.0
 */
export type MessageData = Readonly<Record<string, string | number>>

/**
 * What a rule returns when two claims conflict. `messageId` names one of the rule's message
 * templates; `data` fills its `{placeholders}`.
 *
 * @example
 * import type { Finding } from 'gainsay'
 * const f: Finding = { messageId: 'conflict', data: { a: 'x', b: 'y' }, confidence: 0.8, evidence: ['failed'] }
 *
 * @since 0.1.0
 */
export interface Finding {
  readonly messageId: string
  readonly data: MessageData
  /** In [0, 1]: how sure the rule is, already weighed by event scope. */
  readonly confidence: number
  /** Cue words from either claim that decided it. */
  readonly evidence: ReadonlyArray<string>
  /** One of the rule's `kinds`; the first one when absent. */
  readonly kind?: string
  /** A short description of the shared event, when the rule knows it. */
  readonly event?: string
}

/**
 * A contradiction rule: an id (unique, kebab-case), what it is for, the kinds of
 * contradiction it reports, its message templates (messageId -> text with `{placeholders}`),
 * and a pure check over two claims. The check must not mutate its inputs; `RuleTester`
 * deep-freezes them to make sure.
 *
 * @example
 * import { some, none } from 'fp-ts/Option'
 * import type { Rule } from 'gainsay'
 * const sameTextOppositePolarity: Rule = {
 *   id: 'opposite-polarity',
 *   description: 'Two claims with the same event keywords and opposite polarity.',
 *   kinds: ['occurrence'],
 *   messages: { flip: '{a} says it happened; {b} says it did not.' },
 *   check: (a, b, ctx) =>
 *     ctx.scope.sameEvent && a.polarity !== b.polarity
 *       ? some({ messageId: 'flip', data: { a: a.outlet ?? 'one', b: b.outlet ?? 'another' }, confidence: 0.6, evidence: [] })
 *       : none
 * }
 *
 * @since 0.1.0
 */
export interface Rule {
  readonly id: string
  readonly description: string
  readonly kinds: ReadonlyArray<string>
  readonly messages: Readonly<Record<string, string>>
  readonly check: (a: Claim, b: Claim, ctx: RuleContext) => Option<Finding>
  /**
   * Optional, for speed on large corpora: which claims the check can ever pair. When every
   * rule of a set declares one, only pairs that some rule's pairing admits are scoped and
   * checked; a rule without one makes every pair of a block a candidate, as before.
   */
  readonly pairing?: RulePairing
}

/**
 * A rule's cheap, per-claim statement of which pairs its check can fire on. `tags` gives the
 * tags a claim carries for the rule (none: the check never fires on a pair with it);
 * `partners` gives, for a tag, the tags of the claims it can conflict with. The relation is
 * read both ways. It must be a necessary condition: whenever `check` returns a finding for
 * (a, b), some tag of one claim lists a tag of the other among its partners.
 *
 * @example
 * import { some, none } from 'fp-ts/Option'
 * import type { Rule, RulePairing } from 'gainsay'
 * // a rule that only ever pairs a claim with a figure against another with a figure
 * const pairing: RulePairing = { tags: (c) => (c.quantities.length > 0 ? ['figure'] : []), partners: () => ['figure'] }
 * const rule: Rule = {
 *   id: 'any-two-figures',
 *   description: 'Flags two claims that both give a figure.',
 *   kinds: ['numeric'],
 *   messages: { m: 'Two figures.' },
 *   check: (a, b) => (a.quantities.length > 0 && b.quantities.length > 0 ? some({ messageId: 'm', data: {}, confidence: 1, evidence: [] }) : none),
 *   pairing
 * }
 * rule.pairing?.partners('figure') // ['figure']
 *
 * @since 0.1.0
 */
export interface RulePairing {
  /** The tags a claim carries for this rule, from the claim and its per-claim context. */
  readonly tags: (c: Claim, ctx: ClaimContext) => ReadonlyArray<string>
  /** The tags of the claims that a claim with this tag can conflict with. */
  readonly partners: (tag: string) => ReadonlyArray<string>
}

/**
 * An ordered collection of rules with unique ids. Build one with `ruleSet`, combine with
 * `MonoidRuleSet`, `addRules`, `removeRules`, `replaceRule`.
 *
 * @example
 * import { ruleSet, builtinRules } from 'gainsay'
 * import * as E from 'fp-ts/Either'
 * const set = ruleSet(builtinRules.rules)
 * E.isRight(set) // true
 *
 * @since 0.1.0
 */
export interface RuleSet {
  readonly _tag: 'RuleSet'
  readonly rules: ReadonlyArray<Rule>
}

/**
 * Why a rule set could not be built, with the offending id.
 *
 * @example
 * import type { RuleSetError } from 'gainsay'
 * const e: RuleSetError = { _tag: 'DuplicateRuleId', id: 'x', message: 'rule id "x" appears twice' }
 *
 * @since 0.1.0
 */
export interface RuleSetError {
  readonly _tag: 'DuplicateRuleId' | 'InvalidRuleId' | 'UnknownRuleId'
  readonly id: string
  readonly message: string
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/

/**
 * Whether a string is a valid rule id: kebab-case, lower-case letters and digits.
 *
 * @example
 * import { isRuleId } from 'gainsay'
 * isRuleId('outcome-success-vs-failure') // true
 * isRuleId('Outcome_rule') // false
 *
 * @since 0.1.0
 */
export const isRuleId = (id: string): boolean => KEBAB.test(id)

const unsafeRuleSet = (rules: ReadonlyArray<Rule>): RuleSet => ({ _tag: 'RuleSet', rules })

/**
 * Builds a rule set, refusing invalid or duplicate ids.
 *
 * @example
 * import { ruleSet, builtinRules } from 'gainsay'
 * import * as E from 'fp-ts/Either'
 * const r = builtinRules.rules[0]!
 * const twice = ruleSet([r, r])
 * E.isLeft(twice) && twice.left._tag // 'DuplicateRuleId'
 *
 * @since 0.1.0
 */
export const ruleSet = (rules: ReadonlyArray<Rule>): E.Either<RuleSetError, RuleSet> => {
  const seen = new Set<string>()
  for (const r of rules) {
    if (!isRuleId(r.id))
      return E.left({ _tag: 'InvalidRuleId', id: r.id, message: `rule id "${r.id}" is not kebab-case (e.g. "numeric-casualty-count")` })
    if (seen.has(r.id)) return E.left({ _tag: 'DuplicateRuleId', id: r.id, message: `rule id "${r.id}" appears twice` })
    seen.add(r.id)
  }
  return E.right(unsafeRuleSet(rules))
}

// -------------------------------------------------------------------------------------
// combinators
// -------------------------------------------------------------------------------------

/**
 * Adds rules at the end; refuses an id already in the set (use `replaceRule` for that).
 *
 * @example
 * import { addRules, removeRules, builtinRules } from 'gainsay'
 * import * as E from 'fp-ts/Either'
 * const outcome = builtinRules.rules.find((r) => r.id === 'outcome-success-vs-failure')!
 * E.isRight(addRules(removeRules(builtinRules, [outcome.id]), [outcome])) // true
 * E.isLeft(addRules(builtinRules, [outcome])) // true
 *
 * @since 0.1.0
 */
export const addRules = (set: RuleSet, rules: ReadonlyArray<Rule>): E.Either<RuleSetError, RuleSet> =>
  ruleSet([...set.rules, ...rules])

/**
 * Removes the rules with the given ids (unknown ids are ignored).
 *
 * @example
 * import { removeRules, builtinRules } from 'gainsay'
 * removeRules(builtinRules, ['numeric-quantity-mismatch']).rules.some((r) => r.id === 'numeric-quantity-mismatch') // false
 *
 * @since 0.1.0
 */
export const removeRules = (set: RuleSet, ids: ReadonlyArray<string>): RuleSet =>
  unsafeRuleSet(set.rules.filter((r) => !ids.includes(r.id)))

/**
 * Replaces the rule with the same id, keeping its position; refuses an id not in the set.
 *
 * @example
 * import { replaceRule, builtinRules } from 'gainsay'
 * import * as E from 'fp-ts/Either'
 * import { none } from 'fp-ts/Option'
 * const quiet = { ...builtinRules.rules[0]!, check: () => none }
 * E.isRight(replaceRule(builtinRules, quiet)) // true
 *
 * @since 0.1.0
 */
export const replaceRule = (set: RuleSet, rule: Rule): E.Either<RuleSetError, RuleSet> =>
  set.rules.some((r) => r.id === rule.id)
    ? E.right(unsafeRuleSet(set.rules.map((r) => (r.id === rule.id ? rule : r))))
    : E.left({ _tag: 'UnknownRuleId', id: rule.id, message: `no rule "${rule.id}" to replace` })

// -------------------------------------------------------------------------------------
// instances
// -------------------------------------------------------------------------------------

/**
 * The empty rule set.
 *
 * @example
 * import { emptyRuleSet } from 'gainsay'
 * emptyRuleSet.rules.length // 0
 *
 * @since 0.1.0
 */
export const emptyRuleSet: RuleSet = unsafeRuleSet([])

/**
 * Rule sets form a monoid: `concat(x, y)` keeps x's order, replaces x's rules by y's rules of
 * the same id in place, and appends y's other rules. `emptyRuleSet` is the identity.
 *
 * @example
 * import { MonoidRuleSet, builtinRules, emptyRuleSet } from 'gainsay'
 * MonoidRuleSet.concat(builtinRules, emptyRuleSet).rules.length === builtinRules.rules.length // true
 *
 * @since 0.1.0
 */
export const MonoidRuleSet: Monoid<RuleSet> = {
  concat: (x, y) => {
    const later = new Map(y.rules.map((r) => [r.id, r] as const))
    const kept = x.rules.map((r) => later.get(r.id) ?? r)
    const ids = new Set(x.rules.map((r) => r.id))
    return unsafeRuleSet([...kept, ...y.rules.filter((r) => !ids.has(r.id))])
  },
  empty: emptyRuleSet
}

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

/**
 * The `{placeholder}` names in a message template, in order, without duplicates.
 *
 * @example
 * import { placeholders } from 'gainsay'
 * placeholders('{a} says {x}, {b} says {y}') // ['a', 'x', 'b', 'y']
 *
 * @since 0.1.0
 */
export const placeholders = (template: string): ReadonlyArray<string> => {
  const out: string[] = []
  for (const m of template.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)) if (m[1] !== undefined && !out.includes(m[1])) out.push(m[1])
  return out
}

/**
 * Fills a template's placeholders from `data`; a placeholder without a value is left as is.
 *
 * @example
 * import { formatMessage } from 'gainsay'
 * formatMessage('{a} disputes {b}', { a: 'the army', b: 'the ministry' }) // 'the army disputes the ministry'
 *
 * @since 0.1.0
 */
export const formatMessage = (template: string, data: MessageData): string =>
  template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, key: string) => {
    const v = data[key]
    return v === undefined ? whole : String(v)
  })
