/**
 * Claim stance: what each article says about a given claim.
 *
 * @since 0.1.0
 */
export {
  STANCE_LABELS,
  prepareArticleStanceCorpus,
  prepareStanceCorpus,
  rankArticleStances,
  rankStances,
  rankStancesIn,
  stance,
  type EvidenceRole,
  type RankedStance,
  type Stance,
  type StanceCorpus,
  type StanceEvidence,
  type StanceLabel,
  type StanceOptions
} from './stance'
export {
  CONFIRMING_CUES,
  CONTRAST_CUES,
  DENIAL_CUES,
  DOUBTING_CUES,
  HEDGING_CUES,
  NEGATION_CUES,
  OPPOSED_STATES,
  REFUTING_CUES,
  REPORTING_CUES,
  STANCE_CUE_GROUPS,
  SPECULATION_CUES,
  STANCE_CUE_WORDS,
  type CueGroup
} from './lexicon'
