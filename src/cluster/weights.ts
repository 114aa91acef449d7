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
  dice: 7.280796049312607,
  containMin: 0.6285098946574142,
  containMax: -0.13923804173038606,
  allOverlap: 2.772755764417151,
  lengthRatio: -4.090159219642697,
  lcs: -0.6801433411517447,
  bigram: -2.2963026548689904,
  negationMismatch: -1.3170117339577894,
  numberMismatch: -0.41811708627710786,
  numberOneSided: -0.12379693370262947,
  unmatchedShort: -0.4253918904106723,
  unmatchedLong: -0.8552324005029912,
  properMismatch: 0.07332107532013094,
  lengthDiff: 0.11764641291406318,
  ngram1: 2.772755764417151,
  ngram2: 10.858051975357718,
  ngram3: -2.1823916796774117,
  ngram2Max: -9.307715563137515,
  fuzzyContainMin: 3.666307605431164,
  numberShared: 0.10628453113410187,
  editDistance: -2.564392425826141,
  unmatchedEntities: 0.15352825661863875,
  contentDice: -1.8140160730558785,
  charRatio: 0.8126972460431429,
  weightedContainMin: -3.5103293710881696,
  weightedContainMax: -0.8376257732270657
}

/** Intercept of the logistic model. @since 0.1.0 */
export const BIAS = 1.9429352893398777

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
