import { describe, expect, it } from 'vitest'
import * as E from 'fp-ts/Either'
import * as fc from 'fast-check'
import { fromJson, toJson, Report } from '../../src'
import { buildReport, EMPTY_REPORT } from './fixture'

describe('toJson / fromJson', () => {
  it('round-trips the fixture report', () => {
    const report = buildReport()
    const back = fromJson(toJson(report))
    expect(E.isRight(back)).toBe(true)
    if (E.isRight(back)) expect(back.right).toEqual(report)
  })
  it('writes the contract: schemaVersion first, keys in codec order, signals sorted, pretty', () => {
    const text = toJson(buildReport())
    expect(text.startsWith('{\n  "schemaVersion": "1",\n  "articles": [')).toBe(true)
    expect(text.endsWith('}\n')).toBe(true)
    const parsed = JSON.parse(text) as Record<string, unknown>
    expect(Object.keys(parsed)).toEqual(Object.keys(Report.props))
    const source = (parsed['sources'] as Array<Record<string, unknown>>)[0] as Record<string, unknown>
    expect(Object.keys(source)).toEqual(['kind', 'outlet', 'speaker', 'score', 'signals', 'explanation'])
    const signals = Object.keys(source['signals'] as object)
    expect(signals).toEqual([...signals].sort())
  })
  it('does not depend on the key order of its input', () => {
    const report = buildReport()
    const shuffled = JSON.parse(JSON.stringify(report), (_k, v: unknown) =>
      v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v
    ) as Report
    expect(toJson(shuffled)).toBe(toJson(report))
  })
  it('leaves out keys the contract does not declare', () => {
    const withExtra = { ...EMPTY_REPORT, internalCache: [1, 2, 3] } as Report
    expect(toJson(withExtra)).not.toContain('internalCache')
  })
  it('refuses text that is not JSON, with a SyntaxError', () => {
    const r = fromJson('{"schemaVersion": ')
    expect(E.isLeft(r) && r.left._tag).toBe('SyntaxError')
  })
  it('refuses another schema version, naming the one found', () => {
    const r = fromJson(JSON.stringify({ ...EMPTY_REPORT, schemaVersion: '2' }))
    expect(E.isLeft(r)).toBe(true)
    if (E.isLeft(r)) {
      expect(r.left.field).toBe('schemaVersion')
      expect(r.left.message).toContain('"2"')
    }
  })
  it('names the offending field of an invalid report', () => {
    const bad = JSON.parse(toJson(buildReport())) as { contradictions: Array<{ confidence: unknown }> }
    ;(bad.contradictions[1] as { confidence: unknown }).confidence = 'high'
    const r = fromJson(JSON.stringify(bad))
    expect(E.isLeft(r)).toBe(true)
    if (E.isLeft(r)) {
      expect(r.left._tag).toBe('DecodeError')
      expect(r.left.field).toBe('contradictions.1.confidence')
    }
  })
  it('refuses JSON that is not an object without throwing', () => {
    for (const text of ['[]', 'null', '42', '"report"']) expect(E.isLeft(fromJson(text))).toBe(true)
  })
  it('property: any text in the report survives the round trip', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (hostile) => {
        const report = buildReport({ hostile })
        const back = fromJson(toJson(report))
        expect(E.isRight(back) && back.right).toEqual(report)
      }),
      { numRuns: 30 }
    )
  })
})
