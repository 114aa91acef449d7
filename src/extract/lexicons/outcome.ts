/**
 * Success, failure and implicative vocabulary for outcome claims, written from the point of
 * view of the event (the attack, the bill, the launch) rather than of its agent.
 *
 * Origin: implicative and factive verb classes from Karttunen, "Implicative Verbs" (1971) and
 * Nairn, Condoravdi & Karttunen, "Computing Relative Polarity for Textual Inference" (2006);
 * counter and damage verbs merge a hand list with WordNet 3.0 synsets generated into
 * `wordnet-generated.ts` (see `scripts/build-lexicons.ts`). Irregular forms are listed by
 * hand because matching is on Porter stems.
 */
import { WN_COUNTER_VERBS, WN_DAMAGE_VERBS, WN_FAIL_VERBS, WN_SUCCEED_VERBS, WN_SUCCESS_ANTONYMS } from './wordnet-generated'

/**
 * How an implicative verb passes polarity to its complement: `keep` ("managed to X" entails
 * X), `flip` ("failed to X" entails not X).
 *
 * @example
 * import type { ImplicativeEntry } from 'gainsay'
 * const e: ImplicativeEntry = { phrase: 'managed to', effect: 'keep' }
 *
 * @since 0.1.0
 */
export interface ImplicativeEntry {
  readonly phrase: string
  readonly effect: 'keep' | 'flip'
}

/**
 * Implicative phrases: they govern the next outcome word within a few tokens, and stand
 * alone as success/failure when nothing follows ("the attempt failed").
 *
 * @example
 * import { IMPLICATIVES } from 'gainsay'
 * IMPLICATIVES.find((i) => i.phrase.startsWith('fail'))?.effect // 'flip'
 *
 * @since 0.1.0
 */
export const IMPLICATIVES: ReadonlyArray<ImplicativeEntry> = [
  { phrase: 'fail|fails|failed|failing to', effect: 'flip' },
  { phrase: 'failed|fail in', effect: 'flip' },
  { phrase: 'unable to', effect: 'flip' },
  { phrase: 'refuse|refused|refuses to', effect: 'flip' },
  { phrase: 'neglect|neglected to', effect: 'flip' },
  { phrase: 'prevent|prevented|prevents ... from', effect: 'flip' },
  { phrase: 'stop|stopped ... from', effect: 'flip' },
  { phrase: 'keep|kept ... from', effect: 'flip' },
  { phrase: 'manage|managed|manages to', effect: 'keep' },
  { phrase: 'succeed|succeeded|succeeds in', effect: 'keep' },
  { phrase: 'successful|success in', effect: 'keep' },
  { phrase: 'been successful in', effect: 'keep' },
  { phrase: 'able to', effect: 'keep' },
  { phrase: 'help|helped|helps ... to', effect: 'keep' },
  { phrase: 'went on to', effect: 'keep' }
]

/**
 * Words saying the event itself succeeded ("successful attack", "the strike succeeded").
 *
 * @example
 * import { SUCCESS_WORDS } from 'gainsay'
 * SUCCESS_WORDS.includes('successfully') // true
 *
 * @since 0.1.0
 */
export const SUCCESS_WORDS: ReadonlyArray<string> = [
  ...WN_SUCCEED_VERBS.filter((w) => w !== 'manage'),
  'success', 'successful', 'successfully', 'effective', 'effectively', 'worked', 'achieved its goal|goals',
  'hit its target|targets', 'paid off', 'went through'
]

/**
 * Words saying the event itself failed ("unsuccessful attack", "the launch failed").
 *
 * @example
 * import { FAILURE_WORDS } from 'gainsay'
 * FAILURE_WORDS.includes('unsuccessful') // true
 *
 * @since 0.1.0
 */
export const FAILURE_WORDS: ReadonlyArray<string> = [
  ...WN_FAIL_VERBS,
  ...WN_SUCCESS_ANTONYMS,
  'failed', 'botched', 'abortive', 'fruitless', 'futile', 'in vain', 'ineffective', 'backfired',
  'fell short', 'came to nothing', 'fizzled', 'flopped', 'collapsed', 'missed its target|targets'
]

/**
 * Verbs (and their nominalisations) of stopping an event: if they happened, the event they
 * act on failed ("the attack was thwarted"). Hand list plus WordNet counter verbs.
 *
 * @example
 * import { COUNTER_WORDS } from 'gainsay'
 * COUNTER_WORDS.includes('foil') // true
 *
 * @since 0.1.0
 */
export const COUNTER_WORDS: ReadonlyArray<string> = [
  ...WN_COUNTER_VERBS.filter((w) => w !== 'prevent' && w !== 'frustrate'),
  'thwart', 'foil', 'repel', 'repulse', 'neutralize|neutralise|neutralized|neutralised', 'defuse', 'intercept', 'block',
  'deter', 'fend|fended|fending off', 'beat|beaten back', 'fought off', 'fight off', 'ward|warded off',
  'shoot|shot down the|a missile|missiles|rocket|rockets', 'defeat|defeated', 'contain|contained', 'control|controlled',
  'deal|dealt with', 'avert|averted', 'disrupted the plot|attack', 'stop|stopped', 'halt|halted', 'derail|derailed',
  'counter|countered', 'identified and defused|repelled|thwarted'
]

/**
 * Words saying an event had its effect on a target (so it was not, or not wholly, stopped):
 * "suffered hours of disruption", "affected several providers". Hand list plus WordNet
 * damage verbs. "Suffer" counts only with what was suffered (not "suffering from an allergy").
 *
 * @example
 * import { EFFECT_WORDS } from 'gainsay'
 * EFFECT_WORDS.includes('damage') // true
 *
 * @since 0.1.0
 */
export const EFFECT_WORDS: ReadonlyArray<string> = [
  ...WN_DAMAGE_VERBS,
  'affect|affected', 'suffer|suffered ... damage|losses|disruption|disruptions|outage|outages|casualties|setback|setbacks|blow|breach|breaches|defeat|attack|attacks', 'disruption|disruptions|outage|outages', 'damage|damaged',
  'breach|breached', 'compromise|compromised', 'penetrate|penetrated', 'infiltrate|infiltrated',
  'cripple|crippled', 'knock|knocked out|offline', 'take|took|taken down|offline', 'shut down', 'paralyse|paralysed',
  'wiped out', 'destroyed', 'infect|infected', 'steal|stole|stolen', 'leak|leaked', 'kill|killed', 'injure|injured',
  'wound|wounded', 'hit', 'struck', 'harm|harmed', 'casualties', 'destruction', 'disabled', 'sabotage|sabotaged'
]

/**
 * Contrast connectives that, with a counter word and an effect word in one clause, make the
 * outcome partial ("dealt with immediately, it still affected several providers").
 *
 * @example
 * import { CONCESSIVE_WORDS } from 'gainsay'
 * CONCESSIVE_WORDS.includes('still') // true
 *
 * @since 0.1.0
 */
export const CONCESSIVE_WORDS: ReadonlyArray<string> = ['although', 'though', 'still', 'nevertheless', 'nonetheless', 'yet', 'despite', 'even so', 'partially', 'partly', 'some']
