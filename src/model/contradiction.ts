/**
 * Contradiction: two claims about the same event that cannot both hold.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts'
import { ArticleId, ClaimId, ContradictionId, Offset, Unit, nullable } from './common'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The kinds of contradiction the built-in rules find. User rules may add their own kinds.
 *
 * @example
 * import { BuiltinContradictionKind } from 'gainsay'
 * BuiltinContradictionKind.is('location') // true
 *
 * @since 0.1.0
 */
export const BuiltinContradictionKind = t.keyof(
  {
    outcome: null,
    occurrence: null,
    'attempt-vs-occurrence': null,
    location: null,
    numeric: null,
    responsibility: null,
    temporal: null,
    retraction: null,
    internal: null
  },
  'BuiltinContradictionKind'
)
/** @since 0.1.0 */
export type BuiltinContradictionKind = t.TypeOf<typeof BuiltinContradictionKind>

/**
 * One side of a contradiction, enough to show and to find again.
 *
 * @example
 * import { ClaimRef } from 'gainsay'
 * ClaimRef.is({ claimId: 'c', articleId: 'a', text: 'It failed.', start: 0, end: 10, speaker: null, outlet: null }) // true
 *
 * @since 0.1.0
 */
export const ClaimRef = t.type(
  {
    claimId: ClaimId,
    articleId: ArticleId,
    text: t.string,
    start: Offset,
    end: Offset,
    speaker: nullable(t.string),
    outlet: nullable(t.string)
  },
  'ClaimRef'
)
/** @since 0.1.0 */
export type ClaimRef = t.TypeOf<typeof ClaimRef>

/**
 * A finding.
 *
 * @example
 * import { Contradiction } from 'gainsay'
 * Contradiction.is({}) // false
 *
 * @since 0.1.0
 */
export const Contradiction = t.type(
  {
    id: ContradictionId,
    /** A built-in kind or a user rule's own. */
    kind: t.string,
    /** The kebab-case id of the rule that found it. */
    rule: t.string,
    confidence: Unit,
    a: ClaimRef,
    b: ClaimRef,
    /** One sentence a person can read. */
    explanation: t.string,
    /** A short description of the shared event, when the rule knows it. */
    event: nullable(t.string),
    /** The cue words that decided it, from either side. */
    evidence: t.readonlyArray(t.string)
  },
  'Contradiction'
)
/** @since 0.1.0 */
export type Contradiction = t.TypeOf<typeof Contradiction>
