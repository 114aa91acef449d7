/**
 * Helpers shared by the built-in rules. Internal.
 */
import * as O from 'fp-ts/Option'
import type { Claim } from '../../model/claim'
import type { RuleContext } from '../context'
import type { ClaimReading } from '../reading'
import type { Finding } from '../rule'

/** "Mohammad Rahimi (Daily Planet)", "Daily Planet", or "an unnamed source (Daily Planet)". */
export const who = (c: Claim): string => {
  const outlet = c.outlet
  const name = c.assertedBy.kind === 'speaker' ? (c.assertedBy.name ?? (c.assertedBy.anonymous ? 'an unnamed source' : 'a speaker')) : null
  if (name === null) return outlet ?? 'the article'
  return outlet === null ? name : `${name} (${outlet})`
}

/** The claim's text, shortened to about `max` characters at a word boundary. */
export const excerpt = (c: Claim, max = 90): string => {
  const t = c.text.replace(/\s+/g, ' ').trim().replace(/[.;,:]+$/, '')
  if (t.length <= max) return t
  const cut = t.slice(0, max)
  const sp = cut.lastIndexOf(' ')
  return `${cut.slice(0, sp > max / 2 ? sp : max)}…`
}

/**
 * Both claims are one voice of one article: the article itself twice, or one named speaker in
 * it twice. An article that reports an event and, in the same voice, says it never happened is
 * far more often a misreading of narrative ("there was no indication of when the video was
 * shot") than a self-contradiction; two voices in one article (an official and the reporter)
 * are still compared.
 */
const sameVoice = (a: Claim, b: Claim): boolean =>
  a.articleId === b.articleId &&
  (a.assertedBy.kind === 'speaker'
    ? b.assertedBy.kind === 'speaker' && a.assertedBy.speakerId !== null && a.assertedBy.speakerId === b.assertedBy.speakerId
    : b.assertedBy.kind !== 'speaker')

/** Cues that reject an occurrence or a report outright ("denied", "a sheer lie", "a hoax"), not mere absence ("no indication"). */
const REJECTING = /\b(?:den(?:y|ies|ied|ial|ials|ying)|lies?|lying|false|falsehood|untrue|not true|baseless|groundless|unfounded|fabricat\w*|hoax\w*|myths?|nonsense|made.up|fake\w*|bogus|dismiss\w*|reject\w*|debunk\w*|retract\w*|never (?:happened|took place)|did not (?:happen|take place)|didn't happen|propaganda)\b/i

/** Whether some cue rejects outright (see `REJECTING`). */
const rejects = (cues: ReadonlyArray<string>): boolean => cues.some((q) => REJECTING.test(q))

/** Whether two claims' event concepts meet; a claim naming none meets anything, unless the other names some. */
const sharesConcept = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean =>
  b.length === 0 || a.some((x) => b.includes(x))

/**
 * Whether denial `n` can be about what `y` affirms, for the rules that set an affirmation
 * against a denial: not one voice of one article saying both (narrative misread, not a
 * self-contradiction); a denial naming an event only meets claims about that event; a denial
 * naming none must reject something outright ("denied", "a lie"), since bare absence ("there
 * was no indication of when it was filmed") denies nothing, and may only meet claims about the
 * events its sentence names.
 */
export const denialMeets = (y: Claim, n: Claim, ctx: RuleContext): boolean => {
  if (sameVoice(y, n)) return false
  const denied = ctx.focus(n)
  if (denied !== null) return ctx.concepts(y).includes(denied)
  if (ctx.reading(n).denial && !rejects(ctx.reading(n).cues)) return false
  return sharesConcept(ctx.concepts(y), ctx.concepts(n))
}

/** Whether a reading can take part in an event conflict at all. */
export const firm = (r: ClaimReading): boolean => !r.planned && !r.generic && !r.weak

/** How much the weaker of the two claims' certainty lowers confidence. */
export const certaintyFactor = (a: Claim, b: Claim): number => {
  const c = Math.min(a.certainty, b.certainty)
  return 0.6 + 0.4 * Math.max(0, Math.min(1, c))
}

/** Clamp to [0, 1] and round to 3 decimals so that output is stable. */
export const conf = (x: number): number => Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000

/** Try `f(a, b)`, then `f(b, a)`: rules are symmetric. */
export const eitherWay = (
  a: Claim,
  b: Claim,
  ctx: RuleContext,
  f: (x: Claim, y: Claim, ctx: RuleContext) => O.Option<Finding>
): O.Option<Finding> => {
  const first = f(a, b, ctx)
  return O.isSome(first) ? first : f(b, a, ctx)
}

/** A success or failure verdict, from outcome or effect. */
export const verdict = (r: ClaimReading): 'success' | 'failure' | null => {
  if (r.outcome === 'partial') return null
  if (r.outcome === 'failure' || r.effect === 'no-effect') return 'failure'
  if (r.outcome === 'success' || r.effect === 'effect') return 'success'
  return null
}

const CONCEPT_NAMES: Readonly<Record<string, string>> = {
  casualty: 'deadly incident',
  aircraft: 'incident involving the aircraft',
  vessel: 'incident involving the vessel',
  hospital: 'incident at the hospital',
  launch: 'launch'
}

/** The event description for messages ("attack on the Kessa depot", "seizure"). */
export const eventName = (ctx: RuleContext): string => {
  const e = ctx.scope.event ?? ctx.scope.shared[0] ?? 'event'
  const [head, ...rest] = e.split(' on ')
  const name = CONCEPT_NAMES[head ?? ''] ?? head ?? 'event'
  return rest.length > 0 ? `${name} on ${rest.join(' on ')}` : name
}

/** Unique cue words from both readings. */
export const evidenceOf = (...xs: ReadonlyArray<ReadonlyArray<string>>): ReadonlyArray<string> => [...new Set(xs.flat())]

/** A canonical party key for display: "north korea" -> "North Korea". */
export const display = (party: string): string => party.replace(/\b\p{L}/gu, (ch) => ch.toUpperCase())
