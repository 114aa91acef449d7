/**
 * Wording that asserts without support or disparages rather than reports, for the
 * loaded-wording signal.
 *
 * Origin: hand list after the "words to watch" of news style guides (Wikipedia's MOS:WTW,
 * the AP Stylebook on "claims" and labels) and the dismissal formulas common in official
 * rebuttals; complements the single-word `LOADED_WORDS` of the claims lexicons.
 *
 * @since 0.1.0
 */

/**
 * Phrases (lower case, matched on word boundaries) that dismiss or assert without evidence.
 *
 * @example
 * import { DISMISSIVE_PHRASES } from 'gainsay'
 * DISMISSIVE_PHRASES.includes('sheer lie') // true
 *
 * @since 0.1.0
 */
export const DISMISSIVE_PHRASES: ReadonlyArray<string> = [
  'sheer lie',
  'sheer lies',
  'pure lie',
  'big lie',
  'blatant lie',
  'outright lie',
  'baseless',
  'groundless',
  'without evidence',
  'without any evidence',
  'without providing evidence',
  'fake news',
  'propaganda',
  'psychological warfare',
  'fabricated',
  'fabrication',
  'hoax',
  'smear',
  'nonsense',
  'ridiculous',
  'absurd',
  'so-called',
  'false flag'
]
