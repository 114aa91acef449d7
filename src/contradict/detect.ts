/**
 * detectContradictions: every pair of claims about one event that a rule says cannot both
 * hold, found without comparing all pairs: claims are blocked by event concept (and, in big
 * blocks, by quarter-year), and only pairs sharing a block are scoped and checked. When every
 * rule declares a `pairing`, a block's pairs are further cut to those some rule can fire on
 * (a denial with a report that it happened, a success with a failure, two figures for one
 * measure, ...), which on news corpora leaves about one block pair in ten.
 *
 * @since 0.1.0
 */
import * as O from 'fp-ts/Option'
import type { Claim } from '../model/claim'
import type { ClaimRef, Contradiction } from '../model/contradiction'
import { unsafeId, type ContradictionId } from '../model/common'
import { stableId } from '../internal/hash'
import { buildCorpus, claimContext, ruleContextFactory, type Corpus, type ContradictionInput } from './context'
import { isHeadConcept, normText, specificStems, targetWords } from './internal/text'
import { stem } from '../text/natural'
import { builtinRules } from './builtin'
import { formatMessage, type Finding, type Rule, type RuleSet } from './rule'
import { eventScope } from './scope'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Options for `detectContradictions`.
 *
 * @example
 * import { builtinRules, type DetectOptions } from 'gainsay'
 * const options: DetectOptions = { rules: builtinRules, minConfidence: 0.5 }
 *
 * @since 0.1.0
 */
export interface DetectOptions {
  /** The rules to run; `builtinRules` when absent. */
  readonly rules?: RuleSet
  /** Findings below this confidence are dropped; 0.4 when absent. */
  readonly minConfidence?: number
  /** Report every rule's finding for a pair rather than the best one; false when absent. */
  readonly allFindingsPerPair?: boolean
}

// -------------------------------------------------------------------------------------
// constants
// -------------------------------------------------------------------------------------

const DEFAULT_MIN_CONFIDENCE = 0.4
const BIG_BLOCK = 40
const MAX_BLOCK = 600
const DAY_MS = 86_400_000

// -------------------------------------------------------------------------------------
// internals
// -------------------------------------------------------------------------------------

const cmp = (x: string | number, y: string | number): number => (x < y ? -1 : x > y ? 1 : 0)

const claimOrder = (x: Claim, y: Claim): number =>
  cmp(x.articleId, y.articleId) || cmp(x.start, y.start) || cmp(x.end, y.end) || cmp(x.id, y.id) || cmp(x.text, y.text)

/** A claim takes part only if its reading can disagree with another's. */
const active = (c: Claim, corpus: Corpus): boolean => {
  const r = corpus.reading(c)
  return (
    r.occurrence !== null ||
    r.outcome !== null ||
    r.effect !== null ||
    r.place !== null ||
    r.responsible !== null ||
    r.responsibilityUnknown ||
    c.quantities.length > 0 ||
    c.times.some((t) => t.relative)
  )
}

/** Quarter-year buckets ("2019q2") a claim's window covers, at most six; none when unbounded. */
const quarters = (c: Claim, corpus: Corpus): ReadonlyArray<string> => {
  const w = corpus.window(c)
  if (!Number.isFinite(w.from) || !Number.isFinite(w.to)) return []
  const q = (day: number): number => {
    const d = new Date(day * DAY_MS)
    return d.getUTCFullYear() * 4 + Math.floor(d.getUTCMonth() / 3)
  }
  const out: string[] = []
  for (let k = q(w.from); k <= q(w.to) && out.length < 6; k++) out.push(`${Math.floor(k / 4)}q${(k % 4) + 1}`)
  return out
}

const MONTH_MS = 30.44 * DAY_MS

/** Months (as "YYYY-MM") an explicit, short window covers; none for vague windows. */
const months = (c: Claim, corpus: Corpus): ReadonlyArray<string> => {
  const w = corpus.window(c)
  if ((w.basis !== 'event' && w.basis !== 'text') || w.to - w.from > 100) return []
  const out: string[] = []
  for (let t = w.from * DAY_MS; t <= w.to * DAY_MS + MONTH_MS && out.length < 4; t += MONTH_MS) {
    const m = new Date(t).toISOString().slice(0, 7)
    if (!out.includes(m)) out.push(m)
  }
  return out
}

/**
 * Blocking keys. Two claims can only be one event if they share a concept and, across
 * articles, an anchor (see `EventScope.anchors`); so each claim is keyed by its article, and by
 * each concept combined with its actor, its target words, its specific words, its object
 * concepts and the months of its explicit dates. Two claims that could be scoped as one event
 * always share a key.
 */
const blockKeys = (c: Claim, corpus: Corpus): ReadonlyArray<string> => {
  const r = corpus.reading(c)
  const concepts = corpus.concepts(c)
  const keys: string[] = []
  if (concepts.length > 0) keys.push(`art:${c.articleId}`)
  const actor = r.actor ?? r.responsible
  const targets = specificStems(targetWords(r.target).map((w) => stem(w)))
  const words = specificStems(r.keywords)
  const ms = months(c, corpus)
  for (const k of concepts) {
    if (actor !== null) keys.push(`c:${k}|a:${actor}`)
    for (const t of targets) keys.push(`c:${k}|t:${t}`)
    for (const w of words) keys.push(`c:${k}|k:${w}`)
    for (const m of ms) keys.push(`c:${k}|m:${m}`)
    if (!isHeadConcept(k)) keys.push(`o:${k}`)
  }
  for (const t of c.times) if (t.relative) keys.push(`r:${normText(t.text)}`)
  return keys
}

/** Binary search: the first position in the ascending list holding a value above `x`. */
const firstAbove = (xs: ReadonlyArray<number>, x: number): number => {
  let lo = 0
  let hi = xs.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((xs[mid] ?? 0) <= x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The rules' pairings as one relation over interned tags: each claim's tags (a tag is a rule's
 * index and its own tag) and, for each tag, the tags it pairs with, made symmetric. Null when
 * a rule declares no pairing: then every pair of a block is a candidate.
 */
const pairingTags = (
  claims: ReadonlyArray<Claim>,
  corpus: Corpus,
  rules: ReadonlyArray<Rule>
): { readonly tagsOf: ReadonlyArray<ReadonlyArray<number>>; readonly partnersOf: ReadonlyArray<ReadonlyArray<number>> } | null => {
  if (rules.length === 0 || rules.some((r) => r.pairing === undefined)) return null
  const ctx = claimContext(corpus)
  const ids = new Map<string, number>()
  const names: Array<readonly [number, string]> = []
  const tagsOf = claims.map((c) => {
    const own: number[] = []
    rules.forEach((rule, r) => {
      for (const t of rule.pairing?.tags(c, ctx) ?? []) {
        const k = `${r}\u0000${t}`
        let id = ids.get(k)
        if (id === undefined) {
          id = names.length
          ids.set(k, id)
          names.push([r, t])
        }
        if (!own.includes(id)) own.push(id)
      }
    })
    return own
  })
  const partners: Array<Set<number>> = names.map(() => new Set())
  names.forEach(([r, t], id) => {
    for (const p of rules[r]?.pairing?.partners(t) ?? []) {
      const other = ids.get(`${r}\u0000${p}`)
      if (other === undefined) continue
      partners[id]?.add(other)
      partners[other]?.add(id)
    }
  })
  return { tagsOf, partnersOf: partners.map((p) => [...p].sort((x, y) => x - y)) }
}

/**
 * Candidate pairs (indices into the sorted claims, i < j), deduplicated, in order: pairs that
 * share a block and, when every rule declares a pairing, that some rule's pairing admits.
 * Exported for the benchmark.
 */
export const candidatePairs = (
  claims: ReadonlyArray<Claim>,
  corpus: Corpus,
  rules?: ReadonlyArray<Rule>
): ReadonlyArray<readonly [number, number]> => {
  const blocks = new Map<string, number[]>()
  claims.forEach((c, i) => {
    for (const k of new Set(blockKeys(c, corpus))) {
      const list = blocks.get(k)
      if (list === undefined) blocks.set(k, [i])
      else list.push(i)
    }
  })
  // Split big blocks by quarter; claims of unknown time go into every quarter of their block.
  // A block is kept as a core and an extra list: its pairs are those within the core and
  // those between core and extra. A quarter is a core with the block's unknown-time claims
  // as extra, and the unknown-time claims among themselves are one more block, so that their
  // pairs are listed once rather than once per quarter.
  const final: Array<readonly [core: ReadonlyArray<number>, extra: ReadonlyArray<number>]> = []
  for (const [key, members] of blocks) {
    if (members.length < 2) continue
    if (members.length <= BIG_BLOCK || key.startsWith('r:') || key.startsWith('art:')) {
      final.push([members, []])
      continue
    }
    const byYear = new Map<string, number[]>()
    const unknown: number[] = []
    for (const i of members) {
      const c = claims[i]
      const ys = c === undefined ? [] : quarters(c, corpus)
      if (ys.length === 0) unknown.push(i)
      for (const y of ys) {
        const list = byYear.get(y)
        if (list === undefined) byYear.set(y, [i])
        else list.push(i)
      }
    }
    // a key shared by too many claims even within a year (a common word, a big actor) does
    // not discriminate events: it is dropped, and pairs it alone would join are not checked
    let unknownPairs = byYear.size === 0 && unknown.length <= MAX_BLOCK
    for (const list of byYear.values())
      if (list.length + unknown.length <= MAX_BLOCK) {
        final.push([list, unknown])
        unknownPairs = true
      }
    if (unknownPairs && unknown.length > 1) final.push([unknown, []])
  }
  const pairing = rules === undefined ? null : pairingTags(claims, corpus, rules)
  // each claim's blocks (2b for the core, 2b + 1 for the extra); with pairings, each block's
  // core and extra by tag (ascending), and only tagged claims take part
  const blocksOf: number[][] = claims.map(() => [])
  const byTag: Array<readonly [ReadonlyMap<number, ReadonlyArray<number>>, ReadonlyMap<number, ReadonlyArray<number>>]> = []
  const bucket = (members: ReadonlyArray<number>, slot: number): Map<number, number[]> => {
    const tagged = new Map<number, number[]>()
    for (const i of members) {
      const tags = pairing?.tagsOf[i]
      if (tags === undefined) blocksOf[i]?.push(slot)
      else if (tags.length > 0) {
        blocksOf[i]?.push(slot)
        for (const t of tags) {
          const list = tagged.get(t)
          if (list === undefined) tagged.set(t, [i])
          else list.push(i)
        }
      }
    }
    return tagged
  }
  final.forEach(([core, extra], b) => {
    byTag.push([bucket(core, 2 * b), bucket(extra, 2 * b + 1)])
  })
  const stamp = new Int32Array(claims.length).fill(-1)
  const pairs: Array<readonly [number, number]> = []
  const later: number[] = []
  const add = (i: number, j: number): void => {
    if (stamp[j] !== i) {
      stamp[j] = i
      later.push(j)
    }
  }
  const addLater = (i: number, list: ReadonlyArray<number>): void => {
    for (let k = firstAbove(list, i); k < list.length; k++) add(i, list[k] ?? 0)
  }
  for (let i = 0; i < claims.length; i++) {
    later.length = 0
    const tags = pairing?.tagsOf[i]
    for (const slot of blocksOf[i] ?? []) {
      const b = slot >> 1
      const inCore = (slot & 1) === 0
      const [core, extra] = final[b] ?? [[], []]
      if (pairing === null || tags === undefined) {
        addLater(i, core)
        if (inCore) addLater(i, extra)
        continue
      }
      const [coreTags, extraTags] = byTag[b] ?? []
      for (const t of tags)
        for (const p of pairing.partnersOf[t] ?? []) {
          const c = coreTags?.get(p)
          if (c !== undefined) addLater(i, c)
          const e = inCore ? extraTags?.get(p) : undefined
          if (e !== undefined) addLater(i, e)
        }
    }
    later.sort((x, y) => x - y)
    for (const j of later) pairs.push([i, j])
  }
  return pairs
}

const clampConfidence = (x: number): number => (Number.isFinite(x) ? Math.max(0, Math.min(1, x)) : 0)

const claimRef = (c: Claim, corpus: Corpus): ClaimRef => ({
  claimId: c.id,
  articleId: c.articleId,
  text: c.text,
  start: c.start,
  end: c.end,
  speaker: c.assertedBy.kind === 'speaker' ? c.assertedBy.name : null,
  outlet: c.outlet ?? corpus.articles.get(c.articleId)?.outlet ?? null
})

const safeCheck = (rule: Rule, a: Claim, b: Claim, ctx: Parameters<Rule['check']>[2]): O.Option<Finding> => {
  try {
    return rule.check(a, b, ctx)
  } catch {
    // a user rule that throws reports nothing rather than stopping the analysis
    return O.none
  }
}

/**
 * Turns a rule's finding into a Contradiction record.
 *
 * @since 0.1.0
 */
export const toContradiction = (rule: Rule, finding: Finding, a: Claim, b: Claim, corpus: Corpus, event: string | null): Contradiction => {
  const template = rule.messages[finding.messageId] ?? finding.messageId
  return {
    id: unsafeId<ContradictionId>(stableId('ctr', rule.id, a.id, b.id, finding.messageId)),
    kind: finding.kind ?? rule.kinds[0] ?? rule.id,
    rule: rule.id,
    confidence: clampConfidence(finding.confidence),
    a: claimRef(a, corpus),
    b: claimRef(b, corpus),
    explanation: formatMessage(template, finding.data),
    event: finding.event ?? event,
    evidence: [...finding.evidence]
  }
}

const nested = (x: ClaimRef, y: ClaimRef): boolean =>
  x.articleId === y.articleId && ((x.start <= y.start && y.end <= x.end) || (y.start <= x.start && x.end <= y.end))

/**
 * An extractor may give a clause and the sentence around it as two claims; the same finding
 * against both says one thing twice. Keep the more confident (then the shorter) of two
 * findings of one rule whose one side is the same claim and whose other sides are nested.
 */
const dropNested = (found: ReadonlyArray<Contradiction>): Array<Contradiction> => {
  const size = (x: Contradiction): number => x.a.text.length + x.b.text.length
  const better = (x: Contradiction, y: Contradiction): boolean =>
    x.confidence !== y.confidence ? x.confidence > y.confidence : size(x) !== size(y) ? size(x) < size(y) : x.id < y.id
  // findings that share a rule and one side, listed with their other side
  const groups = new Map<string, Array<readonly [Contradiction, ClaimRef]>>()
  for (const c of found)
    for (const [same, other] of [
      [c.a, c.b],
      [c.b, c.a]
    ] as const) {
      const k = `${c.rule}\u0000${same.claimId}\u0000${other.articleId}`
      const list = groups.get(k)
      if (list === undefined) groups.set(k, [[c, other]])
      else list.push([c, other])
    }
  const dropped = new Set<string>()
  for (const list of groups.values()) {
    if (list.length < 2 || list.length > 500) continue
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [x, ox] = list[i] ?? []
        const [y, oy] = list[j] ?? []
        if (x === undefined || y === undefined || ox === undefined || oy === undefined || x.id === y.id) continue
        if (ox.claimId !== oy.claimId && nested(ox, oy)) dropped.add(better(x, y) ? y.id : x.id)
      }
  }
  return found.filter((c) => !dropped.has(c.id))
}

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

/**
 * Finds the contradictions among claims: pairs about the same event that a rule says
 * cannot both hold. Deterministic and independent of input order: claims are put in a
 * canonical order (article, offset, id), each pair is checked as (earlier, later), ids are
 * stable hashes, and the output is sorted. By default one finding per pair is kept: the most
 * confident, ties going to the rule listed first.
 *
 * @example
 * import { detectContradictions } from 'gainsay'
 * import { claim } from 'gainsay/testing'
 * const found = detectContradictions(
 *   [
 *     claim({ articleId: 'a', text: 'The navy seized the tanker in international waters.', outlet: 'Harbour Times' }),
 *     claim({ articleId: 'b', text: 'The tanker was seized inside Omani territorial waters.', outlet: 'Gulf Daily' })
 *   ],
 *   {}
 * )
 * found.map((c) => c.kind) // ['location']
 *
 * @since 0.1.0
 */
export const detectContradictions = (
  claims: ReadonlyArray<Claim>,
  context: ContradictionInput,
  options?: DetectOptions
): ReadonlyArray<Contradiction> => {
  const rules = options?.rules ?? builtinRules
  const min = options?.minConfidence ?? DEFAULT_MIN_CONFIDENCE
  // canonical order, duplicates (same id) dropped
  const sorted = [...claims].sort(claimOrder).filter((c, i, xs) => i === 0 || xs[i - 1]?.id !== c.id)
  const corpus = buildCorpus(sorted, context)
  // a statement repeated word for word in one article is checked once (its first occurrence)
  const seenText = new Set<string>()
  const live = sorted.filter((c) => {
    if (!active(c, corpus)) return false
    const k = `${c.articleId}\u0000${normText(c.text)}`
    if (seenText.has(k)) return false
    seenText.add(k)
    return true
  })
  const out: Contradiction[] = []
  const all = options?.allFindingsPerPair === true
  const contextFor = ruleContextFactory(corpus)
  for (const [i, j] of candidatePairs(live, corpus, rules.rules)) {
    const a = live[i]
    const b = live[j]
    if (a === undefined || b === undefined) continue
    const scope = eventScope(a, b, corpus)
    const ctx = contextFor(scope)
    // the best finding (most confident, ties to the rule listed first) is the only one built
    let best: readonly [Rule, Finding] | null = null
    let bestConfidence = -1
    for (const rule of rules.rules) {
      const f = safeCheck(rule, a, b, ctx)
      if (O.isNone(f) || !(f.value.confidence >= min)) continue
      if (all) out.push(toContradiction(rule, f.value, a, b, corpus, scope.event))
      else {
        const confidence = clampConfidence(f.value.confidence)
        if (best === null || confidence > bestConfidence) {
          best = [rule, f.value]
          bestConfidence = confidence
        }
      }
    }
    if (best !== null) out.push(toContradiction(best[0], best[1], a, b, corpus, scope.event))
  }
  return dropNested(out).sort(
    (x, y) =>
      cmp(x.a.articleId, y.a.articleId) ||
      cmp(x.a.start, y.a.start) ||
      cmp(x.b.articleId, y.b.articleId) ||
      cmp(x.b.start, y.b.start) ||
      cmp(x.rule, y.rule) ||
      cmp(x.id, y.id)
  )
}
