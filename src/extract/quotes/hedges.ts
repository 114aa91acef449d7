/**
 * Hedging cues inside a quote, read with the claims stage's hedge lexicon. Internal.
 */
import { HEDGES } from '../lexicons/hedges'

const escape = (s: string): string => s.replace(/[.*+?^${}()[\]\\]/g, '\\$&')

/**
 * Every cue as one alternation (longest first) on ASCII word boundaries, without the `u` flag:
 * V8 runs a literal alternation like this several times faster than a word-by-word scan. In a
 * cue, `|` separates alternatives for one word.
 */
const HEDGE_RE = new RegExp(
  `\\b(?:${HEDGES.map((h) =>
    h.phrase
      .toLowerCase()
      .split(/\s+/)
      .map((w) => `(?:${w.split('|').map(escape).join('|')})`)
      .join('\\s+')
  )
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'g'
)

/** Distinct hedge cues (lower case, in order of appearance) in `text`. */
export const hedgesIn = (text: string): ReadonlyArray<string> => {
  const lower = text.toLowerCase().replace(/\u2019/g, "'")
  const re = HEDGE_RE
  re.lastIndex = 0
  const out: string[] = []
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    // "could've" must not match as "could" followed by a stray "'ve".
    if (lower[m.index + m[0].length] === "'" && /[a-z]/.test(lower[m.index + m[0].length + 1] ?? '')) continue
    const cue = m[0].replace(/\s+/g, ' ')
    if (!out.includes(cue)) out.push(cue)
  }
  return out
}
