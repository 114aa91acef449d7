/**
 * Number vocabulary for quantity normalisation.
 *
 * Origin: English cardinal number words and scale words (short scale), vague quantifiers
 * with conventional lower bounds ("dozens" at least 24), and approximation / bound
 * modifiers as used in news copy ("as many as", "at least", "almost"). Typed by hand.
 */

/**
 * Cardinal number words.
 *
 * @example
 * import { NUMBER_WORDS } from 'gainsay'
 * NUMBER_WORDS.get('twelve') // 12
 *
 * @since 0.1.0
 */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['a dozen', 12], ['dozen', 12], ['hundred', 100], ['a hundred', 100],
  ['a thousand', 1000], ['thousand', 1000], ['a million', 1e6], ['a billion', 1e9], ['half a dozen', 6], ['a couple of', 2], ['a pair of', 2],
  ['single', 1], ['both', 2]
])

/**
 * Scale words that multiply a preceding number ("33 million").
 *
 * @example
 * import { SCALE_WORDS } from 'gainsay'
 * SCALE_WORDS.get('million') // 1000000
 *
 * @since 0.1.0
 */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['k', 1e3], ['million', 1e6], ['mn', 1e6], ['m', 1e6], ['billion', 1e9], ['bn', 1e9], ['trillion', 1e12]
])

/**
 * Vague quantities: a conventional value, read as approximate lower bounds ("dozens of
 * people" is at least 24, "several" at least 3).
 *
 * @example
 * import { VAGUE_QUANTITIES } from 'gainsay'
 * VAGUE_QUANTITIES.get('dozens') // 24
 *
 * @since 0.1.0
 */
export const VAGUE_QUANTITIES: ReadonlyMap<string, number> = new Map([
  ['dozens', 24], ['scores', 40], ['hundreds', 200], ['thousands', 2000], ['tens of thousands', 20000],
  ['hundreds of thousands', 200000], ['millions', 2e6], ['billions', 2e9], ['several', 3], ['multiple', 2],
  ['numerous', 3], ['a handful of', 3]
])

/**
 * Modifiers before a number and what they mean.
 *
 * @example
 * import { QUANTITY_MODIFIERS } from 'gainsay'
 * QUANTITY_MODIFIERS.find((m) => m.phrase === 'at least')?.bound // 'min'
 *
 * @since 0.1.0
 */
export const QUANTITY_MODIFIERS: ReadonlyArray<{ readonly phrase: string; readonly approximate: boolean; readonly bound: 'exact' | 'min' | 'max' }> = [
  { phrase: 'about', approximate: true, bound: 'exact' },
  { phrase: 'around', approximate: true, bound: 'exact' },
  { phrase: 'approximately', approximate: true, bound: 'exact' },
  { phrase: 'roughly', approximate: true, bound: 'exact' },
  { phrase: 'some', approximate: true, bound: 'exact' },
  { phrase: 'an estimated', approximate: true, bound: 'exact' },
  { phrase: 'estimated', approximate: true, bound: 'exact' },
  { phrase: 'circa', approximate: true, bound: 'exact' },
  { phrase: 'close to', approximate: true, bound: 'max' },
  { phrase: 'nearly', approximate: true, bound: 'max' },
  { phrase: 'almost', approximate: true, bound: 'max' },
  { phrase: 'just under', approximate: true, bound: 'max' },
  { phrase: 'just over', approximate: true, bound: 'min' },
  { phrase: 'at least', approximate: false, bound: 'min' },
  { phrase: 'more than', approximate: false, bound: 'min' },
  { phrase: 'over', approximate: false, bound: 'min' },
  { phrase: 'upwards of', approximate: false, bound: 'min' },
  { phrase: 'no fewer than', approximate: false, bound: 'min' },
  { phrase: 'no less than', approximate: false, bound: 'min' },
  { phrase: 'in excess of', approximate: false, bound: 'min' },
  { phrase: 'at most', approximate: false, bound: 'max' },
  { phrase: 'up to', approximate: false, bound: 'max' },
  { phrase: 'as many as', approximate: false, bound: 'max' },
  { phrase: 'as much as', approximate: false, bound: 'max' },
  { phrase: 'no more than', approximate: false, bound: 'max' },
  { phrase: 'fewer than', approximate: false, bound: 'max' },
  { phrase: 'less than', approximate: false, bound: 'max' },
  { phrase: 'under', approximate: false, bound: 'max' }
]

/**
 * Unit words after a number, mapped to a unit name.
 *
 * @example
 * import { UNIT_WORDS } from 'gainsay'
 * UNIT_WORDS.get('percent') // 'percent'
 *
 * @since 0.1.0
 */
export const UNIT_WORDS: ReadonlyMap<string, string> = new Map([
  ['%', 'percent'], ['percent', 'percent'], ['per cent', 'percent'], ['pct', 'percent'], ['times', 'times'], ['fold', 'times'],
  ['km', 'km'], ['kilometers', 'km'], ['kilometres', 'km'], ['miles', 'mile'], ['mile', 'mile'], ['meters', 'm'], ['metres', 'm'],
  ['feet', 'ft'], ['kg', 'kg'], ['tons', 'ton'], ['tonnes', 'ton'], ['barrels', 'barrel'], ['dollars', 'USD'], ['euros', 'EUR'],
  ['pounds', 'GBP'], ['minutes', 'minute'], ['hours', 'hour'], ['days', 'day'], ['weeks', 'week'], ['months', 'month'], ['years', 'year'],
  ['gbps', 'Gbps'], ['tbps', 'Tbps'], ['mbps', 'Mbps']
])

/**
 * Currency symbols before a number.
 *
 * @example
 * import { CURRENCY_SYMBOLS } from 'gainsay'
 * CURRENCY_SYMBOLS.get('$') // 'USD'
 *
 * @since 0.1.0
 */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY']])
