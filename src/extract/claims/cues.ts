/**
 * Cue finders: negations, hedges, and the outcome of an event with implicatives and
 * negation composed. Each returns cues with exact spans into the text.
 *
 * @since 0.1.0
 */
import type { Span } from '../../model/common'
import type { Cue } from '../../model/claim'
import { DENIAL_PHRASES } from '../lexicons/denial'
import { EVENT_TRIGGERS, OCCURRENCE_CUES, RESPONSIBILITY_CUES } from '../lexicons/events'
import { HEDGES, type HedgeEntry } from '../lexicons/hedges'
import { ATTEMPT_CUES, PLAN_CUES } from '../lexicons/intent'
import { LOADED_WORDS } from '../lexicons/loaded'
import { NEGATION_PHRASES, NONCOMMITTAL_VERBS, type NegationEntry } from '../lexicons/negation'
import {
  CONCESSIVE_WORDS,
  COUNTER_WORDS,
  EFFECT_WORDS,
  FAILURE_WORDS,
  IMPLICATIVES,
  SUCCESS_WORDS,
  type ImplicativeEntry
} from '../lexicons/outcome'
import { clampRange, compile, compileWords, findAll, keyedTokens, keyOf, nonOverlapping, type KeyedToken, type Match } from './matcher'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A negation cue with what it negates: `following` (the next predicate), `noun` ("no sign
 * of X"), `contrast` ("not a single X but Y": a correction, never flips polarity),
 * `noncommittal` ("did not confirm": withdraws commitment, does not deny).
 *
 * @example
 * import { findNegations } from 'gainsay'
 * const n = findNegations('We have found no sign of a cyberattack.')[0]
 * n?.scope // 'noun'
 *
 * @since 0.1.0
 */
export interface Negation extends Cue {
  readonly kind: 'negation'
  readonly scope: NegationEntry['scope'] | 'noncommittal'
}

/**
 * A hedge cue with its certainty weight and whether it is the speaker's own doubt
 * (`hedged`) or hearsay / distance (`reported`).
 *
 * @example
 * import { findHedges } from 'gainsay'
 * findHedges('The fire was probably set.')[0]?.certainty // 0.7
 *
 * @since 0.1.0
 */
export interface Hedge extends Cue {
  readonly kind: 'hedge'
  readonly certainty: number
  readonly modality: HedgeEntry['modality']
}

/**
 * The outcome a text states for its event, and the cues that decided it.
 *
 * @example
 * import { classifyOutcome } from 'gainsay'
 * classifyOutcome('The attack did not succeed.').outcome // 'failure'
 *
 * @since 0.1.0
 */
export interface OutcomeReading {
  readonly outcome: 'success' | 'failure' | 'partial' | null
  readonly cues: ReadonlyArray<Cue>
}

// -------------------------------------------------------------------------------------
// internals
// -------------------------------------------------------------------------------------

/** Compiled lexicons, built once. */
export const LEX = {
  negation: compile(NEGATION_PHRASES.map((e) => ({ phrase: e.phrase, data: e }))),
  noncommittal: compileWords(NONCOMMITTAL_VERBS),
  hedge: compile(HEDGES.map((e) => ({ phrase: e.phrase, data: e }))),
  implicative: compile(IMPLICATIVES.map((e) => ({ phrase: e.phrase, data: e }))),
  success: compileWords(SUCCESS_WORDS),
  failure: compileWords(FAILURE_WORDS),
  counter: compileWords(COUNTER_WORDS),
  effect: compileWords(EFFECT_WORDS),
  concessive: compileWords(CONCESSIVE_WORDS),
  denial: compileWords(DENIAL_PHRASES),
  attempt: compileWords(ATTEMPT_CUES),
  plan: compileWords(PLAN_CUES),
  occurrence: compileWords(OCCURRENCE_CUES),
  responsibility: compileWords(RESPONSIBILITY_CUES),
  loaded: compileWords(LOADED_WORDS),
  trigger: compile(EVENT_TRIGGERS.map((e) => ({ phrase: e.phrase, data: e.action })))
} as const

const SKIPPABLE = new Set(['be', 'been', 'is', 'was', 'were', 'are', 'have', 'has', 'had', 'do', 'does', 'did', 'yet', 'even', 'ever', 'really', 'actually', 'so', 'far', 'still', 'also', 'able', 'to'].map((w) => keyOf(w)))
const HARD = new Set([',', ';', '.', ':', '!', '?', '(', ')', '[', ']', '"', '“', '”', '—', '–', '…'])

const between = (toks: ReadonlyArray<KeyedToken>, a: number, b: number): ReadonlyArray<KeyedToken> => toks.slice(Math.max(0, a), Math.max(0, b))
const hasHardPunct = (ts: ReadonlyArray<KeyedToken>): boolean => ts.some((t) => HARD.has(t.text))

const cue = (kind: Cue['kind'], text: string, m: { readonly start: number; readonly end: number }): Cue => ({
  kind,
  text: text.slice(m.start, m.end),
  start: m.start,
  end: m.end
})

/** Negations with scope, given the tokens (internal form used by the claim reader). */
export const negationsIn = (text: string, toks: ReadonlyArray<KeyedToken>): ReadonlyArray<Match<NegationEntry> & { readonly scope: Negation['scope'] }> => {
  const found = nonOverlapping(findAll(LEX.negation, toks))
  const noncommittal = findAll(LEX.noncommittal, toks)
  return found.map((m) => {
    if (m.data.scope !== 'following') return { ...m, scope: m.data.scope }
    // "not X but Y": a correction
    const after = between(toks, m.last + 1, m.last + 8)
    const butAt = after.findIndex((t) => t.norm === 'but')
    if (butAt >= 0 && !hasHardPunct(after.slice(0, butAt)) && after.slice(0, butAt).some((t) => t.kind === 'number' || t.norm === 'single' || t.norm === 'only' || t.norm === 'just')) return { ...m, scope: 'contrast' as const }
    // "did not confirm", "without confirming": no commitment either way
    const nc = noncommittal.find((n) => n.first > m.last && n.first <= m.last + 3 && !hasHardPunct(between(toks, m.last + 1, n.first)))
    if (nc !== undefined) return { ...m, scope: 'noncommittal' as const }
    void text
    return { ...m, scope: 'following' as const }
  })
}

/** True when a `following`/`noun` negation governs token index `i` (within a short window, no hard punctuation). */
export const negatedAt = (negs: ReadonlyArray<Match<NegationEntry> & { readonly scope: Negation['scope'] }>, toks: ReadonlyArray<KeyedToken>, i: number, window = 6): Match<NegationEntry> | null => {
  for (const n of negs) {
    if (n.scope !== 'following' && n.scope !== 'noun') continue
    if (n.last < i && i - n.last <= window && !hasHardPunct(between(toks, n.last + 1, i))) return n
  }
  return null
}

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

/**
 * Finds negation cues in `text` (or `range`): "not", "n't", "never", "no", "without",
 * "no sign of", "no evidence", "has yet to", ... Each comes with its scope (see
 * {@link Negation}); "not a single strike but 33 million" is a `contrast`, "did not confirm"
 * is `noncommittal`.
 *
 * @example
 * import { findNegations } from 'gainsay'
 * findNegations('The bank never confirmed the hack.').map((n) => [n.text, n.scope])
 * // [['never', 'noncommittal']]
 *
 * @since 0.1.0
 */
export const findNegations = (text: string, range?: Span): ReadonlyArray<Negation> => {
  const toks = keyedTokens(text, clampRange(text, range))
  return negationsIn(text, toks).map((m) => ({ kind: 'negation', text: text.slice(m.start, m.end), start: m.start, end: m.end, scope: m.scope }))
}

/**
 * Finds hedges in `text` (or `range`): "probably", "may", "might", "allegedly", "claimed",
 * "believed to", "reportedly", ... with a certainty weight (1 = flat assertion).
 *
 * @example
 * import { findHedges } from 'gainsay'
 * findHedges('The strike may have killed dozens, officials allegedly said.').map((h) => [h.text, h.certainty])
 * // [['may', 0.5], ['allegedly', 0.4], ['said', 0.9]]
 *
 * @since 0.1.0
 */
export const findHedges = (text: string, range?: Span): ReadonlyArray<Hedge> => {
  const toks = keyedTokens(text, clampRange(text, range))
  return nonOverlapping(findAll(LEX.hedge, toks)).map((m) => ({
    kind: 'hedge',
    text: text.slice(m.start, m.end),
    start: m.start,
    end: m.end,
    certainty: m.data.certainty,
    modality: m.data.modality
  }))
}

const PRONOUN_SUBJECT = new Set(['it', 'they', 'which', 'that', 'this'])

/** Outcome reading over already-keyed tokens (internal form used by the claim reader). */
export const outcomeIn = (
  text: string,
  toks: ReadonlyArray<KeyedToken>,
  known?: { readonly negs: ReturnType<typeof negationsIn>; readonly triggers: ReadonlyArray<Match<string>> }
): OutcomeReading => {
  // the claim reader passes the negations and triggers it already found over the same tokens
  const negs = known?.negs ?? negationsIn(text, toks)
  const impl = nonOverlapping(findAll(LEX.implicative, toks))
  const triggers = known?.triggers ?? findAll(LEX.trigger, toks)
  const success = findAll(LEX.success, toks)
  const failure = findAll(LEX.failure, toks)
  const counter = findAll(LEX.counter, toks)
  const effect = findAll(LEX.effect, toks)
  // no outcome word and no implicative: nothing to read (the common case)
  if (impl.length === 0 && success.length === 0 && failure.length === 0 && counter.length === 0 && effect.length === 0) return { outcome: null, cues: [] }
  const implTokens = new Set<number>()
  for (const m of impl) for (let k = m.first; k <= m.last; k++) implTokens.add(k)
  type W = { readonly m: Match<string>; readonly base: 1 | -1; readonly kind: 'success' | 'failure' | 'counter' | 'effect' }
  const words: W[] = [
    ...success.map((m): W => ({ m, base: 1, kind: 'success' })),
    ...failure.map((m): W => ({ m, base: -1, kind: 'failure' })),
    ...counter.map((m): W => ({ m, base: -1, kind: 'counter' })),
    ...effect.map((m): W => ({ m, base: 1, kind: 'effect' }))
  ]
    .filter((w) => !implTokens.has(w.m.first))
    .sort((a, b) => a.m.first - b.m.first || b.m.last - a.m.last)
  // keep one reading per token position
  const seen = new Set<number>()
  const uniq = words.filter((w) => (seen.has(w.m.first) ? false : (seen.add(w.m.first), true)))
  const hasTriggerOutside = (w: W): boolean =>
    triggers.some((t) => t.last < w.m.first || t.first > w.m.last) ||
    toks.slice(0, w.m.first).some((t) => PRONOUN_SUBJECT.has(t.norm))
  const signs: Array<{ readonly sign: number; readonly kind: W['kind'] }> = []
  const cues: Cue[] = []
  const usedImpl = new Set<Match<ImplicativeEntry>>()
  for (const w of uniq) {
    const prev = toks[w.m.first - 1]
    const gov = impl.find((m) => m.last < w.m.first && w.m.first - m.last <= 4 && !hasHardPunct(between(toks, m.last + 1, w.m.first)))
    if ((w.kind === 'effect' || w.kind === 'counter') && gov === undefined && !hasTriggerOutside(w)) continue
    // a bare purpose infinitive ("infrastructure to counter attacks") states no outcome
    if (gov === undefined && prev?.norm === 'to' && (w.kind === 'counter' || w.kind === 'effect')) continue
    let sign: number = w.base
    if (gov !== undefined) {
      usedImpl.add(gov)
      if (gov.data.effect === 'flip') sign = -sign
      cues.push(cue(gov.data.effect === 'flip' ? 'failure' : 'success', text, gov))
    }
    const neg = negatedAt(negs, toks, w.m.first)
    if (neg !== null) {
      sign = -sign
      cues.push(cue('negation', text, neg))
    }
    signs.push({ sign, kind: w.kind })
    cues.push(cue(w.base > 0 ? 'success' : 'failure', text, w.m))
  }
  // implicatives that govern no outcome word: "failed to give a response", "managed to escape"
  for (const m of impl) {
    if (usedImpl.has(m)) continue
    if (m.data.phrase.startsWith('able') || m.data.phrase.startsWith('help')) continue
    let sign = m.data.effect === 'flip' ? -1 : 1
    const neg = negatedAt(negs, toks, m.first)
    if (neg !== null) {
      sign = -sign
      cues.push(cue('negation', text, neg))
    }
    signs.push({ sign, kind: sign > 0 ? 'success' : 'failure' })
    cues.push(cue(sign > 0 ? 'success' : 'failure', text, m))
  }
  if (signs.length === 0) return { outcome: null, cues: [] }
  const pos = signs.filter((s) => s.sign > 0).length
  const neg = signs.length - pos
  const outcome = pos > 0 && neg > 0 ? 'partial' : pos > 0 ? 'success' : 'failure'
  const concessive = findAll(LEX.concessive, toks)
  if (outcome === 'partial') for (const c of concessive) cues.push(cue('success', text, c))
  return { outcome, cues: dedupeCues(cues) }
}

/** Cues sorted by position, exact duplicates removed. */
export const dedupeCues = <C extends Cue>(cs: ReadonlyArray<C>): ReadonlyArray<C> => {
  if (cs.length === 0) return []
  // kinds are lower-case ASCII words, so code-unit order is their collation order;
  // after the sort, duplicates are adjacent and the first of each run is kept
  const sorted = [...cs].sort((a, b) => a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0))
  const out: C[] = [sorted[0]!]
  for (let k = 1; k < sorted.length; k++) {
    const c = sorted[k]!
    const p = out[out.length - 1]!
    if (c.start !== p.start || c.end !== p.end || c.kind !== p.kind) out.push(c)
  }
  return out
}

/**
 * Reads whether the event in `text` (or `range`) succeeded or failed, composing success and
 * failure words, counter verbs ("foiled", "repelled", "thwarted", "defused", "neutralized":
 * the event failed), effect words ("suffered hours of disruption", "affected several
 * providers": it had its effect), implicatives ("managed to" keeps, "failed to" flips) and
 * negation ("did not succeed"). Mixed evidence ("dealt with, it still affected") is
 * `partial`. The outcome is the event's, not its agent's: "the defenders managed to thwart
 * the attack" is a `failure` (of the attack).
 *
 * @example
 * import { classifyOutcome } from 'gainsay'
 * classifyOutcome('Hackers managed to breach the bank.').outcome // 'success'
 * classifyOutcome('The strike was intercepted.').outcome // 'failure'
 * classifyOutcome('They have not carried out a successful attack.').outcome // 'failure'
 *
 * @since 0.1.0
 */
export const classifyOutcome = (text: string, range?: Span): OutcomeReading =>
  outcomeIn(text, keyedTokens(text, clampRange(text, range)))
