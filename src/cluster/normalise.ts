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
import { pairGet, pairMap, pairSet } from './int-set'
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
  /**
   * Sorted multisets of the n-grams of `all` (n = 1, 2, 3). Unigrams are ids; longer n-grams
   * are 32-bit hashes of the keys' own hashes (`keyHash`), never of the ids, so they are a
   * pure function of the words whatever the process interned before.
   */
  readonly grams1: Int32Array
  readonly grams2: Uint32Array
  readonly grams3: Uint32Array
  /** Sorted distinct bigrams of `content`, as 32-bit hashes of the keys' own hashes. */
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

const UPPER_RE = /^\p{Lu}/u
const ALL_UPPER_RE = /^[\p{Lu}.]+$/u
const DOTTED_SINGLES_RE = /^(?:\p{L}\.)*\p{L}$/u
const DECIMAL_RE = /^\d+(?:\.\d+)?$/

/**
 * Expands one word piece (contractions, acronyms, run-on dots), as if not sentence-initial.
 * Called once per distinct piece: the result is kept in the piece table.
 */
const expand = (piece0: string): ReadonlyArray<RawWord> => {
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

// ---- the scanner: the pieces of WORD_RE, read character by character -----------------
//
// WORD_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:['\u2019\u02bc\-\u2010\u2011.][\p{L}\p{N}]+)*/gu
// A piece starts at the first letter or number; an ASCII digit run of one to three digits
// followed by ",ddd" groups is a grouped number (with an optional ".d+"); otherwise a run of
// letters and numbers, continued over an apostrophe, hyphen or dot when a letter or number
// follows.

/** 1: letter or number (\p{L}, \p{N}); 2: neither; 0: not yet known. Per UTF-16 code unit. */
const LETTER_OR_NUMBER = new Uint8Array(65536)
const LETTER_OR_NUMBER_RE = /^[\p{L}\p{N}]$/u
const astral = new Map<number, boolean>()

/** Width in code units (1 or 2) of the letter or number starting at `i`, or 0. */
const letterAt = (text: string, i: number): number => {
  if (i >= text.length) return 0
  const c = text.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000
      let v = astral.get(cp)
      if (v === undefined) {
        v = LETTER_OR_NUMBER_RE.test(String.fromCodePoint(cp))
        astral.set(cp, v)
      }
      return v ? 2 : 0
    }
  }
  let k = LETTER_OR_NUMBER[c] as number
  if (k === 0) {
    k = LETTER_OR_NUMBER_RE.test(String.fromCharCode(c)) ? 1 : 2
    LETTER_OR_NUMBER[c] = k
  }
  return k === 1 ? 1 : 0
}

const isDigit = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i) // NaN past the end
  return c >= 48 && c <= 57
}

/** The joiners inside a word: apostrophes, hyphens, the dot. */
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x02bc || c === 45 || c === 0x2010 || c === 0x2011 || c === 46

/** Characters that open a sentence for the next word (capitalisation is then no evidence of a name). */
const isBreak = (c: number): boolean =>
  c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 34 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 40 || c === 41 || c === 91 || c === 93 || c === 10

const hasBreak = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (isBreak(text.charCodeAt(i))) return true
  return false
}

/** End of the piece starting at `s` (a letter or number). */
const pieceEnd = (text: string, s: number): number => {
  if (isDigit(text, s)) {
    let d = s
    while (isDigit(text, d)) d++
    if (d - s <= 3 && text.charCodeAt(d) === 44 && isDigit(text, d + 1) && isDigit(text, d + 2) && isDigit(text, d + 3)) {
      let j = d
      while (text.charCodeAt(j) === 44 && isDigit(text, j + 1) && isDigit(text, j + 2) && isDigit(text, j + 3)) j += 4
      if (text.charCodeAt(j) === 46 && isDigit(text, j + 1)) {
        j += 2
        while (isDigit(text, j)) j++
      }
      return j
    }
  }
  let j = s
  for (let w = letterAt(text, j); w > 0; w = letterAt(text, j)) j += w
  while (j < text.length && isJoiner(text.charCodeAt(j)) && letterAt(text, j + 1) > 0) {
    j++
    for (let w = letterAt(text, j); w > 0; w = letterAt(text, j)) j += w
  }
  return j
}

// ---- raw words, interned with what the later steps need to know about them -----------

/** Interned raw words: each distinct lower-case word once, with its lexicon facts. */
const rawIds = new Map<string, number>()
const rawText: string[] = []
/** Numeric value (a decimal or a number word), or undefined. */
const rawValue: Array<number | undefined> = []
/** Scale ("million": 1e6), or undefined. */
const rawScale: Array<number | undefined> = []
/** Token classes, computed on first use (-1: not yet). */
const rawWordClass: number[] = []
const rawAcronymClass: number[] = []
const rawNumberClass: number[] = []

const rawId = (w: string): number => {
  let id = rawIds.get(w)
  if (id === undefined) {
    id = rawText.length
    rawIds.set(w, id)
    rawText.push(w)
    rawValue.push(DECIMAL_RE.test(w) ? Number(w) : NUMBER_WORD_MAP.get(w))
    rawScale.push(SCALE_MAP.get(w))
    rawWordClass.push(-1)
    rawAcronymClass.push(-1)
    rawNumberClass.push(-1)
  }
  return id
}

/** Phrase variants as a trie over raw word ids ("electronic" -> "government" -> egovernment). */
interface PhraseNode {
  readonly next: Map<number, PhraseNode>
  canonical: string | undefined
}
const PHRASE_ROOT: Map<number, PhraseNode> = new Map()
for (const [phrase, canonical] of PHRASE_VARIANTS) {
  let level = PHRASE_ROOT
  let node: PhraseNode | undefined
  for (const w of phrase.split(' ')) {
    const id = rawId(w)
    node = level.get(id)
    if (node === undefined) {
      node = { next: new Map(), canonical: undefined }
      level.set(id, node)
    }
    level = node.next
  }
  // Later entries win, as in a Map built from the list.
  if (node !== undefined && phrase.includes(' ')) node.canonical = canonical
}

// ---- the piece table: each distinct piece expanded once --------------------------------

/** Flat raw words of the pieces: raw id, start, end, flags (1: proper, 2: acronym), per word. */
let pieceWords = new Int32Array(1 << 16)
let pieceWordsLength = 0
const pieceText: string[] = []
/** Offset of each piece's words in `pieceWords`, and their count. */
const pieceFrom: number[] = []
const pieceCount: number[] = []
let pieceSlots = new Int32Array(1 << 14)
const MAX_PIECES = 1 << 20

const hashRange = (text: string, from: number, to: number): number => {
  let h = 0x811c9dc5
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

const addPiece = (piece: string): number => {
  const words = expand(piece)
  if (pieceWordsLength + 4 * words.length > pieceWords.length) {
    const bigger = new Int32Array(Math.max(pieceWords.length * 2, pieceWordsLength + 4 * words.length))
    bigger.set(pieceWords.subarray(0, pieceWordsLength))
    pieceWords = bigger
  }
  const p = pieceText.length
  pieceText.push(piece)
  pieceFrom.push(pieceWordsLength)
  pieceCount.push(words.length)
  for (const r of words) {
    pieceWords[pieceWordsLength++] = rawId(r.w)
    pieceWords[pieceWordsLength++] = r.start
    pieceWords[pieceWordsLength++] = r.end
    pieceWords[pieceWordsLength++] = (r.proper ? 1 : 0) | (r.acronym ? 2 : 0)
  }
  return p
}

const slotHash = (h: number): number => Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0

/** The piece `text[from, to)`, expanded once and then found by hash. */
const pieceAt = (text: string, from: number, to: number): number => {
  const h = hashRange(text, from, to)
  const len = to - from
  let mask = pieceSlots.length - 1
  let i = slotHash(h) & mask
  for (;;) {
    const e = (pieceSlots[i] as number) - 1
    if (e < 0) break
    const t = pieceText[e] as string
    if (t.length === len && text.startsWith(t, from)) return e
    i = (i + 1) & mask
  }
  const piece = text.slice(from, to)
  if (pieceText.length >= MAX_PIECES) {
    // A full table: expand without keeping (the words are read before the next piece).
    pieceText.length = 0
    pieceFrom.length = 0
    pieceCount.length = 0
    pieceWordsLength = 0
    pieceSlots.fill(0)
    return addPiece(piece)
  }
  if ((pieceText.length + 1) * 2 > pieceSlots.length) {
    pieceSlots = new Int32Array(pieceSlots.length * 2)
    mask = pieceSlots.length - 1
    for (let e = 0; e < pieceText.length; e++) {
      const t = pieceText[e] as string
      let k = slotHash(hashRange(t, 0, t.length)) & mask
      while (pieceSlots[k] !== 0) k = (k + 1) & mask
      pieceSlots[k] = e + 1
    }
    i = slotHash(h) & mask
    while (pieceSlots[i] !== 0) i = (i + 1) & mask
  }
  const e = addPiece(piece)
  pieceSlots[i] = e + 1
  return e
}

// ---- raw words of a text ---------------------------------------------------------------

/** Raw words of the last scanned text: raw id, start, end, flags, four integers each. */
let raw = new Int32Array(1 << 10)
let rawLength = 0

/** Splits the text into raw words with offsets (into `raw`), expanding contractions. */
const scanRawWords = (text: string): void => {
  rawLength = 0
  let prevEnd = -1
  let i = 0
  const n = text.length
  while (i < n) {
    if (letterAt(text, i) === 0) {
      i++
      continue
    }
    const start = i
    const end = pieceEnd(text, start)
    const sentenceInitial = prevEnd < 0 || hasBreak(text, prevEnd, start)
    prevEnd = end
    const p = pieceAt(text, start, end)
    const count = pieceCount[p] as number
    if (rawLength + 4 * count > raw.length) {
      const bigger = new Int32Array(Math.max(raw.length * 2, rawLength + 4 * count))
      bigger.set(raw.subarray(0, rawLength))
      raw = bigger
    }
    for (let k = 0, o = pieceFrom[p] as number; k < count; k++, o += 4) {
      const relStart = pieceWords[o + 1] as number
      const flags = pieceWords[o + 3] as number
      const acronym = (flags & 2) !== 0
      raw[rawLength++] = pieceWords[o] as number
      raw[rawLength++] = start + relStart
      raw[rawLength++] = start + (pieceWords[o + 2] as number)
      // only the first word of a piece can open a sentence
      raw[rawLength++] = (acronym || ((flags & 1) !== 0 && !(sentenceInitial && relStart === 0)) ? 1 : 0) | (acronym ? 2 : 0)
    }
    i = end
  }
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

/**
 * Porter stem with its y/i split undone: Porter keeps "try" but gives "tri" for "tries" and
 * "tried" (step 1c only turns y into i after a vowel). Every stem ending in i is written with
 * y, so the forms of one verb share a key.
 */
const foldStem = (w: string): string => {
  const st = stem(w)
  return st.length > 2 && st.endsWith('i') ? `${st.slice(0, -1)}y` : st
}

// ---- token classes: one per distinct normalised word or number ------------------------

const CONTENT = 0
const FUNCTION = 1
const PRONOUN = 2
const NEGATION = 3
const NUMBER = 4
const KIND_NAMES: ReadonlyArray<TokenKind> = ['content', 'function', 'pronoun', 'negation', 'number']

const clsSurface: string[] = []
const clsKey: string[] = []
const clsKind: number[] = []
/** Interned id of the key. */
const clsId: number[] = []
/**
 * fnv1a32 of the key: a pure function of the word, unlike the id (which depends on the order
 * in which the process met its words). The n-gram hashes of `prepareAt` mix these, so that
 * they, and every score built on them, do not depend on what the process read before.
 */
const clsKeyHash: number[] = []
/** fnv1a32 of the surface (the vocabulary of compound joining). */
const clsHash: number[] = []
/** The surface is "not" / "but" (corrective negation). */
const clsNot: boolean[] = []
const clsBut: boolean[] = []

const newClass = (surface: string, key: string, kind: number): number => {
  clsSurface.push(surface)
  clsKey.push(key)
  clsKind.push(kind)
  const id = intern(key)
  clsId.push(id)
  clsKeyHash.push(keyHash(id))
  clsHash.push(fnv1a32(surface))
  clsNot.push(surface === 'not')
  clsBut.push(surface === 'but')
  return clsSurface.length - 1
}

const wordClasses = new Map<string, number>()
const numberClasses = new Map<string, number>()

/** The class of a word (after phrase and acronym mapping). */
const wordClass = (raw0: string): number => {
  let c = wordClasses.get(raw0)
  if (c === undefined) {
    const w = IRREGULAR_MAP.get(raw0) ?? spelling(raw0)
    let key: string
    let kind: number
    if (NEGATION_SET.has(w)) [key, kind] = ['not', NEGATION]
    else if (PRONOUN_SET.has(w)) [key, kind] = [PRONOUN_KEY, PRONOUN]
    else if (AUX_SET.has(w)) [key, kind] = [AUX_KEY, FUNCTION]
    else if (FUNCTION_SET.has(w)) [key, kind] = [w, FUNCTION]
    else {
      const st = foldStem(w)
      ;[key, kind] = [synonyms().get(st) ?? st, CONTENT]
    }
    c = newClass(w, key, kind)
    wordClasses.set(raw0, c)
  }
  return c
}

/** The class of a formatted number. */
const numberClass = (n: string): number => {
  let c = numberClasses.get(n)
  if (c === undefined) {
    c = newClass(n, `#${n}`, NUMBER)
    numberClasses.set(n, c)
  }
  return c
}

// -------------------------------------------------------------------------------------
// tokens
// -------------------------------------------------------------------------------------

/** Tokens stored flat, four integers each: class, start, end, proper (0/1). */
export interface TokenBuffer {
  data: Int32Array
  length: number
}

/** An empty token buffer. */
export const tokenBuffer = (capacity = 1 << 16): TokenBuffer => ({ data: new Int32Array(Math.max(16, capacity) * 4), length: 0 })

const reserve = (buf: TokenBuffer, extra: number): void => {
  if ((buf.length + extra) * 4 <= buf.data.length) return
  const bigger = new Int32Array(Math.max(buf.data.length * 2, (buf.length + extra) * 4))
  bigger.set(buf.data.subarray(0, buf.length * 4))
  buf.data = bigger
}

const pushToken = (buf: TokenBuffer, c: number, start: number, end: number, proper: boolean): void => {
  const o = buf.length * 4
  const d = buf.data
  d[o] = c
  d[o + 1] = start
  d[o + 2] = end
  d[o + 3] = proper && clsKind[c] === CONTENT ? 1 : 0
  buf.length++
}

/**
 * Appends the tokens of `text` to `buf`: phrase variants, acronyms and numbers over the raw
 * words, then each word classified (content / function / pronoun / negation / number).
 */
export const appendTokens = (text: string, buf: TokenBuffer): void => {
  scanRawWords(text)
  const m = rawLength >> 2
  reserve(buf, m)
  let i = 0
  while (i < m) {
    const o = i * 4
    const id = raw[o] as number
    const start = raw[o + 1] as number
    // Longest phrase variant starting here.
    const first = PHRASE_ROOT.get(id)
    if (first !== undefined) {
      let node: PhraseNode | undefined = first
      let best = 0
      let canonical = ''
      for (let j = i + 1; j < m; j++) {
        node = node.next.get(raw[j * 4] as number)
        if (node === undefined) break
        if (node.canonical !== undefined) {
          best = j - i + 1
          canonical = node.canonical
        }
      }
      if (best > 0) {
        pushToken(buf, wordClass(canonical), start, raw[(i + best - 1) * 4 + 2] as number, false)
        i += best
        continue
      }
    }
    if (((raw[o + 3] as number) & 2) !== 0) {
      let c = rawAcronymClass[id] as number
      if (c < 0) {
        const w = rawText[id] as string
        c = wordClass(ACRONYM_MAP.get(w) ?? w)
        rawAcronymClass[id] = c
      }
      pushToken(buf, c, start, raw[o + 2] as number, true)
      i++
      continue
    }
    const value = rawValue[id]
    if (value !== undefined) {
      const scale = i + 1 < m ? rawScale[raw[o + 4] as number] : undefined
      if (scale !== undefined) {
        pushToken(buf, numberClass(formatNumber(value * scale)), start, raw[o + 6] as number, false)
        i += 2
      } else {
        let c = rawNumberClass[id] as number
        if (c < 0) {
          c = numberClass(formatNumber(value))
          rawNumberClass[id] = c
        }
        pushToken(buf, c, start, raw[o + 2] as number, false)
        i++
      }
      continue
    }
    let c = rawWordClass[id] as number
    if (c < 0) {
      c = wordClass(rawText[id] as string)
      rawWordClass[id] = c
    }
    pushToken(buf, c, start, raw[o + 2] as number, ((raw[o + 3] as number) & 1) !== 0)
    i++
  }
}

/** fnv1a32 of the concatenation of two classes' surfaces, from the first one's hash. */
const concatHash = (a: number, b: number): number => {
  const s = clsSurface[b] as string
  let h = clsHash[a] as number
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** The class of two classes' surfaces written as one word, memoised per pair. */
const joinedClasses = pairMap(1 << 10)
const joinedClass = (a: number, b: number): number => {
  let c = pairGet(joinedClasses, a, b)
  if (c === undefined) {
    c = wordClass((clsSurface[a] as string) + (clsSurface[b] as string))
    pairSet(joinedClasses, a, b, c)
  }
  return c
}

/** Two adjacent words that could be one closed compound ("cyber attacks" / "cyberattacks"). */
const compoundable = (a: number, b: number): boolean => {
  const ka = clsKind[a] as number
  const kb = clsKind[b] as number
  const la = (clsSurface[a] as string).length
  const lb = (clsSurface[b] as string).length
  return ka !== NUMBER && kb !== NUMBER && (ka === CONTENT || kb === CONTENT) && la >= 2 && lb >= 2 && la + lb >= 6
}

/**
 * Appends tokens `from` to `to` of `src` to `out`, joining adjacent tokens whose
 * concatenation is `known` ("highly organized" -> "highlyorganized"). Returns whether any
 * joined.
 */
export const appendJoined = (src: TokenBuffer, from: number, to: number, known: (h: number) => boolean, out: TokenBuffer): boolean => {
  reserve(out, to - from)
  const d = src.data
  let any = false
  for (let i = from; i < to; i++) {
    const o = i * 4
    const a = d[o] as number
    if (i + 1 < to) {
      const b = d[o + 4] as number
      if (compoundable(a, b) && known(concatHash(a, b) || 1)) {
        pushToken(out, joinedClass(a, b), d[o + 1] as number, d[o + 6] as number, d[o + 3] === 1)
        any = true
        i++
        continue
      }
    }
    const p = out.length * 4
    const od = out.data
    od[p] = a
    od[p + 1] = d[o + 1] as number
    od[p + 2] = d[o + 2] as number
    od[p + 3] = d[o + 3] as number
    out.length++
  }
  return any
}

/** Surface hash of the content token `i` of `buf`, or -1 for other kinds. */
export const contentHashAt = (buf: TokenBuffer, i: number): number => {
  const c = buf.data[i * 4] as number
  return clsKind[c] === CONTENT ? (clsHash[c] as number) : -1
}

/** The tokens `from` (inclusive) to `to` (exclusive) of a buffer, as `Token` records. */
export const tokensAt = (buf: TokenBuffer, from: number, to: number): Token[] => {
  const d = buf.data
  const out: Token[] = new Array<Token>(to - from)
  for (let i = from; i < to; i++) {
    const o = i * 4
    const c = d[o] as number
    out[i - from] = {
      surface: clsSurface[c] as string,
      key: clsKey[c] as string,
      kind: KIND_NAMES[clsKind[c] as number] as TokenKind,
      proper: d[o + 3] === 1,
      start: d[o + 1] as number,
      end: d[o + 2] as number,
      id: clsId[c] as number
    }
  }
  return out
}

const scratchTokens = tokenBuffer(1 << 10)
const scratchJoined = tokenBuffer(1 << 10)

/** The tokens of a text, normalised. Never throws; the empty string gives no tokens. */
export const tokenize = (text: string): ReadonlyArray<Token> => {
  scratchTokens.length = 0
  appendTokens(text, scratchTokens)
  return tokensAt(scratchTokens, 0, scratchTokens.length)
}

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

// -------------------------------------------------------------------------------------
// prepared spans
// -------------------------------------------------------------------------------------

const mix2 = (a: number, b: number): number => Math.imul(Math.imul(0x811c9dc5 ^ a, 0x01000193) ^ b, 0x01000193) >>> 0

const fnv3 = (a: number, b: number, c: number): number => {
  let h = 0x811c9dc5
  h = Math.imul(h ^ a, 0x01000193)
  h = Math.imul(h ^ b, 0x01000193)
  h = Math.imul(h ^ c, 0x01000193)
  return h >>> 0
}

/** Key hashes of the tokens of the span being prepared (all, then content), reused. */
let gramKeys = new Uint32Array(1 << 10)

/**
 * Writes the segments of one prepared span into a scratch buffer (sorting and deduplicating
 * in place with the native typed-array sort), then copies it out once into an arena shared
 * by many spans.
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
  if (sort && at - from > 1) {
    if (at - from <= 24) insertionSort(scratch, from, at)
    else scratch.subarray(from, at).sort()
  }
  if (unique) {
    let m = from
    for (let i = from; i < at; i++) if (i === from || scratch[i] !== scratch[i - 1]) scratch[m++] = scratch[i] as number
    at = m
  }
  scratch[k + 1] = at
}

const insertionSort = (a: Uint32Array, from: number, to: number): void => {
  for (let i = from + 1; i < to; i++) {
    const x = a[i] as number
    let j = i - 1
    while (j >= from && (a[j] as number) > x) {
      a[j + 1] = a[j] as number
      j--
    }
    a[j + 1] = x
  }
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

/** Prepared spans share arena chunks: one allocation per many spans. */
const CHUNK = 1 << 16
let arena = new Uint32Array(CHUNK)
let arenaAt = 0

const store = (n: number): Uint32Array => {
  if (n > CHUNK >> 2) return scratch.slice(0, n)
  if (arenaAt + n > arena.length) {
    arena = new Uint32Array(CHUNK)
    arenaAt = 0
  }
  arena.set(scratch.subarray(0, n), arenaAt)
  const out = arena.subarray(arenaAt, arenaAt + n)
  arenaAt += n
  return out
}

const isContentKind = (k: number): boolean => k === CONTENT || k === NUMBER

/** Builds the comparison view of the tokens `from` to `to` of `buf`. */
export const prepareAt = (text: string, buf: TokenBuffer, from: number, to: number): Prepared => {
  const d = buf.data
  const n = to - from
  let negations = 0
  at = HEADER
  ensure(16 * n + 64)
  const s = scratch
  // content, contentSet, contentLengths
  s[0] = at
  for (let i = from; i < to; i++) {
    const c = d[i * 4] as number
    if (isContentKind(clsKind[c] as number)) s[at++] = clsId[c] as number
  }
  closeSegment(0, false, false)
  const c0 = s[0] as number
  const c1 = s[1] as number
  s[1] = at
  for (let i = c0; i < c1; i++) s[at++] = s[i] as number
  closeSegment(1, true, true)
  s[2] = at
  for (let i = from; i < to; i++) {
    const c = d[i * 4] as number
    if (isContentKind(clsKind[c] as number)) s[at++] = (clsSurface[c] as string).length
  }
  closeSegment(2, false, false)
  // all, spans, functional
  s[3] = at
  for (let i = from; i < to; i++) s[at++] = clsId[d[i * 4] as number] as number
  closeSegment(3, false, false)
  const a0 = s[3] as number
  s[4] = at
  for (let i = from; i < to; i++) {
    s[at++] = d[i * 4 + 1] as number
    s[at++] = d[i * 4 + 2] as number
  }
  closeSegment(4, false, false)
  s[5] = at
  for (let i = from; i < to; i++) s[at++] = clsKind[d[i * 4] as number] === FUNCTION ? 1 : 0
  closeSegment(5, false, false)
  // n-grams of all: unigrams as ids (compared for equality only), longer n-grams as hashes
  // of the keys' own hashes (never of the ids: those depend on the process's history)
  s[6] = at
  for (let i = 0; i < n; i++) s[at++] = s[a0 + i] as number
  closeSegment(6, true, false)
  if (gramKeys.length < n) gramKeys = new Uint32Array(Math.max(n, gramKeys.length * 2))
  const g = gramKeys
  let contentKeys = 0
  for (let i = from; i < to; i++) g[i - from] = clsKeyHash[d[i * 4] as number] as number
  s[7] = at
  for (let i = 0; i + 1 < n; i++) s[at++] = mix2(g[i] as number, g[i + 1] as number)
  closeSegment(7, true, false)
  s[8] = at
  for (let i = 0; i + 2 < n; i++) s[at++] = fnv3(g[i] as number, g[i + 1] as number, g[i + 2] as number)
  closeSegment(8, true, false)
  // content bigrams (the content keys' hashes, written over the front of `g`, in order)
  for (let i = from; i < to; i++) {
    const c = d[i * 4] as number
    if (isContentKind(clsKind[c] as number)) g[contentKeys++] = clsKeyHash[c] as number
  }
  s[9] = at
  for (let i = 0; i + 1 < contentKeys; i++) s[at++] = mix2(g[i] as number, g[i + 1] as number)
  closeSegment(9, true, true)
  // numbers, proper
  s[10] = at
  for (let i = from; i < to; i++) {
    const c = d[i * 4] as number
    if (clsKind[c] === NUMBER) s[at++] = clsId[c] as number
  }
  closeSegment(10, true, true)
  s[11] = at
  for (let i = from; i < to; i++) {
    const c = d[i * 4] as number
    if (d[i * 4 + 3] === 1 && clsKind[c] === CONTENT) s[at++] = clsId[c] as number
  }
  closeSegment(11, true, true)
  let compact = ''
  let contentText = ''
  for (let i = from; i < to; i++) {
    const c = d[i * 4] as number
    const k = clsKind[c] as number
    const surface = clsSurface[c] as string
    compact += i === from ? surface : ' ' + surface
    if (k === CONTENT || k === NUMBER || k === NEGATION) contentText += surface + ' '
    if (k === NEGATION && !isCorrective(d, i, to)) negations++
  }
  // character-bigram profiles
  s[12] = at
  pushProfile(compact)
  closeSegment(12, true, false)
  scratch[13] = at
  pushProfile(contentText)
  closeSegment(13, true, false)
  // compounds
  const t = scratch
  t[14] = at
  for (let i = from; i < to; i++) {
    const c = d[i * 4] as number
    if (clsKind[c] === CONTENT) t[at++] = clsHash[c] as number
  }
  closeSegment(14, true, true)
  t[15] = at
  for (let i = from; i + 1 < to; i++) {
    const a = d[i * 4] as number
    const b = d[i * 4 + 4] as number
    t[at++] = compoundable(a, b) ? concatHash(a, b) || 1 : 0
  }
  closeSegment(15, false, false)
  return new PackedPrepared(text, compact, negations, store(at))
}

/**
 * A corrective "not X but Y" ("not a single strike but 33 million attacks", "not only ...
 * but also") does not deny the statement: the negation is followed by "but" within four
 * words.
 */
const isCorrective = (d: Int32Array, i: number, to: number): boolean => {
  if (clsNot[d[i * 4] as number] !== true) return false
  for (let j = i + 1; j <= i + 5 && j < to; j++) if (clsBut[d[j * 4] as number] === true) return true
  return false
}

/** Tokenises and prepares a span for comparison. */
export const prepare = (text: string): Prepared => {
  scratchTokens.length = 0
  appendTokens(text, scratchTokens)
  return prepareAt(text, scratchTokens, 0, scratchTokens.length)
}

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
  const pairs = p.pairHashes
  let any = false
  if (typeof vocabulary === 'function') {
    for (let i = 0; i < pairs.length && !any; i++) {
      const h = pairs[i] as number
      if (h !== 0 && vocabulary(h)) any = true
    }
  } else if (vocabulary.length > 0) {
    for (let i = 0; i < pairs.length && !any; i++) {
      const h = pairs[i] as number
      if (h !== 0 && has(vocabulary, h)) any = true
    }
  }
  if (!any) return p
  const known = typeof vocabulary === 'function' ? vocabulary : (h: number) => has(vocabulary, h)
  scratchTokens.length = 0
  appendTokens(p.text, scratchTokens)
  scratchJoined.length = 0
  appendJoined(scratchTokens, 0, scratchTokens.length, known, scratchJoined)
  return prepareAt(p.text, scratchJoined, 0, scratchJoined.length)
}

/** How many keys are interned: every id is below this. */
export const internCount = (): number => internStrings.length

/**
 * The word pieces of a text as `[start, end)` offsets, in order: the matches of
 * `/\d{1,3}(?:,\d{3})+(?:\.\d+)?|[\p{L}\p{N}]+(?:['\u2019\u02bc\-\u2010\u2011.][\p{L}\p{N}]+)*\/gu`,
 * found character by character (what the tokenizer reads before expanding contractions,
 * acronyms and hyphens).
 */
export const wordPieces = (text: string): ReadonlyArray<readonly [number, number]> => {
  const out: Array<readonly [number, number]> = []
  let i = 0
  while (i < text.length) {
    if (letterAt(text, i) === 0) {
      i++
      continue
    }
    const end = pieceEnd(text, i)
    out.push([i, end])
    i = end
  }
  return out
}
