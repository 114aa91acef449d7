/**
 * Honorifics, military and police ranks, office and role nouns, and the words that close an
 * institution's name. A speaker mention such as "Head of the Port Authority Rear Admiral Ana
 * Costa" is split with these into a role ("Head of the Port Authority"), a rank ("Rear
 * Admiral") and a name ("Ana Costa").
 *
 * Origin: hand-compiled for gainsay from the AP Stylebook's "titles" and "military titles"
 * entries (US and NATO rank tables, with the abbreviations AP uses before names), Wikipedia's
 * "List of honorifics", and the heads of government-body names in the CIA World Factbook's
 * "Chiefs of State and Cabinet Members" listings; lower case, multi-word entries written
 * with single spaces.
 *
 * @since 0.1.0
 */

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Honorifics and courtesy titles that stand before a name.
 *
 * @example
 * import { HONORIFICS } from 'gainsay'
 * HONORIFICS.has('dr') // true
 *
 * @since 0.1.0
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev',
  'reverend', 'father', 'sister', 'brother', 'rabbi', 'imam', 'sheikh', 'sheik', 'ayatollah',
  'grand ayatollah', 'hojatoleslam', 'hujjat al-islam', 'mullah', 'cardinal', 'bishop', 'archbishop',
  'pope', 'king', 'queen', 'prince', 'princess', 'emir', 'sultan', 'crown prince', 'hon',
  'honorable', 'honourable', 'excellency', 'his excellency', 'her excellency', 'madam', 'monsieur',
  'herr', 'frau', 'senor', 'señor', 'senora', 'señora', 'haji', 'hajj', 'sayyed', 'seyed', 'seyyed'
])

/**
 * Military and police ranks (full forms and AP abbreviations without the period), longest
 * first within each family so that "brigadier general" wins over "general".
 *
 * @example
 * import { RANKS } from 'gainsay'
 * RANKS.has('brigadier general') // true
 *
 * @since 0.1.0
 */
export const RANKS: ReadonlySet<string> = new Set([
  'general', 'gen', 'brigadier general', 'brig gen', 'brigadier', 'brig', 'major general', 'maj gen',
  'lieutenant general', 'lt gen', 'second brigadier general', 'army general', 'field marshal',
  'marshal', 'air marshal', 'air chief marshal', 'admiral', 'adm', 'rear admiral', 'rear adm',
  'vice admiral', 'vice adm', 'fleet admiral', 'commodore', 'colonel', 'col', 'lieutenant colonel',
  'lt col', 'major', 'maj', 'captain', 'capt', 'lieutenant', 'lt', 'first lieutenant',
  'second lieutenant', 'sergeant', 'sgt', 'staff sergeant', 'staff sgt', 'master sergeant',
  'sergeant major', 'sgt maj', 'corporal', 'cpl', 'lance corporal', 'private', 'pvt', 'specialist',
  'spc', 'ensign', 'commander', 'cmdr', 'cdr', 'lieutenant commander', 'lt cmdr', 'chief petty officer',
  'petty officer', 'warrant officer', 'superintendent', 'chief superintendent', 'inspector',
  'chief inspector', 'detective', 'det', 'constable', 'chief constable', 'commissioner', 'sheriff',
  'deputy sheriff', 'trooper'
])

/**
 * Nouns naming an office or role ("minister", "head", "spokeswoman"). A mention containing
 * one of these, and no name, is a description ("the minister") rather than a name.
 *
 * @example
 * import { ROLE_NOUNS } from 'gainsay'
 * ROLE_NOUNS.has('minister') // true
 *
 * @since 0.1.0
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'president-elect', 'premier', 'prime minister', 'minister', 'ministers',
  'secretary', 'secretary-general', 'undersecretary', 'spokesman', 'spokeswoman', 'spokesperson',
  'spokespeople', 'head', 'chief', 'director', 'director-general', 'chairman', 'chairwoman', 'chair',
  'chairperson', 'commander', 'commander-in-chief', 'governor', 'mayor', 'senator', 'representative',
  'congressman', 'congresswoman', 'lawmaker', 'legislator', 'mp', 'ambassador', 'envoy', 'consul',
  'official', 'officials', 'officer', 'adviser', 'advisor', 'deputy', 'judge', 'justice', 'prosecutor',
  'attorney', 'attorney general', 'ceo', 'cfo', 'coo', 'executive', 'founder', 'co-founder', 'analyst',
  'expert', 'researcher', 'economist', 'strategist', 'manager', 'leader', 'chancellor', 'speaker',
  'treasurer', 'coordinator', 'councillor', 'councilor', 'diplomat', 'negotiator', 'general secretary',
  'king', 'queen', 'emir', 'sultan', 'chief executive', 'chief of staff', 'president and ceo',
  'superintendent', 'inspector', 'commissioner', 'administrator', 'owner', 'partner',
  'professor', 'scientist', 'dean', 'rector', 'principal', 'editor', 'reporter', 'correspondent',
  'columnist', 'lawyer', 'counsel', 'auditor', 'governor-general', 'mufti', 'cleric', 'bishop',
  'pastor', 'imam', 'rabbi', 'coach', 'captain', 'representative', 'delegate', 'aide', 'staffer'
])

/**
 * Modifiers that belong to a role rather than to a name ("deputy", "acting", "former").
 *
 * @example
 * import { ROLE_MODIFIERS } from 'gainsay'
 * ROLE_MODIFIERS.has('acting') // true
 *
 * @since 0.1.0
 */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'deputy', 'acting', 'former', 'then', 'senior', 'vice', 'interim', 'top', 'chief', 'assistant',
  'associate', 'executive', 'general', 'junior', 'lead', 'principal', 'foreign', 'defense', 'defence',
  'naval', 'military', 'army', 'police', 'state', 'federal', 'regional', 'local', 'national',
  'provincial', 'municipal', 'civil', 'unnamed', 'anonymous', 'retired', 'incoming', 'outgoing',
  'newly', 'appointed', 'elected', 'longtime', 'veteran', 'prominent', 'leading', 'high-ranking',
  'high', 'ranking', 'government', 'telecommunications', 'communications', 'finance', 'health',
  'interior', 'justice', 'economy', 'trade', 'energy', 'oil', 'intelligence', 'security', 'cyber',
  'cybersecurity', 'bank', 'union', 'company', 'party', 'opposition', 'ruling', 'presidential',
  'white', 'house', 'press', 'education', 'transport', 'labor', 'labour', 'agriculture', 'industry'
])

/**
 * Words that end (or are part of) an institution's name ("Civil Defense Organization",
 * "Ministry of Health"); a name never starts with one, so a mention's person name begins
 * after the last of them.
 *
 * @example
 * import { INSTITUTION_WORDS } from 'gainsay'
 * INSTITUTION_WORDS.has('organization') // true
 *
 * @since 0.1.0
 */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'organization', 'organisation', 'ministry', 'department', 'agency', 'office', 'council', 'committee',
  'commission', 'command', 'corps', 'force', 'forces', 'army', 'navy', 'guard', 'guards', 'bank',
  'company', 'corporation', 'corp', 'inc', 'ltd', 'institute', 'university', 'authority',
  'administration', 'service', 'services', 'bureau', 'board', 'court', 'parliament', 'assembly',
  'union', 'party', 'federation', 'association', 'foundation', 'fund', 'center', 'centre', 'group',
  'unit', 'directorate', 'secretariat', 'cabinet', 'government', 'police', 'technology',
  'technologies', 'affairs', 'defense', 'defence', 'security', 'intelligence', 'communications',
  'communication', 'information', 'health', 'energy', 'finance', 'economy', 'justice', 'interior',
  'trade', 'industry', 'industries', 'commerce', 'education', 'culture', 'transport', 'labor',
  'labour', 'agriculture', 'environment', 'development', 'republic', 'kingdom', 'state', 'states',
  'nations', 'congress', 'senate', 'house', 'staff', 'headquarters', 'ministries', 'organizations',
  'system', 'systems', 'network', 'port', 'airport', 'railway', 'railways', 'exchange', 'market',
  'markets', 'club', 'team', 'league', 'church', 'mosque', 'school', 'college', 'hospital', 'clinic',
  'laboratory', 'lab', 'project', 'program', 'programme', 'initiative', 'coalition', 'alliance',
  'movement', 'front', 'brigade', 'brigades', 'division', 'regiment', 'battalion', 'fleet', 'base',
  'province', 'city', 'county', 'district', 'region', 'municipality', 'embassy', 'consulate',
  'mission', 'delegation', 'treasury', 'reserve', 'customs', 'revenue', 'tax', 'statistics', 'census',
  'regulator', 'watchdog', 'utility', 'operator', 'broadcaster', 'firm', 'lender', 'insurer', 'manufacturer'
])

/**
 * Words that head the name of a news outlet ("Tasnim news agency", "The Daily Star"): a
 * speaker mention containing one is an outlet, and a phrase such as "X reported" names a
 * link in the chain of intermediaries.
 *
 * @example
 * import { OUTLET_HEAD_WORDS } from 'gainsay'
 * OUTLET_HEAD_WORDS.has('times') // true
 *
 * @since 0.1.0
 */
export const OUTLET_HEAD_WORDS: ReadonlySet<string> = new Set([
  'news', 'times', 'post', 'press', 'tv', 'television', 'radio', 'journal', 'herald',
  'tribune', 'gazette', 'telegraph', 'guardian', 'broadcasting', 'broadcaster', 'channel', 'daily',
  'magazine', 'newspaper', 'wire', 'observer', 'chronicle', 'express', 'mail', 'independent',
  'economist', 'reuters', 'bloomberg', 'xinhua', 'network', 'media', 'outlet', 'bulletin', 'insider',
  'politico', 'axios', 'afp', 'ap', 'upi', 'bbc', 'cnn', 'nbc', 'abc', 'cbs', 'fox', 'msnbc', 'npr',
  'pbs', 'dpa', 'ansa', 'efe', 'kyodo', 'yonhap', 'interfax', 'tass', 'irna', 'isna', 'irib'
])

/**
 * Singular common nouns that name organisations, states or documents rather than people:
 * "he"/"she" never resolve to a mention headed by one.
 *
 * @example
 * import { NON_PERSON_HEADS } from 'gainsay'
 * NON_PERSON_HEADS.has('ministry') // true
 *
 * @since 0.1.0
 */
export const NON_PERSON_HEADS: ReadonlySet<string> = new Set([
  ...INSTITUTION_WORDS,
  ...OUTLET_HEAD_WORDS,
  'statement', 'report', 'reports', 'study', 'survey', 'document', 'letter', 'tweet', 'post', 'website',
  'country', 'nation', 'city', 'capital', 'regime', 'firm', 'companies', 'firms', 'media', 'white house',
  'kremlin', 'pentagon', 'state department'
])
