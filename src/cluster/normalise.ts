/**
 * Token normalisation for statement comparison. Internal to the cluster stage (not exported
 * from `gainsay`): turns a span into tokens that survive hyphenation, British/American
 * spelling, translation variants, contractions, person and tense, so that the features of
 * `sameStatement` and the shingles of MinHash compare like with like.
 *
 * Order of the steps matters and is fixed: words (with offsets) -> contractions, acronyms,
 * hyphens -> phrase variants ("electronic government") -> numbers ("33 million") -> spelling
 * -> irregular verbs -> class (content / function / pronoun / negation / number) -> stem ->
 * synonym group.
 */
import { fnv1a32 } from '../internal/hash'
import { STOPWORDS, stem } from '../text/natural'
import { AUXILIARIES, EXTRA_FUNCTION_WORDS, NEGATIONS, PRONOUNS } from './lexicons/function-words'
import { IRREGULAR_VERBS } from './lexicons/irregular-verbs'
import { SYNONYM_GROUPS } from './lexicons/synonyms'
import { ACRONYMS, NUMBER_SCALES, NUMBER_WORDS, PHRASE_VARIANTS, SPELLING_VARIANTS } from './lexicons/variants'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** What a token contributes to a statement. */
export type TokenKind = 'content' | 'function' | 'pronoun' | 'negation' | 'number'

/** One normalised token, with the UTF-16 span of the input it came from. */
export interface Token {
  /** Normalised surface form: lower case, hyphens joined, variants and spelling applied. */
  readonly surface: string
  /** Comparison key: stem folded to its synonym group (content), the value (numbers), a class marker (pronouns). */
  readonly key: string
  readonly kind: TokenKind
  /** Capitalised inside a sentence (a name), or an acronym. */
  readonly proper: boolean
  readonly start: number
  readonly end: number
  /** Interned id of `key` (see `intern`). */
  readonly id: number
}

/**
 * A span prepared once for many comparisons: interned ids in typed arrays, so that a
 * comparison allocates little and compares integers.
 */
export interface Prepared {
  readonly text: string
  /** Ids of the keys of content and number tokens, in order. */
  readonly content: Int32Array
  /** `content`, sorted, without repeats. */
  readonly contentSet: Int32Array
  /** log(1 + surface length) of each content token: a corpus-free weight (long words are rare). */
  readonly contentWeights: Float64Array
  /** Ids of the keys of every token (function words and class markers included), in order. */
  readonly all: Int32Array
  /** Sorted multisets of the n-grams of `all` (n = 1, 2, 3), as numbers. */
  readonly grams1: Int32Array
  readonly grams2: Float64Array
  readonly grams3: Uint32Array
  /** Sorted distinct bigrams of `content`. */
  readonly contentBigrams: Float64Array
  readonly negations: number
  /** Sorted distinct ids of number keys. */
  readonly numbers: Int32Array
  /** Sorted distinct ids of proper content keys (names, acronyms). */
  readonly proper: Int32Array
  /** Surface forms joined by spaces: the text of the character-bigram Dice signal. */
  readonly compact: string
  /** Character-bigram profiles of `compact` and of the content words alone (see dice.ts). */
  readonly profile: Uint32Array
  readonly contentProfile: Uint32Array
  /** Sorted 32-bit hashes of the content surface forms. */
  readonly surfaceHashes: Uint32Array
  /** Hash of the concatenation of each token with the next, where they could be a compound (else 0). */
  readonly pairHashes: Uint32Array
}

// -------------------------------------------------------------------------------------
// lexicon tables (built once)
// -------------------------------------------------------------------------------------

const PRONOUN_KEY = '\u0001pron'
const AUX_KEY = '\u0001aux'
const NEGATION_SET: ReadonlySet<string> = new Set(NEGATIONS)
const PRONOUN_SET: ReadonlySet<string> = new Set(PRONOUNS)
const AUX_SET: ReadonlySet<string> = new Set(AUXILIARIES)
const FUNCTION_SET: ReadonlySet<string> = new Set(
  [...STOPWORDS, ...EXTRA_FUNCTION_WORDS].filter((w) => !NEGATION_SET.has(w) && !/^[0-9]$/.test(w))
)
const ACRONYM_MAP: ReadonlyMap<string, string> = new Map(ACRONYMS)
const SPELLING_MAP: ReadonlyMap<string, string> = new Map(SPELLING_VARIANTS)
const IRREGULAR_MAP: ReadonlyMap<string, string> = new Map(IRREGULAR_VERBS)
const NUMBER_WORD_MAP: ReadonlyMap<string, number> = new Map(NUMBER_WORDS)
const SCALE_MAP: ReadonlyMap<string, number> = new Map(NUMBER_SCALES)
const PHRASES: ReadonlyMap<string, string> = new Map(PHRASE_VARIANTS)
const MAX_PHRASE = PHRASE_VARIANTS.reduce((m, [p]) => Math.max(m, p.split(' ').length), 1)
const PHRASE_FIRST: ReadonlySet<string> = new Set(PHRASE_VARIANTS.map(([p]) => p.split(' ')[0] ?? ''))

let synonymMap: Map<string, string> | undefined
const synonyms = (): ReadonlyMap<string, string> => {
  if (synonymMap === undefined) {
    synonymMap = new Map()
    for (const group of SYNONYM_GROUPS) {
      const head = group[0]
      if (head === undefined) continue
      const canonical = stem(head)
      for (const w of group) if (!synonymMap.has(stem(w))) synonymMap.set(stem(w), canonical)
    }
  }
  return synonymMap
}

// -------------------------------------------------------------------------------------
// words
// -------------------------------------------------------------------------------------

interface RawWord {
  readonly w: string
  readonly start: number
  readonly end: number
  readonly proper: boolean
  readonly acronym: boolean
}

const WORD_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:['\u2019\u02bc\-\u2010\u2011.][\p{L}\p{N}]+)*/gu
const SENTENCE_BREAK_RE = /[.!?:;"\u201c\u201d\u2018\u2019()\[\]\n]/
const UPPER_RE = /^\p{Lu}/u
const ALL_UPPER_RE = /^[\p{Lu}.]+$/u
const DOTTED_SINGLES_RE = /^(?:\p{L}\.)*\p{L}$/u
const DECIMAL_RE = /^\d+(?:\.\d+)?$/

const BREAK_CHARS = new Set('.!?:;"\u201c\u201d\u2018\u2019()[]\n')

const hasBreak = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (BREAK_CHARS.has(text.charAt(i))) return true
  return false
}

/** How one matched piece expands into raw words, offsets relative to the piece. */
interface Expansion {
  readonly words: ReadonlyArray<RawWord>
}

const expansionCache = new Map<string, Expansion>()

/** Expands one matched piece (contractions, acronyms, run-on dots), as if not sentence-initial. */
const expand = (piece0: string): Expansion => {
  const hit = expansionCache.get(piece0)
  if (hit !== undefined) return hit
  const out: RawWord[] = []
  let piece = piece0
  if (piece.includes(',')) piece = piece.replace(/,/g, '')
  const upper = UPPER_RE.test(piece)
  if (piece.includes('.') && !DECIMAL_RE.test(piece) && !DOTTED_SINGLES_RE.test(piece)) {
    // Dots: keep in decimals ("2.5"), fold dotted acronyms ("U.S"), split run-on words ("end.The").
    let offset = 0
    for (const part of piece.split('.')) {
      if (part.length > 0) pushWord(out, part, offset, offset + part.length, offset !== 0)
      offset += part.length + 1
    }
  } else if (piece.length >= 2 && ALL_UPPER_RE.test(piece) && /\p{Lu}.*\p{Lu}|\./u.test(piece)) {
    out.push({ w: piece.replace(/\./g, '').toLowerCase(), start: 0, end: piece0.length, proper: true, acronym: true })
  } else pushWord(out, piece, 0, piece0.length, false, upper)
  const e = { words: out }
  if (expansionCache.size < 500_000) expansionCache.set(piece0, e)
  return e
}

/** Splits the text into raw words with offsets, expanding contractions. */
const rawWords = (text: string): ReadonlyArray<RawWord> => {
  const out: RawWord[] = []
  let prevEnd = -1
  WORD_RE.lastIndex = 0
  for (let m = WORD_RE.exec(text); m !== null; m = WORD_RE.exec(text)) {
    const start = m.index
    const piece = m[0]
    const sentenceInitial = prevEnd < 0 || hasBreak(text, prevEnd, start)
    prevEnd = start + piece.length
    const e = expand(piece)
    for (let i = 0; i < e.words.length; i++) {
      const r = e.words[i] as RawWord
      out.push({
        w: r.w,
        start: start + r.start,
        end: start + r.end,
        // only the first word of a piece can open a sentence
        proper: r.acronym || (r.proper && !(sentenceInitial && r.start === 0)),
        acronym: r.acronym
      })
    }
  }
  return out
}

const pushWord = (
  out: RawWord[],
  piece: string,
  start: number,
  end: number,
  sentenceInitial: boolean,
  upper = UPPER_RE.test(piece)
): void => {
  let w = piece.toLowerCase().replace(/[\u2019\u02bc]/g, "'")
  const proper = upper && !sentenceInitial
  if (w.includes("'")) {
    const m = /^(.*?)(n't|'s|'re|'ve|'ll|'d|'m)$/.exec(w)
    if (m !== null) {
      const base = m[1] ?? ''
      const suffix = m[2]
      if (suffix === "n't") {
        const b = base === 'ca' ? 'can' : base === 'wo' ? 'will' : base === 'sha' ? 'shall' : base
        if (b.length > 0) out.push({ w: b, start, end, proper: false, acronym: false })
        out.push({ w: 'not', start, end, proper: false, acronym: false })
        return
      }
      w = base
    }
    w = w.replace(/'/g, '')
  }
  if (/[-\u2010\u2011]/.test(w)) {
    const parts = w.split(/[-\u2010\u2011]/)
    // Ranges and scores ("2010-2012", "3-1") stay apart; word compounds are joined.
    if (parts.every((p) => /^\d+$/.test(p))) {
      for (const p of parts) out.push({ w: p, start, end, proper: false, acronym: false })
      return
    }
    w = parts.join('')
  }
  if (w.length > 0) out.push({ w, start, end, proper, acronym: false })
}

// -------------------------------------------------------------------------------------
// normalisation
// -------------------------------------------------------------------------------------

const spelling = (w: string): string => {
  const mapped = SPELLING_MAP.get(w)
  if (mapped !== undefined) return mapped
  // British -ise/-yse verbs and their derivations: organised -> organized, analyse -> analyze.
  if (w.length >= 6) {
    const m = /^(.{3,})([iy])s(e|es|ed|ing|ation|ations|er|ers)$/.exec(w)
    if (m !== null) return `${m[1]}${m[2]}z${m[3]}`
  }
  return w
}

const formatNumber = (n: number): string => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12))))

export interface Surface {
  readonly w: string
  readonly start: number
  readonly end: number
  readonly proper: boolean
  readonly number: string | null
}

/** Phrase variants, acronyms and numbers over the raw words. */
const surfaces = (raw: ReadonlyArray<RawWord>): ReadonlyArray<Surface> => {
  const out: Surface[] = []
  let i = 0
  while (i < raw.length) {
    const r = raw[i] as RawWord
    // Longest phrase variant starting here.
    if (PHRASE_FIRST.has(r.w)) {
      let matched = false
      for (let len = Math.min(MAX_PHRASE, raw.length - i); len >= 2; len--) {
        const words = raw.slice(i, i + len)
        const canonical = PHRASES.get(words.map((x) => x.w).join(' '))
        if (canonical !== undefined) {
          const last = words[words.length - 1] as RawWord
          out.push({ w: canonical, start: r.start, end: last.end, proper: false, number: null })
          i += len
          matched = true
          break
        }
      }
      if (matched) continue
    }
    if (r.acronym) {
      out.push({ w: ACRONYM_MAP.get(r.w) ?? r.w, start: r.start, end: r.end, proper: true, number: null })
      i++
      continue
    }
    const value = DECIMAL_RE.test(r.w) ? Number(r.w) : NUMBER_WORD_MAP.get(r.w)
    if (value !== undefined) {
      const next = raw[i + 1]
      const scale = next === undefined ? undefined : SCALE_MAP.get(next.w)
      if (scale !== undefined && next !== undefined) {
        const n = formatNumber(value * scale)
        out.push({ w: n, start: r.start, end: next.end, proper: false, number: n })
        i += 2
      } else {
        const n = formatNumber(value)
        out.push({ w: n, start: r.start, end: r.end, proper: false, number: n })
        i++
      }
      continue
    }
    out.push({ w: r.w, start: r.start, end: r.end, proper: r.proper, number: null })
    i++
  }
  return out
}

const tokenCache = new Map<string, Omit<Token, 'start' | 'end' | 'proper'>>()

/** Classifies and keys one surface form (memoised on the word). */
export const tokenOf = (s: Surface): Token => {
  if (s.number !== null) {
    const key = `#${s.number}`
    return { surface: s.w, key, kind: 'number', proper: false, start: s.start, end: s.end, id: intern(key) }
  }
  let c = tokenCache.get(s.w)
  if (c === undefined) {
    c = classify(s.w)
    if (tokenCache.size < 500_000) tokenCache.set(s.w, c)
  }
  return { surface: c.surface, key: c.key, kind: c.kind, proper: s.proper && c.kind === 'content', start: s.start, end: s.end, id: c.id }
}

const classify = (raw: string): Omit<Token, 'start' | 'end' | 'proper'> => {
  const w = IRREGULAR_MAP.get(raw) ?? spelling(raw)
  const make = (key: string, kind: TokenKind) => ({ surface: w, key, kind, id: intern(key) })
  if (NEGATION_SET.has(w)) return make('not', 'negation')
  if (PRONOUN_SET.has(w)) return make(PRONOUN_KEY, 'pronoun')
  if (AUX_SET.has(w)) return make(AUX_KEY, 'function')
  if (FUNCTION_SET.has(w)) return make(w, 'function')
  const st = stem(w)
  return make(synonyms().get(st) ?? st, 'content')
}

/** The tokens of a text, normalised. Never throws; the empty string gives no tokens. */
export const tokenize = (text: string): ReadonlyArray<Token> => surfaces(rawWords(text)).map(tokenOf)

// -------------------------------------------------------------------------------------
// interning
// -------------------------------------------------------------------------------------

const internIds = new Map<string, number>()
const internStrings: string[] = []
const internHashes: number[] = []

/** A small integer standing for a key; the same key always gets the same id in a process. */
export const intern = (key: string): number => {
  let id = internIds.get(key)
  if (id === undefined) {
    id = internStrings.length
    internIds.set(key, id)
    internStrings.push(key)
    internHashes.push(fnv1a32(key))
  }
  return id
}

/** The 32-bit FNV-1a hash of the key an id stands for: stable across runs, unlike the id. */
export const keyHash = (id: number): number => internHashes[id] ?? 0

/** The key an id stands for. */
export const keyOf = (id: number): string => internStrings[id] ?? ''

const GRAM = 2 ** 26

const sortedUnique = <A extends Int32Array | Float64Array | Uint32Array>(xs: A): A => {
  xs.sort()
  let m = 0
  for (let i = 0; i < xs.length; i++) if (i === 0 || xs[i] !== xs[i - 1]) xs[m++] = xs[i] as number
  return xs.subarray(0, m) as A
}

/** Sorted character-bigram codes of `s` without whitespace, as string-similarity counts them. */
export const bigramProfile = (s: string): Uint32Array => {
  const codes: number[] = []
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    // the whitespace that /\s+/ removes in string-similarity
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) continue
    codes.push(c)
  }
  if (codes.length < 2) return new Uint32Array(0)
  const out = new Uint32Array(codes.length - 1)
  for (let i = 0; i + 1 < codes.length; i++) out[i] = (((codes[i] as number) << 16) | (codes[i + 1] as number)) >>> 0
  return out.sort()
}

/** Builds the comparison view of a token list. */
export const prepareTokens = (text: string, tokens: ReadonlyArray<Token>): Prepared => {
  const content: number[] = []
  const weights: number[] = []
  const all = new Int32Array(tokens.length)
  const numbers: number[] = []
  const proper: number[] = []
  const contentTokens: Token[] = []
  let negations = 0
  let compact = ''
  let contentText = ''
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    const id = t.id
    all[i] = id
    compact += i === 0 ? t.surface : ' ' + t.surface
    if (t.kind === 'content' || t.kind === 'number') {
      content.push(id)
      weights.push(Math.log(1 + t.surface.length))
      contentTokens.push(t)
    }
    if (t.kind === 'content' || t.kind === 'number' || t.kind === 'negation') contentText += t.surface + ' '
    if (t.kind === 'number') numbers.push(id)
    if (t.kind === 'negation' && !isCorrective(tokens, i)) negations++
    if (t.proper && t.kind === 'content') proper.push(id)
  }
  const contentArr = Int32Array.from(content)
  const grams2 = new Float64Array(Math.max(0, all.length - 1))
  for (let i = 0; i + 1 < all.length; i++) grams2[i] = (all[i] as number) * GRAM + (all[i + 1] as number)
  const grams3 = new Uint32Array(Math.max(0, all.length - 2))
  for (let i = 0; i + 2 < all.length; i++)
    grams3[i] = fnv3(all[i] as number, all[i + 1] as number, all[i + 2] as number)
  const cb = new Float64Array(Math.max(0, contentArr.length - 1))
  for (let i = 0; i + 1 < contentArr.length; i++) cb[i] = (contentArr[i] as number) * GRAM + (contentArr[i + 1] as number)
  const surfaceHashes = new Uint32Array(contentTokens.length)
  const pairHashes = new Uint32Array(Math.max(0, tokens.length - 1))
  for (let i = 0; i < contentTokens.length; i++) {
    const t = contentTokens[i] as Token
    if (t.kind === 'content') surfaceHashes[i] = fnv1a32(t.surface)
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i] as Token
    const b = tokens[i + 1] as Token
    if (compoundable(a, b)) pairHashes[i] = fnv1a32(a.surface + b.surface) || 1
  }
  return {
    text,
    content: contentArr,
    contentSet: sortedUnique(Int32Array.from(content)),
    contentWeights: Float64Array.from(weights),
    all,
    grams1: Int32Array.from(all).sort(),
    grams2: grams2.sort(),
    grams3: grams3.sort(),
    contentBigrams: sortedUnique(cb),
    negations,
    numbers: sortedUnique(Int32Array.from(numbers)),
    proper: sortedUnique(Int32Array.from(proper)),
    compact,
    profile: bigramProfile(compact),
    contentProfile: bigramProfile(contentText),
    surfaceHashes: sortedUnique(surfaceHashes.filter((h) => h !== 0)),
    pairHashes
  }
}

const fnv3 = (a: number, b: number, c: number): number => {
  let h = 0x811c9dc5
  h = Math.imul(h ^ a, 0x01000193)
  h = Math.imul(h ^ b, 0x01000193)
  h = Math.imul(h ^ c, 0x01000193)
  return h >>> 0
}

/** Two adjacent words that could be one closed compound ("cyber attacks" / "cyberattacks"). */
const compoundable = (a: Token, b: Token): boolean =>
  a.kind !== 'number' &&
  b.kind !== 'number' &&
  (a.kind === 'content' || b.kind === 'content') &&
  a.surface.length >= 2 &&
  b.surface.length >= 2 &&
  a.surface.length + b.surface.length >= 6

/**
 * A corrective "not X but Y" ("not a single strike but 33 million attacks", "not only ...
 * but also") does not deny the statement: the negation is followed by "but" within four
 * words.
 */
const isCorrective = (tokens: ReadonlyArray<Token>, i: number): boolean => {
  const t = tokens[i] as Token
  if (t.surface !== 'not') return false
  for (let j = i + 1; j <= i + 5 && j < tokens.length; j++) if ((tokens[j] as Token).surface === 'but') return true
  return false
}

/** Tokenises and prepares a span for comparison. */
export const prepare = (text: string): Prepared => prepareTokens(text, tokenize(text))

const has = (sorted: Uint32Array, x: number): boolean => {
  let lo = 0
  let hi = sorted.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const v = sorted[mid] as number
    if (v === x) return true
    if (v < x) lo = mid + 1
    else hi = mid - 1
  }
  return false
}

/**
 * Joins adjacent words of `p` whose concatenation is a content word of the other side
 * ("highly organized" -> "highlyorganized" when the other side wrote "highly-organized").
 * `vocabulary` holds sorted 32-bit hashes of the other side's surface forms (a collision
 * only joins two words that did not need joining). Returns `p` itself when nothing joins,
 * which is the common case and costs one lookup per word pair.
 */
export const joinCompounds = (p: Prepared, vocabulary: Uint32Array | ((h: number) => boolean)): Prepared => {
  const known = typeof vocabulary === 'function' ? vocabulary : (h: number) => has(vocabulary, h)
  let any = false
  for (let i = 0; i < p.pairHashes.length; i++) {
    const h = p.pairHashes[i] as number
    if (h !== 0 && known(h)) {
      any = true
      break
    }
  }
  if (!any) return p
  const ts = tokenize(p.text)
  const out: Token[] = []
  for (let i = 0; i < ts.length; i++) {
    const a = ts[i] as Token
    const b = ts[i + 1]
    if (b !== undefined && compoundable(a, b) && known(fnv1a32(a.surface + b.surface) || 1)) {
      out.push(tokenOf({ w: a.surface + b.surface, start: a.start, end: b.end, proper: a.proper, number: null }))
      i++
    } else out.push(a)
  }
  return prepareTokens(p.text, out)
}
