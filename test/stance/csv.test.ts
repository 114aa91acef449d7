// The CSV reader lives in src/internal (used by the stance evaluation scripts).
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseCsv, parseCsvRecords } from '../../src/internal/csv'

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines (RFC 4180)', () => {
    const text = 'id,body\r\n1,"He said ""no"", then left.\nNew line"\r\n2,plain\n'
    expect(parseCsv(text)).toEqual([['id', 'body'], ['1', 'He said "no", then left.\nNew line'], ['2', 'plain']])
  })

  it('keeps empty fields and a last line without newline', () => {
    expect(parseCsv('a,,c\n,,')).toEqual([['a', '', 'c'], ['', '', '']])
  })

  it('skips a byte-order mark and maps records by header', () => {
    expect(parseCsvRecords('\uFEFFx,y\n1,2\n3')).toEqual([{ x: '1', y: '2' }, { x: '3', y: '' }])
  })

  it('round-trips any table written with full quoting', () => {
    const cell = fc.string({ maxLength: 20 })
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const text = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n')
        expect(parseCsv(text)).toEqual(rows)
      })
    )
  })

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (s) => Array.isArray(parseCsv(s))))
  })
})
