/**
 * Clause boundaries inside a sentence, for claims that carry several predicates.
 *
 * @since 0.1.0
 */
import type { Span } from '../../model/common'
import { clampRange, keyedTokens, type KeyedToken } from './matcher'

const SUBJECT_PRONOUNS = new Set(['we', 'they', 'he', 'she', 'it', 'i', 'you', 'there'])
const FINITE = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'did', 'does', 'do', 'can', 'could', 'may', 'might', 'must', 'should'])
const COORD = new Set(['and', 'but', 'while', 'whereas', 'yet'])
const DETERMINERS = new Set(['the', 'a', 'an', 'no', 'every', 'its', 'their', 'our', 'his', 'her', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'all', 'none', 'nobody', 'nothing'])
const MIN_WORDS = 3

const words = (toks: ReadonlyArray<KeyedToken>, a: number, b: number): number =>
  toks.slice(a, b).filter((t) => t.kind !== 'punct').length

const startsNewClause = (toks: ReadonlyArray<KeyedToken>, i: number): boolean => {
  const next = toks[i]
  if (next === undefined) return false
  if (SUBJECT_PRONOUNS.has(next.norm)) return true
  // "and US claims about ... was a sheer lie": a new subject followed by a finite verb
  for (let k = i; k < Math.min(toks.length, i + 14); k++) {
    const t = toks[k]
    if (t === undefined || t.kind === 'punct') return false
    if (FINITE.has(t.norm)) return k > i
  }
  return false
}

/**
 * Splits the sentence in `range` into clauses where a coordinating conjunction ("and",
 * "but", "while", "whereas") or a semicolon starts a new clause with its own subject
 * ("we managed to contain it, and they failed to damage anything"). Verb-phrase
 * coordination ("they try hard but have not succeeded") and short pieces (fewer than three
 * words) are left whole. Spans are trimmed, ordered, non-overlapping and inside `range`.
 *
 * @example
 * import { splitClauses } from 'gainsay'
 * const s = 'The flood was contained, and no one died.'
 * splitClauses(s).map((c) => s.slice(c.start, c.end))
 * // ['The flood was contained,', 'and no one died.']
 *
 * @since 0.1.0
 */
export const splitClauses = (text: string, range?: Span): ReadonlyArray<Span> => {
  const r = clampRange(text, range)
  return clausesIn(text, r, keyedTokens(text, r))
}

/** Clauses of the sentence `r` whose tokens are `toks` (internal form used by the extractor). */
export const clausesIn = (text: string, r: Span, toks: ReadonlyArray<KeyedToken>): ReadonlyArray<Span> => {
  const cuts: number[] = []
  let depth = 0
  let last = 0
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]
    if (t === undefined) continue
    if (t.text === '(' || t.text === '[') depth++
    if (t.text === ')' || t.text === ']') depth = Math.max(0, depth - 1)
    if (depth > 0) continue
    let cutAt = -1
    if (t.text === ';') cutAt = i + 1
    else if (COORD.has(t.norm) && i > 0) {
      const prev = toks[i - 1]
      const comma = prev?.text === ','
      const nx = toks[i + 1]
      const newSubject = nx !== undefined && (DETERMINERS.has(nx.norm) || /^\p{Lu}/u.test(nx.text))
      if ((comma && (startsNewClause(toks, i + 1) || newSubject || t.norm === 'while' || t.norm === 'whereas')) || (!comma && nx !== undefined && !/^\p{Lu}/u.test(prev?.text ?? '') && (SUBJECT_PRONOUNS.has(nx.norm) || /^\p{Lu}/u.test(nx.text)) && startsNewClause(toks, i + 1) && t.norm !== 'yet')) cutAt = i
    }
    if (cutAt > 0 && words(toks, last, cutAt) >= MIN_WORDS && words(toks, cutAt, toks.length) >= MIN_WORDS) {
      cuts.push(cutAt)
      last = cutAt
    }
  }
  const spans: Span[] = []
  let from = r.start
  for (const c of cuts) {
    const tok = toks[c]
    if (tok === undefined) continue
    spans.push({ start: from, end: tok.start })
    from = tok.start
  }
  spans.push({ start: from, end: r.end })
  return spans
    .map((s) => {
      let a = s.start
      let b = s.end
      while (a < b && /\s/.test(text[a] ?? '')) a++
      while (b > a && /\s/.test(text[b - 1] ?? '')) b--
      return { start: a, end: b }
    })
    .filter((s) => s.end > s.start)
}
