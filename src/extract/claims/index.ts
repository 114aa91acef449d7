/**
 * Claims: what each speaker and each outlet asserts, with predicate, polarity, hedging,
 * normalised quantities, resolved times, places and an event frame; plus the cue finders
 * the stance and contradiction stages reuse.
 *
 * @since 0.1.0
 */
export { extractClaims, analyzeClaim, type ClaimAnalysis, type AnalyzeClaimOptions } from './extract'
export { classifyOutcome, findHedges, findNegations, type Hedge, type Negation, type OutcomeReading } from './cues'
export { normalizeQuantities } from './quantities'
export { resolveTimes } from './times'
export { findPlaces, type PronounContext } from './places'
export { splitClauses } from './clauses'
export * from '../lexicons/countries'
export * from '../lexicons/negation'
export * from '../lexicons/hedges'
export * from '../lexicons/outcome'
export * from '../lexicons/denial'
export * from '../lexicons/intent'
export * from '../lexicons/events'
export * from '../lexicons/places'
export * from '../lexicons/numbers'
export * from '../lexicons/loaded'
export * from '../lexicons/wordnet-generated'
