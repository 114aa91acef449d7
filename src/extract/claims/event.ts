/**
 * The event frame of a claim: actor, action, target, place, time and keywords.
 *
 * @since 0.1.0
 */
import type { EventFrame, Place, TimeExpression } from '../../model/claim'
import { STOPWORDS, stem } from '../../text/natural'
import { REPORTING_VERB_LEMMA } from '../lexicons/reporting-verbs'
import { COMPOUND_PREFIXES } from '../lexicons/events'
import { findCountries } from './countries'
import { LEX } from './cues'
import { findAll, type KeyedToken, type Match } from './matcher'
import type { PronounContext } from './places'

const SUPPORT = new Set(['launch', 'target', 'respond', 'threaten', 'deploy', 'fire'])
const TARGET_PREPS = new Set(['against', 'on', 'at', 'targeting', 'targeted', 'into', 'upon'])
const NP_STOP = new Set([',', ';', '.', ':', '!', '?', '(', ')', '[', ']', '"', '“', '”', '—', '–', '…'])
const NP_BREAK = new Set(['in', 'on', 'at', 'by', 'with', 'after', 'before', 'during', 'since', 'that', 'which', 'who', 'and', 'but', 'when', 'while', 'as', 'for', 'to', 'from', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'did', 'not', 'near', 'over', 'last', 'this', 'because'])
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'such', 'any', 'some', 'these', 'those', 'this', 'that'])
const WE = new Set(['we', 'us', 'our'])
const THEY = new Set(['they', 'them', 'their'])
const PRONOUNS = new Set(['he', 'she', 'it', 'i', 'you', ...WE, ...THEY])
const AGENT_CUES = new Set(['by', 'from'])
const KEYWORD_STOP = new Set(['against', 'away', 'back', 'also', 'however', 'very', 'such', 'said', 'would', 'could', 'may', 'might', 'will', 'been', 'being', 'have', 'has', 'had', 'once', 'again', 'still', 'now', 'then', 'there', 'here', 'many', 'much', 'more', 'most', 'some', 'any', 'all', 'both', 'each', 'other', 'another', 'same', 'own', 'just', 'even', 'ever', 'never', 'not', 'no'])
const OBJECT_NOUNS = new Set(['responsibility', 'credit', 'victory', 'asylum', 'about', 'of', 'on', 'for', 'against', 'in', 'to', 'by', 'with', 'was', 'were', 'is', 'are'])
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday', 'tonight', 'dawn', 'night', 'morning', 'evening', 'afternoon', 'last', 'next', 'week', 'month', 'year'])
const LEAD_NOT_NAME = new Set(['no', 'none', 'nobody', 'nothing', 'there', 'it', 'this', 'that', 'these', 'those', 'some', 'all', 'last', 'next', 'since', 'although', 'during', 'according', 'calling', 'asked', 'without', 'recently', 'meanwhile', 'however', 'earlier', 'later', 'yesterday', 'today'])

const nounPhrase = (toks: ReadonlyArray<KeyedToken>, from: number): { readonly text: string; readonly first: number; readonly last: number } | null => {
  let i = from
  while (toks[i] !== undefined && DETERMINERS.has(toks[i]?.norm ?? '')) i++
  const first = i
  let last = -1
  for (let k = i; k < Math.min(toks.length, i + 6); k++) {
    const t = toks[k]
    if (t === undefined || NP_STOP.has(t.text) || (k > first && (NP_BREAK.has(t.norm) || /ly$/.test(t.norm)))) break
    last = k
  }
  if (last < first || TIME_WORDS.has(toks[first]?.norm ?? '') || toks[first]?.kind === 'number') return null
  return { text: toks.slice(first, last + 1).map((t) => t.text).join(' '), first, last }
}

const resolveName = (np: string, toks: ReadonlyArray<KeyedToken>, first: number, last: number, ctx: PronounContext): string => {
  const c = findCountries(toks.slice(first, last + 1))[0]
  if (c !== undefined && (c.form !== 'adjective' || last === c.last)) return c.country
  const lower = np.toLowerCase()
  if (WE.has(lower)) return ctx.we ?? lower
  if (THEY.has(lower)) return ctx.they ?? lower
  return lower.replace(/[\u2019']s$/, '')
}

const distance = (t: { readonly start: number; readonly end: number }, pos: number): number =>
  t.start >= pos ? t.start - pos : pos - t.end + 1

const NO_KEYWORDS: ReadonlyArray<string> = []
const keywordCache = new Map<string, ReadonlyArray<string>>()

/** The keywords one word token contributes (memoised by its normal form). */
const wordKeywords = (norm: string): ReadonlyArray<string> => {
  const hit = keywordCache.get(norm)
  if (hit !== undefined) return hit
  const out: string[] = []
  const w = norm.replace(/'s$/, '').replace(/'$/, '')
  if (!(w.length < 3 || STOPWORDS.has(w) || KEYWORD_STOP.has(w) || PRONOUNS.has(w) || REPORTING_VERB_LEMMA.has(w))) {
    for (const part of w.split('-')) {
      if (part.length < 2) continue
      const prefix = COMPOUND_PREFIXES.find((p) => part.startsWith(p) && part.length > p.length + 3)
      if (prefix !== undefined && prefix.length >= 4) {
        out.push(prefix)
        out.push(stem(part.slice(prefix.length)))
      } else if (!STOPWORDS.has(part)) out.push(stem(part))
    }
  }
  const v = out.length === 0 ? NO_KEYWORDS : out
  if (keywordCache.size < 100_000) keywordCache.set(norm, v)
  return v
}

/** Adds the content keywords of the tokens to `out`: lower-cased, compounds split, stemmed, stop words and reporting verbs removed. */
const addKeywords = (toks: ReadonlyArray<KeyedToken>, out: Set<string>): void => {
  for (const t of toks) {
    if (t.kind !== 'word') continue
    const info = t.info
    let kws = info.keywords
    if (kws === undefined) {
      kws = wordKeywords(t.norm)
      info.keywords = kws
    }
    for (const k of kws) out.add(k)
  }
}

/** Content keywords: lower-cased, compounds split, stemmed, stop words and reporting verbs removed. */
export const keywordsOf = (toks: ReadonlyArray<KeyedToken>): ReadonlyArray<string> => {
  const out = new Set<string>()
  addKeywords(toks, out)
  return [...out].sort()
}

/**
 * Reads the event frame over the claim's tokens. `bounds` is the time to use when the claim
 * itself names none (e.g. the time of the statement, an upper bound).
 */
export const eventFrameOf = (
  toks: ReadonlyArray<KeyedToken>,
  places: ReadonlyArray<Place>,
  times: ReadonlyArray<TimeExpression>,
  ctx: PronounContext,
  bounds: { readonly from: string | null; readonly to: string | null },
  focus: number | null = null,
  knownTriggers?: ReadonlyArray<Match<string>>
): EventFrame => {
  const triggers = knownTriggers ?? findAll(LEX.trigger, toks)
  const content = triggers.filter((t) => !SUPPORT.has(t.data))
  const pool = content.length > 0 ? content : triggers
  // the event is the one the deciding cue (denial, negation, outcome word) is about: the
  // trigger nearest to it, else the first one
  const main =
    focus === null
      ? pool[0]
      : [...pool].sort((a, b) => distance(a, focus) - distance(b, focus) || a.start - b.start)[0]
  const action = main?.data ?? null
  // actor: agent phrase after a passive/origin cue, else the subject before the trigger
  let actor: string | null = null
  if (main !== undefined) {
    for (let k = main.last + 1; k < toks.length; k++) {
      const t = toks[k]
      if (t === undefined || NP_STOP.has(t.text)) break
      if (AGENT_CUES.has(t.norm) && (toks[k - 1]?.norm === 'originated' || toks[k - 1]?.norm === 'sponsored' || toks[k - 1]?.norm === 'out' || toks[k - 1]?.norm === 'launched' || toks[k - 1]?.norm === 'conducted' || toks[k - 1]?.norm === 'backed')) {
        const np = nounPhrase(toks, k + 1)
        if (np !== null) actor = resolveName(np.text, toks, np.first, np.last, ctx)
        break
      }
    }
    if (actor === null) {
      // subject: the first noun phrase of the clause, or a possessor right before the trigger
      // "Police said the gunman killed ...": the subject of a reporting verb is not the actor
      const rv = toks.findIndex((t, k) => k < main.first && REPORTING_VERB_LEMMA.has(t.norm) && !OBJECT_NOUNS.has(toks[k + 1]?.norm ?? ''))
      const from = rv >= 0 && rv + 1 < main.first ? rv + 1 + (toks[rv + 1]?.norm === 'that' ? 1 : 0) : 0
      const countriesBefore = findCountries(toks.slice(0, main.first + 1)).filter((c) => {
        if (c.first < from) return false
        const prev = toks[c.first - 1]
        return prev === undefined || !TARGET_PREPS.has(prev.norm)
      })
      const lead = toks.findIndex((t, k) => k >= from && t.kind === 'word' && !DETERMINERS.has(t.norm))
      const leadTok = toks[lead]
      if (countriesBefore[0] !== undefined && countriesBefore[0].form !== 'adjective') actor = countriesBefore[0].country
      else if (leadTok !== undefined && lead < main.first && (WE.has(leadTok.norm) || THEY.has(leadTok.norm))) actor = resolveName(leadTok.norm, toks, lead, lead, ctx)
      else if (countriesBefore[0] !== undefined && countriesBefore[0].last + 1 < main.first) actor = countriesBefore[0].country
      else if (leadTok !== undefined && lead < main.first && /^\p{Lu}/u.test(leadTok.text) && !STOPWORDS.has(leadTok.norm) && !LEAD_NOT_NAME.has(leadTok.norm)) {
        // a proper name: the run of capitalised words at the head of the clause
        let e = lead
        while (e + 1 < main.first && /^\p{Lu}/u.test(toks[e + 1]?.text ?? '') && toks[e + 1]?.kind === 'word') e++
        const name = toks.slice(lead, e + 1).map((t) => t.text).join(' ')
        actor = resolveName(name, toks, lead, e, ctx)
      }
    }
  }
  // no event word: a country named at the head of the clause ("A Russian jet entered ...")
  if (main === undefined) {
    const head = findCountries(toks.slice(0, 5))[0]
    const prev = head === undefined ? undefined : toks[head.first - 1]
    if (head !== undefined && (prev === undefined || !TARGET_PREPS.has(prev.norm))) actor = head.country
  }
  // target: the noun phrase after "against/on/at" or after a transitive trigger
  let target: string | null = null
  for (const tr of main === undefined ? [] : [main, ...triggers.filter((t) => t !== main)]) {
    for (let k = tr.last + 1; k < Math.min(toks.length, tr.last + 4); k++) {
      const t = toks[k]
      if (t === undefined || NP_STOP.has(t.text)) break
      if (TARGET_PREPS.has(t.norm)) {
        const np = nounPhrase(toks, k + 1)
        if (np !== null) target = np.text.toLowerCase()
        break
      }
    }
    const next = toks[tr.last + 1]
    const verbal = /(ed|ing)$|^hit$|^struck$/.test(toks[tr.last]?.norm ?? '')
    if (target === null && verbal && next !== undefined && (DETERMINERS.has(next.norm) || /^\p{Lu}/u.test(next.text))) {
      const np = nounPhrase(toks, tr.last + 1)
      if (np !== null) target = np.text.toLowerCase()
    }
    if (target !== null) break
  }
  const place = places.find((p) => p.kind !== 'named') ?? places[0]
  const time = times.find((t) => t.from !== null)
  // one set for the clause's keywords, the actor's and target's words and the action's words, sorted once
  const keywords = new Set<string>()
  addKeywords(toks, keywords)
  for (const x of [actor, target]) {
    if (x === null) continue
    for (const w of x.toLowerCase().split(/\s+/)) {
      const s = stem(w.replace(/[^a-z-]/g, ''))
      if (s.length > 2) keywords.add(s)
    }
  }
  if (action !== null) for (const w of action.split(' ')) keywords.add(w)
  return {
    actor,
    action,
    target,
    place: place === undefined ? null : place.owner !== null && place.kind !== 'international' ? `${place.kind}:${place.owner}` : place.text.toLowerCase(),
    timeFrom: time?.from ?? bounds.from,
    timeTo: time?.to ?? bounds.to,
    keywords: [...keywords].sort()
  }
}
