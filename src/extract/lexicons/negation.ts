/**
 * Negation cues.
 *
 * Origin: the NegEx trigger list (Chapman et al., "A Simple Algorithm for Identifying
 * Negated Findings and Diseases in Discharge Summaries", 2001) and the negation cues
 * annotated in the SFU Review corpus (Konstantinova et al., 2012), cut down and adapted by
 * hand to news copy. Phrases are matched on word stems; `...` allows a short gap.
 */

/**
 * A negation cue. `scope` says what it negates: `following` (the next predicate: "not",
 * "never"), `noun` ("no sign of X", "no evidence of X": X did not happen), `contrast`
 * ("not X but Y": corrects a word, not the proposition; never flips polarity). Idioms that
 * only look negative ("not far from", "no fewer than", "no doubt") are listed as `contrast`
 * too, so the bare "not"/"no" inside them never negates.
 *
 * @example
 * import type { NegationEntry } from 'gainsay'
 * const e: NegationEntry = { phrase: 'never', scope: 'following' }
 *
 * @since 0.1.0
 */
export interface NegationEntry {
  readonly phrase: string
  readonly scope: 'following' | 'noun' | 'contrast'
}

/**
 * Negation cues, longest phrases first within each group.
 *
 * @example
 * import { NEGATION_PHRASES } from 'gainsay'
 * NEGATION_PHRASES.some((e) => e.phrase === 'no sign of') // true
 *
 * @since 0.1.0
 */
export const NEGATION_PHRASES: ReadonlyArray<NegationEntry> = [
  { phrase: 'not a single', scope: 'contrast' },
  { phrase: 'not only', scope: 'contrast' },
  // idioms that look negative but assert: "not far from the crater", "no fewer than 20 killed"
  { phrase: 'not far from', scope: 'contrast' },
  { phrase: 'no|not fewer|less|more than', scope: 'contrast' },
  { phrase: 'there is|was no doubt', scope: 'contrast' },
  { phrase: 'there can be no doubt', scope: 'contrast' },
  { phrase: 'no doubt', scope: 'contrast' },
  { phrase: 'no matter', scope: 'contrast' },
  { phrase: 'not least', scope: 'contrast' },
  { phrase: 'not to mention', scope: 'contrast' },
  { phrase: 'not just', scope: 'contrast' },
  { phrase: 'nothing but', scope: 'contrast' },
  { phrase: 'none other than', scope: 'contrast' },
  { phrase: 'no sign|signs|trace|traces|indication|indications|evidence|proof of|that', scope: 'noun' },
  { phrase: 'no sign|signs|trace|indication|evidence|proof', scope: 'noun' },
  { phrase: 'there is|was|were|are no', scope: 'noun' },
  { phrase: 'there has|have|had been no', scope: 'noun' },
  { phrase: 'lack|absence of', scope: 'noun' },
  { phrase: 'not', scope: 'following' },
  { phrase: "n't", scope: 'following' },
  { phrase: "don't|doesn't|didn't|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|won't|wouldn't|can't|couldn't|shouldn't|mustn't", scope: 'following' },
  { phrase: 'cannot', scope: 'following' },
  { phrase: 'never', scope: 'following' },
  { phrase: 'no longer', scope: 'following' },
  { phrase: 'no', scope: 'following' },
  { phrase: 'none of', scope: 'following' },
  { phrase: 'nobody|nothing|none|neither|nor', scope: 'following' },
  { phrase: 'without', scope: 'following' },
  { phrase: 'has|have|had yet to', scope: 'following' },
  { phrase: 'far from', scope: 'following' }
]

/**
 * Verbs after which a negation withdraws commitment rather than denying the event: "did not
 * confirm any attack" does not say there was none. Origin: hand list of verbs of
 * disclosure and knowledge (after the factive/non-factive classes of Kiparsky & Kiparsky 1970),
 * and epistemic adjectives ("not sure", "not clear"): doubt is not denial.
 *
 * @example
 * import { NONCOMMITTAL_VERBS } from 'gainsay'
 * NONCOMMITTAL_VERBS.includes('confirm') // true
 *
 * @since 0.1.0
 */
export const NONCOMMITTAL_VERBS: ReadonlyArray<string> = [
  'confirm', 'disclose', 'reveal', 'specify', 'say', 'comment', 'elaborate', 'detail', 'know',
  'provide', 'give details', 'identify', 'name', 'explain', 'verify', 'corroborate', 'respond',
  // epistemic adjectives: "experts aren't so sure that the blast came from a meteorite"
  'sure', 'certain', 'convinced', 'clear'
]
