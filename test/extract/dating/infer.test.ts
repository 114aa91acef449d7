import { describe, expect, it } from 'vitest'
import * as fc from 'fast-check'
import * as E from 'fp-ts/Either'
import type { Article, Copying } from '../../../src/model'
import { ingestText } from '../../../src/ingest'
import { applyInferredDates, explainDate, inferPublicationDates } from '../../../src/extract/dating'

const article = (id: string, text: string, published?: string): Article => {
  const r = ingestText(published === undefined ? { id, text } : { id, text, published })
  if (E.isLeft(r)) throw new Error(r.left.message)
  return r.right
}

const inference = (articles: ReadonlyArray<Article>, id: string) => {
  const d = inferPublicationDates(articles).find((x) => x.articleId === id)
  if (d === undefined) throw new Error(`no inference for ${id}`)
  return d
}

// A dated report of a ferry sinking, a court ruling and a flood (2021-03-09 was a Tuesday,
// 2023-05-12 a Friday).
const ferryDated = article('coast-daily', 'A passenger ferry sank off Lesbos on March 9, 2021, and four passengers drowned, the coast guard said.', '2021-03-10')
const rulingDated = article('law-wire', 'The Supreme Court ruled on May 12, 2023 that the Halden dam permit was unlawful and struck down the permit.', '2023-05-13')
const floodDated = article('river-news', 'Floods swept through the Ahr valley on July 14, 2022, destroying two bridges in Altenburg.', '2022-07-20')

describe('inferPublicationDates: anchors', () => {
  it('anchors a bare weekday to the same event dated elsewhere, then counts the other weekdays from it', () => {
    const x = article('harbour-post', 'Divers searched the wreck of the ferry that sank off Lesbos on Tuesday with four passengers aboard. The operator apologised on Thursday.')
    const d = inference([x, ferryDated], 'harbour-post')
    expect(d.evidence.find((e) => e.kind === 'anchor')).toMatchObject({ text: 'on Tuesday', resolved: '2021-03-09', other: 'coast-daily' })
    expect(d.evidence.find((e) => e.kind === 'weekday-chain')).toMatchObject({ resolved: '2021-03-11' })
    // Thursday 11 .. Tuesday+6 = 15 March: five possible days, all in March
    expect(d.window).toEqual({ after: '2021-03-11', before: '2021-03-15' })
    expect(d.published).toEqual({ iso: '2021-03', precision: 'month', source: 'inferred', span: null })
  })

  it('gives a day when the weekday chain leaves at most three days', () => {
    const x = article('valley-times', 'The court ruling on Friday that struck down the Halden dam permit angered the builder. The company appealed on Monday, and protesters marched to the court on Tuesday.')
    const d = inference([rulingDated, x], 'valley-times')
    expect(d.window).toEqual({ after: '2023-05-16', before: '2023-05-18' })
    expect(d.published).toMatchObject({ iso: '2023-05-16', precision: 'day', source: 'inferred' })
  })

  it('anchors a yearless month-day only to an event with the same month and day', () => {
    const same = article('alpine', 'Farmers are still clearing mud left by the floods that destroyed bridges in Altenburg in the Ahr valley on July 14.')
    const other = article('alpine2', 'Farmers are still clearing mud left by the floods that destroyed bridges in Altenburg in the Ahr valley on July 15.')
    expect(inference([same, floodDated], 'alpine').evidence.find((e) => e.kind === 'anchor')?.resolved).toBe('2022-07-14')
    expect(inference([other, floodDated], 'alpine2').evidence.some((e) => e.kind === 'anchor')).toBe(false)
  })

  it('does not anchor on a speech act: speakers talk on many days', () => {
    const x = article('gazette', 'The coast guard chief said on Tuesday that ferry inspections off Lesbos would be tightened after passengers drowned.')
    expect(inference([x, ferryDated], 'gazette').evidence.some((e) => e.kind === 'anchor')).toBe(false)
  })
})

describe('inferPublicationDates: past events and the news peg', () => {
  it('a past mention of a dated event is a lower bound, and the lead date is its first occurrence after it', () => {
    const x = article('islands', 'On March 2, fishermen protested in Mytilene. They blamed the port authority for the recent sinking of the passenger ferry off Lesbos in which four passengers drowned.')
    const d = inference([x, ferryDated], 'islands')
    expect(d.evidence.find((e) => e.kind === 'past-event')).toMatchObject({ after: '2021-03-09', other: 'coast-daily' })
    expect(d.evidence.find((e) => e.kind === 'news-peg')).toMatchObject({ resolved: '2022-03-02' })
    expect(d.published).toMatchObject({ iso: '2022-03', precision: 'month' })
  })

  it('"last year (2020-2021)" bounds the date to the following year', () => {
    const x = article('stats', 'The agency counted 400 ferry accidents last year (April 2020-March 2021), it said.')
    const d = inference([x, ferryDated], 'stats')
    expect(d.window).toEqual({ after: '2021-03-01', before: '2022-03-31' })
    expect(d.published).toBeNull()
    expect(d.verdict).toBe('too-wide')
  })
})

describe('inferPublicationDates: when it must not date', () => {
  it('leaves an article with no shared events undated', () => {
    const x = article('quiet', 'The city council approved a new library budget on Wednesday after a long debate.')
    const d = inference([x, ferryDated, rulingDated], 'quiet')
    expect(d.published).toBeNull()
    expect(d.verdict).toBe('no-evidence')
  })

  it('leaves an article undated when its evidence conflicts', () => {
    const x = article('mixed', 'The ferry sank off Lesbos on Tuesday with four passengers aboard. The court ruling on Friday struck down the Halden dam permit.')
    const d = inference([x, ferryDated, rulingDated], 'mixed')
    expect(d.verdict).toBe('conflict')
    expect(d.published).toBeNull()
  })

  it('never overrides a header or metadata date', () => {
    const x = article('dated', 'The ferry sank off Lesbos on Tuesday with four passengers aboard. The operator apologised on Thursday.', '2024-01-05')
    const ds = inferPublicationDates([x, ferryDated])
    expect(ds.find((d) => d.articleId === 'dated')?.verdict).toBe('dated')
    const [after] = applyInferredDates([x], ds)
    expect(after).toBe(x)
  })

  it('applyInferredDates sets the date and says why in the warnings', () => {
    const x = article('harbour-post', 'Divers searched the wreck of the ferry that sank off Lesbos on Tuesday with four passengers aboard. The operator apologised on Thursday.')
    const ds = inferPublicationDates([x, ferryDated])
    const [out] = applyInferredDates([x, ferryDated], ds)
    expect(out?.published?.source).toBe('inferred')
    expect(out?.warnings.at(-1)).toContain('anchor "on Tuesday" = 2021-03-09 (from coast-daily)')
    expect(explainDate(ds[0]!)).toMatch(/^publication date inferred as 2021-03 \(month\)/)
  })
})

describe('inferPublicationDates: invariants', () => {
  const fragments = [
    'The ferry sank off Lesbos on Tuesday with four passengers aboard.',
    'The operator apologised on Thursday.',
    'The court ruling on Friday struck down the Halden dam permit.',
    'Floods destroyed bridges in Altenburg on July 14.',
    'On March 2, fishermen protested in Mytilene.',
    'The recent sinking of the passenger ferry off Lesbos drowned four passengers.',
    'Officials said on Monday that the budget would grow.',
    'The agency counted 400 accidents last year (2019-2020).',
    'Nothing happened.',
    '',
    'On February 30, something odd was reported.'
  ]
  const arb = fc.array(fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 })
  it('never throws, is deterministic, and every inferred date lies inside every bound', () => {
    fc.assert(
      fc.property(arb, (bodies) => {
        const undated = bodies.flatMap((b, i) => {
          const r = ingestText({ id: `u${i}`, text: b.join(' ') })
          return E.isRight(r) ? [r.right] : []
        })
        const corpus = [...undated, ferryDated, rulingDated, floodDated]
        const a = inferPublicationDates(corpus)
        expect(inferPublicationDates(corpus)).toEqual(a)
        const applied = applyInferredDates(corpus, a)
        // dated articles come back untouched; undated ones only ever gain an inferred date
        expect(applied.slice(-3)).toEqual([ferryDated, rulingDated, floodDated])
        applied.forEach((x, i) => expect(x.published === null || x.published.source === 'inferred' || x === corpus[i]).toBe(true))
        for (const d of a) {
          if (d.published === null) continue
          const lo = d.published.iso.length === 7 ? `${d.published.iso}-31` : d.published.iso
          const hi = d.published.iso.length === 7 ? `${d.published.iso}-01` : d.published.iso
          for (const e of d.evidence) {
            if (e.after !== null) expect(lo >= e.after).toBe(true)
            if (e.before !== null) expect(hi <= e.before).toBe(true)
          }
        }
      }),
      { numRuns: 60 }
    )
  })
})

describe('inferPublicationDates: copying', () => {
  const source = article('wire', 'Rescuers pulled two survivors from the sea near Lesbos, the agency reported.', '2021-03-12')
  const copier = article('mirror', 'Rescuers pulled two survivors from the sea near Lesbos, the agency reported on Friday. The ferry sank off Lesbos on Tuesday with four passengers aboard.')
  const passage = 'Rescuers pulled two survivors from the sea near Lesbos, the agency reported'
  const copying: ReadonlyArray<Copying> = [
    {
      a: source.id,
      b: copier.id,
      sharedWords: 12,
      overlap: 0.5,
      direction: 'a->b',
      reason: "b credits a's outlet (Wire) for the shared text",
      passages: [{ aStart: 0, aEnd: passage.length, bStart: 0, bEnd: passage.length + 10, words: 12, text: passage }]
    }
  ]

  it('a credited copy of a dated article is no earlier than its source', () => {
    const d = inferPublicationDates([copier, source, ferryDated], { copying }).find((x) => x.articleId === 'mirror')
    expect(d?.evidence.find((e) => e.kind === 'copied-from')).toMatchObject({ after: '2021-03-12', other: 'wire' })
  })

  it('weekdays inside copied text count from the source, so they join no weekday chain', () => {
    const d = inferPublicationDates([copier, source, ferryDated], { copying }).find((x) => x.articleId === 'mirror')
    expect(d?.evidence.some((e) => e.kind === 'weekday-chain')).toBe(false)
    const plain = inferPublicationDates([copier, source, ferryDated]).find((x) => x.articleId === 'mirror')
    expect(plain?.evidence.find((e) => e.kind === 'weekday-chain')).toMatchObject({ text: 'on Friday', resolved: '2021-03-12' })
  })
})

describe('inferPublicationDates: sentence boundaries', () => {
  it('a reporting verb in the sentence before does not make a weekday a speech date', () => {
    const x = article('boundary', 'Four passengers drowned, police said. On Tuesday the ferry sank off Lesbos with four passengers aboard.')
    expect(inference([x, ferryDated], 'boundary').evidence.find((e) => e.kind === 'anchor')?.resolved).toBe('2021-03-09')
  })
})

describe('inferPublicationDates: the news peg needs recency', () => {
  it('without a word calling the past event recent, the lead date gets no year', () => {
    const x = article('islands2', 'On March 2, fishermen protested in Mytilene. They blamed the port authority for the sinking of the passenger ferry off Lesbos in which four passengers drowned.')
    const d = inference([x, ferryDated], 'islands2')
    expect(d.evidence.some((e) => e.kind === 'past-event')).toBe(true)
    expect(d.evidence.some((e) => e.kind === 'news-peg')).toBe(false)
    expect(d.published).toBeNull()
  })
})
