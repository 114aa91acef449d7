/**
 * Contradiction detection: rules as data, rule sets that compose, event scoping, the
 * built-in rules and the detector.
 *
 * @since 0.1.0
 */
export {
  type Rule,
  type RuleSet,
  type RuleSetError,
  type RulePairing,
  type Finding,
  type MessageData,
  isRuleId,
  ruleSet,
  addRules,
  removeRules,
  replaceRule,
  emptyRuleSet,
  MonoidRuleSet,
  placeholders,
  formatMessage
} from './rule'
export type { ArticleInfo, ClaimContext, ContradictionInput, RuleContext } from './context'
export type { EventScope } from './scope'
export { type ClaimReading, readClaim } from './reading'
export { type TimeWindow, type TimeRelation, isoDays, claimWindow, relateWindows } from './time'
export { builtinRules } from './builtin'
export { type DetectOptions, detectContradictions } from './detect'
export { outcomeRule } from './rules/outcome'
export { occurrenceRule } from './rules/occurrence'
export { attemptRule } from './rules/attempt'
export { locationRule } from './rules/location'
export { numericRule } from './rules/numeric'
export { responsibilityRule } from './rules/responsibility'
export { temporalRule } from './rules/temporal'
export { retractionRule } from './rules/retraction'
export { internalRule } from './rules/internal'
