/**
 * Contradiction detection at scale: claims generated from templates over many distinct events
 * (actors, targets, dates), each event told several ways (success, failure, denial, attempt,
 * figures, places) across outlets. Reports wall time, claims/s, candidate pairs against all
 * pairs, peak memory, and the recall of blocking: the findings of exhaustive pairwise checking
 * on a sample that blocking also finds.
 */
import { builtinRules, detectContradictions } from '../src/contradict'
import { buildCorpus, ruleContext } from '../src/contradict/context'
import { eventScope } from '../src/contradict/scope'
import type { Claim } from '../src/model'
import { claim } from '../src/testing'
import { peakRssMiB, report, time } from './lib'
import * as O from 'fp-ts/Option'

// deterministic PRNG (mulberry32)
const rng = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ACTORS = ['Russia', 'Ukraine', 'Israel', 'Syria', 'Turkey', 'Sudan', 'Mali', 'Yemen', 'Colombia', 'Myanmar', 'Ethiopia', 'Libya']
const TARGETS = ['fuel depot', 'power grid', 'water utility', 'rail bridge', 'grain port', 'radar station', 'border post', 'airfield', 'ministry network', 'oil terminal', 'dam', 'telecom exchange']
const TOWNS = ['Kessa', 'Lomo', 'Dunmore', 'Varna', 'Ossel', 'Tirek', 'Marib', 'Halden', 'Zaria', 'Pella', 'Corvo', 'Ebro', 'Nysa', 'Arlo', 'Sibu', 'Tarn']
const OUTLETS = ['Harbour Times', 'Gulf Daily', 'Valley Courier', 'Northern Star', 'City Wire', 'Metro Ledger']

const generate = (nClaims: number, seed: number): { claims: ReadonlyArray<Claim>; articles: ReadonlyArray<{ id: string; outlet: string; published: string }> } => {
  const r = rng(seed)
  const pick = <A>(xs: ReadonlyArray<A>): A => xs[Math.floor(r() * xs.length)] as A
  const claims: Claim[] = []
  const articles: Array<{ id: string; outlet: string; published: string }> = []
  let e = 0
  while (claims.length < nClaims) {
    e++
    const actor = pick(ACTORS)
    const target = `${pick(TOWNS)} ${pick(TARGETS)}`
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(r() * 3000) * 86_400_000).toISOString().slice(0, 10)
    const dead = 5 + Math.floor(r() * 60)
    const variants = [
      `${actor} forces attacked the ${target} on ${day}.`,
      `The ${actor} attack on the ${target} succeeded, officials said.`,
      `The attack on the ${target} was repelled by air defences.`,
      `Reports of an attack on the ${target} are baseless, the ministry said.`,
      `${actor} tried to strike the ${target} but the attempt failed.`,
      `The strike on the ${target} killed ${dead} people.`,
      `The strike on the ${target} killed ${dead + 20 + Math.floor(r() * 30)} people.`,
      `The attack on the ${target} caused hours of outages.`,
      `Engineers restored service at the ${target}.`
    ]
    const k = 3 + Math.floor(r() * 4)
    for (let i = 0; i < k && claims.length < nClaims; i++) {
      const text = pick(variants)
      const id = `art-${e}-${i % 3}`
      if (!articles.some((a) => a.id === id)) articles.push({ id, outlet: pick(OUTLETS), published: day })
      const m = /killed (\d+) people/.exec(text)
      claims.push(
        claim({
          articleId: id,
          start: i * 200,
          text,
          outlet: articles.find((a) => a.id === id)?.outlet ?? null,
          event: { actor: text.startsWith(actor) || text.includes(`${actor} attack`) ? actor : null, target },
          times: text.includes(day) ? [{ text: day, from: day, to: day, precision: 'day' }] : [],
          quantities: m?.[1] !== undefined ? [{ value: Number(m[1]), text: m[1], measure: 'people' }] : []
        })
      )
    }
  }
  return { claims, articles }
}

/** All pairs, no blocking: the reference for blocking recall. */
const exhaustive = (claims: ReadonlyArray<Claim>, articles: ReadonlyArray<{ id: string; outlet: string; published: string }>): Set<string> => {
  const sorted = [...claims].sort((x, y) => (x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : x.start - y.start))
  const corpus = buildCorpus(sorted, { articles })
  const found = new Set<string>()
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i] as Claim
      const b = sorted[j] as Claim
      const ctx = ruleContext(corpus, eventScope(a, b, corpus))
      for (const rule of builtinRules.rules) {
        const f = rule.check(a, b, ctx)
        if (O.isSome(f) && f.value.confidence >= 0.4) {
          found.add([a.id, b.id].sort().join('|'))
          break
        }
      }
    }
  return found
}

const figures: Record<string, number> = {}
for (const n of [10_000, 20_000]) {
  const { claims, articles } = generate(n, 7)
  const t = time(() => detectContradictions(claims, { articles }))
  figures[`claims_${n}_ms`] = t.ms
  figures[`claims_${n}_per_s`] = (n / t.ms) * 1000
  figures[`claims_${n}_findings`] = t.result.length
  figures[`claims_${n}_all_pairs`] = (n * (n - 1)) / 2
}
{
  const { claims, articles } = generate(2_000, 11)
  const blocked = new Set(detectContradictions(claims, { articles }, { allFindingsPerPair: true }).map((c) => [c.a.claimId, c.b.claimId].sort().join('|')))
  const t = time(() => exhaustive(claims, articles))
  const ref = t.result
  let hit = 0
  for (const k of ref) if (blocked.has(k)) hit++
  figures.sample_claims = 2_000
  figures.exhaustive_ms = t.ms
  figures.exhaustive_findings = ref.size
  figures.blocking_recall = ref.size === 0 ? 1 : hit / ref.size
  figures.blocked_ms = time(() => detectContradictions(claims, { articles })).ms
}
figures.peak_rss_mib = peakRssMiB()
report('contradict', figures)
