/**
 * Propositions: disputed claims become truth-discovery observations (item = the event and the
 * predicate in dispute, value = the normalised version claimed), so that the report can say
 * which version the evidence favours, how much independent support each has (copies
 * collapsed), and how uncertain that is.
 *
 * @since 0.1.0
 */
import type { Claim } from '../model/claim'
import type { Copying } from '../model/cluster'
import type { Contradiction } from '../model/contradiction'
import type { ClaimId } from '../model/common'
import type { Proposition, PropositionValue } from '../model/source'
import { stableId } from '../internal/hash'
import type { ReliabilityInput } from './signals'
import { discoverTruth, type CopyProbability, type TruthAlgorithm } from './truth'

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

/**
 * The normalised version a claim asserts, on the dimension a contradiction of `kind` disputes:
 * `outcome:success|failure|partial`, `occurrence:yes|none`, `location:<class>`,
 * `quantity:<n>`, `responsibility:<actor>`, else `<predicate>:<polarity>`. A denial ("a
 * sheer lie", "no evidence") asserts that the event did not occur.
 *
 * @example
 * import { propositionValue } from 'gainsay'
 * propositionValue('occurrence', { predicate: 'denial', polarity: 'positive', outcome: null, places: [], quantities: [], event: { actor: null } }) // 'occurrence:none'
 * propositionValue('outcome', { predicate: 'outcome', polarity: 'positive', outcome: 'failure', places: [], quantities: [], event: { actor: null } }) // 'outcome:failure'
 *
 * @since 0.1.0
 */
export const propositionValue = (
  kind: string,
  claim: Pick<Claim, 'predicate' | 'polarity' | 'outcome' | 'places' | 'quantities'> & {
    readonly event: Pick<Claim['event'], 'actor'>
  }
): string => {
  const none = claim.predicate === 'denial' || (claim.predicate === 'occurrence' && claim.polarity === 'negative')
  const outcome =
    claim.outcome ??
    (claim.predicate === 'outcome' ? (claim.polarity === 'negative' ? 'failure' : 'success') : null)
  switch (kind) {
    case 'outcome':
      if (none) return 'occurrence:none'
      if (outcome !== null) return `outcome:${outcome}`
      return claim.predicate === 'attempt' && claim.polarity === 'negative' ? 'outcome:failure' : `${claim.predicate}:${claim.polarity}`
    case 'occurrence':
    case 'attempt-vs-occurrence':
    case 'retraction':
      if (none) return 'occurrence:none'
      if (kind === 'attempt-vs-occurrence' && (claim.predicate === 'attempt' || outcome === 'failure')) return 'occurrence:attempt'
      return 'occurrence:yes'
    case 'location': {
      const p = claim.places[0]
      return p === undefined ? `location:${claim.polarity}` : `location:${p.kind}${p.owner === null ? '' : `:${p.owner.toLowerCase()}`}`
    }
    case 'numeric': {
      const q = claim.quantities[0]
      return q === undefined ? `quantity:${claim.polarity}` : `quantity:${q.value}${q.unit === null ? '' : ` ${q.unit}`}`
    }
    case 'responsibility':
      return `responsibility:${claim.polarity === 'negative' ? 'not ' : ''}${(claim.event.actor ?? 'unknown').toLowerCase()}`
    default:
      if (none) return 'occurrence:none'
      if (outcome !== null) return `outcome:${outcome}`
      return `${claim.predicate}:${claim.polarity}`
  }
}

/**
 * Who is the source of a claim for truth discovery: the speaker when named; an anonymous
 * speaker as "anonymous source in <outlet>"; the outlet for its own voice.
 *
 * @example
 * import { claimSource } from 'gainsay'
 * claimSource({ assertedBy: { kind: 'speaker', name: 'A. Person', speakerId: null, anonymous: false }, outlet: 'X' }) // 'A. Person'
 * claimSource({ assertedBy: { kind: 'speaker', name: 'officials', speakerId: null, anonymous: true }, outlet: 'X' }) // 'anonymous source in X'
 *
 * @since 0.1.0
 */
export const claimSource = (claim: Pick<Claim, 'assertedBy' | 'outlet'>): string => {
  const outlet = claim.outlet ?? 'unknown outlet'
  if (claim.assertedBy.kind === 'speaker') {
    if (claim.assertedBy.anonymous || claim.assertedBy.name === null) return `anonymous source in ${outlet}`
    return claim.assertedBy.name
  }
  return outlet
}

/**
 * Copy probabilities between sources from the copy detector: the outlets of two articles
 * linked by a `Copying` record are dependent (1 with a known direction, 0.9 for a common
 * source, 0.7 when the direction is unknown), and so are the anonymous sources those
 * outlets carry, with each other and with the other outlet.
 *
 * @example
 * import { copyProbabilitiesFromCopying } from 'gainsay'
 * copyProbabilitiesFromCopying([], new Map()) // []
 *
 * @since 0.1.0
 */
export const copyProbabilitiesFromCopying = (
  copying: ReadonlyArray<Copying>,
  outletOfArticle: ReadonlyMap<string, string | null>
): ReadonlyArray<CopyProbability> => {
  const best = new Map<string, CopyProbability>()
  for (const c of copying) {
    const a = outletOfArticle.get(c.a) ?? null
    const b = outletOfArticle.get(c.b) ?? null
    if (a === null || b === null || a === b) continue
    const p = c.direction === 'a->b' || c.direction === 'b->a' ? 1 : c.direction === 'common-source' ? 0.9 : 0.7
    const as = [a, `anonymous source in ${a}`]
    const bs = [b, `anonymous source in ${b}`]
    for (const [x, y] of as.flatMap((x) => bs.map((y) => [x, y] as const))) {
      const [u, v] = x < y ? [x, y] : [y, x]
      const key = `${u}\u0000${v}`
      if ((best.get(key)?.probability ?? -1) < p) best.set(key, { a: u, b: v, probability: p })
    }
  }
  return [...best.values()].sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0))
}

/**
 * Union-find over claim ids linked by contradictions of one kind: each component with its
 * kind, the event of its first key (in code-unit order) that has one, and its claim ids
 * sorted; components ordered by their least key.
 */
const components = (contradictions: ReadonlyArray<Contradiction>): ReadonlyArray<{ kind: string; event: string | null; claims: ReadonlyArray<string> }> => {
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    let r = x
    for (let p = parent.get(r); p !== undefined && p !== r; p = parent.get(r)) r = p
    // path compression: every key on the way points at the root
    for (let y = x, p = parent.get(y); p !== undefined && p !== r; y = p, p = parent.get(y)) parent.set(y, r)
    return r
  }
  const key = (kind: string, id: string): string => `${kind}\u0000${id}`
  const meta = new Map<string, { kind: string; event: string | null }>()
  for (const c of contradictions) {
    const a = key(c.kind, c.a.claimId)
    const b = key(c.kind, c.b.claimId)
    if (!parent.has(a)) parent.set(a, a)
    if (!parent.has(b)) parent.set(b, b)
    const ra = find(a)
    const rb = find(b)
    // the smaller key is the root, so a component's root is its least key
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb)
    if (!meta.has(a)) meta.set(a, { kind: c.kind, event: c.event })
    if (!meta.has(b)) meta.set(b, { kind: c.kind, event: c.event })
  }
  const groups = new Map<string, string[]>()
  for (const k of [...parent.keys()].sort()) {
    const r = find(k)
    const xs = groups.get(r)
    if (xs === undefined) groups.set(r, [k])
    else xs.push(k)
  }
  return [...groups.entries()]
    .sort((x, y) => (x[0] < y[0] ? -1 : 1))
    .map(([root, ks]) => {
      const m = meta.get(root) ?? { kind: 'other', event: null }
      const event = ks.map((k) => meta.get(k)?.event ?? null).find((e) => e !== null) ?? null
      return { kind: m.kind, event, claims: ks.map((k) => k.slice(k.indexOf('\u0000') + 1)).sort() }
    })
}

/**
 * The copy probabilities between the given sources only, in their order in `all` (the others
 * concern no observation of an item, and truth discovery ignores them).
 */
const copyProbabilitiesAmong = (
  all: ReadonlyArray<CopyProbability>,
  bySource: ReadonlyMap<string, ReadonlyArray<number>>,
  sources: ReadonlySet<string>
): ReadonlyArray<CopyProbability> => {
  const at = new Set<number>()
  for (const s of sources) for (const i of bySource.get(s) ?? []) {
    const cp = all[i]
    if (cp !== undefined && sources.has(cp.a) && sources.has(cp.b)) at.add(i)
  }
  return [...at].sort((x, y) => x - y).flatMap((i) => all[i] ?? [])
}

const entropy = (ps: ReadonlyArray<number>): number => {
  const total = ps.reduce((a, b) => a + b, 0)
  if (ps.length < 2 || !(total > 0)) return 0
  let h = 0
  for (const p of ps) {
    const q = p / total
    if (q > 0) h -= q * Math.log(q)
  }
  const u = h / Math.log(ps.length)
  return Number.isFinite(u) ? Math.min(1, Math.max(0, u)) : 0
}

// -------------------------------------------------------------------------------------
// propositions
// -------------------------------------------------------------------------------------

/**
 * Options of {@link propositionsFromClaims}.
 *
 * @example
 * import { propositionsFromClaims, type PropositionOptions } from 'gainsay'
 * const options: PropositionOptions = { algorithm: 'truthfinder' }
 * propositionsFromClaims({ articles: [], quotes: [], claims: [], clusters: [], copying: [], contradictions: [] }, options) // []
 *
 * @since 0.1.0
 */
export interface PropositionOptions {
  /** Default `accucopy`, with copy probabilities from the `Copying` records. */
  readonly algorithm?: TruthAlgorithm
}

/**
 * Disputed propositions: the claims linked by contradictions (of one kind) form one item; each
 * claim's normalised version is an observation by its source (see `claimSource`); the chosen
 * algorithm (AccuCopy by default, with copy probabilities from `Copying`, so a copy is never
 * independent support) weighs the versions. Each value lists all its sources and its
 * independent ones (dependent sources collapsed to the first by name); `favoured` is null on a
 * tie; `uncertainty` is the normalised entropy of the values' confidences.
 *
 * @example
 * import { propositionsFromClaims } from 'gainsay'
 * propositionsFromClaims({ articles: [], quotes: [], claims: [], clusters: [], copying: [], contradictions: [] }) // []
 *
 * @since 0.1.0
 */
export const propositionsFromClaims = (input: ReliabilityInput, options: PropositionOptions = {}): ReadonlyArray<Proposition> => {
  const claimById = new Map(input.claims.map((c) => [c.id as string, c] as const))
  const outletOfArticle = new Map(input.articles.map((a) => [a.id as string, a.outlet?.name ?? null] as const))
  const copyProbabilities = copyProbabilitiesFromCopying(input.copying, outletOfArticle)
  const dependent = new Map<string, Set<string>>()
  for (const cp of copyProbabilities) {
    if (cp.probability < 0.5) continue
    dependent.set(cp.a, (dependent.get(cp.a) ?? new Set()).add(cp.b))
    dependent.set(cp.b, (dependent.get(cp.b) ?? new Set()).add(cp.a))
  }
  const bySource = new Map<string, number[]>()
  copyProbabilities.forEach((cp, i) => {
    for (const x of cp.a === cp.b ? [cp.a] : [cp.a, cp.b]) {
      const xs = bySource.get(x)
      if (xs === undefined) bySource.set(x, [i])
      else xs.push(i)
    }
  })
  const out: Proposition[] = []
  for (const comp of components(input.contradictions)) {
    const claims = comp.claims.map((id) => claimById.get(id)).filter((c): c is Claim => c !== undefined)
    if (claims.length < 2) continue
    const item = stableId('prop', comp.kind, ...comp.claims)
    const observations = claims.map((c) => ({ source: claimSource(c), item, value: propositionValue(comp.kind, c) }))
    const distinct = new Set(observations.map((o) => o.value))
    if (distinct.size < 2) continue
    // A news proposition has few possible versions: the false-value domain is the other
    // versions seen, not Accu's 100 (which would turn 3 sources against 1 into certainty), and
    // two pseudo-claims at the initial accuracy keep a source quoted once or twice from
    // snowballing to full trust.
    const truth = discoverTruth(observations, {
      algorithm: options.algorithm ?? 'accucopy',
      copyProbabilities: copyProbabilitiesAmong(copyProbabilities, bySource, new Set(observations.map((o) => o.source))),
      falseValues: Math.max(1, distinct.size - 1),
      accuracyPrior: 2
    })
    const it = truth.items[0]
    if (it === undefined) continue
    const values: PropositionValue[] = it.values.map((v) => {
      const independent: string[] = []
      for (const s of v.sources) if (!independent.some((x) => dependent.get(x)?.has(s) === true)) independent.push(s)
      const ids = claims
        .filter((c, i) => observations[i]?.value === v.value)
        .map((c) => c.id as ClaimId)
      return { value: v.value, confidence: v.confidence, independentSources: independent, sources: v.sources, claims: ids }
    })
    out.push({
      item,
      description: `${comp.kind}${comp.event === null ? '' : `: ${comp.event}`}`,
      values,
      favoured: it.tie ? null : it.value,
      uncertainty: entropy(values.map((v) => v.confidence)),
      // filled by analyze() from the stance stage, which sees the articles' text
      articles: []
    })
  }
  return out
}
