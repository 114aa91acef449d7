/**
 * Internal: country mentions in text (names, aliases, demonyms, capitals as metonyms),
 * matched case-sensitively so that "US" (the country) is not "us" (the pronoun).
 */
import type { Span } from '../../model/common'
import { COUNTRIES } from '../lexicons/countries'
import type { Token } from '../../text/tokens'

/** How a country was named. */
export type CountryForm = 'name' | 'adjective' | 'demonym' | 'capital'

/** A country mention. */
export interface CountryMention {
  readonly country: string
  readonly form: CountryForm
  readonly first: number
  readonly last: number
  readonly start: number
  readonly end: number
}

const canon = (s: string): string => s.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' ')

const SURFACES: ReadonlyMap<string, { readonly country: string; readonly form: CountryForm }> = (() => {
  const m = new Map<string, { country: string; form: CountryForm }>()
  const add = (surface: string, country: string, form: CountryForm): void => {
    const k = canon(surface)
    if (!m.has(k)) m.set(k, { country, form })
  }
  for (const c of COUNTRIES) {
    add(c.name, c.name, 'name')
    for (const a of c.aliases) add(a, c.name, 'name')
  }
  for (const c of COUNTRIES) {
    for (const a of c.adjectives) add(a, c.name, 'adjective')
    for (const d of c.demonyms) add(d, c.name, 'demonym')
  }
  for (const c of COUNTRIES) for (const cap of c.capitals) add(cap, c.name, 'capital')
  return m
})()

const MAX_WORDS = 6

/** First word of every surface form, with the most words a surface starting with it has. */
const FIRST_WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>()
  for (const k of SURFACES.keys()) {
    const ws = k.split(' ')
    const w = ws[0] ?? ''
    m.set(w, Math.max(m.get(w) ?? 0, ws.length))
  }
  return m
})()

const NEEDS_CANON = /[\u2018\u2019\u02bc\s]/
const POSSESSIVE = /'s?$/

/** The most words a surface starting with this token has; undefined when it is not capitalised or no surface starts with it. */
export const headWords = (text: string): number | undefined => {
  // most tokens start with a lower-case ASCII letter, a digit or punctuation: no map lookup for them
  const c = text.charCodeAt(0)
  if (c < 128 ? c < 65 || c > 90 : !/^\p{Lu}/u.test(text)) return undefined
  const head = NEEDS_CANON.test(text) ? canon(text) : text
  return FIRST_WORDS.get(head) ?? (POSSESSIVE.test(head) ? FIRST_WORDS.get(head.replace(POSSESSIVE, '')) : undefined)
}

/** Country mentions among `tokens` (longest match at each position; capitalised only). */
export const findCountries = (tokens: ReadonlyArray<Token>): ReadonlyArray<CountryMention> => {
  const out: CountryMention[] = []
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i]
    // keyed tokens carry their head length (0: none), computed once per token
    const known = t === undefined ? undefined : (t as { readonly head?: number }).head
    const maxWords = t === undefined || t.kind !== 'word' ? undefined : known !== undefined ? (known === 0 ? undefined : known) : headWords(t.text)
    if (t === undefined || maxWords === undefined) {
      i++
      continue
    }
    let found: CountryMention | null = null
    let surface = ''
    for (let j = i; j < Math.min(tokens.length, i + Math.min(MAX_WORDS, maxWords)); j++) {
      const tj = tokens[j]
      if (tj === undefined || tj.kind === 'punct' || tj.kind === 'number') break
      const prev = tokens[j - 1]
      if (j > i && prev !== undefined && tj.start > prev.end + 1) break
      surface = j === i ? canon(tj.text) : `${surface} ${canon(tj.text)}`
      const direct = SURFACES.get(surface)
      const bare = direct !== undefined ? surface : surface.replace(/'s?$/, '')
      const hit = direct ?? SURFACES.get(bare)
      if (hit !== undefined) found = { country: hit.country, form: hit.form, first: i, last: j, start: t.start, end: tj.start + (direct !== undefined ? tj.text.length : tj.text.length - (surface.length - bare.length)) }
    }
    if (found !== null) {
      out.push(found)
      i = found.last + 1
    } else i++
  }
  return out
}

/** The country a surface string names (exact, case-sensitive), if any. */
export const countryOf = (surface: string): string | null => {
  const k = canon(surface.trim()).replace(/'s?$/, '')
  return SURFACES.get(k)?.country ?? null
}

/** The first country named anywhere in `text` (range optional). */
export const firstCountryIn = (tokens: ReadonlyArray<Token>, range?: Span): string | null => {
  const inRange = range === undefined ? tokens : tokens.filter((t) => t.start >= range.start && t.end <= range.end)
  return findCountries(inRange)[0]?.country ?? null
}
