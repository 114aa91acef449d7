/**
 * Weights of the `sameStatement` logistic model, frozen from `scripts/eval/msrp.ts --write`
 * (fitted on the MSRP training split; the figures of eval/msrp.json are cross-validated).
 * Data, not code: regenerate rather than edit by hand.
 *
 * @since 0.1.0
 */
import type { FeatureName } from './features'

/** Weight of each signal (standardisation folded in). @since 0.1.0 */
export const WEIGHTS: { readonly [K in FeatureName]: number } = {
  dice: 7.368609868106395,
  containMin: 1.0890019504244446,
  containMax: -0.09929192151015342,
  allOverlap: 2.721395856420462,
  lengthRatio: -4.036428639286759,
  lcs: -0.7202694023606835,
  bigram: -2.308352657364984,
  negationMismatch: -1.405483825184349,
  numberMismatch: -0.41849031508200557,
  numberOneSided: -0.1258614801959667,
  unmatchedShort: -0.4162921283442636,
  unmatchedLong: -0.8794296450614815,
  properMismatch: 0.07743401643613582,
  lengthDiff: 0.12502835214413688,
  ngram1: 2.721395856420462,
  ngram2: 10.868889659702255,
  ngram3: -2.2116551231861346,
  ngram2Max: -9.27105546265073,
  fuzzyContainMin: 3.225130259540357,
  numberShared: 0.10369723377969157,
  editDistance: -2.5877847338726543,
  unmatchedEntities: 0.1444255081897437,
  contentDice: -1.8295089577947448,
  charRatio: 0.8160981567293423,
  weightedContainMin: -3.5214457475116294,
  weightedContainMax: -0.8776821052229813
}

/** Intercept of the logistic model. @since 0.1.0 */
export const BIAS = 1.9668448674157144

/** Probability threshold tuned for accuracy on MSRP (paraphrase, the looser relation). @since 0.1.0 */
export const MSRP_THRESHOLD = 0.51
