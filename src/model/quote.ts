/**
 * Quote and Speaker: who said what, through whom.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts'
import { ArticleId, Offset, QuoteId, Span, SpeakerId, nullable } from './common'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The medium a statement was made through.
 *
 * @example
 * import { Channel } from 'gainsay'
 * Channel.is('tweet') // true
 *
 * @since 0.1.0
 */
export const Channel = t.keyof(
  {
    tweet: null,
    'social-post': null,
    interview: null,
    'televised-interview': null,
    'press-conference': null,
    statement: null,
    speech: null,
    report: null,
    other: null
  },
  'Channel'
)
/** @since 0.1.0 */
export type Channel = t.TypeOf<typeof Channel>

/**
 * Why a quoted string is not a statement: a title ("Meet The Press"), a scare quote or
 * fragment ("cocked and loaded"), a term being named ("cyber-terrorism").
 *
 * @example
 * import { NotStatementReason } from 'gainsay'
 * NotStatementReason.is('scare-quote') // true
 *
 * @since 0.1.0
 */
export const NotStatementReason = t.keyof(
  { title: null, 'scare-quote': null, fragment: null, term: null },
  'NotStatementReason'
)
/** @since 0.1.0 */
export type NotStatementReason = t.TypeOf<typeof NotStatementReason>

/**
 * One person, organisation or anonymous group that speaks in the corpus, with all the
 * surface forms that were merged into it.
 *
 * @example
 * import { Speaker } from 'gainsay'
 * Speaker.is({}) // false
 *
 * @since 0.1.0
 */
export const Speaker = t.type(
  {
    id: SpeakerId,
    canonical: t.string,
    variants: t.readonlyArray(t.string),
    role: nullable(t.string),
    kind: t.keyof({ person: null, organization: null, group: null, outlet: null, unknown: null }),
    anonymous: t.boolean,
    mentions: t.readonlyArray(t.type({ articleId: ArticleId, start: Offset, end: Offset }))
  },
  'Speaker'
)
/** @since 0.1.0 */
export type Speaker = t.TypeOf<typeof Speaker>

/**
 * A quotation, direct ("...", he said) or reported (X said that ...).
 *
 * For direct quotes `article.text.slice(start, end) === text` and excludes the quotation
 * marks. For reported speech the span covers the reported clause. A quote interrupted by its
 * attribution ("a," he said, "b") is one Quote whose `parts` lists each quoted piece.
 *
 * @example
 * import { Quote } from 'gainsay'
 * Quote.is({}) // false
 *
 * @since 0.1.0
 */
export const Quote = t.type(
  {
    id: QuoteId,
    articleId: ArticleId,
    text: t.string,
    start: Offset,
    end: Offset,
    parts: t.readonlyArray(Span),
    direct: t.boolean,
    /** False for titles, scare quotes and fragments: quoted, but not said by anyone. */
    isStatement: t.boolean,
    notStatementReason: nullable(NotStatementReason),
    speaker: nullable(t.string),
    speakerId: nullable(SpeakerId),
    /** The mention of the speaker this quote was attributed through (a name, a pronoun, "the officials"). */
    speakerMention: nullable(t.type({ text: t.string, start: Offset, end: Offset })),
    role: nullable(t.string),
    anonymous: t.boolean,
    /** Attribution verb as lemma: say, tell, tweet, warn, announce, ... */
    verb: nullable(t.string),
    channel: nullable(Channel),
    /** Who passed it on, from the speaker to the publishing outlet: ["Gholamreza Jalali", "Press TV", "Mehr News Agency"]. */
    chain: t.readonlyArray(t.string),
    /** Hedging cues inside the quote or its attribution. */
    hedges: t.readonlyArray(t.string)
  },
  'Quote'
)
/** @since 0.1.0 */
export type Quote = t.TypeOf<typeof Quote>
