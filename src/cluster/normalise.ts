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
}

/** A span prepared once for many comparisons. */
export interface Prepared {
  readonly text: string
  readonly tokens: ReadonlyArray<Token>
  /** Keys of content and number tokens, in order. */
  readonly content: ReadonlyArray<string>
  readonly contentSet: ReadonlySet<string>
  /** Keys of every token (function words and pronoun classes included), in order. */
  readonly all: ReadonlyArray<string>
  readonly negations: number
  readonly numbers: ReadonlyArray<string>
  readonly proper: ReadonlySet<string>
  /** Surface forms joined by spaces: the input of the character-bigram Dice signal. */
  readonly compact: string
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

/** Splits the text into raw words with offsets, expanding contractions. */
const rawWords = (text: string): ReadonlyArray<RawWord> => {
  const out: RawWord[] = []
  let prevEnd = -1
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index
    let piece = m[0]
    const sentenceInitial = prevEnd < 0 || SENTENCE_BREAK_RE.test(text.slice(prevEnd, start))
    prevEnd = start + piece.length
    if (piece.includes(',')) piece = piece.replace(/,/g, '')
    const upper = UPPER_RE.test(piece)
    // Dots: keep in decimals ("2.5"), fold dotted acronyms ("U.S"), split run-on words ("end.The").
    if (piece.includes('.') && !DECIMAL_RE.test(piece) && !DOTTED_SINGLES_RE.test(piece)) {
      let offset = start
      for (const part of piece.split('.')) {
        if (part.length > 0) pushWord(out, part, offset, offset + part.length, offset === start ? sentenceInitial : true)
        offset += part.length + 1
      }
      continue
    }
    const acronym = piece.length >= 2 && ALL_UPPER_RE.test(piece) && /\p{Lu}.*\p{Lu}|\./u.test(piece)
    if (acronym) {
      out.push({ w: piece.replace(/\./g, '').toLowerCase(), start, end: start + m[0].length, proper: true, acronym: true })
      continue
    }
    pushWord(out, piece, start, start + m[0].length, sentenceInitial, upper)
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

/** Classifies and keys one surface form. */
export const tokenOf = (s: Surface): Token => {
  if (s.number !== null) return { surface: s.w, key: `#${s.number}`, kind: 'number', proper: false, start: s.start, end: s.end }
  const w = IRREGULAR_MAP.get(s.w) ?? spelling(s.w)
  if (NEGATION_SET.has(w)) return { surface: w, key: 'not', kind: 'negation', proper: false, start: s.start, end: s.end }
  if (PRONOUN_SET.has(w)) return { surface: w, key: PRONOUN_KEY, kind: 'pronoun', proper: false, start: s.start, end: s.end }
  if (AUX_SET.has(w)) return { surface: w, key: AUX_KEY, kind: 'function', proper: false, start: s.start, end: s.end }
  if (FUNCTION_SET.has(w)) return { surface: w, key: w, kind: 'function', proper: false, start: s.start, end: s.end }
  const st = stem(w)
  return { surface: w, key: synonyms().get(st) ?? st, kind: 'content', proper: s.proper, start: s.start, end: s.end }
}

/** The tokens of a text, normalised. Never throws; the empty string gives no tokens. */
export const tokenize = (text: string): ReadonlyArray<Token> => surfaces(rawWords(text)).map(tokenOf)

/** Builds the comparison view of a token list. */
export const prepareTokens = (text: string, tokens: ReadonlyArray<Token>): Prepared => {
  const content: string[] = []
  const all: string[] = []
  const numbers: string[] = []
  const proper = new Set<string>()
  let negations = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    all.push(t.key)
    if (t.kind === 'content' || t.kind === 'number') content.push(t.key)
    if (t.kind === 'number') numbers.push(t.key)
    if (t.kind === 'negation' && !isCorrective(tokens, i)) negations++
    if (t.proper && t.kind === 'content') proper.add(t.key)
  }
  return {
    text,
    tokens,
    content,
    contentSet: new Set(content),
    all,
    negations,
    numbers: [...new Set(numbers)].sort(),
    proper,
    compact: tokens.map((t) => t.surface).join(' ')
  }
}

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

/**
 * Joins adjacent content tokens of `p` whose concatenation is a surface form in `vocabulary`
 * ("highly organized" -> "highlyorganized" when the other side wrote "highly-organized").
 * Returns `p` itself when nothing joins.
 */
export const joinCompounds = (p: Prepared, vocabulary: ReadonlySet<string>): Prepared => {
  const ts = p.tokens
  let changed = false
  const out: Token[] = []
  for (let i = 0; i < ts.length; i++) {
    const a = ts[i] as Token
    const b = ts[i + 1]
    if (
      b !== undefined &&
      a.kind !== 'number' &&
      b.kind !== 'number' &&
      a.surface.length >= 2 &&
      b.surface.length >= 2 &&
      a.surface.length + b.surface.length >= 6 &&
      vocabulary.has(a.surface + b.surface)
    ) {
      out.push(tokenOf({ w: a.surface + b.surface, start: a.start, end: b.end, proper: a.proper, number: null }))
      i++
      changed = true
    } else out.push(a)
  }
  return changed ? prepareTokens(p.text, out) : p
}

/** Surface forms of the content tokens of a prepared span. */
export const surfaceSet = (p: Prepared): ReadonlySet<string> => {
  const s = new Set<string>()
  for (const t of p.tokens) if (t.kind === 'content') s.add(t.surface)
  return s
}
