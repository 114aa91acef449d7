import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  articleSignals,
  copiedWords,
  independentArticles,
  propositionValue,
  loadedPhrases,
  propositionsFromClaims,
  scoreSources,
  SourceScore,
  Proposition,
  type Article,
  type Claim,
  type Contradiction,
  type Copying,
  type Cluster,
  type Quote
} from '../../src'

const article = (id: string, outlet: string, text: string): Article =>
  ({
    id, text, outlet: { id: outlet.toLowerCase(), name: outlet, evidence: 'metadata', span: null },
    published: null, dateline: null, byline: null, title: null, newsId: null,
    paragraphs: [{ start: 0, end: text.length }], boilerplate: [], citedSources: [], warnings: []
  }) as unknown as Article

const quote = (id: string, articleId: string, text: string, speaker: string | null, anonymous = false): Quote =>
  ({
    id, articleId, text, start: 0, end: text.length, parts: [], direct: true, isStatement: true, notStatementReason: null,
    speaker, speakerId: null, speakerMention: null, role: null, anonymous, verb: 'say', channel: null, chain: [], hedges: []
  }) as unknown as Quote

const claim = (id: string, articleId: string, outlet: string, o: Partial<Claim> & { who?: string | null; anon?: boolean }): Claim =>
  ({
    id, articleId, text: id, start: 0, end: 1, quoteId: o.who === undefined ? null : 'q',
    assertedBy: o.who === undefined ? { kind: 'outlet', name: outlet, speakerId: null, anonymous: false } : { kind: 'speaker', name: o.who, speakerId: null, anonymous: o.anon ?? false },
    outlet, predicate: o.predicate ?? 'outcome', outcome: o.outcome ?? null, polarity: o.polarity ?? 'positive',
    modality: o.modality ?? 'asserted', certainty: o.certainty ?? 1,
    event: { actor: null, action: 'flood', target: null, place: null, timeFrom: null, timeTo: null, keywords: [] },
    quantities: [], times: [], places: [], cues: []
  }) as unknown as Claim

const ref = (c: Claim) => ({ claimId: c.id, articleId: c.articleId, text: c.text, start: 0, end: 1, speaker: null, outlet: c.outlet })
const contra = (id: string, a: Claim, b: Claim): Contradiction =>
  ({ id, kind: 'outcome', rule: 'outcome-success-vs-failure', confidence: 0.8, a: ref(a), b: ref(b), explanation: 'x', event: 'dam repair', evidence: [] }) as unknown as Contradiction

// Three outlets on a dam repair: "Valley Post" copies most of "River Wire"; "Hill Courier" reports independently.
const wireText = 'Engineers said the dam repair succeeded on Monday after two weeks of work on the spillway and the gates.'
const postText = 'Engineers said the dam repair succeeded on Monday after two weeks of work on the spillway. A sheer lie, critics said.'
const courierText = 'The mayor, Dana Whitfield, said the repair failed and water still leaks through the gates.'
const articles = [article('w1', 'River Wire', wireText), article('p1', 'Valley Post', postText), article('c1', 'Hill Courier', courierText)]
const copying: Copying[] = [
  { a: 'w1', b: 'p1', sharedWords: 17, overlap: 0.8, direction: 'a->b', reason: 'w1 earlier', passages: [] } as unknown as Copying
]
const cWire = claim('cw', 'w1', 'River Wire', { outcome: 'success', who: 'engineers', anon: true })
const cPost = claim('cp', 'p1', 'Valley Post', { outcome: 'success' })
const cCourier = claim('cc', 'c1', 'Hill Courier', { outcome: 'failure', who: 'Dana Whitfield' })
const claims = [cWire, cPost, cCourier]
const contradictions = [contra('x1', cWire, cCourier), contra('x2', cPost, cCourier)]
const clusters: Cluster[] = [
  { id: 'k1', kind: 'passage', canonical: 'dam repair', earliest: 0, cohesion: 0.9, differences: [],
    members: [
      { articleId: 'w1', outlet: 'River Wire', published: null, speaker: null, quoteId: null, text: 'x', start: 0, end: 1 },
      { articleId: 'p1', outlet: 'Valley Post', published: null, speaker: null, quoteId: null, text: 'x', start: 0, end: 1 }
    ] } as unknown as Cluster
]
const quotes = [quote('q1', 'w1', 'the dam repair succeeded', null, true), quote('q2', 'c1', 'the repair failed', 'Dana Whitfield')]
const input = { articles, quotes, claims, clusters, copying, contradictions }

describe('signals', () => {
  it('copying lowers the copier\'s originality only, and a copy is not corroboration', () => {
    const s = articleSignals(input)
    const by = (id: string) => s.find((x) => x.articleId === id)
    expect(by('p1')?.signals.originality).toBeLessThan(0.5)
    expect(by('w1')?.signals.originality).toBe(1)
    // w1 and p1 share a cluster but are linked by copying: no independent corroboration
    expect(by('w1')?.counts.clusteredStatements).toBe(1)
    expect(by('w1')?.counts.corroboratedStatements).toBe(0)
    expect(by('p1')?.signals.corroboration).toBe(0)
  })
  it('anonymous sourcing of a disputed claim shows in attribution quality', () => {
    const s = articleSignals(input)
    const w = s.find((x) => x.articleId === 'w1')
    expect(w?.counts.anonymousContestedClaims).toBe(1)
    expect(w?.signals.attributionQuality).toBe(0)
    expect(s.find((x) => x.articleId === 'c1')?.signals.attributionQuality).toBe(1)
  })
  it('loaded and dismissive wording is found, longest phrase first', () => {
    expect(loadedPhrases('Officials called the report baseless, a sheer lie.')).toEqual(['baseless', 'sheer lie'])
    expect(loadedPhrases('The committee met on Tuesday.')).toEqual([])
  })
})

describe('scoreSources', () => {
  const scores = scoreSources(input)
  it('scores every outlet and speaker in [0, 1] with a codec-valid record and an explanation', () => {
    expect(scores.filter((s) => s.kind === 'outlet').map((s) => s.outlet)).toEqual(['Hill Courier', 'River Wire', 'Valley Post'])
    expect(scores.some((s) => s.kind === 'speaker' && s.speaker === 'Dana Whitfield')).toBe(true)
    for (const s of scores) {
      expect(SourceScore.is(s)).toBe(true)
      expect(s.explanation.length).toBeGreaterThan(20)
    }
  })
  it('the explanation names the drivers', () => {
    const post = scores.find((s) => s.outlet === 'Valley Post')
    expect(post?.signals['originality'] ?? 1).toBeLessThan(0.5)
    expect(post?.explanation).toMatch(/Lowered because it .*loaded or dismissive wording/)
    const wire = scores.find((s) => s.outlet === 'River Wire')
    expect(wire?.explanation).toMatch(/anonymous/)
    expect((post?.score ?? 1)).toBeLessThan(scores.find((s) => s.outlet === 'Hill Courier')?.score ?? 0)
  })
  it('never yields NaN or out-of-range scores on arbitrary counts (property)', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(3), (shared, dir) => {
        const cp = [{ ...copying[0], sharedWords: shared, direction: (['a->b', 'b->a', 'common-source', null] as const)[dir] } as unknown as Copying]
        for (const s of scoreSources({ ...input, copying: cp })) {
          expect(s.score >= 0 && s.score <= 1).toBe(true)
          for (const v of Object.values(s.signals)) expect(v >= 0 && v <= 1).toBe(true)
        }
      }),
      { numRuns: 30 }
    )
  })
})

describe('propositionsFromClaims', () => {
  it('collapses the copy: the success version has one independent outlet, not two', () => {
    const [p] = propositionsFromClaims(input)
    expect(p !== undefined && Proposition.is(p)).toBe(true)
    const success = p?.values.find((v) => v.value === 'outcome:success')
    const failure = p?.values.find((v) => v.value === 'outcome:failure')
    expect(success?.sources).toHaveLength(2)
    expect(success?.independentSources).toHaveLength(1)
    expect(failure?.independentSources).toEqual(['Dana Whitfield'])
    expect(p?.uncertainty ?? -1).toBeGreaterThanOrEqual(0)
  })
  it('without the copying record both outlets count and the vote favours success', () => {
    const [p] = propositionsFromClaims({ ...input, copying: [] }, { algorithm: 'vote' })
    expect(p?.values.find((v) => v.value === 'outcome:success')?.independentSources).toHaveLength(2)
    expect(p?.favoured).toBe('outcome:success')
  })
})

describe('signal helpers', () => {
  it('copiedWords charges the later copy, both sides of a common source, half each when unknown', () => {
    const rec = (direction: Copying['direction']) => [{ ...copying[0], direction } as Copying]
    expect(copiedWords('p1', rec('a->b'))).toBe(17)
    expect(copiedWords('w1', rec('a->b'))).toBe(0)
    expect(copiedWords('w1', rec('b->a'))).toBe(17)
    expect(copiedWords('w1', rec('common-source'))).toBe(17)
    expect(copiedWords('p1', rec(null))).toBe(8.5)
    expect(copiedWords('c1', rec('a->b'))).toBe(0)
  })
  it('articles of one outlet, or linked by copying, are never independent', () => {
    const outlets = new Map([['x', 'Same Daily'], ['y', 'Same Daily'], ['z', 'Other Times']])
    expect(independentArticles('x', 'y', outlets, [])).toBe(false)
    expect(independentArticles('x', 'z', outlets, [])).toBe(true)
    const link = [{ ...copying[0], a: 'z', b: 'x' } as unknown as Copying]
    expect(independentArticles('x', 'z', outlets, link)).toBe(false)
  })
  it('propositionValue reads the disputed dimension of a claim', () => {
    const base = { places: [], quantities: [], event: { actor: 'navy' }, outcome: null } as const
    expect(propositionValue('outcome', { ...base, predicate: 'outcome', polarity: 'positive', outcome: 'success' })).toBe('outcome:success')
    expect(propositionValue('outcome', { ...base, predicate: 'attempt', polarity: 'negative' })).toBe('outcome:failure')
    expect(propositionValue('occurrence', { ...base, predicate: 'denial', polarity: 'positive' })).toBe('occurrence:none')
    expect(propositionValue('occurrence', { ...base, predicate: 'outcome', polarity: 'positive', outcome: 'failure' })).toBe('occurrence:yes')
    expect(propositionValue('attempt-vs-occurrence', { ...base, predicate: 'attempt', polarity: 'positive' })).toBe('occurrence:attempt')
    expect(propositionValue('responsibility', { ...base, predicate: 'responsibility', polarity: 'negative' })).toBe('responsibility:not navy')
  })
})

describe('determinism', () => {
  it('scores and propositions do not depend on the order of the input records (property)', () => {
    const base = scoreSources(input)
    const props = propositionsFromClaims(input)
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (seed) => {
        const perm = <A>(xs: ReadonlyArray<A>): A[] => [...xs].map((x, i) => [x, (i * 7919 + seed) % 101] as const).sort((a, b) => a[1] - b[1]).map(([x]) => x)
        const shuffled = {
          articles: perm(articles), quotes: perm(quotes), claims: perm(claims), clusters: perm(clusters), copying: perm(copying), contradictions: perm(contradictions)
        }
        expect(scoreSources(shuffled)).toEqual(base)
        expect(propositionsFromClaims(shuffled)).toEqual(props)
      }),
      { numRuns: 25 }
    )
  })
})
