import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MSRP_THRESHOLD, sameStatement } from '../../src/cluster'

// The Microsoft Research Paraphrase Corpus, training split, outside the repository. The
// cross-validated figures live in eval/msrp.json (scripts/eval/msrp.ts); this checks that
// the frozen model still reproduces them and that the strict decision is the precise one.
const DATA = '../shared/datasets/msrp/msr_paraphrase_train.txt'

describe.skipIf(!existsSync(DATA))('sameStatement on MSRP train', () => {
  const rows = readFileSync(DATA, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((c) => c.length >= 5)
    .map((c) => ({ y: c[0] === '1', a: c[3] ?? '', b: c[4] ?? '' }))

  const score = (pred: ReadonlyArray<boolean>) => {
    let tp = 0
    let fp = 0
    let fn = 0
    let ok = 0
    pred.forEach((p, i) => {
      const y = rows[i]?.y
      if (p === y) ok++
      if (p && y) tp++
      if (p && !y) fp++
      if (!p && y) fn++
    })
    const precision = tp / (tp + fp)
    const recall = tp / (tp + fn)
    return { accuracy: ok / rows.length, precision, f1: (2 * precision * recall) / (precision + recall) }
  }

  it('beats always-paraphrase and word overlap with the MSRP threshold', () => {
    const r = score(rows.map(({ a, b }) => sameStatement(a, b, { threshold: MSRP_THRESHOLD, vetoes: false }).signals.probability >= MSRP_THRESHOLD))
    const always = rows.filter((x) => x.y).length / rows.length
    expect(rows.length).toBeGreaterThan(4000)
    expect(r.accuracy).toBeGreaterThan(always + 0.07)
    expect(r.accuracy).toBeGreaterThan(0.75)
    expect(r.f1).toBeGreaterThan(0.83)
  })

  it('is more precise with the statement decision than with the paraphrase threshold', () => {
    const loose = score(rows.map(({ a, b }) => sameStatement(a, b, { threshold: MSRP_THRESHOLD, vetoes: false }).signals.probability >= MSRP_THRESHOLD))
    const strict = score(rows.map(({ a, b }) => sameStatement(a, b).same))
    expect(strict.precision).toBeGreaterThan(loose.precision + 0.05)
    expect(strict.precision).toBeGreaterThan(0.88)
  })
})
