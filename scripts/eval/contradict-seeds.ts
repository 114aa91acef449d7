/**
 * Runs the whole path on the seed articles (ingest -> quotes -> claims -> [clusters, copying]
 * -> contradictions) and scores the contradictions against `seeds-gold.json`: each gold pair
 * C1-C5 must be reported and no trap T1-T4 may be. A span matches per the gold file's
 * "about" note: its words appear inside the reported text of the same article, or the
 * reported text lies inside the span.
 *
 * Run: npx tsx scripts/eval/contradict-seeds.ts [--verbose]
 * Writes eval/contradict-seeds.json.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import * as E from 'fp-ts/Either'
import { ingestText } from '../../src/ingest'
import { extractQuotesFromCorpus } from '../../src/extract/quotes'
import { extractClaims } from '../../src/extract/claims'
import * as clusterStage from '../../src/cluster'
import { detectContradictions } from '../../src/contradict'
import type { Article, Claim, Cluster, Contradiction, Copying } from '../../src/model'

const ROOT = join(import.meta.dirname, '..', '..')
const GOLD = join(ROOT, '..', 'shared', 'spec', 'seeds-gold.json')

interface GoldSpan { readonly article: string; readonly text: string }
interface GoldPair { readonly id: string; readonly a: ReadonlyArray<GoldSpan>; readonly b: ReadonlyArray<GoldSpan> }

const words = (s: string): string => s.toLowerCase().replace(/[\u2019']/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
const spanMatches = (g: GoldSpan, articleKey: string, text: string): boolean => {
  if (g.article !== articleKey) return false
  const w = words(text)
  const s = words(g.text)
  return w.includes(s) || (w.length > 0 && s.includes(w))
}

export interface SeedRun {
  readonly articles: ReadonlyArray<Article>
  readonly claims: ReadonlyArray<Claim>
  readonly contradictions: ReadonlyArray<Contradiction>
  readonly clusters: number
  readonly copying: number
}

/** The full path on a folder of .txt articles. */
export const runSeeds = (folder = join(ROOT, 'seeds')): SeedRun => {
  const articles = readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => {
      const r = ingestText({ id: basename(f, '.txt'), text: readFileSync(join(folder, f), 'utf8') })
      return E.isRight(r) ? [r.right] : []
    })
  const { quotes } = extractQuotesFromCorpus(articles)
  const claims = articles.flatMap((a) => extractClaims(a, quotes.filter((q) => q.articleId === a.id)))
  // clusters and copying when the cluster stage provides them
  const cs = clusterStage as Record<string, unknown>
  let clusters: ReadonlyArray<Cluster> = []
  let copying: ReadonlyArray<Copying> = []
  try {
    if (typeof cs['clusterPassages'] === 'function') {
      const r = (cs['clusterPassages'] as (a: ReadonlyArray<Article>, q: unknown) => unknown)(articles, quotes)
      clusters = Array.isArray(r) ? (r as ReadonlyArray<Cluster>) : ((r as { clusters?: ReadonlyArray<Cluster> }).clusters ?? [])
    }
    if (typeof cs['detectCopying'] === 'function') {
      const r = (cs['detectCopying'] as (a: ReadonlyArray<Article>) => unknown)(articles)
      copying = Array.isArray(r) ? (r as ReadonlyArray<Copying>) : []
    }
  } catch {
    // the cluster stage is optional here
  }
  const contradictions = detectContradictions(claims, { articles, clusters, copying })
  return { articles, claims, contradictions, clusters: clusters.length, copying: copying.length }
}

export interface SeedScore {
  readonly found: ReadonlyArray<string>
  readonly missed: ReadonlyArray<string>
  readonly trapsHit: ReadonlyArray<string>
  readonly reported: number
}

/** Scores a run against the gold pairs and traps. */
export const scoreSeeds = (run: SeedRun): SeedScore => {
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as {
    contradictions: ReadonlyArray<GoldPair>
    not_contradictions: ReadonlyArray<{ id: string; a: GoldSpan; b: GoldSpan }>
  }
  const key = (articleId: string): string => articleId.slice(0, 3)
  const hits = (p: GoldPair, c: Contradiction): boolean => {
    const m = (spans: ReadonlyArray<GoldSpan>, side: Contradiction['a']): boolean => spans.some((g) => spanMatches(g, key(side.articleId), side.text))
    return (m(p.a, c.a) && m(p.b, c.b)) || (m(p.a, c.b) && m(p.b, c.a))
  }
  const found = gold.contradictions.filter((p) => run.contradictions.some((c) => hits(p, c))).map((p) => p.id)
  const missed = gold.contradictions.map((p) => p.id).filter((id) => !found.includes(id))
  const trapsHit = gold.not_contradictions
    .filter((t) => run.contradictions.some((c) => hits({ id: t.id, a: [t.a], b: [t.b] }, c)))
    .map((t) => t.id)
  return { found, missed, trapsHit, reported: run.contradictions.length }
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(basename(process.argv[1]))) {
  if (!existsSync(GOLD)) {
    console.log('seeds-gold.json not found; nothing to score')
  } else {
    const run = runSeeds()
    const score = scoreSeeds(run)
    if (process.argv.includes('--verbose')) {
      for (const c of run.contradictions)
        console.log(`[${c.kind} ${c.confidence}] ${c.a.articleId.slice(0, 3)} "${c.a.text.slice(0, 100)}"\n      vs ${c.b.articleId.slice(0, 3)} "${c.b.text.slice(0, 100)}"\n      ${c.explanation}\n`)
    }
    const result = { ...score, claims: run.claims.length, clusters: run.clusters, copying: run.copying }
    console.log(JSON.stringify(result, null, 2))
    mkdirSync(join(ROOT, 'eval'), { recursive: true })
    writeFileSync(join(ROOT, 'eval', 'contradict-seeds.json'), `${JSON.stringify(result, null, 2)}\n`)
  }
}
