/**
 * Reading the CLI's inputs: files, folders (recursively) and standard input, into RawArticle
 * records. Every unreadable input becomes a GainsayError naming it; the readable ones are
 * still returned.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import * as E from 'fp-ts/Either'
import { gainsayError, type GainsayError } from '../model'
import { decodeRecords, decodeText, htmlToRawArticle, type RawArticle } from '../ingest'

/** What reading gave: the inputs, the errors, and how many files were looked at. */
export interface ReadResult {
  readonly inputs: ReadonlyArray<RawArticle>
  readonly errors: ReadonlyArray<GainsayError>
  readonly files: number
}

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md'])
const RECORD_EXTENSIONS = new Set(['.json', '.ndjson', '.jsonl'])
const HTML_EXTENSIONS = new Set(['.html', '.htm'])

const isKnown = (ext: string): boolean =>
  TEXT_EXTENSIONS.has(ext) || RECORD_EXTENSIONS.has(ext) || HTML_EXTENSIONS.has(ext)

/** Files below `dir`, sorted, hidden entries skipped. */
const walk = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir, { withFileTypes: true })
    .filter((d) => !d.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.isFile() ? [join(dir, d.name)] : []))

const idOf = (path: string): string => basename(path, extname(path))

/** Turns one file's bytes into inputs, by its extension. */
export const inputsFromBytes = (
  path: string,
  bytes: Uint8Array
): { readonly inputs: ReadonlyArray<RawArticle>; readonly errors: ReadonlyArray<GainsayError> } => {
  const ext = extname(path).toLowerCase()
  const text = decodeText(path, bytes)
  if (E.isLeft(text)) return { inputs: [], errors: [text.left] }
  if (RECORD_EXTENSIONS.has(ext)) {
    return decodeRecords(text.right, { source: path, format: ext === '.json' ? 'json' : 'ndjson' })
  }
  if (HTML_EXTENSIONS.has(ext)) {
    const raw = htmlToRawArticle(path, text.right)
    return E.isLeft(raw) ? { inputs: [], errors: [raw.left] } : { inputs: [{ ...raw.right, id: idOf(path) }], errors: [] }
  }
  return { inputs: [{ id: idOf(path), text: text.right }], errors: [] }
}

/**
 * Reads the named files and folders (`-` is standard input, read as text). Files in folders
 * are taken when their extension is .txt, .json, .ndjson/.jsonl or .html; others are reported.
 */
export const readInputs = (paths: ReadonlyArray<string>, readStdin: () => Uint8Array): ReadResult => {
  const inputs: RawArticle[] = []
  const errors: GainsayError[] = []
  let files = 0
  const take = (path: string, bytes: Uint8Array): void => {
    files++
    const r = inputsFromBytes(path, bytes)
    inputs.push(...r.inputs)
    errors.push(...r.errors)
  }
  for (const p of paths) {
    if (p === '-') {
      try {
        take('stdin', readStdin())
      } catch (e) {
        errors.push(gainsayError('ReadError', 'stdin', null, `cannot read standard input (${String(e)})`))
      }
      continue
    }
    let isDir = false
    try {
      isDir = statSync(p).isDirectory()
    } catch {
      errors.push(gainsayError('ReadError', p, null, 'no such file or folder'))
      continue
    }
    const candidates = isDir ? walk(p) : [p]
    if (isDir && candidates.length === 0) {
      errors.push(gainsayError('ReadError', p, null, 'the folder is empty'))
      continue
    }
    let taken = 0
    for (const f of candidates) {
      const ext = extname(f).toLowerCase()
      if (isDir && !isKnown(ext)) {
        errors.push(gainsayError('NotText', f, null, `skipped: not a .txt, .json, .ndjson or .html file`))
        continue
      }
      try {
        take(f, readFileSync(f))
        taken++
      } catch (e) {
        errors.push(gainsayError('ReadError', f, null, `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`))
      }
    }
    if (isDir && taken === 0 && candidates.length > 0) {
      errors.push(gainsayError('ReadError', p, null, 'the folder holds no readable articles'))
    }
  }
  return { inputs, errors, files }
}
