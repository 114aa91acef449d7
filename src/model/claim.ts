/**
 * Claim: a proposition asserted by a speaker or by the outlet in its own voice, with the
 * event it is about, its polarity, its hedging, and normalised numbers and times.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts'
import { ArticleId, ClaimId, Offset, QuoteId, SpeakerId, nullable } from './common'
import { DatePrecision } from './article'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What a claim says about its event.
 * - `occurrence`: it happened (or, with negative polarity, did not);
 * - `attempt`: someone tried;
 * - `outcome`: it succeeded or failed (see `Claim.outcome`);
 * - `responsibility`: who did it;
 * - `location`, `quantity`, `time`: where, how many, when;
 * - `plan`: intent or consideration ("considering strikes");
 * - `denial`: rejects another claim ("a sheer lie", "no evidence to substantiate the claim");
 * - `other`: asserted, but none of the above.
 *
 * @example
 * import { Predicate } from 'gainsay'
 * Predicate.is('outcome') // true
 *
 * @since 0.1.0
 */
export const Predicate = t.keyof(
  {
    occurrence: null,
    attempt: null,
    outcome: null,
    responsibility: null,
    location: null,
    quantity: null,
    time: null,
    plan: null,
    denial: null,
    other: null
  },
  'Predicate'
)
/** @since 0.1.0 */
export type Predicate = t.TypeOf<typeof Predicate>

/**
 * A number found in a claim, normalised: "33 million" is 33000000, "about 150" is 150 with
 * `approximate`, "70%" is 70 with unit `percent`, "20 times" is 20 with unit `times`.
 *
 * @example
 * import { Quantity } from 'gainsay'
 * Quantity.is({ value: 33000000, unit: null, measure: 'attacks', approximate: false, bound: 'exact', text: '33 million', start: 0, end: 10 }) // true
 *
 * @since 0.1.0
 */
export const Quantity = t.type(
  {
    value: t.number,
    unit: nullable(t.string),
    /** What is counted, when the text says ("attacks", "people", "drills"). */
    measure: nullable(t.string),
    approximate: t.boolean,
    /** "at least" / "more than" give `min`, "at most" / "up to" give `max`. */
    bound: t.keyof({ exact: null, min: null, max: null }),
    text: t.string,
    start: Offset,
    end: Offset
  },
  'Quantity'
)
/** @since 0.1.0 */
export type Quantity = t.TypeOf<typeof Quantity>

/**
 * A time expression resolved against the publication date: `from`/`to` are ISO dates
 * (inclusive range) at `precision`; `null` when it cannot be resolved.
 *
 * @example
 * import { TimeExpression } from 'gainsay'
 * TimeExpression.is({ text: 'last week', start: 0, end: 9, from: '2019-06-17', to: '2019-06-23', precision: 'day', relative: true }) // true
 *
 * @since 0.1.0
 */
export const TimeExpression = t.type(
  {
    text: t.string,
    start: Offset,
    end: Offset,
    from: nullable(t.string),
    to: nullable(t.string),
    precision: nullable(DatePrecision),
    /** True for "last week", "on Thursday": meaning depends on the publication date. */
    relative: t.boolean
  },
  'TimeExpression'
)
/** @since 0.1.0 */
export type TimeExpression = t.TypeOf<typeof TimeExpression>

/**
 * A place mentioned in a claim, with a coarse class used by the location rules.
 *
 * @example
 * import { Place } from 'gainsay'
 * Place.is({ text: 'international airspace', start: 0, end: 22, kind: 'international', owner: null }) // true
 *
 * @since 0.1.0
 */
export const Place = t.type(
  {
    text: t.string,
    start: Offset,
    end: Offset,
    /** `international`: international airspace/waters; `territorial`: a country's own territory, waters or airspace. */
    kind: t.keyof({ international: null, territorial: null, border: null, named: null }),
    /** The country or region the place belongs to, when known ("Iran" for "Iranian waters"). */
    owner: nullable(t.string)
  },
  'Place'
)
/** @since 0.1.0 */
export type Place = t.TypeOf<typeof Place>

/**
 * The event a claim is about: who did what to whom, where and when. Fields are the
 * normalised heads (lower case lemmas or canonical names); null when the text does not say.
 *
 * @example
 * import { EventFrame } from 'gainsay'
 * EventFrame.is({ actor: 'united states', action: 'attack', target: 'iran', place: null, timeFrom: null, timeTo: null, keywords: ['attack'] }) // true
 *
 * @since 0.1.0
 */
export const EventFrame = t.type(
  {
    actor: nullable(t.string),
    action: nullable(t.string),
    target: nullable(t.string),
    place: nullable(t.string),
    /** ISO date range of the event itself, when known. */
    timeFrom: nullable(t.string),
    timeTo: nullable(t.string),
    /** Content words of the event description, lower-cased and stemmed, for event matching. */
    keywords: t.readonlyArray(t.string)
  },
  'EventFrame'
)
/** @since 0.1.0 */
export type EventFrame = t.TypeOf<typeof EventFrame>

/**
 * A cue word that decided a classification (a negation, a hedge, a failure verb), kept as
 * evidence for explanations.
 *
 * @example
 * import { Cue } from 'gainsay'
 * Cue.is({ kind: 'negation', text: 'did not', start: 4, end: 11 }) // true
 *
 * @since 0.1.0
 */
export const Cue = t.type(
  {
    kind: t.keyof({
      negation: null,
      hedge: null,
      success: null,
      failure: null,
      denial: null,
      attempt: null,
      plan: null,
      occurrence: null,
      responsibility: null,
      location: null,
      loaded: null
    }),
    text: t.string,
    start: Offset,
    end: Offset
  },
  'Cue'
)
/** @since 0.1.0 */
export type Cue = t.TypeOf<typeof Cue>

/**
 * One claim.
 *
 * @example
 * import { Claim } from 'gainsay'
 * Claim.is({}) // false
 *
 * @since 0.1.0
 */
export const Claim = t.type(
  {
    id: ClaimId,
    articleId: ArticleId,
    text: t.string,
    start: Offset,
    end: Offset,
    /** The quote this claim was read from, or null when the outlet asserts it in its own voice. */
    quoteId: nullable(QuoteId),
    assertedBy: t.type({
      kind: t.keyof({ speaker: null, outlet: null }),
      /** Canonical speaker name, or the outlet's name. */
      name: nullable(t.string),
      speakerId: nullable(SpeakerId),
      anonymous: t.boolean
    }),
    /** The publishing outlet's name, whoever asserts the claim. */
    outlet: nullable(t.string),
    predicate: Predicate,
    /** For `outcome` claims: did it succeed or fail. */
    outcome: nullable(t.keyof({ success: null, failure: null, partial: null })),
    polarity: t.keyof({ positive: null, negative: null }),
    modality: t.keyof({ asserted: null, hedged: null, reported: null, planned: null, questioned: null }),
    /** 1 for a flat assertion, lower with hedges ("probably" ~0.7, "may" ~0.5). */
    certainty: t.number,
    event: EventFrame,
    quantities: t.readonlyArray(Quantity),
    times: t.readonlyArray(TimeExpression),
    places: t.readonlyArray(Place),
    cues: t.readonlyArray(Cue)
  },
  'Claim'
)
/** @since 0.1.0 */
export type Claim = t.TypeOf<typeof Claim>
