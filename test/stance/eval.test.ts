// Checks the shipped models on public evaluation data, when it is present (it never is in a
// fresh clone: ../shared/datasets is outside the repository). Floors are well under the
// figures in eval/*.json: this guards against a broken model or feature drift, nothing more.
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FNC1_DIR, evaluateFnc1, loadFnc1 } from '../../scripts/eval/fnc1'
import { EMERGENT_FILE, emergentItems, fitHeadlineModel, loadEmergent, predictItems } from '../../scripts/eval/emergent'
import { foldOf } from '../../src/stance/train'
import { DEFAULT_STANCE_MODELS } from '../../src/stance/weights'

describe.skipIf(!existsSync(FNC1_DIR))('FNC-1 hold-out sample (shipped weights, trained on the training bodies only)', () => {
  it('stays above sane floors on 80 hold-out bodies', () => {
    const data = loadFnc1()
    const sample = new Set([...data.holdIds].sort().slice(0, 80))
    const r = evaluateFnc1(data, DEFAULT_STANCE_MODELS, sample)
    expect(r.pairs).toBeGreaterThan(1000)
    expect(r.perClassF1['unrelated']).toBeGreaterThan(0.9)
    expect(r.perClassF1['discuss']).toBeGreaterThan(0.5)
    expect(r.perClassF1['agree']).toBeGreaterThan(0.3)
    expect(r.perClassF1['disagree']).toBeGreaterThan(0.1)
    expect(r.macroF1).toBeGreaterThan(0.5)
  })
})

describe.skipIf(!existsSync(EMERGENT_FILE))('Emergent, one fold held out by claim', () => {
  it('a headline model trained on the other claims beats the majority class clearly', () => {
    const items = emergentItems(loadEmergent())
    const train = items.filter((e) => foldOf(e.group, 5) !== 0)
    const test = items.filter((e) => foldOf(e.group, 5) === 0)
    const fitted = fitHeadlineModel(train)
    // the vocabulary comes from the training claims only
    const trainClaims = new Set(train.map((e) => e.group))
    expect(test.every((e) => !trainClaims.has(e.group))).toBe(true)
    const pred = predictItems(fitted, test)
    const accuracy = test.filter((e, i) => pred[i] === e.y).length / test.length
    expect(test.length).toBeGreaterThan(200)
    expect(accuracy).toBeGreaterThan(0.65)
  })
})
