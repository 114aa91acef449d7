/**
 * Write the analysis of a folder of articles (by default the bundled seeds) as one
 * self-contained HTML page: outlets with their scores, contradictions side by side, quote
 * clusters with their differences highlighted, the copy network and a timeline of claims.
 * The page loads nothing from the network; open it in any browser.
 *
 * Run: npx tsx examples/html-report.ts [out.html] [folder]
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { basename, extname, join, resolve } from 'node:path'
import * as E from 'fp-ts/Either'
import { analyze, toHtml, type RawArticle } from '../src'

const out = resolve(process.argv[2] ?? 'gainsay-report.html')
const folder = process.argv[3] ?? join(import.meta.dirname, '..', 'seeds')

const inputs: ReadonlyArray<RawArticle> = readdirSync(folder)
  .filter((f) => extname(f) === '.txt')
  .sort()
  .map((f) => ({ id: basename(f, '.txt'), text: readFileSync(join(folder, f), 'utf8') }))

const result = analyze(inputs)
if (E.isLeft(result)) {
  for (const e of result.left) console.error(e.message)
  process.exit(1)
}
const report = result.right
writeFileSync(out, toHtml(report, { title: `gainsay: ${basename(resolve(folder))}` }))
console.log(
  `${out}: ${report.articles.length} articles, ${report.contradictions.length} contradictions, ${report.clusters.length} quote clusters, ${report.copying.length} copied pairs`
)
