export * from './quotes'
export * from './claims'
export * from './dating'
