/**
 * What a claim says, read for contradiction: did the event happen, was it only attempted,
 * did it succeed or fail, did it have an effect, where, who did it. Combines the claim's
 * structured fields (predicate, outcome, polarity, modality, places) with the cue lexicons
 * of `./lexicons/cues`, so rules work on claims from any extractor.
 *
 * @since 0.1.0
 */
import type { Claim } from '../model/claim'
import { STOPWORDS } from '../text/natural'
import * as L from './lexicons/cues'
import { CYBER_WORDS, KINETIC_WORDS } from './lexicons/concepts'
import {
  canonicalParty,
  conceptsIn,
  isHeadConcept,
  lastHeadConcept,
  contentStems,
  countriesIn,
  findPhrases,
  findPhrasesOf,
  normText,
  phraseGroup,
  phraseSet,
  words
} from './internal/text'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A claim read for contradiction. Every field is derived from the claim alone.
 *
 * @example
 * import { readClaim, type ClaimReading } from 'gainsay'
 * import { claim } from 'gainsay/testing'
 * const r: ClaimReading = readClaim(claim({ text: 'The attack failed to damage the network.' }))
 * r.effect // 'no-effect'
 *
 * @since 0.1.0
 */
export interface ClaimReading {
  /** Did the event happen: `yes` (including a failed attempt), `no` (denied), or not said. */
  readonly occurrence: 'yes' | 'no' | null
  /** The claim says someone tried (an attempt, or an attack that was foiled). */
  readonly attempted: boolean
  /** Did it succeed, from the actor's point of view. */
  readonly outcome: 'success' | 'failure' | 'partial' | null
  /** Did it have an effect on its target (damage, disruption, casualties). */
  readonly effect: 'effect' | 'no-effect' | null
  /** It rejects an occurrence or another's claim ("a sheer lie", "no sign of"). */
  readonly denial: boolean
  /** A plan, intent, threat or a cancelled plan: never an occurrence. */
  readonly planned: boolean
  /** A general or habitual statement rather than one about an event. */
  readonly generic: boolean
  /**
   * What the claim is about: one `incident`; an `aggregate` of many ("33 million attacks");
   * or an `extended` conflict ("there is a cyber war", "they started that war").
   */
  readonly granularity: 'incident' | 'aggregate' | 'extended'
  /** Questioned or hedged below 0.5 certainty. */
  readonly weak: boolean
  /** Who the claim says did it, canonical ("united states"); null when it does not say. */
  readonly responsible: string | null
  /** The claim says who did it cannot be said. */
  readonly responsibilityUnknown: boolean
  /** Where the claim places the event. */
  readonly place: { readonly kind: 'international' | 'territorial' | 'border'; readonly owner: string | null; readonly text: string } | null
  /** The actor, canonical; null when vague or unsaid. */
  readonly actor: string | null
  /** The target, normalised words; null when unsaid. */
  readonly target: string | null
  /** Event concepts evoked (`attack`, `aircraft`, `vessel`, ...), from the claim's own words. */
  readonly concepts: ReadonlyArray<string>
  /** For a denial, the event it denies: the last event concept it names ("rejected the claim that they answered the downing with a cyberattack" denies the attack). */
  readonly focus: string | null
  /** `cyber` or `kinetic` for attacks when the text says which. */
  readonly domain: 'cyber' | 'kinetic' | null
  /** Content-word stems, for event matching. */
  readonly keywords: ReadonlyArray<string>
  /** The claim says it is recent ("recently", "the recent attack"). */
  readonly recent: boolean
  /** The claim retracts or corrects an earlier statement. */
  readonly retracting: boolean
  /** The cue words that decided the reading, for evidence. */
  readonly cues: ReadonlyArray<string>
}

// -------------------------------------------------------------------------------------
// constants
// -------------------------------------------------------------------------------------

const FAILURE = phraseSet(L.FAILURE_PHRASES)
const SUCCESS = phraseSet(L.SUCCESS_PHRASES)
const EFFECT = phraseSet(L.EFFECT_PHRASES)
const NO_EFFECT = phraseSet(L.NO_EFFECT_PHRASES)
const DENIAL = phraseSet(L.DENIAL_PHRASES)
const ATTEMPT = phraseSet(L.ATTEMPT_PHRASES)
const PLAN = phraseSet(L.PLAN_PHRASES)
const CANCEL = phraseSet(L.CANCEL_PHRASES)
const GENERIC = phraseSet(L.GENERIC_PHRASES)
const INCEPTION = phraseSet(L.INCEPTION_VERBS)
const CONFLICT = phraseSet(L.CONFLICT_NOUNS)
const UNKNOWN_RESP = phraseSet(L.UNKNOWN_RESPONSIBILITY_PHRASES)
const RESP_CUES = phraseSet(L.RESPONSIBILITY_CUES)
const DEFENDER = L.DEFENDER_VERBS.map((v) => normText(v).trim())

/** Whether the text shows `party` as the subject of a defender or victim verb ("Iran has defused"). */
const asDefender = (norm: string, party: string): boolean => {
  const ws = words(norm)
  for (let i = 0; i < ws.length; i++) {
    const here = canonicalParty(ws.slice(i, i + 3).join(' ')) === party || canonicalParty(ws[i] ?? '') === party
    if (!here) continue
    const next = ` ${ws.slice(i + 1, i + 6).join(' ')} `
    if (DEFENDER.some((v) => next.includes(` ${v} `))) return true
  }
  return false
}
const INTERNATIONAL = phraseSet(L.INTERNATIONAL_PLACE_PHRASES)
const RETRACTION = phraseSet(L.RETRACTION_PHRASES)
const DEFENSIVE: ReadonlySet<string> = new Set(L.DEFENSIVE_VERBS.map((v) => normText(v).trim()))
const CYBER: ReadonlySet<string> = new Set(CYBER_WORDS.map((w) => normText(w).trim()))
const KINETIC: ReadonlySet<string> = new Set(KINETIC_WORDS.map((w) => normText(w).trim()))
const ATTACK_HEADS: ReadonlySet<string> = new Set(['attack', 'attacks', 'strike', 'strikes', 'raid', 'raids', 'assault', 'operation'])
const STOP: ReadonlySet<string> = new Set([...STOPWORDS, 'said', 'says', 'told', 'added', 'claimed', 'according', 'also', 'not', 'never', 'no'])

// -------------------------------------------------------------------------------------
// internals
// -------------------------------------------------------------------------------------

/** "managed to foil", "successful in thwarting", "successfully repelled": a defender's success. */
const defenderSucceeded = (ws: ReadonlyArray<string>): boolean => {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? ''
    if (w === 'managed' || w === 'able' || w === 'successful' || w === 'successfully' || w === 'succeeded') {
      for (let j = i + 1; j <= i + 3 && j < ws.length; j++) {
        const v = ws[j] ?? ''
        const two = `${v} ${ws[j + 1] ?? ''}`
        if (DEFENSIVE.has(v) || DEFENSIVE.has(two) || DEFENSIVE.has(v.replace(/ing$/, '')) || DEFENSIVE.has(v.replace(/ing$/, 'e')))
          return true
      }
    }
  }
  return false
}

/** "failed to give a response": a failure of something that is not the event; ignored. */
const failureIsAboutOtherAct = (norm: string): boolean => {
  const m = / fail(?:ed|s)? to (\w+) /.exec(norm)
  if (m === null) return false
  const verb = m[1] ?? ''
  return !['attack', 'damage', 'disrupt', 'affect', 'penetrate', 'breach', 'hit', 'reach', 'cause', 'harm', 'destroy', 'strike', 'hack', 'seize', 'capture', 'kill', 'take', 'bring', 'achieve', 'succeed'].includes(verb)
}

/** "could have killed", "might damage": an effect that did not (necessarily) happen. */
const hypothetical = (norm: string, phrase: string): boolean => {
  const i = norm.indexOf(normText(phrase))
  if (i < 0) return false
  const before = norm.slice(0, i).trim().split(' ').slice(-3)
  return before.some((w) => ['could', 'would', 'might', 'may', 'can', 've', 'if', 'threatens', 'threatened'].includes(w))
}

/** "never shelled", "did not raid", "no attack": the event itself is negated. */
/** Idioms that look negative but assert ("not far from the crater", "no fewer than 20 killed"). */
const ASSERTING_IDIOMS = / (?:not far from|no (?:doubt|matter)|not (?:least|just|only|to mention)|nothing but|none other than|(?:no|not) (?:fewer|less|more) than) /g

const negatedEvent = (norm: string): boolean => {
  const m = / (?:never|not|nt|no|neither|nor)((?: \w+){1,4}) /.exec(norm.replace(ASSERTING_IDIOMS, ' , '))
  if (m === null) return false
  return conceptsIn(` ${(m[1] ?? '').trim()} `).some((id) => id !== 'aircraft' && id !== 'vessel' && id !== 'hospital')
}

const hasNegatedSuccess = (norm: string): boolean =>
  /\b(?:not|never|no|without|nor)\b(?: \w+){0,4} (?:successful|succeed|succeeded|success)\b/.test(norm)

const placeFromText = (norm: string, raw: string): ClaimReading['place'] => {
  const intl = findPhrases(norm, INTERNATIONAL)
  if (intl.length > 0) return { kind: 'international', owner: null, text: intl[0] ?? '' }
  for (const re of L.TERRITORIAL_PLACE_PATTERNS) {
    const m = re.exec(raw)
    if (m !== null) {
      const end = m.index + m[0].length
      const after = raw.slice(end, end + 30)
      const before = normText(raw.slice(Math.max(0, m.index - 25), m.index))
      const ofOwner = /^\s+of\b/i.test(after) || /\bof$/i.test(m[0]) ? countriesIn(normText(after))[0] : undefined
      const owner = ofOwner ?? countriesIn(normText(m[0]))[0] ?? countriesIn(before).slice(-1)[0] ?? countriesIn(normText(after))[0] ?? null
      const kind = /border|crossed into/i.test(m[0]) ? 'border' : 'territorial'
      return { kind, owner, text: m[0] }
    }
  }
  return null
}

const domainOf = (ws: ReadonlyArray<string>): ClaimReading['domain'] => {
  if (ws.some((w) => CYBER.has(w) || w.startsWith('cyber'))) return 'cyber'
  for (let i = 0; i < ws.length; i++) {
    if (!ATTACK_HEADS.has(ws[i] ?? '')) continue
    for (let j = Math.max(0, i - 2); j < i; j++) if (KINETIC.has(ws[j] ?? '')) return 'kinetic'
  }
  if (ws.includes('airstrike') || ws.includes('airstrikes') || ws.includes('bombing') || ws.includes('shelling')) return 'kinetic'
  return null
}

/** The attacker: the extractor's actor unless the text shows it defending or suffering. */
const actorOf = (c: Claim, t: { readonly norm: string; readonly defender: Map<string, boolean> }): string | null => {
  const p = canonicalParty(c.event.actor)
  if (p === null) return null
  let defends = t.defender.get(p)
  if (defends === undefined) {
    defends = asDefender(t.norm, p)
    t.defender.set(p, defends)
  }
  return defends ? null : p
}

const responsibleFromText = (raw: string): string | null => {
  for (const re of L.RESPONSIBILITY_PATTERNS) {
    const m = re.exec(raw)
    if (m !== null && m[1] !== undefined) {
      const p = canonicalParty(m[1])
      if (p !== null) return p
    }
  }
  // "an Israeli airstrike", "a Russian missile": only when the modifier names a country
  const d = L.ATTRIBUTIVE_ATTACKER_PATTERN.exec(raw)
  if (d !== null && d[1] !== undefined) return countriesIn(normText(d[1]))[0] ?? null
  return null
}

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

const cache = new WeakMap<Claim, ClaimReading>()

/** What a claim's text alone says, before the claim's structured fields are weighed in. Internal. */
export interface TextFacts {
  readonly norm: string
  readonly ws: ReadonlyArray<string>
  readonly generic: boolean
  readonly cancel: ReadonlyArray<string>
  readonly plan: ReadonlyArray<string>
  readonly denialCues: ReadonlyArray<string>
  readonly retractCues: ReadonlyArray<string>
  readonly noEffect: ReadonlyArray<string>
  readonly effectCues: ReadonlyArray<string>
  readonly defended: boolean
  readonly negSuccess: boolean
  readonly failCues: ReadonlyArray<string>
  readonly succCues: ReadonlyArray<string>
  readonly attemptCues: ReadonlyArray<string>
  readonly concepts: ReadonlyArray<string>
  readonly headMentions: number
  readonly conflict: boolean
  readonly inception: boolean
  readonly countedEvents: boolean
  readonly negatedEvent: boolean
  readonly unknownResp: ReadonlyArray<string>
  readonly responsible: string | null
  readonly responsibilityCue: boolean
  readonly offCoast: boolean
  readonly place: ClaimReading['place']
  readonly domain: ClaimReading['domain']
  readonly stems: ReadonlyArray<string>
  readonly recent: boolean
  /** `lastHeadConcept(norm)`, computed on first use (only denials need it). */
  lastHead: string | null | undefined
  /** `asDefender(norm, party)` by party, computed on first use. */
  readonly defender: Map<string, boolean>
}

/** The cue lexicons a reading looks for, matched in one pass. */
const CUE_SETS = phraseGroup([GENERIC, CANCEL, PLAN, DENIAL, RETRACTION, NO_EFFECT, EFFECT, FAILURE, SUCCESS, ATTEMPT, CONFLICT, INCEPTION, UNKNOWN_RESP, RESP_CUES])

/** A denial of harm only: "there were no (reported) injuries", "no casualties were reported". */
const HARM_DENIED = / there (?:was|were|have been|has been|had been) no (?:\w+ )?(?:injur\w*|casualt\w*|deaths?|fatalit\w*|victims?|damage)\b| no (?:\w+ )?(?:injur\w*|casualt\w*|deaths?|fatalit\w*) (?:were|was|have been|has been) reported\b/

/** Existential denials: "there was no X", "no sign of X". They deny X, whatever X is. */
const EXISTENTIAL = /^(?:there (?:is|was|were|are|has been|have been|had been) no|no (?:sign|signs|trace|traces|indication|evidence|proof)(?: of)?)$/

/**
 * An existential denial whose next few words name no event ("there was no obvious optical
 * fireball", "no indication of when the video was shot") denies a thing, not an occurrence.
 */
const absenceOfNonEvent = (norm: string, cue: string): boolean => {
  if (!EXISTENTIAL.test(cue)) return false
  const at = norm.indexOf(cue)
  if (at < 0) return false
  const next = words(norm.slice(at + cue.length)).slice(0, 4).join(' ')
  return conceptsIn(` ${next} `).length === 0
}

const textFacts = (raw: string): TextFacts => {
  const norm = normText(raw)
  const ws = words(norm)
  const [generic = [], cancel = [], plan = [], denialCues = [], retractCues = [], noEffect = [], effect = [], failure = [], success = [], attempt = [], conflict = [], inception = [], unknownResp = [], respCues = []] =
    findPhrasesOf(norm, CUE_SETS)
  const concepts = conceptsIn(norm)
  // "there were no injuries", "no one was hurt": the harm is denied, not the event, so these
  // say the event had no effect rather than that it never happened
  const harm = HARM_DENIED.exec(norm)
  const denied = (harm === null ? denialCues : denialCues.filter((d) => !harm[0].includes(d))).filter((d) => !absenceOfNonEvent(norm, d))
  const noHarm = harm === null ? noEffect : [...noEffect, harm[0].trim()]
  return {
    norm,
    ws,
    generic: generic.length > 0,
    cancel,
    plan,
    denialCues: denied,
    retractCues,
    noEffect: noHarm,
    effectCues: noHarm.length > 0 ? [] : effect.filter((e) => !hypothetical(norm, e)),
    defended: defenderSucceeded(ws),
    negSuccess: hasNegatedSuccess(norm),
    failCues: failure.filter((f) => !(f.startsWith('fail') && failureIsAboutOtherAct(norm))),
    succCues: success,
    attemptCues: attempt,
    concepts,
    headMentions: concepts.filter(isHeadConcept).length,
    conflict: conflict.length > 0,
    inception: inception.length > 0,
    countedEvents: /\b\d[\d,.]*(?: (?:million|thousand|billion|hundred))? (?:\w+ )?(?:cyber ?)?(?:attacks|strikes|raids|intrusions)\b/.test(norm),
    negatedEvent: negatedEvent(norm),
    unknownResp,
    responsible: responsibleFromText(raw),
    responsibilityCue: respCues.length > 0,
    offCoast: / off (?:the |its |their )?(?:\w+ )?coast/.test(norm),
    place: placeFromText(norm, raw),
    domain: domainOf(ws),
    stems: contentStems(norm, STOP),
    recent: / recent(?:ly)? /.test(norm),
    lastHead: undefined,
    defender: new Map()
  }
}

/** Text facts, from the memo when the same text was read before in this run. */
const factsFor = (raw: string, memo: Map<string, TextFacts> | undefined): TextFacts => {
  if (memo === undefined) return textFacts(raw)
  const hit = memo.get(raw)
  if (hit !== undefined) return hit
  const out = textFacts(raw)
  memo.set(raw, out)
  return out
}

/**
 * Reads a claim for contradiction (memoised per claim object).
 *
 * @example
 * import { readClaim } from 'gainsay'
 * import { claim } from 'gainsay/testing'
 * readClaim(claim({ text: 'Officials said the strike never happened.' })).occurrence // 'no'
 * readClaim(claim({ text: 'The army managed to repel the assault.' })).outcome // 'failure'
 *
 * @since 0.1.0
 */
export const readClaim = (c: Claim): ClaimReading => readClaimWith(c, undefined)

/** A memo of text facts for one detection run: claims repeating a text share its reading of the text. Internal. */
export type ReadingMemo = Map<string, TextFacts>

/** `readClaim`, sharing text facts through a run's memo. Internal. */
export const readClaimWith = (c: Claim, memo: ReadingMemo | undefined): ClaimReading => {
  const hit = cache.get(c)
  if (hit !== undefined) return hit
  const r = computeReading(c, factsFor(c.text, memo))
  cache.set(c, r)
  return r
}

const computeReading = (c: Claim, t: TextFacts): ClaimReading => {
  const raw = c.text
  const norm = t.norm
  const cues: string[] = []
  const note = (xs: ReadonlyArray<string>): void => {
    for (const x of xs) if (!cues.includes(x)) cues.push(x)
  }

  const structuredCues = c.cues.map((q) => q.text)
  const generic = t.generic
  const cancel = t.cancel
  const plan = t.plan
  const denialCues = t.denialCues
  const denial = denialCues.length > 0 || c.predicate === 'denial' || c.cues.some((q) => q.kind === 'denial')
  const retractCues = t.retractCues

  // outcome
  const noEffect = t.noEffect
  const effectCues = t.effectCues
  const defended = t.defended
  const negSuccess = t.negSuccess
  const failCues = t.failCues
  const succCues = t.succCues
  let outcome: ClaimReading['outcome'] = null
  const failing = defended || negSuccess || failCues.length > 0 || noEffect.length > 0
  const succeeding = !defended && !negSuccess && succCues.length > 0
  if (failing && (succeeding || effectCues.length > 0)) outcome = 'partial'
  else if (failing) outcome = 'failure'
  else if (succeeding) outcome = 'success'
  else if (c.predicate === 'outcome' && c.outcome !== null) outcome = c.outcome
  if (outcome !== null) note(failing ? [...failCues, ...noEffect, ...(negSuccess ? ['not successful'] : [])] : succCues)
  if (defended) note(['managed to (defend)'])

  const effect: ClaimReading['effect'] = noEffect.length > 0 ? 'no-effect' : effectCues.length > 0 ? 'effect' : null
  if (effect === 'effect') note(effectCues)

  const attemptCues = t.attemptCues
  const attempted = !denial && (attemptCues.length > 0 || c.predicate === 'attempt' || outcome === 'failure' || outcome === 'partial')
  if (attempted) note(attemptCues)

  const planned =
    !denial && (cancel.length > 0 || c.predicate === 'plan' || c.modality === 'planned' || (plan.length > 0 && outcome === null && effect === null))
  if (planned) note([...cancel, ...plan])

  const conflict = t.conflict
  const inception = t.inception && conflict
  const aggregate =
    c.quantities.some((q) => q.value >= 2 && (q.measure === null ? false : conceptsIn(normText(q.measure)).some(isHeadConcept))) || t.countedEvents
  const granularity: ClaimReading['granularity'] =
    inception || (conflict && t.headMentions === 0) ? 'extended' : aggregate ? 'aggregate' : 'incident'
  const weak = c.modality === 'questioned' || c.certainty < 0.5

  let occurrence: ClaimReading['occurrence'] = null
  if (denial) occurrence = 'no'
  else if (planned || generic) occurrence = null
  else if (outcome !== null || effect !== null || attempted) occurrence = 'yes'
  else if (c.polarity === 'negative' && (c.predicate === 'occurrence' || c.predicate === 'attempt')) occurrence = 'no'
  else if (t.negatedEvent) occurrence = 'no'
  else if (c.polarity === 'positive' && c.predicate !== 'other') occurrence = 'yes'
  else if (c.polarity === 'positive' && t.concepts.length > 0) occurrence = 'yes'
  if (denial) note(denialCues.length > 0 ? denialCues : structuredCues.slice(0, 2))

  const unknownResp = t.unknownResp
  const responsible =
    unknownResp.length > 0
      ? null
      : t.responsible ?? (c.predicate === 'responsibility' && c.polarity === 'positive' && t.responsibilityCue ? canonicalParty(c.event.actor) : null)
  if (unknownResp.length > 0) note(unknownResp)

  // "off the Iranian coast" may well be international waters: not a territorial claim
  const offCoast = (p: { readonly text: string }): boolean => /\bcoast/i.test(p.text) && t.offCoast
  const structuredPlace = c.places.find((p) => p.kind !== 'named' && !offCoast(p))
  const place: ClaimReading['place'] =
    structuredPlace !== undefined
      ? {
          kind: structuredPlace.kind === 'named' ? 'territorial' : structuredPlace.kind,
          owner: canonicalParty(structuredPlace.owner),
          text: structuredPlace.text
        }
      : t.place
  if (place !== null) note([place.text])

  let focus: string | null = null
  if (denial) {
    if (t.lastHead === undefined) t.lastHead = lastHeadConcept(norm)
    focus = t.lastHead
  }

  return {
    occurrence,
    attempted,
    outcome,
    effect,
    denial,
    planned,
    generic,
    granularity,
    weak,
    responsible,
    responsibilityUnknown: unknownResp.length > 0,
    place,
    actor: actorOf(c, t),
    target: c.event.target === null ? null : normText(c.event.target).trim(),
    concepts: t.concepts,
    focus,
    domain: t.domain,
    keywords: [...new Set([...c.event.keywords, ...t.stems])],
    recent: t.recent,
    retracting: retractCues.length > 0,
    cues: [...cues, ...(retractCues.length > 0 ? retractCues : [])]
  }
}
