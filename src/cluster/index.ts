/**
 * The cluster stage: the same statement across outlets (`sameStatement`,
 * `clusterPassages`) and who copied whom (`detectCopying`).
 *
 * @since 0.1.0
 */
export { sameStatement, speakersCompatible, STATEMENT_THRESHOLD, MSRP_THRESHOLD, MIN_CONTAINMENT } from './same-statement'
export { clusterPassages } from './cluster'
export type { ClusterOptions, Passage } from './cluster'
export {
  DEFAULT_LSH,
  estimatedJaccard,
  lshCandidatePairs,
  minHashSignature,
  wordShingles
} from './minhash'
export type { LshOptions } from './minhash'
export type { SameStatement, SameStatementOptions, SameStatementSignals } from './same-statement'
export { detectCopying } from './copying'
export type { CopyingOptions } from './copying'
export * from './passages'
