import { describe, expect, it } from 'vitest'
import { STANCE_CUE_GROUPS, STANCE_CUE_WORDS } from '../../src/stance'

describe('stance lexicons', () => {
  it('group names are unique kebab-case ids', () => {
    const names = STANCE_CUE_GROUPS.map((g) => g.name)
    expect(new Set(names).size).toBe(names.length)
    for (const n of names) expect(n).toMatch(/^[a-z]+(-[a-z]+)*$/)
  })

  it('entries are lower case, trimmed and not duplicated within a group', () => {
    for (const g of STANCE_CUE_GROUPS) {
      const all = [...g.words, ...g.phrases]
      expect(new Set(all).size).toBe(all.length)
      for (const w of all) {
        expect(w).toBe(w.toLowerCase().trim())
        expect(w.length).toBeGreaterThan(0)
      }
      for (const w of g.words) expect(w).not.toMatch(/\s/)
      for (const p of g.phrases) expect(p).toMatch(/\s/)
    }
  })

  it('single cue words are unique single lower-case words', () => {
    expect(new Set(STANCE_CUE_WORDS).size).toBe(STANCE_CUE_WORDS.length)
    for (const w of STANCE_CUE_WORDS) expect(w).toMatch(/^[a-z]+$/)
  })
})
