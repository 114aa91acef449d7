/**
 * Hedging cues inside a quote, read with the claims stage's hedge lexicon. Internal.
 */
import { HEDGES } from '../lexicons/hedges'

/** Each cue as a list of word positions, each position a set of alternatives (`|` in the lexicon). */
const CUES: ReadonlyArray<ReadonlyArray<ReadonlySet<string>>> = HEDGES.map((h) =>
  h.phrase
    .toLowerCase()
    .split(/\s+/)
    .map((w) => new Set(w.split('|')))
)

/** Cues indexed by every alternative of their first word. */
const BY_FIRST: ReadonlyMap<string, ReadonlyArray<ReadonlyArray<ReadonlySet<string>>>> = (() => {
  const m = new Map<string, Array<ReadonlyArray<ReadonlySet<string>>>>()
  for (const cue of CUES) {
    for (const w of cue[0] ?? []) {
      const xs = m.get(w) ?? []
      xs.push(cue)
      m.set(w, xs)
    }
  }
  for (const xs of m.values()) xs.sort((a, b) => b.length - a.length)
  return m
})()

/** Distinct hedge cues (lower case, in order of appearance) in `text`. */
export const hedgesIn = (text: string): ReadonlyArray<string> => {
  const words = text.toLowerCase().replace(/\u2019/g, "'").match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []
  const out: string[] = []
  for (let i = 0; i < words.length; i++) {
    const cues = BY_FIRST.get(words[i]!)
    if (cues === undefined) continue
    for (const cue of cues) {
      if (i + cue.length > words.length) continue
      let ok = true
      for (let k = 1; k < cue.length && ok; k++) ok = cue[k]!.has(words[i + k]!)
      if (!ok) continue
      const found = words.slice(i, i + cue.length).join(' ')
      if (!out.includes(found)) out.push(found)
      break
    }
  }
  return out
}
