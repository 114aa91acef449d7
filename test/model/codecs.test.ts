import { describe, expect, it } from 'vitest'
import * as E from 'fp-ts/Either'
import { Span, Unit, ArticleId, gainsayError, GainsayError, Offset } from '../../src'

describe('model codecs', () => {
  it('Span accepts non-negative integer offsets only', () => {
    expect(Span.is({ start: 0, end: 3 })).toBe(true)
    expect(Span.is({ start: -1, end: 3 })).toBe(false)
    expect(Span.is({ start: 0.5, end: 3 })).toBe(false)
    expect(Offset.is(Number.NaN)).toBe(false)
  })
  it('Unit rejects NaN and out-of-range', () => {
    expect(Unit.is(Number.NaN)).toBe(false)
    expect(Unit.is(1.0001)).toBe(false)
    expect(Unit.is(1)).toBe(true)
  })
  it('ids are non-empty', () => {
    expect(E.isLeft(ArticleId.decode(''))).toBe(true)
    expect(E.isRight(ArticleId.decode('x'))).toBe(true)
  })
  it('errors name record and field', () => {
    const e = gainsayError('DecodeError', 'feed.ndjson#3', 'body', 'expected a string, got 42')
    expect(GainsayError.is(e)).toBe(true)
    expect(e.message).toBe('feed.ndjson#3: body: expected a string, got 42')
  })
})
