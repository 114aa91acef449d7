/**
 * Quantities: numbers in text normalised to values with unit, measure and bounds.
 *
 * @since 0.1.0
 */
import type { Span } from '../../model/common'
import type { Quantity } from '../../model/claim'
import { STOPWORDS } from '../../text/natural'
import {
  CURRENCY_SYMBOLS,
  NUMBER_WORDS,
  QUANTITY_MODIFIERS,
  SCALE_WORDS,
  UNIT_WORDS,
  VAGUE_QUANTITIES
} from '../lexicons/numbers'
import { clampRange, keyedTokens, type KeyedToken } from './matcher'

// -------------------------------------------------------------------------------------
// internals
// -------------------------------------------------------------------------------------

const MONTH_TOKEN = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i

/** A 4-digit token that reads as a calendar year. */
export const isYearToken = (t: KeyedToken | undefined): boolean =>
  t !== undefined && t.kind === 'number' && /^(1[89]|20)\d\d$/.test(t.text)

const singular = (w: string): string =>
  /ies$/.test(w) && w.length > 4 ? w.slice(0, -3) + 'y' : /(ss|us|is)$/.test(w) ? w : /(ches|shes|xes|sses)$/.test(w) ? w.slice(0, -2) : /s$/.test(w) && w.length > 3 ? w.slice(0, -1) : w

const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'data', 'troops', 'cattle', 'feet', 'mice', 'geese', 'civilians'])

const PERSON_MEASURES = new Set(['people', 'person', 'civilian', 'soldier', 'resident', 'child', 'children', 'men', 'women', 'worker', 'villager', 'passenger', 'victim', 'body', 'fatality', 'death', 'dead', 'life', 'lives'])
const DEATH_WORDS = new Set(['killed', 'kill', 'kills', 'killing', 'dead', 'died', 'die', 'dies', 'death', 'deaths', 'toll', 'fatalities', 'lives', 'bodies', 'perished'])

const MEASURE_STOP = new Set([...STOPWORDS, 'per', 'than', 'more', 'less', 'which', 'whom', 'percent', 'cent', 'times'])

const wordValue = (norm: string): number | undefined => {
  if (NUMBER_WORDS.has(norm)) return NUMBER_WORDS.get(norm)
  // "twenty-five" (exactly one hyphen)
  const hy = norm.indexOf('-')
  if (hy < 0 || norm.indexOf('-', hy + 1) >= 0) return undefined
  const parts = norm.split('-')
  if (parts.length === 2) {
    const a = NUMBER_WORDS.get(parts[0] ?? '')
    const b = NUMBER_WORDS.get(parts[1] ?? '')
    if (a !== undefined && b !== undefined && a >= 20 && a % 10 === 0 && b < 10) return a + b
  }
  return undefined
}

const VAGUE_FIRST: ReadonlySet<string> = new Set([...VAGUE_QUANTITIES.keys()].map((k) => k.split(' ')[0] ?? ''))

/** Whether a word can start a quantity (memoised on the word's information). */
const mayStartQuantity = (t: KeyedToken): boolean => {
  const info = t.info
  let v = info.quantityStart
  if (v === undefined) {
    v = VAGUE_FIRST.has(t.norm) || wordValue(t.norm) !== undefined || t.norm === 'a'
    info.quantityStart = v
  }
  return v
}

interface Core {
  readonly value: number
  readonly first: number
  readonly last: number
  readonly approximate: boolean
  readonly bound: 'exact' | 'min' | 'max'
  readonly vague: boolean
}

/** Reads a number at token i: digits or number words, with a following scale word. */
const readCore = (toks: ReadonlyArray<KeyedToken>, i: number): Core | null => {
  const t = toks[i]
  if (t === undefined) return null
  if (t.kind === 'punct') return null
  if (t.kind === 'word' && !mayStartQuantity(t)) return null
  // vague quantities, longest first ("tens of thousands", "hundreds of thousands")
  if (t.kind === 'word') {
    for (let len = 3; len >= 1; len--) {
      if (i + len > toks.length) continue
      let phrase = t.norm
      let words = true
      for (let k = 1; k < len; k++) {
        const w = toks[i + k]!
        if (w.kind !== 'word') {
          words = false
          break
        }
        phrase += ' ' + w.norm
      }
      if (!words) continue
      const v = VAGUE_QUANTITIES.get(phrase)
      if (v !== undefined) return { value: v, first: i, last: i + len - 1, approximate: true, bound: 'min', vague: true }
    }
  }
  if (t.kind === 'number') {
    if (t.text.includes(':') || /^0\d/.test(t.text)) return null
    const clean = t.text.replace(/%$/, '')
    const value = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(clean) ? Number(clean.replace(/,/g, '')) : Number(clean.replace(/,/g, '.'))
    if (!Number.isFinite(value)) return null
    const next = toks[i + 1]
    const scale = next !== undefined && next.kind === 'word' ? SCALE_WORDS.get(next.norm) : undefined
    if (scale !== undefined && (next?.norm.length ?? 0) > 1) return { value: value * scale, first: i, last: i + 1, approximate: false, bound: 'exact', vague: false }
    if (scale !== undefined && next !== undefined && next.start === t.end) return { value: value * scale, first: i, last: i + 1, approximate: false, bound: 'exact', vague: false }
    return { value, first: i, last: i, approximate: false, bound: 'exact', vague: false }
  }
  if (t.kind !== 'word') return null
  // number words: "two", "a dozen", "one hundred and fifty", "two million"
  let j = i
  let total = 0
  let current = 0
  let any = false
  let last = i
  while (j < toks.length) {
    const w = toks[j]
    if (w === undefined || w.kind !== 'word') break
    const pair = toks[j + 1]
    const two = pair !== undefined ? `${w.norm} ${pair.norm}` : ''
    const twoV = two.length > 0 && (two === 'a dozen' || two === 'a hundred' || two === 'a thousand' || two === 'a million' || two === 'a billion' || two === 'a couple') ? NUMBER_WORDS.get(two === 'a couple' ? 'a couple of' : two) : undefined
    if (twoV !== undefined) {
      current += twoV
      any = true
      last = j + 1
      j += 2
      continue
    }
    const scale = any ? SCALE_WORDS.get(w.norm) : undefined
    if (scale !== undefined && w.norm.length > 2) {
      if (scale === 100) current = (current === 0 ? 1 : current) * 100
      else {
        total += (current === 0 ? 1 : current) * scale
        current = 0
      }
      last = j
      j++
      continue
    }
    if (any && w.norm === 'and' && wordValue(toks[j + 1]?.norm ?? '') !== undefined) {
      j++
      continue
    }
    const v = wordValue(w.norm)
    const scaleNext = SCALE_WORDS.has(toks[j + 1]?.norm ?? '') && (toks[j + 1]?.norm.length ?? 0) > 2
    if (v === undefined || w.norm === 'single' || w.norm === 'both' || (v === 1 && !any && !scaleNext)) break
    current += v
    any = true
    last = j
    j++
  }
  if (!any) return null
  // a digit number followed by a scale is handled above; "two million" here
  return { value: total + current, first: i, last, approximate: false, bound: 'exact', vague: false }
}

const MODIFIERS = [...QUANTITY_MODIFIERS]
  .sort((a, b) => b.phrase.split(' ').length - a.phrase.split(' ').length)
  .map((m) => ({ ...m, words: m.phrase.split(' ') }))

const readModifier = (toks: ReadonlyArray<KeyedToken>, i: number): { readonly first: number; readonly approximate: boolean; readonly bound: 'exact' | 'min' | 'max' } | null => {
  for (const m of MODIFIERS) {
    const words = m.words
    const from = i - words.length
    if (from < 0) continue
    const ok = words.every((w, k) => toks[from + k]?.norm === w)
    if (ok) return { first: from, approximate: m.approximate, bound: m.bound }
  }
  return null
}

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

/**
 * Finds the quantities in `text` (or in `range` of it) and normalises them: "33 million" is
 * 33000000; "about 150" is approximate; "as many as 150" has bound `max`; "at least 40" bound
 * `min`; "70%" has unit `percent`; "20 times" unit `times`; number words ("two", "a dozen",
 * "one hundred and fifty") and vague amounts ("dozens" = at least 24, approximate) are read.
 * `measure` is what is counted, singular and lower case ("cyberattacks" -> "cyberattack");
 * counts of victims next to a word of death ("killed 40 people", "death toll of 28", "12
 * dead") get the measure `death`.
 * Calendar years, dates ("June 20"), clock times and ordinals are skipped.
 *
 * When to use it: numeric comparison of claims. Gotchas: a year used as a count ("2000
 * people") is read as a count only when a plural noun follows.
 *
 * @example
 * import { normalizeQuantities } from 'gainsay'
 * const q = normalizeQuantities('Officials said as many as 150 people died.')[0]
 * // { value: 150, bound: 'max', measure: 'death', text: 'as many as 150 people', ... }
 * q?.value // 150
 *
 * @since 0.1.0
 */
export const normalizeQuantities = (text: string, range?: Span): ReadonlyArray<Quantity> =>
  quantitiesIn(text, keyedTokens(text, clampRange(text, range)))

/** Quantities over already-keyed tokens (internal form used by the claim reader). */
export const quantitiesIn = (text: string, toks: ReadonlyArray<KeyedToken>): ReadonlyArray<Quantity> => {
  const out: Quantity[] = []
  let i = 0
  while (i < toks.length) {
    const core = readCore(toks, i)
    if (core === null) {
      i++
      continue
    }
    const t = toks[i]
    const prev = toks[i - 1]
    const after = toks[core.last + 1]
    // dates, years, ordinals
    const isDate =
      (t?.kind === 'number' && prev !== undefined && MONTH_TOKEN.test(prev.text) && /^\p{Lu}/u.test(prev.text)) ||
      (t?.kind === 'number' && after !== undefined && MONTH_TOKEN.test(after.text) && /^\p{Lu}/u.test(after.text)) ||
      (after !== undefined && /^(st|nd|rd|th)$/i.test(after.text) && after.start === t?.end)
    const plural = (w: KeyedToken | undefined): boolean => w !== undefined && w.kind === 'word' && /s$/.test(w.norm) && !MEASURE_STOP.has(w.norm)
    if (isDate || (core.last === i && isYearToken(t) && !plural(after))) {
      i = core.last + 1
      continue
    }
    let last = core.last
    let unit: string | null = t?.kind === 'number' && t.text.endsWith('%') ? 'percent' : null
    // unit after
    const u1 = toks[last + 1]
    const u2 = toks[last + 2]
    if (unit === null && u1 !== undefined) {
      const two = u2 !== undefined ? `${u1.norm} ${u2.norm}` : ''
      if (UNIT_WORDS.has(two)) {
        unit = UNIT_WORDS.get(two) ?? null
        last += 2
      } else if (UNIT_WORDS.has(u1.norm) && !core.vague) {
        unit = UNIT_WORDS.get(u1.norm) ?? null
        last += 1
      }
    }
    // currency before
    let first = core.first
    const cur = toks[first - 1]
    if (cur !== undefined && cur.kind === 'punct' && CURRENCY_SYMBOLS.has(cur.text)) {
      unit = CURRENCY_SYMBOLS.get(cur.text) ?? unit
      first -= 1
    }
    // modifier before
    let approximate = core.approximate
    let bound = core.bound
    const mod = readModifier(toks, first)
    if (mod !== null) {
      approximate = approximate || mod.approximate
      bound = mod.bound === 'exact' ? bound : mod.bound
      first = mod.first
    }
    // measure: following content words, skipping "of" after vague amounts and percentages
    let k = last + 1
    if ((core.vague || unit === 'percent') && toks[k]?.norm === 'of') k++
    let measureTok: KeyedToken | undefined
    let end = last
    for (let n = 0; n < 3; n++) {
      const w = toks[k + n]
      if (w === undefined || w.kind !== 'word' || MEASURE_STOP.has(w.norm) || /^\p{Lu}/u.test(w.text) && n > 0 && !/s$/.test(w.norm)) break
      if (readCore(toks, k + n) !== null) break
      measureTok = w
      end = k + n
      if ((/s$/.test(w.norm) && !/ss$/.test(w.norm)) || IRREGULAR_PLURALS.has(w.norm)) break
    }
    const firstTok = toks[first]
    const lastTok = toks[measureTok !== undefined ? end : last]
    if (firstTok === undefined || lastTok === undefined) {
      i = core.last + 1
      continue
    }
    const counted = measureTok !== undefined ? singular(measureTok.norm.replace(/'s$/, '').replace(/-/g, '')) : null
    // "killed at least 40 people", "the death toll rose to 28", "12 dead": a count of deaths,
    // whatever word the copy uses for the victims
    const around = [...toks.slice(Math.max(0, first - 4), first), ...toks.slice(end + 1, end + 3)]
    const deaths = unit === null && (counted === null || PERSON_MEASURES.has(counted)) && (around.some((w) => DEATH_WORDS.has(w.norm)) || DEATH_WORDS.has(measureTok?.norm ?? ''))
    const measure = deaths ? 'death' : counted
    out.push({
      value: core.value,
      unit,
      measure,
      approximate,
      bound,
      text: text.slice(firstTok.start, lastTok.end),
      start: firstTok.start,
      end: lastTok.end
    })
    i = Math.max(core.last, last, measureTok !== undefined ? end : last) + 1
  }
  return out
}
