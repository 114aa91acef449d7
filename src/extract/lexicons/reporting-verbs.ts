/**
 * Reporting (attribution) verbs and the channels a statement travels through.
 *
 * Origin: hand-compiled for gainsay from the reporting-verb inventories in Quirk et al.,
 * "A Comprehensive Grammar of the English Language" (1985, §16.31 verbs of saying), the
 * attribution verbs of the Penn Attribution Relations Corpus (PARC 3.0, Pareti 2016) that
 * occur at least a few times in newswire, and the AP Stylebook's "said" entry. Inflected
 * forms are written out (irregulars included) so matching is a set lookup.
 *
 * @since 0.1.0
 */
import type { Channel } from '../../model/quote'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * One reporting verb: lemma, inflected forms, whether it commonly takes a clause without
 * "that" ("said the bank was closed"), and the channel it implies, if any ("tweeted").
 *
 * @example
 * import { REPORTING_VERBS } from 'gainsay'
 * REPORTING_VERBS.find((v) => v.lemma === 'tell')?.forms.includes('told') // true
 *
 * @since 0.1.0
 */
export interface ReportingVerb {
  readonly lemma: string
  readonly forms: ReadonlyArray<string>
  readonly bareClause: boolean
  readonly channel: Channel | null
}

const v = (lemma: string, forms: ReadonlyArray<string>, bareClause = true, channel: Channel | null = null): ReportingVerb => ({
  lemma,
  forms: [lemma, ...forms],
  bareClause,
  channel
})

/**
 * The reporting verbs gainsay recognises.
 *
 * @example
 * import { REPORTING_VERBS } from 'gainsay'
 * REPORTING_VERBS.some((v) => v.lemma === 'tweet' && v.channel === 'tweet') // true
 *
 * @since 0.1.0
 */
export const REPORTING_VERBS: ReadonlyArray<ReportingVerb> = [
  v('say', ['says', 'said', 'saying']),
  v('tell', ['tells', 'told', 'telling']),
  v('add', ['adds', 'added', 'adding']),
  v('tweet', ['tweets', 'tweeted', 'tweeting'], true, 'tweet'),
  v('post', ['posts', 'posted', 'posting'], false, 'social-post'),
  v('write', ['writes', 'wrote', 'written', 'writing']),
  v('warn', ['warns', 'warned', 'warning']),
  v('announce', ['announces', 'announced', 'announcing'], false),
  v('claim', ['claims', 'claimed', 'claiming']),
  v('state', ['states', 'stated', 'stating'], false),
  v('stress', ['stresses', 'stressed', 'stressing']),
  v('insist', ['insists', 'insisted', 'insisting']),
  v('note', ['notes', 'noted', 'noting'], false),
  v('explain', ['explains', 'explained', 'explaining'], false),
  v('argue', ['argues', 'argued', 'arguing']),
  v('reiterate', ['reiterates', 'reiterated', 'reiterating'], false),
  v('remark', ['remarks', 'remarked', 'remarking'], false),
  v('report', ['reports', 'reported', 'reporting'], false, 'report'),
  v('confirm', ['confirms', 'confirmed', 'confirming'], false),
  v('deny', ['denies', 'denied', 'denying'], false),
  v('assert', ['asserts', 'asserted', 'asserting']),
  v('declare', ['declares', 'declared', 'declaring'], false),
  v('emphasize', ['emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising'], false),
  v('maintain', ['maintains', 'maintained', 'maintaining'], false),
  v('acknowledge', ['acknowledges', 'acknowledged', 'acknowledging'], false),
  v('admit', ['admits', 'admitted', 'admitting'], false),
  v('allege', ['alleges', 'alleged', 'alleging'], false),
  v('suggest', ['suggests', 'suggested', 'suggesting'], false),
  v('predict', ['predicts', 'predicted', 'predicting'], false),
  v('promise', ['promises', 'promised', 'promising'], false),
  v('reply', ['replies', 'replied', 'replying'], false),
  v('respond', ['responds', 'responded', 'responding'], false),
  v('answer', ['answers', 'answered', 'answering'], false),
  v('comment', ['comments', 'commented', 'commenting'], false),
  v('observe', ['observes', 'observed', 'observing'], false),
  v('contend', ['contends', 'contended', 'contending']),
  v('concede', ['concedes', 'conceded', 'conceding'], false),
  v('boast', ['boasts', 'boasted', 'boasting'], false),
  v('complain', ['complains', 'complained', 'complaining'], false),
  v('ask', ['asks', 'asked', 'asking'], false),
  v('reveal', ['reveals', 'revealed', 'revealing'], false),
  v('disclose', ['discloses', 'disclosed', 'disclosing'], false),
  v('indicate', ['indicates', 'indicated', 'indicating'], false),
  v('underline', ['underlines', 'underlined', 'underlining'], false),
  v('underscore', ['underscores', 'underscored', 'underscoring'], false),
  v('estimate', ['estimates', 'estimated', 'estimating'], false),
  v('recall', ['recalls', 'recalled', 'recalling'], false),
  v('continue', ['continues', 'continued', 'continuing'], false),
  v('quip', ['quips', 'quipped', 'quipping'], false),
  v('exclaim', ['exclaims', 'exclaimed', 'exclaiming'], false),
  v('testify', ['testifies', 'testified', 'testifying'], false),
  v('affirm', ['affirms', 'affirmed', 'affirming'], false),
  v('agree', ['agrees', 'agreed', 'agreeing'], false),
  v('believe', ['believes', 'believed', 'believing'], false),
  v('conclude', ['concludes', 'concluded', 'concluding'], false),
  v('caution', ['cautions', 'cautioned', 'cautioning'], false),
  v('charge', ['charges', 'charged', 'charging'], false),
  v('vow', ['vows', 'vowed', 'vowing'], false),
  v('pledge', ['pledges', 'pledged', 'pledging'], false),
  v('assure', ['assures', 'assured', 'assuring'], false),
  v('inform', ['informs', 'informed', 'informing'], false),
  v('brief', ['briefs', 'briefed', 'briefing'], false),
  v('quote', ['quotes', 'quoted', 'quoting'], false)
]

/**
 * Inflected form (lower case) to lemma.
 *
 * @example
 * import { REPORTING_VERB_LEMMA } from 'gainsay'
 * REPORTING_VERB_LEMMA.get('tweeted') // 'tweet'
 *
 * @since 0.1.0
 */
export const REPORTING_VERB_LEMMA: ReadonlyMap<string, string> = new Map(
  REPORTING_VERBS.flatMap((rv) => rv.forms.map((f) => [f, rv.lemma] as const))
)

/**
 * Verbs that can stand after a quotation with their subject inverted ("…," said the
 * mayor). A subset of the reporting verbs.
 *
 * @example
 * import { INVERTIBLE_VERBS } from 'gainsay'
 * INVERTIBLE_VERBS.has('said') // true
 *
 * @since 0.1.0
 */
export const INVERTIBLE_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'tweeted', 'warned', 'replied',
  'explained', 'continued', 'insisted', 'noted', 'declared', 'argued', 'answered', 'recalled', 'quipped'
])

/**
 * A phrase that names the channel of a statement, with the channel it names. Matched in the
 * attribution's words, longest phrase first.
 *
 * @example
 * import { CHANNEL_CUES } from 'gainsay'
 * CHANNEL_CUES.find((c) => c.phrase === 'press conference')?.channel // 'press-conference'
 *
 * @since 0.1.0
 */
export interface ChannelCue {
  readonly phrase: string
  readonly channel: Channel
}

/**
 * Phrases that name a channel ("in a televised interview", "in a Twitter post").
 *
 * @example
 * import { CHANNEL_CUES } from 'gainsay'
 * CHANNEL_CUES.some((c) => c.channel === 'tweet') // true
 *
 * @since 0.1.0
 */
export const CHANNEL_CUES: ReadonlyArray<ChannelCue> = [
  { phrase: 'televised interview', channel: 'televised-interview' },
  { phrase: 'television interview', channel: 'televised-interview' },
  { phrase: 'tv interview', channel: 'televised-interview' },
  { phrase: 'interview with', channel: 'interview' },
  { phrase: 'interview', channel: 'interview' },
  { phrase: 'press conference', channel: 'press-conference' },
  { phrase: 'news conference', channel: 'press-conference' },
  { phrase: 'press briefing', channel: 'press-conference' },
  { phrase: 'news briefing', channel: 'press-conference' },
  { phrase: 'twitter post', channel: 'tweet' },
  { phrase: 'twitter account', channel: 'tweet' },
  { phrase: 'on twitter', channel: 'tweet' },
  { phrase: 'series of tweets', channel: 'tweet' },
  { phrase: 'in a tweet', channel: 'tweet' },
  { phrase: 'tweet', channel: 'tweet' },
  { phrase: 'on x', channel: 'tweet' },
  { phrase: 'facebook post', channel: 'social-post' },
  { phrase: 'on facebook', channel: 'social-post' },
  { phrase: 'instagram', channel: 'social-post' },
  { phrase: 'telegram channel', channel: 'social-post' },
  { phrase: 'social media', channel: 'social-post' },
  { phrase: 'blog post', channel: 'social-post' },
  { phrase: 'statement', channel: 'statement' },
  { phrase: 'press release', channel: 'statement' },
  { phrase: 'communique', channel: 'statement' },
  { phrase: 'speech', channel: 'speech' },
  { phrase: 'address to', channel: 'speech' },
  { phrase: 'addressing', channel: 'speech' },
  { phrase: 'sermon', channel: 'speech' },
  { phrase: 'lecture', channel: 'speech' }
]

/**
 * Words for documents that speak for someone ("the statement added"): a mention headed by
 * one of these resolves to the last speaker who spoke through that channel.
 *
 * @example
 * import { DOCUMENT_NOUNS } from 'gainsay'
 * DOCUMENT_NOUNS.get('statement') // 'statement'
 *
 * @since 0.1.0
 */
export const DOCUMENT_NOUNS: ReadonlyMap<string, Channel> = new Map<string, Channel>([
  ['statement', 'statement'],
  ['release', 'statement'],
  ['communique', 'statement'],
  ['letter', 'statement'],
  ['tweet', 'tweet'],
  ['post', 'social-post'],
  ['report', 'report'],
  ['speech', 'speech']
])
