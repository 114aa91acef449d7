/**
 * The one adapter for the `natural` package. Only the submodules used are imported: the
 * package root loads database clients and prints on import. The rest of gainsay speaks
 * these functions, so `natural` can be swapped here alone.
 *
 * @since 0.1.0
 */
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js'
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js'
import { LevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance.js'
import { words as naturalStopwords } from 'natural/lib/natural/util/stopwords.js'
import { memoByString } from '../internal/memo'


/**
 * Porter stem of a lower-case word (memoised).
 *
 * @example
 * import { stem } from 'gainsay'
 * stem('attacks') // 'attack'
 *
 * @since 0.1.0
 */
export const stem: (word: string) => string = memoByString((word: string): string => PorterStemmer.stem(word), 200_000)

/**
 * Jaro-Winkler similarity in [0, 1], for name matching.
 *
 * @example
 * import { jaroWinkler } from 'gainsay'
 * jaroWinkler('Gholamreza', 'Gholam-Reza') > 0.9 // true
 *
 * @since 0.1.0
 */
export const jaroWinkler = (a: string, b: string): number => JaroWinklerDistance(a, b, { ignoreCase: true })

/**
 * Levenshtein edit distance.
 *
 * @example
 * import { levenshtein } from 'gainsay'
 * levenshtein('colour', 'color') // 1
 *
 * @since 0.1.0
 */
export const levenshtein = (a: string, b: string): number => LevenshteinDistance(a, b)

/**
 * English stop words, as shipped by natural.
 *
 * @example
 * import { STOPWORDS } from 'gainsay'
 * STOPWORDS.has('the') // true
 *
 * @since 0.1.0
 */
export const STOPWORDS: ReadonlySet<string> = new Set(naturalStopwords)
