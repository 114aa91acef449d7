/**
 * Speaker mentions: finding the noun phrase that names who speaks (left of a reporting verb,
 * right of an inverted one, at the start of a sentence) and reading it into a name, a rank,
 * a role, a kind, and number/gender/anonymity cues. Internal to the quotes stage.
 */
import { TITLE_ABBREVIATIONS } from '../../text/abbreviations'
import type { Token } from '../../text/tokens'
import { ANONYMITY_MODIFIERS, GROUP_NOUNS, INDEFINITE_DETERMINERS, SOURCE_NOUNS } from '../lexicons/anonymity'
import { COUNTRIES } from '../lexicons/countries'
import { DOCUMENT_NOUNS } from '../lexicons/reporting-verbs'
import {
  HONORIFICS,
  INSTITUTION_WORDS,
  NON_PERSON_HEADS,
  OUTLET_HEAD_WORDS,
  RANKS,
  ROLE_MODIFIERS,
  ROLE_NOUNS
} from '../lexicons/titles'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

export type MentionKind = 'person' | 'pronoun' | 'description' | 'group' | 'organization' | 'outlet' | 'document' | 'unknown'

/** A speaker mention read into its parts. */
export interface Mention {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly kind: MentionKind
  /** The person's (or organisation's) name without titles, or null for descriptions and pronouns. */
  readonly name: string | null
  /** Name as written with its rank/honorific ("Brigadier General Gholamreza Jalali"). */
  readonly titledName: string | null
  readonly role: string | null
  readonly rank: string | null
  /** Lower-case head noun ("minister", "officials") or pronoun. */
  readonly head: string
  readonly definite: boolean
  readonly plural: boolean
  readonly gender: 'm' | 'f' | null
  readonly anonymous: boolean
  readonly acronym: string | null
}

// -------------------------------------------------------------------------------------
// lexical classes
// -------------------------------------------------------------------------------------

const PRONOUNS: ReadonlyMap<string, { plural: boolean; gender: 'm' | 'f' | null }> = new Map([
  ['he', { plural: false, gender: 'm' }],
  ['she', { plural: false, gender: 'f' }],
  ['they', { plural: true, gender: null }],
  ['we', { plural: true, gender: null }],
  ['it', { plural: false, gender: null }],
  ['i', { plural: false, gender: null }]
])

/** Capitalised words that open a sentence but never a speaker mention. */
const NON_NP_CAPITALS = new Set([
  'now', 'then', 'also', 'but', 'and', 'or', 'so', 'yet', 'when', 'while', 'after', 'before', 'since',
  'on', 'in', 'at', 'by', 'for', 'from', 'with', 'without', 'during', 'until', 'as', 'if', 'although',
  'though', 'because', 'however', 'meanwhile', 'meantime', 'earlier', 'later', 'today', 'yesterday',
  'tomorrow', 'last', 'this', 'that', 'these', 'those', 'there', 'here', 'what', 'why', 'how', 'who',
  'where', 'which', 'separately', 'additionally', 'previously', 'recently', 'finally', 'still',
  'instead', 'indeed', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'speaking',
  'addressing', 'asked', 'according', 'back', 'even', 'just', 'only', 'not', 'no', 'yes', 'it', 'its',
  'his', 'her', 'their', 'our', 'my', 'your', 'we', 'i', 'you', 'he', 'she', 'they', 'to', 'of',
  'under', 'over', 'about', 'against', 'among', 'into', 'through', 'via', 'per', 'such', 'both',
  'all', 'each', 'every', 'some', 'many', 'most', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'said', 'says', 'told', 'added',
  "i'll", "i'm", "i've", "i'd", 'publicly', 'publically', 'privately', 'officially', 'initially',
  'originally', 'ultimately', 'eventually', 'reportedly', 'allegedly', 'apparently', 'clearly',
  // interjections and sentence adverbs that open a sentence: "Well, Zack Snyder tweeted"
  'well', 'oh', 'ok', 'okay', 'alas', 'sadly', 'luckily', 'fortunately', 'unfortunately',
  'interestingly', 'notably', 'perhaps', 'maybe', 'actually', 'obviously', 'surely', 'curiously'
])

const WH_WORDS = new Set(['which', 'who', 'whom', 'whose', 'that', 'where', 'when', 'whereby'])

/** Prepositions whose object is never the speaker: "Dylan Thomas from Bunbury in Western Australia says". */
const OBJECT_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'on', 'of', 'during', 'into', 'inside', 'outside', 'across', 'around'])

/** Country names, aliases and capitals, lower case (from the claims stage's country lexicon). */
const STATES: ReadonlySet<string> = new Set(COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.capitals].map((x) => x.toLowerCase())))

const POSSESSIVE_DETERMINERS = new Set(['their', 'its', 'his', 'her', 'our', 'my', 'your'])
const DETERMINERS = new Set(['the', 'a', 'an', ...INDEFINITE_DETERMINERS, ...POSSESSIVE_DETERMINERS])
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'many', 'dozens', 'hundreds', 'numerous', 'multiple', 'few'])
const QUANTIFIERS = new Set(['one', 'two', 'three', 'some', 'many', 'most', 'all', 'none', 'each', 'several', 'both', 'another'])
const PP_LINKERS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'to', 'on'])
/** Words that open a modifier after a source noun ("a source close to", "a spokesperson for"). */
const POST_MODIFIER_START = new Set(['for', 'of', 'at', 'with', 'from', 'in', 'close', 'familiar', 'briefed', 'involved', 'on', 'inside', 'within', 'near'])
/** Lower-case words allowed inside a mention between capitalised or role words. */
const LINKERS = new Set(['of', 'and', 'for', 'the', '&', 'de', 'al', 'el', 'bin', 'van', 'von', 'der', 'du', 'la', 'le', 'da', 'dos'])
/** Words after a speaker and before the verb that are not part of the mention. */
export const PRE_VERB_ADVERBS = new Set([
  'also', 'then', 'once', 'again', 'later', 'earlier', 'further', 'previously', 'initially', 'reportedly',
  'repeatedly', 'meanwhile', 'however', 'meantime', 'recently', 'subsequently', 'separately', 'has', 'have',
  'had', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'has', 'had', 'himself', 'herself', 'itself',
  'themselves', 'publicly', 'privately', 'officially', 'formally', 'reportedly', 'allegedly', 'first',
  'last', 'finally', 'flatly', 'strongly', 'loudly', 'openly', 'bluntly', 'angrily', 'proudly', 'quickly',
  'immediately', 'clearly', 'simply', 'just', 'too', 'still', 'already', 'never', 'often', 'frequently',
  'always', 'specifically', 'explicitly', 'directly', 'yesterday', 'today', 'tonight'
])

const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'week', 'month',
  'year', 'night', 'morning', 'afternoon', 'evening', 'day', 'weekend'
])

const isCapitalised = (t: Token): boolean => {
  const c = t.text[0] ?? ''
  return c !== c.toLowerCase() && c === c.toUpperCase()
}
const isPossessive = (t: Token): boolean => /['\u2019]s$/i.test(t.text) || /s['\u2019]$/.test(t.text)
const stripDots = (s: string): string => s.replace(/\./g, '')

const isLexicalNpWord = (lower: string): boolean =>
  ROLE_NOUNS.has(lower) ||
  ROLE_MODIFIERS.has(lower) ||
  SOURCE_NOUNS.has(lower) ||
  GROUP_NOUNS.has(lower) ||
  ANONYMITY_MODIFIERS.has(lower) ||
  OUTLET_HEAD_WORDS.has(lower) ||
  DOCUMENT_NOUNS.has(lower) ||
  INSTITUTION_WORDS.has(lower) ||
  NON_PERSON_HEADS.has(lower) ||
  lower === 'news' ||
  lower === 'agency'

/** Can token `t` be inside a speaker mention (not counting linkers and determiners)? */
const isNpWord = (t: Token): boolean => {
  if (t.kind === 'number') return false
  if (t.kind === 'punct') return t.text === '(' || t.text === ')'
  const lower = t.norm.replace(/'s$/, '')
  if (isCapitalised(t)) return !NON_NP_CAPITALS.has(lower.replace(/'s$/, '')) || isPossessive(t)
  return isLexicalNpWord(lower)
}

// -------------------------------------------------------------------------------------
// finding mentions
// -------------------------------------------------------------------------------------

/** A token range [from, to) in a token array. */
export interface TokRange {
  readonly from: number
  readonly to: number
}

/** Skips pre-verb adverbs (and "on Monday"-style time phrases) leftwards from `i` (exclusive). */
export const skipAdverbsLeft = (toks: ReadonlyArray<Token>, i: number, floor: number): number => {
  let k = i
  for (;;) {
    const t = toks[k - 1]
    if (t === undefined || k - 1 < floor) return k
    if (t.kind === 'word' && PRE_VERB_ADVERBS.has(t.norm)) {
      k--
      continue
    }
    // "Jalali on Monday said", "the bank in March said"
    if (t.kind === 'word' && TIME_WORDS.has(t.norm) && (toks[k - 2]?.norm === 'on' || toks[k - 2]?.norm === 'in' || toks[k - 2]?.norm === 'last')) {
      k -= 2
      continue
    }
    // "Two officials, however, told": a parenthetical adverb between commas.
    if (t.text === ',' && toks[k - 2]?.kind === 'word' && PRE_VERB_ADVERBS.has(toks[k - 2]!.norm) && toks[k - 3]?.text === ',') {
      k -= 3
      continue
    }
    return k
  }
}

/** The bare mention (no appositives) ending at token `end` (exclusive), scanning left. */
const bareLeft = (toks: ReadonlyArray<Token>, end: number, floor: number): TokRange | null => {
  const last = toks[end - 1]
  if (last === undefined || end - 1 < floor) return null
  if (last.kind === 'word' && PRONOUNS.has(last.norm)) return { from: end - 1, to: end }
  // "Two senior bankers said": a counted plural noun, whatever the noun.
  if (last.kind === 'word' && !isCapitalised(last) && /[^s]s$/.test(last.norm)) {
    for (let b = end - 2; b >= Math.max(floor, end - 4); b--) {
      const u = toks[b]!
      if (u.kind !== 'word') break
      if (COUNT_WORDS.has(u.norm)) return { from: b, to: end }
    }
  }
  // "one of them said": a member of the group last spoken of.
  if (last.norm === 'them' && toks[end - 2]?.norm === 'of' && end - 3 >= floor && QUANTIFIERS.has(toks[end - 3]!.norm)) return { from: end - 3, to: end }
  // "Washington's claim", "a Twitter post": a possessive or an article right before a noun-like verb is no subject.
  if (isPossessive(last)) return null
  let k = end
  while (k - 1 >= floor) {
    const t = toks[k - 1]!
    if (isNpWord(t)) {
      k--
      continue
    }
    // "Ms. Lund", "Brig. Gen. Costa": an abbreviated title's period.
    if (t.text === '.' && k < end && k - 2 >= floor && toks[k - 2]!.kind === 'word' && TITLE_ABBREVIATIONS.has(toks[k - 2]!.norm)) {
      k--
      continue
    }
    if (t.kind === 'word' && LINKERS.has(t.norm) && k < end && k - 2 >= floor && isNpWord(toks[k - 2]!)) {
      k--
      continue
    }
    // "Head of the Civil Defense Organization": an article after "of" is inside the mention.
    if (t.kind === 'word' && t.norm === 'the' && k < end && k - 2 >= floor && (toks[k - 2]!.norm === 'of' || toks[k - 2]!.norm === 'for')) {
      k--
      continue
    }
    if (t.kind === 'word' && DETERMINERS.has(t.norm) && k < end) {
      k--
      break
    }
    break
  }
  // "a spokesperson for the utility", "a source close to the talks": a source noun with a short modifier after it.
  if (k === end) {
    for (let b = end - 1; b >= Math.max(floor, end - 7); b--) {
      const u = toks[b]!
      if (u.kind === 'punct') break
      if ((SOURCE_NOUNS.has(u.norm) || ROLE_NOUNS.has(u.norm)) && b + 1 < end && POST_MODIFIER_START.has(toks[b + 1]!.norm)) {
        const head = bareLeft(toks, b + 1, floor)
        if (head !== null) return { from: head.from, to: end }
        break
      }
    }
  }
  // "the weather service", "the water utility": an unlisted modifier between an article and the head.
  const stop = toks[k - 1]
  if (k < end && k - 2 >= floor && stop !== undefined && stop.kind === 'word' && !isCapitalised(stop) && !LINKERS.has(stop.norm) && !DETERMINERS.has(stop.norm) && (toks[k - 2]!.norm === 'the' || toks[k - 2]!.norm === 'a' || toks[k - 2]!.norm === 'an') && !/(?:ed|ing)$/.test(stop.norm)) {
    k -= 2
  }
  // A mention never starts with a linker or a closing bracket.
  while (k < end && ((toks[k]!.kind === 'word' && LINKERS.has(toks[k]!.norm) && toks[k]!.norm !== 'the') || toks[k]!.text === ')')) k++
  if (k >= end) return null
  return hasHead(toks, k, end) ? { from: k, to: end } : null
}

/** A mention needs a head: a capitalised word, a role, source or group noun. */
const hasHead = (toks: ReadonlyArray<Token>, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) {
    const t = toks[i]!
    if (t.kind !== 'word') continue
    if (isCapitalised(t) && !DETERMINERS.has(t.norm)) return true
    if (ROLE_NOUNS.has(t.norm) || SOURCE_NOUNS.has(t.norm) || GROUP_NOUNS.has(t.norm) || DOCUMENT_NOUNS.has(t.norm) || OUTLET_HEAD_WORDS.has(t.norm) || NON_PERSON_HEADS.has(t.norm)) return true
  }
  return false
}

const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', 'who', 'whose', 'which', 'his', 'her', 'their', 'its', 'then', 'now', 'former'])
const PARENTHETICALS = new Set(['however', 'meantime', 'meanwhile', 'too', 'though', 'also', 'moreover', 'in', 'for', 'speaking', 'on'])

/** Is tokens [from, to) an appositive or parenthetical that may sit between a mention and its verb? */
const isAppositive = (toks: ReadonlyArray<Token>, from: number, to: number): 'role' | 'skip' | null => {
  if (to <= from || to - from > 30) return null
  const first = toks[from]!
  if (first.kind !== 'word') return null
  if (first.norm === 'who' || first.norm === 'whose' || first.norm === 'which') return 'skip'
  if (to - from <= 3 && PARENTHETICALS.has(first.norm)) return 'skip'
  // "speaking on condition of anonymity", "citing security concerns": a participial aside.
  if (/(?:ing|ed)$/.test(first.norm) && !isCapitalised(first)) return 'skip'
  let hasRole = false
  for (let i = from; i < to; i++) {
    const t = toks[i]!
    if (t.kind === 'word' && (ROLE_NOUNS.has(t.norm) || SOURCE_NOUNS.has(t.norm))) hasRole = true
    if (t.text === '"' || t.text === '\u201c' || t.text === '\u201d') return null
  }
  if (hasRole && (APPOSITIVE_OPENERS.has(first.norm) || isPossessive(first) || isNpWord(first))) return 'role'
  // "a teller at a Lagos branch": a short indefinite description reads as a role.
  if ((first.norm === 'a' || first.norm === 'an') && to - from <= 10) return 'role'
  return null
}

/** The result of a mention search: the mention's tokens and, when given, an appositive role. */
export interface FoundMention {
  readonly range: TokRange
  readonly role: TokRange | null
}

/**
 * The speaker mention whose last token is just before `verb` (after skipping adverbs):
 * "Gholam-Reza Jalali, the head of X, says" gives "Gholam-Reza Jalali" with role "the head
 * of X"; "In 2016, Head of X, Ali Salehi said" gives "Ali Salehi" with role "Head of X".
 */
export const mentionLeftOf = (toks: ReadonlyArray<Token>, verb: number, floor: number): FoundMention | null => {
  let end = skipAdverbsLeft(toks, verb, floor)
  let role: TokRange | null = null
  // An appositive between commas: "NAME, the head of X, said".
  if (toks[end - 1]?.text === ',') {
    let c = end - 2
    while (c >= floor && toks[c]!.text !== ',' && toks[c]!.text !== ';') c--
    if (c >= floor && toks[c]!.text === ',') {
      const kind = isAppositive(toks, c + 1, end - 1)
      if (kind !== null) {
        if (kind === 'role') role = { from: c + 1, to: end - 1 }
        end = skipAdverbsLeft(toks, c, floor)
      } else if (isNameLike(toks, c + 1, end - 1) && end - 1 - (c + 1) <= 4) {
        // "the company's chief executive, Maria Lund, told": a role, then the name set off by commas.
        const before = bareLeft(toks, c, floor)
        if (before === null || !isRoleOnly(toks, before.from, before.to)) return null
        return { range: { from: c + 1, to: end - 1 }, role: before }
      } else return null
    } else return null
  }
  let bare = bareLeft(toks, end, floor)
  if (bare === null) return null
  // "Dylan Thomas from Bunbury in Western Australia says", "Medical staff at the city clinic
  // said": a name right after a preposition is the object of a post-modifier, and the
  // speaker is the head before it. A person's name is the speaker on its own; a group or
  // source noun keeps its modifier ("medical staff at the city clinic"). When no head can be
  // read ("a man who fell ill on a trip to Bali said"), there is no mention here.
  for (let guard = 0; guard < 4; guard++) {
    // the preposition, perhaps before a lower-case modifier or two ("in northern Ghana")
    if (bare.to - bare.from === 1 && PRONOUNS.has(toks[bare.from]!.norm)) break
    let at = bare.from - 1
    while (isNameLike(toks, bare.from, bare.to) && at > bare.from - 3 && at > floor && toks[at]!.kind === 'word' && !isCapitalised(toks[at]!) && !OBJECT_PREPOSITIONS.has(toks[at]!.norm) && !WH_WORDS.has(toks[at]!.norm)) at--
    const p = toks[at]
    if (p === undefined || p.kind !== 'word' || !OBJECT_PREPOSITIONS.has(p.norm) || at <= floor) break
    const left = bareLeft(toks, at, floor)
    if (left === null) return null
    // a person's name ends the head ("Humberto Diaz of the Astronomy Center", "the agency's Lena Ortiz")
    let caps = 0
    while (caps < left.to - left.from && isCapitalised(toks[left.to - 1 - caps]!)) caps++
    // (a sentence-initial capital on a plain noun is no name: "Officials at the ministry said")
    let lexical = true
    for (let i = left.from; i < left.to; i++) if (!DETERMINERS.has(toks[i]!.norm) && !isLexicalNpWord(toks[i]!.norm.replace(/'s$/, ''))) lexical = false
    const person = !lexical && (caps >= 2 || isNameLike(toks, left.from, left.to))
    bare = person ? left : { from: left.from, to: bare.to }
  }
  // A role-only phrase set off before the name: "Head of X, Ali Salehi said".
  if (role === null && toks[bare.from - 1]?.text === ',') {
    let c = bare.from - 2
    while (c >= floor && toks[c]!.text !== ',') c--
    const segFrom = c + 1
    if (segFrom < bare.from - 1 && isRoleOnly(toks, segFrom, bare.from - 1) && isNameLike(toks, bare.from, bare.to)) {
      role = { from: segFrom, to: bare.from - 1 }
    }
  }
  return { range: bare, role }
}

/** The mention starting at token `i` and scanning right ("said the bank's chief economist"). */
export const mentionRightOf = (toks: ReadonlyArray<Token>, i: number, ceil: number): FoundMention | null => {
  let k = i
  const t0 = toks[k]
  if (t0 === undefined || k >= ceil) return null
  if (t0.kind === 'word' && PRONOUNS.has(t0.norm)) return { range: { from: k, to: k + 1 }, role: null }
  if (t0.kind === 'word' && DETERMINERS.has(t0.norm)) k++
  while (k < ceil) {
    const t = toks[k]!
    if (isNpWord(t)) k++
    else if (t.text === '.' && k > i && TITLE_ABBREVIATIONS.has(toks[k - 1]!.norm) && k + 1 < ceil && isCapitalised(toks[k + 1]!)) k++
    else if (t.kind === 'word' && LINKERS.has(t.norm) && k + 1 < ceil && isNpWord(toks[k + 1]!)) k++
    else break
  }
  if (k === i || !hasHead(toks, i, k)) return null
  // ", a spokesman for the bank"
  let role: TokRange | null = null
  if (toks[k]?.text === ',') {
    let e = k + 1
    while (e < ceil && toks[e]!.text !== ',' && toks[e]!.kind !== 'punct') e++
    if (isAppositive(toks, k + 1, e) === 'role') role = { from: k + 1, to: e }
  }
  return { range: { from: i, to: k }, role }
}

const isRoleOnly = (toks: ReadonlyArray<Token>, from: number, to: number): boolean => {
  let role = false
  for (let i = from; i < to; i++) {
    const t = toks[i]!
    if (t.kind === 'word' && ROLE_NOUNS.has(t.norm.replace(/'s$/, ''))) role = true
    else if (!(isNpWord(t) || t.kind === 'word')) return false
  }
  return role
}

const isNameLike = (toks: ReadonlyArray<Token>, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (!isCapitalised(toks[i]!)) return false
  return true
}

/**
 * Where a dateline opening the sentence ends: "ABUJA, Nigeria (AP) —" and "BUNBURY,
 * Australia, Oct. 16 (UPI) --" open the story but are not its subject (a word in capitals, a
 * comma, then a dash within a dozen tokens). `from` when there is none.
 */
const datelineEnd = (toks: ReadonlyArray<Token>, from: number, to: number): number => {
  const t = toks[from]
  if (t === undefined || t.kind !== 'word' || t.text.length < 3 || t.text !== t.text.toUpperCase() || toks[from + 1]?.text !== ',') return from
  for (let i = from + 2; i < Math.min(to, from + 14); i++) {
    const x = toks[i]!.text
    if (x === '\u2014' || x === '\u2013' || x === '-' || x === '--') {
      let k = i + 1
      while (k < to && (toks[k]!.text === '-' || toks[k]!.text === '\u2014')) k++
      return k
    }
  }
  return from
}

/**
 * The subject of the sentence in tokens [from, to): skips an opening adverbial or
 * participial phrase ending in a comma ("On Monday,", "Calling such attempts "x","), then
 * reads a mention, with a following appositive ("NAME, ROLE,") or a preceding role ("ROLE,
 * NAME,").
 */
export const subjectAt = (toks: ReadonlyArray<Token>, from: number, to: number): FoundMention | null => {
  let k = datelineEnd(toks, from, to)
  // Skip leading adverbials: anything up to a comma when the sentence opens with a non-NP word.
  for (let guard = 0; guard < 3 && k < to; guard++) {
    const t = toks[k]!
    const opensAdverbial = t.kind !== 'word' || NON_NP_CAPITALS.has(t.norm) || /ing$/.test(t.norm) || !isNpWord(t)
    if (!opensAdverbial) break
    if (t.kind === 'word' && PRONOUNS.has(t.norm)) break
    let c = k
    while (c < to && toks[c]!.text !== ',') c++
    if (c >= to) break
    k = c + 1
    while (k < to && (toks[k]!.text === '\u201d' || toks[k]!.text === '"')) k++
  }
  const found = mentionRightOf(toks, k, to)
  if (found === null) return null
  // "ROLE, NAME," : the role comes first.
  if (toks[found.range.to]?.text === ',' && isRoleOnly(toks, found.range.from, found.range.to)) {
    const name = mentionRightOf(toks, found.range.to + 1, to)
    if (name !== null && isNameLike(toks, name.range.from, name.range.to)) return { range: name.range, role: found.range }
  }
  return found
}

// -------------------------------------------------------------------------------------
// reading a mention
// -------------------------------------------------------------------------------------

/** Splits a phrase's words into rank + name at its end; returns the index where the rank begins. */
const rankStart = (lowers: ReadonlyArray<string>, nameFrom: number): number => {
  // One rank or honorific phrase, the longest that fits ("brigadier general" over "general").
  for (let n = Math.min(3, nameFrom); n >= 1; n--) {
    const phrase = lowers.slice(nameFrom - n, nameFrom).map(stripDots).join(' ')
    if (RANKS.has(phrase) || HONORIFICS.has(phrase)) return nameFrom - n
  }
  return nameFrom
}

const genderOf = (lowers: ReadonlyArray<string>): 'm' | 'f' | null => {
  for (const w of lowers) {
    const x = stripDots(w)
    if (x === 'mr' || x === 'sir' || x === 'lord' || x === 'spokesman' || x === 'king' || x === 'prince' || x === 'father' || x === 'chairman' || x === 'congressman') return 'm'
    if (x === 'mrs' || x === 'ms' || x === 'miss' || x === 'dame' || x === 'lady' || x === 'spokeswoman' || x === 'queen' || x === 'princess' || x === 'chairwoman' || x === 'congresswoman' || x === 'madam') return 'f'
  }
  return null
}

/** Builds a Mention with a fixed shape (object spread is slow on hot paths). */
const mk = (
  base: { readonly text: string; readonly start: number; readonly end: number },
  kind: MentionKind,
  name: string | null,
  titledName: string | null,
  role: string | null,
  rank: string | null,
  head: string,
  definite: boolean,
  plural: boolean,
  gender: 'm' | 'f' | null,
  anonymous: boolean,
  acronym: string | null
): Mention => ({ text: base.text, start: base.start, end: base.end, kind, name, titledName, role, rank, head, definite, plural, gender, anonymous, acronym })

/** Reads the tokens of a mention (and an optional appositive role) into a Mention. */
export const readMention = (text: string, toks: ReadonlyArray<Token>, found: FoundMention): Mention => {
  const all = toks.slice(found.range.from, found.range.to)
  const start = all[0]!.start
  const end = all[all.length - 1]!.end
  const surface = text.slice(start, end)
  const appositiveRole =
    found.role === null ? null : cleanRole(text.slice(toks[found.role.from]!.start, toks[found.role.to - 1]!.end))
  const base = { text: surface, start, end }
  const first = all[0]!
  if (all.length === 3 && all[2]!.norm === 'them' && all[1]!.norm === 'of') {
    return mk(base, 'pronoun', null, null, null, null, 'they', true, true, null, false, null)
  }
  if (all.length === 1 && first.kind === 'word' && PRONOUNS.has(first.norm)) {
    const p = PRONOUNS.get(first.norm)!
    return mk(base, 'pronoun', null, null, null, null, first.norm, true, p.plural, p.gender, false, null)
  }
  // Parenthesised acronym: "the National Security Agency (NSA)".
  let words = all.filter((t) => t.text !== '(' && t.text !== ')' && t.text !== '.')
  let acronym: string | null = null
  const open = all.findIndex((t) => t.text === '(')
  if (open !== -1 && all[open + 1] !== undefined && /^[A-Z][A-Z0-9&.-]{1,9}$/.test(all[open + 1]!.text)) {
    acronym = all[open + 1]!.text
    words = all.slice(0, open).concat(all.slice(open + 3)).filter((t) => t.text !== '.')
  }
  let d = 0
  let definite = false
  let indefinite = false
  while (d < words.length - 1 && DETERMINERS.has(words[d]!.norm)) {
    if (words[d]!.norm === 'the' || POSSESSIVE_DETERMINERS.has(words[d]!.norm)) definite = true
    else indefinite = true
    d++
  }
  const body = words.slice(d)
  const lowers = body.map((t) => t.norm.replace(/'s$/, ''))
  // The head: the last word, or the source noun a modifier follows ("a spokesperson for the utility").
  const sourceAt = lowers.findIndex((w, i) => (SOURCE_NOUNS.has(w) || ROLE_NOUNS.has(w)) && POST_MODIFIER_START.has(lowers[i + 1] ?? ''))
  const head = sourceAt !== -1 ? lowers[sourceAt]! : lowers[lowers.length - 1] ?? ''
  const anonymousCue = lowers.some((w) => ANONYMITY_MODIFIERS.has(w))
  const outletish = lowers.some((w) => OUTLET_HEAD_WORDS.has(w))
  const institutional = lowers.some((w) => INSTITUTION_WORDS.has(w))
  // The person's name: the longest run of capitalised words at the end that are not roles,
  // ranks, honorifics, institution or outlet words, nor possessives.
  let nameFrom = body.length
  while (nameFrom > 0) {
    const t = body[nameFrom - 1]!
    const lower = lowers[nameFrom - 1]!
    if (!isCapitalised(t) || isPossessive(t) || t.kind !== 'word') break
    if (ROLE_NOUNS.has(lower) || ROLE_MODIFIERS.has(lower) || INSTITUTION_WORDS.has(lower) || OUTLET_HEAD_WORDS.has(lower)) break
    // A rank or honorific ends a name run, except as the last word ("Mohammed Sheikh").
    if ((nameFrom < body.length || body.length === 1) && (RANKS.has(stripDots(lower)) || HONORIFICS.has(stripDots(lower)))) break
    if (GROUP_NOUNS.has(lower) || SOURCE_NOUNS.has(lower)) break
    nameFrom--
  }
  // "Washington and Riyadh", "the union and the bank": a coordination (an "and" not inside an "of" phrase) is a group.
  const andAt = lowers.indexOf('and')
  const coordinated = andAt > 0 && !lowers.slice(0, andAt).some((w) => w === 'of' || w === 'for') && isCapitalised(body[andAt + 1] ?? first) === isCapitalised(body[andAt - 1]!)
  if (coordinated) {
    const phrase = text.slice(body[0]!.start, body[body.length - 1]!.end)
    return mk(base, 'group', phrase, null, null, null, head, definite, true, null, false, acronym)
  }
  const surfaceOf = (from: number, to: number): string =>
    from >= to ? '' : text.slice(body[from]!.start, body[to - 1]!.end)
  const plural = GROUP_NOUNS.has(head) || (head.endsWith('s') && !isCapitalised(body[body.length - 1] ?? first) && !head.endsWith('ss'))
  const gender = genderOf(lowers)
  // A capitalised run right after "of/for/at" names an organisation ("a spokesperson for Acme");
  // with three or more words the last two are taken as the person ("head of Hamas Ismail Haniyeh").
  if (nameFrom > 0 && nameFrom < body.length && PP_LINKERS.has(lowers[nameFrom - 1]!)) {
    nameFrom = body.length - nameFrom >= 3 ? body.length - 2 : body.length
  }
  const hasNameRun = nameFrom < body.length
  const priorLowers = lowers.slice(0, nameFrom)
  const priorHasNonPerson = priorLowers.some((w) => INSTITUTION_WORDS.has(w) || OUTLET_HEAD_WORDS.has(w))
  // "The Americans": a capitalised plural after "the" is a group, not a name.
  const demonymGroup = hasNameRun && body.length - nameFrom === 1 && definite && /s$/.test(head) && !/ss$/.test(head) && nameFrom === 0
  // "a recent report from Cosmic Book News", "a statement by the Riverside Council": the
  // document speaks for the name after it
  const docAt = lowers.findIndex((w, i) => DOCUMENT_NOUNS.has(w) && (lowers[i + 1] === 'from' || lowers[i + 1] === 'by'))
  if (docAt !== -1) {
    const from = lowers[docAt + 2] === 'the' ? docAt + 3 : docAt + 2
    if (from < body.length && isNameLike(body, from, body.length)) {
      const name = surfaceOf(from, body.length)
      return mk(base, outletish ? 'outlet' : 'organization', name, null, null, null, lowers[lowers.length - 1] ?? head, definite, false, null, false, acronym)
    }
  }
  // "state broadcaster NHK", "the agency IRNA": a name after outlet words names the outlet.
  const priorOutlet = priorLowers.some((w) => OUTLET_HEAD_WORDS.has(w))
  if (hasNameRun && priorOutlet && rankStart(lowers, nameFrom) === nameFrom) {
    const name = surfaceOf(nameFrom, body.length)
    return mk(base, 'outlet', name, null, null, null, head, definite, false, null, false, acronym)
  }
  // "sources close to the production in metro Detroit": a name inside a group's modifier is
  // not the group's name (a group of unnamed people is never named by a place)
  const nameInGroupModifier = hasNameRun && sourceAt !== -1 && sourceAt < nameFrom && GROUP_NOUNS.has(lowers[sourceAt] ?? '')
  if (hasNameRun && !nameInGroupModifier && !demonymGroup && !(outletish && nameFrom === 0) && !(institutional && nameFrom === 0)) {
    const rs = rankStart(lowers, nameFrom)
    const name = surfaceOf(nameFrom, body.length)
    const rank = rs < nameFrom ? surfaceOf(rs, nameFrom) : null
    const prefixRole = rs > 0 ? cleanRole(surfaceOf(0, rs)) : null
    const role = appositiveRole ?? prefixRole
    const runLength = body.length - nameFrom
    const person = runLength >= 2 || name.includes('-') || rank !== null || prefixRole !== null || appositiveRole !== null || gender !== null
    // A country or capital standing alone speaks for its government ("Tehran claimed", "Washington said").
    const state = !person && runLength <= 3 && STATES.has(name.toLowerCase())
    const kind: MentionKind = person ? 'person' : priorHasNonPerson || state ? 'organization' : 'unknown'
    return mk(base, kind, name, rank !== null ? surfaceOf(rs, body.length) : name, role, rank, head, false, false, gender, false, acronym)
  }
  const phrase = surfaceOf(0, body.length)
  if (demonymGroup) {
    return mk(base, 'group', phrase, null, null, null, head, definite, true, null, false, acronym)
  }
  if (definite && DOCUMENT_NOUNS.has(head) && body.length <= 2 && !body.some(isCapitalised)) {
    return mk(base, 'document', null, null, null, null, head, definite, false, null, false, acronym)
  }
  if (outletish && !anonymousCue && (body.some(isCapitalised) || head === 'media' || head === 'reports')) {
    return mk(base, 'outlet', phrase, null, null, null, head, definite, GROUP_NOUNS.has(head), null, false, acronym)
  }
  if (institutional && body.some(isCapitalised) && !SOURCE_NOUNS.has(head)) {
    return mk(base, 'organization', phrase, null, null, null, head, definite, false, null, false, acronym)
  }
  // A description: "the minister", "two American officials", "an unnamed senior official".
  const isSource = SOURCE_NOUNS.has(head) || ROLE_NOUNS.has(head) || GROUP_NOUNS.has(head)
  const anonymous = anonymousCue || (isSource && !definite)
  return mk(base, plural ? 'group' : isSource ? 'description' : NON_PERSON_HEADS.has(head) ? 'organization' : 'unknown', null, null, isSource && !plural ? cleanRole(surface.replace(/^(?:the|a|an)\s+/i, '')) : null, null, head, definite, plural, gender, anonymous || (indefinite && plural), acronym)
}

/** Strips a leading article and trailing punctuation from a role ("the head of X," → "head of X"). */
export const cleanRole = (s: string): string | null => {
  const r = s
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[\s,;:]+$/, '')
    .trim()
  return r.length === 0 ? null : r
}
