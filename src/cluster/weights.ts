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
  dice: 7.2769895006131335,
  containMin: 1.105003083628398,
  containMax: -0.16595978515160167,
  allOverlap: 2.7540003618402764,
  lengthRatio: -4.054067628968579,
  lcs: -0.7026298886294372,
  bigram: -2.3094902283062497,
  negationMismatch: -1.3164083012565357,
  numberMismatch: -0.4157718053368346,
  numberOneSided: -0.12268851365350503,
  unmatchedShort: -0.4203863582111963,
  unmatchedLong: -0.8606778351866516,
  properMismatch: 0.07517314709519368,
  lengthDiff: 0.11785783191079711,
  ngram1: 2.754000361840276,
  ngram2: 10.895908752642704,
  ngram3: -2.219768544179742,
  ngram2Max: -9.272642672341926,
  fuzzyContainMin: 3.221765547257284,
  numberShared: 0.10823349606593037,
  editDistance: -2.5695059076580393,
  unmatchedEntities: 0.1500687540825555,
  contentDice: -1.7552112506851731,
  charRatio: 0.804770656069966,
  weightedContainMin: -3.5306911249221646,
  weightedContainMax: -0.8527176814244858
}

/** Intercept of the logistic model. @since 0.1.0 */
export const BIAS = 1.9261641383933794

/** Probability threshold tuned for accuracy on MSRP (paraphrase, the looser relation). @since 0.1.0 */
export const MSRP_THRESHOLD = 0.51
