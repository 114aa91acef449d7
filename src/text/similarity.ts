/**
 * The one adapter for the `string-similarity` package (Sørensen–Dice over character bigrams).
 *
 * @since 0.1.0
 */
import stringSimilarity from 'string-similarity'

/**
 * Dice coefficient of character bigrams, in [0, 1].
 *
 * @example
 * import { diceSimilarity } from 'gainsay'
 * diceSimilarity('cyber-attacks', 'cyberattacks') > 0.8 // true
 *
 * @since 0.1.0
 */
export const diceSimilarity = (a: string, b: string): number => stringSimilarity.compareTwoStrings(a, b)
