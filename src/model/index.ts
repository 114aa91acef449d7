/**
 * The model: io-ts codecs, the single source of truth for every record; TypeScript types are
 * derived from them.
 *
 * @since 0.1.0
 */
export * from './common'
export * from './article'
export * from './quote'
export * from './claim'
export * from './cluster'
export * from './contradiction'
export * from './source'
export * from './error'
export * from './report'
