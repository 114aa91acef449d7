/**
 * One article's quotations and attributions, with speaker mentions resolved to article-level
 * entities (pronouns, descriptions, surname-only forms). Internal to the quotes stage; the
 * corpus step (corpus.ts) merges entities across articles into Speakers.
 */
import type { Article } from '../../model/article'
import type { Span } from '../../model/common'
import type { Channel, NotStatementReason } from '../../model/quote'
import { splitSentences } from '../../text/sentences'
import { tokenize, type Token } from '../../text/tokens'
import { ANONYMITY_PHRASES, SOURCE_NOUNS } from '../lexicons/anonymity'
import { DOCUMENT_NOUNS } from '../lexicons/reporting-verbs'
import { clauseLike, notStatementReason } from './classify'
import { findFrames, type Frame } from './frames'
import { findQuotations, type Quotation } from './marks'
import { readMention, subjectAt, type FoundMention, type Mention } from './mentions'
import { sameName } from './names'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** A speaker within one article, before corpus-wide merging. */
export interface Entity {
  kind: 'person' | 'organization' | 'group' | 'outlet' | 'unknown' | 'description'
  readonly names: string[]
  readonly titled: string[]
  /** Roles with a weight: 2 when stated (prefix or appositive), 1 when inferred from a description. */
  readonly roles: Array<{ readonly role: string; readonly weight: number }>
  gender: 'm' | 'f' | null
  plural: boolean
  anonymous: boolean
  /** The description an anonymous speaker is known by ("two American officials"). */
  label: string | null
  readonly acronyms: string[]
  head: string
  readonly mentions: Span[]
  lastPos: number
  readonly channels: Channel[]
}

/** A quote before ids and corpus-wide speaker names are attached. */
export interface Draft {
  readonly start: number
  readonly end: number
  readonly parts: ReadonlyArray<Span>
  readonly direct: boolean
  readonly isStatement: boolean
  readonly reason: NotStatementReason | null
  readonly verb: string | null
  readonly channel: Channel | null
  readonly mention: Mention | null
  readonly entity: number | null
  /** Outlet names (or entity indices for "the same news outlet") the statement passed through. */
  readonly via: ReadonlyArray<ViaRef>
}

export type ViaRef = { readonly name: string } | { readonly entity: number }

export interface ArticleQuotes {
  readonly article: Article
  readonly drafts: ReadonlyArray<Draft>
  readonly entities: ReadonlyArray<Entity>
}

interface Ctx {
  readonly sentence: Span
  readonly toks: ReadonlyArray<Token>
  readonly para: number
}

interface FrameAt {
  readonly frame: Frame
  readonly ctx: Ctx
  /** Set when this frame only names an intermediary for another ("..., Press TV reported."). */
  intermediaryFor: FrameAt | null
  readonly extraVia: FoundMentionAt[]
}

interface FoundMentionAt {
  readonly found: FoundMention
  readonly ctx: Ctx
}

interface QuoteAt {
  q: Quotation
  readonly para: number
  frame: FrameAt | null
}

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

/** The regions quotes are read from: the headline and body paragraphs, or (when none were found) the text split on blank lines. */
export const bodyRegions = (article: Article): ReadonlyArray<Span> => {
  if (article.paragraphs.length > 0) {
    const body = article.paragraphs.filter((p) => p.start >= 0 && p.end <= article.text.length && p.end > p.start)
    // The headline too, when it stands before the body ("Strikers vow 'no surrender', union says").
    const t = article.title
    const first = body[0]
    if (t !== null && first !== undefined && t.end <= first.start && t.start >= 0 && t.end > t.start) return [{ start: t.start, end: t.end }, ...body]
    return body
  }
  const out: Span[] = []
  const re = /\n[^\S\n]*\n/g
  let from = 0
  let m: RegExpExecArray | null
  while ((m = re.exec(article.text)) !== null) {
    if (m.index > from) out.push({ start: from, end: m.index })
    from = m.index + m[0].length
  }
  if (from < article.text.length) out.push({ start: from, end: article.text.length })
  return out.filter((s) => !article.boilerplate.some((b) => b.start <= s.start && b.end >= s.end) && /\S/.test(article.text.slice(s.start, s.end)))
}

/** An agency-style dateline: capitalised place, optional date and agency, then a dash. */
const DATELINE = /^[A-Z][A-Z.'\u2019 -]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014]+\s+/

const OPENERS = /["\u201c\u201d\u00ab\u00bb\u201e'\u2018\u2019]/

/** Finds quotes and attributions in one article and resolves speaker mentions within it. */
export const articleQuotes = (article: Article): ArticleQuotes => {
  const text = article.text
  const regions = bodyRegions(article)
  const quotations = findQuotations(text, regions)
  // Sentences, tokens and frames.
  const frames: FrameAt[] = []
  const subjects: FoundMentionAt[] = []
  const sentences: Span[] = []
  let qp = 0
  regions.forEach((region, para) => {
    for (const sentence of splitSentences(text, region)) {
      sentences.push(sentence)
      const toks = tokenize(text, sentence)
      // Quotations are sorted and do not overlap: walk them with the tokens.
      const quoted = toks.map((t) => {
        while (qp < quotations.length && quotations[qp]!.close <= t.start) qp++
        const q = quotations[qp]
        return q !== undefined && q.open <= t.start && t.start < q.close
      })
      const ctx: Ctx = { sentence, toks, para }
      for (const f of findFrames(text, sentence, toks, quoted)) frames.push({ frame: f, ctx, intermediaryFor: null, extraVia: [] })
      const subj = subjectAt(toks, 0, toks.length)
      // Only named subjects matter here (they make pronouns resolvable): a capitalised last word.
      if (subj !== null && quoted[subj.range.from] !== true && /^\p{Lu}/u.test(toks[subj.range.to - 1]!.text)) subjects.push({ found: subj, ctx })
    }
  })
  const near = framesNear(frames)
  markIntermediaries(article, frames)
  // Attach quotations to frames.
  const quotes: QuoteAt[] = quotations.map((q) => ({ q, para: paraOf(regions, q.open), frame: null }))
  for (const qa of quotes) qa.frame = directFrame(text, qa.q, near(qa.q.open, qa.q.close))
  const merged = mergeInterrupted(text, quotes, near)
  // Drafts.
  const drafts: Array<{ draft: Omit<Draft, 'entity' | 'mention'>; found: FoundMentionAt | null; fa: FrameAt | null; inherit: boolean }> = []
  const usedFrames = new Set<FrameAt>()
  for (const qa of merged) {
    const content = qa.q.parts.map((p) => text.slice(p.start, p.end)).join(' ')
    const sentence = sentenceAround(sentences, qa.q.open, regions)
    // The classifier only looks a few words either side of the marks.
    const before = text.slice(Math.max(sentence.start, qa.q.open - 120), qa.q.open)
    const after = text.slice(qa.q.close, Math.min(sentence.end, qa.q.close + 120))
    const lastPart = qa.q.parts[qa.q.parts.length - 1]!
    const commaInside = text.slice(lastPart.end, qa.q.close).includes(',')
    const reason = notStatementReason(content, before, after, qa.frame !== null, commaInside)
    const enclosing = qa.frame ?? enclosingFrame(near(qa.q.open, qa.q.close), qa.q)
    if (qa.frame !== null) usedFrames.add(qa.frame)
    const first = qa.q.parts[0]!
    const last = qa.q.parts[qa.q.parts.length - 1]!
    const fa = reason === null ? enclosing : qa.frame === null ? enclosing : qa.frame
    drafts.push({
      draft: {
        start: first.start,
        end: last.end,
        parts: qa.q.parts,
        direct: true,
        isStatement: reason === null,
        reason,
        verb: fa?.frame.lemma ?? null,
        channel: fa?.frame.channel ?? null,
        via: []
      },
      found: fa !== null ? subjectOf(fa) : null,
      fa,
      inherit: fa === null && reason === null
    })
  }
  // Reported speech: frames whose clause is not a directly attributed quotation.
  for (const fa of frames) {
    if (usedFrames.has(fa) || fa.intermediaryFor !== null) continue
    const clause0 = fa.frame.clause
    if (clause0 === null || (fa.frame.subject === null && subjectOf(fa) === null)) continue
    // Keep a quotation that ends the clause whole: `used the "well-known APT27", he said`.
    const open = merged.find((qa) => qa.q.open >= clause0.start && qa.q.open < clause0.end && qa.q.close > clause0.end && qa.q.close <= clause0.end + 2)
    const clause1 = open === undefined ? clause0 : { start: clause0.start, end: open.q.close }
    // A dateline opening the sentence ("LAGOS, March 3 (Reuters) - ") is not part of what was said.
    const dl = DATELINE.exec(text.slice(clause1.start, clause1.start + 90))
    const clause = dl === null ? clause1 : { start: clause1.start + dl[0].length, end: clause1.end }
    if (clause.end <= clause.start) continue
    if (merged.some((qa) => qa.frame === fa)) continue
    const content = text.slice(clause.start, clause.end)
    if (clauseLike(content).words < 3) continue
    // A clause that is itself one whole quotation is covered by the direct quote.
    if (merged.some((qa) => qa.q.open <= clause.start + 1 && qa.q.close >= clause.end - 1)) continue
    drafts.push({
      draft: {
        start: clause.start,
        end: clause.end,
        parts: [clause],
        direct: false,
        isStatement: true,
        reason: null,
        verb: fa.frame.lemma,
        channel: fa.frame.channel,
        via: []
      },
      found: subjectOf(fa),
      fa,
      inherit: false
    })
  }
  drafts.sort((a, b) => a.draft.start - b.draft.start || Number(b.draft.direct) - Number(a.draft.direct))
  return resolveArticle(article, drafts, subjects)
}

// -------------------------------------------------------------------------------------
// internal: matching quotations and frames
// -------------------------------------------------------------------------------------

/** Frames of the sentences that overlap [from, to), found by binary search (frames are in text order). */
const framesNear = (frames: ReadonlyArray<FrameAt>) => (from: number, to: number): ReadonlyArray<FrameAt> => {
  let lo = 0
  let hi = frames.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (frames[mid]!.ctx.sentence.end <= from) lo = mid + 1
    else hi = mid
  }
  const out: FrameAt[] = []
  for (let k = lo; k < frames.length && frames[k]!.ctx.sentence.start < to; k++) out.push(frames[k]!)
  return out
}

const paraOf = (regions: ReadonlyArray<Span>, pos: number): number => {
  let lo = 0
  let hi = regions.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (regions[mid]!.end <= pos) lo = mid + 1
    else hi = mid
  }
  return Math.min(lo, regions.length - 1)
}

const subjectOf = (fa: FrameAt): FoundMentionAt | null => (fa.frame.subject === null ? null : { found: fa.frame.subject, ctx: fa.ctx })

const onlyPunct = (s: string): boolean => /^[\s\u00a0,.:;\-\u2013\u2014"'\u201c\u201d\u2018\u2019\u00ab\u00bb]*$/.test(s)

/** The frame that directly introduces or follows quotation `q` ("X said, "..."", ""...," X said"). */
const directFrame = (text: string, q: Quotation, frames: ReadonlyArray<FrameAt>): FrameAt | null => {
  for (const fa of frames) {
    const f = fa.frame
    const c = f.clause
    if (c === null || fa.intermediaryFor !== null) continue
    const pre = f.kind === 'preposed' || f.kind === 'participle' || f.kind === 'quoted-as' || (f.kind === 'according' && f.verb.start < q.open)
    if (pre) {
      // The clause starts at the opening mark.
      if (Math.abs(c.start - q.open) <= 1 && f.verb.end <= q.open) return fa
    } else if (q.close >= c.end && q.close <= c.end + 3 && onlyPunct(text.slice(c.end, q.close))) {
      // The clause ends at the closing mark; the quote opens the clause (or follows a short lead-in ending in , : or -).
      const lead = text.slice(c.start, q.open)
      if (lead.length <= 2 || /[,:\-\u2013\u2014]\s*$/.test(lead) || q.close - q.open >= 0.6 * (c.end - c.start)) return fa
    }
  }
  return null
}

/** The reporting frame whose clause contains quotation `q` (a partial quote in reported speech). */
const enclosingFrame = (frames: ReadonlyArray<FrameAt>, q: Quotation): FrameAt | null => {
  for (const fa of frames) {
    const c = fa.frame.clause
    if (c !== null && fa.intermediaryFor === null && c.start <= q.open && c.end >= q.close - 2) return fa
  }
  return null
}

/** Marks frames that only name an outlet passing on another frame's statement. */
const markIntermediaries = (article: Article, frames: ReadonlyArray<FrameAt>): void => {
  for (let at = 0; at < frames.length; at++) {
    const outer = frames[at]!
    const s = outer.frame.subject
    if (s === null || outer.frame.clause === null) continue
    // Only a capitalised or outlet-like mention can name an outlet: skip pronouns cheaply.
    if (s.range.to - s.range.from === 1 && outer.ctx.toks[s.range.from]!.text.toLowerCase() === outer.ctx.toks[s.range.from]!.text) continue
    const m = readAt(article, outer.ctx.toks, s)
    if (m.kind !== 'outlet' && !(outer.frame.kind === 'according' && m.kind === 'organization' && m.name !== null)) continue
    const c = outer.frame.clause
    let inner: FrameAt | undefined
    for (let k = at - 1; k >= 0 && frames[k]!.ctx === outer.ctx && inner === undefined; k--) if (isInner(frames[k]!, outer, c)) inner = frames[k]
    for (let k = at + 1; k < frames.length && frames[k]!.ctx === outer.ctx && inner === undefined; k++) if (isInner(frames[k]!, outer, c)) inner = frames[k]
    if (inner === undefined) continue
    outer.intermediaryFor = inner
    inner.extraVia.push({ found: s, ctx: outer.ctx })
  }
}

const isInner = (fa: FrameAt, outer: FrameAt, c: Span): boolean =>
  fa !== outer && fa.frame.subject !== null && fa.frame.verb.start >= c.start && fa.frame.verb.end <= c.end

/** Joins `"a," he said, "b"` into one quote with two parts, attributed to the frame between them. */
const mergeInterrupted = (
  text: string,
  quotes: ReadonlyArray<QuoteAt>,
  near: (from: number, to: number) => ReadonlyArray<FrameAt>
): ReadonlyArray<QuoteAt> => {
  const out: QuoteAt[] = []
  for (const qa of quotes) {
    const prev = out[out.length - 1]
    if (prev !== undefined && prev.para === qa.para && !qa.q.single && !prev.q.single) {
      const gap = text.slice(prev.q.close, qa.q.open)
      const f = near(prev.q.close, qa.q.open).find(
        (fa) =>
          (fa.frame.kind === 'preposed' || fa.frame.kind === 'postposed' || fa.frame.kind === 'inverted') &&
          fa.frame.subject !== null &&
          fa.frame.verb.start >= prev.q.close &&
          fa.frame.verb.end <= qa.q.open
      )
      if (f !== undefined && gap.length <= 160 && !OPENERS.test(gap.replace(/^[\s,]*["\u201d\u00bb]?/, '').replace(/["\u201c\u00ab]\s*$/, ''))) {
        const subjStart = f.ctx.toks[f.frame.subject!.range.from]!.start
        const rest = text.slice(prev.q.close, subjStart) + text.slice(Math.max(f.frame.attribution.end, f.frame.verb.end), qa.q.open)
        const restOk = onlyPunct(text.slice(prev.q.close, subjStart)) && text.slice(Math.max(f.frame.attribution.end, f.frame.verb.end), qa.q.open).length <= 60
        const bothSpeech = clauseLike(partsText(text, prev.q)).clause && clauseLike(partsText(text, qa.q)).clause
        if (restOk && bothSpeech && rest.length >= 0 && (prev.frame === null || prev.frame === f) && (qa.frame === null || qa.frame === f)) {
          out[out.length - 1] = {
            q: { parts: [...prev.q.parts, ...qa.q.parts], open: prev.q.open, close: qa.q.close, single: false },
            para: prev.para,
            frame: f
          }
          continue
        }
      }
    }
    out.push(qa)
  }
  return out
}

const partsText = (text: string, q: Quotation): string => q.parts.map((p) => text.slice(p.start, p.end)).join(' ')

const sentenceAround = (sentences: ReadonlyArray<Span>, pos: number, regions: ReadonlyArray<Span>): Span => {
  let lo = 0
  let hi = sentences.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sentences[mid]!.end <= pos) lo = mid + 1
    else hi = mid
  }
  const s = sentences[lo]
  if (s !== undefined && s.start <= pos) return s
  return regions[paraOf(regions, pos)] ?? { start: pos, end: pos }
}

// -------------------------------------------------------------------------------------
// internal: resolving mentions to entities
// -------------------------------------------------------------------------------------

const GENERIC_HEADS = new Set(['official', 'officer', 'source', 'person', 'spokesperson', 'spokesman', 'spokeswoman', 'aide', 'adviser', 'advisor'])

const roleWords = (e: Entity): ReadonlySet<string> =>
  new Set(e.roles.flatMap((r) => r.role.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length > 2))

/** Compatibility through the role's own words only (no generic "official" fallback), for forward resolution. */
const strictRoleCompatible = (e: Entity, m: Mention): boolean => {
  const words = roleWords(e)
  if (words.has(m.head)) return true
  const mine = (m.role ?? '').toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 3 && w !== m.head && !GENERIC_HEADS.has(w))
  return mine.some((w) => words.has(w))
}

const roleCompatible = (e: Entity, m: Mention): boolean => {
  const words = roleWords(e)
  if (words.has(m.head)) return true
  if (m.role !== null) {
    const mine = m.role.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 3 && w !== m.head)
    if (mine.some((w) => words.has(w) || [...words].some((x) => x.length > 5 && (x.includes(w) || w.includes(x))))) return true
  }
  return GENERIC_HEADS.has(m.head) && words.size > 0
}

const newEntity = (kind: Entity['kind'], m: Mention): Entity => ({
  kind,
  names: m.name !== null && kind !== 'description' ? [m.name] : [],
  titled: m.titledName !== null && m.titledName !== m.name ? [m.titledName] : [],
  roles: m.role !== null ? [{ role: m.role, weight: m.kind === 'person' ? 2 : 1 }] : [],
  gender: m.gender,
  plural: m.plural,
  anonymous: m.anonymous,
  label: kind === 'description' || (kind === 'group' && m.name === null) ? m.text : null,
  acronyms: m.acronym !== null ? [m.acronym] : [],
  head: m.head,
  mentions: [],
  lastPos: m.start,
  channels: []
})

const touch = (e: Entity, m: Mention): void => {
  e.mentions.push({ start: m.start, end: m.end })
  e.lastPos = Math.max(e.lastPos, m.start)
  if (m.name !== null && (m.kind === 'person' || m.kind === 'unknown' || m.kind === 'organization' || m.kind === 'outlet') && !e.names.includes(m.name)) e.names.push(m.name)
  if (m.titledName !== null && m.titledName !== m.name && !e.titled.includes(m.titledName)) e.titled.push(m.titledName)
  if (m.role !== null && (m.kind === 'person' || m.kind === 'description')) e.roles.push({ role: m.role, weight: m.kind === 'person' ? 2 : 1 })
  if (m.acronym !== null && !e.acronyms.includes(m.acronym)) e.acronyms.push(m.acronym)
  if (m.gender !== null && e.gender === null) e.gender = m.gender
  if (m.kind === 'person' && (e.kind === 'unknown' || e.kind === 'description')) e.kind = 'person'
}

const orgKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['\u2019]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

const isPersonLike = (e: Entity): boolean => e.kind === 'person' || (e.kind === 'unknown' && e.names.length > 0) || (e.kind === 'description' && !e.plural)

const resolveArticle = (
  article: Article,
  drafts: ReadonlyArray<{ draft: Omit<Draft, 'entity' | 'mention'>; found: FoundMentionAt | null; fa: FrameAt | null; inherit: boolean }>,
  subjects: ReadonlyArray<FoundMentionAt>
): ArticleQuotes => {
  const text = article.text
  const ents: Entity[] = []
  const pending: Array<{ entity: number; mention: Mention }> = []

  const findByName = (m: Mention): number => {
    const name = m.name!
    for (let i = ents.length - 1; i >= 0; i--) {
      const e = ents[i]!
      if (e.kind === 'description' || e.kind === 'group' && e.names.length === 0) continue
      if (m.kind === 'organization' || m.kind === 'outlet') {
        if (e.names.some((n) => orgKey(n) === orgKey(name)) || (m.acronym !== null && e.acronyms.includes(m.acronym)) || e.acronyms.some((a) => a === name)) return i
        continue
      }
      if (e.kind !== 'person' && e.kind !== 'unknown') continue
      if (e.names.some((n) => sameName(name, n) || sameName(n, name))) return i
    }
    return -1
  }

  const resolve = (m: Mention): number | null => {
    switch (m.kind) {
      case 'pronoun': {
        if (m.head === 'i') return null
        const i = mostRecent(ents, m.start, (e) =>
          m.head === 'he' || m.head === 'she'
            ? isPersonLike(e) && !e.plural && (e.gender === null || e.gender === m.gender)
            : m.head === 'they' || m.head === 'we'
              ? e.plural || e.kind === 'organization' || e.kind === 'outlet' || e.kind === 'group'
              : e.kind === 'organization' || e.kind === 'outlet'
        )
        if (i !== null && (m.head === 'he' || m.head === 'she') && ents[i]!.gender === null) ents[i]!.gender = m.gender
        return i
      }
      case 'document': {
        const ch = DOCUMENT_NOUNS.get(m.head)
        return ch === undefined ? null : mostRecent(ents, m.start, (e) => e.channels.includes(ch))
      }
      case 'person':
      case 'unknown': {
        if (m.name === null) return null
        const i = findByName(m)
        if (i !== -1) return i
        ents.push(newEntity(m.kind, m))
        return ents.length - 1
      }
      case 'organization':
      case 'outlet': {
        if (m.name === null) {
          // "the same news outlet", "the agency": the last organisation or outlet.
          const order = ents.map((e, i) => ({ e, i })).filter(({ e }) => e.lastPos < m.start && (e.kind === 'outlet' || e.kind === 'organization'))
          order.sort((a, b) => b.e.lastPos - a.e.lastPos)
          const wantOutlet = /outlet|news|paper|agency|network|channel|broadcaster/.test(m.text.toLowerCase())
          const sameHead = order.find(({ e }) => e.head === m.head || e.names.some((n) => n.toLowerCase().split(/\s+/).includes(m.head)))
          const hit = sameHead ?? (wantOutlet ? order.find(({ e }) => e.kind === 'outlet') : undefined)
          if (hit !== undefined) return hit.i
          const e = newEntity(m.kind, m)
          e.label = m.text
          ents.push(e)
          return ents.length - 1
        }
        const i = findByName(m)
        if (i !== -1) return i
        ents.push(newEntity(m.kind, m))
        return ents.length - 1
      }
      case 'group': {
        if (m.name !== null) {
          const i = ents.findIndex((e) => e.kind === 'group' && e.names.some((n) => orgKey(n) === orgKey(m.name!)))
          if (i !== -1) return i
          ents.push(newEntity('group', m))
          return ents.length - 1
        }
        if (m.definite) {
          const order = ents.map((e, i) => ({ e, i })).filter(({ e }) => e.lastPos < m.start && e.kind === 'group' && e.names.length === 0)
          order.sort((a, b) => b.e.lastPos - a.e.lastPos)
          const same = order.find(({ e }) => e.head === m.head)
          if (same !== undefined) return same.i
          const anon = order.find(({ e }) => e.anonymous)
          if (anon !== undefined) return anon.i
        }
        const same = ents.findIndex((e) => e.kind === 'group' && e.label !== null && e.label.toLowerCase() === m.text.toLowerCase())
        if (same !== -1) return same
        const e = newEntity('group', m)
        e.anonymous = m.anonymous || !m.definite
        ents.push(e)
        return ents.length - 1
      }
      case 'description': {
        if (!m.anonymous || m.definite) {
          const order = ents.map((e, i) => ({ e, i })).filter(({ e }) => e.lastPos < m.start && e.kind === 'person')
          order.sort((a, b) => b.e.lastPos - a.e.lastPos)
          const hit = order.find(({ e }) => roleCompatible(e, m)) ?? (m.definite && GENERIC_HEADS.has(m.head) ? order.find(({ e }) => e.roles.length === 0) : undefined)
          if (hit !== undefined) return hit.i
        }
        const e = newEntity('description', m)
        ents.push(e)
        if (!/\b(?:unnamed|anonymous|unidentified)\b/i.test(m.text)) pending.push({ entity: ents.length - 1, mention: m })
        return ents.length - 1
      }
    }
  }

  // Walk attributions and sentence subjects in text order.
  type Step = { kind: 'draft'; index: number; pos: number } | { kind: 'subject'; index: number; pos: number }
  const steps: Step[] = [
    ...drafts.map((d, index): Step => ({ kind: 'draft', index, pos: d.found !== null ? d.found.ctx.toks[d.found.found.range.from]!.start : d.draft.start })),
    ...subjects.map((s, index): Step => ({ kind: 'subject', index, pos: s.ctx.toks[s.found.range.from]!.start }))
  ].sort((a, b) => a.pos - b.pos || (a.kind === 'subject' ? -1 : 1))
  const entityOf = new Map<number, number | null>()
  const mentionOf = new Map<number, Mention | null>()
  const seenMention = new Map<string, number | null>()
  let lastSpeaker: { entity: number | null; mention: Mention | null; end: number; para: number } | null = null
  for (const step of steps) {
    if (step.kind === 'subject') {
      const s = subjects[step.index]!
      const m = readAt(article, s.ctx.toks, s.found)
      if (m.kind !== 'person' || m.name === null) continue
      const key = `${m.start}:${m.end}`
      if (seenMention.has(key)) continue
      const i = resolve(m)
      seenMention.set(key, i)
      if (i !== null) touch(ents[i]!, m)
      continue
    }
    const d = drafts[step.index]!
    if (d.found === null) {
      if (d.inherit && lastSpeaker !== null && lastSpeaker.end <= d.draft.start && d.draft.start - lastSpeaker.end <= 700) {
        entityOf.set(step.index, lastSpeaker.entity)
        mentionOf.set(step.index, null)
      } else {
        entityOf.set(step.index, null)
        mentionOf.set(step.index, null)
      }
      continue
    }
    const m = readAt(article, d.found.ctx.toks, d.found.found)
    const key = `${m.start}:${m.end}`
    let i: number | null
    if (seenMention.has(key)) i = seenMention.get(key)!
    else {
      i = resolve(m)
      seenMention.set(key, i)
      if (i !== null) touch(ents[i]!, m)
    }
    if (i !== null && d.draft.channel !== null && !ents[i]!.channels.includes(d.draft.channel)) ents[i]!.channels.push(d.draft.channel)
    // A description never followed by a name is an anonymous source unless stated otherwise.
    entityOf.set(step.index, i)
    mentionOf.set(step.index, m)
    if (d.draft.isStatement) lastSpeaker = { entity: i, mention: m, end: d.draft.end, para: 0 }
  }
  // Anonymity stated near a mention ("a spokesperson, who asked not to be named, said").
  markStatedAnonymity(text, ents)
  // Forward resolution: "an Iranian minister tweeted ..." then "Mohammad Azari, Iran's minister for ...".
  const redirect = new Map<number, number>()
  for (const p of pending) {
    const e = ents[p.entity]!
    if (e.kind !== 'description' || e.anonymous && statedAnonymous(text, e)) continue
    const later = ents
      .map((x, i) => ({ x, i }))
      .filter(({ x }) => x.kind === 'person' && x.mentions.some((s) => s.start > p.mention.start))
      .sort((a, b) => firstAfter(a.x, p.mention.start) - firstAfter(b.x, p.mention.start))
    const next = later[0]
    // A role-less name right after the description (the lede pattern) or a name whose role matches.
    const near = next !== undefined && firstAfter(next.x, p.mention.start) - p.mention.end <= 400
    if (next !== undefined && (strictRoleCompatible(next.x, p.mention) || (next.x.roles.length === 0 && near))) {
      redirect.set(p.entity, next.i)
      const target = ents[next.i]!
      target.mentions.push(...e.mentions)
      e.mentions.length = 0
      if (p.mention.role !== null) target.roles.push({ role: p.mention.role, weight: 1 })
      for (const c of e.channels) if (!target.channels.includes(c)) target.channels.push(c)
    } else {
      // Never named: an anonymous source, unless a definite description of an office ("the regulator").
      e.anonymous = e.anonymous || !p.mention.definite || SOURCE_NOUNS.has(p.mention.head)
    }
  }
  // "he wrote", "she added": the same channel as the speaker's previous statement just before.
  const channelOf: Array<Channel | null> = drafts.map((d) => d.draft.channel)
  let prev: { entity: number | null; end: number; channel: Channel | null } | null = null
  drafts.forEach((d, idx) => {
    const e = entityOf.get(idx) ?? null
    if (!d.draft.isStatement) return
    if (channelOf[idx] === null && prev !== null && e !== null && prev.entity === e && prev.channel !== null && d.draft.start - prev.end <= 400 && (d.draft.verb === 'write' || d.draft.verb === 'add' || d.draft.verb === null)) {
      channelOf[idx] = prev.channel
    }
    prev = { entity: e, end: d.draft.end, channel: channelOf[idx] ?? null }
  })
  // Anonymity stated near a group ("The officials spoke anonymously").
  markStatedAnonymity(text, ents)
  const finalDrafts: Draft[] = drafts.map((d, idx) => {
    let ent = entityOf.get(idx) ?? null
    if (ent !== null && redirect.has(ent)) ent = redirect.get(ent)!
    const via: ViaRef[] = []
    if (d.fa !== null) {
      const fr = d.fa.frame
      if (fr.quotedBy !== null) via.push(viaRef(article, d.fa.ctx, fr.quotedBy, ents, resolve))
      for (const v of fr.via) via.push(viaRef(article, d.fa.ctx, v, ents, resolve))
      for (const v of d.fa.extraVia) via.push(viaRef(article, v.ctx, v.found, ents, resolve))
    }
    const x = d.draft
    return {
      start: x.start,
      end: x.end,
      parts: x.parts,
      direct: x.direct,
      isStatement: x.isStatement,
      reason: x.reason,
      verb: x.verb,
      channel: channelOf[idx] ?? null,
      mention: mentionOf.get(idx) ?? null,
      entity: ent,
      via
    }
  })
  return { article, drafts: finalDrafts, entities: ents }
}

/** Reads a mention; a mention the ingest stage recognised as a cited source is that outlet. */
const mentionCache = new WeakMap<FoundMention, Mention>()

const readAt = (article: Article, toks: ReadonlyArray<Token>, found: FoundMention): Mention => {
  const hit = mentionCache.get(found)
  if (hit !== undefined) return hit
  const m = readCited(article, readMention(article.text, toks, found))
  mentionCache.set(found, m)
  return m
}

const readCited = (article: Article, m: Mention): Mention => {
  if (m.kind !== 'unknown' && m.kind !== 'organization' && m.kind !== 'outlet') return m
  const cited = article.citedSources.find((c) => c.start < m.end && c.end > m.start && c.end - c.start >= 0.5 * (m.end - m.start))
  if (cited === undefined) return m
  return {
    text: m.text,
    start: m.start,
    end: m.end,
    kind: 'outlet',
    name: cited.name,
    titledName: m.titledName,
    role: m.role,
    rank: m.rank,
    head: m.head,
    definite: m.definite,
    plural: m.plural,
    gender: m.gender,
    anonymous: m.anonymous,
    acronym: m.acronym
  }
}

/** Index of the entity last mentioned before `pos` that satisfies `ok`, or null. */
const mostRecent = (ents: ReadonlyArray<Entity>, pos: number, ok: (e: Entity) => boolean): number | null => {
  let best: number | null = null
  for (let i = 0; i < ents.length; i++) {
    const e = ents[i]!
    if (e.lastPos >= pos || !ok(e)) continue
    if (best === null || e.lastPos > ents[best]!.lastPos) best = i
  }
  return best
}

const firstAfter = (e: Entity, pos: number): number => {
  let best = Number.POSITIVE_INFINITY
  for (const s of e.mentions) if (s.start > pos && s.start < best) best = s.start
  return best
}

/** Is an anonymity phrase stated within a short window after one of the entity's mentions? */
const statedAnonymous = (text: string, e: Entity): boolean =>
  e.mentions.some((s) => ANONYMITY_RE.test(text.slice(s.start, Math.min(text.length, s.end + 160))))

const ANONYMITY_RE = new RegExp(ANONYMITY_PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|'), 'i')

const markStatedAnonymity = (text: string, ents: ReadonlyArray<Entity>): void => {
  for (const e of ents) if (!e.anonymous && e.names.length === 0 && statedAnonymous(text, e)) e.anonymous = true
}

const viaRef = (
  article: Article,
  ctx: Ctx,
  found: FoundMention,
  ents: ReadonlyArray<Entity>,
  resolve: (m: Mention) => number | null
): ViaRef => {
  const m = readMention(article.text, ctx.toks, found)
  const cited = article.citedSources.find((c) => c.start < m.end && c.end > m.start)
  if (cited !== undefined) return { name: cited.name }
  if (m.name === null) {
    const i = resolve(m)
    if (i !== null && ents[i] !== undefined) return { entity: i }
    return { name: m.text.replace(/^the\s+/i, '') }
  }
  // "Iran's Tasnim news agency" -> "Tasnim news agency".
  return { name: m.name.replace(/^(?:\S+['\u2019]s\s+)+/, '').replace(/^the\s+/i, '') }
}
