/**
 * Acceptance on the five seed articles: the claim spans an analyst lists in
 * ../shared/spec/seeds-gold.json exist as claims (or inside claims) with the reading the
 * contradiction rules need. The library knows nothing of these texts; this test only reads
 * the gold file and the seeds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import type { Article, Claim } from '../../../src/model'
import { ingestText } from '../../../src/ingest'
import { extractQuotesFromCorpus } from '../../../src/extract/quotes'
import { extractClaims } from '../../../src/extract/claims'

const GOLD = join(__dirname, '../../../../shared/spec/seeds-gold.json')
const SEEDS = join(__dirname, '../../../seeds')

interface Span {
  readonly article: string
  readonly text: string
}

const words = (s: string): string => ` ${s.toLowerCase().replace(/[\u2019']/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim()} `

describe.skipIf(!existsSync(GOLD))('claims on the seed articles', () => {
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as {
    contradictions: ReadonlyArray<{ id: string; a: ReadonlyArray<Span>; b: ReadonlyArray<Span> }>
    not_contradictions: ReadonlyArray<{ id: string; a: Span; b: Span }>
  }
  const articles: Article[] = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => {
      const r = ingestText({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(SEEDS, f), 'utf8') })
      return E.isRight(r) ? [r.right] : []
    })
  const { quotes } = extractQuotesFromCorpus(articles)
  const claims = new Map(articles.map((a) => [a.id.slice(0, 3), extractClaims(a, quotes.filter((q) => q.articleId === a.id))]))

  const matching = (s: Span): ReadonlyArray<Claim> =>
    (claims.get(s.article) ?? []).filter((c) => words(c.text).includes(words(s.text)) || words(s.text).includes(words(c.text)))

  const expectSome = (s: Span, ok: (c: Claim) => boolean, what: string): void => {
    const cs = matching(s)
    const found = cs.some(ok)
    if (!found) console.error(what, s.text, cs.map((c) => `${c.predicate}/${c.outcome}/${c.polarity}: ${c.text}`))
    expect(found, `${what}: ${s.text}`).toBe(true)
  }

  const side = (id: string, k: 'a' | 'b'): ReadonlyArray<Span> => gold.contradictions.find((c) => c.id === id)?.[k] ?? []
  const trap = (id: string): { a: Span; b: Span } | undefined => gold.not_contradictions.find((t) => t.id === id)

  it('outcome: success on one side, failure on the other (C1, C4)', () => {
    for (const s of side('C1', 'a')) expectSome(s, (c) => c.outcome === 'success', 'success')
    for (const s of side('C1', 'b')) expectSome(s, (c) => c.predicate === 'outcome' && c.outcome === 'failure', 'failure')
    for (const s of side('C4', 'a')) expectSome(s, (c) => c.outcome === 'failure', 'failure')
    for (const s of side('C4', 'b')) expectSome(s, (c) => c.outcome === 'success' || c.outcome === 'partial', 'effect')
  })

  it('occurrence: denials and negated occurrence against reports of the act (C2, C3)', () => {
    for (const s of side('C2', 'a'))
      expectSome(s, (c) => (c.predicate === 'denial' || c.predicate === 'occurrence') && c.polarity === 'negative', 'denied')
    for (const s of side('C2', 'b'))
      expectSome(s, (c) => c.polarity === 'positive' && (c.outcome === 'success' || ['occurrence', 'outcome', 'responsibility'].includes(c.predicate)), 'happened')
    for (const s of side('C3', 'b')) expectSome(s, (c) => c.outcome === 'failure', 'attempt failed')
  })

  it('location: international airspace against territory (C5)', () => {
    for (const s of side('C5', 'a')) expectSome(s, (c) => c.predicate === 'location' && c.places.some((p) => p.kind === 'international'), 'international')
    for (const s of side('C5', 'b')) expectSome(s, (c) => c.predicate === 'location' && c.places.some((p) => p.kind === 'territorial'), 'territorial')
  })

  it('traps: the readings that let a scoper tell events apart (T1-T3)', () => {
    const t1 = trap('T1')
    if (t1 !== undefined) expectSome(t1.a, (c) => c.event.keywords.includes('nuclear'), 'Stuxnet keywords')
    const t2 = trap('T2')
    if (t2 !== undefined) expectSome(t2.a, (c) => c.predicate === 'plan' && c.polarity === 'positive', 'plan')
    const t3 = trap('T3')
    if (t3 !== undefined)
      for (const s of [t3.a, t3.b]) expectSome(s, (c) => c.quantities.some((q) => q.value === 33_000_000), '33 million')
  })

  it('every claim span is exact', () => {
    for (const a of articles) for (const c of claims.get(a.id.slice(0, 3)) ?? []) expect(a.text.slice(c.start, c.end)).toBe(c.text)
  })
})
