/**
 * Contradiction detection at scale: claims generated from templates over many distinct events
 * (actors, targets, dates), each event told several ways (success, failure, denial, attempt,
 * figures, places) across outlets. Reports wall time, claims/s, candidate pairs against all
 * pairs, peak memory, and the recall of blocking: the findings of exhaustive pairwise checking
 * on a sample that blocking also finds.
 *
 * Then the claims extracted from generated articles of real paragraphs (bench/corpus.ts), the
 * input analyze() gives this stage (without clusters and copying): CPU time of detection alone.
 * BENCH_CONTRADICT_ARTICLES=1000,2000 (default 1000; 0 skips) picks the corpus sizes.
 */
import { builtinRules, detectContradictions } from '../src/contradict'
import { buildCorpus, ruleContext } from '../src/contradict/context'
import { candidatePairs } from '../src/contradict/detect'
import { eventScope } from '../src/contradict/scope'
import type { Claim } from '../src/model'
import { generate } from './contradict-corpus'
import { generateCorpus } from './corpus'
import { ingestAll } from '../src/ingest'
import { extractClaims, extractQuotesFromCorpus } from '../src/extract'
import { peakRssMiB, report, time } from './lib'
import * as O from 'fp-ts/Option'

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
for (const n of [2_000, 5_000]) {
  const { claims, articles } = generate(n, 7)
  const cpu0 = process.cpuUsage()
  const t = time(() => detectContradictions(claims, { articles }))
  const cpu = process.cpuUsage(cpu0)
  figures[`claims_${n}_ms`] = t.ms
  figures[`claims_${n}_cpu_ms`] = (cpu.user + cpu.system) / 1000
  figures[`claims_${n}_per_s`] = (n / t.ms) * 1000
  figures[`claims_${n}_findings`] = t.result.length
  figures[`claims_${n}_all_pairs`] = (n * (n - 1)) / 2
  figures[`claims_${n}_block_pairs`] = candidatePairs(claims, buildCorpus(claims, { articles })).length
  figures[`claims_${n}_candidate_pairs`] = candidatePairs(claims, buildCorpus(claims, { articles }), builtinRules.rules).length
}
{
  const { claims, articles } = generate(600, 11)
  const blocked = new Set(detectContradictions(claims, { articles }, { allFindingsPerPair: true }).map((c) => [c.a.claimId, c.b.claimId].sort().join('|')))
  const t = time(() => exhaustive(claims, articles))
  const ref = t.result
  let hit = 0
  for (const k of ref) if (blocked.has(k)) hit++
  figures.sample_claims = 600
  figures.exhaustive_ms = t.ms
  figures.exhaustive_findings = ref.size
  figures.blocking_recall = ref.size === 0 ? 1 : hit / ref.size
  figures.blocked_ms = time(() => detectContradictions(claims, { articles })).ms
}
for (const n of (process.env.BENCH_CONTRADICT_ARTICLES ?? '1000').split(',').map(Number).filter((x) => x > 0)) {
  const { articles } = ingestAll(generateCorpus(n))
  const { quotes } = extractQuotesFromCorpus(articles)
  const byArticle = new Map<string, Array<(typeof quotes)[number]>>()
  for (const q of quotes) byArticle.set(q.articleId, [...(byArticle.get(q.articleId) ?? []), q])
  const claims = articles.flatMap((a) => extractClaims(a, byArticle.get(a.id) ?? []))
  const cpu0 = process.cpuUsage()
  const found = detectContradictions(claims, { articles })
  const cpu = process.cpuUsage(cpu0)
  figures[`articles_${n}_claims`] = claims.length
  figures[`articles_${n}_cpu_ms`] = (cpu.user + cpu.system) / 1000
  figures[`articles_${n}_findings`] = found.length
}
figures.peak_rss_mib = peakRssMiB()
figures.load_average_1m = (await import('node:os')).loadavg()[0] ?? 0
report('contradict', figures)
