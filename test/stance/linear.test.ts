import { describe, expect, it } from 'vitest'
import { decide, f1, fit, macroF1, probabilities, tuneOffsets } from '../../src/stance/linear'

// Three classes separated by two features, with a little overlap.
const data = (() => {
  const xs: number[][] = []
  const ys: number[] = []
  for (let i = 0; i < 90; i++) {
    const y = i % 3
    const jitter = ((i * 37) % 11) / 11 - 0.5
    xs.push([y === 1 ? 2 + jitter : jitter, y === 2 ? 2 - jitter : -jitter, jitter])
    ys.push(y)
  }
  return { xs, ys }
})()

describe('multinomial logistic regression', () => {
  const opts = { iterations: 150, learningRate: 0.1, l2: 1e-3, classWeights: [1, 1, 1] }
  const m = fit(['a', 'b', 'c'], ['f1', 'f2', 'noise'], data.xs, data.ys, opts)

  it('learns separable classes', () => {
    const pred = data.xs.map((x) => decide(m, x))
    expect(macroF1(data.ys, pred, 3)).toBeGreaterThan(0.95)
  })

  it('gives probabilities that sum to one', () => {
    const p = probabilities(m, [0.3, 1.7, 0])
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12)
    expect(p[2]).toBeGreaterThan(p[0]!)
  })

  it('is deterministic', () => {
    expect(fit(['a', 'b', 'c'], ['f1', 'f2', 'noise'], data.xs, data.ys, opts)).toEqual(m)
  })

  it('puts more weight on an informative feature than on noise', () => {
    const w = m.weights[1]!
    expect(Math.abs(w[0]!)).toBeGreaterThan(Math.abs(w[2]!))
  })
})

describe('F1 and offsets', () => {
  it('computes per-class F1', () => {
    expect(f1([0, 0, 1, 1], [0, 1, 1, 1], 1)).toBeCloseTo(0.8, 12)
    expect(f1([0, 0], [0, 0], 1)).toBe(0)
  })

  it('tuned offsets recover a rare class that argmax misses', () => {
    // class 1 always scores a little below class 0 but is right when it is close
    const zs = [...Array(20).keys()].map((i) => (i < 4 ? [0.2, 0.1] : [1, -1]))
    const gold = [...Array(20).keys()].map((i) => (i < 4 ? 1 : 0))
    const off = tuneOffsets(zs, gold, 2)
    const pred = zs.map((z) => (z[1]! + off[1]! > z[0]! + off[0]! ? 1 : 0))
    expect(macroF1(gold, pred, 2)).toBe(1)
  })
})
