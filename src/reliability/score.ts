/**
 * Source scores: one reliability score per outlet and per speaker, with its signals and a
 * plain-language explanation naming the main drivers.
 *
 * @since 0.1.0
 */
import type { SourceScore } from '../model/source'
import {
  articleSignals,
  outletSignals,
  speakerSignals,
  type OutletSignals,
  type ReliabilityInput,
  type Signals,
  type SpeakerSignals
} from './signals'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Weight of each outlet signal in the score (they are normalised to sum to 1). Consistency
 * with independent outlets and originality weigh most; sourcing and wording next.
 *
 * @example
 * import { OUTLET_WEIGHTS } from 'gainsay'
 * OUTLET_WEIGHTS.originality > 0 // true
 *
 * @since 0.1.0
 */
export const OUTLET_WEIGHTS: Readonly<Record<keyof Signals, number>> = {
  originality: 2,
  attributionQuality: 2,
  sourceDiversity: 1,
  calibration: 1.5,
  neutralWording: 1.5,
  ownVoiceRestraint: 1.5,
  internalConsistency: 1.5,
  externalConsistency: 2,
  corroboration: 1.5,
  namedDisputeSources: 1.5
}

/**
 * Weight of each speaker signal in the score.
 *
 * @example
 * import { SPEAKER_WEIGHTS } from 'gainsay'
 * SPEAKER_WEIGHTS.identified > 0 // true
 *
 * @since 0.1.0
 */
export const SPEAKER_WEIGHTS: Readonly<Record<keyof SpeakerSignals['signals'], number>> = {
  identified: 2,
  calibration: 1,
  neutralWording: 1.5,
  externalConsistency: 2,
  internalConsistency: 1.5,
  corroboration: 1
}

/** How each signal reads, good and bad, after "it" (an outlet). */
const LABELS: Readonly<Record<string, readonly [string, string]>> = {
  originality: ['writes its own copy', 'copies much of its text from other articles'],
  attributionQuality: ['names the people it quotes', 'relies on anonymous or unattributed sources'],
  sourceDiversity: ['draws on several sources', 'draws on few sources'],
  calibration: ['does not state disputed claims flatly', 'states disputed claims flatly'],
  neutralWording: ['uses neutral wording', 'uses loaded or dismissive wording'],
  ownVoiceRestraint: ['keeps disputed claims attributed', 'asserts disputed claims in its own voice'],
  internalConsistency: ['does not contradict itself', 'contradicts itself'],
  externalConsistency: ['is not contradicted by independent outlets', 'is contradicted by independent outlets'],
  corroboration: ['is corroborated by independent outlets', 'is little corroborated by independent outlets'],
  namedDisputeSources: ['names the sources of disputed claims', 'rests disputed claims on anonymous sources'],
  identified: ['is named', 'is anonymous']
}

/** How each speaker signal reads, good and bad, after "they" (a person or a group). */
const SPEAKER_LABELS: Readonly<Record<string, readonly [string, string]>> = {
  identified: ['are named', 'are anonymous'],
  calibration: ['do not state disputed claims flatly', 'state disputed claims flatly'],
  neutralWording: ['use neutral wording', 'use loaded or dismissive wording'],
  externalConsistency: ['are not contradicted by independent outlets', 'are contradicted by independent outlets'],
  internalConsistency: ['do not contradict themselves', 'contradict themselves'],
  corroboration: ['are reported alike by independent outlets', 'are seldom reported by independent outlets']
}

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

const round = (x: number): number => Math.round(Math.min(1, Math.max(0, Number.isFinite(x) ? x : 0)) * 1000) / 1000

const weighted = (signals: Readonly<Record<string, number>>, weights: Readonly<Record<string, number>>): number => {
  let s = 0
  let w = 0
  for (const [k, wk] of Object.entries(weights)) {
    const v = signals[k]
    if (v === undefined || !Number.isFinite(v)) continue
    s += wk * v
    w += wk
  }
  return w > 0 ? s / w : 0.5
}

/** The drivers: signals ordered by how far they pull the score from neutral, weight included. */
const explain = (
  who: string,
  score: number,
  signals: Readonly<Record<string, number>>,
  weights: Readonly<Record<string, number>>,
  details: Readonly<Record<string, string>>,
  notes: ReadonlyArray<string> = [],
  labels: Readonly<Record<string, readonly [string, string]>> = LABELS,
  pronoun = 'it'
): string => {
  const pulls = Object.entries(weights)
    .map(([k, w]) => ({ k, v: signals[k] ?? 0.5, pull: w * ((signals[k] ?? 0.5) - 0.5) }))
    .sort((a, b) => Math.abs(b.pull) - Math.abs(a.pull) || (a.k < b.k ? -1 : 1))
  const neg = pulls.filter((p) => p.pull < 0).slice(0, 3)
  const pos = pulls.filter((p) => p.pull > 0).slice(0, 2)
  const phrase = (p: { k: string }, good: boolean): string => {
    const l = labels[p.k]
    const base = l === undefined ? p.k : good ? l[0] : l[1]
    const d = details[p.k]
    return d === undefined || good ? base : `${base} (${d})`
  }
  const level = score >= 0.7 ? 'high' : score >= 0.45 ? 'middling' : 'low'
  const parts = [`${who} scores ${score.toFixed(2)} (${level}).`]
  if (neg.length > 0) parts.push(`Lowered because ${pronoun} ${neg.map((p) => phrase(p, false)).join('; ')}.`)
  if (pos.length > 0) parts.push(`Raised because ${pronoun} ${pos.map((p) => phrase(p, true)).join(' and ')}.`)
  const shown = new Set(neg.map((p) => p.k))
  const rest = notes.filter((n) => !shown.has(n.split('\u0000')[0] ?? '')).map((n) => n.split('\u0000')[1] ?? n)
  if (rest.length > 0) parts.push(`Also: ${rest.join('; ')}.`)
  return parts.join(' ')
}

const outletDetails = (o: OutletSignals): Record<string, string> => {
  const c = o.counts
  const d: Record<string, string> = {}
  if (c.copiedWords > 0) d['originality'] = `${c.copiedWords} of ${c.words} words copied`
  if (c.anonymousQuotes + c.unattributedQuotes + c.anonymousContestedClaims > 0)
    d['attributionQuality'] = [
      c.anonymousQuotes > 0 ? `${c.anonymousQuotes} anonymous quote${c.anonymousQuotes === 1 ? '' : 's'}` : '',
      c.anonymousContestedClaims > 0
        ? `${c.anonymousContestedClaims} disputed claim${c.anonymousContestedClaims === 1 ? '' : 's'} from anonymous sources`
        : '',
      c.unattributedQuotes > 0 ? `${c.unattributedQuotes} unattributed` : ''
    ]
      .filter((x) => x !== '')
      .join(', ')
  if (c.loadedPhrases.length > 0) d['neutralWording'] = [...new Set(c.loadedPhrases)].slice(0, 3).map((p) => `"${p}"`).join(', ')
  if (c.ownVoiceContested > 0) d['ownVoiceRestraint'] = `${c.ownVoiceContested} disputed claim${c.ownVoiceContested === 1 ? '' : 's'} in its own voice`
  if (c.internalContradictions > 0) d['internalConsistency'] = `${c.internalContradictions} internal contradiction${c.internalContradictions === 1 ? '' : 's'}`
  if (c.externalContradictions > 0) d['externalConsistency'] = `${c.externalContradictions} contradiction${c.externalContradictions === 1 ? '' : 's'} with independent outlets`
  if (c.clusteredStatements > 0)
    d['corroboration'] = `${c.corroboratedStatements} of ${c.clusteredStatements} shared statements found in independent outlets; copies do not count`
  if (c.anonymousContestedClaims > 0)
    d['namedDisputeSources'] = `${c.anonymousContestedClaims} of ${c.contestedClaims} disputed claims from anonymous sources`
  if (c.unhedgedContestedClaims > 0) d['calibration'] = `${c.unhedgedContestedClaims} disputed claim${c.unhedgedContestedClaims === 1 ? '' : 's'} stated flatly`
  return d
}

// -------------------------------------------------------------------------------------
// scores
// -------------------------------------------------------------------------------------

/**
 * Scores every outlet and, separately, every speaker: a weighted mean of the signals
 * (`OUTLET_WEIGHTS`, `SPEAKER_WEIGHTS`) in [0, 1], the signals themselves, and an explanation
 * naming the three signals that lower the score most and the two that raise it most. Outlets
 * come first (sorted by name), then speakers (sorted by name).
 *
 * @example
 * import { scoreSources } from 'gainsay'
 * scoreSources({ articles: [], quotes: [], claims: [], clusters: [], copying: [], contradictions: [] }) // []
 *
 * @since 0.1.0
 */
export const scoreSources = (input: ReliabilityInput): ReadonlyArray<SourceScore> => {
  const outlets = outletSignals(articleSignals(input)).map((o): SourceScore => {
    const signals: Record<string, number> = {}
    for (const [k, v] of Object.entries(o.signals)) signals[k] = round(v)
    const score = round(weighted(signals, OUTLET_WEIGHTS))
    const details = outletDetails(o)
    // facts a reader should see even when they are not among the main drivers
    const notes = (['namedDisputeSources', 'originality'] as const)
      .filter((k) => details[k] !== undefined)
      .map((k) => `${k}\u0000${k === 'originality' ? `${details[k]} (copied text is never counted as corroboration)` : details[k]}`)
    return {
      kind: 'outlet',
      outlet: o.outlet,
      speaker: null,
      score,
      signals,
      explanation: explain(o.outlet, score, signals, OUTLET_WEIGHTS, details, notes)
    }
  })
  const speakers = speakerSignals(input).map((s): SourceScore => {
    const signals: Record<string, number> = {}
    for (const [k, v] of Object.entries(s.signals)) signals[k] = round(v)
    const score = round(weighted(signals, SPEAKER_WEIGHTS))
    const details: Record<string, string> = {}
    if (s.loadedPhrases.length > 0) details['neutralWording'] = [...new Set(s.loadedPhrases)].slice(0, 3).map((p) => `"${p}"`).join(', ')
    if (s.contradicted > 0) details['externalConsistency'] = `${s.contradicted} statement${s.contradicted === 1 ? '' : 's'} contradicted by independent outlets`
    if (s.selfContradictions > 0) details['internalConsistency'] = `${s.selfContradictions} self-contradiction${s.selfContradictions === 1 ? '' : 's'}`
    if (s.anonymous) details['identified'] = `${s.claims} claim${s.claims === 1 ? '' : 's'} and ${s.quotes} quote${s.quotes === 1 ? '' : 's'} without a name`
    return {
      kind: 'speaker',
      outlet: null,
      speaker: s.speaker,
      score,
      signals,
      explanation: explain(s.speaker, score, signals, SPEAKER_WEIGHTS, details, [], SPEAKER_LABELS, 'they')
    }
  })
  return [...outlets, ...speakers]
}
