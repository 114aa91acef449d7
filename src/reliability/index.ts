/**
 * Reliability: truth discovery over conflicting observations, text signals per article,
 * outlet and speaker, propositions from claims, and source scores.
 *
 * @since 0.1.0
 */
export * from './truth'
export * from './lexicons'
export * from './signals'
export * from './propositions'
export * from './score'
