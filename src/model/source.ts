/**
 * SourceScore and Proposition: how far each source can be trusted, and which version of a
 * disputed proposition the evidence favours.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts'
import { ArticleId, ClaimId, TextSpan, Unit } from './common'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A reliability score for one outlet or one speaker, with the signals behind it.
 *
 * @example
 * import { SourceScore } from 'gainsay'
 * SourceScore.is({ kind: 'outlet', outlet: 'X', speaker: null, score: 0.5, signals: {}, explanation: '' }) // true
 *
 * @since 0.1.0
 */
export const SourceScore = t.type(
  {
    kind: t.keyof({ outlet: null, speaker: null }),
    /** The outlet's name (for speakers, the name of the speaker goes in `speaker`). */
    outlet: t.union([t.string, t.null]),
    speaker: t.union([t.string, t.null]),
    score: Unit,
    /** Each signal in [0, 1], higher is better (e.g. originality, attributionQuality). */
    signals: t.record(t.string, t.number),
    /** Plain-language account of the score. */
    explanation: t.string
  },
  'SourceScore'
)
/** @since 0.1.0 */
export type SourceScore = t.TypeOf<typeof SourceScore>

/**
 * One version of a disputed proposition, with its support.
 *
 * @example
 * import { PropositionValue } from 'gainsay'
 * PropositionValue.is({ value: 'outcome:failure', confidence: 0.7, independentSources: ['A'], sources: ['A', 'B'], claims: [] }) // true
 *
 * @since 0.1.0
 */
export const PropositionValue = t.type(
  {
    value: t.string,
    confidence: Unit,
    /** Outlets/speakers asserting it, copies collapsed: the independent support. */
    independentSources: t.readonlyArray(t.string),
    /** All sources asserting it, copies included. */
    sources: t.readonlyArray(t.string),
    claims: t.readonlyArray(ClaimId)
  },
  'PropositionValue'
)
/** @since 0.1.0 */
export type PropositionValue = t.TypeOf<typeof PropositionValue>

/**
 * What one article says about a proposition: its stance towards the proposition's
 * representative claim, with the sentences that decided it (offsets into the article's text).
 *
 * @example
 * import { ArticleStance } from 'gainsay'
 * ArticleStance.is({ articleId: 'a', label: 'disagree', score: 0.8, evidence: [] }) // true
 *
 * @since 0.1.0
 */
export const ArticleStance = t.type(
  {
    articleId: ArticleId,
    label: t.keyof({ agree: null, disagree: null, discuss: null, unrelated: null }),
    score: Unit,
    evidence: t.readonlyArray(TextSpan)
  },
  'ArticleStance'
)
/** @since 0.1.0 */
export type ArticleStance = t.TypeOf<typeof ArticleStance>

/**
 * A disputed proposition (an event and a predicate) and the versions claimed for it.
 *
 * @example
 * import { Proposition } from 'gainsay'
 * Proposition.is({ item: 'attack|outcome', description: 'Did the attack succeed?', values: [], favoured: null, uncertainty: 1, articles: [] }) // true
 *
 * @since 0.1.0
 */
export const Proposition = t.type(
  {
    item: t.string,
    description: t.string,
    values: t.readonlyArray(PropositionValue),
    /** The value the evidence favours, or null when it is a tie. */
    favoured: t.union([t.string, t.null]),
    /** 0 when one version is certain, 1 when evenly split (normalised entropy). */
    uncertainty: Unit,
    /** The articles that address the proposition (stance other than unrelated), most decided first. */
    articles: t.readonlyArray(ArticleStance)
  },
  'Proposition'
)
/** @since 0.1.0 */
export type Proposition = t.TypeOf<typeof Proposition>
