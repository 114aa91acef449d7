import { describe, expect, it } from 'vitest'
import { findPlaces } from '../../../src/extract/claims'

const kinds = (s: string, ctx?: { we: string | null; they: string | null }) => findPlaces(s, undefined, ctx).map((p) => [p.text, p.kind, p.owner])

describe('findPlaces', () => {
  it('finds international space', () => {
    expect(kinds('The tanker was seized in international waters.')).toEqual([['international waters', 'international', null]])
  })
  it('finds territory with its owner', () => {
    expect(kinds('Russian jets entered Estonian airspace.')).toEqual([['Estonian airspace', 'territorial', 'Estonia']])
    expect(kinds('The boat sank in the territorial waters of Greece.')).toEqual([['territorial waters of Greece', 'territorial', 'Greece']])
    expect(kinds('Drones flew over Syria.')).toEqual([['over Syria', 'territorial', 'Syria']])
  })
  it('resolves "our"/"their" territory through the pronoun context', () => {
    expect(kinds('The patrol crossed into their territory.', { we: 'Peru', they: 'Chile' })).toEqual([['their territory', 'territorial', 'Chile']])
    expect(kinds('They violated our airspace.', { we: 'Peru', they: 'Chile' })).toEqual([['our airspace', 'territorial', 'Peru']])
  })
  it('finds borders and named places', () => {
    expect(kinds('Clashes erupted along the border with Chad.')).toEqual([['border with Chad', 'border', 'Chad']])
    expect(kinds('A ferry capsized in the Gulf of Aden.')).toEqual([['Gulf of Aden', 'named', null]])
    expect(kinds('Floods in Kenya displaced thousands.')).toEqual([['Kenya', 'named', 'Kenya']])
  })
  it('does not read "his country" in a non-locative use as a place', () => {
    expect(kinds('He praised his country’s firefighters.')).toEqual([])
  })

  it('reads a location claim with its actor when no event word is present', async () => {
    const { analyzeClaim } = await import('../../../src/extract/claims')
    const r = analyzeClaim('A Russian fighter jet entered Finnish airspace on Friday.')
    expect(r.predicate).toBe('location')
    expect(r.event.actor).toBe('Russia')
    expect(r.event.place).toBe('territorial:Finland')
  })
})
