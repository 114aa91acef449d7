/**
 * Probe of the claims stage's cue lexicons on Emergent (Ferreira & Vlachos 2016, train
 * split): each article headline is read with `analyzeClaim` alone (no claim text, no
 * training) and mapped to a stance by its cues: a denial or a negated occurrence is
 * `against` (so is any negated claim: "X is not Y"), a hedged / reported / questioned headline is `observing`, anything else `for`.
 * This measures how well negation, denial and hedge detection separate the three classes;
 * it is not a stance model (see scripts/eval/emergent.ts for that).
 *
 * Run: `npx tsx scripts/eval/claims-emergent.ts` (writes eval/claims-emergent.json).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { analyzeClaim } from '../../src/extract/claims'

const FILE = '../shared/datasets/emergent/url-versions-2015-06-14-clean-train.csv'
if (!existsSync(FILE)) {
  process.stdout.write(`skipped: ${FILE} not found\n`)
  process.exit(0)
}

const parseCsv = (text: string): ReadonlyArray<ReadonlyArray<string>> => {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else if (c !== '\r') field += c
  }
  if (field.length > 0 || row.length > 0) rows.push([...row, field])
  return rows
}

type Label = 'for' | 'against' | 'observing'
const LABELS: ReadonlyArray<Label> = ['for', 'against', 'observing']

const rows = parseCsv(readFileSync(FILE, 'utf8')).slice(1).filter((r) => r.length >= 4)
const predict = (headline: string): Label => {
  const r = analyzeClaim(headline)
  if (r.predicate === 'denial' || r.polarity === 'negative') return 'against'
  if (r.modality !== 'asserted' || r.certainty < 1) return 'observing'
  return 'for'
}

const confusion: Record<Label, Record<Label, number>> = {
  for: { for: 0, against: 0, observing: 0 },
  against: { for: 0, against: 0, observing: 0 },
  observing: { for: 0, against: 0, observing: 0 }
}
const t0 = performance.now()
for (const r of rows) {
  const gold = r[3] as Label
  if (!LABELS.includes(gold)) continue
  confusion[gold][predict(r[2] ?? '')]++
}
const ms = performance.now() - t0
const n = LABELS.reduce((s, g) => s + LABELS.reduce((t, p) => t + confusion[g][p], 0), 0)
const correct = LABELS.reduce((s, l) => s + confusion[l][l], 0)
const perClass = Object.fromEntries(
  LABELS.map((l) => {
    const tp = confusion[l][l]
    const predicted = LABELS.reduce((s, g) => s + confusion[g][l], 0)
    const actual = LABELS.reduce((s, p) => s + confusion[l][p], 0)
    const precision = predicted === 0 ? 0 : tp / predicted
    const recall = actual === 0 ? 0 : tp / actual
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
    return [l, { precision, recall, f1, support: actual }]
  })
) as Record<Label, { precision: number; recall: number; f1: number; support: number }>
const majority = Math.max(...LABELS.map((l) => perClass[l].support)) / n
const figures = {
  data: 'Emergent train split, article headlines (2,071 pairs)',
  n,
  accuracy: correct / n,
  macroF1: LABELS.reduce((s, l) => s + perClass[l].f1, 0) / LABELS.length,
  majorityClassAccuracy: majority,
  perClass,
  confusion,
  headlinesPerSecond: n / (ms / 1000)
}
mkdirSync('eval', { recursive: true })
writeFileSync('eval/claims-emergent.json', JSON.stringify(figures, null, 2) + '\n')
process.stdout.write(JSON.stringify(figures, null, 2) + '\n')
