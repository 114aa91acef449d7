import { describe, expect, it } from 'vitest'
import { extractQuotes } from '../../../src/extract/quotes'
import { article, quoteWith } from './helpers'

const directOf = (text: string, opts = {}) => extractQuotes(article('t', text, opts)).quotes.filter((q) => q.direct)

describe('direct quotes', () => {
  it('reads straight and curly double quotes and guillemets, without the marks', () => {
    const text =
      '"The branches stay shut," union leader Ada Okoye said on Monday. ' +
      '“We have waited long enough,” she added. ' +
      '«We are ready for talks», Finance Minister Tomas Berg said.'
    const qs = directOf(text)
    expect(qs.map((q) => q.text)).toEqual(['The branches stay shut', 'We have waited long enough', 'We are ready for talks'])
    for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text)
    expect(qs.map((q) => q.speaker)).toEqual(['Ada Okoye', 'Ada Okoye', 'Tomas Berg'])
  })

  it('reads single-quoted quotations when they are unambiguous, not plural possessives', () => {
    const text = "'We have done nothing wrong,' the company's chief executive, Maria Lund, told the BBC. The workers' union disagreed."
    const qs = directOf(text)
    expect(qs).toHaveLength(1)
    expect(qs[0]!.text).toBe('We have done nothing wrong')
    expect(qs[0]!.speaker).toBe('Maria Lund')
  })

  it('makes one quote with two parts of a quote interrupted by its attribution', () => {
    const text = '“This is not a decision we took lightly,” Mayor Linda Haskins said at a news conference, “but the pipes are older than most of us.”'
    const qs = directOf(text)
    expect(qs).toHaveLength(1)
    const q = qs[0]!
    expect(q.parts.map((p) => text.slice(p.start, p.end))).toEqual([
      'This is not a decision we took lightly',
      'but the pipes are older than most of us.'
    ])
    expect(text.slice(q.start, q.end)).toBe(q.text)
    expect(q.speaker).toBe('Linda Haskins')
    expect(q.role).toBe('Mayor')
    expect(q.channel).toBe('press-conference')
  })

  it('joins a quote that runs over several paragraphs (reopened, never closed at the paragraph end)', () => {
    const text =
      'Tom Reyes, the building manager, described the night.\n\n' +
      '“The first thing we did was call the fire brigade. Then we started knocking on doors.\n\n' +
      '“By the time the trucks arrived, the second floor was gone,” he said.'
    const qs = directOf(text, { paragraphs: true })
    expect(qs).toHaveLength(1)
    const q = qs[0]!
    expect(q.parts).toHaveLength(2)
    expect(text.slice(q.parts[0]!.start, q.parts[0]!.end)).toBe('The first thing we did was call the fire brigade. Then we started knocking on doors.')
    expect(text.slice(q.parts[1]!.start, q.parts[1]!.end)).toBe('By the time the trucks arrived, the second floor was gone')
    expect(text.slice(q.start, q.end)).toBe(q.text)
    expect(q.speaker).toBe('Tom Reyes')
  })

  it('attributes preposed, postposed and inverted frames', () => {
    const text =
      'Sato said: "The talks have failed." ' +
      '"We are done," said union chief Hana Sato. ' +
      'The ministry said in a statement that "the offer remains on the table."'
    const qs = directOf(text)
    expect(quoteWith(qs, 'talks have failed')?.speaker).toBe('Hana Sato')
    const inverted = quoteWith(qs, 'We are done')!
    expect(inverted.speaker).toBe('Hana Sato')
    expect(inverted.role).toBe('union chief')
    const stmt = quoteWith(qs, 'offer remains')!
    expect(stmt.channel).toBe('statement')
    expect(stmt.isStatement).toBe(true)
  })

  it('gives an unattributed quote right after a speaker the same speaker', () => {
    const text = '“Prices will rise,” said Ines Duarte, an economist at the central bank. “Nobody should be surprised.”'
    const qs = directOf(text)
    expect(qs.every((q) => q.speaker === 'Ines Duarte')).toBe(true)
  })
})

describe('quoted strings that are not statements', () => {
  it('marks programme and book titles', () => {
    const text = 'In an interview with CBS\'s "Face the Nation," the senator said the bill would pass. She had read the book “Gone With The Wind” twice.'
    const qs = directOf(text)
    expect(quoteWith(qs, 'Face the Nation')).toMatchObject({ isStatement: false, notStatementReason: 'title' })
    expect(quoteWith(qs, 'Gone With The Wind')).toMatchObject({ isStatement: false, notStatementReason: 'title' })
  })

  it('marks scare quotes and fragments inside a clause', () => {
    const text = 'The governor promised a “very, very strong” response and said the rebels were “finished.” Critics called the move “economic blackmail.”'
    const qs = directOf(text)
    expect(quoteWith(qs, 'very, very strong')?.isStatement).toBe(false)
    expect(quoteWith(qs, 'finished')?.isStatement).toBe(false)
    expect(quoteWith(qs, 'economic blackmail')).toMatchObject({ isStatement: false, notStatementReason: 'term' })
  })

  it('marks a named term after calling/so-called', () => {
    const text = 'Describing the leak as “sabotage,” the firm’s founder Lars Vik said police had been told. The so-called “peace dividend” never arrived.'
    const qs = directOf(text)
    expect(quoteWith(qs, 'sabotage')?.notStatementReason).toBe('term')
    expect(quoteWith(qs, 'peace dividend')?.isStatement).toBe(false)
  })

  it('keeps short but attributed sentences as statements', () => {
    const text = '“It was a very big fire,” Chief Inspector Ruth Amsel said.'
    const qs = directOf(text)
    expect(qs[0]).toMatchObject({ isStatement: true, speaker: 'Ruth Amsel', notStatementReason: null })
  })
})

describe('multi-paragraph quotes opened mid-paragraph', () => {
  it('continues a quote opened after "said:" into the next paragraph', () => {
    const text =
      'The fire chief, Ruth Amsel, said: “Crews arrived within four minutes and found the stairwell full of smoke.\n\n' +
      '“Two residents were carried out and both are expected to recover.”\n\n' +
      'A stray " mark here should not start a quote.'
    const qs = extractQuotes(article('m', text, { paragraphs: true })).quotes.filter((q) => q.direct)
    expect(qs).toHaveLength(1)
    expect(qs[0]!.parts).toHaveLength(2)
    expect(qs[0]!.speaker).toBe('Ruth Amsel')
    expect(text.slice(qs[0]!.start, qs[0]!.end)).toBe(qs[0]!.text)
  })
})
