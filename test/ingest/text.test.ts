import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { DEFAULT_MAX_CHARS, ingestText, type Article, type IngestOptions, type RawArticle } from '../../src'

const ok = (input: RawArticle, options?: IngestOptions): Article => {
  const r = ingestText(input, options)
  if (E.isLeft(r)) throw new Error(`expected Right, got ${r.left.message}`)
  return r.right
}
const err = (input: RawArticle, options?: IngestOptions) => {
  const r = ingestText(input, options)
  if (E.isRight(r)) throw new Error('expected Left')
  return r.left
}
const paragraphTexts = (a: Article): ReadonlyArray<string> => a.paragraphs.map((p) => a.text.slice(p.start, p.end))

describe('ingestText: other outlets and styles', () => {
  it('AP style: dateline with agency code, byline with outlet, copyright footer', () => {
    const text = [
      'Flooding shuts river ports along the Danube',
      '',
      'By Maria Lopez and Tom Hale, Associated Press',
      '',
      'BUDAPEST, Hungary (AP) — Authorities closed three river ports on Tuesday as the Danube rose to its highest level in a decade.',
      '',
      '“We have never seen the water this high,” a port official said.',
      '',
      'Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.'
    ].join('\n')
    const a = ok({ id: 'ap1', text })
    expect(a.outlet?.id).toBe('ap')
    expect(a.outlet?.evidence).toBe('licence')
    expect(a.dateline?.text).toBe('BUDAPEST')
    expect(a.byline?.text).toBe('Maria Lopez and Tom Hale')
    expect(a.title?.text).toBe('Flooding shuts river ports along the Danube')
    expect(a.boilerplate.some((b) => b.kind === 'licence' && b.text.startsWith('Copyright 2024'))).toBe(true)
    expect(paragraphTexts(a)).toHaveLength(2)
  })

  it('Reuters style: "(Reuters) -" opening and a "(Reporting by ...)" sign-off', () => {
    const text =
      'LONDON, March 3 (Reuters) - British factory output fell for a third month in February, a survey showed on Monday.\n\n' +
      'The index dropped to 47.1 from 47.9.\n\n(Reporting by Ann Smith; Editing by Bob Jones)'
    const a = ok({ id: 'r1', text })
    expect(a.outlet?.id).toBe('reuters')
    expect(a.dateline?.text).toBe('LONDON')
    expect(a.boilerplate.map((b) => b.kind)).toEqual(['signoff'])
    expect(paragraphTexts(a)).toEqual([
      'LONDON, March 3 (Reuters) - British factory output fell for a third month in February, a survey showed on Monday.',
      'The index dropped to 47.1 from 47.9.'
    ])
  })

  it('agency code without a place ("(Reuters) -") names the outlet but no dateline', () => {
    const a = ok({ id: 'r2', text: '(Reuters) - Oil prices rose on Friday after a pipeline outage in the North Sea.' })
    expect(a.outlet?.name).toBe('Reuters')
    expect(a.dateline).toBeNull()
  })

  it('an unknown outlet on a sign-off line is still recorded, with a slug id', () => {
    const text = 'Farmers protest new water rules\n\nFarmers blocked the main road into the capital on Thursday, police said.\n\nKurdistan Press Agency'
    const a = ok({ id: 'k1', text })
    const at = text.lastIndexOf('Kurdistan')
    expect(a.outlet).toEqual({ id: 'kurdistan-press-agency', name: 'Kurdistan Press Agency', evidence: 'signoff', span: { start: at, end: at + 22 } })
    expect(a.paragraphs).toHaveLength(1)
  })

  it('a byline without outlet gives the author and no outlet; metadata outlet then fills in', () => {
    const text = 'By Anna Berg\n\nThe city council approved the budget late on Wednesday after a six-hour debate.'
    const a = ok({ id: 'b1', text, outlet: 'The Guardian' })
    expect(a.byline?.text).toBe('Anna Berg')
    expect(a.outlet).toEqual({ id: 'guardian', name: 'The Guardian', evidence: 'metadata', span: null })
  })

  it('the text signature wins over metadata, with a warning when they disagree', () => {
    const a = ok({ id: 'm1', text: 'NAIROBI (AP) — Rains eased on Sunday across the region, forecasters said.', outlet: 'CNN' })
    expect(a.outlet?.id).toBe('ap')
    expect(a.warnings.join(' ')).toMatch(/metadata names outlet "CNN"/)
  })

  it('dates: a segment of a header line ("By: X | City | Posted: ...")', () => {
    const a = ok({ id: 'd4', text: 'By: Press Trust of India | New Delhi | Posted: January 8, 2015 2:10 pm\nA senior official was arrested.' })
    expect(a.published).toMatchObject({ iso: '2015-01-08T14:10', precision: 'minute', source: 'header' })
    expect(a.text.slice(a.published!.span!.start, a.published!.span!.end)).toBe('January 8, 2015 2:10 pm')
  })

  it('dates: header lines with labels, ISO metadata, precision kept', () => {
    const h = ok({ id: 'd1', text: 'Published: March 5, 2024\n\nThe bridge reopened to traffic after repairs.' })
    expect(h.published).toMatchObject({ iso: '2024-03-05', precision: 'day', source: 'header' })
    const m = ok({ id: 'd2', text: 'The bridge reopened to traffic after repairs.', published: '2021-07' })
    expect(m.published).toEqual({ iso: '2021-07', precision: 'month', source: 'metadata', span: null })
    const bad = ok({ id: 'd3', text: 'The bridge reopened.', published: 'sometime soon' })
    expect(bad.published).toBeNull()
    expect(bad.warnings.join(' ')).toMatch(/could not be parsed/)
  })

  it('date inference: today/yesterday tied to a full date gives the day; weekdays and bare months give nothing', () => {
    const dated = ok({ id: 'i1', text: 'The court ruled today, June 3, 2024, that the strike was legal. Talks resume next week.' })
    expect(dated.published).toMatchObject({ iso: '2024-06-03', precision: 'day', source: 'inferred' })
    expect(dated.text.slice(dated.published!.span!.start, dated.published!.span!.end)).toMatch(/June 3, 2024/)
    const yesterday = ok({ id: 'i4', text: 'The minister resigned yesterday (June 30, 2024) after weeks of protests.' })
    expect(yesterday.published?.iso).toBe('2024-07-01')
    // weekday + full date is how wire captions and older events are dated: not the writing day
    const caption = ok({ id: 'i5', text: 'Police secure the square on Monday, June 3, 2024. (AP Photo)' })
    expect(caption.published).toBeNull()
    const undated = ok({ id: 'i2', text: 'On February 8, the service was down for hours. In October, a similar outage hit the north.' })
    expect(undated.published).toBeNull()
    const off = ok({ id: 'i3', text: dated.text }, { inferDate: false })
    expect(off.published).toBeNull()
  })

  it('title needs a short line without a final period followed by a blank line', () => {
    expect(ok({ id: 't1', text: 'A headline here\n\nBody text follows.' }).title?.text).toBe('A headline here')
    expect(ok({ id: 't2', text: 'This is a sentence.\n\nBody text follows.' }).title).toBeNull()
    expect(ok({ id: 't3', text: 'Only one line without a period' }).title).toBeNull()
    // standfirsts, captions, datelines and date lines are not titles
    const standfirst = 'The committee that met behind closed doors for three days heard from engineers residents and officials of the water authority'
    expect(ok({ id: 't5', text: `${standfirst}\n\nBody text follows.` }).title).toBeNull()
    expect(ok({ id: 't6', text: 'Rescuers search the rubble. Photo: Reuters\n\nBody text follows.' }).title).toBeNull()
    const dl = ok({ id: 't7', text: 'FORT WORTH, Texas -\n\nA storm hit the city on Monday.' })
    expect(dl.title).toBeNull()
    expect(dl.dateline?.text).toBe('FORT WORTH')
    expect(ok({ id: 't8', text: 'Monday 4 August 2014\n\nBody text follows.' }).title).toBeNull()
  })

  it('metadata title is located in the text when the text does not mark one', () => {
    const a = ok({ id: 't4', text: 'Quake hits coast. Buildings shook for a minute.', title: 'Quake hits coast' })
    expect(a.title).toEqual({ text: 'Quake hits coast', start: 0, end: 16 })
  })

  it('hard-wrapped lines inside a block merge into one paragraph', () => {
    const text =
      'The committee met on Tuesday to discuss the proposal and heard\n' +
      'evidence from several witnesses who had travelled from abroad.\n\n' +
      'A vote is expected next month.'
    const a = ok({ id: 'w1', text })
    expect(a.paragraphs).toHaveLength(2)
    expect(paragraphTexts(a)[0]).toContain('heard\nevidence')
  })

  it('a long single-line article is split at sentence boundaries, and its footer is set apart', () => {
    const sentence = (i: number) => `Officials in the port city said the storm damaged ${i} warehouses and cut power to the docks.`
    const body = Array.from({ length: 60 }, (_, i) => sentence(i + 1)).join(' ')
    const text = `SYDNEY - ${body} AB/CD Copyright 2023 Australian Associated Press.`
    const a = ok({ id: 'l1', text })
    expect(a.paragraphs.length).toBeGreaterThan(3)
    for (const p of paragraphTexts(a)) {
      expect(p.length).toBeLessThanOrEqual(1200)
      expect(p.endsWith('docks.')).toBe(true)
    }
    expect(a.boilerplate.map((b) => b.kind)).toEqual(['signoff', 'licence'])
    expect(a.outlet?.id).toBe('aap')
    expect(a.dateline?.text).toBe('SYDNEY')
  })

  it('comment forms of other CMSs are set apart, all lines after the form opener included', () => {
    const text = [
      'Council approves new park',
      '',
      'The park will open next spring, the mayor said.',
      '',
      'Leave a Comment',
      'Name *',
      'Email *',
      'Save my name, email, and website in this browser for the next time I comment.',
      'Post Comment'
    ].join('\n')
    const a = ok({ id: 'c1', text })
    expect(a.boilerplate.map((b) => b.kind)).toEqual(['comment-form', 'comment-form', 'comment-form', 'comment-form', 'comment-form'])
    expect(paragraphTexts(a)).toEqual(['The park will open next spring, the mayor said.'])
  })

  it('a link list mid-article takes only its links; the prose after it stays body', () => {
    const text = [
      'The council voted to close the bridge for repairs on Tuesday.',
      '',
      'Related Articles',
      'Bridge inspections ordered across the county',
      'Five things to know about the repairs',
      '',
      'Engineers said the work would take at least six months to complete.',
      '',
      'Share this:'
    ].join('\n')
    const a = ok({ id: 'mid', text })
    expect(a.boilerplate.map((b) => [b.kind, b.text])).toEqual([
      ['other', 'Related Articles'],
      ['other', 'Bridge inspections ordered across the county'],
      ['other', 'Five things to know about the repairs'],
      ['share', 'Share this:']
    ])
    expect(paragraphTexts(a)).toEqual([
      'The council voted to close the bridge for repairs on Tuesday.',
      'Engineers said the work would take at least six months to complete.'
    ])
  })

  it('News ID headers and other header codes', () => {
    const a = ok({ id: 'n1', text: 'News Code: 88213\n\nTEHRAN, Dec. 15 (MNA) – The parliament passed the bill on Sunday.' })
    expect(a.newsId).toBe('88213')
    expect(a.outlet?.id).toBe('mehr')
    expect(a.dateline?.text).toBe('TEHRAN')
  })

  it('wire datelines of other agencies', () => {
    const cases: ReadonlyArray<[string, string, string | null]> = [
      ['BEIJING, June 3 (Xinhua) -- China launched a new weather satellite on Monday.', 'xinhua', 'BEIJING'],
      ['Washington (CNN) — The Senate passed the bill late on Thursday.', 'cnn', 'Washington'],
      ['TEHRAN (Tasnim) – The central bank raised interest rates on Sunday.', 'tasnim', 'TEHRAN'],
      ['Tehran, IRNA - The parliament approved the budget on Tuesday.', 'irna', 'Tehran'],
      ['PARIS (AFP) - Museum staff went on strike on Friday.', 'afp', 'PARIS'],
      ['ANKARA (AA) - The central bank held rates steady.', 'anadolu', 'ANKARA'],
      ['TEHRAN (FNA)- The oil minister said exports rose.', 'fars', 'TEHRAN']
    ]
    for (const [text, outlet, place] of cases) {
      const a = ok({ id: 'wire', text })
      expect(a.outlet?.id, text).toBe(outlet)
      expect(a.outlet?.evidence, text).toBe('dateline')
      expect(a.dateline?.text ?? null, text).toBe(place)
    }
  })

  it('a "Source: X" line at the end names the outlet', () => {
    const a = ok({ id: 's1', text: 'Prices of bread rose by 10 percent in March.\n\nSource: Tehran Times' })
    expect(a.outlet).toMatchObject({ id: 'tehran-times', evidence: 'signoff' })
    expect(a.text.slice(a.outlet!.span!.start, a.outlet!.span!.end)).toBe('Tehran Times')
    expect(paragraphTexts(a)).toEqual(['Prices of bread rose by 10 percent in March.'])
  })

  it('AP long form: byline without separator, separator line, contributor sign-off', () => {
    const text = [
      'Storms knock out power to thousands',
      '',
      'By JANE ROE and KEN DOE Associated Press',
      '',
      'DALLAS (AP) — Severe storms knocked out power to 300,000 homes on Tuesday.',
      '',
      'The National Weather Service said winds reached 80 mph.',
      '',
      '___',
      '',
      'Associated Press writer Sam Poe in Tulsa contributed to this report.'
    ].join('\n')
    const a = ok({ id: 'ap2', text })
    expect(a.byline?.text).toBe('JANE ROE and KEN DOE')
    expect(a.outlet?.id).toBe('ap')
    expect(a.boilerplate.map((b) => b.kind)).toEqual(['header', 'other', 'signoff'])
    expect(paragraphTexts(a)).toHaveLength(2)
    // "The National Weather Service" is not the newspaper "The National"
    expect(a.citedSources).toEqual([])
  })

  it('staff bylines, year-less date lines and "Source: X and news agencies"', () => {
    const a = ok({ id: 'toi', text: 'By Reuters Staff\nToday, 4:12 pm\n\nThe vote passed late at night, Channel 12 reported.' })
    expect(a.outlet).toMatchObject({ id: 'reuters', evidence: 'byline' })
    expect(a.title).toBeNull()
    expect(a.boilerplate.map((b) => [b.kind, b.text])).toEqual([['header', 'By Reuters Staff'], ['header', 'Today, 4:12 pm']])
    expect(a.citedSources.map((c) => c.name)).toEqual(['Channel 12'])
    const b = ok({ id: 'aj', text: 'At least 40 people were killed overnight.\n\nSource: Al Jazeera and news agencies' })
    expect(b.outlet).toMatchObject({ id: 'al-jazeera', evidence: 'signoff' })
    expect(b.text.slice(b.outlet!.span!.start, b.outlet!.span!.end)).toBe('Al Jazeera')
  })

  it('desk codes between slashes are sign-offs', () => {
    const a = ok({ id: 'ptv', text: 'The ministry condemned the sanctions on Monday.\n\n/ntg/' })
    expect(a.boilerplate.map((b) => [b.kind, b.text])).toEqual([['signoff', '/ntg/']])
  })

  it('"By ..." sentences are not bylines; page furniture at the top is set apart', () => {
    const a = ok({ id: 'by1', text: 'Share this article\n\nBy Monday, the river had risen two metres.\n\nBy then, roads were closed.' })
    expect(a.byline).toBeNull()
    expect(a.boilerplate.map((b) => [b.kind, b.text])).toEqual([['share', 'Share this article']])
    expect(paragraphTexts(a)).toEqual(['By Monday, the river had risen two metres.', 'By then, roads were closed.'])
    const b = ok({ id: 'by2', text: 'By Martin Luther Jr.\n\nThe march began at noon.' })
    expect(b.byline?.text).toBe('Martin Luther Jr.')
  })

  it('an all-caps opening word that is not an agency code is a dateline, never an outlet', () => {
    const a = ok({ id: 'x1', text: 'KYIV — Air raid sirens sounded across the city overnight.' })
    expect(a.dateline?.text).toBe('KYIV')
    expect(a.outlet).toBeNull()
  })
})

describe('ingestText: bad input', () => {
  it('empty text is EmptyInput', () => {
    expect(err({ id: 'e', text: '' })).toMatchObject({ _tag: 'EmptyInput', record: 'e', field: 'text' })
  })

  it('whitespace only (spaces, tabs, NBSP, BOM, newlines) is EmptyInput', () => {
    expect(err({ id: 'w', text: ' \t\n\u00a0\ufeff\r\n ' })).toMatchObject({ _tag: 'EmptyInput', message: 'w: text: is whitespace only' })
  })

  it('binary garbage is NotText', () => {
    const garbage = Array.from({ length: 400 }, (_, i) => String.fromCharCode((i * 37) % 32)).join('') + 'PK\u0003\u0004'
    expect(err({ id: 'bin', text: garbage })._tag).toBe('NotText')
  })

  it('a few stray control characters give a warning, not an error', () => {
    const a = ok({ id: 'c', text: 'The ministry confirmed the figures.\u0007 More details were released later in the day by the ministry.' })
    expect(a.warnings.join(' ')).toMatch(/1 control character/)
  })

  it('mostly U+FFFD is NotText; a few give a warning', () => {
    expect(err({ id: 'f', text: '\ufffd'.repeat(50) + ' ab' })._tag).toBe('NotText')
    const a = ok({ id: 'g', text: 'The caf\ufffd reopened on Monday after renovation.' })
    expect(a.warnings.join(' ')).toMatch(/1 U\+FFFD/)
  })

  it('values that are not RawArticles (from untyped callers) are DecodeErrors, not exceptions', () => {
    for (const bad of [null, 42, 'text', { id: 'x', text: 7 }, { text: 'no id' }]) {
      const r = ingestText(bad as unknown as RawArticle)
      expect(E.isLeft(r) && r.left._tag).toBe('DecodeError')
    }
  })

  it('an empty id is a DecodeError on field id', () => {
    expect(err({ id: ' ', text: 'Text.' })).toMatchObject({ _tag: 'DecodeError', field: 'id' })
  })

  it('a 10 MB article is accepted; one character over the limit is TooLarge', () => {
    const para = 'Rescue teams worked through the night to reach villages cut off by the landslide, officials said. '
    const big = ('BOGOTA - ' + para.repeat(Math.ceil(DEFAULT_MAX_CHARS / para.length))).slice(0, DEFAULT_MAX_CHARS)
    const a = ok({ id: 'big', text: big })
    expect(a.text.length).toBe(DEFAULT_MAX_CHARS)
    expect(a.paragraphs.length).toBeGreaterThan(1000)
    expect(a.dateline?.text).toBe('BOGOTA')
    const e = err({ id: 'big2', text: big + 'x' })
    expect(e).toMatchObject({ _tag: 'TooLarge', record: 'big2', field: 'text' })
    expect(err({ id: 'small', text: 'x'.repeat(11) }, { maxChars: 10 })._tag).toBe('TooLarge')
  })

  it('CRLF and a BOM are kept in text; spans stay exact and exclude them', () => {
    const text = '\ufeffStorm warning issued\r\n\r\nBy Lena Park, Reuters\r\n\r\nHeavy rain is expected on Friday.\r\n\r\nSchools will close early.\r\n'
    const a = ok({ id: 'crlf', text })
    expect(a.text).toBe(text)
    expect(a.title).toEqual({ text: 'Storm warning issued', start: 1, end: 21 })
    expect(a.byline?.text).toBe('Lena Park')
    expect(a.outlet?.id).toBe('reuters')
    expect(paragraphTexts(a)).toEqual(['Heavy rain is expected on Friday.', 'Schools will close early.'])
    for (const p of a.paragraphs) expect(text.slice(p.start, p.end)).not.toMatch(/[\r\n\ufeff]/)
  })

  it('curly and straight quotes mixed: text untouched, paragraphs and sources still found', () => {
    const text =
      '"We will rebuild," the mayor said, according to the BBC.\n\n“It will take years,” she added. \'Not months.\' ‘Years.’\n\n' +
      '"Nobody expected this,” a resident told CNN.'
    const a = ok({ id: 'q', text })
    expect(a.text).toBe(text)
    expect(paragraphTexts(a)).toEqual(text.split('\n\n'))
    expect(a.citedSources.map((c) => c.name)).toEqual(['BBC', 'CNN'])
  })
})
