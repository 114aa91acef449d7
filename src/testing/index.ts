/**
 * gainsay/testing: fixtures and a RuleTester for contradiction rules.
 *
 * @since 0.1.0
 */
export { type ClaimFixture, claim } from './claim'
export {
  type TestFramework,
  type ValidCase,
  type InvalidCase,
  type ExpectedFinding,
  type RuleTests,
  type RuleTesterOptions,
  RuleTester,
  ruleTester,
  ruleProblems,
  deepFreeze
} from './rule-tester'
