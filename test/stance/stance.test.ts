import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { STANCE_LABELS, rankStances, stance } from '../../src/stance'

// Sentences written for these tests: other events, places and names than the seed articles.
const CLAIM = 'The city council approved the new stadium budget'

const AGREE =
  'The city council approved the new stadium budget on Tuesday by a vote of seven to two. ' +
  'Construction of the stadium is scheduled to begin next spring, the mayor announced. ' +
  'The approved budget totals 40 million dollars.'

const DISAGREE =
  'Reports that the city council approved the new stadium budget are false. ' +
  'A council spokeswoman denied the story, calling it a hoax: "No vote on the stadium budget ever took place." ' +
  'The rumour appears to have started on a satirical website.'

const DISCUSS =
  'The city council has reportedly approved a new stadium budget, according to unconfirmed reports from local media. ' +
  'Council members could not be reached for comment, and it remains unclear whether a vote took place. ' +
  'The budget may be discussed again next month, sources said.'

const UNRELATED =
  'Heavy rain is expected along the northern coast this weekend, forecasters said. ' +
  'Fishermen were advised to stay in harbour until Monday.'

describe('stance', () => {
  it('agrees when the body restates the claim as fact', () => {
    const s = stance(CLAIM, AGREE)
    expect(s.label).toBe('agree')
    expect(s.evidence.length).toBeGreaterThan(0)
    expect(s.evidence[0]?.role).toBe('aligned')
  })

  it('disagrees when the body calls the claim false and denies it', () => {
    const s = stance(CLAIM, DISAGREE)
    expect(s.label).toBe('disagree')
    expect(s.evidence.some((e) => e.role === 'refuting')).toBe(true)
    expect(s.evidence.some((e) => /false|denied|hoax/.test(e.text))).toBe(true)
  })

  it('disagrees through a denial about another event too', () => {
    const claim = 'A tiger escaped from the zoo in Lisbon'
    const body =
      'Zoo officials denied that a tiger escaped from the zoo in Lisbon. "That story is simply not true," the director said. ' +
      'All animals were accounted for on Sunday morning, and photos shared online were fake.'
    expect(stance(claim, body).label).toBe('disagree')
  })

  it('discusses when the body relays the claim with hedges and attribution', () => {
    const s = stance(CLAIM, DISCUSS)
    expect(s.label).toBe('discuss')
    expect(s.evidence.some((e) => e.role === 'hedging')).toBe(true)
  })

  it('is unrelated when the body shares no content with the claim', () => {
    const s = stance(CLAIM, UNRELATED)
    expect(s.label).toBe('unrelated')
    expect(s.evidence).toEqual([])
    expect(s.related).toBeLessThan(0.5)
  })

  it('scores are probabilities: score is the label probability, all four sum to 1', () => {
    for (const body of [AGREE, DISAGREE, DISCUSS, UNRELATED]) {
      const s = stance(CLAIM, body)
      const sum = STANCE_LABELS.reduce((a, l) => a + s.probabilities[l], 0)
      expect(sum).toBeCloseTo(1, 9)
      expect(s.score).toBeCloseTo(s.probabilities[s.label], 12)
      expect(s.score).toBeGreaterThanOrEqual(0)
      expect(s.score).toBeLessThanOrEqual(1)
    }
  })

  it('evidence offsets are exact UTF-16 offsets into the body, even after astral characters', () => {
    const body = '🚀🚀 Résumé: ' + DISAGREE + '\n\n' + DISCUSS
    const s = stance(CLAIM, body)
    expect(s.evidence.length).toBeGreaterThan(0)
    for (const e of s.evidence) expect(body.slice(e.start, e.end)).toBe(e.text)
    expect(s.evidence.some((e) => e.text.includes('are false'))).toBe(true)
  })

  it('respects maxEvidence', () => {
    expect(stance(CLAIM, DISCUSS, { maxEvidence: 1 }).evidence.length).toBeLessThanOrEqual(1)
    expect(stance(CLAIM, DISCUSS, { maxEvidence: 0 }).evidence).toEqual([])
  })

  it('is deterministic', () => {
    expect(stance(CLAIM, DISAGREE)).toEqual(stance(CLAIM, DISAGREE))
  })

  it('treats an empty claim or body as unrelated', () => {
    expect(stance('', AGREE).label).toBe('unrelated')
    expect(stance(CLAIM, '').label).toBe('unrelated')
    expect(stance('', '').evidence).toEqual([])
  })

  it('scores short headlines with the headline model', () => {
    expect(stance('The singer died in a car crash', 'Reports that the singer died in a car crash are false, says his manager', { kind: 'headline' }).label).toBe('disagree')
    expect(stance('The singer died in a car crash', 'Singer reportedly died in car crash, unconfirmed reports say', { kind: 'headline' }).label).toBe('discuss')
    expect(stance('The singer died in a car crash', 'Weather forecast for the weekend', { kind: 'headline' }).label).toBe('unrelated')
  })

  it('never throws, and keeps its invariants, on arbitrary input', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fc.constantFrom('The', 'council', 'not', 'hoax', 'reportedly', '.', '?', '\n', ' ', '“', '”', "n't", '🚀', 'U.S.', 'said.Then'), { maxLength: 60 }).map((xs) => xs.join(' '))
    )
    fc.assert(
      fc.property(text, text, fc.constantFrom<'article' | 'headline'>('article', 'headline'), (claim, body, kind) => {
        const s = stance(claim, body, { kind })
        expect(STANCE_LABELS).toContain(s.label)
        expect(Number.isFinite(s.score)).toBe(true)
        for (const e of s.evidence) {
          expect(e.start).toBeGreaterThanOrEqual(0)
          expect(e.end).toBeLessThanOrEqual(body.length)
          expect(body.slice(e.start, e.end)).toBe(e.text)
        }
      }),
      { numRuns: 200 }
    )
  })

  it('does not throw on values of the wrong type (from untyped callers)', () => {
    const anyStance = stance as unknown as (a: unknown, b: unknown) => { label: string }
    expect(anyStance(undefined, null).label).toBe('unrelated')
    expect(anyStance(42, { text: 'x' }).label).toBe('unrelated')
  })
})

describe('rankStances', () => {
  const articles = [
    { id: 'weather', text: UNRELATED },
    { id: 'discuss', text: DISCUSS },
    { id: 'agree', text: AGREE },
    { id: 'disagree', text: DISAGREE }
  ]

  it('labels each article as stance would, related ones first, unrelated last', () => {
    const ranked = rankStances(CLAIM, articles)
    expect(ranked.map((r) => r.id).sort()).toEqual(['agree', 'disagree', 'discuss', 'weather'])
    expect(ranked[ranked.length - 1]?.id).toBe('weather')
    for (const r of ranked) {
      const a = articles.find((x) => x.id === r.id)!
      const { label, score, evidence } = stance(CLAIM, a.text)
      expect({ label: r.label, score: r.score, evidence: r.evidence }).toEqual({ label, score, evidence })
    }
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4])
  })

  it('does not depend on input order', () => {
    const a = rankStances(CLAIM, articles)
    const b = rankStances(CLAIM, [...articles].reverse())
    expect(b).toEqual(a)
  })

  it('handles empty and odd corpora', () => {
    expect(rankStances(CLAIM, [])).toEqual([])
    expect(rankStances('', [{ id: 'x', text: '' }])[0]?.label).toBe('unrelated')
    const anyRank = rankStances as unknown as (c: unknown, a: unknown) => ReadonlyArray<unknown>
    expect(anyRank(CLAIM, null)).toEqual([])
  })
})

describe('rankArticleStances', () => {
  it('reads title and paragraphs of ingested articles; evidence offsets index article.text', async () => {
    const { ingestText, rankArticleStances } = await import('../../src')
    const E = await import('fp-ts/Either')
    const texts = [
      { id: 'denial', text: `Stadium vote story false\n\n${DISAGREE}\n\nCopyright 2024 Example Wire. All rights reserved.` },
      { id: 'report', text: `Stadium budget approved\n\n${AGREE}` },
      { id: 'weather', text: `Storm warning\n\n${UNRELATED}` }
    ]
    const articles = texts.flatMap((t) => {
      const r = ingestText(t)
      return E.isRight(r) ? [r.right] : []
    })
    expect(articles.length).toBe(3)
    const ranked = rankArticleStances(CLAIM, articles)
    expect(ranked.map((r) => r.id).sort()).toEqual(['denial', 'report', 'weather'])
    expect(ranked.find((r) => r.id === 'weather')?.label).toBe('unrelated')
    for (const r of ranked) {
      const a = articles.find((x) => x.id === r.id)!
      for (const e of r.evidence) {
        expect(a.text.slice(e.start, e.end)).toBe(e.text)
        expect(e.text).not.toMatch(/Copyright/)
      }
    }
  })

  it('prepareArticleStanceCorpus ranks many claims over one preparation, offsets into article.text', async () => {
    const { ingestText, prepareArticleStanceCorpus, rankArticleStances, rankStancesIn } = await import('../../src')
    const E = await import('fp-ts/Either')
    const articles = [
      { id: 'x', text: `Council vote\n\n${AGREE}\n\nShare this article on social media.` },
      { id: 'y', text: `Storm warning\n\n${UNRELATED}` }
    ].flatMap((t) => {
      const r = ingestText(t)
      return E.isRight(r) ? [r.right] : []
    })
    const corpus = prepareArticleStanceCorpus(articles)
    for (const claim of [CLAIM, 'Fishermen were told to stay in harbour']) {
      const ranked = rankStancesIn(corpus, claim)
      expect(ranked).toEqual(rankArticleStances(claim, articles))
      for (const r of ranked) {
        const a = articles.find((x) => x.id === r.id)!
        for (const e of r.evidence) expect(a.text.slice(e.start, e.end)).toBe(e.text)
      }
    }
  })
})

describe('prepareStanceCorpus / rankStancesIn', () => {
  const articles = [
    { id: 'agree', text: AGREE },
    { id: 'weather', text: UNRELATED },
    { id: 'disagree', text: DISAGREE }
  ]

  it('ranks like rankStances, for any number of claims over one preparation', async () => {
    const { prepareStanceCorpus, rankStancesIn } = await import('../../src')
    const corpus = prepareStanceCorpus(articles)
    for (const claim of [CLAIM, 'Heavy rain is expected on the northern coast', '']) {
      expect(rankStancesIn(corpus, claim)).toEqual(rankStances(claim, articles))
    }
  })

  it('restricts the ranking to the ids asked for', async () => {
    const { prepareStanceCorpus, rankStancesIn } = await import('../../src')
    const ranked = rankStancesIn(prepareStanceCorpus(articles), CLAIM, ['weather', 'disagree', 'missing'])
    expect(ranked.map((r) => r.id).sort()).toEqual(['disagree', 'weather'])
    expect(ranked.map((r) => r.rank)).toEqual([1, 2])
  })

  it('gives the same ranking whatever was asked of the corpus before (articles are prepared on first use)', async () => {
    const { prepareStanceCorpus, rankStancesIn } = await import('../../src')
    const ids = articles.map((a) => a.id)
    const claims = [CLAIM, 'Heavy rain is expected on the northern coast', 'The stadium budget was rejected']
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...claims), fc.subarray(ids)), { minLength: 1, maxLength: 5 }),
        (asks) => {
          const used = prepareStanceCorpus(articles)
          for (const [claim, only] of asks) {
            expect(rankStancesIn(used, claim, only)).toEqual(rankStancesIn(prepareStanceCorpus(articles), claim, only))
          }
        }
      ),
      { numRuns: 40 }
    )
  })
})

describe('prepared-text memo', () => {
  it('stance gives what a fresh preparation gives, whatever was scored before (also past the memo bound)', async () => {
    const { classifyPrepared } = await import('../../src/stance/stance')
    const { prepareText } = await import('../../src/stance/features')
    const bodies = [AGREE, DISAGREE, UNRELATED, ...Array.from({ length: 300 }, (_, i) => `Filler report number ${i} about the harbour.`)]
    const claims = [CLAIM, 'The stadium budget was rejected', 'Heavy rain is expected on the northern coast']
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...claims), fc.constantFrom(...bodies)), { minLength: 1, maxLength: 40 }), (calls) => {
        for (const [c, b] of calls) {
          const fresh = classifyPrepared(prepareText(c), prepareText(b))
          expect(stance(c, b)).toEqual(fresh)
        }
      }),
      { numRuns: 30 }
    )
    for (const b of bodies) stance(CLAIM, b)
    expect(stance(CLAIM, AGREE)).toEqual(classifyPrepared(prepareText(CLAIM), prepareText(AGREE)))
  })
})

