/**
 * Fixture builders: complete, valid `Claim` records from the few fields a test cares about.
 *
 * @since 0.1.0
 */
import type { ArticleId, ClaimId, QuoteId, SpeakerId } from '../model/common'
import type { Claim, Cue, EventFrame, Place, Quantity, TimeExpression } from '../model/claim'
import { stableId } from '../internal/hash'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

type Located<A extends { readonly text: string; readonly start: number; readonly end: number }> = Omit<A, 'start' | 'end'> &
  Partial<Pick<A, 'start' | 'end'>>

/**
 * The fields of a claim a test may give; everything else gets a neutral default. Ids are plain
 * strings; `speaker` is a shorthand for a named speaker asserting the claim; offsets of
 * quantities, times, places and cues default to where their text stands in the claim.
 *
 * @example
 * import type { ClaimFixture } from 'gainsay/testing'
 * const f: ClaimFixture = { text: 'Rebels shelled the town.', outlet: 'Valley Courier', speaker: 'Gen. Ada Ruiz' }
 *
 * @since 0.1.0
 */
export interface ClaimFixture {
  readonly text: string
  readonly id?: string
  readonly articleId?: string
  readonly start?: number
  readonly quoteId?: string | null
  readonly speaker?: string
  readonly assertedBy?: Partial<{ kind: 'speaker' | 'outlet'; name: string | null; speakerId: string | null; anonymous: boolean }>
  readonly outlet?: string | null
  readonly predicate?: Claim['predicate']
  readonly outcome?: Claim['outcome']
  readonly polarity?: Claim['polarity']
  readonly modality?: Claim['modality']
  readonly certainty?: number
  readonly event?: Partial<EventFrame>
  readonly quantities?: ReadonlyArray<Located<Quantity> | (Partial<Quantity> & Pick<Quantity, 'value' | 'text'>)>
  readonly times?: ReadonlyArray<Partial<TimeExpression> & Pick<TimeExpression, 'text'>>
  readonly places?: ReadonlyArray<Partial<Place> & Pick<Place, 'text' | 'kind'>>
  readonly cues?: ReadonlyArray<Partial<Cue> & Pick<Cue, 'text' | 'kind'>>
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const locate = (claimText: string, claimStart: number, text: string, start?: number, end?: number): { start: number; end: number } => {
  if (start !== undefined && end !== undefined) return { start, end }
  const i = claimText.indexOf(text)
  const s = claimStart + Math.max(0, i)
  return { start: s, end: s + text.length }
}

/**
 * A complete claim from a fixture. Deterministic: the same fixture gives the same claim,
 * with a stable id derived from its article, text and offset.
 *
 * @example
 * import { claim } from 'gainsay/testing'
 * const c = claim({ text: 'At least 12 people were killed.', articleId: 'wire-1', quantities: [{ value: 12, text: '12', measure: 'people', bound: 'min' }] })
 * c.quantities[0]?.start // 9
 * c.assertedBy.kind // 'outlet'
 *
 * @since 0.1.0
 */
export const claim = (f: ClaimFixture): Claim => {
  const articleId = f.articleId ?? 'article-1'
  const start = f.start ?? 0
  const outlet = f.outlet === undefined ? null : f.outlet
  const speaker = f.speaker ?? null
  const kind = f.assertedBy?.kind ?? (speaker !== null ? 'speaker' : 'outlet')
  const name = f.assertedBy?.name !== undefined ? f.assertedBy.name : (speaker ?? (kind === 'outlet' ? outlet : null))
  const speakerId = f.assertedBy?.speakerId !== undefined ? f.assertedBy.speakerId : name !== null && kind === 'speaker' ? stableId('spk', name) : null
  const ev = f.event ?? {}
  return {
    id: (f.id ?? stableId('clm', articleId, start, f.text)) as ClaimId,
    articleId: articleId as ArticleId,
    text: f.text,
    start,
    end: start + f.text.length,
    quoteId: (f.quoteId ?? null) as QuoteId | null,
    assertedBy: {
      kind,
      name,
      speakerId: speakerId as SpeakerId | null,
      anonymous: f.assertedBy?.anonymous ?? false
    },
    outlet,
    predicate: f.predicate ?? 'other',
    outcome: f.outcome ?? null,
    polarity: f.polarity ?? 'positive',
    modality: f.modality ?? 'asserted',
    certainty: f.certainty ?? 1,
    event: {
      actor: ev.actor ?? null,
      action: ev.action ?? null,
      target: ev.target ?? null,
      place: ev.place ?? null,
      timeFrom: ev.timeFrom ?? null,
      timeTo: ev.timeTo ?? null,
      keywords: ev.keywords ?? []
    },
    quantities: (f.quantities ?? []).map((q) => ({
      value: q.value,
      unit: q.unit ?? null,
      measure: q.measure ?? null,
      approximate: q.approximate ?? false,
      bound: q.bound ?? 'exact',
      text: q.text,
      ...locate(f.text, start, q.text, q.start, q.end)
    })),
    times: (f.times ?? []).map((t) => ({
      text: t.text,
      from: t.from ?? null,
      to: t.to ?? t.from ?? null,
      precision: t.precision ?? null,
      relative: t.relative ?? false,
      ...locate(f.text, start, t.text, t.start, t.end)
    })),
    places: (f.places ?? []).map((p) => ({
      text: p.text,
      kind: p.kind,
      owner: p.owner ?? null,
      ...locate(f.text, start, p.text, p.start, p.end)
    })),
    cues: (f.cues ?? []).map((q) => ({ kind: q.kind, text: q.text, ...locate(f.text, start, q.text, q.start, q.end) }))
  }
}
