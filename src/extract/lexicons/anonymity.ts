/**
 * Cues that a source is not named: modifiers ("unnamed", "senior"), phrases around the
 * mention ("spoke on condition of anonymity", "who asked not to be named") and the nouns
 * that head anonymous or collective mentions ("officials", "a source", "people familiar").
 *
 * Origin: hand-compiled for gainsay from the AP Stylebook's "anonymous sources" entry, the
 * Reuters Handbook of Journalism's section on sourcing, and the unnamed-source phrasings
 * counted in Duffy & Freeman-style content analyses of wire copy; lower case.
 *
 * @since 0.1.0
 */

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Modifiers inside a mention that make it anonymous by themselves ("an unnamed official").
 *
 * @example
 * import { ANONYMITY_MODIFIERS } from 'gainsay'
 * ANONYMITY_MODIFIERS.has('unnamed') // true
 *
 * @since 0.1.0
 */
export const ANONYMITY_MODIFIERS: ReadonlySet<string> = new Set([
  'unnamed', 'anonymous', 'unidentified', 'undisclosed', 'unspecified', 'informed', 'knowledgeable'
])

/**
 * Phrases near a mention that mark it (or the group it names) as anonymous.
 *
 * @example
 * import { ANONYMITY_PHRASES } from 'gainsay'
 * ANONYMITY_PHRASES.includes('spoke anonymously') // true
 *
 * @since 0.1.0
 */
export const ANONYMITY_PHRASES: ReadonlyArray<string> = [
  'spoke anonymously',
  'speaking anonymously',
  'spoke on condition of anonymity',
  'spoke on the condition of anonymity',
  'speaking on condition of anonymity',
  'speaking on the condition of anonymity',
  'on condition of anonymity',
  'on the condition of anonymity',
  'who asked not to be named',
  'who asked not to be identified',
  'who declined to be named',
  'who declined to be identified',
  'who requested anonymity',
  'who did not want to be named',
  'asked not to be named',
  'asked not to be identified',
  'declined to be named',
  'requested anonymity',
  'were not authorized to',
  'was not authorized to',
  'were not authorised to',
  'was not authorised to',
  'not authorized to speak',
  'not authorised to speak',
  'speaking on background',
  'spoke on background',
  'familiar with the matter',
  'familiar with the situation',
  'familiar with the plans',
  'with knowledge of',
  'close to'
]

/**
 * Nouns that head a mention of a person or group who may go unnamed ("officials said",
 * "a source told", "a spokesperson who asked not to be named"). Without a proper name,
 * such a mention is an anonymous source unless it resolves to a named speaker.
 *
 * @example
 * import { SOURCE_NOUNS } from 'gainsay'
 * SOURCE_NOUNS.has('officials') // true
 *
 * @since 0.1.0
 */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'source', 'sources', 'insider', 'insiders', 'diplomat', 'diplomats',
  'aide', 'aides', 'person', 'people', 'spokesperson', 'spokespeople', 'spokesman', 'spokesmen',
  'spokeswoman', 'spokeswomen', 'adviser', 'advisers', 'advisor', 'advisors', 'officer', 'officers',
  'employee', 'employees', 'staffer', 'staffers', 'executive', 'executives', 'member', 'members',
  'lawmaker', 'lawmakers', 'investigator', 'investigators', 'witness', 'witnesses', 'resident',
  'residents', 'authorities', 'administration', 'analyst', 'analysts', 'expert', 'experts',
  'worker', 'workers', 'organizer', 'organizers', 'organiser', 'organisers', 'negotiator',
  'negotiators', 'commander', 'commanders', 'minister', 'ministers', 'local', 'locals', 'villager',
  'villagers', 'eyewitness', 'eyewitnesses', 'neighbour', 'neighbours', 'neighbor', 'neighbors',
  'onlooker', 'onlookers', 'bystander', 'bystanders', 'survivor', 'survivors', 'relative',
  'relatives', 'staff', 'medic', 'medics'
])

/**
 * Plural or collective nouns: a mention headed by one names a group ("they" resolves to it).
 *
 * @example
 * import { GROUP_NOUNS } from 'gainsay'
 * GROUP_NOUNS.has('authorities') // true
 *
 * @since 0.1.0
 */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'officials', 'sources', 'insiders', 'diplomats', 'aides', 'people', 'spokespeople', 'spokesmen',
  'spokeswomen', 'advisers', 'advisors', 'officers', 'employees', 'staffers', 'executives', 'members',
  'lawmakers', 'investigators', 'witnesses', 'residents', 'authorities', 'analysts', 'experts',
  'workers', 'organizers', 'organisers', 'negotiators', 'commanders', 'ministers', 'companies',
  'firms', 'groups', 'reports', 'media', 'protesters', 'critics', 'activists', 'unions',
  'leaders', 'scientists', 'researchers', 'doctors', 'teachers', 'tellers',
  'militants', 'rebels', 'troops', 'soldiers', 'voters', 'users', 'governments', 'agencies',
  'locals', 'villagers', 'eyewitnesses', 'neighbours', 'neighbors', 'onlookers', 'bystanders',
  'survivors', 'relatives', 'staff', 'medics'
])

/**
 * Determiners and quantifiers that open an indefinite or counted mention ("two officials",
 * "several sources", "a person").
 *
 * @example
 * import { INDEFINITE_DETERMINERS } from 'gainsay'
 * INDEFINITE_DETERMINERS.has('two') // true
 *
 * @since 0.1.0
 */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several',
  'some', 'many', 'few', 'multiple', 'various', 'numerous', 'other', 'another', 'senior', 'top'
])
