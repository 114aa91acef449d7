import { describe, expect, it } from 'vitest'
import * as E from 'fp-ts/Either'
import { analyze } from '../../../src/analyze'

// The pipeline dates an undated article from a dated one and reads its relative times again.
const inputs = [
  { id: 'coast-daily', text: 'A passenger ferry sank off Lesbos on March 9, 2021, and four passengers drowned, the coast guard said.', published: '2021-03-10' },
  {
    id: 'harbour-post',
    text: 'Divers searched the wreck of the ferry that sank off Lesbos on Tuesday with four passengers aboard. The operator apologised on Thursday. The port authority said the ferry sailed in bad weather last week.'
  }
]

describe('analyze with dating', () => {
  it('reports the inferred date and resolves the undated article\'s relative times against it', () => {
    const r = analyze(inputs)
    expect(E.isRight(r)).toBe(true)
    if (E.isLeft(r)) return
    expect(r.right.articles.find((a) => a.id === 'harbour-post')?.published).toBe('2021-03')
    const times = r.right.claims.filter((c) => c.articleId === 'harbour-post').flatMap((c) => c.times)
    expect(times.length).toBeGreaterThan(0)
    expect(times.some((t) => t.from !== null)).toBe(true)
  })

  it('dating: false keeps the article undated', () => {
    const r = analyze(inputs, { dating: false })
    if (E.isLeft(r)) throw new Error('no report')
    expect(r.right.articles.find((a) => a.id === 'harbour-post')?.published).toBeNull()
    const times = r.right.claims.filter((c) => c.articleId === 'harbour-post').flatMap((c) => c.times)
    expect(times.every((t) => t.from === null)).toBe(true)
  })
})
