/**
 * The demo behind `npm run demo`: analyse the five bundled seed articles and print who said
 * what, which statements recur across outlets, who copied whom, where the accounts conflict,
 * and how far each source can be trusted.
 *
 * Run: npx tsx examples/analyze-seeds.ts [folder]
 */
import { readFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import * as E from 'fp-ts/Either'
import { analyze, type RawArticle, type Report } from '../src'

const folder = process.argv[2] ?? join(import.meta.dirname, '..', 'seeds')
const inputs: ReadonlyArray<RawArticle> = readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: basename(f, '.txt'), text: readFileSync(join(folder, f), 'utf8') }))

const clip = (s: string, n = 90): string => {
  const one = s.replace(/\s+/g, ' ').trim()
  return one.length > n ? `${one.slice(0, n - 1)}…` : one
}
const heading = (s: string): void => console.log(`\n${s}\n${'─'.repeat(s.length)}`)

const print = (r: Report): void => {
  const outletOf = new Map(r.articles.map((a) => [a.id as string, a.outlet ?? 'unknown outlet']))
  heading(`Articles (${r.articles.length})`)
  for (const a of r.articles) {
    console.log(
      `${a.id.slice(0, 3)}  ${(a.outlet ?? '?').padEnd(22)} ${(a.published ?? '?').padEnd(17)} ${a.paragraphs} para  ${clip(a.title ?? '(no title)', 60)}`
    )
  }

  heading(`Speakers and their statements (${r.speakers.length} speakers, ${r.quotes.filter((q) => q.isStatement).length} statements)`)
  for (const s of r.speakers) {
    const qs = r.quotes.filter((q) => q.speakerId === s.id && q.isStatement)
    if (qs.length === 0) continue
    console.log(`${s.canonical}${s.anonymous ? ' [anonymous]' : ''}${s.role === null ? '' : ` — ${s.role}`}`)
    for (const q of qs.slice(0, 4)) {
      const via = q.chain.length > 2 ? `  (via ${q.chain.slice(1, -1).join(' → ')})` : ''
      console.log(`   ${q.direct ? '“' : '~'} ${clip(q.text, 80)}${q.direct ? '”' : ''}  [${q.articleId.slice(0, 3)}]${via}`)
    }
    if (qs.length > 4) console.log(`   … and ${qs.length - 4} more`)
  }
  const notSpeech = r.quotes.filter((q) => !q.isStatement)
  if (notSpeech.length > 0) {
    console.log(`Quoted but not statements: ${notSpeech.map((q) => `“${q.text}” (${q.notStatementReason})`).join(', ')}`)
  }

  heading(`The same statement in several places (${r.clusters.length} clusters)`)
  for (const c of r.clusters) {
    const where = c.members.map((m) => `${m.articleId.slice(0, 3)} ${outletOf.get(m.articleId)}`).join('; ')
    console.log(`• “${clip(c.canonical, 80)}”\n   ${c.members.length}× — ${where}`)
  }

  heading(`Copying (${r.copying.length})`)
  for (const c of r.copying) {
    const dir = c.direction === 'a->b' ? `${c.a} → ${c.b}` : c.direction === 'b->a' ? `${c.b} → ${c.a}` : `${c.a} ↔ ${c.b}`
    console.log(`${dir}: ${c.sharedWords} words in ${c.passages.length} passages (${c.direction ?? 'direction unknown'}; ${c.reason})`)
  }

  heading(`Contradictions (${r.contradictions.length})`)
  for (const c of r.contradictions) {
    console.log(`[${c.kind}] ${c.explanation}  (rule ${c.rule}, confidence ${c.confidence.toFixed(2)})`)
    console.log(`   A ${c.a.articleId.slice(0, 3)} ${c.a.speaker ?? c.a.outlet ?? ''}: “${clip(c.a.text, 80)}”`)
    console.log(`   B ${c.b.articleId.slice(0, 3)} ${c.b.speaker ?? c.b.outlet ?? ''}: “${clip(c.b.text, 80)}”`)
  }

  heading('Disputed propositions')
  for (const p of r.propositions) {
    const vs = p.values.map((v) => `${v.value} ${(v.confidence * 100).toFixed(0)}% (${v.independentSources.length} independent)`).join(' vs ')
    console.log(`${clip(p.description, 70)}: ${vs}; favoured ${p.favoured ?? 'none'}, uncertainty ${p.uncertainty.toFixed(2)}`)
  }

  heading('Sources')
  for (const s of r.sources) {
    console.log(`${(s.kind === 'outlet' ? s.outlet : s.speaker) ?? '?'} (${s.kind}): ${s.score.toFixed(2)} — ${s.explanation}`)
  }
  if (r.errors.length > 0) {
    heading('Input errors')
    for (const e of r.errors) console.log(e.message)
  }
}

const result = analyze(inputs)
if (E.isLeft(result)) {
  for (const e of result.left) console.error(e.message)
  process.exitCode = 1
} else print(result.right)
