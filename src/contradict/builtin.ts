/**
 * The built-in rule set.
 *
 * @since 0.1.0
 */
import type { RuleSet } from './rule'
import { outcomeRule } from './rules/outcome'
import { occurrenceRule } from './rules/occurrence'
import { attemptRule } from './rules/attempt'
import { locationRule } from './rules/location'
import { numericRule } from './rules/numeric'
import { responsibilityRule } from './rules/responsibility'
import { temporalRule } from './rules/temporal'
import { retractionRule } from './rules/retraction'
import { internalRule } from './rules/internal'

/**
 * Every built-in rule, in the order findings are preferred when two rules fire on one pair:
 * retraction (a source against itself) first, then attempt, internal, occurrence, outcome,
 * location, responsibility, numeric, temporal.
 *
 * @example
 * import { builtinRules } from 'gainsay'
 * builtinRules.rules.map((r) => r.id).includes('location-international-vs-territorial') // true
 *
 * @since 0.1.0
 */
export const builtinRules: RuleSet = {
  _tag: 'RuleSet',
  rules: [
    retractionRule,
    attemptRule,
    internalRule,
    occurrenceRule,
    outcomeRule,
    locationRule,
    responsibilityRule,
    numericRule,
    temporalRule
  ]
}
