import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { GOLD_PATH, analyzeSeeds, score, type Scorecard } from '../../scripts/eval/seeds-scorecard'

// End to end through analyze(): the seeds against ../shared/spec/seeds-gold.json (skipped on a
// user's clone, which has no ../shared).
describe.skipIf(!existsSync(GOLD_PATH))('seeds against the analyst gold', () => {
  let card: Scorecard
  beforeAll(() => {
    card = score(analyzeSeeds())
  }, 120_000)

  it('finds every outlet', () => {
    expect(Object.values(card.articles).map((a) => a.outlet)).toEqual([true, true, true, true, true])
  })
  it('finds every gold speaker with statements', () => {
    expect(card.speakers).toSatisfy((s: Record<string, boolean>) => Object.values(s).every(Boolean))
  })
  it('finds every gold cluster and merges no two of them', () => {
    expect(Object.entries(card.clusters).filter(([, ok]) => !ok)).toEqual([])
    expect(card.clusterMerges).toEqual([])
  })
  it('finds the copy pair', () => {
    expect(card.copying).toEqual({ P1: true })
  })
  it('reports every gold contradiction and none of the traps', () => {
    expect(Object.entries(card.contradictions).filter(([, ok]) => !ok)).toEqual([])
    expect(Object.entries(card.traps).filter(([, hit]) => hit)).toEqual([])
  })
  it('does not report quoted titles and scare quotes as statements', () => {
    expect(Object.entries(card.notSpeech).filter(([, ok]) => !ok)).toEqual([])
  })
})
