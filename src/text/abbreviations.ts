/**
 * Abbreviations that end in a period without ending a sentence, and the words that, when
 * capitalised after such a period, show that a new sentence has begun after all.
 *
 * Origin: hand-compiled for gainsay from the AP Stylebook's abbreviation entries (titles
 * before names, months, addresses, corporate suffixes) and the abbreviation list of the
 * Punkt sentence tokenizer (Kiss & Strunk 2006) as shipped with NLTK's English model,
 * restricted to forms common in news copy. Lower-cased, without the final period.
 *
 * @since 0.1.0
 */

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Titles, ranks and honorifics that stand before a name: a period after them never ends a
 * sentence ("Brig. Gen. Smith", "Dr. Jones").
 *
 * @example
 * import { TITLE_ABBREVIATIONS } from 'gainsay'
 * TITLE_ABBREVIATIONS.has('gen') // true
 *
 * @since 0.1.0
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'hon', 'fr', 'sr', 'jr', 'st', 'messrs', 'mme', 'mlle',
  'gen', 'brig', 'lt', 'col', 'capt', 'cpt', 'sgt', 'maj', 'adm', 'cmdr', 'cdr', 'cpl', 'pvt', 'pfc',
  'gov', 'sen', 'rep', 'reps', 'sens', 'pres', 'supt', 'insp', 'det', 'atty', 'amb', 'sec', 'gens',
  'rt', 'msgr', 'ret', 'lieut', 'comdr', 'ens', 'spc', 'sgts', 'vice'
])

/**
 * Month abbreviations ("Sept. 14"): no sentence break before a number.
 *
 * @example
 * import { MONTH_ABBREVIATIONS } from 'gainsay'
 * MONTH_ABBREVIATIONS.has('sept') // true
 *
 * @since 0.1.0
 */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'
])

/**
 * Abbreviations that usually precede a number ("No. 5", "Vol. 3", "p. 12").
 *
 * @example
 * import { NUMERIC_ABBREVIATIONS } from 'gainsay'
 * NUMERIC_ABBREVIATIONS.has('no') // true
 *
 * @since 0.1.0
 */
export const NUMERIC_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'vol', 'vols', 'art', 'arts', 'fig', 'figs', 'p', 'pp', 'ch', 'chap', 'para', 'ed',
  'op', 'ex', 'tel', 'ext', 'approx', 'ca', 'nr', 'rm', 'bldg', 'apt', 'hwy', 'rte', 'sec'
])

/**
 * Other abbreviations that may end a sentence or not ("Acme Inc. said", "and so on, etc. The").
 *
 * @example
 * import { OTHER_ABBREVIATIONS } from 'gainsay'
 * OTHER_ABBREVIATIONS.has('inc') // true
 *
 * @since 0.1.0
 */
export const OTHER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'inc', 'co', 'corp', 'ltd', 'llc', 'plc', 'bros', 'assn', 'dept', 'univ', 'govt', 'etc', 'vs', 'v',
  'cf', 'al', 'ave', 'blvd', 'rd', 'mt', 'ft', 'hwy', 'pt', 'est', 'min', 'max', 'mln', 'bln', 'tr',
  'intl', 'natl', 'admin', 'mgmt', 'jr', 'sr', 'esq', 'phd', 'ph', 'mph', 'kg', 'km', 'lb', 'lbs',
  'oz', 'sq', 'gal', 'hr', 'hrs', 'mins', 'sec', 'secs', 'yr', 'yrs', 'wk', 'mo', 'mos', 'ariz',
  'calif', 'colo', 'conn', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn',
  'miss', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo'
])

/**
 * Abbreviations after which a sentence never ends, whatever follows ("vs. Smith", "e.g. The").
 *
 * @example
 * import { NEVER_FINAL_ABBREVIATIONS } from 'gainsay'
 * NEVER_FINAL_ABBREVIATIONS.has('e.g') // true
 *
 * @since 0.1.0
 */
export const NEVER_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['vs', 'v', 'cf', 'e.g', 'i.e', 'viz'])

/**
 * Capitalised words that start a new sentence after an ambiguous abbreviation: function
 * words (pronouns, determiners, prepositions, conjunctions) and sentence adverbs. "the U.S.
 * Army" keeps one sentence; "originated from the U.S. On February 8" is two.
 *
 * @example
 * import { SENTENCE_OPENERS } from 'gainsay'
 * SENTENCE_OPENERS.has('the') // true
 *
 * @since 0.1.0
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'you', 'his', 'her', 'their', 'our', 'my', 'your', 'there', 'here', 'on', 'in', 'at', 'by', 'for',
  'from', 'with', 'without', 'after', 'before', 'during', 'since', 'until', 'but', 'and', 'or', 'so',
  'yet', 'nor', 'however', 'meanwhile', 'also', 'then', 'now', 'when', 'while', 'if', 'as',
  'although', 'though', 'because', 'according', 'earlier', 'later', 'today', 'yesterday',
  'tomorrow', 'what', 'why', 'how', 'who', 'whom', 'which', 'where', 'some', 'many', 'most', 'both',
  'all', 'no', 'not', 'one', 'each', 'every', 'such', 'other', 'another', 'still', 'even', 'thus',
  'instead', 'indeed', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'despite',
  'under', 'over', 'among', 'against', 'about', 'asked', 'last', 'next', 'several', 'few', 'more',
  'officials', 'authorities', 'police', 'experts', 'analysts', 'critics', 'residents', 'people'
])
