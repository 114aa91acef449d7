/**
 * Reliability: truth discovery over conflicting observations, text signals per article,
 * outlet and speaker, propositions from claims, and source scores.
 *
 * @since 0.1.0
 */
export * from './truth'
