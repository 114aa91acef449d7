/**
 * Whole stories written for these tests in three house styles (AP, British broadcaster,
 * Reuters wire), about events unrelated to the seed articles.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractQuotes } from '../../../src/extract/quotes'
import { article, quoteWith } from './helpers'

const story = (file: string, outlet: string) => {
  const text = readFileSync(`test/extract/quotes/fixtures/${file}`, 'utf8')
  return { text, ...extractQuotes(article(file, text, { paragraphs: true, outlet })) }
}

describe('an AP story about a nurses strike', () => {
  const { text, quotes, speakers } = story('ap-nurses-strike.txt', 'AP')

  it('keeps exact offsets for every direct quote', () => {
    for (const q of quotes.filter((x) => x.direct)) expect(text.slice(q.start, q.end)).toBe(q.text)
  })

  it('attributes inverted, pronoun and surname-only quotes to the full names', () => {
    expect(quoteWith(quotes, 'we are done being ignored')?.speaker).toBe('Maria Gonzalez')
    expect(quoteWith(quotes, 'Nobody goes into nursing')?.speaker).toBe('Maria Gonzalez')
    expect(quoteWith(quotes, 'brinkmanship')).toMatchObject({ speaker: 'Eric Adams', role: 'Mayor', verb: 'tell' })
    expect(quoteWith(quotes, 'contingency plans')).toMatchObject({ speaker: 'Eric Adams', verb: 'add' })
    expect(quoteWith(quotes, 'safe staffing ratios')?.speaker).toBe('Nancy Hagans')
    expect(quoteWith(quotes, 'stay out as long as it takes')?.speaker).toBe('Nancy Hagans')
  })

  it('marks the unnamed spokesperson and the officials as anonymous, and the named as not', () => {
    expect(quoteWith(quotes, 'talks could resume')?.anonymous).toBe(true)
    expect(quoteWith(quotes, 'replacement nurses')?.anonymous).toBe(true)
    expect(speakers.find((s) => s.canonical === 'Nancy Hagans')?.anonymous).toBe(false)
  })

  it('does not make statements of scare quotes and called-terms', () => {
    expect(quoteWith(quotes, 'reckless')?.isStatement).toBe(false)
    expect(quotes.filter((q) => q.direct && q.text.startsWith('refused to listen')).every((q) => !q.isStatement)).toBe(true)
  })
})

describe('a British story about a rail strike', () => {
  const { quotes } = story('uk-rail-strike.txt', 'BBC')

  it('reads single-quoted speech and keeps the honorific form as a variant', () => {
    const q = quoteWith(quotes, 'We have tried everything')!
    expect(q).toMatchObject({ direct: true, speaker: 'Mick Lynch', verb: 'tell' })
    expect(quoteWith(quotes, 'willing to talk')?.speaker).toBe('Mick Lynch')
  })

  it('carries the tweet channel to "he wrote"', () => {
    expect(quoteWith(quotes, 'punishing the travelling public')).toMatchObject({ speaker: 'Mark Harper', channel: 'tweet' })
  })

  it('treats a headline scare quote as no statement', () => {
    expect(quoteWith(quotes, 'summer of disruption')?.isStatement).toBe(false)
  })
})

describe('a Reuters story about a bank strike', () => {
  const { quotes } = story('reuters-bank-strike.txt', 'Reuters')

  it('keeps the dateline out of a reported clause', () => {
    const q = quoteWith(quotes, 'indefinite strike')!
    expect(q.text.startsWith('Nigerian bank workers')).toBe(true)
  })

  it('reads role-then-name appositives, counted anonymous groups and "one of them"', () => {
    expect(quoteWith(quotes, '12 billion naira')).toMatchObject({ speaker: 'Mohammed Sheikh', chain: ['Mohammed Sheikh', 'Reuters'] })
    const bankers = quoteWith(quotes, 'some lenders had begun')!
    expect(bankers).toMatchObject({ anonymous: true, speaker: 'two senior bankers (anonymous)' })
    expect(quoteWith(quotes, 'question of weeks')?.speakerId).toBe(bankers.speakerId)
    expect(quoteWith(quotes, 'Why should we work for free?')?.role).toBe('teller at a Lagos branch')
  })
})
