/**
 * Word classes for matching one event across articles when dating them: action synonyms and
 * object synonyms that news writers alternate between ("shot down" / "downing" / "shootdown",
 * "drone" / "UAV" / "unmanned aerial vehicle", "sank" / "capsized").
 *
 * Origin: written by hand from common English news usage (AP-style synonyms for the same
 * act); general vocabulary, nothing here names a story, an outlet or a person.
 *
 * @since 0.1.0
 */

/**
 * One canonical word and the phrases (lower case, space separated) that stand for it. The
 * first word of `canonical` is what matching compares.
 *
 * @example
 * import type { DatingSynonym } from 'gainsay'
 * const s: DatingSynonym = { canonical: 'sink', phrases: ['sank', 'sunk'], action: true }
 *
 * @since 0.1.0
 */
export interface DatingSynonym {
  readonly canonical: string
  readonly phrases: ReadonlyArray<string>
  /** True for acts (an event's action), false for objects. Anchoring needs a shared act. */
  readonly action: boolean
}

/**
 * Synonym groups used to normalise event mentions before comparing them.
 *
 * @example
 * import { DATING_SYNONYMS } from 'gainsay'
 * DATING_SYNONYMS.some((s) => s.phrases.includes('capsized')) // true
 *
 * @since 0.1.0
 */
export const DATING_SYNONYMS: ReadonlyArray<DatingSynonym> = [
  { canonical: 'shootdown', phrases: ['shot down', 'shoot down', 'shoots down', 'shooting down', 'shootdown', 'downing', 'downed', 'brought down', 'bring down'], action: true },
  { canonical: 'attack', phrases: ['attack', 'attacks', 'attacked', 'attacking', 'cyberattack', 'cyberattacks', 'cyber-attack', 'cyber-attacks', 'assault', 'assaults', 'raid', 'raids', 'raided'], action: true },
  { canonical: 'strike', phrases: ['strike', 'strikes', 'struck', 'airstrike', 'airstrikes'], action: true },
  { canonical: 'bomb', phrases: ['bomb', 'bombs', 'bombing', 'bombings', 'bombed', 'blast', 'blasts', 'explosion', 'explosions', 'exploded'], action: true },
  { canonical: 'sink', phrases: ['sank', 'sunk', 'sink', 'sinks', 'sinking', 'capsized', 'capsize', 'capsizes', 'capsizing'], action: true },
  { canonical: 'flood', phrases: ['flood', 'floods', 'flooded', 'flooding', 'inundated', 'deluge'], action: true },
  { canonical: 'crash', phrases: ['crash', 'crashed', 'crashes', 'crashing', 'collided', 'collision'], action: true },
  { canonical: 'quake', phrases: ['earthquake', 'earthquakes', 'quake', 'quakes', 'tremor', 'tremors'], action: true },
  { canonical: 'fire', phrases: ['fire', 'fires', 'blaze', 'blazes', 'wildfire', 'wildfires'], action: true },
  { canonical: 'rule', phrases: ['ruled', 'ruling', 'rulings', 'verdict', 'verdicts', 'judgment', 'judgement', 'upheld', 'overturned', 'struck down'], action: true },
  { canonical: 'kill', phrases: ['killed', 'killing', 'killings', 'kill', 'kills', 'slain', 'murdered'], action: true },
  { canonical: 'arrest', phrases: ['arrest', 'arrests', 'arrested', 'detained', 'detention'], action: true },
  { canonical: 'hack', phrases: ['hack', 'hacked', 'hacking', 'breach', 'breached'], action: true },
  { canonical: 'launch', phrases: ['launch', 'launched', 'launches', 'fired', 'test-fired'], action: true },
  { canonical: 'elect', phrases: ['election', 'elections', 'elected', 'vote', 'voted', 'voting', 'poll', 'polls', 'referendum'], action: true },
  { canonical: 'resign', phrases: ['resigned', 'resignation', 'stepped down', 'quit'], action: true },
  { canonical: 'drone', phrases: ['drone', 'drones', 'uav', 'uavs', 'unmanned aerial vehicle', 'unmanned aerial vehicles', 'unmanned aircraft'], action: false },
  { canonical: 'ship', phrases: ['ferry', 'ferries', 'vessel', 'vessels', 'boat', 'boats', 'ship', 'ships', 'tanker', 'tankers'], action: false },
  { canonical: 'court', phrases: ['court', 'courts', 'tribunal', 'judge', 'judges', 'justices'], action: false },
  { canonical: 'plane', phrases: ['plane', 'planes', 'aircraft', 'airliner', 'jet', 'jets'], action: false }
]
