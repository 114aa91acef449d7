import { describe, expect, it } from 'vitest'
import { toClaimReview, toClaimReviewJson } from '../../src'
import { buildReport, EMPTY_REPORT } from './fixture'

describe('toClaimReview', () => {
  const report = buildReport({ hostile: '' })
  const reviews = toClaimReview(report)

  it('every review is schema.org ClaimReview JSON-LD with the required fields', () => {
    expect(reviews.length).toBeGreaterThan(0)
    for (const r of reviews) {
      expect(r['@context']).toBe('https://schema.org')
      expect(r['@type']).toBe('ClaimReview')
      expect(r.claimReviewed.length).toBeGreaterThan(0)
      expect(r.itemReviewed['@type']).toBe('Claim')
      expect(r.itemReviewed.author?.name.length).toBeGreaterThan(0)
      expect(r.itemReviewed.appearance.length).toBeGreaterThan(0)
      expect(r.reviewRating['@type']).toBe('Rating')
      expect(r.reviewRating.alternateName.length).toBeGreaterThan(0)
      expect(r.reviewRating.ratingExplanation.length).toBeGreaterThan(0)
      expect(r.author).toEqual({ '@type': 'Organization', name: 'gainsay' })
      if (r.reviewRating.ratingValue !== undefined) {
        expect(r.reviewRating.ratingValue).toBeGreaterThanOrEqual(1)
        expect(r.reviewRating.ratingValue).toBeLessThanOrEqual(5)
      }
    }
  })
  it('rates each version of a proposition by the evidence, naming the favoured one', () => {
    const eleven = reviews.find((r) => r.claimReviewed === 'Eleven people were injured in the blaze')
    const three = reviews.find((r) => r.claimReviewed === 'Three workers were treated for smoke inhalation')
    expect(eleven?.reviewRating.alternateName).toBe('Favoured by the evidence')
    expect(three?.reviewRating.alternateName).toBe('Disputed: the evidence favours “11”')
    expect(eleven?.reviewRating.ratingValue).toBeGreaterThan(three?.reviewRating.ratingValue ?? 5)
    // Both articles carrying "eleven" appear, earliest first.
    expect(eleven?.itemReviewed.appearance.map((a) => a.identifier)).toEqual(['nws-88', 'cb-2024-03-12'])
    expect(eleven?.itemReviewed.datePublished).toBe('2024-03-11')
    expect(eleven?.itemReviewed.firstAppearance?.publisher?.name).toBe('Northern Wire Service')
  })
  it('says "split" when no version is favoured', () => {
    const evac = reviews.filter((r) => /evacuat/i.test(r.claimReviewed))
    expect(evac.length).toBe(2)
    for (const r of evac) expect(r.reviewRating.alternateName).toBe('Disputed: the evidence is split')
  })
  it('reviews contradiction sides no proposition covers, once each, with the other side and explanation', () => {
    const sabotage = reviews.filter((r) => /sabotage|deliberately/.test(r.claimReviewed))
    expect(sabotage.map((r) => r.claimReviewed).sort()).toEqual(['Investigators believe the blaze was set deliberately', 'There is no evidence of sabotage at this stage'])
    const denial = sabotage.find((r) => r.claimReviewed.startsWith('There is no'))
    expect(denial?.reviewRating.alternateName).toBe('Disputed by two city officials (anonymous)')
    expect(denial?.reviewRating.ratingValue).toBeUndefined()
    expect(denial?.reviewRating.ratingExplanation).toContain('The company sees no sign of sabotage')
    expect(denial?.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Tomasz Brenner' })
    const claims = reviews.map((r) => `${r.claimReviewed}|${r.itemReviewed.appearance[0]?.identifier}`)
    expect(new Set(claims).size).toBe(claims.length)
  })
  it('names an organisation as an Organization author', () => {
    const office = reviews.find((r) => r.claimReviewed.startsWith('We evacuated'))
    expect(office?.itemReviewed.author).toEqual({ '@type': 'Organization', name: "the mayor's office" })
  })
  it('is empty for a report without disputes, and serialises as JSON', () => {
    expect(toClaimReview(EMPTY_REPORT)).toEqual([])
    expect(JSON.parse(toClaimReviewJson(report))).toEqual(JSON.parse(JSON.stringify(reviews)))
  })
})
