import { describe, expect, it } from 'vitest'
import * as fc from 'fast-check'
import { Claim } from '../../../src/model'
import { analyzeClaim, extractClaims, splitClauses } from '../../../src/extract/claims'
import { article, published, quoteOf } from './helpers'

const exact = (text: string, c: Claim): void => {
  expect(text.slice(c.start, c.end)).toBe(c.text)
  for (const s of [...c.cues, ...c.quantities, ...c.times, ...c.places]) expect(text.slice(s.start, s.end)).toBe(s.text)
}

describe('analyzeClaim', () => {
  it.each([
    ['The ministry said the reports of a data breach were a sheer lie.', 'denial', 'negative'],
    ['Officials dismissed the claim as baseless.', 'denial', 'negative'],
    ['The government is considering possible strikes on the rebels.', 'plan', 'positive'],
    ['The army did not succeed in taking the bridge.', 'outcome', 'positive'],
    ['Investigators found no evidence of fraud in the election.', 'occurrence', 'negative'],
    ['The missile strike never happened.', 'denial', 'negative'],
    ['The jet was in international airspace when it was hit.', 'location', 'positive'],
    ['The group claimed responsibility for the bombing.', 'responsibility', 'positive'],
    ['Hackers tried to break into the bank.', 'attempt', 'positive'],
    ['Floods killed at least 40 people.', 'quantity', 'positive'],
    ['The mayor opened the new bridge.', 'other', 'positive']
  ])('%s -> %s/%s', (s, predicate, polarity) => {
    const r = analyzeClaim(s)
    expect(r.predicate).toBe(predicate)
    expect(r.polarity).toBe(polarity)
  })

  it('folds negation into the outcome', () => {
    expect(analyzeClaim('The raid did not succeed.').outcome).toBe('failure')
    expect(analyzeClaim('The gang successfully targeted the vault.').outcome).toBe('success')
  })

  it('lowers certainty with hedges and sets modality', () => {
    const r = analyzeClaim('The blast was probably caused by a gas leak.')
    expect(r.modality).toBe('hedged')
    expect(r.certainty).toBe(0.7)
    expect(analyzeClaim('The blast was caused by a gas leak.').certainty).toBe(1)
    expect(analyzeClaim('The rebels allegedly shelled the town.').modality).toBe('reported')
    expect(analyzeClaim('Did the rebels shell the town?').modality).toBe('questioned')
  })

  it('reads an event frame', () => {
    const r = analyzeClaim('Russian hackers launched an attack against the Estonian power grid.')
    expect(r.event.actor).toBe('Russia')
    expect(r.event.action).toBe('attack')
    expect(r.event.target).toContain('power grid')
    expect(r.event.keywords).toEqual(expect.arrayContaining(['attack', 'grid', 'power']))
  })

  it('does not take the subject of a reporting verb as the actor, but keeps a noun "claims"', () => {
    expect(analyzeClaim('Police said the gunman shot two guards.').event.actor).toBeNull()
    expect(analyzeClaim('Kenyan claims about an attack on the port were a lie.').event.actor).toBe('Kenya')
    expect(analyzeClaim('Rebels claimed responsibility for the bombing.').event.actor).toBe('rebels')
  })

  it('does not read a time as a target', () => {
    expect(analyzeClaim('The gunman was arrested on Friday.').event.target).toBeNull()
  })

  it('gives different keywords to different targets of one kind of event', () => {
    const a = analyzeClaim('The United States started that war by attacking our nuclear facilities.')
    const b = analyzeClaim('Claims about an attack on our banks are a lie.')
    expect(a.event.keywords).toContain('nuclear')
    expect(b.event.keywords).not.toContain('nuclear')
  })
})

describe('splitClauses', () => {
  it('splits coordinated clauses with their own subjects', () => {
    const s = 'We have contained the fire, and they have failed to reach the town.'
    expect(splitClauses(s).map((c) => s.slice(c.start, c.end))).toEqual(['We have contained the fire,', 'and they have failed to reach the town.'])
  })
  it('keeps verb-phrase coordination whole', () => {
    const s = 'They try hard but have not won a single seat.'
    expect(splitClauses(s)).toHaveLength(1)
  })
})

describe('extractClaims', () => {
  const text =
    'Floods killed at least 40 people in Kenya last week. ' +
    '"The levees held and we have managed to evacuate every village," the governor said. ' +
    'Two officials told reporters that the dam failed to hold back the water.'
  const a = article(text)
  const q1 = quoteOf(text, 'The levees held and we have managed to evacuate every village', 'Ada Okoye')
  const q2 = quoteOf(text, 'the dam failed to hold back the water', 'two officials (anonymous)', { direct: false, anonymous: true, speakerId: null })
  const claims = extractClaims(a, [q1, q2])

  it('turns outlet sentences and quotes into claims with exact spans', () => {
    expect(claims.length).toBeGreaterThanOrEqual(3)
    for (const c of claims) {
      exact(text, c)
      expect(Claim.is(c)).toBe(true)
    }
  })

  it('attributes quote claims to their speakers and outlet sentences to the outlet', () => {
    const own = claims.find((c) => c.text.startsWith('Floods killed'))
    expect(own?.assertedBy).toEqual({ kind: 'outlet', name: 'Daily Ledger', speakerId: null, anonymous: false })
    expect(own?.quantities[0]?.value).toBe(40)
    expect(own?.times[0]?.from).toBe('2024-04-29')
    expect(own?.places.map((p) => p.owner)).toContain('Kenya')
    const anon = claims.find((c) => c.quoteId === q2.id)
    expect(anon?.assertedBy.anonymous).toBe(true)
    expect(anon?.outcome).toBe('failure')
    expect(claims.every((c) => c.outlet === 'Daily Ledger')).toBe(true)
  })

  it('does not turn a bare attribution into a claim', () => {
    expect(claims.some((c) => c.text.includes('the governor said'))).toBe(false)
    expect(claims.some((c) => c.text.startsWith('Two officials told reporters'))).toBe(false)
  })

  it('skips boilerplate and non-statement quotes stay in the outlet text', () => {
    const t = 'The council approved the budget. All content is licensed under Creative Commons.'
    const art = { ...article(t), boilerplate: [{ kind: 'licence' as const, text: t.slice(33), start: 33, end: t.length }] }
    const cs = extractClaims(art, [])
    expect(cs.map((c) => c.text)).toEqual(['The council approved the budget.'])
  })

  it('resolves "we" in a quote to the speaker’s country', () => {
    const t = 'Peru’s defence minister said: "Chile has violated our airspace twice this year."'
    const q = quoteOf(t, 'Chile has violated our airspace twice this year.', 'Defence Minister', { role: 'Peru’s defence minister' })
    const c = extractClaims(article(t), [q]).find((x) => x.quoteId === q.id)
    expect(c?.places[0]).toMatchObject({ kind: 'territorial', owner: 'Peru' })
    expect(c?.predicate).toBe('location')
  })

  it('attributes a speech-act sentence to its speaker, and its date to the statement', () => {
    const t = '"We will rebuild the bridge," Mayor Lena Fischer said. On Monday, Fischer denied reports that the flood had killed 12 people.'
    const q = quoteOf(t, 'We will rebuild the bridge', 'Lena Fischer')
    const c = extractClaims(article(t), [q]).find((x) => x.text.includes('denied'))
    expect(c?.assertedBy).toMatchObject({ kind: 'speaker', name: 'Lena Fischer' })
    expect(c?.quoteId).toBeNull()
    expect(c?.predicate).toBe('denial')
    expect(c?.event.timeFrom).toBeNull()
    expect(c?.event.timeTo).toBe('2024-05-06')
  })

  it('gives a pronoun-led speech act to the last named speaker, and drops the bare attribution clause', () => {
    const t =
      'Floods killed 40 people on Tuesday, the Red Cross said, while the ministry put the toll at 28. ' +
      '"We found 28 bodies," Minister Joseph Maina said. He denied reports that the dam had burst.'
    const q = quoteOf(t, 'We found 28 bodies', 'Joseph Maina')
    const r = { ...quoteOf(t, 'Floods killed 40 people on Tuesday', 'Red Cross'), direct: false }
    const cs = extractClaims(article(t), [r, q])
    expect(cs.some((c) => c.text.includes('the Red Cross said'))).toBe(false)
    expect(cs.find((c) => c.text.includes('the ministry put the toll'))?.assertedBy.kind).toBe('outlet')
    const denial = cs.find((c) => c.text.startsWith('He denied'))
    expect(denial?.assertedBy.name).toBe('Joseph Maina')
    expect(denial?.predicate).toBe('denial')
    expect(denial?.certainty).toBe(1)
  })

  it('is deterministic and ids are stable', () => {
    expect(extractClaims(a, [q1, q2])).toEqual(claims)
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length)
  })
})

describe('properties', () => {
  const words = fc.constantFrom('the', 'attack', 'not', 'failed', 'to', 'managed', 'about', '150', '33', 'million', 'last', 'week', 'on', 'Thursday', 'June', '20', 'Iran’s', 'U.S.', 'international', 'airspace', 'waters', 'of', 'Peru', '"', '“', '”', ',', '.', '?', 'no', 'sign', 'probably', '%', '$', '-', 'and', 'they', 'our', 'country', '\n\n', 'é', '🙂')
  const sentence = fc.array(words, { maxLength: 40 }).map((ws) => ws.join(' '))
  const text = fc.oneof(fc.string({ maxLength: 300 }), sentence, fc.string({ unit: 'binary', maxLength: 120 }))

  it('never throws on arbitrary text, and every span is exact and in bounds', () => {
    fc.assert(
      fc.property(text, fc.option(fc.constantFrom('2024-05-06', '2019-12', '2020'), { nil: null }), (t, iso) => {
        const pub = iso === null ? null : published(iso, iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year')
        const cs = extractClaims(article(t, pub), [])
        for (const c of cs) {
          expect(c.start).toBeGreaterThanOrEqual(0)
          expect(c.end).toBeLessThanOrEqual(t.length)
          exact(t, c)
          expect(c.certainty).toBeGreaterThan(0)
          expect(c.certainty).toBeLessThanOrEqual(1)
          expect(Claim.is(c)).toBe(true)
        }
      }),
      { numRuns: 200 }
    )
  })

  it('ignores quotes of other articles', () => {
    fc.assert(
      fc.property(sentence, (t) => {
        const q = { ...quoteOf('x', 'x', 'Someone'), articleId: 'other' as Claim['articleId'], start: 0, end: Math.min(5, t.length) }
        expect(extractClaims(article(t), [q]).every((c) => c.quoteId === null)).toBe(true)
      }),
      { numRuns: 50 }
    )
  })

  it('ignores quotes whose spans do not fit the text', () => {
    fc.assert(
      fc.property(sentence, fc.integer({ min: -5, max: 500 }), fc.integer({ min: -5, max: 500 }), (t, s, e) => {
        const q = { ...quoteOf('x', 'x', 'Someone'), start: s, end: e, parts: [{ start: s, end: e }] }
        expect(() => extractClaims(article(t), [q])).not.toThrow()
      }),
      { numRuns: 100 }
    )
  })
})
