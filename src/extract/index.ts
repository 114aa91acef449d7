export * from './quotes'
export * from './claims'
