/**
 * Hedges and evidential markers, each with a certainty weight in (0, 1].
 *
 * Origin: the hedging devices in Hyland, "Hedging in Scientific Research Articles" (1998) and
 * the uncertainty cues of the CoNLL-2010 shared task (Farkas et al., 2010) and the hedging
 * words of Ferreira & Vlachos, "Emergent" (NAACL 2016), selected for news copy; weights set by hand on a five-step scale (0.3 very doubtful, 0.5 possible,
 * 0.6 reported, 0.7 probable, 0.8 near-certain). `hedged` cues are the speaker's own
 * uncertainty; `reported` cues mark hearsay or distance ("allegedly", "claimed").
 */

/**
 * A hedge cue.
 *
 * @example
 * import type { HedgeEntry } from 'gainsay'
 * const e: HedgeEntry = { phrase: 'perhaps', certainty: 0.5, modality: 'hedged' }
 *
 * @since 0.1.0
 */
export interface HedgeEntry {
  readonly phrase: string
  readonly certainty: number
  readonly modality: 'hedged' | 'reported'
}

/**
 * Hedge cues. Phrases are matched on word stems; `|` separates alternatives for one word.
 *
 * @example
 * import { HEDGES } from 'gainsay'
 * HEDGES.find((h) => h.phrase === 'probably')?.certainty // 0.7
 *
 * @since 0.1.0
 */
export const HEDGES: ReadonlyArray<HedgeEntry> = [
  { phrase: 'probably', certainty: 0.7, modality: 'hedged' },
  { phrase: 'likely', certainty: 0.7, modality: 'hedged' },
  { phrase: 'most likely', certainty: 0.75, modality: 'hedged' },
  { phrase: 'presumably', certainty: 0.7, modality: 'hedged' },
  { phrase: 'apparently', certainty: 0.6, modality: 'hedged' },
  { phrase: 'seemingly', certainty: 0.6, modality: 'hedged' },
  { phrase: 'possibly', certainty: 0.5, modality: 'hedged' },
  { phrase: 'possible', certainty: 0.5, modality: 'hedged' },
  { phrase: 'perhaps', certainty: 0.5, modality: 'hedged' },
  { phrase: 'maybe', certainty: 0.5, modality: 'hedged' },
  { phrase: 'may', certainty: 0.5, modality: 'hedged' },
  { phrase: 'might', certainty: 0.4, modality: 'hedged' },
  { phrase: 'could', certainty: 0.5, modality: 'hedged' },
  { phrase: "could've", certainty: 0.5, modality: 'hedged' },
  { phrase: 'could have', certainty: 0.5, modality: 'hedged' },
  { phrase: 'would', certainty: 0.6, modality: 'hedged' },
  { phrase: 'unclear', certainty: 0.4, modality: 'hedged' },
  { phrase: 'uncertain', certainty: 0.4, modality: 'hedged' },
  { phrase: 'suspected', certainty: 0.5, modality: 'hedged' },
  { phrase: 'suspect|suspects', certainty: 0.5, modality: 'hedged' },
  { phrase: 'believed to', certainty: 0.6, modality: 'hedged' },
  { phrase: 'believe', certainty: 0.6, modality: 'hedged' },
  { phrase: 'thought to', certainty: 0.6, modality: 'hedged' },
  { phrase: 'appear|appears|appeared to', certainty: 0.6, modality: 'hedged' },
  { phrase: 'seem|seems|seemed to', certainty: 0.6, modality: 'hedged' },
  { phrase: 'it seems', certainty: 0.6, modality: 'hedged' },
  { phrase: 'suggest|suggests|suggested', certainty: 0.7, modality: 'hedged' },
  { phrase: 'indicate|indicates|indicated', certainty: 0.8, modality: 'hedged' },
  { phrase: 'our analysis is', certainty: 0.7, modality: 'hedged' },
  { phrase: 'we think|believe', certainty: 0.7, modality: 'hedged' },
  { phrase: 'not clear', certainty: 0.4, modality: 'hedged' },
  { phrase: 'unconfirmed', certainty: 0.4, modality: 'reported' },
  { phrase: 'allegedly', certainty: 0.4, modality: 'reported' },
  { phrase: 'alleged', certainty: 0.4, modality: 'reported' },
  { phrase: 'purportedly|purported', certainty: 0.4, modality: 'reported' },
  { phrase: 'supposedly', certainty: 0.4, modality: 'reported' },
  { phrase: 'reportedly', certainty: 0.6, modality: 'reported' },
  { phrase: 'claimed|claims|claim', certainty: 0.5, modality: 'reported' },
  { phrase: 'is|was|are|were said to', certainty: 0.6, modality: 'reported' },
  { phrase: 'according to', certainty: 0.8, modality: 'reported' },
  { phrase: 'rumored|rumoured', certainty: 0.3, modality: 'reported' },
  { phrase: 'widely believed', certainty: 0.6, modality: 'reported' },
  { phrase: 'rumor|rumors|rumour|rumours', certainty: 0.3, modality: 'reported' },
  { phrase: 'speculation|speculate|speculates|speculated|speculators', certainty: 0.4, modality: 'hedged' },
  { phrase: 'predict|predicts|predicted|forecast|forecasts|projected|projects', certainty: 0.6, modality: 'hedged' },
  { phrase: 'estimate|estimates|estimated', certainty: 0.8, modality: 'hedged' },
  { phrase: 'tipped', certainty: 0.6, modality: 'reported' },
  { phrase: 'report|reports|reported', certainty: 0.8, modality: 'reported' },
  { phrase: 'says|said|say', certainty: 0.9, modality: 'reported' },
  { phrase: 'sources say|said', certainty: 0.7, modality: 'reported' },
  { phrase: 'evidently', certainty: 0.8, modality: 'hedged' },
  { phrase: 'doubt|doubts|doubtful', certainty: 0.4, modality: 'hedged' },
  { phrase: 'unverified', certainty: 0.4, modality: 'reported' }
]
