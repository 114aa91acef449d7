/**
 * Clusters the quotes of the seed articles: the same statement across outlets (and repeated
 * inside one article), with its earliest appearance and how the wordings differ; then the
 * article pairs that share passages, and who copied whom.
 *
 *   npx tsx examples/cluster-quotes.ts [files or folders...]   (default: seeds/)
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import * as E from 'fp-ts/Either'
import { clusterPassages, detectCopying, extractQuotesFromCorpus, ingestText, passagesFromQuotes, type Article } from '../src'

const files = (args: ReadonlyArray<string>): ReadonlyArray<string> =>
  (args.length > 0 ? args : ['seeds']).flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => join(p, f))
      : [p]
  )

const articles: ReadonlyArray<Article> = files(process.argv.slice(2)).flatMap((f) => {
  const r = ingestText({ id: basename(f).replace(/\.[^.]+$/, ''), text: readFileSync(f, 'utf8') })
  if (E.isLeft(r)) {
    console.error(`skipped ${f}: ${r.left.message}`)
    return []
  }
  return [r.right]
})

// Quotes (direct and reported) that are statements, as passages to cluster.
const { quotes } = extractQuotesFromCorpus(articles)
const passages = passagesFromQuotes(quotes, articles)

const clusters = clusterPassages(passages)
console.log(`${articles.length} articles, ${passages.length} quotes, ${clusters.length} clusters\n`)
for (const c of clusters) {
  console.log(`[${c.id}] cohesion ${c.cohesion.toFixed(2)}: "${c.canonical}"`)
  c.members.forEach((m, i) => {
    const d = c.differences[i]
    const diff = d === undefined || (d.added.length === 0 && d.removed.length === 0) ? '' : `  (+${d.added.join(' ')} / -${d.removed.join(' ')})`
    console.log(`  ${i === c.earliest ? '*' : ' '} ${m.articleId} ${m.outlet ?? '?'} ${m.published ?? '?'} ${m.speaker ?? '(unattributed)'} [${m.start}-${m.end}]${diff}`)
  })
  console.log('')
}

for (const c of detectCopying(articles)) {
  console.log(`${c.a} ${c.direction ?? '?'} ${c.b}: ${c.sharedWords} shared words (${(c.overlap * 100).toFixed(0)}% of the shorter), ${c.passages.length} passages`)
  console.log(`  ${c.reason}`)
}
