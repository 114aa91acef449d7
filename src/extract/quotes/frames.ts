/**
 * Attribution frames: in one sentence, each reporting verb with its speaker mention, the
 * clause it reports, the channel and the outlets named on the way. Internal to the quotes
 * stage.
 */
import type { Span } from '../../model/common'
import type { Channel } from '../../model/quote'
import type { Token } from '../../text/tokens'
import { CHANNEL_CUES, INVERTIBLE_VERBS, REPORTING_VERBS, REPORTING_VERB_LEMMA } from '../lexicons/reporting-verbs'
import { OUTLET_HEAD_WORDS } from '../lexicons/titles'
import { PRE_VERB_ADVERBS, mentionLeftOf, mentionRightOf, subjectAt, type FoundMention } from './mentions'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

export type FrameKind = 'preposed' | 'postposed' | 'inverted' | 'according' | 'participle' | 'quoted-as'

/** One attribution in a sentence. */
export interface Frame {
  readonly kind: FrameKind
  readonly lemma: string
  /** Character span of the verb (or of "according to"). */
  readonly verb: Span
  /** The speaker mention; null when it is inherited from an earlier frame in the sentence. */
  readonly subject: FoundMention | null
  /** The reported clause (for postposed frames: from the sentence start to the comma). */
  readonly clause: Span | null
  /** The attribution words (subject to verb and its adverbials), for channel and chain. */
  readonly attribution: Span
  readonly channel: Channel | null
  /** Outlet-like mentions named in the attribution ("told The Associated Press"), nearest the speaker first. */
  readonly via: ReadonlyArray<FoundMention>
  /** For "X quoted Y saying ...": X, the intermediary that did the quoting. */
  readonly quotedBy: FoundMention | null
}

// -------------------------------------------------------------------------------------
// lexical classes
// -------------------------------------------------------------------------------------

const BARE_CLAUSE: ReadonlySet<string> = new Set(REPORTING_VERBS.filter((v) => v.bareClause).map((v) => v.lemma))
const VERB_CHANNEL: ReadonlyMap<string, Channel> = new Map(
  REPORTING_VERBS.flatMap((v) => (v.channel === null ? [] : [[v.lemma, v.channel] as const]))
)
const PP_PREPS = new Set([
  'in', 'on', 'at', 'to', 'with', 'during', 'after', 'before', 'via', 'through', 'from', 'of', 'for', 'over', 'late',
  'early', 'last', 'this', 'earlier', 'since', 'while', 'ahead', 'amid', 'following', 'by', 'back', 'outside', 'inside',
  'near', 'upon', 'across', 'around', 'within', 'beside', 'behind', 'under', 'throughout', 'into', 'onto', 'later'
])
const PP_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'last', 'late', 'early', 'next'])
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'earlier', 'later', 'recently', 'again', 'once'
])
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there'])
const OBJECT_WORDS = new Set(['him', 'her', 'them', 'us', 'me', 'reporters', 'journalists', 'lawmakers', 'parliament', 'legislators', 'students', 'supporters', 'crowds', 'members', 'investors', 'analysts', 'delegates', 'viewers', 'listeners', 'congress', 'senators', 'residents', 'workers'])
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being'])
const OPEN_MARKS = new Set(['\u201c', '"', '\u00ab', '\u201e', '\u2018', "'"])
const CLOSE_MARKS = new Set(['\u201d', '"', '\u00bb', '\u2019', "'"])

const isParticiple = (t: Token): boolean => t.norm.endsWith('ing')

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

/**
 * The attribution frames of one sentence. `toks` are the sentence's tokens; `quoted[i]`
 * says whether token i lies inside a quotation (verbs there are the speaker's words, not
 * the writer's attribution).
 */
export const findFrames = (
  text: string,
  sentence: Span,
  toks: ReadonlyArray<Token>,
  quoted: ReadonlyArray<boolean>
): ReadonlyArray<Frame> => {
  const frames: Frame[] = []
  const n = toks.length
  const endOfClause = clauseEndChar(text, sentence)
  for (let i = 0; i < n; i++) {
    const t = toks[i]!
    if (t.kind !== 'word' || quoted[i] === true) continue
    // "according to X"
    if (t.norm === 'according' && toks[i + 1]?.norm === 'to') {
      const f = accordingFrame(text, sentence, toks, i, endOfClause)
      if (f !== null) frames.push(f)
      continue
    }
    const lemma = REPORTING_VERB_LEMMA.get(t.norm)
    if (lemma === undefined) continue
    const prev = toks[i - 1]
    // A capitalised form inside a sentence is a name ("the United States'"), not a verb.
    if (i > 0 && t.text[0] !== t.norm[0] && prev !== undefined && !OPEN_MARKS.has(prev.text)) continue
    // Passives ("was told", "being told") are not attributions, except "was quoted as saying".
    if (prev !== undefined && PASSIVE_AUX.has(prev.norm)) {
      if (lemma === 'quote' && toks[i + 1]?.norm === 'as' && toks[i + 2]?.norm === 'saying') {
        const subject = mentionLeftOf(toks, i - 1, 0)
        if (subject === null) continue
        const cs = afterThat(toks, i + 3)
        frames.push(frame(text, 'quoted-as', 'say', t, subject, clauseFrom(text, toks, cs, endOfClause), attributionSpan(toks, subject.range.from, cs), toks, subject.range.to, cs, null))
        i += 2
      }
      continue
    }
    // Participles after a comma: ", saying ...", ", adding that ...".
    if (isParticiple(t)) {
      if (prev?.text !== ',' && !(prev !== undefined && CLOSE_MARKS.has(prev.text) && toks[i - 2]?.text === ',')) continue
      if (i < 2) continue
      const cs = afterThat(toks, skipLeadAdverbs(toks, i + 1))
      if (cs >= n) continue
      const inherited = frames.length > 0 ? frames[frames.length - 1]!.subject : null
      const subject = inherited ?? subjectAt(toks, 0, i)
      frames.push(frame(text, 'participle', lemma, t, subject, clauseFrom(text, toks, cs, endOfClause), attributionSpan(toks, i, cs), toks, i + 1, cs, null))
      continue
    }
    // "X quoted Y (...) saying that ...": Y speaks, X passed it on.
    if (lemma === 'quote') {
      const by = mentionLeftOf(toks, i, 0)
      const speaker = mentionRightOf(toks, i + 1, n)
      if (by === null || speaker === null) continue
      let k = speaker.range.to
      while (k < n && k < speaker.range.to + 8 && toks[k]!.norm !== 'saying') k++
      if (toks[k]?.norm !== 'saying') continue
      const cs = afterThat(toks, skipCommaAndColon(toks, k + 1))
      frames.push(frame(text, 'preposed', 'say', t, speaker, clauseFrom(text, toks, cs, endOfClause), attributionSpan(toks, by.range.from, cs), toks, speaker.range.to, cs, by))
      i = k
      continue
    }
    let subject = mentionLeftOf(toks, i, 0)
    if (subject !== null && !plausibleSubject(toks, subject, t)) subject = null
    let kind: FrameKind = 'preposed'
    // Inverted after a quotation or a clause: `..." said the mayor`.
    if (subject === null && INVERTIBLE_VERBS.has(t.norm) && prev !== undefined && (prev.text === ',' || CLOSE_MARKS.has(prev.text))) {
      const right = mentionRightOf(toks, i + 1, n)
      if (right !== null) {
        const after = toks[right.range.to]
        if (after === undefined || after.kind === 'punct') {
          subject = right
          kind = 'inverted'
        }
      }
    }
    // A coordinated verb: `he said, but at the same time warned that ...`
    if (subject === null) {
      const last = frames[frames.length - 1]
      const p = skipBackAdverbs(toks, i)
      const link = toks[p - 1]
      if (last !== undefined && link !== undefined && (link.norm === 'and' || link.norm === 'but' || link.text === ',')) subject = last.subject
      if (subject === null) continue
    }
    if (kind === 'inverted') {
      const clauseEnd = lastPunctBefore(toks, i)
      frames.push({
        kind,
        lemma,
        verb: { start: t.start, end: t.end },
        subject,
        clause: clauseEnd === null ? null : trimSpan(text, sentence.start, clauseEnd),
        attribution: { start: t.start, end: toks[subject!.range.to - 1]!.end },
        channel: channelOf(text, t.start, sentence.end, lemma),
        via: [],
        quotedBy: null
      })
      continue
    }
    // After the verb: an object for tell-like verbs, adverbials, then "that", a quotation or the clause.
    let j = i + 1
    const via: FoundMention[] = []
    if (lemma === 'tell' || lemma === 'inform' || lemma === 'brief' || lemma === 'assure' || lemma === 'warn') {
      const o = toks[j]
      if (o !== undefined && o.kind === 'word' && OBJECT_WORDS.has(o.norm)) j++
      else if (o !== undefined && o.kind === 'word') {
        const obj = mentionRightOf(toks, j, n)
        if (obj !== null && !SUBJECT_PRONOUNS.has(toks[obj.range.from]!.norm)) {
          if (isOutletLike(toks, obj)) via.push(obj)
          j = obj.range.to
        }
      }
    }
    const scan = scanAdverbials(toks, j, via)
    j = scan.next
    // Where the attribution starts: the mention, or a role set before it ("the chief executive, Maria Lund, told").
    const subjFrom = Math.min(subject!.range.from, subject!.role !== null && subject!.role.from < subject!.range.from ? subject!.role.from : Infinity)
    const atEnd = j >= n || (toks[j]!.kind === 'punct' && /^[.!?\u2026]+$/.test(toks[j]!.text) && j >= n - 2)
    const nextTok = toks[j]
    if (scan.that) {
      frames.push(frame(text, 'preposed', lemma, t, subject, clauseFrom(text, toks, j, endOfClause), attributionSpan(toks, subjFrom, j), toks, subject!.range.to, j, null, via))
      continue
    }
    if (nextTok !== undefined && (nextTok.text === ',' || nextTok.text === ':') && toks[j + 1] !== undefined && OPEN_MARKS.has(toks[j + 1]!.text)) {
      frames.push(frame(text, 'preposed', lemma, t, subject, clauseFrom(text, toks, j + 1, endOfClause), attributionSpan(toks, subjFrom, j), toks, subject!.range.to, j, null, via))
      continue
    }
    if (nextTok !== undefined && nextTok.text === ':') {
      frames.push(frame(text, 'preposed', lemma, t, subject, clauseFrom(text, toks, j + 1, endOfClause), attributionSpan(toks, subjFrom, j), toks, subject!.range.to, j, null, via))
      continue
    }
    if (nextTok !== undefined && OPEN_MARKS.has(nextTok.text) && (j === i + 1 || !PP_PREPS.has(toks[j - 1]!.norm))) {
      frames.push(frame(text, 'preposed', lemma, t, subject, clauseFrom(text, toks, j, endOfClause), attributionSpan(toks, subjFrom, j), toks, subject!.range.to, j, null, via))
      continue
    }
    // Postposed: "CLAUSE, SPEAKER said (adverbials)." or `"QUOTE," SPEAKER said, ...`
    const before = toks[subjFrom - 1]
    const postposable = before !== undefined && (before.text === ',' || CLOSE_MARKS.has(before.text) || before.text === '\u2014' || before.text === '\u2013')
    if (postposable && (atEnd || nextTok?.text === ',' || nextTok?.text === ';' || nextTok?.kind === 'punct')) {
      const clauseEnd = lastPunctBefore(toks, subjFrom)
      frames.push({
        kind: 'postposed',
        lemma,
        verb: { start: t.start, end: t.end },
        subject,
        clause: clauseEnd === null ? null : trimSpan(text, sentence.start, clauseEnd),
        attribution: { start: toks[subjFrom]!.start, end: toks[Math.max(i, j - 1)]!.end },
        channel: channelOf(text, toks[subjFrom]!.start, toks[Math.min(n - 1, Math.max(i, j))]!.end, lemma),
        via,
        quotedBy: null
      })
      continue
    }
    // A bare clause: "Zarif said the Islamic Republic doesn't ...".
    if (!atEnd && nextTok !== undefined && nextTok.kind !== 'punct' && BARE_CLAUSE.has(lemma)) {
      frames.push(frame(text, 'preposed', lemma, t, subject, clauseFrom(text, toks, j, endOfClause), attributionSpan(toks, subjFrom, j), toks, subject!.range.to, j, null, via))
    }
  }
  return frames
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const frame = (
  text: string,
  kind: FrameKind,
  lemma: string,
  verb: Token,
  subject: FoundMention | null,
  clause: Span | null,
  attribution: Span,
  toks: ReadonlyArray<Token>,
  from: number,
  to: number,
  quotedBy: FoundMention | null,
  via: ReadonlyArray<FoundMention> = []
): Frame => {
  // The channel is named between the speaker and the clause ("said in a televised interview that"),
  // or in an opening adverbial ("In a post on his Twitter account, X said").
  const lead = leadingAdverbialEnd(toks)
  if (lead !== null && subject !== null && toks[subject.range.from]!.start >= lead) from = 0
  const lo = toks[Math.max(0, Math.min(from, toks.length - 1))]
  const hi = toks[Math.max(0, Math.min(Math.max(to - 1, from), toks.length - 1))]
  const s = Math.min(verb.start, lo?.start ?? verb.start)
  const e = Math.max(verb.end, hi?.end ?? verb.end)
  return {
    kind,
    lemma,
    verb: { start: verb.start, end: verb.end },
    subject,
    clause,
    attribution,
    channel: channelOf(text, s, e, lemma),
    via,
    quotedBy
  }
}

/** The channel named between [from, to) in text (or in tokens [tf, tt)), else the verb's own. */
/** One alternation over the channel cues, longest first, on word boundaries. */
const CHANNEL_RE = new RegExp(
  `(?<![a-z])(${[...CHANNEL_CUES].sort((a, b) => b.phrase.length - a.phrase.length).map((c) => c.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})s?(?![a-z])`
)
const CHANNEL_OF: ReadonlyMap<string, Channel> = new Map(CHANNEL_CUES.map((c) => [c.phrase, c.channel]))

/** The channel named in text[s, e), else the verb's own (tweet for "tweeted"). */
const channelOf = (text: string, s: number, e: number, lemma: string): Channel | null => {
  if (e > s) {
    const m = CHANNEL_RE.exec(text.slice(s, e).toLowerCase())
    if (m !== null) return CHANNEL_OF.get(m[1]!) ?? null
  }
  return VERB_CHANNEL.get(lemma) ?? null
}

const isOutletLike = (toks: ReadonlyArray<Token>, m: FoundMention): boolean => {
  for (let k = m.range.from; k < m.range.to; k++) if (OUTLET_HEAD_WORDS.has(toks[k]!.norm.replace(/'s$/, ''))) return true
  const all = toks.slice(m.range.from, m.range.to)
  // A short all-capitals acronym ("AP", "AFP") is taken as an outlet when it is the object of "tell"/"to".
  return all.length === 1 && /^[A-Z]{2,5}$/.test(all[0]!.text)
}

/** Skips adverbials after a verb; records outlet-like mentions after "to"/"with"/"by"; says if "that" ends them. */
const scanAdverbials = (toks: ReadonlyArray<Token>, from: number, via: FoundMention[]): { next: number; that: boolean } => {
  let j = from
  const limit = Math.min(toks.length, from + 18)
  while (j < limit) {
    const t = toks[j]!
    if (t.kind === 'word' && t.norm === 'that') return { next: j + 1, that: true }
    if (t.kind === 'word' && ((PRE_VERB_ADVERBS.has(t.norm) && !PP_PREPS.has(t.norm)) || TIME_WORDS.has(t.norm))) {
      j++
      continue
    }
    if (t.kind === 'word' && t.norm === 'once' && toks[j + 1]?.norm === 'again') {
      j += 2
      continue
    }
    if (t.kind === 'word' && PP_PREPS.has(t.norm)) {
      const prep = t.norm
      j++
      if (toks[j] !== undefined && PP_DETERMINERS.has(toks[j]!.norm)) j++
      let words = 0
      const start = j
      while (j < limit && words < 6) {
        const u = toks[j]!
        if (u.kind === 'punct' && u.text !== '-' && u.text !== "'") break
        if (u.kind === 'word' && (u.norm === 'that' || PP_PREPS.has(u.norm) || SUBJECT_PRONOUNS.has(u.norm) || u.norm === 'the' || u.norm === 'a' || u.norm === 'an')) break
        j++
        words++
      }
      if ((prep === 'to' || prep === 'with' || prep === 'by') && j > start) {
        const m = mentionRightOf(toks, start - (PP_DETERMINERS.has(toks[start - 1]!.norm) ? 1 : 0), j)
        if (m !== null && isOutletLike(toks, m)) via.push(m)
      }
      continue
    }
    break
  }
  return { next: j, that: false }
}

const LEAD_ADVERBIAL = new Set(['in', 'on', 'during', 'speaking', 'addressing', 'writing', 'at', 'via', 'through'])

/** End (char) of an opening adverbial such as "In a televised interview on Monday," or null. */
const leadingAdverbialEnd = (toks: ReadonlyArray<Token>): number | null => {
  const first = toks[0]
  if (first === undefined || !LEAD_ADVERBIAL.has(first.norm)) return null
  for (let k = 1; k < Math.min(toks.length, 16); k++) if (toks[k]!.text === ',') return toks[k]!.end
  return null
}

const NOUNY_FORMS = new Set([
  'post', 'posts', 'report', 'reports', 'claim', 'claims', 'tweet', 'tweets', 'comment', 'comments', 'note', 'notes',
  'answer', 'answers', 'reply', 'replies', 'estimate', 'estimates', 'charge', 'charges', 'vow', 'vows', 'pledge',
  'pledges', 'promise', 'promises', 'quote', 'quotes', 'remark', 'remarks', 'brief', 'state', 'states', 'warning',
  'briefing', 'statement', 'concern', 'concerns', 'testimony', 'recall', 'continue', 'respond'
])
const RELATIVES = new Set(['which', 'what', 'whom', 'whose', 'where'])

/** Rejects a "subject" that is really a noun phrase around a noun-like form ("a Twitter post") or sits in a relative clause. */
const plausibleSubject = (toks: ReadonlyArray<Token>, subject: FoundMention, verb: Token): boolean => {
  const before = toks[subject.range.from - 1]
  if (before !== undefined && RELATIVES.has(before.norm)) return false
  // "in what telecoms authorities said was": a relative pronoun just before a truncated mention.
  const before2 = toks[subject.range.from - 2]
  if (before !== undefined && before.kind === 'word' && before2 !== undefined && RELATIVES.has(before2.norm)) return false
  if (!NOUNY_FORMS.has(verb.norm)) return true
  const first = toks[subject.range.from]!
  return !['a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that'].includes(first.norm)
}

const skipLeadAdverbs = (toks: ReadonlyArray<Token>, i: number): number => {
  let k = i
  while (toks[k] !== undefined && (toks[k]!.text === ',' || toks[k]!.text === ':' || (toks[k]!.kind === 'word' && PRE_VERB_ADVERBS.has(toks[k]!.norm)))) k++
  return k
}

const skipCommaAndColon = (toks: ReadonlyArray<Token>, i: number): number => {
  let k = i
  while (toks[k] !== undefined && (toks[k]!.text === ',' || toks[k]!.text === ':')) k++
  return k
}

const afterThat = (toks: ReadonlyArray<Token>, i: number): number => (toks[i]?.norm === 'that' ? i + 1 : i)

const skipBackAdverbs = (toks: ReadonlyArray<Token>, i: number): number => {
  let k = i
  while (k > 0 && toks[k - 1]!.kind === 'word' && (PRE_VERB_ADVERBS.has(toks[k - 1]!.norm) || ['at', 'the', 'same', 'time'].includes(toks[k - 1]!.norm))) k--
  return k
}

/** Position (char) of the last comma/closing mark before token `i`, where a postposed clause ends. */
const lastPunctBefore = (toks: ReadonlyArray<Token>, i: number): number | null => {
  let k = i - 1
  while (k >= 0 && toks[k]!.kind === 'punct' && (toks[k]!.text === ',' || CLOSE_MARKS.has(toks[k]!.text) || toks[k]!.text === '\u2014' || toks[k]!.text === '\u2013')) k--
  if (k < 0) return null
  return toks[k]!.end
}

/** The sentence end without its final punctuation. */
const clauseEndChar = (text: string, s: Span): number => {
  let e = s.end
  while (e > s.start && /[.!?\u2026\s]/.test(text[e - 1]!)) e--
  return e
}

const trimSpan = (text: string, s: number, e: number): Span | null => {
  let a = s
  let b = e
  while (a < b && /[\s,;:]/.test(text[a]!)) a++
  while (b > a && /[\s,;:]/.test(text[b - 1]!)) b--
  return b > a ? { start: a, end: b } : null
}

/**
 * The reported clause from token `cs` to the end of the sentence, cut before a following
 * ", adding/saying ..." or ", according to ...".
 */
const clauseFrom = (text: string, toks: ReadonlyArray<Token>, cs: number, sentenceEnd: number): Span | null => {
  if (cs >= toks.length) return null
  let end = sentenceEnd
  for (let k = cs + 1; k < toks.length; k++) {
    const t = toks[k]!
    if (t.text !== ',') continue
    const u = toks[k + 1]
    if (u === undefined) break
    if ((isParticiple(u) && REPORTING_VERB_LEMMA.has(u.norm)) || (u.norm === 'according' && toks[k + 2]?.norm === 'to')) {
      end = Math.min(end, t.start)
      break
    }
  }
  return trimSpan(text, toks[cs]!.start, end)
}

const attributionSpan = (toks: ReadonlyArray<Token>, from: number, to: number): Span => {
  const a = toks[Math.min(from, toks.length - 1)]!
  const b = toks[Math.min(Math.max(to - 1, from), toks.length - 1)]!
  return { start: a.start, end: Math.max(a.end, b.end) }
}

const accordingFrame = (text: string, sentence: Span, toks: ReadonlyArray<Token>, i: number, sentenceEnd: number): Frame | null => {
  const subject = mentionRightOf(toks, i + 2, toks.length)
  if (subject === null) return null
  const after = subject.range.to
  const attribution = { start: toks[i]!.start, end: toks[after - 1]!.end }
  const verb = { start: toks[i]!.start, end: toks[i + 1]!.end }
  const channel = channelOf(text, attribution.start, attribution.end, 'say')
  const according = (clause: Span | null): Frame => ({ kind: 'according', lemma: 'say', verb, subject, clause, attribution, channel, via: [], quotedBy: null })
  // ", according to X." at the end: the clause is what comes before.
  if (i > 0 && toks[i - 1]!.text === ',') {
    return according(trimSpan(text, sentence.start, toks[i - 1]!.start))
  }
  // "According to X (that track such activity), CLAUSE."
  let comma = after
  if (toks[after]?.text !== ',' && toks[after]?.text !== ':' && i === 0) {
    while (comma < toks.length && comma < after + 14 && toks[comma]!.text !== ',') comma++
  }
  if (toks[comma]?.text === ',' || toks[comma]?.text === ':') {
    const first = toks[comma + 1]
    if (first === undefined) return null
    return according(trimSpan(text, first.start, sentenceEnd))
  }
  return null
}
