import { describe, expect, it } from 'vitest'
import { analyzeClaim } from '../../../src/extract/claims'

// Words whose stem or surface looks like a cue but is not one in context: each of these was a
// false denial, negation or impact on real stories (medical, disaster and conflict news).
describe('look-alike cues', () => {
  it.each([
    'Doctors at the regional hospital said the boy was recovering well.',
    'The doctor told reporters the patient was stable.',
    'The council is made up of retired judges and officers.',
    'Residents living not far from the crater heard a loud blast.',
    'No fewer than 20 people were killed in the landslide.',
    'There is no doubt the bridge collapsed during the storm.'
  ])('%s is not a denial and not negated', (s) => {
    const r = analyzeClaim(s)
    expect(r.predicate).not.toBe('denial')
    expect(r.polarity).toBe('positive')
    expect(r.cues.filter((c) => c.kind === 'denial' || c.kind === 'negation')).toEqual([])
  })

  it('still reads the cues they resemble', () => {
    expect(analyzeClaim('The ministry said the video was doctored footage.').predicate).toBe('denial')
    expect(analyzeClaim('Officials said the story was completely made up.').predicate).toBe('denial')
    expect(analyzeClaim('Rebels never attacked the village.').polarity).toBe('negative')
  })

  it('counts "suffer" as an impact only with what was suffered', () => {
    expect(analyzeClaim('The tourist was suffering from an allergic reaction.').outcome).toBeNull()
    expect(analyzeClaim('The power grid suffered hours of disruption after the attack.').outcome).toBe('success')
  })
})

describe('doubt is not denial', () => {
  it.each(['Experts are not sure that the blast came from a meteorite.', 'It is not clear whether the convoy was attacked.', 'Officials were not certain the dam had been sabotaged.'])('%s is not a negated occurrence', (s) => {
    expect(analyzeClaim(s).polarity).toBe('positive')
  })
})
