import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { propositionsFromClaims, type Article, type Claim, type Contradiction, type Copying } from '../../src'

// A rail strike told three ways by four outlets, and a second, unrelated dispute (a port fire).
const article = (id: string, outlet: string): Article =>
  ({
    id, text: id, outlet: { id: outlet.toLowerCase(), name: outlet, evidence: 'metadata', span: null },
    published: null, dateline: null, byline: null, title: null, newsId: null,
    paragraphs: [], boilerplate: [], citedSources: [], warnings: []
  }) as unknown as Article

const claim = (id: string, articleId: string, outlet: string, outcome: 'success' | 'failure' | 'partial'): Claim =>
  ({
    id, articleId, text: id, start: 0, end: 1, quoteId: null,
    assertedBy: { kind: 'outlet', name: outlet, speakerId: null, anonymous: false },
    outlet, predicate: 'outcome', outcome, polarity: 'positive', modality: 'asserted', certainty: 1,
    event: { actor: null, action: 'strike', target: null, place: null, timeFrom: null, timeTo: null, keywords: [] },
    quantities: [], times: [], places: [], cues: []
  }) as unknown as Claim

const ref = (c: Claim) => ({ claimId: c.id, articleId: c.articleId, text: c.text, start: 0, end: 1, speaker: null, outlet: c.outlet })
const contra = (kind: string, event: string | null, a: Claim, b: Claim): Contradiction =>
  ({ id: `${kind}-${a.id}-${b.id}`, kind, rule: 'r', confidence: 0.8, a: ref(a), b: ref(b), explanation: 'x', event, evidence: [] }) as unknown as Contradiction

const outlets = ['Harbor Gazette', 'Inland Daily', 'Metro Ledger', 'Coast Radio', 'Quiet Weekly', 'Far Bulletin']
const articles = outlets.map((o, i) => article(`n${i}`, o))
const c0 = claim('s0', 'n0', outlets[0]!, 'success')
const c1 = claim('s1', 'n1', outlets[1]!, 'failure')
const c2 = claim('s2', 'n2', outlets[2]!, 'partial')
const c3 = claim('s3', 'n3', outlets[3]!, 'success')
const f0 = claim('f0', 'n0', outlets[0]!, 'success')
const f1 = claim('f1', 'n2', outlets[2]!, 'failure')
const claims = [c0, c1, c2, c3, f0, f1]
// s0-s1 and s1-s2 chain into one proposition with s3-s2; f0-f1 is another; the occurrence
// contradiction over s0 and s1 is an item of its own kind, where both claims read 'occurrence:yes'
const contradictions = [
  contra('outcome', 'rail strike', c0, c1),
  contra('outcome', 'rail strike', c1, c2),
  contra('outcome', 'rail strike', c3, c2),
  contra('outcome', 'port fire', f0, f1),
  contra('occurrence', null, c0, c1)
]
const copying: Copying[] = [{ a: 'n0', b: 'n3', sharedWords: 30, overlap: 0.7, direction: 'a->b', reason: 'x', passages: [] } as unknown as Copying]
const input = { articles, quotes: [], claims, clusters: [], copying, contradictions }

describe('propositionsFromClaims: items', () => {
  it('claims linked by contradictions of one kind form one item; an item with one version is no dispute', () => {
    const ps = propositionsFromClaims(input)
    const claimsOf = ps.map((p) => p.values.flatMap((v) => v.claims).sort())
    expect(claimsOf).toContainEqual(['s0', 's1', 's2', 's3'])
    expect(claimsOf).toContainEqual(['f0', 'f1'])
    expect(ps.map((p) => p.description).sort()).toEqual(['outcome: port fire', 'outcome: rail strike'])
  })

  it('the copied outlet is one independent source with its copier', () => {
    const strike = propositionsFromClaims(input).find((p) => p.description === 'outcome: rail strike')
    const success = strike?.values.find((v) => v.value === 'outcome:success')
    expect(success?.sources).toEqual([outlets[3], outlets[0]].sort())
    expect(success?.independentSources).toHaveLength(1)
  })

  it('does not depend on the order of the contradictions (property)', () => {
    const base = propositionsFromClaims(input)
    fc.assert(
      fc.property(fc.shuffledSubarray(contradictions, { minLength: contradictions.length }), (shuffled) => {
        expect(propositionsFromClaims({ ...input, contradictions: shuffled })).toEqual(base)
      }),
      { numRuns: 60 }
    )
  })

  it('copying between outlets that assert nothing disputed changes nothing (property)', () => {
    const base = propositionsFromClaims(input)
    const quiet = ['n4', 'n5']
    const involved = ['n0', 'n1', 'n2', 'n3']
    const arbCopy = fc
      .record({
        a: fc.constantFrom(...quiet),
        b: fc.constantFrom(...quiet, ...involved),
        direction: fc.constantFrom('a->b', 'b->a', 'common-source', null)
      })
      .map((r) => ({ ...r, sharedWords: 12, overlap: 0.5, reason: 'x', passages: [] }) as unknown as Copying)
    fc.assert(
      fc.property(fc.array(arbCopy, { maxLength: 6 }), (extra) => {
        expect(propositionsFromClaims({ ...input, copying: [...extra, ...copying, ...extra] })).toEqual(base)
      }),
      { numRuns: 60 }
    )
  })
})
