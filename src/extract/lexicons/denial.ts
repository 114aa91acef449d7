/**
 * Denial cues: wording that rejects another claim ("a sheer lie", "totally untrue",
 * "baseless", "rejected the claim", "no evidence to substantiate").
 *
 * Origin: hand list from news wording of official denials, the refuting words of Ferreira &
 * Vlachos, "Emergent" (NAACL 2016: fake, hoax, false, deny, bogus, debunk, retract), with the verbs of denying from
 * WordNet 3.0 (deny.v.01, refute, rebut, disprove, dispute; see `wordnet-generated.ts`).
 * Phrases are matched on word stems; `...` allows a gap of a few words. Words whose stem is shared
 * with an unrelated common word are given context: "doctored" only before what can be doctored
 * (its stem is the stem of "doctors"), "made up" only with an intensifier (not "made up of").
 */
import { WN_DENY_VERBS } from './wordnet-generated'

/**
 * Denial phrases.
 *
 * @example
 * import { DENIAL_PHRASES } from 'gainsay'
 * DENIAL_PHRASES.includes('baseless') // true
 *
 * @since 0.1.0
 */
export const DENIAL_PHRASES: ReadonlyArray<string> = [
  ...WN_DENY_VERBS.filter((w) => w !== 'dispute'),
  'denial', 'denied', 'rejected|reject|rejects|dismissed|dismiss|dismisses ... claim|claims|report|reports|allegation|allegations|accusation|accusations|assertion|story',
  'a|sheer|outright|blatant|big|total|complete|pure lie', 'lies and', 'is|was|are|were|all a lie|lies', 'pack of lies', 'lying', 'untrue', 'not true', 'false', 'falsehood', 'baseless', 'groundless', 'unfounded',
  'fabricated', 'fabrication', 'fake news', 'nonsense', 'fiction', 'propaganda', 'hoax', 'myth', 'made-up', 'completely|totally|entirely|simply|all made up', 'without foundation',
  'no basis', 'not proved|proven', 'never happened', 'did not happen', "didn't happen",
  'no evidence to substantiate|support|back|prove', 'unsubstantiated', 'misinformation', 'disinformation',
  'categorically', 'ridiculous', 'absurd', 'fake', 'faked', 'bogus', 'debunk|debunks|debunked|debunking',
  'retract|retracts|retracted|retraction', 'not real', "isn't|wasn't|aren't|weren't real|true", 'is|was|are|were not real|true', 'are|were|all lies', 'erroneous', 'doctored photo|photos|image|images|video|videos|footage|picture|pictures|clip|document|documents', 'photoshopped', 'spoof', 'satire|satirical',
  'set|setting the record straight', 'exposed as', 'misleading', 'false claim|claims|report|reports', 'no truth to', 'nope'
]
