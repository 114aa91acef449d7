/**
 * Event triggers (words that name an event) with the action lemma they map to, and cues for
 * occurrence and responsibility.
 *
 * Origin: a hand list shaped after the ACE 2005 event types (Conflict:Attack,
 * Life:Die/Injure, Justice:Arrest, Personnel:Elect, Transaction) with news vocabulary for
 * cyber incidents, disasters and elections, merged with WordNet 3.0 attack verbs and nouns
 * (see `wordnet-generated.ts`). Matched on Porter stems, so inflections come for free;
 * irregular forms ("shot", "struck", "stole") are listed.
 */
import { WN_ATTACK_NOUNS, WN_ATTACK_VERBS } from './wordnet-generated'

/**
 * One trigger: its phrase (stems, `|` alternatives) and the action lemma it stands for.
 *
 * @example
 * import type { EventTrigger } from 'gainsay'
 * const t: EventTrigger = { phrase: 'flood|floods|flooding', action: 'flood' }
 *
 * @since 0.1.0
 */
export interface EventTrigger {
  readonly phrase: string
  readonly action: string
}

const attackWords = [...new Set([...WN_ATTACK_VERBS, ...WN_ATTACK_NOUNS])].filter(
  (w) => !['strike', 'bomb', 'bombing', 'invade', 'invasion', 'occupy', 'raid', 'storm', 'first strike', 'preventive strike', 'surgical strike'].includes(w)
)

/**
 * Event triggers. The first matching (longest) phrase wins.
 *
 * @example
 * import { EVENT_TRIGGERS } from 'gainsay'
 * EVENT_TRIGGERS.find((t) => t.phrase.includes('shootdown'))?.action // 'shoot down'
 *
 * @since 0.1.0
 */
export const EVENT_TRIGGERS: ReadonlyArray<EventTrigger> = [
  { phrase: 'shoot|shot|shooting down', action: 'shoot down' },
  { phrase: 'shootdown|downing', action: 'shoot down' },
  { phrase: 'brought|bring down', action: 'shoot down' },
  { phrase: 'cyber attack|attacks|strike|strikes|assault|operation|operations|war|warfare', action: 'cyberattack' },
  { phrase: 'cyberattack|cyberattacks|cyber-attack|cyber-attacks|cyberwar|cyber-war|cyberwarfare', action: 'cyberattack' },
  { phrase: 'ddos|denial-of-service|malware|ransomware|virus|worm|phishing', action: 'cyberattack' },
  { phrase: 'hack|hacked|hacking|hacks', action: 'hack' },
  { phrase: 'breach|breached', action: 'hack' },
  { phrase: 'data breach|breaches', action: 'hack' },
  { phrase: 'airstrike|airstrikes', action: 'strike' },
  { phrase: 'air|missile|drone strike|strikes', action: 'strike' },
  { phrase: 'missile|rocket attack|attacks', action: 'strike' },
  { phrase: 'strike|strikes|struck', action: 'strike' },
  { phrase: 'bomb|bombed|bombing|bombings|bombard|bombardment|shelling|shelled', action: 'bomb' },
  { phrase: 'invade|invaded|invasion|incursion', action: 'invade' },
  { phrase: 'raid|raided|raids|storm|stormed', action: 'raid' },
  { phrase: 'occupy|occupied|occupation', action: 'occupy' },
  ...attackWords.map((w) => ({ phrase: w, action: 'attack' })),
  { phrase: 'attack|attacked|attacking|attacks', action: 'attack' },
  { phrase: 'aggression|offensive|assault|ambush|ambushed', action: 'attack' },
  { phrase: 'target|targeted|targeting|targets', action: 'attack' },
  { phrase: 'fire|fired|firing', action: 'fire' },
  { phrase: 'launch|launched|launching', action: 'launch' },
  { phrase: 'explosion|exploded|blast|detonated|detonation', action: 'explode' },
  { phrase: 'kill|killed|killing|killings|dead|death|deaths|died|die', action: 'kill' },
  { phrase: 'injure|injured|injuries|wounded|wound', action: 'injure' },
  { phrase: 'casualties', action: 'kill' },
  { phrase: 'shoot|shot|shooting|shootings|gunfire', action: 'shoot' },
  { phrase: 'arrest|arrested|detain|detained|detention', action: 'arrest' },
  { phrase: 'seize|seized|seizure|captured|capture', action: 'seize' },
  { phrase: 'steal|stole|stolen|theft|robbery|robbed|heist', action: 'steal' },
  { phrase: 'leak|leaked|leaks', action: 'leak' },
  { phrase: 'spy|spied|spying|espionage', action: 'spy' },
  { phrase: 'sanction|sanctions|sanctioned|embargo', action: 'sanction' },
  { phrase: 'flood|floods|flooding|flooded', action: 'flood' },
  { phrase: 'earthquake|quake|tremor', action: 'earthquake' },
  { phrase: 'fire|wildfire|blaze', action: 'fire' },
  { phrase: 'storm|hurricane|typhoon|cyclone|tornado', action: 'storm' },
  { phrase: 'crash|crashed|collision|derailment|derailed', action: 'crash' },
  { phrase: 'outage|outages|blackout|disruption|shutdown', action: 'disrupt' },
  { phrase: 'election|elections|vote|voted|voting|ballot|referendum|poll', action: 'elect' },
  { phrase: 'elected|won|win|wins|victory|re-elected', action: 'win' },
  { phrase: 'interfere|interfered|interference|meddle|meddling|intervene', action: 'interfere' },
  { phrase: 'fraud|rigged|rigging', action: 'fraud' },
  { phrase: 'protest|protests|demonstration|demonstrations|rally', action: 'protest' },
  { phrase: 'threaten|threatened|threat|threats', action: 'threaten' },
  { phrase: 'respond|responded|response|retaliate|retaliated|retaliation', action: 'respond' },
  { phrase: 'sabotage|sabotaged', action: 'sabotage' },
  { phrase: 'war|wars|conflict|fighting|clashes|clash', action: 'war' },
  { phrase: 'deploy|deployed|deployment', action: 'deploy' }
]

/**
 * Verbs that assert an event took place ("conducted", "carried out", "launched", "waged").
 *
 * @example
 * import { OCCURRENCE_CUES } from 'gainsay'
 * OCCURRENCE_CUES.includes('carried out') // true
 *
 * @since 0.1.0
 */
export const OCCURRENCE_CUES: ReadonlyArray<string> = [
  'conduct|conducted', 'carry|carried out', 'launch|launched', 'wage|waged|waging', 'mount|mounted', 'stage|staged',
  'took place', 'take place', 'happened', 'happen', 'occurred', 'occur', 'started', 'began', 'hit', 'struck', 'faced',
  'there was|were', 'there has|have been', 'came', 'perpetrated', 'unleashed', 'targeted', 'wiped out', 'shot down'
]

/**
 * Responsibility cues: who did it ("originated from", "was behind", "sponsored by",
 * "responsible for", "blamed on", "claimed responsibility").
 *
 * @example
 * import { RESPONSIBILITY_CUES } from 'gainsay'
 * RESPONSIBILITY_CUES.includes('originated from') // true
 *
 * @since 0.1.0
 */
export const RESPONSIBILITY_CUES: ReadonlyArray<string> = [
  'originated|originate|originating from', 'origin', 'source of', 'behind', 'sponsored|backed by', 'state-sponsored',
  'responsible for', 'claim|claimed|claims|took|take|takes|accepted|accept|bear|bears responsibility', 'denied responsibility', 'blame|blamed|blames on|for', 'attributed|attribute to', 'was|were carried out by',
  'perpetrated by', 'orchestrated', 'linked to', 'tied to', 'culprit', 'which country', 'who was behind', 'accused', 'conducted by',
  'launched by', 'the work of'
]

/**
 * Closed compounds split for keyword matching, so "cyberattack", "cyber-attack" and "cyber
 * attack" share keywords.
 *
 * @example
 * import { COMPOUND_PREFIXES } from 'gainsay'
 * COMPOUND_PREFIXES.includes('cyber') // true
 *
 * @since 0.1.0
 */
export const COMPOUND_PREFIXES: ReadonlyArray<string> = ['cyber', 'air', 'counter', 'anti', 'e', 'mega', 'micro', 'over', 'under']
