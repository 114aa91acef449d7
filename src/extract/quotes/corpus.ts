/**
 * Corpus-wide speakers: article entities merged by name (spelling variants, surname-only
 * forms, acronyms), with one canonical name, a role, and every mention; then the Quote
 * records. Internal to the quotes stage.
 */
import type { ArticleId, QuoteId, SpeakerId } from '../../model/common'
import type { Quote, Speaker } from '../../model/quote'
import { stableId } from '../../internal/hash'
import type { ArticleQuotes, Draft, Entity } from './article'
import { nameKey, nameParts, sameName } from './names'
import { hedgesIn } from './hedges'

interface Ref {
  readonly article: number
  readonly entity: number
}

interface Group {
  readonly refs: Ref[]
}

const normApos = (s: string): string => s.replace(/[\u2018\u2019]/g, "'")

const orgKey = (s: string): string =>
  normApos(s)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** Builds Speakers and Quotes from per-article results. */
export const buildCorpus = (
  results: ReadonlyArray<ArticleQuotes>
): { readonly quotes: ReadonlyArray<Quote>; readonly speakers: ReadonlyArray<Speaker> } => {
  const ent = (r: Ref): Entity => results[r.article]!.entities[r.entity]!
  const refs: Ref[] = results.flatMap((res, article) => res.entities.map((_, entity) => ({ article, entity })))
  // Union-find over entity refs.
  const parent = refs.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!
      i = parent[i]!
    }
    return i
  }
  const union = (a: number, b: number): void => {
    const ra = find(a)
    const rb = find(b)
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
  const mergeable = (e: Entity): boolean => e.names.length > 0 && !e.anonymous && e.kind !== 'description'
  const personLike = (e: Entity): boolean => e.kind === 'person' || e.kind === 'unknown'
  // 1. Full names (two or more parts) with the same key, or a close spelling, merge. Distinct
  // spellings are compared only within a bucket (the first two letters of the last part), so
  // the cost grows with the number of distinct names, not of mentions.
  const fullIdx = refs.map((r, i) => ({ r, i })).filter(({ r }) => mergeable(ent(r)) && personLike(ent(r)))
  const byKey = new Map<string, { name: string; i: number; article: number; parts: ReadonlyArray<string> }>()
  const fullNames: Array<{ name: string; i: number; article: number; parts: ReadonlyArray<string> }> = []
  for (const { r, i } of fullIdx) {
    for (const n of ent(r).names) {
      const parts = nameParts(n)
      if (parts.length < 2) continue
      fullNames.push({ name: n, i, article: r.article, parts })
      const k = parts.join('')
      const seen = byKey.get(k)
      if (seen === undefined) byKey.set(k, { name: n, i, article: r.article, parts })
      else union(seen.i, i)
    }
  }
  const buckets = new Map<string, Array<{ name: string; i: number; parts: ReadonlyArray<string> }>>()
  for (const u of byKey.values()) {
    const b = u.parts[u.parts.length - 1]!.slice(0, 2)
    const xs = buckets.get(b) ?? []
    xs.push(u)
    buckets.set(b, xs)
  }
  for (const xs of buckets.values()) {
    for (let a = 0; a < xs.length; a++) {
      for (let b = a + 1; b < xs.length; b++) {
        const x = xs[a]!
        const y = xs[b]!
        if (find(x.i) !== find(y.i) && (sameName(x.name, y.name) || sameName(y.name, x.name))) union(x.i, y.i)
      }
    }
  }
  // 2. Short forms (one part, or a tail like "Azari-Jahromi") join the one full-name group they
  // end; when several fit, the one in the same article. Full names are grouped by last part and
  // by spelling, so each distinct pair of spellings is compared once.
  const byLast = new Map<string, Map<string, Array<{ i: number; article: number }>>>()
  for (const f of fullNames) {
    const last = f.parts[f.parts.length - 1]!
    const spellings = byLast.get(last) ?? new Map<string, Array<{ i: number; article: number }>>()
    const xs = spellings.get(f.name) ?? []
    xs.push({ i: f.i, article: f.article })
    spellings.set(f.name, xs)
    byLast.set(last, spellings)
  }
  const same = new Map<string, boolean>()
  const sameCached = (a: string, b: string): boolean => {
    const k = `${a}\u0000${b}`
    let v = same.get(k)
    if (v === undefined) {
      v = sameName(a, b)
      same.set(k, v)
    }
    return v
  }
  const infos = new Map<string, { readonly refs: ReadonlySet<number>; readonly articles: ReadonlySet<number> }>()
  const spellingInfo = (full: string, xs: ReadonlyArray<{ i: number; article: number }>) => {
    let info = infos.get(full)
    if (info === undefined) {
      info = { refs: new Set(xs.map((x) => x.i)), articles: new Set(xs.map((x) => x.article)) }
      infos.set(full, info)
    }
    return info
  }
  for (const { r, i } of fullIdx) {
    const e = ent(r)
    const hasFull = e.names.some((n) => nameParts(n).length >= 3 || (nameParts(n).length >= 2 && !/-/.test(n)))
    if (hasFull && e.kind === 'person') continue
    const candidates = new Map<number, number>()
    for (const n of e.names) {
      const parts = nameParts(n)
      const last = parts[parts.length - 1]
      if (last === undefined) continue
      for (const [full, xs] of byLast.get(last) ?? []) {
        if (!sameCached(n, full)) continue
        // Every entity with one spelling already shares a root (step 1); note whether one is local.
        const info = spellingInfo(full, xs)
        if (info.refs.size === 1 && info.refs.has(i)) continue
        const root = find(xs[0]!.i)
        candidates.set(root, Math.max(candidates.get(root) ?? 0, info.articles.has(r.article) ? 1 : 0))
      }
    }
    if (candidates.size === 1) union(i, [...candidates.keys()][0]!)
    else if (candidates.size > 1) {
      const local = [...candidates.entries()].filter(([, l]) => l === 1)
      if (local.length === 1) union(i, local[0]![0])
    }
  }
  // 3. Single-word names never attached to a full name ("Tehran", "Trump") merge by exact key.
  const rootHasFull = new Set(fullNames.map((f) => find(f.i)))
  const singles = new Map<string, number>()
  for (const { r, i } of fullIdx) {
    if (rootHasFull.has(find(i))) continue
    for (const n of ent(r).names) {
      if (nameParts(n).length !== 1) continue
      const k = nameKey(n)
      const seen = singles.get(k)
      if (seen === undefined) singles.set(k, i)
      else union(seen, i)
    }
  }
  // 4. Organisations, outlets and named groups by normalised name or acronym.
  const orgs = new Map<string, number>()
  refs.forEach((r, i) => {
    const e = ent(r)
    if (!mergeable(e) || personLike(e)) return
    for (const k of [...e.names.map(orgKey), ...e.acronyms.map((a) => a.toLowerCase())]) {
      const seen = orgs.get(`${e.kind === 'group' ? 'g' : 'o'}:${k}`)
      if (seen === undefined) orgs.set(`${e.kind === 'group' ? 'g' : 'o'}:${k}`, i)
      else union(seen, i)
    }
  })
  // Groups.
  const groups = new Map<number, Group>()
  refs.forEach((r, i) => {
    const root = find(i)
    const g = groups.get(root) ?? { refs: [] }
    g.refs.push(r)
    groups.set(root, g)
  })
  const used = new Set<string>()
  results.forEach((res, article) => {
    for (const d of res.drafts) {
      if (d.entity !== null) used.add(`${article}:${d.entity}`)
      for (const v of d.via) if ('entity' in v) used.add(`${article}:${v.entity}`)
    }
  })
  const speakerOf = new Map<string, Speaker>()
  const speakers: Speaker[] = []
  for (const g of [...groups.values()]) {
    const es = g.refs.map(ent)
    // A speaker is someone a quote or a chain points to, not every name seen as a sentence subject.
    if (!g.refs.some((r) => used.has(`${r.article}:${r.entity}`))) continue
    const sp = makeSpeaker(g, es, results)
    speakers.push(sp)
    for (const r of g.refs) speakerOf.set(`${r.article}:${r.entity}`, sp)
  }
  speakers.sort((a, b) => (a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : a.id < b.id ? -1 : 1))
  const quotes: Quote[] = []
  results.forEach((res, article) => {
    for (const d of res.drafts) quotes.push(makeQuote(res, d, d.entity === null ? null : speakerOf.get(`${article}:${d.entity}`) ?? null, (i) => speakerOf.get(`${article}:${i}`) ?? null))
  })
  return { quotes, speakers }
}

const KIND: Record<Entity['kind'], Speaker['kind']> = {
  person: 'person',
  organization: 'organization',
  group: 'group',
  outlet: 'outlet',
  unknown: 'unknown',
  description: 'person'
}

const makeSpeaker = (g: Group, es: ReadonlyArray<Entity>, results: ReadonlyArray<ArticleQuotes>): Speaker => {
  const anonymous = es.some((e) => e.anonymous) && es.every((e) => e.names.length === 0)
  const names = es.flatMap((e) => e.names)
  const kindVotes = es.map((e) => KIND[e.kind])
  const kind: Speaker['kind'] = kindVotes.includes('person') ? 'person' : kindVotes.includes('outlet') ? 'outlet' : kindVotes.includes('organization') ? 'organization' : kindVotes.includes('group') ? 'group' : 'unknown'
  let canonical: string
  if (names.length > 0) canonical = kind === 'person' || kind === 'unknown' ? canonicalPersonName(names) : canonicalOrgName(names)
  else {
    const label = es.map((e) => e.label).find((l) => l !== null) ?? 'unknown speaker'
    canonical = anonymous ? `${lowerLead(label)} (anonymous)` : lowerLead(label)
  }
  const roleCounts = new Map<string, { role: string; score: number }>()
  for (const e of es) {
    for (const r of e.roles) {
      const k = normApos(r.role).toLowerCase()
      const cur = roleCounts.get(k) ?? { role: normApos(r.role), score: 0 }
      cur.score += r.weight
      roleCounts.set(k, cur)
    }
  }
  const role = [...roleCounts.values()].sort((a, b) => b.score - a.score || b.role.length - a.role.length || (a.role < b.role ? -1 : 1))[0]?.role ?? null
  const variants = [...new Set([...names, ...es.flatMap((e) => e.titled), ...(names.length === 0 ? es.map((e) => e.label).filter((l): l is string => l !== null) : [])])].sort()
  const mentions = g.refs
    .flatMap((r) => results[r.article]!.entities[r.entity]!.mentions.map((s) => ({ articleId: results[r.article]!.article.id, start: s.start, end: s.end })))
    .sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start))
  const first = mentions[0]
  const id = anonymous || names.length === 0
    ? stableId('spk', canonical, first?.articleId ?? '', first?.start ?? 0)
    : stableId('spk', kind, kind === 'person' || kind === 'unknown' ? nameKey(canonical) : orgKey(canonical))
  return {
    id: id as SpeakerId,
    canonical,
    variants,
    role,
    kind,
    anonymous,
    mentions
  }
}

/** Longest full-name form (most letters in its key), then the most frequent spelling, then the one without hyphens. */
const canonicalPersonName = (names: ReadonlyArray<string>): string => {
  const byKey = new Map<string, Map<string, number>>()
  for (const n of names) {
    const k = nameKey(n)
    const forms = byKey.get(k) ?? new Map<string, number>()
    forms.set(n, (forms.get(n) ?? 0) + 1)
    byKey.set(k, forms)
  }
  const bestKey = [...byKey.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0]!
  const forms = [...byKey.get(bestKey)!.entries()]
  forms.sort((a, b) => b[1] - a[1] || hyphens(a[0]) - hyphens(b[0]) || b[0].split(' ').length - a[0].split(' ').length || (a[0] < b[0] ? -1 : 1))
  return forms[0]![0]
}

const hyphens = (s: string): number => (s.match(/-/g) ?? []).length

const canonicalOrgName = (names: ReadonlyArray<string>): string =>
  [...names].map((n) => n.replace(/^the\s+/i, '')).sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0]!

const lowerLead = (s: string): string => {
  const t = s.replace(/^(?:the|their|its|his|her|our)\s+/i, '')
  const first = t.split(/\s+/)[0] ?? ''
  // Lower-case an opening determiner or number word ("Two American officials" -> "two American officials").
  return /^(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Some|Many|Few|Senior|Other|Another|Officials|Sources|Authorities)$/.test(first)
    ? first.toLowerCase() + t.slice(first.length)
    : t
}

const makeQuote = (
  res: ArticleQuotes,
  d: Draft,
  speaker: Speaker | null,
  speakerOfEntity: (i: number) => Speaker | null
): Quote => {
  const text = res.article.text.slice(d.start, d.end)
  const chain: string[] = []
  if (speaker !== null) chain.push(speaker.canonical)
  for (const v of d.via) {
    const name = 'name' in v ? v.name : speakerOfEntity(v.entity)?.canonical ?? null
    if (name !== null && chain[chain.length - 1] !== name) chain.push(name)
  }
  const outlet = res.article.outlet?.name ?? null
  if (outlet !== null && chain.length > 0 && chain[chain.length - 1] !== outlet) chain.push(outlet)
  const role = d.mention?.role ?? speaker?.role ?? null
  return {
    id: stableId('q', res.article.id, d.start, d.end, d.direct ? 'd' : 'r') as QuoteId,
    articleId: res.article.id as ArticleId,
    text,
    start: d.start,
    end: d.end,
    parts: d.parts,
    direct: d.direct,
    isStatement: d.isStatement,
    notStatementReason: d.reason,
    speaker: speaker?.canonical ?? null,
    speakerId: speaker?.id ?? null,
    speakerMention: d.mention === null ? null : { text: d.mention.text, start: d.mention.start, end: d.mention.end },
    role,
    anonymous: speaker?.anonymous ?? false,
    verb: d.verb,
    channel: d.channel,
    chain,
    hedges: hedgesIn(text)
  }
}
