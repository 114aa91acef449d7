import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { DEFAULT_MAX_BYTES, decodeBytes, decodeText, ingestText } from '../../src'

const enc = (s: string) => new TextEncoder().encode(s)

describe('decodeText / decodeBytes', () => {
  it('plain UTF-8 decodes unchanged', () => {
    expect(decodeText('a.txt', enc('Zürich — “quoted” ‘text’'))).toEqual(E.right('Zürich — “quoted” ‘text’'))
  })

  it('a UTF-8 BOM is kept as U+FEFF so offsets match the file; ingestion skips it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Headline here\r\n\r\nBody text.')])
    const text = decodeText('bom.txt', bytes)
    expect(E.isRight(text) && text.right.charCodeAt(0)).toBe(0xfeff)
    const a = E.isRight(text) ? ingestText({ id: 'bom', text: text.right }) : null
    expect(a !== null && E.isRight(a) && a.right.title).toEqual({ text: 'Headline here', start: 1, end: 14 })
  })

  it('invalid UTF-8 is replaced with U+FFFD and a warning; a real U+FFFD is not counted', () => {
    const bytes = new Uint8Array([...enc('caf'), 0xe9, ...enc(' and '), 0xef, 0xbf, 0xbd, ...enc(' ok')])
    const r = decodeBytes('latin.txt', bytes)
    expect(E.isRight(r) && r.right.text).toBe('caf\ufffd and \ufffd ok')
    expect(E.isRight(r) && r.right.warnings).toEqual(['latin.txt: replaced 1 invalid UTF-8 sequence(s) with U+FFFD'])
  })

  it('mostly invalid UTF-8 is NotText', () => {
    const bytes = new Uint8Array(Array.from({ length: 200 }, (_, i) => 0x80 + (i % 64)))
    expect(E.isLeft(decodeText('x.txt', bytes)) && (decodeText('x.txt', bytes) as E.Left<{ _tag: string }>).left._tag).toBe('NotText')
  })

  it('binary garbage (NUL bytes, control characters) is NotText', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])
    const r = decodeText('img.txt', png)
    expect(E.isLeft(r) && r.left).toMatchObject({ _tag: 'NotText', record: 'img.txt' })
    const ctrl = new Uint8Array(Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))
    expect(E.isLeft(decodeText('ctrl.txt', ctrl))).toBe(true)
  })

  it('UTF-16 with a byte-order mark is decoded, with a warning', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00])
    const r = decodeBytes('u16.txt', bytes)
    expect(E.isRight(r) && [r.right.text, r.right.encoding]).toEqual(['\ufeffHi', 'utf-16le'])
  })

  it('size: exactly the limit is accepted, one byte more is TooLarge', () => {
    expect(E.isRight(decodeText('ok.txt', new Uint8Array(1000).fill(0x61), { maxBytes: 1000 }))).toBe(true)
    const over = decodeText('big.txt', new Uint8Array(1001).fill(0x61), { maxBytes: 1000 })
    expect(E.isLeft(over) && over.left).toMatchObject({ _tag: 'TooLarge', record: 'big.txt' })
    const tenMb = new Uint8Array(DEFAULT_MAX_BYTES).fill(0x61)
    for (let i = 99; i < tenMb.length; i += 100) tenMb[i] = 0x0a
    expect(E.isRight(decodeText('10mb.txt', tenMb))).toBe(true)
  })

  it('empty bytes decode to the empty string, which ingestion then refuses as EmptyInput', () => {
    const r = decodeText('empty.txt', new Uint8Array(0))
    expect(r).toEqual(E.right(''))
    const a = ingestText({ id: 'empty', text: '' })
    expect(E.isLeft(a) && a.left._tag).toBe('EmptyInput')
  })
})
