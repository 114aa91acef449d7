/**
 * Cue lexicons for claim stance, as data.
 *
 * Origin: written for gainsay from general English usage in news reporting and fact-checking
 * (the refuting words follow the "refuting words" list of the FNC-1 baseline,
 * FakeNewsChallenge/fnc-1-baseline `feature_engineering.py`, extended by hand; hedges follow
 * the usual epistemic-modality cues, cf. Hyland 1998 and the CoNLL-2010 hedge cue guidelines).
 * No dataset text was copied. Entries are lower case; multi-word cues are matched on whole
 * words. They carry no names, outlets or events.
 *
 * @since 0.1.0
 */

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A cue group: a name (used in feature names) and its single-word and multi-word cues.
 *
 * @example
 * import type { CueGroup } from 'gainsay'
 * const g: CueGroup = { name: 'refute', words: ['hoax'], phrases: ['not true'] }
 *
 * @since 0.1.0
 */
export interface CueGroup {
  readonly name: string
  readonly words: ReadonlyArray<string>
  readonly phrases: ReadonlyArray<string>
}

// -------------------------------------------------------------------------------------
// lexicons
// -------------------------------------------------------------------------------------

/**
 * Words and phrases that call a claim false or invented.
 *
 * @example
 * import { REFUTING_CUES } from 'gainsay'
 * REFUTING_CUES.words.includes('hoax') // true
 *
 * @since 0.1.0
 */
export const REFUTING_CUES: CueGroup = {
  name: 'refute',
  words: [
    'fake', 'fakes', 'faked', 'hoax', 'hoaxes', 'hoaxer', 'false', 'falsely', 'fraud', 'fraudulent',
    'bogus', 'debunk', 'debunked', 'debunks', 'debunking', 'myth', 'untrue', 'untruth', 'fabricated',
    'fabrication', 'fabricate', 'fiction', 'fictional', 'phony', 'phoney', 'spoof', 'prank', 'pranked',
    'satire', 'satirical', 'parody', 'lie', 'lies', 'lied', 'liar', 'lying', 'misleading', 'baseless',
    'unfounded', 'groundless', 'doctored', 'photoshopped', 'photoshop', 'scam', 'nonsense', 'rubbish',
    'fakery', 'forged', 'forgery', 'invented', 'made-up', 'misinformation', 'disinformation',
    'erroneous', 'erroneously', 'incorrect', 'inaccurate', 'wrong', 'mistaken', 'mistakenly', 'hoaxed'
  ],
  phrases: [
    'not true', 'no truth', 'sheer lie', 'no evidence', 'no proof', 'never happened',
    'did not happen', "didn't happen", 'not the case', 'made up', 'not real', 'no basis',
    'without foundation', 'too good to be true', 'nothing to do with'
  ]
}

/**
 * Verbs and nouns of denial, retraction and contradiction.
 *
 * @example
 * import { DENIAL_CUES } from 'gainsay'
 * DENIAL_CUES.words.includes('denied') // true
 *
 * @since 0.1.0
 */
export const DENIAL_CUES: CueGroup = {
  name: 'deny',
  words: [
    'deny', 'denies', 'denied', 'denying', 'denial', 'denials', 'refute', 'refuted', 'refutes',
    'rebut', 'rebutted', 'reject', 'rejected', 'rejects', 'dismiss', 'dismissed', 'dismisses',
    'dispute', 'disputed', 'disputes', 'contradict', 'contradicted', 'contradicts', 'retract',
    'retracted', 'retraction', 'recant', 'recanted', 'dispel', 'dispelled', 'quash', 'quashed',
    'correction', 'corrected', 'clarified', 'clarify', 'insisted', 'insists', 'laughed', 'ridiculous',
    'absurd'
  ],
  phrases: ['shot down', 'set the record straight', 'no plans', 'has no intention', 'not planning']
}

/**
 * Negation cues (contracted forms are matched separately, on `n't`).
 *
 * @example
 * import { NEGATION_CUES } from 'gainsay'
 * NEGATION_CUES.words.includes('never') // true
 *
 * @since 0.1.0
 */
export const NEGATION_CUES: CueGroup = {
  name: 'neg',
  words: ['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'cannot', 'without'],
  phrases: []
}

/**
 * Hedges and markers of unverified report: the writer relays a claim without vouching for it.
 *
 * @example
 * import { HEDGING_CUES } from 'gainsay'
 * HEDGING_CUES.words.includes('reportedly') // true
 *
 * @since 0.1.0
 */
export const HEDGING_CUES: CueGroup = {
  name: 'hedge',
  words: [
    'reportedly', 'allegedly', 'alleged', 'purportedly', 'purported', 'apparently', 'supposedly',
    'seemingly', 'rumor', 'rumors', 'rumour', 'rumours', 'rumored', 'rumoured', 'speculation',
    'speculated', 'speculate', 'unconfirmed', 'unverified', 'unclear', 'may', 'might', 'could',
    'possibly', 'possible', 'perhaps', 'maybe', 'likely', 'unlikely', 'probably', 'suggest',
    'suggests', 'suggested', 'appears', 'appear', 'seems', 'seem', 'believed', 'claim', 'claims',
    'claimed', 'claiming', 'allegation', 'allegations', 'if', 'whether', 'uncertain', 'doubt',
    'doubts', 'skeptical', 'sceptical', 'questionable', 'mystery', 'purport', 'circulating'
  ],
  phrases: [
    'according to', 'said to', 'thought to', 'is believed', 'are believed', 'not yet',
    'not clear', 'remains to be seen', 'could not be', 'unable to confirm', 'not been confirmed',
    'yet to be', 'not been verified', 'cannot be verified', 'if true', 'is said'
  ]
}

/**
 * Reporting verbs and sourcing: the text attributes rather than asserts.
 *
 * @example
 * import { REPORTING_CUES } from 'gainsay'
 * REPORTING_CUES.words.includes('told') // true
 *
 * @since 0.1.0
 */
export const REPORTING_CUES: CueGroup = {
  name: 'report',
  words: [
    'said', 'says', 'say', 'told', 'tells', 'report', 'reports', 'reported', 'reporting', 'source',
    'sources', 'stated', 'states', 'tweeted', 'posted', 'wrote', 'writes', 'announced', 'statement',
    'spokesman', 'spokeswoman', 'spokesperson', 'interview', 'quoted', 'cited', 'citing', 'media',
    'outlet', 'outlets', 'tabloid', 'website', 'social', 'twitter', 'facebook', 'viral', 'video',
    'image', 'images', 'photo', 'photos', 'picture', 'pictures'
  ],
  phrases: ['in a statement', 'went viral', 'local media', 'social media']
}

/**
 * Confirmation and assertion cues: the text vouches for what it reports.
 *
 * @example
 * import { CONFIRMING_CUES } from 'gainsay'
 * CONFIRMING_CUES.words.includes('confirmed') // true
 *
 * @since 0.1.0
 */
export const CONFIRMING_CUES: CueGroup = {
  name: 'confirm',
  words: [
    'confirm', 'confirmed', 'confirms', 'confirming', 'confirmation', 'verified', 'verify',
    'official', 'officially', 'proved', 'proven', 'proof', 'evidence', 'revealed', 'reveals',
    'indeed', 'actually', 'true', 'real', 'authentic', 'genuine', 'certainly', 'definitely',
    'undoubtedly', 'clearly', 'admitted', 'admits', 'acknowledged', 'acknowledges', 'announced',
    'finally', 'shows', 'showed', 'footage', 'witnesses'
  ],
  phrases: ['has been confirmed', 'was confirmed', 'it is true', 'in fact']
}

/**
 * Speculation, plans and open questions: the event is anticipated, investigated or asked
 * about rather than reported as fact ("in talks", "considering", "is it a record?").
 *
 * @example
 * import { SPECULATION_CUES } from 'gainsay'
 * SPECULATION_CUES.words.includes('considering') // true
 *
 * @since 0.1.0
 */
export const SPECULATION_CUES: CueGroup = {
  name: 'speculate',
  words: [
    'considering', 'consider', 'considers', 'mulls', 'mulling', 'weighs', 'weighing', 'eyes', 'eyeing',
    'plans', 'planning', 'planned', 'plan', 'expected', 'expects', 'expect', 'poised', 'negotiating',
    'negotiations', 'talks', 'suspect', 'suspected', 'suspects', 'probe', 'probes', 'investigate',
    'investigating', 'investigation', 'investigators', 'questions', 'asks', 'wonder', 'wonders',
    'mystery', 'mysterious', 'hunt', 'search', 'searching', 'predict', 'predicts', 'predicted',
    'forecast', 'forecasts', 'estimate', 'estimates', 'rumoured', 'rumored', 'tipped', 'touted',
    'linked', 'hints', 'hinted', 'teases', 'teased', 'could', 'would', 'soon', 'upcoming', 'report'
  ],
  phrases: ['in talks', 'set to', 'is said', 'are said', 'could be', 'may be', 'might be', 'is it', 'would be']
}

/**
 * Contrast connectives: a turn in the argument ("but", "however").
 *
 * @example
 * import { CONTRAST_CUES } from 'gainsay'
 * CONTRAST_CUES.words.includes('however') // true
 *
 * @since 0.1.0
 */
export const CONTRAST_CUES: CueGroup = {
  name: 'contrast',
  words: ['but', 'however', 'although', 'though', 'despite', 'yet', 'instead', 'contrary', 'nevertheless', 'actually'],
  phrases: ['in reality', 'turns out', 'turned out', 'as it turns out']
}

/**
 * All cue groups, in the order features are built from them.
 *
 * @example
 * import { STANCE_CUE_GROUPS } from 'gainsay'
 * STANCE_CUE_GROUPS.map((g) => g.name) // ['refute', 'deny', 'neg', 'hedge', 'report', 'confirm', 'contrast', 'speculate']
 *
 * @since 0.1.0
 */
export const STANCE_CUE_GROUPS: ReadonlyArray<CueGroup> = [
  REFUTING_CUES,
  DENIAL_CUES,
  NEGATION_CUES,
  HEDGING_CUES,
  REPORTING_CUES,
  CONFIRMING_CUES,
  CONTRAST_CUES,
  SPECULATION_CUES
]

/**
 * Single cue words that get a feature of their own (beyond their group), because they carry
 * stance on their own in news text.
 *
 * @example
 * import { STANCE_CUE_WORDS } from 'gainsay'
 * STANCE_CUE_WORDS.includes('hoax') // true
 *
 * @since 0.1.0
 */
export const STANCE_CUE_WORDS: ReadonlyArray<string> = [
  // refuting and denial
  'fake', 'hoax', 'false', 'falsely', 'debunked', 'denied', 'denies', 'deny', 'satire', 'satirical', 'prank',
  'lie', 'myth', 'untrue', 'fabricated', 'bogus', 'rumor', 'rumors', 'rumour', 'doubt', 'doubts',
  'questioned', 'skeptical', 'wrong', 'incorrect', 'mistake', 'retracted', 'rejected', 'dismissed',
  'insisted', 'problem', 'actually', 'reality', 'instead', 'joke', 'spoof', 'parody', 'scam',
  // negation
  'not', 'no', 'never', 'nothing', 'none', 'nobody', 'without',
  // hedges and reports
  'reportedly', 'allegedly', 'alleged', 'purportedly', 'apparently', 'supposedly', 'claims', 'claimed',
  'claim', 'may', 'might', 'could', 'would', 'unconfirmed', 'unverified', 'according', 'said', 'says',
  'told', 'sources', 'report', 'reports', 'reported', 'believed', 'unclear', 'possible', 'possibly',
  'likely', 'if', 'whether', 'suggests', 'appears', 'seems', 'speculation',
  // confirming
  'confirmed', 'confirms', 'official', 'officially', 'announced', 'revealed', 'true', 'evidence',
  'proof', 'video', 'footage', 'photos', 'now', 'has', 'have', 'will', 'indeed', 'finally',
  // contrast
  'however', 'but', 'although', 'despite', 'yet'
]

/**
 * Doubt and debunking in short texts such as headlines: the writer questions, mocks or knocks
 * down a claim without the plain refuting words ("experts cast doubt", "rumour put to rest").
 * Used by the headline model only (the article models were fitted without it).
 *
 * Origin: written for gainsay from general English headline usage; no dataset text copied.
 *
 * @example
 * import { DOUBTING_CUES } from 'gainsay'
 * DOUBTING_CUES.phrases.includes('cast doubt') // true
 *
 * @since 0.1.0
 */
export const DOUBTING_CUES: CueGroup = {
  name: 'doubt',
  words: [
    'doubt', 'doubts', 'doubtful', 'questions', 'questioned', 'questioning', 'skeptical', 'sceptical',
    'skepticism', 'scepticism', 'dubious', 'suspicious', 'exaggerated', 'overblown', 'debunk', 'debunks',
    'debunked', 'rebuff', 'rebuffs', 'rebuffed', 'rebukes', 'trolled', 'troll', 'trolls', 'fooled',
    'duped', 'nope', 'bs', 'bullshit', 'libel', 'misreported', 'misquoted', 'denial', 'laughs', 'mocks',
    'slams'
  ],
  phrases: [
    'cast doubt', 'casts doubt', 'raises doubts', 'raise doubts', 'put to rest', 'not a thing',
    'shoot down', 'shoots down', 'shot down', 'falls for', 'fell for', 'too good', 'pants on fire',
    'made it all up', 'make up', 'made up', 'no way', 'says no', 'not so', 'not quite'
  ]
}

/**
 * Opposed states a headline can answer a claim with: a claim that someone died against a
 * headline that they are alive, kidnapped against safe, stolen against found. Each entry is
 * two word lists; a claim word from one side and a headline word from the other (and none from
 * the claim's side) is a contradiction without any negation.
 *
 * Origin: written for gainsay from general English; cf. the antonym feature of Ferreira &
 * Vlachos 2016 (which used WordNet). No dataset text copied.
 *
 * @example
 * import { OPPOSED_STATES } from 'gainsay'
 * OPPOSED_STATES.some(([a, b]) => a.includes('dead') && b.includes('alive')) // true
 *
 * @since 0.1.0
 */
export const OPPOSED_STATES: ReadonlyArray<readonly [ReadonlyArray<string>, ReadonlyArray<string>]> = [
  [
    ['dead', 'died', 'dies', 'death', 'killed', 'dying', 'beheaded', 'executed', 'murdered', 'slain'],
    ['alive', 'living', 'survives', 'survived', 'safe', 'fine', 'well', 'recovering', 'kicking']
  ],
  [
    ['captured', 'kidnapped', 'abducted', 'missing', 'detained', 'arrested', 'held'],
    ['safe', 'free', 'freed', 'released', 'fine', 'found', 'secure', 'escaped']
  ],
  [['stolen', 'missing', 'lost'], ['safe', 'found', 'recovered', 'returned']],
  [['closed', 'shut', 'shutdown', 'banned'], ['open', 'opens', 'reopens', 'allowed']],
  [['true', 'real'], ['fake', 'false', 'hoax']]
]
