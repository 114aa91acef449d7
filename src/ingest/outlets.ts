/**
 * The outlet registry: which outlets exist, how they sign their articles, and how a name in a
 * text (a sign-off, a licence line, "told The Associated Press") resolves to one of them.
 * Users extend it with their own entries.
 *
 * @since 0.1.0
 */
import * as E from 'fp-ts/Either'
import * as O from 'fp-ts/Option'
import type { CitedSource, GainsayError, Outlet, OutletEvidence, Span } from '../model'
import { gainsayError } from '../model'
import { DEFAULT_OUTLETS } from './outlet-data'
import { CITE_AFTER, CITE_BEFORE, OUTLET_WORDS } from './lexicon'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A pattern (a JavaScript regex source) that, found in a text, names the entry's outlet as the
 * publisher, with the kind of evidence it is.
 *
 * @example
 * import type { OutletSignature } from 'gainsay'
 * const sig: OutletSignature = { evidence: 'signoff', pattern: '\\(Reporting by [^)]+\\)' }
 *
 * @since 0.1.0
 */
export interface OutletSignature {
  readonly evidence: OutletEvidence
  /** A regex source, matched case-sensitively. */
  readonly pattern: string
}

/**
 * One outlet: a wire agency, a newspaper, a broadcaster, an online outlet or a social network
 * used as a channel.
 *
 * Generic signatures need no pattern: every entry is recognised by its name or aliases on a
 * sign-off line, in a licence line ("All Content by X is licensed under..."), a copyright line,
 * a byline ("By Name, X"), and by its codes in datelines ("WASHINGTON (AP) —", "RNA -").
 *
 * @example
 * import type { OutletEntry } from 'gainsay'
 * const entry: OutletEntry = {
 *   id: 'daily-planet', name: 'The Daily Planet', kind: 'newspaper',
 *   aliases: ['Daily Planet'], codes: ['DP'], signatures: [], mentionPatterns: []
 * }
 *
 * @since 0.1.0
 */
export interface OutletEntry {
  /** Stable kebab-case key (`mehr`, `ap`). */
  readonly id: string
  /** Display name (`Mehr News Agency`). */
  readonly name: string
  readonly kind: 'agency' | 'newspaper' | 'broadcaster' | 'online' | 'magazine' | 'social'
  /** Other names as written in text, matched case-sensitively ("The " also matches "the "). */
  readonly aliases: ReadonlyArray<string>
  /** Short codes used in datelines: "(AP)", "(MNA)", "RNA -". */
  readonly codes: ReadonlyArray<string>
  /** Extra outlet-specific signatures. */
  readonly signatures: ReadonlyArray<OutletSignature>
  /** Regex sources that, found in a body, cite this outlet by themselves ("tweeted" cites Twitter). */
  readonly mentionPatterns: ReadonlyArray<string>
}

/**
 * A set of outlet entries. Build one with `extendRegistry(defaultOutletRegistry, [...])`.
 *
 * @example
 * import { defaultOutletRegistry } from 'gainsay'
 * defaultOutletRegistry.entries.some((e) => e.id === 'reuters') // true
 *
 * @since 0.1.0
 */
export interface OutletRegistry {
  readonly entries: ReadonlyArray<OutletEntry>
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The built-in registry: international wire agencies, Iranian, Israeli, US, UK, European,
 * Middle Eastern, Asian and Russian outlets, and social networks as channels.
 *
 * @example
 * import { defaultOutletRegistry } from 'gainsay'
 * defaultOutletRegistry.entries.length > 50 // true
 *
 * @since 0.1.0
 */
export const defaultOutletRegistry: OutletRegistry = { entries: DEFAULT_OUTLETS }

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const checkPattern = (entryId: string, field: string, source: string): E.Either<GainsayError, string> => {
  try {
    new RegExp(source, 'gu')
    return E.right(source)
  } catch (e) {
    return E.left(
      gainsayError('Usage', `outlet ${entryId}`, field, `invalid regular expression ${JSON.stringify(source)}: ${String(e)}`)
    )
  }
}

const checkEntry = (entry: OutletEntry): E.Either<GainsayError, OutletEntry> => {
  if (!ID_PATTERN.test(entry.id)) {
    return E.left(gainsayError('Usage', `outlet ${entry.id}`, 'id', 'must be kebab-case (a-z, 0-9, hyphens)'))
  }
  if (entry.name.trim() === '') {
    return E.left(gainsayError('Usage', `outlet ${entry.id}`, 'name', 'must not be empty'))
  }
  for (const [i, sig] of entry.signatures.entries()) {
    const r = checkPattern(entry.id, `signatures.${i}.pattern`, sig.pattern)
    if (E.isLeft(r)) return r
  }
  for (const [i, p] of entry.mentionPatterns.entries()) {
    const r = checkPattern(entry.id, `mentionPatterns.${i}`, p)
    if (E.isLeft(r)) return r
  }
  return E.right(entry)
}

/**
 * Adds entries to a registry. An entry whose id is already present replaces the old one (so
 * users can correct a built-in entry); new ids are appended. Entries are checked: a bad id or
 * an invalid regex gives a `Usage` error naming the entry and field.
 *
 * @example
 * import { defaultOutletRegistry, extendRegistry } from 'gainsay'
 * import * as E from 'fp-ts/Either'
 * const registry = extendRegistry(defaultOutletRegistry, [{
 *   id: 'daily-planet', name: 'The Daily Planet', kind: 'newspaper',
 *   aliases: ['Daily Planet'], codes: ['DP'], signatures: [], mentionPatterns: []
 * }])
 * E.isRight(registry) // true
 *
 * @since 0.1.0
 */
export const extendRegistry = (
  registry: OutletRegistry,
  entries: ReadonlyArray<OutletEntry>
): E.Either<GainsayError, OutletRegistry> => {
  const checked: Array<OutletEntry> = []
  for (const e of entries) {
    const r = checkEntry(e)
    if (E.isLeft(r)) return r
    checked.push(r.right)
  }
  const replaced = new Map(checked.map((e) => [e.id, e] as const))
  const kept = registry.entries.map((e) => replaced.get(e.id) ?? e)
  const known = new Set(registry.entries.map((e) => e.id))
  const added = checked.filter((e, i) => !known.has(e.id) && checked.findIndex((x) => x.id === e.id) === i)
  // a later duplicate id among the new entries wins, like a later override
  const dedupAdded = added.map((e) => replaced.get(e.id) ?? e)
  return E.right({ entries: [...kept, ...dedupAdded] })
}

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

/** Lower-cased, apostrophes unified, leading "the" and a trailing "(CODE)" dropped. */
const normalizeName = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[’‘`]/g, "'")
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/[.,;:!]+$/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/^the /, '')

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const aliasSource = (alias: string): string => {
  const the = /^The\s+/.exec(alias)
  const rest = the === null ? alias : alias.slice(the[0].length)
  const words = rest.split(/\s+/)
  const body = words.map(escapeRegex).join('\\s+')
  if (the === null) return body
  // "The" may be left out of a long name ("the New York Times" / "New York Times"), never of a
  // one-word one: "The Independent" is not "Independent experts said"
  return words.length >= 2 ? `(?:[Tt]he\\s+)?${body}` : `[Tt]he\\s+${body}`
}

interface Compiled {
  readonly byName: ReadonlyMap<string, OutletEntry>
  readonly byCode: ReadonlyMap<string, OutletEntry>
  readonly mention: RegExp | null
  /** Owner of each alias, by `mentionKey`. */
  readonly mentionOwner: ReadonlyMap<string, OutletEntry>
  readonly extraMentions: ReadonlyArray<{ readonly entry: OutletEntry; readonly re: RegExp }>
  readonly signatures: ReadonlyArray<{ readonly entry: OutletEntry; readonly evidence: OutletEvidence; readonly re: RegExp }>
}

const cache = new WeakMap<OutletRegistry, Compiled>()

/** The key a matched mention is looked up by: spaces collapsed, a leading "the" dropped. */
const mentionKey = (s: string): string => s.replace(/\s+/g, ' ').replace(/^[Tt]he /, '')

const safeRegex = (source: string, flags: string): RegExp | null => {
  try {
    return new RegExp(source, flags)
  } catch {
    return null
  }
}

/** Compiles (once per registry object) the lookup tables and the mention regex. Internal. */
export const compileRegistry = (registry: OutletRegistry): Compiled => {
  const hit = cache.get(registry)
  if (hit !== undefined) return hit
  const byName = new Map<string, OutletEntry>()
  const byCode = new Map<string, OutletEntry>()
  const mentionOwner = new Map<string, OutletEntry>()
  const aliases: Array<string> = []
  for (const e of registry.entries) {
    for (const n of [e.name, ...e.aliases]) {
      const key = normalizeName(n)
      if (key !== '' && !byName.has(key)) byName.set(key, e)
      if (n.trim() !== '' && !mentionOwner.has(n)) {
        mentionOwner.set(n, e)
        aliases.push(n)
      }
    }
    for (const c of e.codes) if (!byCode.has(c)) byCode.set(c, e)
  }
  aliases.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
  // a one-character-class lookahead first, so most positions are rejected before the alternation
  const firsts = [...new Set(aliases.flatMap((a) => (/^The\s/.test(a) ? ['T', 't', a.replace(/^The\s+/, '').charAt(0)] : [a.charAt(0)])))]
  const firstClass = `[${firsts.map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`
  const mention =
    aliases.length === 0
      ? null
      : safeRegex(
          `(?=${firstClass})(?<![\\p{L}\\p{N}_])(?:${aliases.map(aliasSource).join('|')})(?![\\p{L}\\p{N}_])`,
          'gu'
        )
  const extraMentions = registry.entries.flatMap((entry) =>
    entry.mentionPatterns.flatMap((p) => {
      const re = safeRegex(p, 'gu')
      return re === null ? [] : [{ entry, re }]
    })
  )
  const signatures = registry.entries.flatMap((entry) =>
    entry.signatures.flatMap((s) => {
      const re = safeRegex(s.pattern, 'gu')
      return re === null ? [] : [{ entry, evidence: s.evidence, re }]
    })
  )
  const compiled: Compiled = {
    byName,
    byCode,
    mention,
    mentionOwner: new Map(
      [...aliases].reverse().map((a) => [mentionKey(a), mentionOwner.get(a)!] as const)
    ),
    extraMentions,
    signatures
  }
  cache.set(registry, compiled)
  return compiled
}

/**
 * Finds the registry entry a name refers to: by name or alias (case-insensitive, ignoring a
 * leading "The" and a trailing "(CODE)"), then by dateline code (case-sensitive).
 *
 * @example
 * import { defaultOutletRegistry, resolveOutletName } from 'gainsay'
 * import * as O from 'fp-ts/Option'
 * O.map((e: { id: string }) => e.id)(resolveOutletName(defaultOutletRegistry, 'the Associated Press')) // O.some('ap')
 *
 * @since 0.1.0
 */
export const resolveOutletName = (registry: OutletRegistry, name: string): O.Option<OutletEntry> => {
  const c = compileRegistry(registry)
  const byName = c.byName.get(normalizeName(name))
  if (byName !== undefined) return O.some(byName)
  const trimmed = name.trim()
  const byCode = c.byCode.get(trimmed)
  if (byCode !== undefined) return O.some(byCode)
  const paren = /\(([^)]+)\)\s*$/.exec(trimmed)
  if (paren !== null) {
    const code = c.byCode.get(paren[1]!.trim()) ?? c.byName.get(normalizeName(paren[1]!))
    if (code !== undefined) return O.some(code)
  }
  return O.none
}

/** Looks a dateline code up ("AP", "RNA", "MNA"); case-sensitive. Internal. */
export const resolveOutletCode = (registry: OutletRegistry, code: string): O.Option<OutletEntry> =>
  O.fromNullable(compileRegistry(registry).byCode.get(code.trim()))

const OUTLET_NAME_RE = new RegExp(
  `^(?:The\\s+)?(?:[\\p{Lu}][\\p{L}\\p{N}'’.&-]*\\s+){0,5}(?:${OUTLET_WORDS.map((w) =>
    w.split(' ').map(escapeRegex).join('\\s+')
  ).join('|')})$`,
  'iu'
)

/**
 * Whether a short string looks like the name of an outlet not in the registry: capitalised
 * words ending in an outlet word ("Daily Planet News", "Kurdistan Press Agency").
 *
 * @example
 * import { looksLikeOutletName } from 'gainsay'
 * looksLikeOutletName('Kurdistan Press Agency') // true
 * looksLikeOutletName('Staff Writer') // false
 *
 * @since 0.1.0
 */
export const looksLikeOutletName = (s: string): boolean => {
  const t = s.trim()
  if (t.length < 3 || t.length > 80) return false
  const first = t.charAt(0)
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return false
  return OUTLET_NAME_RE.test(t) && t.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|and|for|&|de|al)$/i.test(w))
}

const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'outlet'

/**
 * Builds the `Outlet` record for a name found in a text: the registry's entry when the name
 * resolves, else (when `acceptUnknown`) a new outlet whose id is the name's slug.
 *
 * @example
 * import { defaultOutletRegistry, outletFromName } from 'gainsay'
 * import * as O from 'fp-ts/Option'
 * outletFromName(defaultOutletRegistry, 'Reuters', 'dateline', { start: 0, end: 7 }, false) // O.some({ id: 'reuters', ... })
 *
 * @since 0.1.0
 */
export const outletFromName = (
  registry: OutletRegistry,
  name: string,
  evidence: OutletEvidence,
  span: Span | null,
  acceptUnknown: boolean
): O.Option<Outlet> => {
  const found = resolveOutletName(registry, name)
  if (O.isSome(found)) return O.some({ id: found.value.id, name: found.value.name, evidence, span })
  if (!acceptUnknown) return O.none
  const clean = name.trim().replace(/\s+/g, ' ')
  return clean === '' ? O.none : O.some({ id: slug(clean), name: clean, evidence, span })
}

/** Outlet-specific signature matches in a range of the text. Internal. */
export const findSignatures = (
  registry: OutletRegistry,
  text: string,
  from: number,
  to: number
): ReadonlyArray<{ readonly entry: OutletEntry; readonly evidence: OutletEvidence; readonly start: number; readonly end: number }> => {
  const out: Array<{ entry: OutletEntry; evidence: OutletEvidence; start: number; end: number }> = []
  const slice = text.slice(from, to)
  for (const s of compileRegistry(registry).signatures) {
    s.re.lastIndex = 0
    const m = s.re.exec(slice)
    if (m !== null && m[0].length > 0) out.push({ entry: s.entry, evidence: s.evidence, start: from + m.index, end: from + m.index + m[0].length })
  }
  return out
}

const GENERIC_AGENCY = /(?<![\p{L}\p{N}])((?:[\p{Lu}][\p{L}'’-]*\s+){1,4})([Nn]ews\s+[Aa]gency|[Pp]ress\s+[Aa]gency)(?![\p{L}])/gu

const sentenceWindowBefore = (text: string, start: number): string => {
  const raw = text.slice(Math.max(0, start - 80), start)
  const cut = /[.!?]["”’]?\s+(?=[^.!?]*$)/.exec(raw)
  return cut === null ? raw : raw.slice(cut.index + cut[0].length)
}

const sentenceWindowAfter = (text: string, end: number): string => {
  const raw = text.slice(end, end + 80)
  const cut = raw.search(/[.!?](?:\s|$)/)
  return cut === -1 ? raw : raw.slice(0, cut)
}

const isCitation = (text: string, start: number, end: number): boolean => {
  const after = sentenceWindowAfter(text, end)
  // a longer proper noun ("The National Weather Service", "Reuters Institute") is not the outlet
  if (/^[ \t\u00a0]+[\p{Lu}][\p{Ll}]/u.test(after)) return false
  return CITE_BEFORE.test(sentenceWindowBefore(text, start)) || CITE_AFTER.test(after)
}

interface Candidate {
  readonly name: string
  readonly start: number
  readonly end: number
  readonly needsCue: boolean
}

/**
 * The sources a text cites: registry outlets (and unknown "X News Agency" names) mentioned
 * with a citation cue ("told The Associated Press", "according to Fars News Agency",
 * "Press TV reported", "in a Twitter post"), and entries' own mention patterns ("tweeted").
 * Only the ranges in `within` are searched (default: the whole text); spans index `text`.
 *
 * @example
 * import { findCitedSources, defaultOutletRegistry } from 'gainsay'
 * const text = 'Two officials told The Associated Press that the talks failed.'
 * findCitedSources(text, defaultOutletRegistry).map((c) => c.name) // ['The Associated Press']
 *
 * @since 0.1.0
 */
export const findCitedSources = (
  text: string,
  registry: OutletRegistry = defaultOutletRegistry,
  within: ReadonlyArray<Span> = [{ start: 0, end: text.length }]
): ReadonlyArray<CitedSource> => {
  const c = compileRegistry(registry)
  const cands: Array<Candidate> = []
  for (const range of within) {
    const start = Math.max(0, range.start)
    const end = Math.min(text.length, range.end)
    if (end <= start) continue
    // search a slice per range, so that a range without matches costs only its own length
    const slice = text.slice(start, end)
    if (c.mention !== null) {
      const re = c.mention
      re.lastIndex = 0
      for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
        const entry = c.mentionOwner.get(mentionKey(m[0]))
        if (entry !== undefined) cands.push({ name: entry.name, start: start + m.index, end: start + m.index + m[0].length, needsCue: true })
      }
    }
    GENERIC_AGENCY.lastIndex = 0
    const agencies = /agency/i.test(slice)
    for (let m = agencies ? GENERIC_AGENCY.exec(slice) : null; m !== null; m = GENERIC_AGENCY.exec(slice)) {
      const mEnd = start + m.index + m[0].length
      // drop leading possessives and articles: "Iran's Tasnim news agency" -> "Tasnim news agency"
      const words = m[1]!.trim().split(/\s+/)
      let skip = 0
      while (skip < words.length - 1 && (/['’]s$/.test(words[skip]!) || /^(?:The|A|An)$/.test(words[skip]!))) skip++
      const kept = words.slice(skip)
      if (kept.length === 0 || /['’]s$/.test(kept[0]!)) continue
      const offset = m[0].indexOf(kept[0]!)
      const matched = m[0].slice(offset)
      const found = resolveOutletName(registry, matched)
      const name = O.isSome(found)
        ? found.value.name
        : `${kept.join(' ')} ${m[2]!.split(/\s+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join(' ')}`
      cands.push({ name, start: start + m.index + offset, end: mEnd, needsCue: true })
    }
    for (const x of c.extraMentions) {
      x.re.lastIndex = 0
      for (let m = x.re.exec(slice); m !== null; m = x.re.exec(slice)) {
        if (m[0].length === 0) {
          x.re.lastIndex++
          continue
        }
        cands.push({ name: x.entry.name, start: start + m.index, end: start + m.index + m[0].length, needsCue: false })
      }
    }
  }
  // longest first at each position, then drop overlaps
  cands.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))
  const out: Array<CitedSource> = []
  let lastEnd = -1
  for (const k of cands) {
    if (k.start < lastEnd) continue
    if (k.needsCue && !isCitation(text, k.start, k.end)) continue
    out.push({ name: k.name, text: text.slice(k.start, k.end), start: k.start, end: k.end })
    lastEnd = k.end
  }
  return out
}
