/**
 * Dating: publication dates inferred across a corpus for articles that carry none, with the
 * evidence for each.
 *
 * @since 0.1.0
 */
export {
  inferPublicationDates,
  applyInferredDates,
  explainDate,
  type DateInference,
  type DatingEvidence,
  type DatingOptions
} from './infer'
export * from './lexicon'
