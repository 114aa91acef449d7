/**
 * Claim stance: one claim against a folder of articles (by default the five bundled seeds).
 * Each article is ingested first (so comment forms, licence lines and headers are not read),
 * then ranked: the articles that address the claim first, each with its label, score and the
 * sentences that decided it.
 *
 * Run: npx tsx examples/stance.ts ["claim"] [folder]
 */
import { readFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import * as E from 'fp-ts/Either'
import { ingestText, rankArticleStances, type Article } from '../src'

const claim = process.argv[2] ?? 'A US cyberattack on Iran succeeded'
const folder = process.argv[3] ?? join(import.meta.dirname, '..', 'seeds')

const articles: ReadonlyArray<Article> = readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => {
    const r = ingestText({ id: basename(f, '.txt'), text: readFileSync(join(folder, f), 'utf8') })
    if (E.isLeft(r)) console.error(`skipped ${f}: ${r.left.message}`)
    return E.isRight(r) ? [r.right] : []
  })

const clip = (s: string, n = 150): string => {
  const one = s.replace(/\s+/g, ' ').trim()
  return one.length > n ? `${one.slice(0, n - 1)}…` : one
}

console.log(`Claim: "${claim}"\n`)
for (const r of rankArticleStances(claim, articles)) {
  const article = articles.find((a) => a.id === r.id)
  const title = article?.title?.text ?? '(no title)'
  const p = r.probabilities
  console.log(`${r.rank}. ${r.id}  ${r.label.toUpperCase()}  score ${r.score.toFixed(2)}  (related ${r.related.toFixed(2)})`)
  console.log(`   ${clip(title, 100)}`)
  console.log(`   agree ${p.agree.toFixed(2)} · disagree ${p.disagree.toFixed(2)} · discuss ${p.discuss.toFixed(2)} · unrelated ${p.unrelated.toFixed(2)}`)
  for (const e of r.evidence) console.log(`   [${e.role}] @${e.start}-${e.end}: ${clip(e.text)}`)
  console.log('')
}
