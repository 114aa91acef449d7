/**
 * Cue lexicons the contradiction rules read from claim text, as data.
 *
 * Origin: hand-compiled for gainsay from the vocabulary of conflict and incident reporting
 * (the implicative verbs of Karttunen, "Implicative verbs", Language 47, 1971: manage/fail/
 * prevent; the denial and hedging vocabulary of the FactBank annotation guidelines, Saurí and
 * Pustejovsky 2009), and checked against wire copy about attacks, seizures, ceasefires and
 * casualties. Entries are lower case; multi-word entries are matched as whole-word phrases.
 *
 * @since 0.1.0
 */

/** Words saying an attack or attempt failed, from the attacker's point of view. */
export const FAILURE_PHRASES: ReadonlyArray<string> = [
  'failed', 'fails', 'fail', 'failure', 'unsuccessful', 'unsuccessfully', 'did not succeed', "didn't succeed",
  'has not succeeded', 'have not succeeded', 'had not succeeded', 'never succeeded', 'not successful',
  'not carried out a successful', 'no successful', 'not a successful', 'in vain', 'to no avail', 'came to nothing',
  'foiled', 'foil', 'thwarted', 'thwart', 'repelled', 'repel', 'repulsed', 'defused', 'defuse', 'neutralized',
  'neutralised', 'neutralize', 'neutralise', 'intercepted', 'intercept', 'blocked', 'prevented', 'averted',
  'fended off', 'beaten back', 'warded off', 'rebuffed', 'frustrated', 'shot down all'
]

/** Verbs a defender "manages to" or "succeeds in": success of the defence is failure of the attack. */
export const DEFENSIVE_VERBS: ReadonlyArray<string> = [
  'foil', 'foiled', 'foiling', 'thwart', 'thwarted', 'thwarting', 'repel', 'repelled', 'repelling', 'repulse',
  'defuse', 'defused', 'neutralize', 'neutralise', 'neutralized', 'neutralised', 'intercept', 'intercepted',
  'block', 'blocked', 'prevent', 'prevented', 'avert', 'averted', 'control', 'controlled', 'contain', 'contained',
  'stop', 'stopped', 'counter', 'countered', 'defeat', 'defeated', 'fend off', 'ward off', 'deter', 'deterred'
]

/** Words saying an attack or operation succeeded. */
export const SUCCESS_PHRASES: ReadonlyArray<string> = [
  'successfully', 'succeeded', 'succeeds', 'successful', 'managed to', 'was able to', 'were able to',
  'achieved its goal', 'achieved their goal', 'hit its target', 'hit their target', 'accomplished'
]

/** Words saying the event had an effect on its target (damage, disruption, casualties). */
export const EFFECT_PHRASES: ReadonlyArray<string> = [
  'suffered', 'disruption', 'disruptions', 'disrupted', 'outage', 'outages', 'affected', 'damaged', 'damage to',
  'wiped out', 'destroyed', 'knocked out', 'crippled', 'paralysed', 'paralyzed', 'took down', 'taken down',
  'brought down', 'shut down', 'went offline', 'offline', 'breached', 'compromised', 'penetrated', 'leaked',
  'stolen', 'killed', 'wounded', 'injured', 'casualties', 'sank', 'sunk', 'set on fire', 'caught fire'
]

/** Phrases saying the event had no effect. Checked before EFFECT_PHRASES. */
export const NO_EFFECT_PHRASES: ReadonlyArray<string> = [
  'failed to damage', 'failed to disrupt', 'failed to affect', 'failed to penetrate', 'failed to breach',
  'failed to hit', 'failed to reach', 'no damage', 'without damage', 'no casualties', 'no one was hurt',
  'no one was injured', 'nobody was hurt', 'unaffected', 'not affected', 'caused no', 'did not cause',
  'no disruption', 'not disrupted', 'no data was', 'nothing was damaged', 'without causing', 'did no harm',
  'failed to cause'
]

/** Phrases denying that something happened or rejecting another's claim that it did. */
export const DENIAL_PHRASES: ReadonlyArray<string> = [
  'sheer lie', 'a lie', 'big lie', 'lies about', 'pure lie', 'outright lie', 'untrue', 'not true', 'false', 'baseless', 'groundless', 'unfounded',
  'fabricated', 'fabrication', 'fake news', 'no evidence', 'no proof', 'not proved', 'not proven', 'no sign of',
  'no signs of', 'no trace of', 'no indication', 'never happened', 'did not happen', "didn't happen",
  'never took place', 'did not take place', 'there was no', 'there has been no', 'there have been no',
  'nonsense', 'denied', 'denies', 'deny', 'rejected the claim', 'rejected claims', 'dismissed the claim',
  'dismissed claims', 'totally untrue', 'completely false', 'made-up', 'completely made up', 'totally made up', 'hoax', 'myth'
]

/** Words saying someone tried (which implies the attempt happened). */
export const ATTEMPT_PHRASES: ReadonlyArray<string> = [
  'attempt', 'attempts', 'attempted', 'attempting', 'try', 'tries', 'tried', 'trying', 'sought to', 'seek to',
  'seeks to', 'bid to', 'effort to', 'efforts to', 'tried hard', 'try hard', 'tries hard'
]

/** Words putting an act in the future or in intent: plans are updates, not conflicts. */
export const PLAN_PHRASES: ReadonlyArray<string> = [
  'considering', 'considered', 'consider', 'weighing', 'plans to', 'plan to', 'planned', 'planning', 'plans for',
  'intends to', 'intend to', 'intention', 'prepared to', 'preparing to', 'ready to', 'would launch', 'will launch',
  'threatened to', 'threatens to', 'vowed to', 'mulling', 'contemplating', 'option of', 'options for',
  'approved a', 'cocked and loaded', 'possible'
]

/** Words saying a planned act was cancelled: still a plan, never an occurrence. */
export const CANCEL_PHRASES: ReadonlyArray<string> = [
  'called off', 'call off', 'pulled back', 'backed away', 'backed off', 'cancelled', 'canceled', 'aborted',
  'stood down', 'scrapped', 'shelved', 'held off', 'refrained'
]

/** Words saying a statement is general or habitual rather than about one event. */
export const GENERIC_PHRASES: ReadonlyArray<string> = [
  'normally', 'usually', 'typically', 'generally', 'often', 'tend to', 'tends to', 'in general', 'such attacks',
  'such acts', 'every year', 'routinely', 'repeatedly', 'repeated', 'time and again',
  // iterative or earlier-than-now events, not the one at issue
  'previously', 'in the past', 'over the years', 'continued', 'continuing', 'ongoing', 'constant',
  // exercises and capabilities, not events
  'simulated', 'simulation', 'drills', 'exercises', 'capable of', 'to counter', 'to protect', 'to defend against',
  'readiness', 'preparedness'
]

/** Verbs of starting something extended (a war, a campaign): the onset, not an incident. */
export const INCEPTION_VERBS: ReadonlyArray<string> = [
  'started', 'start', 'starts', 'began', 'begin', 'begun', 'initiated', 'initiate', 'launched the war',
  'triggered', 'sparked', 'ignited', 'unleashed'
]

/** Nouns for extended conflicts, as opposed to single incidents. */
export const CONFLICT_NOUNS: ReadonlyArray<string> = [
  'war', 'wars', 'cyber-war', 'cyberwar', 'conflict', 'campaign', 'hostilities', 'insurgency', 'feud'
]

/** Words that make a claim about who is responsible (required before trusting an extractor's responsibility label). */
export const RESPONSIBILITY_CUES: ReadonlyArray<string> = [
  'responsible', 'responsibility', 'behind', 'blame', 'blamed', 'blames', 'origin', 'originated', 'carried out by',
  'launched by', 'conducted by', 'sponsored by', 'perpetrated', 'orchestrated', 'masterminded', 'culprit', 'attributed'
]

/** Phrases saying the perpetrator is unknown or cannot be named. */
export const UNKNOWN_RESPONSIBILITY_PHRASES: ReadonlyArray<string> = [
  'cannot say', "can't say", 'could not say', "couldn't say", 'unable to say', 'not yet known',
  'unclear who', 'not clear who', 'unknown who', 'no one has claimed', 'nobody has claimed',
  'not been identified', 'yet to be identified', 'unknown attackers', 'unidentified', 'which country has',
  'who was behind', 'not possible to say', 'impossible to say', 'too early to say', 'declined to say who',
  'did not say who', 'cannot be attributed'
]

/** Patterns naming who did it; the capture is the responsible party. Case-insensitive. */
export const RESPONSIBILITY_PATTERNS: ReadonlyArray<RegExp> = [
  /\boriginated (?:from|in) (?:the )?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})/,
  /\b(?:carried out|launched|conducted|perpetrated|committed|staged|mounted|sponsored|orchestrated) by (?:the )?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})/,
  /\b([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) (?:was|were|is|are) (?:behind|responsible for|to blame for)\b/,
  /\bblamed? (?:it |the \w+ )?on (?:the )?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})/,
  /\b(?:the )?origin (?:was|is) (?:the )?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})/,
  /\b([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) (?:was|is) the origin\b/,
  /\b(?:fired|launched|dropped) by (?:the )?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})/
]

/** "an Israeli airstrike", "a Russian missile": a demonym naming who attacked (used only when it is a country's). */
export const ATTRIBUTIVE_ATTACKER_PATTERN: RegExp =
  /\b(?:an?|the) ([A-Z][\w.'’-]*) (?:air ?strike|airstrike|strike|attack|missile|rocket|bomb|bombing|raid|drone strike|shell|shelling|warplane|jet)s?\b/

/**
 * Verbs whose subject is the defender or the victim, not the attacker ("Iran has defused an
 * attack", "the service suffered disruption"): an extractor's actor in that position is dropped.
 */
export const DEFENDER_VERBS: ReadonlyArray<string> = [
  'defused', 'repelled', 'thwarted', 'foiled', 'neutralized', 'neutralised', 'intercepted', 'blocked', 'controlled',
  'countered', 'managed', 'suffered', 'faced', 'was hit', 'were hit', 'has been hit', 'came under',
  'withstood', 'survived', 'fended off', 'shot down', 'downed'
]

/** Places outside any country's sovereignty. */
export const INTERNATIONAL_PLACE_PHRASES: ReadonlyArray<string> = [
  'international airspace', 'international waters', 'international air space', 'high seas', 'open sea',
  'open seas', 'neutral waters', 'international sea lane', 'international shipping lane', 'international zone'
]

/** Places inside a country: territory, territorial waters or airspace, or crossing its border. */
export const TERRITORIAL_PLACE_PATTERNS: ReadonlyArray<RegExp> = [
  /\bterritorial (?:waters|sea|airspace)\b/i,
  /\b(?:its|their|our|[A-Z][a-z]+(?:n|ian|ese|i|ish|ic)?)(?:'s|’s)? (?:own )?(?:waters|airspace|air space|territory|soil)\b/,
  /\b(?:the )?(?:airspace|air space|territory|waters|soil) of\b/i,
  /\binside (?:the )?(?:country|its territory|their territory|our territory)\b/i,
  /\bcrossed (?:the|its|their|our)? ?border\b/i,
  /\bcrossed into\b/i,
  /\bviolated (?:its|their|our|the) (?:airspace|waters|territory|border)\b/i,
  /\bintruded into\b/i
]

/** Words retracting or correcting one's own earlier statement. */
export const RETRACTION_PHRASES: ReadonlyArray<string> = [
  'retracted', 'retract', 'retracts', 'withdrew', 'withdrawn', 'take back', 'took back', 'takes back',
  'corrected', 'correction', 'misspoke', 'misspoken', 'clarified', 'walked back', 'walks back', 'backtracked',
  'was mistaken', 'were mistaken', 'was wrong', 'contrary to', 'earlier statement', 'previous statement',
  'had been wrong', 'reversed', 'u-turn', 'apologised for saying', 'apologized for saying', 'no longer'
]

/** Pronouns and vague nouns that never name an actor on their own. */
export const VAGUE_ACTORS: ReadonlyArray<string> = [
  'he', 'she', 'it', 'they', 'them', 'we', 'us-pronoun', 'i', 'you', 'someone', 'somebody', 'attackers',
  'hackers', 'the attackers', 'the hackers', 'unknown', 'enemy', 'enemies', 'the enemy', 'foreign government',
  'a foreign government', 'foreign state', 'a foreign state', 'a foreign country', 'foreign country',
  'gunmen', 'militants', 'officials', 'the officials', 'sources', 'who', 'which', 'that', 'one'
]
