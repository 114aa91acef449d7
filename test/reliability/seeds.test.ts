import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import {
  analyzeArticles,
  articleSignals,
  independentArticles,
  ingestAll,
  propositionsFromClaims,
  scoreSources,
  SourceScore
} from '../../src'

// End to end on the five bundled seed articles: the acceptance criteria of the reliability stage.
const folder = join(__dirname, '..', '..', 'seeds')
const inputs = readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: basename(f, '.txt'), text: readFileSync(join(folder, f), 'utf8') }))
const { articles } = ingestAll(inputs, {})
const report = analyzeArticles(articles)
const input = { ...report, articles }
const id = (prefix: string): string => articles.find((a) => a.id.startsWith(prefix))?.id ?? prefix

describe('reliability on the seeds', () => {
  const signals = articleSignals(input)
  const of = (prefix: string) => signals.find((s) => s.articleId.startsWith(prefix))
  const copyPair = report.copying.find((c) => [c.a, c.b].sort().join() === [id('001'), id('003')].sort().join())

  it('the copying between 001 and 003 lowers their originality, and only theirs', () => {
    expect(copyPair).toBeDefined()
    expect(of('001')?.signals.originality).toBeLessThan(1)
    expect(of('003')?.signals.originality).toBeLessThan(1)
    expect(of('002')?.signals.originality).toBe(1)
  })

  it('a statement shared only by 001 and 003 never counts as corroboration', () => {
    const outlets = new Map(articles.map((a) => [a.id as string, a.outlet?.name ?? null]))
    expect(independentArticles(id('001'), id('003'), outlets, report.copying)).toBe(false)
    const onlyCopies = report.clusters.filter((k) => k.members.every((m) => m.articleId === id('001') || m.articleId === id('003')))
    const corroborated = (prefix: string) => of(prefix)?.counts.corroboratedStatements ?? 0
    const clustered = (prefix: string) => of(prefix)?.counts.clusteredStatements ?? 0
    if (onlyCopies.length > 0) {
      expect(corroborated('001')).toBeLessThanOrEqual(clustered('001') - onlyCopies.filter((k) => k.members.some((m) => m.articleId === id('001'))).length)
    }
    for (const p of propositionsFromClaims(input))
      for (const v of p.values) expect(v.independentSources.includes('Fars News Agency') && v.independentSources.includes('Rasa News Agency')).toBe(false)
  })

  it('the anonymous sourcing of the "attack succeeded" claim shows in the signals', () => {
    const success = report.claims.find((c) => c.articleId === id('002') && c.outcome === 'success' && c.assertedBy.anonymous)
    expect(success).toBeDefined()
    expect(of('002')?.counts.anonymousContestedClaims).toBeGreaterThan(0)
    expect(of('002')?.signals.namedDisputeSources).toBeLessThan(1)
    const win = scoreSources(input).find((s) => s.kind === 'outlet' && s.outlet === articles.find((a) => a.id === id('002'))?.outlet?.name)
    expect(win?.explanation).toMatch(/anonymous/)
    const speaker = scoreSources(input).find((s) => s.kind === 'speaker' && s.speaker === success?.assertedBy.name)
    expect(speaker?.signals['identified']).toBe(0)
  })

  it('every score is valid and explained', () => {
    const scores = scoreSources(input)
    expect(scores.length).toBeGreaterThan(4)
    for (const s of scores) {
      expect(SourceScore.is(s)).toBe(true)
      expect(s.explanation).toMatch(/scores \d\.\d\d/)
    }
  })
})
