import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { MSRP_THRESHOLD, STATEMENT_THRESHOLD, sameStatement, speakersCompatible } from '../../src/cluster'

// Sentences written for these tests (other events, outlets and names than the seeds).
const same: ReadonlyArray<readonly [string, string, string]> = [
  ['hyphenation', 'The ministry blocked a well-coordinated wave of phishing e-mails', 'The ministry blocked a well coordinated wave of phishing emails'],
  ['closed compound', 'Hackers launched cyber-attacks on the port authority', 'Hackers launched cyberattacks on the port authority'],
  ['spelling', 'The council organised a defence programme for the harbour', 'The council organized a defense program for the harbor'],
  ['translation variant', 'Citizens can now renew passports through electronic government services', 'Citizens can now renew passports through e-government services'],
  ['acronym', 'The United States imposed new tariffs on steel imports', 'The U.S. imposed new tariffs on steel imports'],
  [
    'direct vs reported speech',
    'We have tried for years but have not reached an agreement with the union',
    'the company has tried for years but has not reached an agreement with the union'
  ],
  ['person and tense', 'I am asking the court to release the documents', 'he asked the court to release the documents'],
  [
    'insertion',
    'Last winter we repaired 40 kilometres of track on the northern line',
    'Last winter, we repaired not a single bridge but 40 kilometres of track on the northern line'
  ],
  [
    'ellipsis',
    'The flood barrier was tested and approved by the engineers on Friday',
    'The flood barrier was...approved by the engineers on Friday'
  ],
  ['number words', 'Three ships left the harbour before dawn', '3 ships left the harbour before dawn'],
  ['contraction', "We can't accept the proposal as it stands", 'We cannot accept the proposal as it stands']
]

const different: ReadonlyArray<readonly [string, string, string]> = [
  ['negation', 'The vaccine trial met its main goal', 'The vaccine trial did not meet its main goal'],
  ['number', 'The storm destroyed 120 homes in the valley', 'The storm destroyed 12 homes in the valley'],
  [
    'same topic, other statement',
    'The central bank raised interest rates by half a point',
    'The central bank said inflation would slow next year'
  ],
  [
    'same topic, opposite actors',
    'Rebels shelled the airport in the early hours of Sunday',
    'The army retook the airport from the rebels on Sunday evening'
  ],
  ['unrelated', 'Rain is expected across the north on Friday', 'The museum will reopen its Egyptian wing in May'],
  ['different amount', 'Exports rose 5 percent in March', 'Exports rose 9 percent in March']
]

describe('sameStatement', () => {
  it.each(same)('holds through %s', (_, a, b) => {
    const r = sameStatement(a, b)
    expect(r.same, `${r.score}`).toBe(true)
    expect(r.score).toBeGreaterThanOrEqual(STATEMENT_THRESHOLD)
  })

  it.each(different)('does not merge: %s', (_, a, b) => {
    expect(sameStatement(a, b).same).toBe(false)
  })

  it('names the veto that applied', () => {
    const neg = sameStatement('The bridge will reopen on Monday', 'The bridge will not reopen on Monday')
    expect(neg.signals.negationVeto).toBe(true)
    expect(neg.score).toBe(0)
    const num = sameStatement('Police arrested 14 people', 'Police arrested 41 people')
    expect(num.signals.numberVeto).toBe(true)
  })

  it('keeps the negation of a corrective "not X but Y"', () => {
    expect(sameStatement('They sent 300 trucks of grain', 'They sent not one ship but 300 trucks of grain').signals.negationVeto).toBe(false)
  })

  it('never joins the same words by two different known speakers', () => {
    const s = 'We will not raise taxes this year'
    expect(sameStatement(s, s, { speakers: ['Ana Lima', 'Jorge Pereira'] }).same).toBe(false)
    expect(sameStatement(s, s, { speakers: ['Ana Lima', 'Lima'] }).same).toBe(true)
    expect(sameStatement(s, s, { speakers: ['Ana Lima', null] }).same).toBe(true)
  })

  it('uses the looser MSRP threshold on request', () => {
    const a = 'The company reported a profit of 3 million dollars for the quarter, its first in two years'
    const b = 'The company reported a quarterly profit of 3 million dollars'
    const loose = sameStatement(a, b, { threshold: MSRP_THRESHOLD })
    const strict = sameStatement(a, b)
    expect(loose.score).toBe(strict.score)
    expect(Number(loose.same)).toBeGreaterThanOrEqual(Number(strict.same))
  })

  it('handles empty and punctuation-only input without throwing', () => {
    expect(sameStatement('', '').same).toBe(false)
    expect(sameStatement('...', 'Storm hits coast').same).toBe(false)
  })

  it('is symmetric, bounded, and total on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (a, b) => {
        const x = sameStatement(a, b)
        const y = sameStatement(b, a)
        expect(x.score).toBeGreaterThanOrEqual(0)
        expect(x.score).toBeLessThanOrEqual(1)
        expect(x.same).toBe(y.same)
        expect(Math.abs(x.score - y.score)).toBeLessThan(1e-9)
      }),
      { numRuns: 200 }
    )
  })

  it('finds any sentence of content words the same as itself', () => {
    const word = fc.constantFrom('harbor', 'minister', 'grain', 'bridge', 'signed', 'budget', 'storm', 'court', 'river', 'museum')
    fc.assert(
      fc.property(fc.array(word, { minLength: 3, maxLength: 12 }), (ws) => {
        const s = ws.join(' ')
        expect(sameStatement(s, s).same).toBe(true)
      }),
      { numRuns: 100 }
    )
  })
})

describe('speakersCompatible', () => {
  it('matches name variants and rejects different people', () => {
    expect(speakersCompatible('Jean-Luc Martin', 'Jean Luc Martin')).toBe(true)
    expect(speakersCompatible('General Ana Souza', 'Souza')).toBe(true)
    expect(speakersCompatible('Ana Souza', 'Carla Souza')).toBe(false)
  })
})
