/**
 * The JSON view of a Report: the versioned contract (REPORT.md), and its decoder.
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/Either'
import type * as t from 'io-ts'
import { Report, SCHEMA_VERSION, gainsayError, type GainsayError } from '../model'

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

/**
 * Rebuilds a JSON value with its keys in the order the codec declares them (so the output
 * reads like the contract: `schemaVersion` first, ids before text), dictionaries sorted by
 * key, and keys the codec does not know left out.
 */
const ordered = (codec: t.Mixed, value: unknown): unknown => {
  const c = codec as t.Mixed & {
    readonly _tag?: string
    readonly props?: t.Props
    readonly type?: t.Mixed
    readonly types?: ReadonlyArray<t.Mixed>
    readonly codomain?: t.Mixed
  }
  switch (c._tag) {
    case 'InterfaceType':
    case 'StrictType':
    case 'PartialType': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
      const rec = value as Record<string, unknown>
      const out: Record<string, unknown> = {}
      for (const [key, sub] of Object.entries(c.props ?? {})) {
        if (Object.prototype.hasOwnProperty.call(rec, key) && rec[key] !== undefined) out[key] = ordered(sub, rec[key])
      }
      return out
    }
    case 'ExactType':
    case 'RefinementType':
    case 'ReadonlyType':
      return c.type === undefined ? value : ordered(c.type, value)
    case 'ArrayType':
    case 'ReadonlyArrayType':
      return Array.isArray(value) && c.type !== undefined ? value.map((v) => ordered(c.type as t.Mixed, v)) : value
    case 'UnionType': {
      const match = (c.types ?? []).find((m) => m.is(value))
      return match === undefined ? value : ordered(match, value)
    }
    case 'IntersectionType': {
      const parts = (c.types ?? []).map((m) => ordered(m, value))
      return parts.every((p) => typeof p === 'object' && p !== null && !Array.isArray(p))
        ? Object.assign({}, ...parts)
        : value
    }
    case 'DictionaryType': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
      const rec = value as Record<string, unknown>
      const out: Record<string, unknown> = {}
      for (const key of Object.keys(rec).sort()) out[key] = c.codomain === undefined ? rec[key] : ordered(c.codomain, rec[key])
      return out
    }
    default:
      return value
  }
}

/** io-ts error context as a field path: `contradictions.3.a.text` (union branch indexes left out). */
const pathOf = (e: t.ValidationError): string => {
  const keys: Array<string> = []
  for (let i = 1; i < e.context.length; i++) {
    const parent = e.context[i - 1]?.type as { readonly _tag?: string } | undefined
    const key = e.context[i]?.key ?? ''
    if (key !== '' && parent?._tag !== 'UnionType' && parent?._tag !== 'IntersectionType') keys.push(key)
  }
  return keys.join('.')
}

const describe = (v: unknown): string => {
  if (v === undefined) return 'nothing'
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'an array'
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`
  if (typeof v === 'object') return 'an object'
  return `${typeof v} ${String(v)}`
}

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * The Report as pretty-printed JSON (two-space indent, trailing newline): the versioned
 * contract of REPORT.md. Keys come in the order the codecs declare them and signal
 * dictionaries are sorted, so the same Report always gives the same bytes.
 *
 * Details: the value is encoded by the `Report` codec first; keys the codecs do not declare
 * are left out. Non-finite numbers have no JSON form and come out as `null` (which
 * `fromJson` then refuses), so keep scores finite.
 *
 * @example
 * import { toJson, fromJson, SCHEMA_VERSION, type Report } from 'gainsay'
 * const empty: Report = {
 *   schemaVersion: SCHEMA_VERSION, articles: [], speakers: [], quotes: [], claims: [],
 *   clusters: [], copying: [], contradictions: [], sources: [], propositions: [], errors: []
 * }
 * toJson(empty).startsWith('{\n  "schemaVersion": "1"') // true
 *
 * @see fromJson
 * @since 0.1.0
 */
export const toJson = (report: Report): string =>
  `${JSON.stringify(ordered(Report, Report.encode(report)), null, 2)}\n`

/**
 * Reads a Report back from JSON, validating it with the `Report` codec. Fails (never throws)
 * with a `SyntaxError` for text that is not JSON and a `DecodeError` naming the first
 * offending field otherwise; a report written under another `schemaVersion` is refused with
 * a message saying which version was found.
 *
 * @example
 * import { fromJson } from 'gainsay'
 * import * as E from 'fp-ts/Either'
 * const bad = fromJson('{"schemaVersion": "9"}')
 * E.isLeft(bad) && bad.left.message // 'report: schemaVersion: this reader understands schema version 1, the report has "9"'
 *
 * @see toJson
 * @since 0.1.0
 */
export const fromJson = (text: string): E.Either<GainsayError, Report> => {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    return E.left(gainsayError('SyntaxError', 'report', null, `not valid JSON (${e instanceof Error ? e.message : String(e)})`))
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return E.left(gainsayError('DecodeError', 'report', null, `expected a JSON object, got ${describe(raw)}`))
  }
  const version = (raw as Record<string, unknown>)['schemaVersion']
  if (version !== SCHEMA_VERSION) {
    return E.left(
      gainsayError(
        'DecodeError',
        'report',
        'schemaVersion',
        `this reader understands schema version ${SCHEMA_VERSION}, the report has ${version === undefined ? 'none' : JSON.stringify(version)}`
      )
    )
  }
  const decoded = Report.decode(raw)
  if (E.isRight(decoded)) return E.right(decoded.right)
  const first = decoded.left[0]
  if (first === undefined) return E.left(gainsayError('DecodeError', 'report', null, 'does not match the Report codec'))
  const field = pathOf(first)
  const expected = first.context[first.context.length - 1]?.type.name ?? 'a valid value'
  return E.left(
    gainsayError('DecodeError', 'report', field === '' ? null : field, `expected ${expected}, got ${describe(first.value)}`)
  )
}
