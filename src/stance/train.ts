/**
 * Training helpers for the stance models, used by `scripts/eval/*.ts` (never at run time).
 * Internal to `src/stance`: the library ships frozen weights (`weights.ts`).
 */
import { fnv1a32 } from '../internal/hash'
import { decide, fit, logits, tuneOffsets, type FitOptions, type LinearModel } from './linear'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** One training example: features, class index, and the group it must not be split from. */
export interface Example {
  readonly x: Float64Array
  readonly y: number
  readonly group: string
  /** Added to the log-odds at decision time by rules outside the model (e.g. explicit refutation). */
  readonly adjust?: ReadonlyArray<number>
}

// -------------------------------------------------------------------------------------
// training
// -------------------------------------------------------------------------------------

/** Inverse-frequency class weights, tempered by `power` (0: none, 1: fully balanced). */
export const balancedWeights = (ys: ReadonlyArray<number>, k: number, power: number): ReadonlyArray<number> => {
  const counts = new Array<number>(k).fill(0)
  for (const y of ys) counts[y]!++
  return counts.map((c) => (c > 0 ? (ys.length / (k * c)) ** power : 1))
}

/** The fold (0..folds-1) of a group, stable across runs. */
export const foldOf = (group: string, folds: number): number => fnv1a32(group) % folds

/**
 * Fits on all examples, with per-class decision offsets tuned for macro-F1 on out-of-fold
 * log-odds from `folds` group-wise folds (so the offsets are not tuned on fitted data).
 */
export const fitWithOffsets = (
  classes: ReadonlyArray<string>,
  features: ReadonlyArray<string>,
  examples: ReadonlyArray<Example>,
  options: FitOptions,
  folds: number
): LinearModel => {
  const k = classes.length
  const oof: Float64Array[] = new Array<Float64Array>(examples.length)
  for (let f = 0; f < folds; f++) {
    const trainIdx: number[] = []
    const testIdx: number[] = []
    examples.forEach((e, i) => (foldOf(e.group, folds) === f ? testIdx : trainIdx).push(i))
    const m = fit(
      classes,
      features,
      trainIdx.map((i) => examples[i]!.x),
      trainIdx.map((i) => examples[i]!.y),
      options
    )
    for (const i of testIdx) {
      const z = logits(m, examples[i]!.x)
      const a = examples[i]!.adjust ?? []
      for (let c = 0; c < z.length; c++) z[c] = z[c]! + (a[c] ?? 0)
      oof[i] = z
    }
  }
  const offsets = folds > 1 ? tuneOffsets(oof, examples.map((e) => e.y), k) : new Array<number>(k).fill(0)
  const full = fit(
    classes,
    features,
    examples.map((e) => e.x),
    examples.map((e) => e.y),
    options
  )
  return { ...full, offsets }
}

/** Predicted class indices of a model over examples. */
export const predictAll = (m: LinearModel, xs: ReadonlyArray<ArrayLike<number>>): ReadonlyArray<number> =>
  xs.map((x) => decide(m, x))

/** A TypeScript source for a frozen model constant, numbers rounded to 6 significant digits. */
export const modelSource = (name: string, doc: string, m: LinearModel): string => {
  const r = (x: number): number => Number(x.toPrecision(6))
  const arr = (xs: ReadonlyArray<number>): string => `[${xs.map(r).join(', ')}]`
  return [
    `/**`,
    ...doc.split('\n').map((l) => ` * ${l}`.trimEnd()),
    ` */`,
    `export const ${name}: LinearModel = {`,
    `  classes: ${JSON.stringify(m.classes)},`,
    `  features: [\n${m.features.map((f) => `    ${JSON.stringify(f)}`).join(',\n')}\n  ],`,
    `  mean: ${arr(m.mean)},`,
    `  scale: ${arr(m.scale)},`,
    `  weights: [\n${m.weights.map((w) => `    ${arr(w)}`).join(',\n')}\n  ],`,
    `  offsets: ${arr(m.offsets)}`,
    `}`
  ].join('\n')
}
