export * from './natural'
export * from './similarity'
