/**
 * Cluster and Copying: the same statement across outlets, and who copied whom.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts'
import { ArticleId, ClusterId, Offset, QuoteId, Unit, nullable } from './common'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * One appearance of a statement.
 *
 * @example
 * import { ClusterMember } from 'gainsay'
 * ClusterMember.is({ articleId: 'a', outlet: null, published: null, speaker: null, quoteId: null, text: 'x', start: 0, end: 1 }) // true
 *
 * @since 0.1.0
 */
export const ClusterMember = t.type(
  {
    articleId: ArticleId,
    outlet: nullable(t.string),
    published: nullable(t.string),
    speaker: nullable(t.string),
    quoteId: nullable(QuoteId),
    text: t.string,
    start: Offset,
    end: Offset
  },
  'ClusterMember'
)
/** @since 0.1.0 */
export type ClusterMember = t.TypeOf<typeof ClusterMember>

/**
 * A group of two or more spans that report the same statement.
 *
 * @example
 * import { Cluster } from 'gainsay'
 * Cluster.is({}) // false
 *
 * @since 0.1.0
 */
export const Cluster = t.type(
  {
    id: ClusterId,
    kind: t.keyof({ quote: null, passage: null }),
    /** The most representative wording (the medoid by similarity). */
    canonical: t.string,
    members: t.readonlyArray(ClusterMember),
    /** Index into `members` of the earliest appearance (by publication date, then input order). */
    earliest: Offset,
    /** Lowest pairwise sameStatement score inside the cluster. */
    cohesion: Unit,
    /** How the members differ from the canonical text, word by word. */
    differences: t.readonlyArray(
      t.type({
        member: Offset,
        /** Words the member has that the canonical lacks, and the reverse. */
        added: t.readonlyArray(t.string),
        removed: t.readonlyArray(t.string)
      })
    )
  },
  'Cluster'
)
/** @since 0.1.0 */
export type Cluster = t.TypeOf<typeof Cluster>

/**
 * A passage two articles share, as aligned word runs.
 *
 * @example
 * import { SharedPassage } from 'gainsay'
 * SharedPassage.is({ aStart: 0, aEnd: 40, bStart: 100, bEnd: 140, words: 8, text: '...' }) // true
 *
 * @since 0.1.0
 */
export const SharedPassage = t.type(
  {
    aStart: Offset,
    aEnd: Offset,
    bStart: Offset,
    bEnd: Offset,
    words: Offset,
    text: t.string
  },
  'SharedPassage'
)
/** @since 0.1.0 */
export type SharedPassage = t.TypeOf<typeof SharedPassage>

/**
 * Two articles that share passages. `direction` says who copied whom: from publication order
 * where known, `common-source` where both credit (or share) a third source, null otherwise.
 *
 * @example
 * import { Copying } from 'gainsay'
 * Copying.is({}) // false
 *
 * @since 0.1.0
 */
export const Copying = t.type(
  {
    a: ArticleId,
    b: ArticleId,
    sharedWords: Offset,
    /** Share of the shorter article's body words that are shared. */
    overlap: Unit,
    direction: nullable(t.keyof({ 'a->b': null, 'b->a': null, 'common-source': null })),
    /** Why that direction: "a published 2019-10-25, b 2019-12", "both credit Fars News Agency". */
    reason: t.string,
    passages: t.readonlyArray(SharedPassage)
  },
  'Copying'
)
/** @since 0.1.0 */
export type Copying = t.TypeOf<typeof Copying>
