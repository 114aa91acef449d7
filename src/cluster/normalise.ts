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
 * A span prepared once for many comparisons: interned ids and hashes in sorted typed arrays,
 * so that a comparison allocates little and compares integers. All arrays are views of one
 * buffer per span (a million spans fit in about two gigabytes).
 */
export interface Prepared {
  readonly text: string
  /** Ids of the keys of content and number tokens, in order. */
  readonly content: Int32Array
  /** `content`, sorted, without repeats. */
  readonly contentSet: Int32Array
  /** Surface length of each content token (log(1 + length) is a corpus-free rarity weight). */
  readonly contentLengths: Uint32Array
  /** Ids of the keys of every token (function words and class markers included), in order. */
  readonly all: Int32Array
  /** UTF-16 span of each token of `all` in `text`: start, end, start, end, ... */
  readonly spans: Uint32Array
  /** Whether each token of `all` is a function word (1) or carries content (0). */
  readonly functional: Uint32Array
  /** Sorted multisets of the n-grams of `all` (n = 1, 2, 3; n > 1 as 32-bit hashes). */
  readonly grams1: Int32Array
  readonly grams2: Uint32Array
  readonly grams3: Uint32Array
  /** Sorted distinct bigrams of `content`, as 32-bit hashes. */
  readonly contentBigrams: Uint32Array
  readonly negations: number
  /** Sorted distinct ids of number keys. */
  readonly numbers: Int32Array
  /** Sorted distinct ids of proper content keys (names, acronyms). */
  readonly proper: Int32Array
  /** Surface forms joined by spaces: the text of the character-bigram Dice signal. */
  readonly compact: string
  /** Character-bigram profiles of `compact` and of the content words alone. */
  readonly profile: Uint32Array
  readonly contentProfile: Uint32Array
  /** Sorted 32-bit hashes of the content surface forms. */
  readonly surfaceHashes: Uint32Array
  /** Hash of the concatenation of each token with the next, where they could be a compound (else 0). */
  readonly pairHashes: Uint32Array
}

const SEGMENTS = [
  'content',
  'contentSet',
  'contentLengths',
  'all',
  'spans',
  'functional',
  'grams1',
  'grams2',
  'grams3',
  'contentBigrams',
  'numbers',
  'proper',
  'profile',
  'contentProfile',
  'surfaceHashes',
  'pairHashes'
] as const
type Segment = (typeof SEGMENTS)[number]
const HEADER = SEGMENTS.length + 1

/** The packed form: `data[0..HEADER)` holds segment offsets, the segments follow. */
class PackedPrepared implements Prepared {
  constructor(
    readonly text: string,
    readonly compact: string,
    readonly negations: number,
    private readonly data: Uint32Array
  ) {}
  private u32(k: number): Uint32Array {
    return this.data.subarray(this.data[k] as number, this.data[k + 1] as number)
  }
  private i32(k: number): Int32Array {
    const from = this.data[k] as number
    return new Int32Array(this.data.buffer, this.data.byteOffset + from * 4, (this.data[k + 1] as number) - from)
  }
  get content(): Int32Array {
    return this.i32(0)
  }
  get contentSet(): Int32Array {
    return this.i32(1)
  }
  get contentLengths(): Uint32Array {
    return this.u32(2)
  }
  get all(): Int32Array {
    return this.i32(3)
  }
  get spans(): Uint32Array {
    return this.u32(4)
  }
  get functional(): Uint32Array {
    return this.u32(5)
  }
  get grams1(): Int32Array {
    return this.i32(6)
  }
  get grams2(): Uint32Array {
    return this.u32(7)
  }
  get grams3(): Uint32Array {
    return this.u32(8)
  }
  get contentBigrams(): Uint32Array {
    return this.u32(9)
  }
  get numbers(): Int32Array {
    return this.i32(10)
  }
  get proper(): Int32Array {
    return this.i32(11)
  }
  get profile(): Uint32Array {
    return this.u32(12)
  }
  get contentProfile(): Uint32Array {
    return this.u32(13)
  }
  get surfaceHashes(): Uint32Array {
    return this.u32(14)
  }
  get pairHashes(): Uint32Array {
    return this.u32(15)
  }
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
      const canonical = foldStem(head)
      for (const w of group) if (!synonymMap.has(foldStem(w))) synonymMap.set(foldStem(w), canonical)
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

/**
 * Porter stem with its y/i split undone: Porter keeps "try" but gives "tri" for "tries" and
 * "tried" (step 1c only turns y into i after a vowel). Every stem ending in i is written with
 * y, so the forms of one verb share a key.
 */
const foldStem = (w: string): string => {
  const st = stem(w)
  return st.length > 2 && st.endsWith('i') ? `${st.slice(0, -1)}y` : st
}

const classify = (raw: string): Omit<Token, 'start' | 'end' | 'proper'> => {
  const w = IRREGULAR_MAP.get(raw) ?? spelling(raw)
  const make = (key: string, kind: TokenKind) => ({ surface: w, key, kind, id: intern(key) })
  if (NEGATION_SET.has(w)) return make('not', 'negation')
  if (PRONOUN_SET.has(w)) return make(PRONOUN_KEY, 'pronoun')
  if (AUX_SET.has(w)) return make(AUX_KEY, 'function')
  if (FUNCTION_SET.has(w)) return make(w, 'function')
  const st = foldStem(w)
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

const mix2 = (a: number, b: number): number => Math.imul(Math.imul(0x811c9dc5 ^ a, 0x01000193) ^ b, 0x01000193) >>> 0

/**
 * Writes the segments of one prepared span into a scratch buffer (sorting and deduplicating
 * in place with the native typed-array sort), then copies it out once: one allocation per
 * span.
 */
let scratch = new Uint32Array(1 << 12)
let at = HEADER

const ensure = (extra: number): void => {
  if (at + extra <= scratch.length) return
  const bigger = new Uint32Array(Math.max(scratch.length * 2, at + extra))
  bigger.set(scratch.subarray(0, at))
  scratch = bigger
}

/** Closes segment `k` (opened at `scratch[k]`), sorting and deduplicating when asked. */
const closeSegment = (k: number, sort: boolean, unique: boolean): void => {
  const from = scratch[k] as number
  if (sort) scratch.subarray(from, at).sort()
  if (unique) {
    let m = from
    for (let i = from; i < at; i++) if (i === from || scratch[i] !== scratch[i - 1]) scratch[m++] = scratch[i] as number
    at = m
  }
  scratch[k + 1] = at
}

const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff

/** Appends the sorted character-bigram codes of `s` (whitespace removed) to the scratch buffer. */
const pushProfile = (s: string): void => {
  ensure(s.length)
  let prev = -1
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (isSpace(c)) continue
    if (prev >= 0) scratch[at++] = ((prev << 16) | c) >>> 0
    prev = c
  }
}

/** Sorted character-bigram codes of `s` without whitespace, as string-similarity counts them. */
export const bigramProfile = (s: string): Uint32Array => {
  at = HEADER
  scratch[0] = at
  pushProfile(s)
  scratch.subarray(HEADER, at).sort()
  return scratch.slice(HEADER, at)
}

/** Builds the comparison view of a token list. */
export const prepareTokens = (text: string, tokens: ReadonlyArray<Token>): Prepared => {
  const n = tokens.length
  let negations = 0
  let compact = ''
  let contentText = ''
  at = HEADER
  ensure(16 * n + 64)
  const put = (v: number): void => {
    scratch[at++] = v
  }
  const open = (k: number): void => {
    scratch[k] = at
  }
  const isContent = (t: Token): boolean => t.kind === 'content' || t.kind === 'number'
  // content, contentSet, contentLengths
  open(0)
  for (const t of tokens) if (isContent(t)) put(t.id)
  closeSegment(0, false, false)
  const c0 = scratch[0] as number
  const c1 = scratch[1] as number
  open(1)
  for (let i = c0; i < c1; i++) put(scratch[i] as number)
  closeSegment(1, true, true)
  open(2)
  for (const t of tokens) if (isContent(t)) put(t.surface.length)
  closeSegment(2, false, false)
  // all, spans, functional
  open(3)
  for (const t of tokens) put(t.id)
  closeSegment(3, false, false)
  open(4)
  for (const t of tokens) {
    put(t.start)
    put(t.end)
  }
  closeSegment(4, false, false)
  open(5)
  for (const t of tokens) put(t.kind === 'function' ? 1 : 0)
  closeSegment(5, false, false)
  // n-grams of all
  open(6)
  for (const t of tokens) put(t.id)
  closeSegment(6, true, false)
  open(7)
  for (let i = 0; i + 1 < n; i++) put(mix2((tokens[i] as Token).id, (tokens[i + 1] as Token).id))
  closeSegment(7, true, false)
  open(8)
  for (let i = 0; i + 2 < n; i++) put(fnv3((tokens[i] as Token).id, (tokens[i + 1] as Token).id, (tokens[i + 2] as Token).id))
  closeSegment(8, true, false)
  // content bigrams
  open(9)
  for (let i = c0; i + 1 < c1; i++) put(mix2(scratch[i] as number, scratch[i + 1] as number))
  closeSegment(9, true, true)
  // numbers, proper
  open(10)
  for (const t of tokens) if (t.kind === 'number') put(t.id)
  closeSegment(10, true, true)
  open(11)
  for (const t of tokens) if (t.proper && t.kind === 'content') put(t.id)
  closeSegment(11, true, true)
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token
    compact += i === 0 ? t.surface : ' ' + t.surface
    if (t.kind === 'content' || t.kind === 'number' || t.kind === 'negation') contentText += t.surface + ' '
    if (t.kind === 'negation' && !isCorrective(tokens, i)) negations++
  }
  // character-bigram profiles
  open(12)
  pushProfile(compact)
  closeSegment(12, true, false)
  open(13)
  pushProfile(contentText)
  closeSegment(13, true, false)
  // compounds
  open(14)
  for (const t of tokens) if (t.kind === 'content') put(fnv1a32(t.surface))
  closeSegment(14, true, true)
  open(15)
  for (let i = 0; i + 1 < n; i++) {
    const a = tokens[i] as Token
    const b = tokens[i + 1] as Token
    put(compoundable(a, b) ? fnv1a32(a.surface + b.surface) || 1 : 0)
  }
  closeSegment(15, false, false)
  return new PackedPrepared(text, compact, negations, scratch.slice(0, at))
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
  const pairs = p.pairHashes
  for (let i = 0; i < pairs.length; i++) {
    const h = pairs[i] as number
    if (h !== 0 && known(h)) {
      any = true
      break
    }
  }
  if (!any) return p
  return prepareTokens(p.text, joinTokens(tokenize(p.text), known))
}

/**
 * Joins adjacent tokens whose concatenation is `known` (see `joinCompounds`); returns `ts`
 * itself when nothing joins.
 */
export const joinTokens = (ts: ReadonlyArray<Token>, known: (h: number) => boolean): ReadonlyArray<Token> => {
  let out: Token[] | null = null
  for (let i = 0; i < ts.length; i++) {
    const a = ts[i] as Token
    const b = ts[i + 1]
    if (b !== undefined && compoundable(a, b) && known(fnv1a32(a.surface + b.surface) || 1)) {
      if (out === null) out = ts.slice(0, i)
      out.push(tokenOf({ w: a.surface + b.surface, start: a.start, end: b.end, proper: a.proper, number: null }))
      i++
    } else if (out !== null) out.push(a)
  }
  return out ?? ts
}

// -------------------------------------------------------------------------------------
// compact tokens (the clustering hot path)
// -------------------------------------------------------------------------------------

/** What a token is, apart from where: one entry per distinct normalised word or number. */
interface TokenClass {
  readonly surface: string
  readonly key: string
  readonly kind: TokenKind
  readonly id: number
  /** fnv1a32 of the surface (the vocabulary of compound joining). */
  readonly hash: number
}

const classes: TokenClass[] = []
const wordClasses = new Map<string, number>()
const numberClasses = new Map<string, number>()

const newClass = (surface: string, key: string, kind: TokenKind, id: number): number => {
  classes.push({ surface, key, kind, id, hash: fnv1a32(surface) })
  return classes.length - 1
}

const classOf = (s: Surface): number => {
  if (s.number !== null) {
    let c = numberClasses.get(s.number)
    if (c === undefined) {
      const t = tokenOf(s)
      c = newClass(t.surface, t.key, t.kind, t.id)
      if (numberClasses.size < 500_000) numberClasses.set(s.number, c)
    }
    return c
  }
  let c = wordClasses.get(s.w)
  if (c === undefined) {
    const t = tokenOf(s)
    c = newClass(t.surface, t.key, t.kind, t.id)
    if (wordClasses.size < 500_000) wordClasses.set(s.w, c)
  }
  return c
}

/** Tokens stored flat, four integers each: class, start, end, proper (0/1). */
export interface TokenBuffer {
  data: Int32Array
  length: number
}

/** An empty token buffer. */
export const tokenBuffer = (capacity = 1 << 16): TokenBuffer => ({ data: new Int32Array(Math.max(16, capacity) * 4), length: 0 })

/**
 * Appends the tokens of `text` (exactly those of `tokenize`) to `buf`, and calls `content`
 * with the surface hash of every content token.
 */
export const appendTokens = (text: string, buf: TokenBuffer, content: (hash: number) => void): void => {
  const ss = surfaces(rawWords(text))
  if ((buf.length + ss.length) * 4 > buf.data.length) {
    const bigger = new Int32Array(Math.max(buf.data.length * 2, (buf.length + ss.length) * 4))
    bigger.set(buf.data.subarray(0, buf.length * 4))
    buf.data = bigger
  }
  const d = buf.data
  for (let i = 0; i < ss.length; i++) {
    const s = ss[i] as Surface
    const c = classOf(s)
    const cls = classes[c] as TokenClass
    const o = (buf.length + i) * 4
    d[o] = c
    d[o + 1] = s.start
    d[o + 2] = s.end
    d[o + 3] = s.proper && cls.kind === 'content' ? 1 : 0
    if (cls.kind === 'content') content(cls.hash)
  }
  buf.length += ss.length
}

/** The tokens `from` (inclusive) to `to` (exclusive) of a buffer, as `Token` records. */
export const tokensAt = (buf: TokenBuffer, from: number, to: number): Token[] => {
  const d = buf.data
  const out: Token[] = new Array<Token>(to - from)
  for (let i = from; i < to; i++) {
    const o = i * 4
    const c = classes[d[o] as number] as TokenClass
    out[i - from] = { surface: c.surface, key: c.key, kind: c.kind, proper: d[o + 3] === 1, start: d[o + 1] as number, end: d[o + 2] as number, id: c.id }
  }
  return out
}
