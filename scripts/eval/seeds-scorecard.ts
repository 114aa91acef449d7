/**
 * The seeds scorecard: runs `analyze()` on seeds/ and checks the Report against what a careful
 * analyst found (../shared/spec/seeds-gold.json), with the gold's own matching rule: a gold
 * span matches a reported text when its words appear, case- and punctuation-insensitively,
 * inside the reported text of the same article, or the reported text lies inside the span.
 *
 * `npx tsx scripts/eval/seeds-scorecard.ts` prints the card and writes eval/seeds.json.
 * test/acceptance/seeds.test.ts asserts it.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import * as E from 'fp-ts/Either'
import { analyze, type Report } from '../../src'

export const ROOT = resolve(import.meta.dirname, '..', '..')
export const GOLD_PATH = resolve(ROOT, '..', 'shared', 'spec', 'seeds-gold.json')

interface GoldSpan {
  readonly article: string
  readonly text: string
}
interface Gold {
  readonly articles: Record<string, { outlet: string; published: string }>
  readonly speakers: ReadonlyArray<{ canonical: string; variants: ReadonlyArray<string>; anonymous?: boolean }>
  readonly clusters: ReadonlyArray<{ id: string; members: ReadonlyArray<GoldSpan> }>
  readonly copying: ReadonlyArray<{ id: string; between: readonly [string, string] }>
  readonly contradictions: ReadonlyArray<{ id: string; kind: string; a: ReadonlyArray<GoldSpan>; b: ReadonlyArray<GoldSpan> }>
  readonly not_contradictions: ReadonlyArray<{ id: string; a: GoldSpan; b: GoldSpan }>
  readonly not_speech: ReadonlyArray<GoldSpan>
}

const words = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()

/** The gold's matching rule. */
export const spanMatches = (gold: string, reported: string): boolean => {
  const g = ` ${words(gold)} `
  const r = ` ${words(reported)} `
  return r.trim().length > 0 && (r.includes(g) || g.includes(r))
}

const articleKey = (id: string): string => id.slice(0, 3)

export interface Scorecard {
  readonly articles: Record<string, { outlet: boolean; published: boolean; got: { outlet: string | null; published: string | null } }>
  readonly speakers: Record<string, boolean>
  readonly clusters: Record<string, boolean>
  readonly clusterMerges: ReadonlyArray<string>
  readonly copying: Record<string, boolean>
  readonly contradictions: Record<string, boolean>
  readonly traps: Record<string, boolean>
  readonly notSpeech: Record<string, boolean>
  readonly counts: { quotes: number; clusters: number; contradictions: number; claims: number }
  /** Reported contradictions that match some gold contradiction (the gold is not exhaustive: a lower bound on precision). */
  readonly contradictionsMatchingGold: number
}

const loadGold = (): Gold => JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as Gold

export const analyzeSeeds = (): Report => {
  const dir = join(ROOT, 'seeds')
  const inputs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: basename(f, '.txt'), text: readFileSync(join(dir, f), 'utf8') }))
  const r = analyze(inputs)
  if (E.isLeft(r)) throw new Error(r.left.map((e) => e.message).join('; '))
  return r.right
}

export const score = (report: Report, gold: Gold = loadGold()): Scorecard => {
  const articles: Scorecard['articles'] = {}
  for (const [key, g] of Object.entries(gold.articles)) {
    const a = report.articles.find((x) => articleKey(x.id) === key)
    const outlet = a?.outlet ?? null
    const published = a?.published ?? null
    articles[key] = {
      outlet: outlet !== null && (spanMatches(outlet, g.outlet) || spanMatches(g.outlet, outlet)),
      published: published !== null && published.startsWith(g.published),
      got: { outlet, published }
    }
  }

  const speakers: Record<string, boolean> = {}
  for (const s of gold.speakers) {
    speakers[s.canonical] = report.speakers.some(
      (sp) =>
        report.quotes.some((q) => q.speakerId === sp.id && q.isStatement) &&
        (s.anonymous === true
          ? sp.anonymous && s.variants.some((v) => spanMatches(v.replace(/^(two|the)\s+/i, ''), sp.canonical) || spanMatches(sp.canonical.replace(/\s*\(anonymous\)$/, ''), v))
          : spanMatches(s.canonical, sp.canonical) || s.variants.some((v) => v.split(' ').length > 1 && spanMatches(v, sp.canonical)))
    )
  }

  // A reported cluster member "matches" a gold member when the spans match in the same article.
  const memberMatches = (g: GoldSpan, m: { articleId: string; text: string }): boolean =>
    articleKey(m.articleId) === g.article && spanMatches(g.text, m.text)
  const clusters: Record<string, boolean> = {}
  for (const gc of gold.clusters) {
    clusters[gc.id] = report.clusters.some((c) => {
      const used = new Set<number>()
      return gc.members.every((g) => {
        const i = c.members.findIndex((m, k) => !used.has(k) && memberMatches(g, m))
        if (i < 0) return false
        used.add(i)
        return true
      })
    })
  }
  const clusterMerges: string[] = []
  for (const c of report.clusters) {
    const hit = gold.clusters.filter((gc) => c.members.some((m) => gc.members.some((g) => memberMatches(g, m)))).map((gc) => gc.id)
    if (hit.length > 1) clusterMerges.push(`${c.id}: ${hit.join('+')}`)
  }

  const copying: Record<string, boolean> = {}
  for (const p of gold.copying) {
    copying[p.id] = report.copying.some((c) => {
      const pair = [articleKey(c.a), articleKey(c.b)].sort().join()
      return pair === [...p.between].sort().join()
    })
  }

  const sideMatches = (alts: ReadonlyArray<GoldSpan>, ref: { articleId: string; text: string }): boolean =>
    alts.some((g) => articleKey(ref.articleId) === g.article && spanMatches(g.text, ref.text))
  const found = (a: ReadonlyArray<GoldSpan>, b: ReadonlyArray<GoldSpan>): boolean =>
    report.contradictions.some((c) => (sideMatches(a, c.a) && sideMatches(b, c.b)) || (sideMatches(a, c.b) && sideMatches(b, c.a)))
  const contradictions: Record<string, boolean> = {}
  for (const c of gold.contradictions) contradictions[c.id] = found(c.a, c.b)
  const traps: Record<string, boolean> = {}
  for (const t of gold.not_contradictions) traps[t.id] = found([t.a], [t.b])

  const matchesSomeGold = (c: Report['contradictions'][number]): boolean =>
    gold.contradictions.some(
      (g) => (sideMatches(g.a, c.a) && sideMatches(g.b, c.b)) || (sideMatches(g.a, c.b) && sideMatches(g.b, c.a))
    )
  const contradictionsMatchingGold = report.contradictions.filter(matchesSomeGold).length

  const notSpeech: Record<string, boolean> = {}
  for (const n of gold.not_speech) {
    notSpeech[n.text] = !report.quotes.some((q) => q.isStatement && articleKey(q.articleId) === n.article && words(q.text) === words(n.text))
  }
  return {
    articles,
    speakers,
    clusters,
    clusterMerges,
    copying,
    contradictions,
    traps,
    notSpeech,
    counts: {
      quotes: report.quotes.length,
      clusters: report.clusters.length,
      contradictions: report.contradictions.length,
      claims: report.claims.length
    },
    contradictionsMatchingGold
  }
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)
if (isMain) {
  if (!existsSync(GOLD_PATH)) {
    console.log(`no gold at ${GOLD_PATH}`)
  } else {
    const card = score(analyzeSeeds())
    mkdirSync(join(ROOT, 'eval'), { recursive: true })
    writeFileSync(join(ROOT, 'eval', 'seeds.json'), JSON.stringify(card, null, 2) + '\n')
    console.log(JSON.stringify(card, null, 2))
  }
}
