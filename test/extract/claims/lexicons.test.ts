import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import {
  COUNTER_WORDS,
  COUNTRIES,
  DENIAL_PHRASES,
  EFFECT_WORDS,
  EVENT_TRIGGERS,
  HEDGES,
  IMPLICATIVES,
  NEGATION_PHRASES,
  WN_ATTACK_VERBS,
  WN_COUNTER_VERBS
} from '../../../src/extract/claims'

describe('lexicons', () => {
  it('the WordNet-generated module is up to date with its build script', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-lexicons.ts', '--check'], { encoding: 'utf8' })
    expect(r.stderr.replace(/npm warn.*\n/g, '')).toBe('')
    expect(r.status).toBe(0)
  })

  it('merges WordNet sets into the hand lists', () => {
    expect(WN_ATTACK_VERBS).toContain('bombard')
    expect(WN_COUNTER_VERBS).toEqual(expect.arrayContaining(['foil', 'repel', 'thwart', 'intercept']))
    // only WordNet supplies these two: the hand list does not
    expect(COUNTER_WORDS).toEqual(expect.arrayContaining(['drive back', 'force back']))
  })

  it('has no empty phrases and weights in (0, 1]', () => {
    const phrases = [
      ...COUNTER_WORDS,
      ...EFFECT_WORDS,
      ...DENIAL_PHRASES,
      ...NEGATION_PHRASES.map((n) => n.phrase),
      ...HEDGES.map((h) => h.phrase),
      ...IMPLICATIVES.map((i) => i.phrase),
      ...EVENT_TRIGGERS.map((e) => e.phrase)
    ]
    for (const p of phrases) expect(p.trim().length).toBeGreaterThan(0)
    for (const h of HEDGES) {
      expect(h.certainty).toBeGreaterThan(0)
      expect(h.certainty).toBeLessThanOrEqual(1)
    }
  })

  it('country rows are well formed and names unique', () => {
    expect(COUNTRIES.length).toBeGreaterThan(150)
    expect(new Set(COUNTRIES.map((c) => c.name)).size).toBe(COUNTRIES.length)
    for (const c of COUNTRIES) expect(c.adjectives.length).toBeGreaterThan(0)
  })
})

describe('lexicon phrase syntax', () => {
  it('never puts a multi-word alternative inside one slot ("a|b c" means a-or-b, then c)', () => {
    // a slot's alternatives are single words; a phrase like 'kill|death toll' would silently
    // require "toll" after every alternative
    const all = [...EVENT_TRIGGERS.map((e) => e.phrase), ...HEDGES.map((h) => h.phrase), ...NEGATION_PHRASES.map((n) => n.phrase), ...DENIAL_PHRASES]
    const suspicious = all.filter((p) => {
      const slots = p.split(' ')
      const last = slots[slots.length - 1] ?? ''
      const first = slots[0] ?? ''
      // e.g. 'kill|killed|death toll': many alternatives in the first slot, one word after it
      return slots.length === 2 && first.split('|').length > 3 && !last.includes('|') && !['to', 'of', 'down', 'out', 'off', 'in', 'from', 'on', 'by', 'with', 'back', 'lie', 'attack', 'true'].includes(last)
    })
    expect(suspicious).toEqual([])
  })
})
