import { describe, expect, it } from 'vitest'
import { featureNames } from '../../src/stance/features'
import { BODY_STANCE_MODEL, HEADLINE_STANCE_MODEL, HEADLINE_VOCABULARY, RELATEDNESS_MODEL } from '../../src/stance/weights'

describe('shipped stance models', () => {
  it('are fitted on exactly the features the library computes, in order', () => {
    expect(RELATEDNESS_MODEL.features).toEqual(featureNames('relatedness'))
    expect(BODY_STANCE_MODEL.features).toEqual(featureNames('stance'))
    expect(HEADLINE_STANCE_MODEL.features).toEqual(featureNames('headline', HEADLINE_VOCABULARY))
  })

  it('have one finite weight per feature plus a bias for every class', () => {
    for (const m of [RELATEDNESS_MODEL, BODY_STANCE_MODEL, HEADLINE_STANCE_MODEL]) {
      expect(m.weights.length).toBe(m.classes.length)
      expect(m.offsets.length).toBe(m.classes.length)
      expect(m.mean.length).toBe(m.features.length)
      expect(m.scale.length).toBe(m.features.length)
      for (const w of m.weights) {
        expect(w.length).toBe(m.features.length + 1)
        expect(w.every(Number.isFinite)).toBe(true)
      }
      expect(m.scale.every((s) => s > 0)).toBe(true)
    }
  })

  it('feature names are unique', () => {
    for (const k of ['relatedness', 'stance'] as const) expect(new Set(featureNames(k)).size).toBe(featureNames(k).length)
    expect(new Set(featureNames('headline', HEADLINE_VOCABULARY)).size).toBe(featureNames('headline', HEADLINE_VOCABULARY).length)
  })

  it('learned the expected direction for the clearest cues', () => {
    const w = (name: string, c: number): number => {
      const j = BODY_STANCE_MODEL.features.indexOf(name)
      return (BODY_STANCE_MODEL.weights[c]?.[j] ?? 0) / (BODY_STANCE_MODEL.scale[j] ?? 1)
    }
    // refuting cues in the body push towards disagree (1) rather than agree (0)
    expect(w('st.bodyAny.refute', 1)).toBeGreaterThan(w('st.bodyAny.refute', 0))
    // hedges near the claim push towards discuss (2) rather than agree (0)
    expect(w('st.soft.hedge', 2)).toBeGreaterThan(w('st.soft.hedge', 0))
    // more of the claim's content in the body means related
    const r = RELATEDNESS_MODEL.features.indexOf('rel.cov')
    expect((RELATEDNESS_MODEL.weights[1]?.[r] ?? 0) - (RELATEDNESS_MODEL.weights[0]?.[r] ?? 0)).toBeGreaterThan(0)
  })
})
