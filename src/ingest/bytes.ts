/**
 * Bytes -> text, refusing what is not text.
 *
 * A choice about the byte-order mark: a UTF-8 BOM is KEPT, as U+FEFF at offset 0, so that
 * every span is an offset into the decoded string with nothing silently removed; ingestion
 * treats U+FEFF as whitespace, so it never reaches a title or a paragraph. Likewise CRLF line
 * ends are kept as they are.
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/Either'
import type { GainsayError } from '../model'
import { gainsayError } from '../model'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Options for decoding bytes.
 *
 * @example
 * import type { DecodeTextOptions } from 'gainsay'
 * const options: DecodeTextOptions = { maxBytes: 1024 * 1024 }
 *
 * @since 0.1.0
 */
export interface DecodeTextOptions {
  /** Largest input accepted, in bytes (default `DEFAULT_MAX_BYTES`, 10 MiB, inclusive). */
  readonly maxBytes?: number
  /** Share of undecodable characters above which the input is refused as `NotText` (default 0.3). */
  readonly maxInvalidShare?: number
}

/**
 * Decoded text with what the decoder noticed on the way.
 *
 * @example
 * import type { DecodedText } from 'gainsay'
 * const d: DecodedText = { text: 'abc', encoding: 'utf-8', warnings: [] }
 *
 * @since 0.1.0
 */
export interface DecodedText {
  readonly text: string
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be'
  readonly warnings: ReadonlyArray<string>
}

/**
 * The default size limit for one input: 10 MiB. An input of exactly this size is accepted.
 *
 * @example
 * import { DEFAULT_MAX_BYTES } from 'gainsay'
 * DEFAULT_MAX_BYTES // 10485760
 *
 * @since 0.1.0
 */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const countValidReplacementChars = (bytes: Uint8Array): number => {
  let n = 0
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++
  }
  return n
}

/**
 * Decodes bytes as text, with warnings. UTF-8 by default (a UTF-16 byte-order mark switches to
 * UTF-16). Invalid UTF-8 sequences become U+FFFD and a warning; when they are over
 * `maxInvalidShare` of the characters the input is `NotText`. NUL bytes or many control
 * characters (binary data) give `NotText`; over `maxBytes` gives `TooLarge`. Never throws.
 *
 * @example
 * import { decodeBytes } from 'gainsay'
 * import * as E from 'fp-ts/Either'
 * const r = decodeBytes('a.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x21]))
 * E.isRight(r) && r.right.text // 'caf\uFFFD!'
 * E.isRight(r) && r.right.warnings.length // 1
 *
 * @since 0.1.0
 */
export const decodeBytes = (
  record: string,
  bytes: Uint8Array,
  options: DecodeTextOptions = {}
): E.Either<GainsayError, DecodedText> => {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const maxInvalid = options.maxInvalidShare ?? 0.3
  if (bytes.length > maxBytes) {
    return E.left(gainsayError('TooLarge', record, null, `is ${bytes.length} bytes, over the limit of ${maxBytes}`))
  }
  const utf16 =
    bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe
      ? ('utf-16le' as const)
      : bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff
        ? ('utf-16be' as const)
        : null
  if (utf16 === null) {
    const probe = Math.min(bytes.length, 65536)
    for (let i = 0; i < probe; i++) {
      if (bytes[i] === 0) {
        return E.left(gainsayError('NotText', record, null, `is binary data (a NUL byte at offset ${i})`))
      }
    }
  }
  let text: string
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: false, ignoreBOM: true }).decode(bytes)
  } catch (e) {
    return E.left(gainsayError('NotText', record, null, `could not be decoded: ${String(e)}`))
  }
  let replacements = 0
  let controls = 0
  let visible = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0xfffd) replacements++
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || c === 0x7f) controls++
    if (c > 0x20) visible++
  }
  const invalid = utf16 === null ? Math.max(0, replacements - countValidReplacementChars(bytes)) : replacements
  if (controls > Math.max(1, visible * 0.01)) {
    return E.left(gainsayError('NotText', record, null, `is binary data (${controls} control characters)`))
  }
  if (invalid > 0 && invalid > visible * maxInvalid) {
    return E.left(
      gainsayError('NotText', record, null, `is mostly not ${utf16 ?? 'UTF-8'} (${invalid} invalid sequences in ${text.length} characters); convert it to UTF-8 first`)
    )
  }
  const warnings: Array<string> = []
  if (invalid > 0) warnings.push(`${record}: replaced ${invalid} invalid ${utf16 ?? 'UTF-8'} sequence(s) with U+FFFD`)
  if (utf16 !== null) warnings.push(`${record}: decoded as ${utf16} (byte-order mark)`)
  return E.right({ text, encoding: utf16 ?? 'utf-8', warnings })
}

/**
 * Decodes bytes as text (see `decodeBytes` for the rules); the BOM, if any, is kept as U+FEFF
 * so that offsets into the result are offsets into the file's characters.
 *
 * @example
 * import { decodeText } from 'gainsay'
 * import * as E from 'fp-ts/Either'
 * E.isRight(decodeText('a.txt', new TextEncoder().encode('TEHRAN - ...'))) // true
 * E.isLeft(decodeText('b.bin', new Uint8Array([0, 1, 2, 3]))) // true: NotText
 *
 * @since 0.1.0
 */
export const decodeText = (
  record: string,
  bytes: Uint8Array,
  options: DecodeTextOptions = {}
): E.Either<GainsayError, string> => E.map((d: DecodedText) => d.text)(decodeBytes(record, bytes, options))
