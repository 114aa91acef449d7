/**
 * The cluster stage: the same statement across outlets (`sameStatement`,
 * `clusterPassages`) and who copied whom (`detectCopying`).
 *
 * @since 0.1.0
 */
export { sameStatement, speakersCompatible, STATEMENT_THRESHOLD, MSRP_THRESHOLD } from './same-statement'
export type { SameStatement, SameStatementOptions, SameStatementSignals } from './same-statement'
