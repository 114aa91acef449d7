/**
 * Multinomial logistic regression over standardised features: prediction (used by the
 * library) and a deterministic full-batch optimiser (used by the training scripts).
 * Internal to `src/stance`.
 */

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** A frozen linear model: per class, one weight per feature plus a bias (last). */
export interface LinearModel {
  readonly classes: ReadonlyArray<string>
  readonly features: ReadonlyArray<string>
  readonly mean: ReadonlyArray<number>
  readonly scale: ReadonlyArray<number>
  readonly weights: ReadonlyArray<ReadonlyArray<number>>
  /** Added to each class's log-odds at decision time (tuned for macro-F1). */
  readonly offsets: ReadonlyArray<number>
}

/** Training options. */
export interface FitOptions {
  readonly iterations: number
  readonly learningRate: number
  readonly l2: number
  /** Per-class weight in the loss (e.g. inverse frequency). */
  readonly classWeights: ReadonlyArray<number>
}

// -------------------------------------------------------------------------------------
// prediction
// -------------------------------------------------------------------------------------

/** Class probabilities (softmax of the log-odds, offsets not applied). */
export const logits = (m: LinearModel, x: ArrayLike<number>): Float64Array => {
  const k = m.classes.length
  const d = m.features.length
  const z = new Float64Array(k)
  for (let c = 0; c < k; c++) {
    const w = m.weights[c]!
    let s = w[d] ?? 0
    for (let j = 0; j < d; j++) s += (w[j] ?? 0) * (((x[j] ?? 0) - (m.mean[j] ?? 0)) / (m.scale[j] ?? 1))
    z[c] = s
  }
  return z
}

/** Softmax, in place safe. */
export const softmax = (z: ArrayLike<number>): Float64Array => {
  let max = -Infinity
  for (let i = 0; i < z.length; i++) max = Math.max(max, z[i]!)
  const p = new Float64Array(z.length)
  let sum = 0
  for (let i = 0; i < z.length; i++) {
    p[i] = Math.exp(z[i]! - max)
    sum += p[i]!
  }
  for (let i = 0; i < z.length; i++) p[i] = p[i]! / sum
  return p
}

/** Class probabilities for a feature vector. */
export const probabilities = (m: LinearModel, x: ArrayLike<number>): Float64Array => softmax(logits(m, x))

/** The decided class: highest log-odds after offsets (ties: first class). */
export const decide = (m: LinearModel, x: ArrayLike<number>): number => {
  const z = logits(m, x)
  let best = 0
  for (let c = 1; c < z.length; c++) if (z[c]! + (m.offsets[c] ?? 0) > z[best]! + (m.offsets[best] ?? 0)) best = c
  return best
}

// -------------------------------------------------------------------------------------
// training
// -------------------------------------------------------------------------------------

/**
 * Fits a multinomial logistic regression by full-batch Adam on the class-weighted,
 * L2-regularised log loss. Deterministic: weights start at zero, no sampling.
 */
export const fit = (
  classes: ReadonlyArray<string>,
  features: ReadonlyArray<string>,
  xs: ReadonlyArray<ArrayLike<number>>,
  ys: ReadonlyArray<number>,
  o: FitOptions
): LinearModel => {
  const k = classes.length
  const d = features.length
  const n = xs.length
  // scale only (no centring), so that sparse cue features stay sparse; the bias absorbs the mean
  const mean = new Array<number>(d).fill(0)
  const scale = new Array<number>(d).fill(0)
  for (const x of xs) for (let j = 0; j < d; j++) scale[j]! += (x[j] ?? 0) ** 2 / Math.max(1, n)
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]!) > 1e-9 ? Math.sqrt(scale[j]!) : 1
  const idx: Int32Array[] = []
  const val: Float64Array[] = []
  for (const x of xs) {
    const is: number[] = []
    const vs: number[] = []
    for (let j = 0; j < d; j++) {
      const v = x[j] ?? 0
      if (v !== 0) {
        is.push(j)
        vs.push(v / scale[j]!)
      }
    }
    is.push(d)
    vs.push(1)
    idx.push(Int32Array.from(is))
    val.push(Float64Array.from(vs))
  }
  const W = Array.from({ length: k }, () => new Float64Array(d + 1))
  const M = Array.from({ length: k }, () => new Float64Array(d + 1))
  const V = Array.from({ length: k }, () => new Float64Array(d + 1))
  const G = Array.from({ length: k }, () => new Float64Array(d + 1))
  let wsum = 0
  for (const y of ys) wsum += o.classWeights[y] ?? 1
  const b1 = 0.9
  const b2 = 0.999
  const lg = new Float64Array(k)
  for (let it = 1; it <= o.iterations; it++) {
    for (const g of G) g.fill(0)
    for (let i = 0; i < n; i++) {
      const is = idx[i]!
      const vs = val[i]!
      const y = ys[i]!
      const cw = (o.classWeights[y] ?? 1) / wsum
      for (let c = 0; c < k; c++) {
        const w = W[c]!
        let s = 0
        for (let t = 0; t < is.length; t++) s += w[is[t]!]! * vs[t]!
        lg[c] = s
      }
      const p = softmax(lg)
      for (let c = 0; c < k; c++) {
        const r = (p[c]! - (c === y ? 1 : 0)) * cw
        if (r === 0) continue
        const g = G[c]!
        for (let t = 0; t < is.length; t++) g[is[t]!]! += r * vs[t]!
      }
    }
    for (let c = 0; c < k; c++) {
      const w = W[c]!
      const g = G[c]!
      const m = M[c]!
      const v = V[c]!
      for (let j = 0; j <= d; j++) {
        const gj = g[j]! + (j < d ? o.l2 * w[j]! : 0)
        m[j] = b1 * m[j]! + (1 - b1) * gj
        v[j] = b2 * v[j]! + (1 - b2) * gj * gj
        const mh = m[j]! / (1 - b1 ** it)
        const vh = v[j]! / (1 - b2 ** it)
        w[j] = w[j]! - (o.learningRate * mh) / (Math.sqrt(vh) + 1e-8)
      }
    }
  }
  return {
    classes,
    features,
    mean,
    scale,
    weights: W.map((w) => Array.from(w)),
    offsets: new Array<number>(k).fill(0)
  }
}

/** Macro-F1 of predictions against gold labels over `k` classes. */
export const macroF1 = (gold: ReadonlyArray<number>, pred: ReadonlyArray<number>, k: number): number => {
  let s = 0
  for (let c = 0; c < k; c++) s += f1(gold, pred, c)
  return s / k
}

/** F1 of one class. */
export const f1 = (gold: ReadonlyArray<number>, pred: ReadonlyArray<number>, c: number): number => {
  let tp = 0
  let fp = 0
  let fn = 0
  for (let i = 0; i < gold.length; i++) {
    if (pred[i] === c && gold[i] === c) tp++
    else if (pred[i] === c) fp++
    else if (gold[i] === c) fn++
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)
}

/**
 * Per-class additive offsets to the log-odds that maximise macro-F1 of `argmax(z + offset)`
 * on the given (out-of-fold) log-odds; coordinate search on a fixed grid, deterministic.
 */
export const tuneOffsets = (zs: ReadonlyArray<ArrayLike<number>>, gold: ReadonlyArray<number>, k: number): ReadonlyArray<number> => {
  const off = new Array<number>(k).fill(0)
  const predict = (o: ReadonlyArray<number>): number[] =>
    zs.map((z) => {
      let b = 0
      for (let c = 1; c < k; c++) if (z[c]! + o[c]! > z[b]! + o[b]!) b = c
      return b
    })
  let best = macroF1(gold, predict(off), k)
  for (let pass = 0; pass < 3; pass++) {
    for (let c = 1; c < k; c++) {
      for (let v = -3; v <= 3.0001; v += 0.1) {
        const trial = off.slice()
        trial[c] = Math.round(v * 10) / 10
        const s = macroF1(gold, predict(trial), k)
        if (s > best + 1e-9) {
          best = s
          off[c] = trial[c]!
        }
      }
    }
  }
  return off
}
