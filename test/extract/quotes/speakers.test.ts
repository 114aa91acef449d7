import { describe, expect, it } from 'vitest'
import { extractQuotes, extractQuotesFromCorpus } from '../../../src/extract/quotes'
import { article, quoteWith } from './helpers'

describe('speaker resolution within an article', () => {
  it('resolves he/she to the last speaker of compatible gender, they to the last group', () => {
    const text =
      'Ms. Maria Lund, the chief executive, said profits had fallen. ' +
      'Mr. Peter Holm, the finance director, said costs had risen. ' +
      '“We will recover,” she said. “I am not worried,” he added. ' +
      'Union members said the strike would continue. “We have nothing to lose,” they said.'
    const { quotes } = extractQuotes(article('p', text))
    expect(quoteWith(quotes, 'We will recover')?.speaker).toBe('Maria Lund')
    expect(quoteWith(quotes, 'I am not worried')?.speaker).toBe('Peter Holm')
    const they = quoteWith(quotes, 'nothing to lose')!
    expect(they.speaker).toBe(quoteWith(quotes, 'strike would continue')!.speaker)
    expect(they.speakerMention?.text).toBe('they')
  })

  it('strips titles, ranks and roles into `role`, keeping the rank in the variants', () => {
    const text =
      'Head of the Kenya Ports Authority Rear Admiral Ana Costa said the port would reopen on Friday. ' +
      '“The channel is clear,” Costa told reporters.'
    const { quotes, speakers } = extractQuotes(article('r', text))
    const s = speakers.find((x) => x.canonical === 'Ana Costa')!
    expect(s).toBeDefined()
    expect(s.role).toBe('Head of the Kenya Ports Authority')
    expect(s.variants).toContain('Rear Admiral Ana Costa')
    expect(quoteWith(quotes, 'channel is clear')?.speakerId).toBe(s.id)
  })

  it('resolves a definite description to the last speaker with that role', () => {
    const text =
      'Energy Minister Kofi Mensah said fuel prices would fall. Opposition leader Ama Boateng said they would not. ' +
      'The minister added that subsidies would stay.'
    const { quotes } = extractQuotes(article('d', text))
    expect(quoteWith(quotes, 'subsidies would stay')?.speaker).toBe('Kofi Mensah')
  })

  it('resolves a lede description forward to the named speaker with a matching role', () => {
    const text =
      'A senior health official says the outbreak is under control. ' +
      'Dr. Amina Yusuf, the head of the health ministry, said 40 cases had been confirmed.'
    const { quotes, speakers } = extractQuotes(article('l', text))
    expect(quoteWith(quotes, 'outbreak is under control')?.speaker).toBe('Amina Yusuf')
    expect(speakers.filter((s) => s.anonymous)).toHaveLength(0)
  })
})

describe('anonymous sources', () => {
  it('marks unnamed officials, sources and spokespeople, with "the officials" resolving back', () => {
    const text =
      'Two European diplomats told Reuters that the talks had stalled. The diplomats spoke on condition of anonymity. ' +
      'A spokesperson for the utility, who asked not to be named, said repairs would take weeks. ' +
      'A source close to the negotiations said a deal was possible. ' +
      'An unnamed senior official said the border would stay closed. ' +
      'Officials said the curfew would be lifted. The talks will resume on Monday, the diplomats said.'
    const { quotes } = extractQuotes(article('a', text, { outlet: 'Example Times' }))
    const stalled = quoteWith(quotes, 'talks had stalled')!
    expect(stalled).toMatchObject({ anonymous: true, speaker: 'two European diplomats (anonymous)' })
    expect(stalled.chain).toEqual(['two European diplomats (anonymous)', 'Reuters', 'Example Times'])
    expect(quoteWith(quotes, 'repairs would take weeks')?.anonymous).toBe(true)
    expect(quoteWith(quotes, 'a deal was possible')?.anonymous).toBe(true)
    expect(quoteWith(quotes, 'border would stay closed')?.anonymous).toBe(true)
    expect(quoteWith(quotes, 'curfew would be lifted')?.anonymous).toBe(true)
    expect(quoteWith(quotes, 'resume on Monday')?.speakerId).toBe(stalled.speakerId)
  })
})

describe('speakers merged across a corpus', () => {
  it('merges hyphen, space and joined spellings and surname-only mentions; canonical is the longest full form', () => {
    const { speakers, quotes } = extractQuotesFromCorpus([
      article('a', 'Trade Minister Jean-Pierre Moulin said exports had grown.'),
      article('b', 'Jean Pierre Moulin said exports would grow again. Jeanpierre Moulin repeated the claim.'),
      article('c', 'Jean Pierre Moulin said tariffs were falling.'),
      article('d', '“We are open for business,” Moulin said.')
    ])
    const moulin = speakers.filter((s) => s.variants.some((v) => v.includes('Moulin')))
    expect(moulin).toHaveLength(1)
    expect(moulin[0]!.canonical).toBe('Jean Pierre Moulin')
    expect(moulin[0]!.role).toBe('Trade Minister')
    expect(quoteWith(quotes, 'open for business')?.speaker).toBe('Jean Pierre Moulin')
  })

  it('merges compound surnames written with a hyphen, a space or alone', () => {
    const { speakers } = extractQuotesFromCorpus([
      article('a', 'Abdul Rahman Al Sayed, the oil minister, said output would rise.'),
      article('b', 'Al-Sayed said output had risen.'),
      article('c', '“Output is steady,” Sayed said.')
    ])
    expect(speakers.filter((s) => s.kind === 'person')).toHaveLength(1)
    expect(speakers[0]!.canonical).toBe('Abdul Rahman Al Sayed')
  })

  it('keeps different people who share a surname apart, and an ambiguous surname unmerged', () => {
    const { speakers } = extractQuotesFromCorpus([
      article('a', 'Senator Emma Clarke said the bill would pass.'),
      article('b', 'Judge Robert Clarke said the ruling was final.'),
      article('c', 'Clarke said nothing had changed.')
    ])
    const names = speakers.map((s) => s.canonical).sort()
    expect(names).toContain('Emma Clarke')
    expect(names).toContain('Robert Clarke')
    expect(names).toContain('Clarke')
  })

  it('keeps anonymous groups of different articles apart', () => {
    const { speakers } = extractQuotesFromCorpus([
      article('a', 'Officials said the bridge was safe.'),
      article('b', 'Officials said the bridge was unsafe.')
    ])
    expect(speakers.filter((s) => s.anonymous)).toHaveLength(2)
  })
})

describe('chain of intermediaries', () => {
  it('speaker -> cited outlet -> publishing outlet', () => {
    const text =
      '“The channel is clear,” Port chief Ana Costa said in a televised interview, state broadcaster KBC reported. ' +
      'According to Kyodo News, the Nikkei newspaper reported that the plant would close.'
    const { quotes } = extractQuotes(article('c', text, { outlet: 'Daily Nation' }))
    const q = quoteWith(quotes, 'channel is clear')!
    expect(q.chain).toEqual(['Ana Costa', 'KBC', 'Daily Nation'])
    expect(q.channel).toBe('televised-interview')
    expect(quoteWith(quotes, 'plant would close')?.chain).toEqual(['Nikkei newspaper', 'Kyodo News', 'Daily Nation'])
  })

  it('uses the names the ingest stage gave cited sources', () => {
    const text = 'Two officials told The Associated Press that the plan had been dropped.'
    const { quotes } = extractQuotes(article('c', text, { outlet: 'Example Post', cited: [{ name: 'AP', text: 'The Associated Press' }] }))
    expect(quotes[0]?.chain).toEqual(['two officials (anonymous)', 'AP', 'Example Post'])
  })
})
