import type * as E from 'fp-ts/Either'
import { describe, expectTypeOf, it } from 'vitest'
import {
  decodeRecords,
  decodeText,
  extendRegistry,
  htmlToRawArticle,
  ingestAll,
  ingestText,
  RawArticle,
  type Article,
  type DecodedRecords,
  type GainsayError,
  type IngestedArticles,
  type OutletRegistry
} from '../../src'

describe('ingest types', () => {
  it('pure functions return failures as values', () => {
    expectTypeOf(ingestText).returns.toEqualTypeOf<E.Either<GainsayError, Article>>()
    expectTypeOf(decodeText).returns.toEqualTypeOf<E.Either<GainsayError, string>>()
    expectTypeOf(htmlToRawArticle).returns.toEqualTypeOf<E.Either<GainsayError, RawArticle>>()
    expectTypeOf(extendRegistry).returns.toEqualTypeOf<E.Either<GainsayError, OutletRegistry>>()
    expectTypeOf(decodeRecords).returns.toEqualTypeOf<DecodedRecords>()
    expectTypeOf(ingestAll).returns.toEqualTypeOf<IngestedArticles>()
  })

  it('RawArticle is derived from its codec: id and text required, metadata optional', () => {
    expectTypeOf<RawArticle>().toHaveProperty('id').toEqualTypeOf<string>()
    expectTypeOf<RawArticle>().toHaveProperty('text').toEqualTypeOf<string>()
    expectTypeOf<{ id: string; text: string }>().toExtend<RawArticle>()
    expectTypeOf<{ id: string }>().not.toExtend<RawArticle>()
    expectTypeOf<DecodedRecords['inputs']>().toEqualTypeOf<ReadonlyArray<RawArticle>>()
  })
})
