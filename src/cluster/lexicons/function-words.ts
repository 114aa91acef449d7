/**
 * Function words, pronouns, auxiliaries and negation cues, as plain data.
 *
 * Origin: written for gainsay from standard English grammar references (closed word classes:
 * personal and possessive pronouns, primary and modal auxiliaries, negators). Pronouns are
 * folded into one class so that direct and reported speech compare equal ("we have" /
 * "they have" / "he has"); auxiliaries are folded likewise ("has" / "have" / "had").
 *
 * @since 0.1.0
 */

/** Personal, possessive and reflexive pronouns of every person. @since 0.1.0 */
export const PRONOUNS: ReadonlyArray<string> = [
  'i', 'me', 'my', 'mine', 'myself',
  'we', 'us', 'our', 'ours', 'ourselves',
  'you', 'your', 'yours', 'yourself', 'yourselves',
  'he', 'him', 'his', 'himself',
  'she', 'her', 'hers', 'herself',
  'it', 'its', 'itself',
  'they', 'them', 'their', 'theirs', 'themselves'
]

/** Primary and modal auxiliaries (all persons and tenses). @since 0.1.0 */
export const AUXILIARIES: ReadonlyArray<string> = [
  'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being',
  'have', 'has', 'had', 'having',
  'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must'
]

/** Negation cues. "not" also stands for the "n't" of contractions. @since 0.1.0 */
export const NEGATIONS: ReadonlyArray<string> = [
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'cannot', 'without'
]

/**
 * Other function words (articles, prepositions, conjunctions, determiners, reporting-verb
 * forms that carry no statement content). Added to the stop words of `natural`.
 *
 * @since 0.1.0
 */
export const EXTRA_FUNCTION_WORDS: ReadonlyArray<string> = [
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from',
  'as', 'that', 'this', 'these', 'those', 'which', 'who', 'whom', 'whose', 'there', 'here',
  'also', 'just', 'even', 'yet', 'so', 'then', 'than', 'said', 'says', 'say', 'told', 'tell',
  'according', 'added', 'adding', 'stated', 'noted', 'while', 'whether', 'if', 'into', 'onto',
  'upon', 'about', 'over', 'against'
]
