/**
 * The reliability stage's records indexed once by article, speaker, claim and quote, so that
 * every signal is computed in one pass over the records that concern it instead of a scan of
 * the whole corpus per article or per speaker. Internal.
 *
 * Each list keeps the order of the input records, so results are the same as a filter over the
 * input would give.
 */
import type { Article } from '../../model/article'
import type { Claim } from '../../model/claim'
import type { Cluster, Copying } from '../../model/cluster'
import type { Contradiction } from '../../model/contradiction'
import type { Quote } from '../../model/quote'
import type { ReliabilityInput } from '../signals'

/** The records the index is built from (the fields of `ReliabilityInput` it reads). */
export type IndexedRecords = Omit<ReliabilityInput, 'speakers'>

export interface CorpusIndex {
  /** Outlet of each article id (a repeated id keeps the last article's outlet). */
  readonly outlets: ReadonlyMap<string, string | null>
  /** Whether two articles are independent witnesses (see `independentArticles`), in O(1). */
  readonly independent: (a: string, b: string) => boolean
  /** Ids of the claims some contradiction involves. */
  readonly contested: ReadonlySet<string>
  /** Copying records touching each article, in input order. */
  readonly copyingOf: (articleId: string) => ReadonlyArray<Copying>
  /** Statement quotes of each article, in input order. */
  readonly statementQuotesOf: (articleId: string) => ReadonlyArray<Quote>
  /** Claims of each article, in input order. */
  readonly claimsOf: (articleId: string) => ReadonlyArray<Claim>
  /** Contradictions with a side in each article (once each), in input order. */
  readonly contradictionsOf: (articleId: string) => ReadonlyArray<Contradiction>
  /** Clusters with a member in each article (once each), in input order. */
  readonly clustersOf: (articleId: string) => ReadonlyArray<Cluster>
}

const EMPTY: ReadonlyArray<never> = []

const push = <K, V>(m: Map<K, V[]>, k: K, v: V): void => {
  const xs = m.get(k)
  if (xs === undefined) m.set(k, [v])
  else xs.push(v)
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)

/** The set of unordered article pairs linked by a copying record. */
export const copyPairs = (copying: ReadonlyArray<Pick<Copying, 'a' | 'b'>>): ReadonlySet<string> => {
  const s = new Set<string>()
  for (const c of copying) s.add(pairKey(c.a, c.b))
  return s
}

/** `independentArticles` over a pair set built once. */
export const independenceTest =
  (outlets: ReadonlyMap<string, string | null>, pairs: ReadonlySet<string>) =>
  (a: string, b: string): boolean => {
    if (a === b) return false
    const oa = outlets.get(a) ?? null
    const ob = outlets.get(b) ?? null
    if (oa !== null && oa === ob) return false
    return !pairs.has(pairKey(a, b))
  }

const build = (input: IndexedRecords): CorpusIndex => {
  // as `new Map(articles.map(...))`: a repeated id keeps the last article's outlet
  const outlets = new Map<string, string | null>()
  for (const a of input.articles) outlets.set(a.id, a.outlet?.name ?? null)
  const independent = independenceTest(outlets, copyPairs(input.copying))

  const contested = new Set<string>()
  const contradictionsBy = new Map<string, Contradiction[]>()
  for (const c of input.contradictions) {
    contested.add(c.a.claimId)
    contested.add(c.b.claimId)
    push(contradictionsBy, c.a.articleId as string, c)
    if (c.b.articleId !== c.a.articleId) push(contradictionsBy, c.b.articleId as string, c)
  }

  const copyingBy = new Map<string, Copying[]>()
  for (const c of input.copying) {
    push(copyingBy, c.a as string, c)
    if (c.b !== c.a) push(copyingBy, c.b as string, c)
  }

  const quotesBy = new Map<string, Quote[]>()
  for (const q of input.quotes) if (q.isStatement) push(quotesBy, q.articleId as string, q)

  const claimsBy = new Map<string, Claim[]>()
  for (const c of input.claims) push(claimsBy, c.articleId as string, c)

  const clustersBy = new Map<string, Cluster[]>()
  for (const k of input.clusters) {
    const seen = new Set<string>()
    for (const m of k.members) {
      if (seen.has(m.articleId)) continue
      seen.add(m.articleId)
      push(clustersBy, m.articleId as string, k)
    }
  }

  const get =
    <V>(m: ReadonlyMap<string, ReadonlyArray<V>>) =>
    (id: string): ReadonlyArray<V> =>
      m.get(id) ?? EMPTY
  return {
    outlets,
    independent,
    contested,
    copyingOf: get(copyingBy),
    statementQuotesOf: get(quotesBy),
    claimsOf: get(claimsBy),
    contradictionsOf: get(contradictionsBy),
    clustersOf: get(clustersBy)
  }
}

/** Indexes the records in one pass over each list. */
export const corpusIndex = (input: IndexedRecords): CorpusIndex => build(input)
