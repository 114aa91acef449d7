/**
 * fast-check runs from a fixed seed by default, so `npm test` and CI are reproducible: a
 * property that passes once passes every time on the same code. Explore new inputs with
 * `FC_SEED=random npm test` (or a number, to replay a reported failure: fast-check prints the
 * seed and path of every counterexample it finds).
 */
import fc from 'fast-check'

const given = process.env.FC_SEED
const seed = given === undefined ? 20191025 : given === 'random' ? undefined : Number(given)
if (seed !== undefined && Number.isFinite(seed)) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed })
