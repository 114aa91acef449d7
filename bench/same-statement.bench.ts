/**
 * Micro-benchmark of `sameStatement`'s hot path (`judgePrepared`, what clustering calls for
 * every candidate pair): pairs per CPU second on prepared spans, so that a change of the
 * model's features can be weighed against the clustering budget.
 *
 * Pairs: every sentence of the seed articles (8 to 45 words) against a perturbed copy of
 * itself (word swap, deletion, hyphenation; the kind of pair LSH proposes) and against the
 * next sentence (a pair on the same topic that is not the same statement). CPU time of the
 * process (`process.cpuUsage`), median of 7 runs after a warm-up.
 *
 *   npx tsx bench/same-statement.bench.ts
 */
import { readFileSync, readdirSync } from 'node:fs'
import { type Prepared, prepare } from '../src/cluster/normalise'
import { judgePrepared } from '../src/cluster/same-statement'
import { prng, report } from './lib'

const sentences: string[] = []
for (const f of readdirSync('seeds').sort()) {
  for (const s of readFileSync(`seeds/${f}`, 'utf8').split(/(?<=[.!?]["\u201d]?)\s+|\n+/)) {
    const n = s.trim().split(/\s+/).length
    if (n >= 8 && n <= 45) sentences.push(s.trim())
  }
}

const rnd = prng(7)
const perturb = (s: string): string => {
  const ws = s.split(' ')
  const i = 1 + Math.floor(rnd() * (ws.length - 2))
  switch (Math.floor(rnd() * 3)) {
    case 0:
      ;[ws[i], ws[i + 1]] = [ws[i + 1] as string, ws[i] as string]
      break
    case 1:
      ws.splice(i, 1)
      break
    default:
      if (/^[a-z]{3,}$/i.test(ws[i] ?? '') && /^[a-z]{3,}$/i.test(ws[i + 1] ?? '')) ws.splice(i, 2, `${ws[i]}-${ws[i + 1]}`)
  }
  return ws.join(' ')
}

const pairs: Array<readonly [Prepared, Prepared]> = []
sentences.forEach((s, i) => {
  const p = prepare(s)
  pairs.push([p, prepare(perturb(s))])
  pairs.push([p, prepare(sentences[(i + 1) % sentences.length] as string)])
})

const REPEAT = Math.max(1, Math.round(100_000 / pairs.length))
const run = (): number => {
  let same = 0
  for (let r = 0; r < REPEAT; r++) for (const [a, b] of pairs) if (judgePrepared(a, b).same) same++
  return same
}

const cpuMs = (f: () => unknown): number => {
  const t0 = process.cpuUsage()
  f()
  const t = process.cpuUsage(t0)
  return (t.user + t.system) / 1000
}

run()
const runs: number[] = []
for (let i = 0; i < 7; i++) runs.push(cpuMs(run))
runs.sort((a, b) => a - b)
const ms = runs[3] as number
report('same-statement', {
  pairs: pairs.length * REPEAT,
  distinctPairs: pairs.length,
  cpuMsMedian: ms,
  pairsPerCpuSecond: Math.round((pairs.length * REPEAT * 1000) / ms),
  sameShare: run() / (pairs.length * REPEAT)
})
