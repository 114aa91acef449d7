/**
 * Building blocks shared by every record: spans, nullable helpers and branded ids.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A `T | null` codec. Records use `null` (not `undefined`) for "unknown" so that they
 * survive a JSON round trip unchanged.
 *
 * @example
 * import { nullable } from 'gainsay'
 * import * as t from 'io-ts'
 * nullable(t.string).is(null) // true
 *
 * @since 0.1.0
 */
export const nullable = <C extends t.Mixed>(codec: C): t.UnionC<[C, t.NullC]> =>
  t.union([codec, t.null])

/**
 * A non-negative integer: a UTF-16 offset or a count.
 *
 * @example
 * import { Offset } from 'gainsay'
 * Offset.is(3) // true
 * Offset.is(-1) // false
 *
 * @since 0.1.0
 */
export const Offset = t.refinement(t.number, (n) => Number.isInteger(n) && n >= 0, 'Offset')

/**
 * A half-open range `[start, end)` of UTF-16 code units into an article's original text:
 * `article.text.slice(start, end)` is the text the record was derived from.
 *
 * @example
 * import { Span } from 'gainsay'
 * Span.is({ start: 0, end: 4 }) // true
 *
 * @since 0.1.0
 */
export const Span = t.type({ start: Offset, end: Offset }, 'Span')
/** @since 0.1.0 */
export type Span = t.TypeOf<typeof Span>

/**
 * A span together with the text it covers.
 *
 * @example
 * import { TextSpan } from 'gainsay'
 * TextSpan.is({ text: 'Tehran', start: 0, end: 6 }) // true
 *
 * @since 0.1.0
 */
export const TextSpan = t.type({ text: t.string, start: Offset, end: Offset }, 'TextSpan')
/** @since 0.1.0 */
export type TextSpan = t.TypeOf<typeof TextSpan>

/**
 * A number in [0, 1]: a confidence, a score, a probability.
 *
 * @example
 * import { Unit } from 'gainsay'
 * Unit.is(0.5) // true
 * Unit.is(2) // false
 *
 * @since 0.1.0
 */
export const Unit = t.refinement(t.number, (n) => Number.isFinite(n) && n >= 0 && n <= 1, 'Unit')

const nonEmptyId = <B extends string>(name: B) =>
  t.brand(
    t.string,
    (s): s is t.Branded<string, { readonly [K in B]: symbol }> => s.length > 0,
    name
  )

/**
 * Branded ids. Every id is a stable function of the input (never a counter shared across
 * runs), so two runs over the same input give the same ids.
 *
 * @example
 * import { ArticleId } from 'gainsay'
 * ArticleId.is('003_90b9d473a55fd44e') // true
 * ArticleId.is('') // false
 *
 * @since 0.1.0
 */
export const ArticleId = nonEmptyId('ArticleId')
/** @since 0.1.0 */
export type ArticleId = t.TypeOf<typeof ArticleId>
/**
 * @example
 * import { QuoteId } from 'gainsay'
 * QuoteId.is('q_1a2b3c4d5e6f') // true
 *
 * @since 0.1.0
 */
export const QuoteId = nonEmptyId('QuoteId')
/** @since 0.1.0 */
export type QuoteId = t.TypeOf<typeof QuoteId>
/**
 * @example
 * import { SpeakerId } from 'gainsay'
 * SpeakerId.is('spk_1a2b3c4d5e6f') // true
 *
 * @since 0.1.0
 */
export const SpeakerId = nonEmptyId('SpeakerId')
/** @since 0.1.0 */
export type SpeakerId = t.TypeOf<typeof SpeakerId>
/**
 * @example
 * import { ClaimId } from 'gainsay'
 * ClaimId.is('clm_1a2b3c4d5e6f') // true
 *
 * @since 0.1.0
 */
export const ClaimId = nonEmptyId('ClaimId')
/** @since 0.1.0 */
export type ClaimId = t.TypeOf<typeof ClaimId>
/**
 * @example
 * import { ClusterId } from 'gainsay'
 * ClusterId.is('cls_1a2b3c4d5e6f') // true
 *
 * @since 0.1.0
 */
export const ClusterId = nonEmptyId('ClusterId')
/** @since 0.1.0 */
export type ClusterId = t.TypeOf<typeof ClusterId>
/**
 * @example
 * import { ContradictionId } from 'gainsay'
 * ContradictionId.is('ctr_1a2b3c4d5e6f') // true
 *
 * @since 0.1.0
 */
export const ContradictionId = nonEmptyId('ContradictionId')
/** @since 0.1.0 */
export type ContradictionId = t.TypeOf<typeof ContradictionId>

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Brands a string as an id without a runtime check; for ids the library builds itself.
 * Use the codecs (`ArticleId.decode`) for ids that come from outside.
 *
 * @example
 * import { unsafeId, type ArticleId } from 'gainsay'
 * const id: ArticleId = unsafeId<ArticleId>('a1')
 *
 * @since 0.1.0
 */
export const unsafeId = <I extends string>(s: string): I => s as I
