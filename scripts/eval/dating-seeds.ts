/**
 * Publication-date inference on the five seed articles against the analyst gold
 * (/work/shared/spec/seeds-gold.json), and its effect on contradiction findings.
 * Run: npx tsx scripts/eval/dating-seeds.ts  (writes eval/dating-seeds.json)
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import * as E from 'fp-ts/Either'
import { analyze } from '../../src/analyze'
import { ingestAll } from '../../src/ingest'
import { detectCopying } from '../../src/cluster'
import { explainDate, inferPublicationDates } from '../../src/extract/dating'

const GOLD = '/work/shared/spec/seeds-gold.json'
const files = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort()
const inputs = files.map((f) => ({ id: f.slice(0, 3), text: readFileSync(`seeds/${f}`, 'utf8') }))
const gold: Record<string, { published?: string }> = existsSync(GOLD) ? JSON.parse(readFileSync(GOLD, 'utf8')).articles : {}

const { articles } = ingestAll(inputs, {})
const inferred = inferPublicationDates(articles, { copying: detectCopying(articles) })
const rows = inferred.map((d) => {
  const own = articles.find((a) => a.id === d.articleId)?.published?.iso ?? null
  const got = own ?? d.published?.iso ?? null
  const want = gold[d.articleId]?.published ?? null
  return { id: d.articleId, verdict: d.verdict, header: own, inferred: d.published?.iso ?? null, gold: want, exact: got === want, window: d.window, why: explainDate(d) }
})
const contradictions = (dating: boolean) => {
  const r = analyze(inputs, dating ? {} : { dating: false })
  return E.isLeft(r) ? [] : r.right.contradictions.map((c) => `${c.a.articleId}/${c.b.articleId} ${c.kind}`)
}
/** Time expressions in the claims of the seeds without a date header, and how many resolve to a range. */
const resolvedTimes = (dating: boolean) => {
  const r = analyze(inputs, dating ? {} : { dating: false })
  if (E.isLeft(r)) return { times: 0, resolved: 0 }
  const undated = new Set(articles.filter((a) => a.published === null).map((a) => a.id as string))
  const ts = r.right.claims.filter((c) => undated.has(c.articleId)).flatMap((c) => c.times)
  return { times: ts.length, resolved: ts.filter((t) => t.from !== null).length }
}
const out = {
  claimTimesWithoutDating: resolvedTimes(false),
  claimTimesWithDating: resolvedTimes(true),
  undated: rows.filter((r) => r.header === null).length,
  inferredExact: rows.filter((r) => r.header === null && r.exact).length,
  inferredWrong: rows.filter((r) => r.header === null && r.inferred !== null && !r.exact).length,
  rows,
  contradictionsWithoutDating: contradictions(false),
  contradictionsWithDating: contradictions(true)
}
writeFileSync('eval/dating-seeds.json', `${JSON.stringify(out, null, 2)}\n`)
console.log(JSON.stringify(out, null, 2))
