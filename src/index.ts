/**
 * gainsay: who said what, who copied whom, where news accounts conflict, and how far each
 * source can be trusted.
 *
 * @packageDocumentation
 */
export * from './model'
