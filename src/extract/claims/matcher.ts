/**
 * Internal: token streams keyed by Porter stem, and a small phrase matcher over them, used
 * by every lexicon lookup of the claims stage. Not part of the public surface.
 */
import type { Span } from '../../model/common'
import { stem } from '../../text/natural'
import { KIND_NAMES, scanSpan, tokenBuffer, WORD } from '../../text/scan'
import { normalizeToken, type Token } from '../../text/tokens'
import { headWords } from './countries'

/**
 * What the claims stage derives from one normal form, computed once per distinct word and
 * shared by every token of it (mutable only as a memo: `lex` is refreshed when a lexicon is
 * compiled later, `keywords` filled by the event reader on first use).
 */
export interface WordInfo {
  readonly key: string
  /** The candidate patterns of every compiled lexicon for this key (index: matcher id). */
  lex: LexEntry
  /** The lexicon generation `lex` was read in (a lexicon compiled later is looked up by key instead). */
  lexGen: number
  /** Event keywords of the word (see event.ts), memoised. */
  keywords?: ReadonlyArray<string>
  /** Whether the word can start a quantity (see quantities.ts), memoised. */
  quantityStart?: boolean
}

/** A token with its matching key (possessive dropped, hyphens removed, Porter stem). */
export interface KeyedToken extends Token {
  readonly key: string
  readonly info: WordInfo
  /** The most words a country name starting with this token has (0: none starts with it). */
  readonly head: number
}

type LexEntry = ReadonlyArray<ReadonlyArray<Pattern<unknown>> | undefined>

/** Every compiled lexicon's first-word index merged: key -> (matcher id -> patterns). */
const LEX_INDEX = new Map<string, Array<ReadonlyArray<Pattern<unknown>> | undefined>>()
const NO_LEX: LexEntry = []
let lexGeneration = 0

const infoCache = new Map<string, WordInfo>()

const computeKey = (norm: string): string => {
  let w = norm.replace(/'s$/, '').replace(/'$/, '')
  if (w !== '-' && w.length > 1) w = w.replace(/-/g, '')
  return /^[a-z]+$/.test(w) ? stem(w) : w
}

/** The (memoised) word information of a normalised token. */
const infoOf = (norm: string): WordInfo => {
  let w = infoCache.get(norm)
  if (w === undefined) {
    const key = computeKey(norm)
    w = { key, lex: LEX_INDEX.get(key) ?? NO_LEX, lexGen: lexGeneration }
    if (infoCache.size < 100_000) infoCache.set(norm, w)
  } else if (w.lexGen !== lexGeneration) {
    w.lex = LEX_INDEX.get(w.key) ?? NO_LEX
    w.lexGen = lexGeneration
  }
  return w
}

/** Matching key of a normalised token. */
export const keyOf = (norm: string): string => infoOf(norm).key

interface Surface {
  readonly norm: string
  readonly info: WordInfo
  /** headWords of the surface (0: none), used for word tokens only. */
  readonly head: number
}
const surfaceCache = new Map<string, Surface>()

/** Normal form, word information and country-head length of a token's exact text (memoised). */
const surfaceOf = (raw: string): Surface => {
  let x = surfaceCache.get(raw)
  if (x === undefined) {
    const norm = normalizeToken(raw)
    x = { norm, info: infoOf(norm), head: headWords(raw) ?? 0 }
    if (surfaceCache.size < 100_000) surfaceCache.set(raw, x)
  } else if (x.info.lexGen !== lexGeneration) infoOf(x.norm)
  return x
}


/** Tokens of `text` in `range`, with keys. */
export const keyedTokens = (text: string, range?: Span): ReadonlyArray<KeyedToken> => {
  const n = scanSpan(text, range)
  const b = tokenBuffer()
  // filled by push, so the array stays packed (a pre-sized array is holey and slower to read)
  const out: KeyedToken[] = []
  for (let i = 0; i < n; i++) {
    const s = b[3 * i]!
    const e = b[3 * i + 1]!
    const kind = b[3 * i + 2]!
    const raw = text.slice(s, e)
    const x = surfaceOf(raw)
    const info = x.info
    // one record per token with its key and word information (no intermediate Token)
    out.push({ text: raw, norm: x.norm, kind: KIND_NAMES[kind]!, start: s, end: e, key: info.key, info, head: kind === WORD ? x.head : 0 })
  }
  return out
}

type Step = { readonly _tag: 'word'; readonly keys: ReadonlySet<string> } | { readonly _tag: 'gap' }

/** A compiled phrase with its payload. */
export interface Pattern<A> {
  readonly phrase: string
  readonly steps: ReadonlyArray<Step>
  readonly data: A
}

/** One match: token indices `[first, last]` inclusive and the character span. */
export interface Match<A> {
  readonly data: A
  readonly phrase: string
  readonly first: number
  readonly last: number
  readonly start: number
  readonly end: number
}

/** A compiled lexicon. */
export interface Matcher<A> {
  readonly id: number
  readonly byFirst: ReadonlyMap<string, ReadonlyArray<Pattern<A>>>
}

const GAP_MAX = 5
const HARD_PUNCT = new Set([',', ';', '.', ':', '!', '?', '(', ')', '[', ']', '"', '“', '”', '—', '–'])

const wordKeys = (alts: string): ReadonlySet<string> =>
  new Set(
    alts
      .split('|')
      .filter((a) => a.length > 0)
      .map((a) => keyOf(normalizeToken(a)))
  )

/**
 * Compiles phrases: words separated by spaces, `a|b` alternatives for one word, `...` a gap
 * of up to five tokens (never across hard punctuation).
 */
export const compile = <A>(entries: ReadonlyArray<{ readonly phrase: string; readonly data: A }>): Matcher<A> => {
  const byFirst = new Map<string, Array<Pattern<A>>>()
  for (const e of entries) {
    const parts = e.phrase.trim().split(/\s+/)
    const steps: Step[] = parts.map((p) => (p === '...' ? { _tag: 'gap' } : { _tag: 'word', keys: wordKeys(p) }))
    const first = steps[0]
    if (first === undefined || first._tag !== 'word') continue
    const pattern: Pattern<A> = { phrase: e.phrase, steps, data: e.data }
    for (const k of first.keys) {
      const list = byFirst.get(k) ?? []
      list.push(pattern)
      byFirst.set(k, list)
    }
  }
  // Longest patterns first, so the first success at a position is the longest.
  for (const list of byFirst.values()) list.sort((a, b) => b.steps.length - a.steps.length)
  // register in the merged index, so a token's candidates for every lexicon come from one lookup
  lexGeneration++
  const id = lexGeneration - 1
  for (const [k, list] of byFirst) {
    let entry = LEX_INDEX.get(k)
    if (entry === undefined) {
      entry = []
      LEX_INDEX.set(k, entry)
    }
    entry[id] = list as ReadonlyArray<Pattern<unknown>>
  }
  return { id, byFirst }
}

/** Compiles a plain list of phrases whose payload is the phrase itself. */
export const compileWords = (phrases: ReadonlyArray<string>): Matcher<string> =>
  compile(phrases.map((p) => ({ phrase: p, data: p })))

const matchFrom = (tokens: ReadonlyArray<KeyedToken>, steps: ReadonlyArray<Step>, si: number, ti: number): number => {
  if (si === steps.length) return ti - 1
  const step = steps[si]
  if (step === undefined) return -1
  if (step._tag === 'word') {
    const tok = tokens[ti]
    if (tok === undefined || !step.keys.has(tok.key)) return -1
    return matchFrom(tokens, steps, si + 1, ti + 1)
  }
  for (let skip = 0; skip <= GAP_MAX; skip++) {
    const skipped = tokens[ti + skip - 1]
    if (skip > 0 && (skipped === undefined || HARD_PUNCT.has(skipped.text))) return -1
    const r = matchFrom(tokens, steps, si + 1, ti + skip)
    if (r >= 0) return r
  }
  return -1
}

const NO_MATCHES: ReadonlyArray<Match<never>> = []
// Matches of every compiled lexicon (index: matcher id) for the token array read last: the
// claim reader asks all its lexicons about one clause's tokens in a row, so one entry suffices
// (token arrays are never mutated once built).
let lastTokens: ReadonlyArray<KeyedToken> | null = null
let lastMatches: ReadonlyArray<ReadonlyArray<Match<unknown>> | undefined> = []
let lastGeneration = -1

/**
 * Runs every compiled lexicon over the tokens in one pass: only tokens that start some
 * pattern are tried, each against the lexicons it starts a pattern of. Memoised for the last
 * token array, since the claim reader asks a dozen and a half lexicons about the same tokens.
 */
const allMatches = (tokens: ReadonlyArray<KeyedToken>): ReadonlyArray<ReadonlyArray<Match<unknown>> | undefined> => {
  if (tokens === lastTokens && lastGeneration === lexGeneration) return lastMatches
  const byLex: Array<Array<Match<unknown>> | undefined> = []
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]
    if (tok === undefined) continue
    const info = tok.info
    // word information read before the last lexicon was compiled: refresh it (as infoOf does)
    if (info.lexGen !== lexGeneration) {
      info.lex = LEX_INDEX.get(info.key) ?? NO_LEX
      info.lexGen = lexGeneration
    }
    const lex = info.lex
    for (let id = 0; id < lex.length; id++) {
      const cands = lex[id]
      if (cands === undefined) continue
      for (const p of cands) {
        const last = matchFrom(tokens, p.steps, 1, i + 1)
        if (last >= i) {
          const lastTok = tokens[last]
          if (lastTok === undefined) continue
          let list = byLex[id]
          if (list === undefined) {
            list = []
            byLex[id] = list
          }
          list.push({ data: p.data, phrase: p.phrase, first: i, last, start: tok.start, end: lastTok.end })
          break
        }
      }
    }
  }
  lastTokens = tokens
  lastMatches = byLex
  lastGeneration = lexGeneration
  return byLex
}

/** Every match of the lexicon in the tokens (the longest at each start position), in token order. */
export const findAll = <A>(m: Matcher<A>, tokens: ReadonlyArray<KeyedToken>): ReadonlyArray<Match<A>> =>
  (allMatches(tokens)[m.id] as ReadonlyArray<Match<A>> | undefined) ?? NO_MATCHES

/** Matches with overlaps removed, preferring earlier then longer ones. */
export const nonOverlapping = <A>(ms: ReadonlyArray<Match<A>>): ReadonlyArray<Match<A>> => {
  const sorted = [...ms].sort((a, b) => a.first - b.first || b.last - a.last)
  const out: Array<Match<A>> = []
  let edge = -1
  for (const m of sorted) {
    if (m.first <= edge) continue
    out.push(m)
    edge = m.last
  }
  return out
}

/** Clamps a range to the text. */
export const clampRange = (text: string, range?: Span): Span => {
  const start = Math.max(0, Math.min(Math.floor(range?.start ?? 0), text.length))
  const end = Math.max(start, Math.min(Math.floor(range?.end ?? text.length), text.length))
  return { start: Number.isFinite(start) ? start : 0, end: Number.isFinite(end) ? end : text.length }
}
