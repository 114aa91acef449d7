/**
 * Stance throughput: claim/article pairs per second.
 *
 * With ../shared/datasets/fnc1 present: every pair of the FNC-1 hold-out split (about 9.6k
 * pairs) and of the training split (about 40k), (a) through `rankStances(headline, bodies)`
 * grouped by headline (each call prepares its bodies again), (b) with the bodies prepared once
 * by `prepareStanceCorpus` and each headline ranked against its bodies by `rankStancesIn`
 * (what a caller scoring many claims against one corpus does), and (c) the scoring alone,
 * every text already prepared.
 * Without the data: a generated corpus of the same shape.
 *
 * Times are CPU time of this process (`process.cpuUsage`, user + system), not wall time, so the
 * figures hold on a shared machine; `singlePair.stance.ms` stays a median of wall times.
 */
import { existsSync } from 'node:fs'
import { medianMs, peakRssMiB, report } from './lib'
import { prepareStanceCorpus, rankStances, rankStancesIn, stance } from '../src/stance'
import { prepareText } from '../src/stance/features'
import { classifyPrepared } from '../src/stance/stance'
import { FNC1_DIR, loadFnc1 } from '../scripts/eval/fnc1'

interface Pair {
  readonly headline: string
  readonly bodyId: string
}

/** Runs `f` once; `ms` is the CPU time it took (user + system). */
const time = <A>(f: () => A): { readonly result: A; readonly ms: number } => {
  const c0 = process.cpuUsage()
  const result = f()
  const c = process.cpuUsage(c0)
  return { result, ms: (c.user + c.system) / 1000 }
}

const cpuNow = (): number => {
  const c = process.cpuUsage()
  return (c.user + c.system) / 1000
}

const generated = (): { bodies: Map<string, string>; pairs: Pair[] } => {
  const subjects = ['The council', 'A spokesman', 'Police', 'The ministry', 'Witnesses', 'The company']
  const verbs = ['denied', 'confirmed', 'reportedly said', 'announced', 'could not verify', 'described']
  const objects = ['the flood damage', 'a new bridge', 'the missing hikers', 'a data breach', 'the strike', 'the fire']
  const bodies = new Map<string, string>()
  for (let b = 0; b < 300; b++) {
    const sents: string[] = []
    for (let s = 0; s < 20; s++) sents.push(`${subjects[(b + s) % 6]} ${verbs[(b * 7 + s) % 6]} ${objects[(b * 3 + s * 5) % 6]} on day ${s}.`)
    bodies.set(String(b), sents.join(' '))
  }
  const pairs: Pair[] = []
  for (let i = 0; i < 10_000; i++) pairs.push({ headline: `${subjects[i % 6]} ${verbs[(i >> 2) % 6]} ${objects[(i >> 4) % 6]}`, bodyId: String(i % 300) })
  return { bodies, pairs }
}

const run = (name: string, bodies: ReadonlyMap<string, string>, pairs: ReadonlyArray<Pair>): Record<string, number> => {
  const byHeadline = new Map<string, string[]>()
  for (const p of pairs) byHeadline.set(p.headline, [...(byHeadline.get(p.headline) ?? []), p.bodyId])
  const corpus = time(() => {
    let n = 0
    for (const [h, ids] of byHeadline) n += rankStances(h, ids.map((id) => ({ id, text: bodies.get(id) ?? '' }))).length
    return n
  })
  const prepared = time(() => {
    const ids = [...new Set(pairs.map((p) => p.bodyId))]
    const corpus = prepareStanceCorpus(ids.map((id) => ({ id, text: bodies.get(id) ?? '' })))
    let n = 0
    for (const [h, only] of byHeadline) n += rankStancesIn(corpus, h, only).length
    return n
  })
  const scoring = time(() => {
    const pb = new Map([...new Set(pairs.map((p) => p.bodyId))].map((id) => [id, prepareText(bodies.get(id) ?? '')]))
    const pc = new Map([...byHeadline.keys()].map((h) => [h, prepareText(h)]))
    const t0 = cpuNow()
    let n = 0
    for (const p of pairs) if (classifyPrepared(pc.get(p.headline)!, pb.get(p.bodyId)!).label.length > 0) n++
    return { n, ms: cpuNow() - t0 }
  })
  return {
    [`${name}.pairs`]: pairs.length,
    [`${name}.bodies`]: new Set(pairs.map((p) => p.bodyId)).size,
    [`${name}.rankStances.seconds`]: corpus.ms / 1000,
    [`${name}.rankStances.pairsPerSecond`]: Math.round(corpus.result / (corpus.ms / 1000)),
    [`${name}.corpusPreparedOnce.seconds`]: prepared.ms / 1000,
    [`${name}.corpusPreparedOnce.pairsPerSecond`]: Math.round(prepared.result / (prepared.ms / 1000)),
    [`${name}.preparation.seconds`]: (scoring.ms - scoring.result.ms) / 1000,
    [`${name}.scoringOnly.pairsPerSecond`]: Math.round(scoring.result.n / (scoring.result.ms / 1000))
  }
}

const main = (): void => {
  const figures: Record<string, unknown> = {}
  if (existsSync(FNC1_DIR)) {
    const data = loadFnc1()
    figures['data'] = 'FNC-1 training file, official body-id split'
    Object.assign(figures, run('holdOut', data.bodies, data.pairs.filter((p) => data.holdIds.has(p.bodyId))))
    Object.assign(figures, run('training', data.bodies, data.pairs.filter((p) => data.trainIds.has(p.bodyId))))
    const first = data.pairs[0]!
    const body = data.bodies.get(first.bodyId) ?? ''
    figures['singlePair.stance.ms'] = medianMs(() => stance(first.headline, body), 21)
    figures['singlePair.bodyChars'] = body.length
  } else {
    const g = generated()
    figures['data'] = 'generated (no ../shared/datasets/fnc1)'
    Object.assign(figures, run('generated', g.bodies, g.pairs))
  }
  figures['clock'] = 'CPU time (process.cpuUsage), except singlePair.stance.ms (median wall time)'
  figures['peakRssMiB'] = peakRssMiB()
  report('stance', figures)
}

main()
