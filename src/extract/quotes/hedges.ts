/**
 * Hedging cues inside a quote, read with the claims stage's hedge lexicon. Internal.
 */
import { HEDGES } from '../lexicons/hedges'

const escape = (s: string): string => s.replace(/[.*+?^${}()[\]\\]/g, '\\$&')

// One alternation over every cue; in a cue, `|` separates alternatives for one word.
const HEDGE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...HEDGES]
    .map((h) => h.phrase.split(/\s+/).map((w) => `(?:${w.split('|').map(escape).join('|')})`).join('\\s+'))
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu'
)

/** Distinct hedge cues (lower case, in order of appearance) in `text`. */
export const hedgesIn = (text: string): ReadonlyArray<string> => {
  const out: string[] = []
  for (const m of text.replace(/\u2019/g, "'").matchAll(HEDGE_RE)) {
    const cue = m[0].toLowerCase().replace(/\s+/g, ' ')
    if (!out.includes(cue)) out.push(cue)
  }
  return out
}
