import { describe, expect, it } from 'vitest'
import * as E from 'fp-ts/Either'
import { extractQuotes } from '../../../src/extract/quotes'
import { ingestText } from '../../../src/ingest'

const speakersOf = (text: string): ReadonlyArray<string | null> => {
  const a = ingestText({ id: 'pp', text })
  if (E.isLeft(a)) throw new Error('ingest failed')
  return extractQuotes(a.right).quotes.map((q) => q.speaker)
}

// Place and institution names inside a post-modifier are not the speaker (all of these were
// read as speakers "Western Australia", "Bali", "Lagos" and "ABUJA" on real stories).
describe('the speaker is the head before a prepositional post-modifier', () => {
  it('a person from a place', () => {
    expect(speakersOf('Kofi Mensah from Tamale in northern Ghana says the bridge collapsed at night.')).toEqual(['Kofi Mensah'])
  })

  it("a correspondent in a city", () => {
    expect(speakersOf("The agency's Lena Ortiz in Quito says the vote will be delayed.")).toEqual(["Lena Ortiz"])
  })

  it('staff at an institution stay one group mention, not the institution', () => {
    const [s] = speakersOf('Medical staff at Riverside General Hospital said the patient was stable.')
    expect(s).not.toBe('Riverside General Hospital')
    expect(s).toMatch(/staff/i)
  })

  it('no head can be read before a relative clause: no speaker rather than the place', () => {
    const s = speakersOf('A farmer who fell ill during a trip to Mombasa said doctors found a rare parasite.')
    expect(s).not.toContain('Mombasa')
  })

  it('a dateline is not the subject', () => {
    const s = speakersOf('QUITO, Ecuador (AP) — The interior minister has denied reports of a curfew in the capital.')
    expect(s).not.toContain('QUITO')
  })

  it('an opening adverb is not a name', () => {
    const s = speakersOf('Publicly, the president has always said he would not negotiate with the group.')
    expect(s).not.toContain('Publicly')
  })
})

describe('unnamed groups with an affiliation', () => {
  it.each([
    ['Officials at the Health Ministry said the patient was stable.', /officials at the Health Ministry/i],
    ['Medical staff at Riverside General Hospital said the patient was stable.', /staff at Riverside General Hospital/],
    ['Hospital staff said the patient was stable.', /Hospital staff/],
    ['Villagers said gunmen burned the market.', /Villagers/]
  ])('%s is an anonymous group', (text, name) => {
    const a = ingestText({ id: 'g', text })
    if (E.isLeft(a)) throw new Error('ingest failed')
    const [q] = extractQuotes(a.right).quotes
    expect(q?.anonymous).toBe(true)
    expect(q?.speaker ?? '').toMatch(name)
  })
})

describe('names inside a group mention, and sentence openers', () => {
  it('unnamed sources close to something in a named place stay unnamed sources', () => {
    const [q] = speakersOfQuotes('Sources close to the production being filmed in metro Denver also said the car was never stolen.')
    expect(q?.anonymous).toBe(true)
    expect(q?.speaker).not.toBe('Denver')
  })

  it('an interjection is not part of a name', () => {
    expect(speakersOf('Well, Maria Lopez said the bridge will reopen on Monday.')).toEqual(['Maria Lopez'])
    expect(speakersOf('Well Maria Lopez said the bridge will reopen on Monday.')).toEqual(['Maria Lopez'])
  })
})

function speakersOfQuotes(text: string) {
  const a = ingestText({ id: 'gm', text })
  if (E.isLeft(a)) throw new Error('ingest failed')
  return extractQuotes(a.right).quotes
}

describe('a document speaks for the name after it', () => {
  it.each([
    ['A recent report from Harbor Daily News stated that the ferry had been sold.', 'Harbor Daily News'],
    ['A statement by the Riverside Council said the bridge would reopen.', 'Riverside Council']
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name])
  })
})
