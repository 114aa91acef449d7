/**
 * Event scoping: two claims are compared only when they can be about the same event —
 * a shared event concept (attack, shootdown, seizure, ...), compatible time windows, the
 * same domain (a cyber attack is not an air strike), the same granularity (who started a war
 * is not whether one attack happened), and not two copies of one statement.
 *
 * Plans and reports of the act, and different targets of one operation, are scoped as the
 * same event; it is the rules that decline to call them conflicts.
 *
 * @since 0.1.0
 */
import type { Claim } from '../model/claim'
import { diceSimilarity } from '../text/similarity'
import type { Corpus } from './context'
import type { ClaimReading } from './reading'
import { canonicalParty, countriesIn, isHeadConcept, normText, sameParty, specificStems as specific, targetWords } from './internal/text'
import { stem } from '../text/natural'
import { EVENT_CONCEPTS } from './lexicons/concepts'
import { relateWindows, type TimeRelation } from './time'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Whether and how far two claims are about one event.
 *
 * @example
 * import type { EventScope } from 'gainsay'
 * const s: Pick<EventScope, 'sameEvent' | 'score'> = { sameEvent: true, score: 0.9 }
 *
 * @since 0.1.0
 */
export interface EventScope {
  /** Shared concept, compatible time, domain and granularity, and not copies of each other. */
  readonly sameEvent: boolean
  /** In [0, 1]: how strongly the two are tied to one event (0 when not the same event). */
  readonly score: number
  /** Event concepts both claims evoke. */
  readonly shared: ReadonlyArray<string>
  readonly time: TimeRelation
  /** Actors as the claims name them: `different` when both name one and they differ. */
  readonly actors: 'same' | 'different' | 'unknown'
  /** Targets: `different` when both name one and they share no word. */
  readonly targets: 'same' | 'different' | 'unknown'
  /** The two are the same statement (one cluster, or near-identical text). */
  readonly copies: boolean
  readonly sameArticle: boolean
  /** Both asserted by the same speaker, or both in the same outlet's own voice. */
  readonly sameSource: boolean
  /**
   * What ties the two to one event beyond a shared concept: `same-article`, `actor`, `time`
   * (explicit dates that meet), `object` (the same kind of aircraft, vessel, building), `target`,
   * `keywords` (specific words in common). Claims of different articles need at least one.
   */
  readonly anchors: ReadonlyArray<string>
  /** Why the pair is or is not scoped as one event, for explanations and debugging. */
  readonly reason: string
  /** A short description of the event ("attack on iran's missile systems"). */
  readonly event: string | null
}

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

/** Whether two claims come from the same source (speaker, or the same outlet in its own voice). */
export const sameSource = (a: Claim, b: Claim): boolean => {
  if (a.assertedBy.speakerId !== null && a.assertedBy.speakerId === b.assertedBy.speakerId) return true
  if (a.assertedBy.kind !== b.assertedBy.kind) return false
  if (a.assertedBy.anonymous || b.assertedBy.anonymous) return false
  const na = a.assertedBy.name
  const nb = b.assertedBy.name
  if (na === null || nb === null) return false
  return normText(na) === normText(nb)
}

const MARKER = / (?:\d[\d%]*|not|no|never|nt|without|failed|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?= )/g

const gran = { incident: 'one incident', aggregate: 'many events counted together', extended: 'a whole conflict' } as const

const specificMemo = new WeakMap<ClaimReading, ReadonlyArray<string>>()
const specificOf = (r: ClaimReading): ReadonlyArray<string> => {
  const hit = specificMemo.get(r)
  if (hit !== undefined) return hit
  const out = specific(r.keywords)
  specificMemo.set(r, out)
  return out
}

const targetMemo = new WeakMap<ClaimReading, ReadonlyArray<string>>()
const targetStemsOf = (r: ClaimReading): ReadonlyArray<string> => {
  const hit = targetMemo.get(r)
  if (hit !== undefined) return hit
  const out = specific(targetWords(r.target).map((w) => stem(w)))
  targetMemo.set(r, out)
  return out
}

const normMemo = new WeakMap<Claim, string>()
const normOf = (c: Claim): string => {
  const hit = normMemo.get(c)
  if (hit !== undefined) return hit
  const out = normText(c.text)
  normMemo.set(c, out)
  return out
}

/** Share of the smaller word set found in the other: a cheap filter before Dice. */
const wordOverlap = (wa: ReadonlySet<string>, wb: ReadonlySet<string>): number => {
  let inter = 0
  for (const w of wa) if (wb.has(w)) inter++
  return inter / Math.max(1, Math.min(wa.size, wb.size))
}

/** A claim's normalised text, its word set and its markers (numbers, negations, dates), for the copy check. */
interface Wording {
  readonly norm: string
  readonly words: ReadonlySet<string>
  readonly markers: string
}

const wordingMemo = new WeakMap<Claim, Wording>()
const wordingOf = (c: Claim): Wording => {
  const hit = wordingMemo.get(c)
  if (hit !== undefined) return hit
  const norm = normOf(c)
  const out = { norm, words: new Set(norm.trim().split(' ')), markers: (norm.match(MARKER) ?? []).join('|') }
  wordingMemo.set(c, out)
  return out
}

/** What scoping needs of one claim, computed once per claim and corpus. */
interface ScopeFacts {
  readonly reading: ClaimReading
  readonly actor: string | null
  readonly concepts: ReadonlyArray<string>
  readonly window: ReturnType<Corpus['window']>
  readonly explicit: boolean
  readonly short: boolean
  readonly clusters: ReadonlySet<string>
  readonly relative: boolean
  /** Target words, their stems, the stem of the head word, and whether the target is one whole country. */
  readonly targetWords: ReadonlyArray<string>
  readonly targetStemsAll: ReadonlyArray<string>
  readonly targetHead: string
  readonly targetCountries: ReadonlyArray<string>
  readonly wholeCountry: boolean
  readonly specificTargets: ReadonlyArray<string>
  readonly specific: ReadonlyArray<string>
  readonly specificSet: ReadonlySet<string>
}

const factsMemo = new WeakMap<Corpus, WeakMap<Claim, ScopeFacts>>()

const factsOf = (c: Claim, corpus: Corpus): ScopeFacts => {
  let memo = factsMemo.get(corpus)
  if (memo === undefined) {
    memo = new WeakMap()
    factsMemo.set(corpus, memo)
  }
  const hit = memo.get(c)
  if (hit !== undefined) return hit
  const r = corpus.reading(c)
  const w = corpus.window(c)
  const explicit = w.basis === 'event' || w.basis === 'text'
  const tw = targetWords(r.target)
  const countries = r.target === null ? [] : countriesIn(` ${r.target} `)
  const specificKeys = specificOf(r)
  const out: ScopeFacts = {
    reading: r,
    actor: r.actor ?? r.responsible,
    concepts: corpus.concepts(c),
    window: w,
    explicit,
    short: w.to - w.from <= 100,
    clusters: corpus.clustersOf(c),
    relative: c.times.some((t) => t.relative),
    targetWords: tw,
    targetStemsAll: tw.map((x) => stem(x)),
    targetHead: stem(tw[tw.length - 1] ?? ''),
    targetCountries: countries,
    wholeCountry: r.target !== null && countries.length === 1 && canonicalParty(r.target) === countries[0],
    specificTargets: targetStemsOf(r),
    specific: specificKeys,
    specificSet: new Set(specificKeys)
  }
  memo.set(c, out)
  return out
}

/**
 * Targets are the same when they share a word, or when one is a whole country and the other
 * lies in it ("Iran" and "an Iranian intelligence group"); different when both are named and
 * neither holds.
 */
const relateTargets = (a: ScopeFacts, b: ScopeFacts): EventScope['targets'] => {
  if (a.reading.target === null || b.reading.target === null || a.targetWords.length === 0 || b.targetWords.length === 0) return 'unknown'
  // the head (last word) names the thing; a shared place word ("the Halden depot", "the Halden bridge") does not
  const sa = a.targetStemsAll
  const sb = b.targetStemsAll
  if (a.targetHead === b.targetHead || sa.every((w) => sb.includes(w)) || sb.every((w) => sa.includes(w))) return 'same'
  if ((a.wholeCountry || b.wholeCountry) && a.targetCountries.some((c) => b.targetCountries.includes(c))) return 'same'
  return 'different'
}

/** Dice similarity of two normalised texts, memoised (templated and repeated sentences recur). */
const diceMemo = new Map<string, number>()
const diceOf = (na: string, nb: string): number => {
  const key = na < nb ? `${na}\u0000${nb}` : `${nb}\u0000${na}`
  const hit = diceMemo.get(key)
  if (hit !== undefined) return hit
  const out = diceSimilarity(na, nb)
  if (diceMemo.size < 200_000) diceMemo.set(key, out)
  return out
}

const OBJECT_CONCEPTS: ReadonlySet<string> = new Set(EVENT_CONCEPTS.filter((c) => !c.head).map((c) => c.id))

const no = (base: Omit<EventScope, 'sameEvent' | 'score' | 'reason'>, reason: string): EventScope => ({ ...base, sameEvent: false, score: 0, reason })

/**
 * Scopes a pair of claims. Symmetric: `eventScope(a, b)` and `eventScope(b, a)` agree.
 *
 * @since 0.1.0
 */
export const eventScope = (a: Claim, b: Claim, corpus: Corpus): EventScope => {
  const fa = factsOf(a, corpus)
  const fb = factsOf(b, corpus)
  const ra = fa.reading
  const rb = fb.reading
  const sameArticle = a.articleId === b.articleId
  const source = sameSource(a, b)
  const cb0 = fb.concepts
  const shared = fa.concepts.filter((c) => cb0.includes(c))
  const time = relateWindows(fa.window, fb.window)

  const actorA = fa.actor
  const actorB = fb.actor
  const actors = actorA === null || actorB === null ? 'unknown' : sameParty(actorA, actorB) ? 'same' : 'different'
  const targets = relateTargets(fa, fb)

  let copies = false
  for (const id of fa.clusters)
    if (fb.clusters.has(id)) {
      copies = true
      break
    }
  if (!copies && (shared.length > 0 || (fa.relative && fb.relative))) {
    const na = normOf(a)
    const nb = normOf(b)
    const ratio = Math.min(na.length, nb.length) / Math.max(na.length, nb.length, 1)
    // near-identical wording is a copy only if numbers, negations and dates are the same too
    copies = na === nb
    if (!copies && Math.min(na.length, nb.length) > 20 && ratio >= 0.7) {
      const xa = wordingOf(a)
      const xb = wordingOf(b)
      copies = xa.markers === xb.markers && wordOverlap(xa.words, xb.words) >= 0.6 && diceOf(na, nb) >= 0.85
    }
  }

  const head = shared.find(isHeadConcept) ?? shared[0] ?? null
  const target = a.event.target ?? b.event.target
  const event = head === null ? null : target === null ? head : `${head} on ${target}`
  const wa = fa.window
  const wb = fb.window
  const anchors: string[] = []
  if (sameArticle) anchors.push('same-article')
  if (actors === 'same') anchors.push('actor')
  // dates that meet anchor the pair only when both are specific (within about three months)
  if (time === 'overlap' && fa.explicit && fb.explicit && fa.short && fb.short) anchors.push('time')
  if (shared.some((c) => OBJECT_CONCEPTS.has(c))) anchors.push('object')
  const sta = fa.specificTargets
  if (sta.length > 0 && fb.specificTargets.some((w) => sta.includes(w))) anchors.push('target')
  const kb = fb.specificSet
  const common = fa.specific.filter((k) => kb.has(k))
  if (common.length >= 2 || common.some((k) => k.length >= 6)) anchors.push('keywords')

  const base = { shared, time, actors, targets, copies, sameArticle, sameSource: source, event, anchors } as const

  if (copies) return no(base, 'the two are the same statement')
  if (shared.length === 0) return no(base, 'no shared event concept')
  if (time === 'disjoint') return no(base, 'their times cannot overlap')
  if (ra.domain !== null && rb.domain !== null && ra.domain !== rb.domain) return no(base, `a ${ra.domain} and a ${rb.domain} event`)
  if (ra.granularity !== rb.granularity) return no(base, `one is about ${gran[ra.granularity]}, the other about ${gran[rb.granularity]}`)
  if (ra.generic || rb.generic) return no(base, 'a general statement, not about one event')
  if (anchors.length === 0) return no(base, 'nothing ties the two to one event: no shared actor, target, date or specific words')

  // one article tells one story in order: an unknown time costs less there
  const timeF = time === 'unknown' ? (sameArticle ? 0.9 : 0.75) : fa.explicit && fb.explicit ? 1 : 0.9
  const actorF = actors === 'same' ? 1 : actors === 'unknown' ? 0.92 : 0.6
  const targetF = targets === 'same' ? 1 : targets === 'unknown' ? 0.95 : 0.8
  const anchorF = 0.85 + 0.05 * Math.min(3, anchors.length)
  const score = Math.max(0, Math.min(1, timeF * actorF * targetF * anchorF))
  return { ...base, sameEvent: true, score, reason: `both about ${shared.join(', ')} (${anchors.join(', ')}); times ${time}` }
}
