/**
 * GainsayError: every way an input can be refused, as plain data naming the record and
 * field so that a person can fix it.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts'
import { nullable } from './common'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * - `EmptyInput`: no text (empty or whitespace only);
 * - `NotText`: binary data rather than text;
 * - `TooLarge`: over the size limit;
 * - `DecodeError`: a JSON/NDJSON record whose fields have the wrong type (`field` is the path);
 * - `SyntaxError`: unparseable JSON;
 * - `DuplicateId`: a second record with an id already seen (the first one is kept);
 * - `ReadError`: a file or stream could not be read;
 * - `Usage`: the caller's options are wrong.
 *
 * @example
 * import { ErrorTag } from 'gainsay'
 * ErrorTag.is('DuplicateId') // true
 *
 * @since 0.1.0
 */
export const ErrorTag = t.keyof(
  {
    EmptyInput: null,
    NotText: null,
    TooLarge: null,
    DecodeError: null,
    SyntaxError: null,
    DuplicateId: null,
    ReadError: null,
    Usage: null
  },
  'ErrorTag'
)
/** @since 0.1.0 */
export type ErrorTag = t.TypeOf<typeof ErrorTag>

/**
 * @example
 * import { GainsayError } from 'gainsay'
 * GainsayError.is({ _tag: 'EmptyInput', record: 'a.txt', field: 'text', message: 'a.txt: text is empty' }) // true
 *
 * @since 0.1.0
 */
export const GainsayError = t.type(
  {
    _tag: ErrorTag,
    /** The record: a file name, `file.ndjson#3`, or a record id. */
    record: t.string,
    /** The field path inside the record (`body`, `meta.published`), or null for the whole record. */
    field: nullable(t.string),
    /** A sentence a person can act on; starts with the record. */
    message: t.string
  },
  'GainsayError'
)
/** @since 0.1.0 */
export type GainsayError = t.TypeOf<typeof GainsayError>

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Builds an error whose message names the record and field.
 *
 * @example
 * import { gainsayError } from 'gainsay'
 * gainsayError('EmptyInput', 'a.txt', 'text', 'is empty').message // 'a.txt: text: is empty'
 *
 * @since 0.1.0
 */
export const gainsayError = (
  tag: ErrorTag,
  record: string,
  field: string | null,
  detail: string
): GainsayError => ({
  _tag: tag,
  record,
  field,
  message: field === null ? `${record}: ${detail}` : `${record}: ${field}: ${detail}`
})
