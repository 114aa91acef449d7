import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  articleSignals,
  copiedWords,
  independentArticles,
  loadedPhrases,
  outletSignals,
  signalsFromCounts,
  speakerSignals,
  DISMISSIVE_PHRASES,
  LOADED_WORDS,
  type Article,
  type Claim,
  type Cluster,
  type Contradiction,
  type Copying,
  type Quote,
  type ReliabilityInput,
  type SignalCounts
} from '../../src'

// The signals are computed from records indexed once by article, speaker, claim and quote.
// These tests hold them to the plain definitions: one scan of every record per article and per
// speaker (the specification, kept here as the oracle), on random corpora with the awkward
// cases (repeated ids, unknown outlets, a contradiction inside one article, a cluster with
// several members from one article, copy records in every direction).

// -------------------------------------------------------------------------------------
// oracle: the definitions, one scan per article / speaker
// -------------------------------------------------------------------------------------

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu
const countWords = (s: string): number => s.match(WORD)?.length ?? 0
const ratio = (num: number, den: number, empty: number): number => (den > 0 ? Math.min(1, Math.max(0, num / den)) : empty)

const naivePhrases = (text: string): ReadonlyArray<string> => {
  const lower = text.toLowerCase()
  const hits: Array<{ at: number; end: number; phrase: string }> = []
  const phrases = [...new Set([...DISMISSIVE_PHRASES, ...LOADED_WORDS])].sort((x, y) => y.length - x.length)
  for (const p of phrases) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu')
    for (const m of lower.matchAll(re)) {
      const at = m.index ?? 0
      const end = at + p.length
      if (hits.some((h) => at < h.end && end > h.at)) continue
      hits.push({ at, end, phrase: p })
    }
  }
  return hits.sort((x, y) => x.at - y.at).map((h) => h.phrase)
}

const naiveArticleCounts = (input: ReliabilityInput): ReadonlyArray<SignalCounts> => {
  const outlets = new Map(input.articles.map((a) => [a.id as string, a.outlet?.name ?? null] as const))
  const contested = new Set(input.contradictions.flatMap((c) => [c.a.claimId as string, c.b.claimId as string]))
  return input.articles.map((article) => {
    const id = article.id as string
    const body = article.paragraphs.map((p) => article.text.slice(p.start, p.end)).join('\n')
    const words = countWords(body)
    const quotes = input.quotes.filter((q) => q.articleId === id && q.isStatement)
    const sources = new Set<string>()
    for (const q of quotes) if (q.speaker !== null && !q.anonymous) sources.add(q.speaker.toLowerCase())
    for (const c of article.citedSources) sources.add(c.name.toLowerCase())
    const claims = input.claims.filter((c) => c.articleId === id)
    const contestedHere = claims.filter((c) => contested.has(c.id))
    const ownVoice = claims.filter((c) => c.assertedBy.kind === 'outlet')
    let internal = 0
    let external = 0
    for (const c of input.contradictions) {
      const inA = c.a.articleId === id
      const inB = c.b.articleId === id
      if (inA && inB) internal++
      else if (inA || inB) {
        if (independentArticles(id, inA ? c.b.articleId : c.a.articleId, outlets, input.copying)) external++
      }
    }
    let clustered = 0
    let corroborated = 0
    for (const k of input.clusters) {
      if (!k.members.some((m) => m.articleId === id)) continue
      clustered++
      if (k.members.some((m) => independentArticles(id, m.articleId, outlets, input.copying))) corroborated++
    }
    return {
      words,
      copiedWords: Math.round(Math.min(words, copiedWords(id, input.copying))),
      statementQuotes: quotes.length,
      namedQuotes: quotes.filter((q) => q.speaker !== null && !q.anonymous).length,
      anonymousQuotes: quotes.filter((q) => q.anonymous).length,
      unattributedQuotes: quotes.filter((q) => q.speaker === null && !q.anonymous).length,
      distinctSources: sources.size,
      contestedClaims: contestedHere.length,
      unhedgedContestedClaims: contestedHere.filter((c) => c.modality === 'asserted' && c.certainty >= 0.95 && c.quoteId === null).length,
      loadedPhrases: naivePhrases(body),
      ownVoiceClaims: ownVoice.length,
      ownVoiceContested: ownVoice.filter((c) => contested.has(c.id)).length,
      internalContradictions: internal,
      externalContradictions: external,
      clusteredStatements: clustered,
      corroboratedStatements: corroborated,
      anonymousContestedClaims: contestedHere.filter((c) => c.assertedBy.anonymous).length
    }
  })
}

const naiveSpeakers = (input: ReliabilityInput) => {
  const outlets = new Map(input.articles.map((a) => [a.id as string, a.outlet?.name ?? null] as const))
  const contested = new Set(input.contradictions.flatMap((c) => [c.a.claimId as string, c.b.claimId as string]))
  const names = new Set<string>()
  for (const q of input.quotes) if (q.isStatement && q.speaker !== null) names.add(q.speaker)
  for (const c of input.claims) if (c.assertedBy.kind === 'speaker' && c.assertedBy.name !== null) names.add(c.assertedBy.name)
  return [...names].sort().map((speaker) => {
    const quotes = input.quotes
      .filter((q) => q.isStatement && q.speaker === speaker)
      .sort((x, y) => (x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : x.start - y.start))
    const claims = input.claims.filter((c) => c.assertedBy.kind === 'speaker' && c.assertedBy.name === speaker)
    const mine = new Set(claims.map((c) => c.id as string))
    let contradicted = 0
    let self = 0
    for (const x of input.contradictions) {
      const a = mine.has(x.a.claimId)
      const b = mine.has(x.b.claimId)
      if (a && b) self++
      else if (a || b) {
        const [me, other] = a ? [x.a, x.b] : [x.b, x.a]
        if (independentArticles(me.articleId, other.articleId, outlets, input.copying)) contradicted++
      }
    }
    const quoteIds = new Set(quotes.map((q) => q.id as string))
    let corroborated = 0
    let recurring = 0
    for (const k of input.clusters) {
      if (!k.members.some((m) => m.quoteId !== null && quoteIds.has(m.quoteId))) continue
      recurring++
      const arts = [...new Set(k.members.map((m) => m.articleId as string))]
      if (arts.some((x, i) => arts.slice(i + 1).some((y) => independentArticles(x, y, outlets, input.copying)))) corroborated++
    }
    const contestedMine = claims.filter((c) => contested.has(c.id))
    return {
      speaker,
      quotes: quotes.map((q) => q.id),
      claims: claims.length,
      anonymous: quotes.some((q) => q.anonymous) || claims.some((c) => c.assertedBy.anonymous),
      loaded: quotes.flatMap((q) => naivePhrases(q.text)),
      words: quotes.reduce((n, q) => n + countWords(q.text), 0),
      hedged: contestedMine.filter((c) => c.modality === 'hedged' || c.certainty < 0.95).length,
      contested: contestedMine.length,
      contradicted,
      self,
      corroboration: ratio(corroborated, recurring, 0.5)
    }
  })
}

// -------------------------------------------------------------------------------------
// random corpora
// -------------------------------------------------------------------------------------

const FRAGMENTS = [
  'the bridge', 'a sheer lie', 'sheer', 'baseless', 'so-called', 'regime', 'Regime change', 'without any evidence', 'lies', 'hoaxes',
  'the mayor said', 'x-regime', 'fake news', '—', ',', 'enemies',
  // word counting beyond ASCII: accents, astral letters, Arabic digits, apostrophes and hyphens alone, emoji, a lone surrogate
  'naïve', 'Ünïcode', '𝐀𝐁c', '١٢٣', "l'état", "-'-", '’tis', 'co-op', '😀', '\ud800', '3.5'
]
const text = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((xs) => xs.join(' '))
const pick = <A>(xs: ReadonlyArray<A>) => fc.constantFrom(...xs)
const IDS = ['a1', 'a2', 'a3', 'a4', 'a5']
const OUTLETS = ['North Wire', 'South Times', 'East Post', null]
const SPEAKERS = ['Ada Moss', 'B. Kerr', 'officials', null]
const CLAIM_IDS = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']
const QUOTE_IDS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6']

const arbArticle = fc.record({ id: pick(IDS), outlet: pick(OUTLETS), text, cited: fc.array(pick(['Reuters', 'reuters', 'AP']), { maxLength: 2 }) }).map(
  (r): Article =>
    ({
      id: r.id, text: r.text, outlet: r.outlet === null ? null : { id: r.outlet, name: r.outlet, evidence: 'metadata', span: null },
      published: null, dateline: null, byline: null, title: null, newsId: null,
      paragraphs: [{ start: 0, end: r.text.length }], boilerplate: [], warnings: [],
      citedSources: r.cited.map((name) => ({ name, start: 0, end: 0 }))
    }) as unknown as Article
)

const arbQuote = fc
  .record({ id: pick(QUOTE_IDS), articleId: pick(IDS), text, speaker: pick(SPEAKERS), anonymous: fc.boolean(), isStatement: fc.boolean(), start: fc.nat(50) })
  .map((r): Quote => ({ ...r, end: r.start + r.text.length }) as unknown as Quote)

const arbClaim = fc
  .record({
    id: pick(CLAIM_IDS), articleId: pick(IDS), speaker: pick([...SPEAKERS, 'outlet']), anonymous: fc.boolean(), quoted: fc.boolean(),
    modality: pick(['asserted', 'hedged']), certainty: pick([0.5, 0.95, 1])
  })
  .map(
    (r): Claim =>
      ({
        id: r.id, articleId: r.articleId, quoteId: r.quoted ? 'q1' : null, modality: r.modality, certainty: r.certainty,
        assertedBy: r.speaker === 'outlet' ? { kind: 'outlet', name: 'x', speakerId: null, anonymous: false } : { kind: 'speaker', name: r.speaker, speakerId: null, anonymous: r.anonymous }
      }) as unknown as Claim
  )

const arbContradiction = fc
  .record({ a: pick(CLAIM_IDS), aArt: pick(IDS), b: pick(CLAIM_IDS), bArt: pick(IDS) })
  .map((r): Contradiction => ({ id: `${r.a}-${r.b}`, a: { claimId: r.a, articleId: r.aArt }, b: { claimId: r.b, articleId: r.bArt } }) as unknown as Contradiction)

const arbCluster = fc
  .array(fc.record({ articleId: pick(IDS), quoteId: pick([...QUOTE_IDS, null]) }), { minLength: 1, maxLength: 4 })
  .map((members): Cluster => ({ id: 'k', members }) as unknown as Cluster)

const arbCopying = fc
  .record({ a: pick(IDS), b: pick(IDS), sharedWords: fc.nat(40), direction: pick(['a->b', 'b->a', 'common-source', null]) })
  .map((r): Copying => r as unknown as Copying)

const arbInput = fc.record({
  articles: fc.array(arbArticle, { maxLength: 6 }),
  quotes: fc.array(arbQuote, { maxLength: 8 }),
  claims: fc.array(arbClaim, { maxLength: 10 }),
  clusters: fc.array(arbCluster, { maxLength: 4 }),
  copying: fc.array(arbCopying, { maxLength: 4 }),
  contradictions: fc.array(arbContradiction, { maxLength: 6 })
})

// -------------------------------------------------------------------------------------
// tests
// -------------------------------------------------------------------------------------

describe('indexed signals agree with one scan per article and per speaker', () => {
  it('articleSignals: every count and signal (property)', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const got = articleSignals(input)
        const want = naiveArticleCounts(input)
        expect(got.map((a) => a.counts)).toEqual(want)
        expect(got.map((a) => a.signals)).toEqual(want.map(signalsFromCounts))
      }),
      { numRuns: 300 }
    )
  })

  it('outletSignals: counts summed over the outlet\'s articles, sources the largest (property)', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const per = articleSignals(input)
        for (const o of outletSignals(per)) {
          const mine = per.filter((a) => a.outlet === o.outlet).sort((x, y) => (x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : 0))
          expect(o.articles).toEqual(mine.map((a) => a.articleId))
          expect(o.counts.words).toBe(mine.reduce((n, a) => n + a.counts.words, 0))
          expect(o.counts.externalContradictions).toBe(mine.reduce((n, a) => n + a.counts.externalContradictions, 0))
          expect(o.counts.loadedPhrases).toEqual(mine.flatMap((a) => a.counts.loadedPhrases))
          expect(o.counts.distinctSources).toBe(Math.max(0, ...mine.map((a) => a.counts.distinctSources)))
        }
      }),
      { numRuns: 200 }
    )
  })

  it('speakerSignals: quotes, contradictions and corroboration per speaker (property)', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const got = speakerSignals(input)
        const want = naiveSpeakers(input)
        expect(got.map((s) => s.speaker)).toEqual(want.map((w) => w.speaker))
        got.forEach((s, i) => {
          const w = want[i]!
          expect([s.quotes, s.claims, s.anonymous, s.contradicted, s.selfContradictions]).toEqual([w.quotes.length, w.claims, w.anonymous, w.contradicted, w.self])
          expect(s.loadedPhrases).toEqual(w.loaded)
          expect(s.signals.corroboration).toBe(w.corroboration)
          expect(s.signals.calibration).toBe(w.contested > 0 ? w.hedged / w.contested : 1)
          expect(s.signals.neutralWording).toBe(1 - Math.min(1, w.words > 0 ? (w.loaded.length * 100) / w.words / 2 : 0))
        })
      }),
      { numRuns: 300 }
    )
  })

  it('loadedPhrases: the longest phrase wins an overlap, whole words only, in text order (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(loadedPhrases(t)).toEqual(naivePhrases(t))
      }),
      { numRuns: 500 }
    )
    expect(loadedPhrases('A SHEER LIE, the regime said; so-called experts; x-regime; regimes')).toEqual(['sheer lie', 'regime', 'so-called', 'regime'])
    expect(loadedPhrases('Nothing loaded here.')).toEqual([])
  })
})
