/**
 * gainsay: who said what, who copied whom, where news accounts conflict, and how far each
 * source can be trusted.
 *
 * @packageDocumentation
 */
export * from './model'
export * from './text'
export * from './ingest'
export * from './extract'
export * from './cluster'
export * from './contradict'
export * from './stance'
export * from './reliability'
export * from './report'
export * from './analyze'
