/**
 * Loaded wording: words that carry the writer's judgement rather than report a fact.
 *
 * Origin: hand list after the subjectivity clues of Wilson, Wiebe & Hoffmann (MPQA
 * subjectivity lexicon, 2005), restricted to strongly subjective words frequent in conflict
 * reporting, plus labelling terms flagged in news style guides (AP Stylebook on
 * "regime", "terrorist", "so-called").
 */

/**
 * Loaded words and phrases, matched on word stems.
 *
 * @example
 * import { LOADED_WORDS } from 'gainsay'
 * LOADED_WORDS.includes('regime') // true
 *
 * @since 0.1.0
 */
export const LOADED_WORDS: ReadonlyArray<string> = [
  'regime', 'zionist', 'terrorist', 'terrorists', 'terrorism', 'cyber-terrorism', 'enemy', 'enemies', 'hostile', 'aggression',
  'aggressor', 'so-called', 'puppet', 'thugs', 'rogue', 'evil', 'criminal', 'barbaric', 'heinous', 'cowardly', 'brutal',
  'slammed', 'lashed out', 'blasted', 'irresponsibly', 'irresponsible', 'sheer', 'outrageous', 'shameful', 'arrogant',
  'unilateralism', 'bullying', 'maximum pressure', 'plots', 'sabotage', 'martyr', 'martyrs', 'crusade', 'invaders', 'occupiers'
]
