/**
 * The acceptance checks on the five seed articles against the analyst's gold
 * (../shared/spec/seeds-gold.json): every gold speaker found with quotes and merged into one
 * Speaker, the not-speech items not statements, exact offsets for every direct quote. The
 * extractor knows nothing of these articles; the rules are general.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { extractQuotesFromCorpus } from '../../../src/extract/quotes'
import { ingestText } from '../../../src/ingest'
import type { Article } from '../../../src/model/article'

const GOLD = '../shared/spec/seeds-gold.json'

interface GoldSpeaker {
  readonly canonical: string
  readonly variants: ReadonlyArray<string>
  readonly role?: string
  readonly anonymous?: boolean
}

const norm = (s: string): string => s.toLowerCase().replace(/[\u2019']/g, "'").replace(/\s+/g, ' ').trim()
const words = (s: string): ReadonlyArray<string> => norm(s).replace(/'s\b/g, '').split(/[^a-z]+/).filter((w) => w.length > 2).map((w) => w.slice(0, 5))

const loadSeeds = (): ReadonlyArray<Article> =>
  readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const r = ingestText({ id: f.replace(/\.txt$/, ''), text: readFileSync(`seeds/${f}`, 'utf8') })
      if (E.isLeft(r)) throw new Error(r.left.message)
      return r.right
    })

describe.skipIf(!existsSync(GOLD))('quotes on the seed articles', () => {
  const gold = existsSync(GOLD) ? (JSON.parse(readFileSync(GOLD, 'utf8')) as { speakers: GoldSpeaker[]; not_speech: Array<{ article: string; text: string }> }) : { speakers: [], not_speech: [] }
  const articles = loadSeeds()
  const { quotes, speakers } = extractQuotesFromCorpus(articles)

  it('keeps input.slice(start, end) === text for every direct quote, and every part inside the input', () => {
    const byId = new Map(articles.map((a) => [a.id as string, a.text]))
    const direct = quotes.filter((q) => q.direct)
    expect(direct.length).toBeGreaterThan(20)
    for (const q of direct) {
      const input = byId.get(q.articleId)!
      expect(input.slice(q.start, q.end)).toBe(q.text)
      for (const p of q.parts) {
        expect(p.start).toBeGreaterThanOrEqual(q.start)
        expect(p.end).toBeLessThanOrEqual(q.end)
        expect(/^["\u201c\u201d\u00ab\u00bb]/.test(input.slice(p.start, p.end))).toBe(false)
      }
    }
  })

  for (const g of gold.speakers) {
    it(`finds ${g.canonical} as one speaker with quotes`, () => {
      const names = [g.canonical, ...g.variants].map(norm)
      const matching = speakers.filter((s) => [s.canonical, ...s.variants].some((v) => names.includes(norm(v))))
      expect(matching).toHaveLength(1)
      const s = matching[0]!
      expect(quotes.filter((q) => q.speakerId === s.id && q.isStatement).length).toBeGreaterThan(0)
      if (g.anonymous === true) expect(s.anonymous).toBe(true)
      else expect(s.anonymous).toBe(false)
      if (g.role !== undefined) {
        const want = words(g.role)
        const have = new Set(words(s.role ?? ''))
        expect(want.filter((w) => have.has(w)).length / want.length).toBeGreaterThanOrEqual(0.6)
      }
    })
  }

  it('does not report the not-speech items as statements', () => {
    expect(gold.not_speech.length).toBeGreaterThan(0)
    for (const item of gold.not_speech) {
      const inArticle = quotes.filter((q) => q.articleId.startsWith(item.article))
      const hit = inArticle.filter((q) => q.direct && norm(q.text).includes(norm(item.text)) && norm(q.text).length <= norm(item.text).length + 2)
      expect(hit.length).toBeGreaterThan(0)
      for (const q of hit) {
        expect(q.isStatement).toBe(false)
        expect(q.notStatementReason).not.toBeNull()
      }
    }
  })

  it('records the chain of intermediaries through cited outlets', () => {
    const chains = quotes.map((q) => q.chain.join(' > '))
    // a quote relayed by a broadcaster and published by an agency
    expect(chains.some((c) => /Jalali > Press TV > Mehr/.test(c))).toBe(true)
    // anonymous officials speaking to an agency
    expect(chains.some((c) => /officials \(anonymous\) > .*Associated Press > World Israel News/.test(c))).toBe(true)
    // a newspaper cited through another agency
    expect(chains.some((c) => /Washington Post > Fars News Agency > Rasa/.test(c))).toBe(true)
  })
})
