/**
 * FNC-1 stance evaluation (headline vs article body).
 *
 *   npx tsx scripts/eval/fnc1.ts            evaluate the shipped weights on the hold-out split
 *   npx tsx scripts/eval/fnc1.ts --train    refit on the training split, write src/stance/weights.ts, evaluate
 *
 * Data: ../shared/datasets/fnc1 (train_bodies.csv, train_stances.csv, splits/ = the official
 * baseline's body-id split). Training uses only bodies in splits/training_ids.txt; figures are
 * on splits/hold_out_ids.txt. Writes eval/fnc1.json. Macro-F1 and per-class F1 first; the FNC
 * score is reported second because it rewards related/unrelated and can be gamed.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { parseCsvRecords } from '../../src/internal/csv'
import { featureNames, featureVector, pairFacts, prepareText, type PreparedText } from '../../src/stance/features'
import { balancedWeights, fitWithOffsets, modelSource, type Example } from '../../src/stance/train'
import { macroF1, f1 } from '../../src/stance/linear'
import { EXPLICIT_REFUTATION_BOOST, STANCE_LABELS, classifyPrepared, explicitRefutations, type StanceLabel, type StanceModels } from '../../src/stance/stance'
import { DEFAULT_STANCE_MODELS } from '../../src/stance/weights'

export const FNC1_DIR = new URL('../../../shared/datasets/fnc1/', import.meta.url).pathname

export interface Fnc1Pair {
  readonly headline: string
  readonly bodyId: string
  readonly label: StanceLabel
}

export interface Fnc1 {
  readonly bodies: ReadonlyMap<string, string>
  readonly pairs: ReadonlyArray<Fnc1Pair>
  readonly trainIds: ReadonlySet<string>
  readonly holdIds: ReadonlySet<string>
}

const ids = (p: string): ReadonlySet<string> =>
  new Set(
    readFileSync(p, 'utf8')
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter((s) => s.length > 0)
  )

/** Reads the FNC-1 training data and the body-id split. */
export const loadFnc1 = (dir: string = FNC1_DIR): Fnc1 => {
  const bodies = new Map(parseCsvRecords(readFileSync(dir + 'train_bodies.csv', 'utf8')).map((r) => [r['Body ID'] ?? '', r['articleBody'] ?? '']))
  const pairs = parseCsvRecords(readFileSync(dir + 'train_stances.csv', 'utf8')).map((r) => ({
    headline: r['Headline'] ?? '',
    bodyId: r['Body ID'] ?? '',
    label: (r['Stance'] ?? 'unrelated') as StanceLabel
  }))
  return { bodies, pairs, trainIds: ids(dir + 'splits/training_ids.txt'), holdIds: ids(dir + 'splits/hold_out_ids.txt') }
}

/** The official FNC-1 score: 0.25 per correct related/unrelated, 0.75 more per correct related label. */
export const fncScore = (gold: ReadonlyArray<StanceLabel>, pred: ReadonlyArray<StanceLabel>): number => {
  const related = (l: StanceLabel | undefined): boolean => l !== undefined && l !== 'unrelated'
  let s = 0
  let max = 0
  gold.forEach((g, i) => {
    const p = pred[i]
    max += g === 'unrelated' ? 0.25 : 1
    if (g === p) s += g === 'unrelated' ? 0.25 : 0.75
    if (related(g) && related(p)) s += 0.25
  })
  return max > 0 ? s / max : 0
}

/** Per-class F1, macro-F1, accuracy and confusion matrix. */
export const scoreLabels = (gold: ReadonlyArray<StanceLabel>, pred: ReadonlyArray<StanceLabel>) => {
  const L = STANCE_LABELS
  const g = gold.map((x) => L.indexOf(x))
  const p = pred.map((x) => L.indexOf(x))
  const perClass = Object.fromEntries(L.map((l, c) => [l, round(f1(g, p, c))]))
  const confusion = Object.fromEntries(L.map((l, c) => [l, Object.fromEntries(L.map((m, d) => [m, g.filter((x, i) => x === c && p[i] === d).length]))]))
  const accuracy = g.filter((x, i) => x === p[i]).length / Math.max(1, g.length)
  return { macroF1: round(macroF1(g, p, L.length)), perClassF1: perClass, accuracy: round(accuracy), confusion }
}

const round = (x: number): number => Math.round(x * 10000) / 10000

/**
 * Topic of each training body: connected components of the graph linking bodies to the
 * headlines they are related to (unrelated pairs link nothing). Folds grouped by topic keep
 * every story out of training while it is tested, as on a test set of new stories (grouping
 * by body alone lets the same headline sit on both sides).
 */
export const topicOf = (data: Fnc1): ReadonlyMap<string, string> => {
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    let r = x
    while ((parent.get(r) ?? r) !== r) r = parent.get(r) ?? r
    return r
  }
  const union = (a: string, b: string): void => {
    const ra = find(a)
    const rb = find(b)
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb)
  }
  for (const p of data.pairs) if (p.label !== 'unrelated') union('b' + p.bodyId, 'h' + p.headline)
  return new Map([...data.bodies.keys()].map((id) => [id, find('b' + id)]))
}

/** Features of every pair, computed once per body and once per headline. */
export const pairExamples = (data: Fnc1, bodyIds: ReadonlySet<string>) => {
  const bodyCache = new Map<string, PreparedText>()
  const claimCache = new Map<string, PreparedText>()
  const out: Array<{ pair: Fnc1Pair; claim: PreparedText; body: PreparedText }> = []
  for (const pair of data.pairs) {
    if (!bodyIds.has(pair.bodyId)) continue
    let body = bodyCache.get(pair.bodyId)
    if (body === undefined) {
      body = prepareText(data.bodies.get(pair.bodyId) ?? '')
      bodyCache.set(pair.bodyId, body)
    }
    let claim = claimCache.get(pair.headline)
    if (claim === undefined) {
      claim = prepareText(pair.headline)
      claimCache.set(pair.headline, claim)
    }
    out.push({ pair, claim, body })
  }
  return out
}

const RELATEDNESS_FIT = { iterations: 200, learningRate: 0.1, l2: 1e-3 } as const
/** Strong L2: chosen on out-of-fold macro-F1 within the training bodies, folds by topic (0.03 / 0.1 / 0.3 / 1). */
const STANCE_FIT = { iterations: 200, learningRate: 0.1, l2: 0.3 } as const

/** Fits both models on the training bodies. */
export const trainFnc1 = (data: Fnc1, log: (s: string) => void = () => {}): StanceModels => {
  const items = pairExamples(data, data.trainIds)
  const topic = topicOf({ ...data, pairs: data.pairs.filter((p) => data.trainIds.has(p.bodyId)) })
  log(`training pairs: ${items.length}, topics: ${new Set(topic.values()).size}`)
  const relEx: Example[] = items.map(({ pair, claim, body }) => ({
    x: featureVector('relatedness', pairFacts(claim, body)),
    y: pair.label === 'unrelated' ? 0 : 1,
    group: topic.get(pair.bodyId) ?? pair.bodyId
  }))
  const relatedness = fitWithOffsets(['unrelated', 'related'], featureNames('relatedness'), relEx, { ...RELATEDNESS_FIT, classWeights: balancedWeights(relEx.map((e) => e.y), 2, 0.5) }, 4)
  log(`relatedness fitted, offsets ${relatedness.offsets.join(', ')}`)
  const stanceClasses = ['agree', 'disagree', 'discuss']
  const stEx: Example[] = items
    .filter(({ pair }) => pair.label !== 'unrelated')
    .map(({ pair, claim, body }) => {
      const facts = pairFacts(claim, body)
      return {
        x: featureVector('stance', facts),
        y: stanceClasses.indexOf(pair.label),
        group: topic.get(pair.bodyId) ?? pair.bodyId,
        adjust: [0, EXPLICIT_REFUTATION_BOOST * explicitRefutations(facts), 0]
      }
    })
  const stance = fitWithOffsets(stanceClasses, featureNames('stance'), stEx, { ...STANCE_FIT, classWeights: balancedWeights(stEx.map((e) => e.y), 3, 0.5) }, 4)
  log(`stance fitted, offsets ${stance.offsets.join(', ')}`)
  return { relatedness, stance }
}

/** Evaluates models on the hold-out bodies. */
export const evaluateFnc1 = (data: Fnc1, models: StanceModels, bodyIds: ReadonlySet<string> = data.holdIds) => {
  const items = pairExamples(data, bodyIds)
  const gold = items.map((i) => i.pair.label)
  const pred = items.map((i) => classifyPrepared(i.claim, i.body, models).label)
  const s = scoreLabels(gold, pred)
  return { pairs: items.length, ...s, fncScore: round(fncScore(gold, pred)) }
}

/** Replaces the text between `// <name>` and `// </name>` markers (appends the block when absent). */
export const replaceSection = (source: string, name: string, body: string): string => {
  const open = `// <${name}>`
  const close = `// </${name}>`
  const block = `${open}\n${body.trimEnd()}\n${close}`
  const i = source.indexOf(open)
  const j = source.indexOf(close)
  return i >= 0 && j > i ? source.slice(0, i) + block + source.slice(j + close.length) : `${source.trimEnd()}\n\n${block}\n`
}

export const WEIGHTS_PATH = new URL('../../src/stance/weights.ts', import.meta.url).pathname

const WEIGHTS_HEADER = [
  `/**`,
  ` * Frozen weights of the stance models, generated from training splits only by`,
  ` * \`npx tsx scripts/eval/fnc1.ts --train\` (relatedness and body stance, FNC-1 training bodies)`,
  ` * and \`npx tsx scripts/eval/emergent.ts --train\` (headline stance, Emergent training file).`,
  ` * Do not edit by hand: each script rewrites its own marked section. Features are named; see`,
  ` * \`features.ts\`.`,
  ` *`,
  ` * @since 0.1.0`,
  ` */`,
  `import type { LinearModel } from './linear'`,
  ``
].join('\n')

const writeWeights = (fnc: StanceModels): void => {
  const prev = existsSync(WEIGHTS_PATH) ? readFileSync(WEIGHTS_PATH, 'utf8') : ''
  let src = prev.includes('// <fnc1-models>') ? prev : `${WEIGHTS_HEADER}\n`
  src = replaceSection(
    src,
    'fnc1-models',
    [
      modelSource('RELATEDNESS_MODEL', 'Related vs unrelated (FNC-1 training bodies).', fnc.relatedness),
      ``,
      modelSource('BODY_STANCE_MODEL', 'Agree / disagree / discuss of a related body (FNC-1 training bodies).', fnc.stance),
      ``,
      `/** The default models: FNC-1 relatedness and body stance. */`,
      `export const DEFAULT_STANCE_MODELS = { relatedness: RELATEDNESS_MODEL, stance: BODY_STANCE_MODEL } as const`
    ].join('\n')
  )
  if (!src.includes('// <emergent-model>')) {
    src = replaceSection(src, 'emergent-model', modelSource('HEADLINE_STANCE_MODEL', 'Placeholder until `scripts/eval/emergent.ts --train` runs: the body model.', fnc.stance))
  }
  writeFileSync(WEIGHTS_PATH, src)
}

const main = (): void => {
  if (!existsSync(FNC1_DIR)) {
    console.log(`no dataset at ${FNC1_DIR}; nothing to do`)
    return
  }
  const t0 = Date.now()
  const data = loadFnc1()
  let models: StanceModels = DEFAULT_STANCE_MODELS
  if (process.argv.includes('--train')) {
    models = trainFnc1(data, (s) => console.log(s))
    if (!process.argv.includes('--dry')) writeWeights(models)
  }
  const hold = evaluateFnc1(data, models)
  const result = {
    dataset: 'FNC-1 training data, official baseline body-id split',
    trainedOn: 'splits/training_ids.txt bodies only',
    reportedOn: 'splits/hold_out_ids.txt bodies',
    holdOut: hold,
    published: {
      note: 'FNC-1 competition test set (not this hold-out), computed from the winners\' submissions',
      macroF1: [0.578, 0.6],
      disagreeF1: [0.036, 0.151]
    },
    targets: { macroF1: 0.65, disagreeF1: 0.35 },
    seconds: (Date.now() - t0) / 1000
  }
  console.log(JSON.stringify(result, null, 2))
  if (!process.argv.includes('--dry')) {
    mkdirSync(new URL('../../eval/', import.meta.url).pathname, { recursive: true })
    writeFileSync(new URL('../../eval/fnc1.json', import.meta.url).pathname, JSON.stringify(result, null, 2) + '\n')
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main()
