import { describe, expect, it } from 'vitest'
import { classifyOutcome, findHedges, findNegations } from '../../../src/extract/claims'

describe('classifyOutcome', () => {
  it.each([
    ['The rebels managed to breach the city walls.', 'success'],
    ['Hackers successfully stole card data from the bank.', 'success'],
    ['The missile strike destroyed the depot.', 'success'],
    ['Air defences intercepted the missile strike.', 'failure'],
    ['The bank said the attack was thwarted within minutes.', 'failure'],
    ['The raid did not succeed.', 'failure'],
    ['The hackers failed to breach the firewall.', 'failure'],
    ['Police foiled the bombing plot.', 'failure'],
    ['It was an unsuccessful attack on the grid.', 'failure'],
    ['Guards managed to repel the assault.', 'failure'],
    ['The strike has not been successful.', 'failure'],
    ['Although the attack was contained quickly, it still disrupted payments for hours.', 'partial']
  ])('%s -> %s', (s, expected) => {
    expect(classifyOutcome(s).outcome).toBe(expected)
  })

  it('returns null when nothing is said about success', () => {
    expect(classifyOutcome('The minister met reporters in the capital.').outcome).toBeNull()
  })

  it('does not read a purpose infinitive as an outcome', () => {
    expect(classifyOutcome('The city built walls to repel floods.').outcome).toBeNull()
  })

  it('reports the deciding cues with exact spans', () => {
    const s = 'The hackers failed to breach the firewall.'
    const r = classifyOutcome(s)
    expect(r.cues.map((c) => c.text)).toEqual(expect.arrayContaining(['failed to', 'breach']))
    for (const c of r.cues) expect(s.slice(c.start, c.end)).toBe(c.text)
  })
})

describe('findNegations', () => {
  it('finds negations with their scope', () => {
    const s = 'Rescuers found no sign of survivors. The army never crossed the river. He did not confirm the raid.'
    expect(findNegations(s).map((n) => [n.text, n.scope])).toEqual([
      ['no sign of', 'noun'],
      ['never', 'following'],
      ['not', 'noncommittal']
    ])
  })
  it('treats "not a single X but Y" as a contrast', () => {
    expect(findNegations('They fired not a single shell but forty rockets.')[0]?.scope).toBe('contrast')
  })
  it('respects the range', () => {
    const s = 'No votes were lost. Nothing else happened.'
    expect(findNegations(s, { start: 0, end: 19 }).map((n) => n.text)).toEqual(['No'])
  })
})

describe('findHedges', () => {
  it('weights hedges', () => {
    const hs = findHedges('The fire was probably arson and may have been set by a suspected gang member, police reportedly said.')
    expect(hs.map((h) => [h.text, h.certainty, h.modality])).toEqual([
      ['probably', 0.7, 'hedged'],
      ['may', 0.5, 'hedged'],
      ['suspected', 0.5, 'hedged'],
      ['reportedly', 0.6, 'reported'],
      ['said', 0.9, 'reported']
    ])
  })
  it('finds none in a flat statement', () => {
    expect(findHedges('The polls closed at eight.')).toEqual([])
  })
})
