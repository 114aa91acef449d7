/**
 * Event concepts: word groups that name the same kind of event or the same kind of object
 * across wordings ("drone", "UAV", "unmanned aerial vehicle"), used to block candidate pairs
 * and to decide whether two claims can be about one event.
 *
 * Origin: hand-compiled for gainsay after the event types of the ACE 2005 annotation
 * guidelines (Conflict.Attack, Life.Die, Justice.Arrest, Movement.Transport) and the object
 * vocabulary of conflict reporting. Entries are lower-case surface words; phrases are matched
 * as whole-word sequences after hyphens are turned into spaces.
 *
 * @since 0.1.0
 */

/** A concept: an id and the words that evoke it. `head` concepts name an event, others an object. */
export interface ConceptEntry {
  readonly id: string
  readonly head: boolean
  readonly words: ReadonlyArray<string>
}

/** The concept table. */
export const EVENT_CONCEPTS: ReadonlyArray<ConceptEntry> = [
  {
    id: 'attack',
    head: true,
    words: [
      'attack', 'attacks', 'attacked', 'attacking', 'cyberattack', 'cyberattacks', 'strike', 'strikes', 'struck',
      'airstrike', 'airstrikes', 'air strike', 'air strikes', 'assault', 'assaults', 'raid', 'raids', 'hack', 'hacks',
      'hacked', 'hacking', 'bombing', 'bombings', 'bombed', 'bombardment', 'shelling', 'shelled', 'offensive',
      'ddos', 'intrusion', 'intrusions', 'sabotage', 'ambush', 'ambushed', 'cyber operation', 'cyber operations',
      'online attacks', 'incursion', 'incursions'
    ]
  },
  {
    id: 'shootdown',
    head: true,
    words: ['shot down', 'shoot down', 'shoots down', 'shooting down', 'shootdown', 'downing', 'downed', 'brought down']
  },
  {
    id: 'seizure',
    head: true,
    words: [
      'seize', 'seized', 'seizes', 'seizing', 'seizure', 'captured', 'capture', 'impounded', 'impound', 'boarded',
      'hijacked', 'hijacking', 'commandeered', 'detained the', 'confiscated'
    ]
  },
  { id: 'ceasefire', head: true, words: ['ceasefire', 'cease fire', 'truce', 'armistice', 'cessation of hostilities'] },
  {
    id: 'casualty',
    head: true,
    words: [
      'killed', 'kill', 'kills', 'killing', 'dead', 'death', 'deaths', 'died', 'die', 'casualty', 'casualties',
      'wounded', 'injured', 'injuries', 'fatalities', 'death toll', 'toll', 'bodies'
    ]
  },
  { id: 'explosion', head: true, words: ['explosion', 'explosions', 'blast', 'blasts', 'exploded', 'detonated', 'detonation'] },
  { id: 'protest', head: true, words: ['protest', 'protests', 'protesters', 'demonstration', 'demonstrations', 'rally', 'rallies'] },
  { id: 'arrest', head: true, words: ['arrest', 'arrested', 'arrests', 'detained', 'detention', 'custody'] },
  { id: 'election', head: true, words: ['election', 'elections', 'vote', 'ballot', 'polls', 'referendum'] },
  { id: 'launch', head: true, words: ['missile test', 'test launch', 'test-fired', 'test fired', 'satellite launch'] },
  {
    id: 'aircraft',
    head: false,
    words: [
      'drone', 'drones', 'uav', 'uavs', 'unmanned aerial vehicle', 'unmanned aerial vehicles', 'unmanned aircraft',
      'aircraft', 'plane', 'planes', 'jet', 'jets', 'airliner', 'helicopter', 'helicopters', 'fighter jet'
    ]
  },
  {
    id: 'vessel',
    head: false,
    words: [
      'ship', 'ships', 'tanker', 'tankers', 'vessel', 'vessels', 'boat', 'boats', 'freighter', 'ferry', 'warship',
      'warships', 'frigate', 'destroyer', 'cargo ship', 'trawler', 'yacht'
    ]
  },
  { id: 'hospital', head: false, words: ['hospital', 'hospitals', 'clinic', 'medical centre', 'medical center'] }
]

/** Words that put an attack in cyberspace. */
export const CYBER_WORDS: ReadonlyArray<string> = [
  'cyber', 'cyberattack', 'cyberattacks', 'ddos', 'hack', 'hacked', 'hacking', 'hackers', 'malware', 'online',
  'computer', 'computers', 'network', 'firewall', 'internet', 'ransomware', 'phishing', 'database', 'servers',
  'digital', 'virus', 'worm', 'cyberspace', 'e-government', 'apt'
]

/** Words that put an attack in physical space, read next to the attack word. */
export const KINETIC_WORDS: ReadonlyArray<string> = [
  'missile', 'missiles', 'rocket', 'rockets', 'air', 'airstrike', 'airstrikes', 'bomb', 'bombs', 'bombing',
  'artillery', 'shelling', 'military', 'conventional', 'ground', 'naval', 'suicide', 'car', 'drone'
]

/**
 * Words too common in conflict reporting to tie two claims to one event on their own
 * (compared as Porter stems of these words).
 */
export const GENERIC_EVENT_WORDS: ReadonlyArray<string> = [
  'said', 'say', 'says', 'tell', 'told', 'claim', 'claims', 'claimed', 'report', 'reports', 'reported', 'state', 'statement',
  'official', 'officials', 'government', 'country', 'countries', 'nation', 'national', 'year', 'years', 'month', 'months',
  'week', 'weeks', 'day', 'days', 'time', 'recent', 'recently', 'new', 'major', 'big', 'large', 'huge', 'secret', 'also',
  'even', 'still', 'last', 'first', 'according', 'including', 'many', 'several', 'part', 'way', 'made', 'make', 'use',
  'used', 'take', 'took', 'given', 'area', 'areas', 'field', 'case', 'issue', 'side', 'force', 'forces', 'military',
  'security', 'defense', 'defence', 'cyber', 'operation', 'operations', 'system', 'systems', 'attacker', 'attackers',
  'enemy', 'enemies', 'people', 'group', 'there', 'which', 'would', 'could', 'against', 'after', 'before', 'very',
  'highly', 'carried', 'conducted', 'launched', 'waged', 'waging', 'responded', 'response', 'successful', 'successfully',
  'failed', 'foiled', 'repelled', 'thwarted', 'hard', 'tries', 'tried', 'attempt', 'attempts', 'lie', 'sign', 'evidence',
  'true', 'untrue', 'false', 'president', 'minister', 'ministry', 'head', 'chief', 'spokesman', 'spokeswoman', 'agency'
]
