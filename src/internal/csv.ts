/**
 * A small RFC 4180 CSV reader: quoted fields, doubled quotes, quoted newlines, CRLF or LF
 * line ends. Internal: used by the evaluation scripts to read public datasets without a
 * dependency. Never throws; an unterminated quote runs to the end of the input.
 */

/** Parses CSV text into rows of fields (a trailing empty line yields no row). */
export const parseCsv = (text: string): ReadonlyArray<ReadonlyArray<string>> => {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  // true once the current field has begun (a quote opened, or any character read), so that a
  // lone quoted empty field ("") still makes a row
  let started = false
  let i = 0
  const n = text.length
  const src = text.charCodeAt(0) === 0xfeff ? 1 : 0
  i = src
  while (i < n) {
    const c = text[i]
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
        i++
        continue
      }
      field += c
      i++
      continue
    }
    if (c === '"' && field.length === 0) {
      quoted = true
      started = true
      i++
    } else if (c === ',') {
      row.push(field)
      field = ''
      started = true
      i++
    } else if (c === '\r' || c === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      started = false
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1
    } else {
      field += c
      started = true
      i++
    }
  }
  if (started || field.length > 0 || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

/** Parses CSV text with a header row into records keyed by column name. */
export const parseCsvRecords = (text: string): ReadonlyArray<Readonly<Record<string, string>>> => {
  const [header, ...rest] = parseCsv(text)
  if (header === undefined) return []
  return rest.map((r) => {
    const o: Record<string, string> = {}
    header.forEach((h, j) => {
      o[h] = r[j] ?? ''
    })
    return o
  })
}
