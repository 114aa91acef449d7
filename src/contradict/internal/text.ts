/**
 * Text helpers for the contradiction stage. Internal: not part of the public surface.
 */
import { stem } from '../../text/natural'
import { memoByString } from '../../internal/memo'
import { COUNTRY_ALIASES } from '../lexicons/countries'
import { EVENT_CONCEPTS, GENERIC_EVENT_WORDS } from '../lexicons/concepts'
import { VAGUE_ACTORS } from '../lexicons/cues'

/**
 * Lower case, initialisms collapsed ("U.S." -> "us"), apostrophes made straight, hyphens and
 * other punctuation turned into single spaces, padded with a space each side so that a
 * phrase `p` matches as a whole-word sequence with `includes(' ' + p + ' ')`.
 */
const normUncached = (s: string): string =>
  ' ' +
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u2032`]/g, "'")
    .replace(/\b(\p{L})\.(\p{L})\.(?:(\p{L})\.)?/gu, (_m, a: string, b: string, c: string | undefined) => `${a}${b}${c ?? ''} `)
    .replace(/n't\b/g, ' not')
    .replace(/'s\b/g, ' ')
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim() +
  ' '
const normMemo = memoByString(normUncached, 100_000)


export const normText = (s: string): string => {
  // short strings (names, places, phrases) recur across claims: memoised, bounded
  return s.length > 120 ? normUncached(s) : normMemo(s)
}

/**
 * Phrases (normalised, padded) indexed by their first word, so that a text is matched word
 * by word instead of phrase by phrase. Every occurrence of a padded phrase in a normalised
 * text starts at the space before one of its words, so the two ways find the same phrases.
 */
interface WordIndex {
  readonly byFirst: ReadonlyMap<string, ReadonlyArray<readonly [index: number, normalised: string]>>
}

const wordIndex = (phrases: ReadonlyArray<string>): WordIndex => {
  const byFirst = new Map<string, Array<readonly [number, string]>>()
  phrases.forEach((n, i) => {
    const first = n.trim().split(' ')[0] ?? ''
    const list = byFirst.get(first)
    if (list === undefined) byFirst.set(first, [[i, n]])
    else list.push([i, n])
  })
  return { byFirst }
}

/** Whether a string is in `normText`'s form (padded, single spaces), where the index applies. */
const isNormal = (norm: string): boolean =>
  norm.length >= 2 && norm.charCodeAt(0) === 32 && norm.charCodeAt(norm.length - 1) === 32 && !norm.includes('  ')

/**
 * The first position of each phrase of the index found in a normalised text, by phrase
 * index; the caller checks `isNormal` first.
 */
const matchIndex = (norm: string, index: WordIndex): Map<number, number> => {
  const found = new Map<number, number>()
  let pos = 0
  while (pos < norm.length - 1) {
    const next = norm.indexOf(' ', pos + 1)
    if (next < 0) break
    const list = index.byFirst.get(norm.slice(pos + 1, next))
    if (list !== undefined) for (const [i, n] of list) if (!found.has(i) && norm.startsWith(n, pos)) found.set(i, pos)
    pos = next
  }
  return found
}

/** A phrase list, normalised once. */
export interface PhraseSet {
  readonly phrases: ReadonlyArray<readonly [original: string, normalised: string]>
}

export const phraseSet = (phrases: ReadonlyArray<string>): PhraseSet => ({
  phrases: phrases.map((p) => [p, normText(p)] as const).filter(([, n]) => n.trim().length > 0)
})

const phraseIndexMemo = new WeakMap<PhraseSet, WordIndex>()
const phraseIndex = (set: PhraseSet): WordIndex => {
  const hit = phraseIndexMemo.get(set)
  if (hit !== undefined) return hit
  const out = wordIndex(set.phrases.map(([, n]) => n))
  phraseIndexMemo.set(set, out)
  return out
}

/** The phrases of `set` that occur in the normalised text, in lexicon order, without duplicates. */
export const findPhrases = (norm: string, set: PhraseSet): ReadonlyArray<string> => {
  const out: string[] = []
  if (isNormal(norm)) {
    const found = matchIndex(norm, phraseIndex(set))
    if (found.size === 0) return out
    for (const i of [...found.keys()].sort((x, y) => x - y)) {
      const orig = set.phrases[i]?.[0]
      if (orig !== undefined && !out.includes(orig)) out.push(orig)
    }
    return out
  }
  for (const [orig, n] of set.phrases) if (norm.includes(n) && !out.includes(orig)) out.push(orig)
  return out
}

/** Several phrase sets matched in one pass over a text. */
export interface PhraseGroup {
  readonly sets: ReadonlyArray<PhraseSet>
  /** Where each set's phrases start in the combined list (one more entry than sets). */
  readonly offsets: ReadonlyArray<number>
  readonly index: WordIndex
}

export const phraseGroup = (sets: ReadonlyArray<PhraseSet>): PhraseGroup => {
  const offsets: number[] = [0]
  const all: string[] = []
  for (const set of sets) {
    for (const [, n] of set.phrases) all.push(n)
    offsets.push(all.length)
  }
  return { sets, offsets, index: wordIndex(all) }
}

/** `findPhrases(norm, set)` for every set of the group, in one pass over the text. */
export const findPhrasesOf = (norm: string, group: PhraseGroup): ReadonlyArray<ReadonlyArray<string>> => {
  if (!isNormal(norm)) return group.sets.map((set) => findPhrases(norm, set))
  const out: string[][] = group.sets.map(() => [])
  const found = matchIndex(norm, group.index)
  if (found.size === 0) return out
  let k = 0
  for (const g of [...found.keys()].sort((x, y) => x - y)) {
    while (g >= (group.offsets[k + 1] ?? Infinity)) k++
    const orig = group.sets[k]?.phrases[g - (group.offsets[k] ?? 0)]?.[0]
    const list = out[k]
    if (orig !== undefined && list !== undefined && !list.includes(orig)) list.push(orig)
  }
  return out
}

/** Position of the first occurrence of a phrase of the set in the normalised text, or -1. */
export const firstIndex = (norm: string, set: PhraseSet): number => {
  let best = -1
  for (const [, n] of set.phrases) {
    const i = norm.indexOf(n)
    if (i >= 0 && (best < 0 || i < best)) best = i
  }
  return best
}

/** Words of a normalised text. */
export const words = (norm: string): ReadonlyArray<string> => norm.trim().split(' ').filter((w) => w.length > 0)

// -------------------------------------------------------------------------------------
// parties (countries, organisations, people)
// -------------------------------------------------------------------------------------

const aliasToCountry: ReadonlyMap<string, string> = new Map(
  COUNTRY_ALIASES.flatMap((row) => row.map((alias) => [normText(alias).trim(), row[0] ?? alias] as const))
)
const aliasPhrases = [...aliasToCountry.keys()].sort((x, y) => y.length - x.length)
const vague: ReadonlySet<string> = new Set(VAGUE_ACTORS.map((v) => normText(v).trim()))
const aliasIndex = wordIndex(aliasPhrases.map((a) => ` ${a} `))

/**
 * The canonical party a mention stands for: a country key when the mention names or stands
 * for a country ("U.S. military cyber forces" -> "united states"), otherwise the normalised
 * mention without a leading article; null for pronouns and vague mentions.
 */
export const canonicalParty = (mention: string | null): string | null => {
  return mention === null ? null : partyMemo(mention)
}

const partyUncached = (mention: string): string | null => {
  const n = normText(mention).trim().replace(/^(the|a|an) /, '')
  if (n.length === 0 || vague.has(n)) return null
  const exact = aliasToCountry.get(n)
  if (exact !== undefined) return exact
  const padded = ` ${n} `
  if (isNormal(padded)) {
    // the first alias in list order (longest first) that occurs
    const found = matchIndex(padded, aliasIndex)
    if (found.size === 0) return n
    const alias = aliasPhrases[Math.min(...found.keys())]
    return alias === undefined ? n : aliasToCountry.get(alias) ?? null
  }
  for (const alias of aliasPhrases) if (padded.includes(` ${alias} `)) return aliasToCountry.get(alias) ?? null
  return n
}
const partyMemo = memoByString(partyUncached, 100_000)


/** The countries a text mentions, canonical keys, in first-mention order (memoised for short texts). */
export const countriesIn = (norm: string): ReadonlyArray<string> => {
  return norm.length > 80 ? countriesUncached(norm) : countriesMemo(norm)
}

const countriesUncached = (norm: string): ReadonlyArray<string> => {
  const hits: Array<readonly [number, string]> = []
  if (isNormal(norm)) {
    // first mention of each alias; ties keep list order, as a stable sort over the list would
    const found = matchIndex(norm, aliasIndex)
    for (const i of [...found.keys()].sort((x, y) => x - y)) {
      const alias = aliasPhrases[i] ?? ''
      hits.push([found.get(i) ?? 0, aliasToCountry.get(alias) ?? alias])
    }
  } else
    for (const alias of aliasPhrases) {
      const i = norm.indexOf(` ${alias} `)
      if (i >= 0) hits.push([i, aliasToCountry.get(alias) ?? alias])
    }
  hits.sort((x, y) => x[0] - y[0])
  const out: string[] = []
  for (const [, c] of hits) if (!out.includes(c)) out.push(c)
  return out
}
const countriesMemo = memoByString(countriesUncached, 50_000)

/** Two parties are the same when equal, or when one's words contain the other's. */
export const sameParty = (a: string, b: string): boolean => {
  if (a === b) return true
  const pa = ` ${a} `
  const pb = ` ${b} `
  return pa.includes(pb) || pb.includes(pa)
}

// -------------------------------------------------------------------------------------
// concepts
// -------------------------------------------------------------------------------------

const conceptPhrases: ReadonlyArray<readonly [string, string, boolean]> = EVENT_CONCEPTS.flatMap((c) =>
  c.words.map((w) => [normText(w), c.id, c.head] as const)
)
const stemToConcept: ReadonlyMap<string, string> = new Map(
  EVENT_CONCEPTS.flatMap((c) => c.words.filter((w) => !w.includes(' ')).map((w) => [stem(w.toLowerCase()), c.id] as const))
)

/** Words matched only as written: their stems are too common in other senses ("board", "poll"). */
const EXACT_ONLY: ReadonlySet<string> = new Set([
  'boarded', 'toll', 'bodies', 'polls', 'vote', 'rally', 'rallies', 'custody', 'jet', 'jets', 'offensive', 'downing', 'downed',
  'capture', 'captured', 'launch', 'commandeered', 'shelling', 'shelled', 'demonstration', 'demonstrations', 'destroyer', 'died', 'die'
])
const stemConcept: ReadonlyMap<string, string> = new Map(
  EVENT_CONCEPTS.flatMap((c) => c.words.filter((w) => !w.includes(' ') && !EXACT_ONLY.has(w)).map((w) => [stem(w), c.id] as const))
)
const conceptOrder: ReadonlyArray<string> = EVENT_CONCEPTS.map((c) => c.id)
const conceptIndex = wordIndex(conceptPhrases.map(([p]) => p))
const HEAD: ReadonlySet<string> = new Set(EVENT_CONCEPTS.filter((c) => c.head).map((c) => c.id))

/** The concept a word evokes by its stem (words under three letters evoke none); memoised. */
const wordConceptMemo = memoByString((w: string): string | undefined => stemConcept.get(stem(w)), 200_000)
const wordConcept = (w: string): string | undefined => (w.length < 3 ? undefined : wordConceptMemo(w))

/** The event concepts a normalised text evokes (by phrase, or by a word's stem), in table order. */
export const conceptsIn = (norm: string): ReadonlyArray<string> => {
  const found = new Set<string>()
  if (isNormal(norm)) for (const i of matchIndex(norm, conceptIndex).keys()) found.add(conceptPhrases[i]?.[1] ?? '')
  else for (const [p, id] of conceptPhrases) if (!found.has(id) && norm.includes(p)) found.add(id)
  for (const w of words(norm)) {
    const id = wordConcept(w)
    if (id !== undefined) found.add(id)
  }
  return conceptOrder.filter((id) => found.has(id))
}

/** The concept a (possibly stemmed) keyword evokes, if any. */
export const conceptOfKeyword = (keyword: string): string | undefined =>
  stemToConcept.get(keyword.toLowerCase()) ?? stemToConcept.get(stem(keyword.toLowerCase()))

/** Whether a concept id names an event (rather than an object such as a vessel). */
export const isHeadConcept = (id: string): boolean => HEAD.has(id)

/** Content-word stems of a normalised text (stop words and very short words dropped). */
export const contentStems = (norm: string, stop: ReadonlySet<string>): ReadonlyArray<string> => {
  const out: string[] = []
  for (const w of words(norm)) {
    if (w.length < 3 || stop.has(w) || /^\d/.test(w)) continue
    const s = stem(w)
    if (!out.includes(s)) out.push(s)
  }
  return out
}

/** The event (head) concept named last in a normalised text, or null. */
export const lastHeadConcept = (norm: string): string | null => {
  let best: string | null = null
  let at = -1
  for (const [p, id, head] of conceptPhrases) {
    if (!head) continue
    const i = norm.lastIndexOf(p)
    if (i > at) {
      at = i
      best = id
    }
  }
  const ws = words(norm)
  let pos = 0
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k] ?? ''
    const i = norm.indexOf(` ${w} `, pos)
    pos = i < 0 ? pos : i + 1
    const id = wordConcept(w)
    // "more than 200 abducted schoolgirls", "the kidnapped girls": a participle before its noun
    // presupposes its event; the denial is about another
    if (id !== undefined && isHeadConcept(id) && i > at && !(w.endsWith('ed') && PRESUPPOSING.test(ws[k - 1] ?? ''))) {
      at = i
      best = id
    }
  }
  return best
}

/** Words before a participle that make it a noun modifier (a determiner, a number, a possessive). */
const PRESUPPOSING = /^(?:the|a|an|its|their|his|her|our|these|those|all|some|many|\d[\d,.]*|s)$/

const UNSPECIFIC: ReadonlySet<string> = new Set([
  ...GENERIC_EVENT_WORDS.map((w) => stem(w)),
  ...EVENT_CONCEPTS.flatMap((c) => c.words.filter((w) => !w.includes(' ')).map((w) => stem(w)))
])

/** Content stems that are neither generic, nor event-concept words, nor country names. */
export const specificStems = (keywords: ReadonlyArray<string>): ReadonlyArray<string> => keywords.filter(isSpecific)

const isSpecific = memoByString(
  (k: string): boolean =>
    // a one-word keyword names a country only as an alias itself
    k.length >= 3 && !UNSPECIFIC.has(k) && !aliasToCountry.has(k) && (!/\s/.test(k) || countriesIn(` ${k} `).length === 0) && !/^\d/.test(k),
  100_000
)

/** The words of a normalised target that can identify it. */
export const targetWords = (t: string | null): ReadonlyArray<string> =>
  t === null ? [] : t.split(' ').filter((w) => w.length > 3 && !['their', 'these', 'those', 'which', 'there'].includes(w))
