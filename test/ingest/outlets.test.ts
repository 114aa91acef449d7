import * as E from 'fp-ts/Either'
import * as O from 'fp-ts/Option'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_OUTLETS,
  defaultOutletRegistry,
  extendRegistry,
  findCitedSources,
  ingestText,
  looksLikeOutletName,
  resolveOutletName,
  type OutletEntry
} from '../../src'

const planet: OutletEntry = {
  id: 'daily-planet',
  name: 'The Daily Planet',
  kind: 'newspaper',
  aliases: ['Daily Planet'],
  codes: ['DPL'],
  signatures: [{ evidence: 'signoff', pattern: '— Filed from Metropolis' }],
  mentionPatterns: []
}

describe('outlet registry', () => {
  it('every built-in entry has a unique kebab-case id and a non-empty name', () => {
    const ids = DEFAULT_OUTLETS.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const e of DEFAULT_OUTLETS) {
      expect(e.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      expect(e.name.trim()).not.toBe('')
    }
  })

  it('covers the wire agencies and outlets a news corpus needs', () => {
    for (const n of ['AP', 'Reuters', 'AFP', 'Press TV', 'Tasnim', 'Fars News Agency', 'Mehr News Agency', 'IRNA', 'ISNA', 'Rasa News Agency',
      'Tehran Times', 'World Israel News', 'Times of Israel', 'Jerusalem Post', 'Haaretz', 'New York Times', 'Washington Post', 'NBC', 'CNN',
      'BBC', 'Al Jazeera', 'Al-Monitor', 'Xinhua', 'TASS', 'RT', 'Sputnik', 'Anadolu Agency', 'Bloomberg', 'The Guardian', 'WSJ', 'Fox News',
      'ABC News', 'CBS', 'Twitter']) {
      expect(O.isSome(resolveOutletName(defaultOutletRegistry, n)), n).toBe(true)
    }
  })

  it('resolves names case-insensitively, ignoring "the" and a trailing code', () => {
    const id = (s: string) => O.toNullable(O.map((e: OutletEntry) => e.id)(resolveOutletName(defaultOutletRegistry, s)))
    expect(id('the associated press')).toBe('ap')
    expect(id('Rasa News Agency (RNA)')).toBe('rasa')
    expect(id('MNA')).toBe('mehr')
    expect(id('Metropolis Courier')).toBeNull()
  })

  it('extendRegistry adds entries that ingestion then recognises by name, code and signature', () => {
    const reg = extendRegistry(defaultOutletRegistry, [planet])
    if (E.isLeft(reg)) throw new Error(reg.left.message)
    const byCode = ingestText({ id: 'p1', text: 'METROPOLIS (DPL) — The mayor opened the new bridge on Saturday.' }, { registry: reg.right })
    expect(E.isRight(byCode) && byCode.right.outlet?.id).toBe('daily-planet')
    const bySig = ingestText({ id: 'p2', text: 'The bridge opened on Saturday.\n\n— Filed from Metropolis' }, { registry: reg.right })
    expect(E.isRight(bySig) && bySig.right.outlet?.id).toBe('daily-planet')
    // the default registry is untouched
    const plain = ingestText({ id: 'p3', text: 'METROPOLIS (DPL) — The mayor opened the new bridge on Saturday.' })
    expect(E.isRight(plain) && plain.right.outlet).toBeNull()
  })

  it('extendRegistry overrides an entry with the same id', () => {
    const reg = extendRegistry(defaultOutletRegistry, [{ ...DEFAULT_OUTLETS.find((e) => e.id === 'ap')!, name: 'AP News' }])
    expect(E.isRight(reg) && reg.right.entries.filter((e) => e.id === 'ap').map((e) => e.name)).toEqual(['AP News'])
    expect(E.isRight(reg) && reg.right.entries.length).toBe(DEFAULT_OUTLETS.length)
  })

  it('extendRegistry refuses a bad id or an invalid regex with a Usage error naming the field', () => {
    const badId = extendRegistry(defaultOutletRegistry, [{ ...planet, id: 'Daily Planet' }])
    expect(E.isLeft(badId) && badId.left).toMatchObject({ _tag: 'Usage', field: 'id' })
    const badRe = extendRegistry(defaultOutletRegistry, [{ ...planet, signatures: [{ evidence: 'signoff', pattern: '(unclosed' }] }])
    expect(E.isLeft(badRe) && badRe.left).toMatchObject({ _tag: 'Usage', field: 'signatures.0.pattern' })
  })

  it('looksLikeOutletName accepts outlet-shaped names only', () => {
    expect(looksLikeOutletName('Kurdistan Press Agency')).toBe(true)
    expect(looksLikeOutletName('The Valley Herald')).toBe(true)
    expect(looksLikeOutletName('Staff Writer')).toBe(false)
    expect(looksLikeOutletName('the news')).toBe(false)
    expect(looksLikeOutletName('He said the agency would report')).toBe(false)
  })
})

describe('findCitedSources', () => {
  const names = (s: string) => findCitedSources(s).map((c) => c.name)

  it('recognises the usual citation cues', () => {
    expect(names('Two diplomats told The Associated Press the deal was close.')).toEqual(['The Associated Press'])
    expect(names('According to Anadolu Agency, the convoy crossed at dawn.')).toEqual(['Anadolu Agency'])
    expect(names('Al Jazeera reported that the talks had stalled.')).toEqual(['Al Jazeera'])
    expect(names('The claim was first reported by the Wall Street Journal.')).toEqual(['The Wall Street Journal'])
    expect(names('In an interview with CBS, the senator denied it.')).toEqual(['CBS News'])
    expect(names('She posted the video on her Instagram account.')).toEqual(['Instagram'])
    expect(names('Xinhua said the launch was a success.')).toEqual(['Xinhua News Agency'])
  })

  it('spans index the text exactly', () => {
    const text = 'Officials said, according to the Times of Israel, that the border was shut.'
    for (const c of findCitedSources(text)) expect(text.slice(c.start, c.end)).toBe(c.text)
  })

  it('an unknown "X News Agency" is cited under its own name; possessives are dropped', () => {
    expect(names("Ukraine's Ukrinform news agency reported heavy shelling.")).toEqual(['Ukrinform News Agency'])
  })

  it('one-word names keep their article; longer proper nouns are not the outlet', () => {
    expect(names('Independent experts said the figures were wrong.')).toEqual([])
    expect(names('The figures were wrong, the Independent reported.')).toEqual(['The Independent'])
    expect(names('Bloomberg Philanthropies said it would fund the study.')).toEqual([])
    expect(names('Documents seen by the Guardian show the plan.')).toEqual(['The Guardian'])
  })

  it('a mention without a citation cue is not a citation', () => {
    expect(names("CNN's headquarters in Atlanta was evacuated on Tuesday.")).toEqual([])
    expect(names('The Sputnik satellite was launched in 1957.')).toEqual([])
  })

  it('searches only the ranges given', () => {
    const text = 'Reuters reported the fire. The BBC reported the rescue.'
    expect(findCitedSources(text, defaultOutletRegistry, [{ start: 27, end: text.length }]).map((c) => c.name)).toEqual(['BBC'])
  })
})
