/**
 * Is a quoted string a statement? Titles ("Meet The Press"), scare quotes ("cocked and
 * loaded"), fragments and named terms ("cyber-terrorism") are quoted but said by no one.
 * Internal to the quotes stage; general rules only (length, clause structure, capitalisation,
 * what stands before the opening mark).
 */
import type { NotStatementReason } from '../../model/quote'

// -------------------------------------------------------------------------------------
// lexical classes
// -------------------------------------------------------------------------------------

/** Words before a quotation that introduce a name for something ("calling it", "so-called"). */
const NAMING_CUES = /\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|term(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|brand(?:s|ed|ing)?|so-called|known as|named|described as|describ(?:e|es|ing) (?:it|them|this|that|the \w+) as|referred to as|refer(?:s|ring)? to (?:it|them) as|the (?:word|term|phrase|expression|slogan|label|hashtag)|nicknamed|codenamed|code-named)(?:\s+\S+){0,3}$/i
/** Words before a quotation that announce a title. */
const TITLE_CUES = /\b(?:show|programme|program|book|film|movie|documentary|album|song|series|podcast|column|headline|newspaper|magazine|novel|play|report|paper|article|essay|poem|titled|entitled|called|operation|campaign|slogan|hashtag|exhibition|conference|summit|doctrine|initiative|plan)\s*$/i
const SMALL_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'or', 'from', 'vs', 'de', 'la'])
/** Words that make a clause: auxiliaries, modals, copulas and subject pronouns. */
const CLAUSE_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'will', 'would', 'can',
  'could', 'should', 'may', 'might', 'must', 'shall', 'do', 'does', 'did', "don't", "doesn't", "didn't",
  "won't", "can't", "isn't", "aren't", "wasn't", "weren't", "it's", "we're", "they're", "i'm", "we've",
  "they've", "i've", "there's", "that's", "let's", 'i', 'we', 'you', 'he', 'she', 'they', 'it', 'there',
  'this', 'our', 'my', 'not', 'no'
])

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

/** Word count and whether the quoted text reads like a clause (has a verb-ish word or ends like a sentence). */
export const clauseLike = (content: string): { readonly words: number; readonly clause: boolean } => {
  const hit = clauseCache.get(content)
  if (hit !== undefined) return hit
  // One pass over the lower-cased text: count words, look for a clause word or a verb ending.
  const re = /[a-z0-9\u00c0-\u2017\u201f-\uffff]+(?:['\u2019][a-z]+)?/g
  const lower = content.toLowerCase()
  let n = 0
  let verbish = false
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    n++
    if (verbish) continue
    const w = m[0].includes('\u2019') ? m[0].replace('\u2019', "'") : m[0]
    verbish = CLAUSE_WORDS.has(w) || (w.length >= 5 && (w.endsWith('ed') || w.endsWith('es')))
  }
  const terminal = /[.!?]["'\u201d\u2019]?\s*$/.test(content.length > 8 ? content.slice(-8) : content)
  const out = { words: n, clause: (verbish && n >= 3) || (terminal && n >= 4) || n >= 9 }
  if (clauseCache.size > 10_000) clauseCache.clear()
  clauseCache.set(content, out)
  return out
}

const clauseCache = new Map<string, { readonly words: number; readonly clause: boolean }>()

/**
 * Why the quotation `content` is not a statement, or null when it is one. `before` is the
 * sentence text before the opening mark, `after` the sentence text after the closing mark,
 * `attributed` whether an attribution frames it directly ("...," she said / he said: "..."),
 * `commaInside` whether the quotation ended with a comma inside its closing mark (an attribution follows).
 */
export const notStatementReason = (
  content: string,
  before: string,
  after: string,
  attributed: boolean,
  commaInside = false
): NotStatementReason | null => {
  const { words, clause } = clauseLike(content)
  const trimmedBefore = before.replace(/[\s\u00a0]+$/, '')
  const ws = content.split(/[\s\u00a0]+/).filter((w) => w.length > 0)
  const capitalised = ws.filter((w) => !SMALL_WORDS.has(w.toLowerCase())).map((w) => /^[\p{Lu}\p{N}]/u.test(w))
  const titleCase = ws.length >= 2 && capitalised.length > 0 && capitalised.filter(Boolean).length / capitalised.length >= 0.75
  const noTerminal = !/[.!?]\s*$/.test(content)
  const possessiveBefore = /\p{L}['\u2019]s?\s*$/u.test(trimmedBefore) || /\p{L}s['\u2019]\s*$/u.test(trimmedBefore)
  // A title: Title Case, no sentence end, after a possessive ("NBC's") or a title word ("the show").
  if (titleCase && noTerminal && words <= 12 && (possessiveBefore || TITLE_CUES.test(trimmedBefore) || (!attributed && !clause))) {
    return 'title'
  }
  if (attributed && (clause || words >= 2)) return null
  // A term being named: one to three words after "calling it", "so-called", "dubbed".
  if (words <= 3 && NAMING_CUES.test(trimmedBefore)) return 'term'
  // Embedded in a larger clause: a word (not a comma or colon) stands right before the mark, or the clause goes on after it.
  const embeddedBefore = /[\p{L}\p{N}]$/u.test(trimmedBefore)
  const continuesAfter = !commaInside && /^[\s\u00a0]*(?:[,;]?[\s\u00a0]*)?\p{Ll}/u.test(after) && !/^[\s\u00a0]*,?[\s\u00a0]*(?:he|she|they|it|we|i)\s+\p{Ll}+/u.test(after)
  if (!clause) return words <= 3 ? 'scare-quote' : 'fragment'
  if (attributed) return null
  if ((embeddedBefore || continuesAfter) && words <= 5) return 'scare-quote'
  return null
}
