import { describe, expect, it } from 'vitest'
import { collect, run, typecheck, writeExamples } from '../../scripts/doc-examples'

// One TypeScript program over the whole public surface: slow-ish, so one collect() for all.
const { exports, examples } = collect()

describe('TSDoc on the public surface', () => {
  it('every public export has @example and @since', () => {
    const missing = exports.filter((e) => !e.hasExample || !e.hasSince).map((e) => `${e.name} (${e.file})`)
    expect(missing).toEqual([])
  })

  it('finds a real surface (guards against an empty collection)', () => {
    expect(exports.length).toBeGreaterThan(40)
    expect(examples.length).toBeGreaterThan(40)
  })

  const paths = writeExamples(examples)
  it('every @example type-checks', () => {
    expect(typecheck(paths)).toEqual([])
  })
  it('every @example runs', async () => {
    expect(await run(paths)).toEqual([])
  })
})
