/**
 * Claims: every statement quote and every sentence the outlet asserts in its own voice,
 * read into typed Claim records.
 *
 * @since 0.1.0
 */
import type { Article, Published } from '../../model/article'
import type { Claim, Cue, EventFrame, Place, Predicate, Quantity, TimeExpression } from '../../model/claim'
import type { ArticleId, ClaimId, Span } from '../../model/common'
import type { Quote } from '../../model/quote'
import { stableId } from '../../internal/hash'
import { STOPWORDS } from '../../text/natural'
import { splitSentences } from '../../text/sentences'
import { SOURCE_NOUNS } from '../lexicons/anonymity'
import { CHANNEL_CUES, REPORTING_VERB_LEMMA } from '../lexicons/reporting-verbs'
import { ROLE_NOUNS } from '../lexicons/titles'
import { clausesIn } from './clauses'
import { findCountries, type CountryMention } from './countries'
import { dedupeCues, LEX, negatedAt, negationsIn, outcomeIn } from './cues'
import { eventFrameOf } from './event'
import { clampRange, findAll, keyedTokens, nonOverlapping, type KeyedToken } from './matcher'
import { placesIn, type PronounContext } from './places'
import { quantitiesIn } from './quantities'
import { resolveTimes } from './times'
import { memoByString } from '../../internal/memo'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Everything a claim says about its span, without ids or attribution: what
 * {@link analyzeClaim} returns and `extractClaims` wraps into a Claim.
 *
 * @example
 * import { analyzeClaim } from 'gainsay'
 * const r = analyzeClaim('The bank said hackers did not succeed.')
 * r.predicate // 'outcome'
 *
 * @since 0.1.0
 */
export interface ClaimAnalysis {
  readonly predicate: Predicate
  readonly outcome: Claim['outcome']
  readonly polarity: Claim['polarity']
  readonly modality: Claim['modality']
  readonly certainty: number
  readonly event: EventFrame
  readonly quantities: ReadonlyArray<Quantity>
  readonly times: ReadonlyArray<TimeExpression>
  readonly places: ReadonlyArray<Place>
  readonly cues: ReadonlyArray<Cue>
}

/**
 * Options for {@link analyzeClaim}.
 *
 * @example
 * import type { AnalyzeClaimOptions } from 'gainsay'
 * const o: AnalyzeClaimOptions = { published: { iso: '2021-05-02', precision: 'day', source: 'metadata', span: null } }
 *
 * @since 0.1.0
 */
export interface AnalyzeClaimOptions {
  /** Publication date, for relative times. */
  readonly published?: Published | null
  /** Who "we" and "they" are (the speaker's country, the other party). */
  readonly pronouns?: PronounContext
  /** Event time bounds to use when the span names no time (e.g. no later than the statement). */
  readonly bounds?: { readonly from: string | null; readonly to: string | null }
  /** Certainty weights and modality from outside the span (the attribution: "claimed", "allegedly"). */
  readonly attribution?: { readonly certainty: number; readonly modality: 'hedged' | 'reported' } | null
  /** Times that end before this offset date the statement, not the event ("On Monday, X denied that ..."). */
  readonly speechBefore?: number
}

// -------------------------------------------------------------------------------------
// internals
// -------------------------------------------------------------------------------------

const CASUALTY = new Set(['people', 'person', 'civilian', 'soldier', 'death', 'casualty', 'victim', 'vote', 'voter', 'resident', 'home', 'house', 'troop', 'fighter', 'child', 'children', 'women', 'men', 'body', 'injury', 'refugee', 'protester', 'prisoner'])
const CLAIM_WORDS = /^(claim|claims|claimed|claiming)$/i
const round2 = (x: number): number => Math.round(x * 100) / 100

const isEventMeasure = memoByString((m: string): boolean => CASUALTY.has(m) || findAll(LEX.trigger, keyedTokens(m)).length > 0, 10_000)

const CROSSING = /\b(cross(?:ed|ing|es)?|violat(?:ed|ing|es|e)|enter(?:ed|ing|s)?|breach(?:ed)?|intrud(?:ed|ing)|incursion)\b/i

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end

/** Reads one span; `toks` are its keyed tokens. */
const readSpan = (
  text: string,
  range: Span,
  toks: ReadonlyArray<KeyedToken>,
  o: AnalyzeClaimOptions,
  knownTimes?: ReadonlyArray<TimeExpression>
): ClaimAnalysis => {
  const published = o.published ?? null
  const ctx: PronounContext = o.pronouns ?? { we: null, they: null }
  const negs = negationsIn(text, toks)
  const hedges = nonOverlapping(findAll(LEX.hedge, toks))
  const denial = findAll(LEX.denial, toks)
  const plan = findAll(LEX.plan, toks)
  const attempt = findAll(LEX.attempt, toks)
  const occurrence = findAll(LEX.occurrence, toks)
  const responsibility = findAll(LEX.responsibility, toks)
  const loaded = findAll(LEX.loaded, toks)
  const triggers = findAll(LEX.trigger, toks)
  const outcome = outcomeIn(text, toks, { negs, triggers })
  const times = knownTimes ?? resolveTimes(text, range, published)
  const quantities = quantitiesIn(text, toks).filter((q) => !times.some((t) => overlaps(t, q)))
  const places = placesIn(text, toks, ctx)
  // a border counts as a location claim only when something crossed or violated it
  // (tested only when a border was named)
  const crossing = places.some((p) => p.kind === 'border') && CROSSING.test(text.slice(range.start, range.end))
  const spatial = places.filter((p) => p.kind === 'international' || p.kind === 'territorial' || (p.kind === 'border' && crossing))
  const eventCount = quantities.find((q) => q.measure !== null && q.unit === null && !(q.approximate && q.bound === 'min') && isEventMeasure(q.measure))

  // a plan named after the act was done ("launched a strike as X backed away from plans") is subordinate
  const firstPlan = plan[0]
  const doneBeforePlan = firstPlan !== undefined && occurrence.some((m) => m.last < firstPlan.first && /ed$|^(hit|struck|shot down)$/.test(toks[m.last]?.norm ?? ''))
  const predicate: Predicate =
    denial.length > 0
      ? 'denial'
      : plan.length > 0 && !doneBeforePlan
        ? 'plan'
        : eventCount !== undefined
          ? 'quantity'
          : spatial.length > 0
            ? 'location'
            : outcome.outcome !== null
              ? 'outcome'
              : attempt.length > 0
                ? 'attempt'
                : responsibility.length > 0 && (occurrence[0] === undefined || (responsibility[0]?.first ?? 0) <= occurrence[0].first)
                  ? 'responsibility'
                  : quantities.some((q) => !(q.approximate && q.bound === 'min') && (q.measure !== null || q.unit !== null))
                    ? 'quantity'
                    : triggers.length > 0 || occurrence.length > 0
                      ? 'occurrence'
                      : quantities.length > 0
                        ? 'quantity'
                        : 'other'

  // polarity
  const flat = negs.filter((n) => n.scope === 'following' || n.scope === 'noun')
  const negatedTrigger = [...triggers, ...occurrence].some((t) => negatedAt(negs, toks, t.first, 8) !== null)
  const polarity: Claim['polarity'] = (() => {
    switch (predicate) {
      case 'denial':
        return 'negative'
      case 'outcome':
        return 'positive'
      case 'occurrence':
        return negatedTrigger ? 'negative' : 'positive'
      case 'location': {
        const first = spatial[0]
        const idx = first === undefined ? -1 : toks.findIndex((t) => t.start >= first.start)
        return idx >= 0 && negatedAt(negs, toks, idx, 5) !== null ? 'negative' : 'positive'
      }
      case 'responsibility': {
        // "cannot say which country did it" attributes to no one
        const at = responsibility[0]?.first ?? 0
        return negatedAt(negs, toks, at, 10) !== null || negs.some((n) => n.scope === 'noncommittal' && n.last < at) ? 'negative' : 'positive'
      }
      case 'plan':
      case 'attempt':
      case 'quantity': {
        const q = eventCount ?? quantities[0]
        const qAt = q === undefined ? 0 : Math.max(0, toks.findIndex((t) => t.start >= q.start))
        const at = (predicate === 'plan' ? plan[0]?.first : predicate === 'attempt' ? attempt[0]?.first : qAt) ?? 0
        return negatedAt(negs, toks, at, 8) !== null ? 'negative' : 'positive'
      }
      default:
        return flat.length > 0 ? 'negative' : 'positive'
    }
  })()

  // modality and certainty
  // "claimed responsibility", "rejected the claim": the hedge word belongs to another cue
  const claimHedgeIgnored = (h: (typeof hedges)[number]): boolean =>
    (predicate === 'denial' && (CLAIM_WORDS.test(text.slice(h.start, h.end)) || h.data.modality === 'reported')) ||
    [...responsibility, ...denial].some((m) => m.start <= h.start && h.end <= m.end)
  const usedHedges = hedges.filter((h) => !claimHedgeIgnored(h))
  const noncommittal = negs.filter((n) => n.scope === 'noncommittal')
  let certainty = usedHedges.reduce((c, h) => c * h.data.certainty, 1) * (noncommittal.length > 0 ? 0.5 : 1)
  if (o.attribution !== null && o.attribution !== undefined) certainty *= o.attribution.certainty
  certainty = round2(Math.max(0.05, Math.min(1, certainty)))
  const segment = text.slice(range.start, range.end)
  const modality: Claim['modality'] = /\?/.test(segment) || /\bwhether\b/i.test(segment)
    ? 'questioned'
    : predicate === 'plan'
      ? 'planned'
      : usedHedges.some((h) => h.data.modality === 'hedged') || noncommittal.length > 0 || o.attribution?.modality === 'hedged'
        ? 'hedged'
        : usedHedges.some((h) => h.data.modality === 'reported') || o.attribution?.modality === 'reported'
          ? 'reported'
          : 'asserted'

  const cueOf = (kind: Cue['kind'], m: { readonly start: number; readonly end: number }): Cue => ({ kind, text: text.slice(m.start, m.end), start: m.start, end: m.end })
  const cues: Cue[] = []
  for (const n of negs) if (n.scope !== 'contrast') cues.push(cueOf('negation', n))
  for (const h of usedHedges) cues.push(cueOf('hedge', h))
  for (const m of denial) cues.push(cueOf('denial', m))
  for (const m of plan) cues.push(cueOf('plan', m))
  for (const m of attempt) cues.push(cueOf('attempt', m))
  for (const c of outcome.cues) cues.push(c)
  for (const m of occurrence) cues.push(cueOf('occurrence', m))
  for (const m of triggers) cues.push(cueOf('occurrence', m))
  for (const m of responsibility) cues.push(cueOf('responsibility', m))
  for (const p of spatial) cues.push(cueOf('location', p))
  for (const m of loaded) cues.push(cueOf('loaded', m))
  const decisive = [denial[0]?.start, flat[0]?.start, outcome.cues.find((c) => c.kind !== 'negation')?.start, plan[0]?.start, attempt[0]?.start].find((x) => x !== undefined)
  const speechAt = o.speechBefore ?? -1
  const speechTime = times.find((t) => t.end <= speechAt && t.to !== null)
  const eventTimes = times.filter((t) => t.end > speechAt)
  const bounds = speechTime !== undefined ? { from: null, to: speechTime.to } : o.bounds ?? { from: null, to: null }
  const event = eventFrameOf(toks, places, eventTimes, ctx, bounds, decisive ?? null, triggers)
  return { predicate, outcome: outcome.outcome, polarity, modality, certainty, event, quantities, times, places, cues: dedupeCues(cues) }
}

const SPEECH_ACTS = new Set(['rejected', 'rejects', 'denied', 'denies', 'dismissed', 'dismisses', 'reiterated', 'reiterates', 'insisted', 'insists', 'admitted', 'admits', 'acknowledged', 'confirmed', 'confirms', 'vowed', 'pledged', 'accused', 'accuses', 'blamed', 'blames', 'lashed', 'slammed', 'called'])

const ATTRIBUTION_FILLER = new Set([
  'however', 'meanwhile', 'also', 'adding', 'added', 'once', 'again', 'then', 'later', 'earlier', 'reiterated', 'reiterating',
  'according', 'quoted', 'saying', 'told', 'reporters', 'remarks', 'relevant', 'remarked', 'stressing', 'noting', 'calling',
  'news', 'agency', 'reported', 'report', 'reports', 'series', 'time', 'response', 'question', 'asked', 'referring', 'referred'
])
const CHANNEL_WORDS = new Set(CHANNEL_CUES.flatMap((c) => c.phrase.split(' ')))

/** True when a piece of a sentence around a quote only attributes it ("Jalali said on Thursday,"). */
const attributionOnly = (text: string, toks: ReadonlyArray<KeyedToken>, mentions: ReadonlyArray<Span>, times: ReadonlyArray<Span>): boolean => {
  const content = toks.filter((t) => {
    if (t.kind !== 'word') return false
    if (mentions.some((m) => t.start >= m.start && t.end <= m.end) || times.some((m) => t.start >= m.start && t.end <= m.end)) return false
    const w = t.norm.replace(/'s$/, '')
    if (STOPWORDS.has(w) || REPORTING_VERB_LEMMA.has(w) || SOURCE_NOUNS.has(w) || ROLE_NOUNS.has(w) || CHANNEL_WORDS.has(w) || ATTRIBUTION_FILLER.has(w)) return false
    if (/^\p{Lu}/u.test(t.text)) return false
    return true
  })
  void text
  return content.length < 3
}

const lastCountryOf = memoByString((s: string): string | null => {
  const c = findCountries(keyedTokens(s))
  return c[c.length - 1]?.country ?? null
}, 10_000)

/** The speaker's country, from role or name, else from the words just before the mention. */
const speakerCountry = (q: Quote, mentions: ReadonlyArray<CountryMention>): string | null => {
  for (const s of [q.role ?? '', q.speaker ?? '']) {
    const c = s.length > 0 ? lastCountryOf(s) : null
    if (c !== null) return c
  }
  const m = q.speakerMention
  if (m === null) return null
  const near = mentions.filter((c) => c.start >= m.start - 80 && c.end <= m.end)
  return near[near.length - 1]?.country ?? null
}

/** The most recent country named before `pos` (within a window) other than `not`; `mentions` in text order. */
const lastCountryBefore = (mentions: ReadonlyArray<CountryMention>, pos: number, not: string | null): string | null => {
  let lo = 0
  let hi = mentions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((mentions[mid]?.end ?? 0) <= pos) lo = mid + 1
    else hi = mid
  }
  for (let k = lo - 1; k >= 0; k--) {
    const m = mentions[k]
    if (m === undefined || m.end < pos - 700) break
    if (m.country !== not) return m.country
  }
  return null
}

/** How many of the tokens are words (not numbers or punctuation). */
const wordCount = (toks: ReadonlyArray<KeyedToken>): number => {
  let n = 0
  for (const t of toks) if (t.kind === 'word') n++
  return n
}

/** The tokens of `all` lying inside `r` (binary search; `all` in text order). */
const tokensIn = (all: ReadonlyArray<KeyedToken>, r: Span): ReadonlyArray<KeyedToken> => {
  let lo = 0
  let hi = all.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((all[mid]?.start ?? 0) < r.start) lo = mid + 1
    else hi = mid
  }
  let e = lo
  while (e < all.length && (all[e]?.end ?? Infinity) <= r.end) e++
  return all.slice(lo, e)
}

const ATTRIBUTION_VERBS: ReadonlyMap<string, { readonly certainty: number; readonly modality: 'hedged' | 'reported' }> = new Map([
  ['claim', { certainty: 0.6, modality: 'reported' }],
  ['allege', { certainty: 0.5, modality: 'reported' }],
  ['speculate', { certainty: 0.5, modality: 'hedged' }],
  ['suggest', { certainty: 0.7, modality: 'hedged' }],
  ['believe', { certainty: 0.7, modality: 'hedged' }],
  ['estimate', { certainty: 0.8, modality: 'hedged' }]
])

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

/**
 * Reads a single span as a claim: predicate, outcome, polarity, modality and certainty,
 * event frame, quantities, times, places and the cues that decided each. This is the
 * reader `extractClaims` applies to every clause; use it directly to classify text that is
 * not an article (a headline, a user's query, a fact-check's claim).
 *
 * Predicate order: denial > plan (unless the act is reported done before the plan is named)
 * > quantity (a count of events or casualties) > location (international or territorial
 * place, or a border that was crossed) > outcome > attempt > responsibility > quantity (any
 * precise figure) > occurrence > other. `outcome` is filled whenever the text states one, whatever
 * the predicate. Polarity of an `outcome` claim is `positive` (negation is folded into the
 * outcome: "did not succeed" is a `failure`); of a `denial`, `negative`.
 *
 * @example
 * import { analyzeClaim } from 'gainsay'
 * const r = analyzeClaim('Rescuers found no sign of survivors after the flood.')
 * r.predicate // 'occurrence'
 * r.polarity // 'negative'
 *
 * @since 0.1.0
 */
export const analyzeClaim = (text: string, range?: Span, options: AnalyzeClaimOptions = {}): ClaimAnalysis => {
  const r = clampRange(text, range)
  return readSpan(text, r, keyedTokens(text, r), options)
}

/**
 * Extracts the claims of an article. Every statement quote (`isStatement`) becomes one claim
 * per clause, asserted by its speaker (canonical name, speaker id, anonymity from the
 * quote); every body sentence the outlet asserts in its own voice (outside quotes and
 * boilerplate, and not a bare attribution such as "he said on Thursday") becomes one claim
 * per clause, asserted by the outlet. Clauses are split where a conjunction starts a new
 * subject ("we contained it, and they failed to damage anything").
 *
 * Pronouns in quotes are resolved cheaply: "we/our" to the speaker's country (from role or
 * mention), "they/their" to the last other country named before the quote. Event times
 * default to "no later than the statement" when the quote's sentence dates the statement.
 * Every span (claim, cue, quantity, time, place) indexes `article.text` exactly. Claims are
 * ordered by position; ids are stable. Quotes of other articles (by `articleId`) and quotes
 * whose spans do not fit the text are ignored, so a corpus' whole quote list may be passed.
 *
 * @example
 * import { extractClaims, type Article, type ArticleId } from 'gainsay'
 * const text = 'Floods killed at least 40 people in Kenya last week. Officials deny it.'
 * const article: Article = {
 *   id: 'a1' as ArticleId, text, outlet: null, title: null, dateline: null, byline: null, newsId: null,
 *   published: { iso: '2024-05-06', precision: 'day', source: 'metadata', span: null },
 *   paragraphs: [{ start: 0, end: text.length }], boilerplate: [], citedSources: [], warnings: []
 * }
 * const claims = extractClaims(article, [])
 * claims[0]?.quantities[0]?.value // 40
 * claims[0]?.times[0]?.from // '2024-04-29'
 *
 * @since 0.1.0
 */
export const extractClaims = (article: Article, quotes: ReadonlyArray<Quote>): ReadonlyArray<Claim> => {
  const text = article.text
  const published = article.published
  const outletName = article.outlet?.name ?? null
  const valid = (s: Span): boolean => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end
  // quotes of other articles may be passed in (a corpus' whole list): only this article's count
  const statements = quotes.filter((q) => q.isStatement && valid(q) && q.articleId === article.id)
  const boiler = article.boilerplate.filter(valid)
  const paragraphs = (article.paragraphs.length > 0 ? article.paragraphs.filter(valid) : [{ start: 0, end: text.length }]).filter((p) => !boiler.some((b) => b.start <= p.start && b.end >= p.end))
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p)).filter((s) => !boiler.some((b) => overlaps(b, s)))
  const out: Claim[] = []
  const seen = new Set<string>()

  // "Jalali rejected the claim that ...": an outlet sentence whose subject is a known speaker
  // and whose verb is a speech act reports that speaker's assertion
  const speakers = statements.filter((q) => q.speaker !== null)
  const reportedSpeaker = (toks: ReadonlyArray<KeyedToken>, at: number): { readonly quote: Quote; readonly verbEnd: number } | null => {
    const v = toks.findIndex((t, k) => k < 12 && (REPORTING_VERB_LEMMA.has(t.norm) || SPEECH_ACTS.has(t.norm)))
    const verb = toks[v]
    if (v <= 0 || verb === undefined) return null
    // "He denied reports that ...": a pronoun subject is the speaker of the last quote before it
    const pronoun = toks.slice(0, v).find((t) => t.norm === 'he' || t.norm === 'she')
    if (pronoun !== undefined && v <= 2) {
      const before = speakers.filter((q) => q.end <= at && at - q.end < 400 && !q.anonymous)
      const last = before[before.length - 1]
      return last === undefined ? null : { quote: last, verbEnd: verb.end }
    }
    const subject = toks.slice(0, v).filter((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text)).map((t) => t.norm.replace(/'s$/, ''))
    if (subject.length === 0) return null
    const quote = speakers.find((q) => {
      const names = (q.speaker ?? '').toLowerCase().split(/[\s-]+/)
      const last = names[names.length - 1] ?? ''
      return last.length > 2 && subject.includes(last)
    })
    return quote === undefined ? null : { quote, verbEnd: verb.end }
  }

  const emit = (span: Span, reading: ClaimAnalysis, quote: Quote | null, speaker: Quote | null = quote): void => {
    const key = `${span.start}:${span.end}`
    if (seen.has(key)) return
    seen.add(key)
    out.push({
      id: stableId('clm', article.id, span.start, span.end) as ClaimId,
      articleId: article.id as ArticleId,
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      quoteId: quote?.id ?? null,
      assertedBy:
        speaker === null
          ? { kind: 'outlet', name: outletName, speakerId: null, anonymous: false }
          : { kind: 'speaker', name: speaker.speaker, speakerId: speaker.speakerId, anonymous: speaker.anonymous },
      outlet: outletName,
      ...reading
    })
  }

  const allTokens = keyedTokens(text)
  const mentions = findCountries(allTokens)
  const clausesOf = (span: Span): ReadonlyArray<Span> =>
    splitSentences(text, span)
      .flatMap((s) => clausesIn(text, s, tokensIn(allTokens, s)))
      .map((c) => trimSpan(text, c))
      .filter((c) => c.end > c.start && wordCount(tokensIn(allTokens, c)) >= 2)
  // times are resolved once per sentence and shared by its clauses and attribution checks
  const timesCache = new Map<number, ReadonlyArray<TimeExpression>>()
  const sentenceOf = (span: Span): Span | undefined => {
    let lo = 0
    let hi = sentences.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((sentences[mid]?.end ?? 0) <= span.start) lo = mid + 1
      else hi = mid
    }
    const s = sentences[lo]
    return s !== undefined && s.start <= span.start && s.end >= span.end ? s : undefined
  }
  const timesIn = (span: Span): ReadonlyArray<TimeExpression> => {
    const s = sentenceOf(span)
    if (s === undefined) return resolveTimes(text, span, published)
    let all = timesCache.get(s.start)
    if (all === undefined) {
      all = resolveTimes(text, s, published)
      timesCache.set(s.start, all)
    }
    return all.filter((t) => t.start >= span.start && t.end <= span.end)
  }
  const read = (c: Span, o: AnalyzeClaimOptions): ClaimAnalysis => readSpan(text, c, tokensIn(allTokens, c), o, timesIn(c))

  // quotes: the speaker's claims
  for (const q of statements) {
    const parts = q.parts.filter(valid)
    // in a direct quote "we" is the speaker and "they" the other party; in reported speech
    // third-person pronouns usually point back to the speaker ("Tehran said it had ... their country")
    const own = speakerCountry(q, mentions)
    const we = own
    const they = q.direct ? lastCountryBefore(mentions, q.start, own) : own ?? lastCountryBefore(mentions, q.start, null)
    const sentence = sentences.find((s) => s.start <= q.start && s.end >= q.start)
    const statementTime =
      sentence === undefined
        ? undefined
        : [...timesIn({ start: sentence.start, end: q.start }), ...timesIn({ start: Math.min(q.end, sentence.end), end: sentence.end })].find((t) => t.to !== null)
    const verbHedge = q.verb !== null ? ATTRIBUTION_VERBS.get(q.verb) ?? null : null
    for (const part of parts.length > 0 ? parts : [{ start: q.start, end: q.end }]) {
      for (const c of clausesOf(part)) {
        emit(c, read(c, { published, pronouns: { we, they }, bounds: { from: null, to: statementTime?.to ?? null }, attribution: verbHedge }), q)
      }
    }
  }

  // the outlet's own voice
  const quoteSpans = statements.flatMap((q) => (q.parts.length > 0 ? q.parts.filter(valid) : [{ start: q.start, end: q.end }]))
  const speakerMentions = statements.flatMap((q) => (q.speakerMention !== null ? [q.speakerMention] : []))
  for (const s of sentences) {
    const inside = quoteSpans.filter((q) => overlaps(q, s)).sort((a, b) => a.start - b.start)
    const pieces: Span[] = []
    let from = s.start
    for (const q of inside) {
      if (q.start > from) pieces.push({ start: from, end: q.start })
      from = Math.max(from, q.end)
    }
    if (from < s.end) pieces.push({ start: from, end: s.end })
    for (const p of pieces) {
      const t = trimSpan(text, p)
      if (t.end <= t.start) continue
      const toks = tokensIn(allTokens, t)
      if (wordCount(toks) < 2) continue
      const they = lastCountryBefore(mentions, t.start, null)
      for (const c of clausesOf(t)) {
        const ctoks = tokensIn(allTokens, c)
        // ", the Red Cross said, while the ministry put the toll at 28": the attribution clause
        // goes, the other clause stays the outlet's
        if (inside.length > 0 && attributionOnly(text, ctoks, speakerMentions, timesIn(c))) continue
        const by = reportedSpeaker(ctoks, c.start)
        emit(c, read(c, { published, pronouns: { we: null, they }, ...(by !== null ? { speechBefore: by.verbEnd } : {}) }), null, by?.quote ?? null)
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end)
}

const EDGE = /[\s"“”‘’'«»,;:—–\-…]/

/** Trims white space, quotation marks and clause punctuation from both ends of a span. */
const trimSpan = (text: string, s: Span): Span => {
  let a = s.start
  let b = s.end
  while (a < b && EDGE.test(text[a] ?? '')) a++
  while (b > a && EDGE.test(text[b - 1] ?? '')) b--
  // an initialism cut before its final period ("the U.S") gets it back
  if (text[b] === '.' && /(?:^|[^\p{L}])(?:\p{L}\.)+\p{L}$/u.test(text.slice(Math.max(a, b - 12), b))) b++
  return { start: a, end: b }
}
