import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runSeeds, scoreSeeds } from '../../scripts/eval/contradict-seeds'
import { Contradiction } from '../../src/model'

const gold = join(import.meta.dirname, '..', '..', '..', 'shared', 'spec', 'seeds-gold.json')

// The whole path (ingest, quotes, claims, contradictions) on the bundled seeds, scored
// against the analyst's gold file, which lives outside the repository.
describe.skipIf(!existsSync(gold))('seed articles, end to end', () => {
  const run = runSeeds()
  const score = scoreSeeds(run)

  it('reports every gold contradiction C1-C5', () => {
    expect(score.missed).toEqual([])
    expect(score.found).toEqual(['C1', 'C2', 'C3', 'C4', 'C5'])
  })

  it('reports none of the traps T1-T4', () => {
    expect(score.trapsHit).toEqual([])
  })

  it('keeps the list short enough to read (no pairwise flood)', () => {
    expect(score.reported).toBeLessThan(run.claims.length / 2)
  })

  it('every finding is a valid record whose sides point into the articles', () => {
    const texts = new Map(run.articles.map((a) => [a.id as string, a.text]))
    for (const c of run.contradictions) {
      expect(Contradiction.is(c)).toBe(true)
      for (const side of [c.a, c.b]) expect(texts.get(side.articleId)?.slice(side.start, side.end)).toBe(side.text)
    }
  })
})
