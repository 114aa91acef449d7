/**
 * Weights of the `sameStatement` logistic model, frozen from `scripts/eval/msrp.ts --write`
 * (fitted on the MSRP training split; the figures of eval/msrp.json are cross-validated).
 * Data, not code: regenerate rather than edit by hand.
 *
 * @since 0.1.0
 */
import type { FeatureName } from './features'
import type { ParaphraseFeatureName } from './paraphrase-features'

/** Weight of each signal (standardisation folded in). @since 0.1.0 */
export const WEIGHTS: { readonly [K in FeatureName | ParaphraseFeatureName]: number } = {
  dice: 6.794062108358986,
  containMin: 0.5098837139170384,
  containMax: 1.7301622805193413,
  allOverlap: 10.369628595545622,
  lengthRatio: -10.69362912018089,
  lcs: -0.4865806159283788,
  bigram: -1.836108605548385,
  negationMismatch: -1.2953211628072476,
  numberMismatch: -0.37089664617615115,
  numberOneSided: -0.4197550209317589,
  unmatchedShort: -0.6669741065691251,
  unmatchedLong: -0.4853997867843355,
  properMismatch: -0.2141919088447108,
  lengthDiff: 0.1424676259539754,
  ngram1: 10.369628595545622,
  ngram2: 1.604738556475313,
  ngram3: -2.731659540492006,
  ngram2Max: -2.1300506326483064,
  fuzzyContainMin: 3.4813327329043062,
  numberShared: -0.3539084194113936,
  editDistance: -0.2647340678050428,
  unmatchedEntities: 0.5002253544227816,
  contentDice: -1.3450602212922365,
  charRatio: 0.8094470862498842,
  weightedContainMin: -4.004883618046286,
  weightedContainMax: -0.7430114061862887,
  terAll: -3.032855710289412,
  attributionMismatch: 0.4149089308834491,
  numberMisses: -0.6161665797749503,
  unigramMax: -14.22308175111518,
  insertionRun: -0.17890268884577296
}

/** Intercept of the logistic model. @since 0.1.0 */
export const BIAS = 8.799141862646046

/**
 * Probability threshold tuned for accuracy on MSRP (paraphrase, the looser relation).
 *
 * @example
 * import { MSRP_THRESHOLD, STATEMENT_THRESHOLD } from 'gainsay'
 * MSRP_THRESHOLD < STATEMENT_THRESHOLD // true
 *
 * @since 0.1.0
 */
export const MSRP_THRESHOLD = 0.51
