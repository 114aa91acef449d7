/**
 * Attempt and plan cues.
 *
 * Origin: hand lists of conative verbs (try, attempt, seek) and of intention and
 * deliberation ("considering", "plans to", "threatened to", "is preparing"), merged with
 * WordNet 3.0 synsets generated into `wordnet-generated.ts` (try.v.01; plan, intend,
 * contemplate, consider). Matched on word stems.
 */
import { WN_ATTEMPT_VERBS, WN_PLAN_VERBS } from './wordnet-generated'

/**
 * Attempt cues: someone tried (the outcome is not said).
 *
 * @example
 * import { ATTEMPT_CUES } from 'gainsay'
 * ATTEMPT_CUES.includes('attempt') // true
 *
 * @since 0.1.0
 */
export const ATTEMPT_CUES: ReadonlyArray<string> = [
  ...WN_ATTEMPT_VERBS,
  'tried', 'tries', 'trying', 'attempted', 'attempting', 'attempts', 'seek|sought|seeks|seeking to', 'endeavor|endeavour',
  'bid to', 'effort|efforts to', 'try hard', 'tried hard', 'attempted attack|attacks'
]

/**
 * Plan and intent cues: the act is considered, intended, threatened or scheduled, not done.
 *
 * @example
 * import { PLAN_CUES } from 'gainsay'
 * PLAN_CUES.includes('considering') // true
 *
 * @since 0.1.0
 */
export const PLAN_CUES: ReadonlyArray<string> = [
  ...WN_PLAN_VERBS,
  'considering', 'considered', 'weighing', 'mulling', 'plans to', 'planned', 'planning', 'plan to', 'intends to', 'intend to',
  'intention', 'aims to', 'aim to', 'preparing to', 'prepare to', 'prepared to', 'threatened to', 'threaten to', 'threatens to',
  'vowed to', 'vow to', 'pledged to', 'will', "'ll", 'going to', 'scheduled', 'expected to', 'set to', 'poised to', 'ready to',
  'options', 'proposal', 'proposed', 'contingency', 'in the works', 'cocked and loaded', 'called off', 'pulled back',
  'backed away from', 'approved a', 'gave the go-ahead', 'ordered'
]
