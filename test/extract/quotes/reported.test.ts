import { describe, expect, it } from 'vitest'
import { extractQuotes } from '../../../src/extract/quotes'
import { article, quoteWith } from './helpers'

const reportedOf = (text: string, opts = {}) => extractQuotes(article('r', text, opts)).quotes.filter((q) => !q.direct)

describe('reported speech', () => {
  it('"X said (that) ..." covers the reported clause', () => {
    const text = 'Bank union leader Ada Okoye said that the strike would continue. Okoye said talks had failed.'
    const qs = reportedOf(text)
    expect(qs.map((q) => q.text)).toEqual(['the strike would continue', 'talks had failed'])
    for (const q of qs) {
      expect(text.slice(q.start, q.end)).toBe(q.text)
      expect(q.speaker).toBe('Ada Okoye')
      expect(q.verb).toBe('say')
    }
  })

  it('"according to X, ..." and "..., according to X."', () => {
    const text = 'According to the finance ministry, salaries had been paid in full. Branches in Abuja were shut, according to police.'
    const qs = reportedOf(text)
    expect(quoteWith(qs, 'salaries had been paid')?.speaker).toBe('finance ministry')
    expect(quoteWith(qs, 'Branches in Abuja were shut')?.speaker).toBe('police')
  })

  it('"X told reporters ...", "X tweeted ...", "X warned ...", "X announced that ..."', () => {
    const text =
      'Governor Ruth Amsel told reporters the bridge would reopen in May. ' +
      'Amsel later tweeted that repairs were ahead of schedule. ' +
      'The weather service warned that more storms were likely. ' +
      'The transport agency announced that fares would rise.'
    const qs = reportedOf(text)
    const told = quoteWith(qs, 'bridge would reopen')!
    expect(told).toMatchObject({ speaker: 'Ruth Amsel', verb: 'tell' })
    expect(quoteWith(qs, 'repairs were ahead')).toMatchObject({ speaker: 'Ruth Amsel', verb: 'tweet', channel: 'tweet' })
    expect(quoteWith(qs, 'more storms')).toMatchObject({ verb: 'warn', speaker: 'weather service' })
    expect(quoteWith(qs, 'fares would rise')).toMatchObject({ verb: 'announce' })
  })

  it('"X was quoted as saying ..." and "X quoted Y as saying ..."', () => {
    const text =
      'Central bank governor Olu Adeyemi was quoted as saying that inflation would ease by June. ' +
      'The Guardian quoted a senior diplomat as saying the talks were close to collapse.'
    const qs = reportedOf(text, { outlet: 'Daily Wire Service' })
    expect(quoteWith(qs, 'inflation would ease')?.speaker).toBe('Olu Adeyemi')
    const q = quoteWith(qs, 'talks were close')!
    expect(q.anonymous).toBe(true)
    expect(q.chain).toEqual([q.speaker, 'Guardian', 'Daily Wire Service'])
  })

  it('sentence-final attribution "..., X said." and "X said in a statement/Twitter post that ..."', () => {
    const text =
      'The plant will close by December, the company said. ' +
      'The regulator said in a statement on Friday that it would review the sale. ' +
      'Lars Vik said in a Twitter post that he had resigned.'
    const qs = reportedOf(text)
    expect(quoteWith(qs, 'The plant will close by December')?.speaker).toBe('company')
    expect(quoteWith(qs, 'it would review the sale')).toMatchObject({ channel: 'statement', speaker: 'regulator' })
    expect(quoteWith(qs, 'he had resigned')).toMatchObject({ channel: 'tweet', speaker: 'Lars Vik' })
  })

  it('", adding that ..." and ", saying ..." report for the same speaker', () => {
    const text = '“Residents deserve better,” council member Raj Patel said, adding that he would vote against the plan.'
    const qs = extractQuotes(article('a', text)).quotes
    expect(quoteWith(qs, 'he would vote against')).toMatchObject({ direct: false, speaker: 'Raj Patel', verb: 'add' })
  })

  it('does not take nouns or relative clauses for attributions', () => {
    const text =
      'Police rejected the union’s claim that the march was peaceful. ' +
      'In a Facebook post the mayor thanked volunteers. ' +
      'Prices rose in what traders said was a panic.'
    const qs = reportedOf(text)
    expect(qs.find((q) => q.speaker === 'union’s' || q.text.includes('march was peaceful'))).toBeUndefined()
    expect(qs.find((q) => q.text.includes('a panic'))).toBeUndefined()
  })
})

describe('attribution details', () => {
  it('records the verb lemma, hedges inside the quote, and the channel', () => {
    const text =
      '“The outage was probably caused by a faulty switch,” network operator chief Ines Duarte said in a televised interview. ' +
      'Duarte wrote on Facebook that service might return by noon.'
    const { quotes } = extractQuotes(article('h', text))
    expect(quoteWith(quotes, 'faulty switch')).toMatchObject({ verb: 'say', channel: 'televised-interview', hedges: ['probably'] })
    expect(quoteWith(quotes, 'service might return')).toMatchObject({ verb: 'write', channel: 'social-post', hedges: ['might'] })
  })
})
