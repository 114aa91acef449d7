/**
 * Spelling and translation variants, as plain data.
 *
 * Origin: written for gainsay from the usual British/American spelling pairs (Oxford vs
 * Merriam-Webster house styles) and from variants common in translated wire copy
 * ("electronic government" / "e-government"). Each entry maps a variant, written as
 * lower-case words separated by single spaces, to one canonical token. Hyphenated words are
 * joined before lookup ("e-government" becomes "egovernment"), so only the spaced or
 * spelled-out forms need an entry here.
 *
 * @since 0.1.0
 */

/** Multi-word variants that stand for one canonical token (longest match wins). @since 0.1.0 */
export const PHRASE_VARIANTS: ReadonlyArray<readonly [string, string]> = [
  ['electronic government', 'egovernment'],
  ['electronic governance', 'egovernment'],
  ['electronic mail', 'email'],
  ['electronic commerce', 'ecommerce'],
  ['electronic banking', 'ebanking'],
  ['electronic learning', 'elearning'],
  ['web site', 'website'],
  ['web sites', 'websites'],
  ['on line', 'online'],
  ['cyber space', 'cyberspace'],
  ['united states of america', 'unitedstates'],
  ['united states', 'unitedstates'],
  ['united kingdom', 'unitedkingdom'],
  ['great britain', 'unitedkingdom'],
  ['united nations', 'unitednations'],
  ['european union', 'europeanunion'],
  ['per cent', 'percent'],
  ['more than', 'over'],
  ['in order to', 'to'],
  ['a lot of', 'many'],
  ['lots of', 'many'],
  ['as well as', 'and']
]

/** Upper-case or dotted acronyms and their canonical token ("U.S.", "US" -> unitedstates). @since 0.1.0 */
export const ACRONYMS: ReadonlyArray<readonly [string, string]> = [
  ['us', 'unitedstates'],
  ['usa', 'unitedstates'],
  ['uk', 'unitedkingdom'],
  ['un', 'unitednations'],
  ['eu', 'europeanunion']
]

/** Single-word spelling variants -> canonical (American) spelling. @since 0.1.0 */
export const SPELLING_VARIANTS: ReadonlyArray<readonly [string, string]> = [
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['licence', 'license'],
  ['pretence', 'pretense'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['centre', 'center'],
  ['centres', 'centers'],
  ['theatre', 'theater'],
  ['metre', 'meter'],
  ['metres', 'meters'],
  ['kilometre', 'kilometer'],
  ['kilometres', 'kilometers'],
  ['litre', 'liter'],
  ['fibre', 'fiber'],
  ['calibre', 'caliber'],
  ['colour', 'color'],
  ['honour', 'honor'],
  ['labour', 'labor'],
  ['favour', 'favor'],
  ['favourable', 'favorable'],
  ['neighbour', 'neighbor'],
  ['neighbouring', 'neighboring'],
  ['behaviour', 'behavior'],
  ['harbour', 'harbor'],
  ['rumour', 'rumor'],
  ['armour', 'armor'],
  ['armoured', 'armored'],
  ['endeavour', 'endeavor'],
  ['humour', 'humor'],
  ['vapour', 'vapor'],
  ['vigour', 'vigor'],
  ['rigour', 'rigor'],
  ['travelled', 'traveled'],
  ['travelling', 'traveling'],
  ['cancelled', 'canceled'],
  ['cancelling', 'canceling'],
  ['labelled', 'labeled'],
  ['modelling', 'modeling'],
  ['signalled', 'signaled'],
  ['fuelled', 'fueled'],
  ['counselling', 'counseling'],
  ['jewellery', 'jewelry'],
  ['grey', 'gray'],
  ['tyre', 'tire'],
  ['cheque', 'check'],
  ['plough', 'plow'],
  ['sceptical', 'skeptical'],
  ['analogue', 'analog'],
  ['catalogue', 'catalog'],
  ['dialogue', 'dialog'],
  ['ageing', 'aging'],
  ['judgement', 'judgment'],
  ['manoeuvre', 'maneuver'],
  ['paediatric', 'pediatric'],
  ['aluminium', 'aluminum'],
  ['whilst', 'while'],
  ['amongst', 'among'],
  ['towards', 'toward'],
  ['afterwards', 'afterward']
]

/** Number words -> digits, so "three" and "3" compare equal. @since 0.1.0 */
export const NUMBER_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['hundred', 100],
  ['dozen', 12]
]

/** Scale words that multiply the number before them ("33 million"). @since 0.1.0 */
export const NUMBER_SCALES: ReadonlyArray<readonly [string, number]> = [
  ['thousand', 1e3],
  ['million', 1e6],
  ['mln', 1e6],
  ['billion', 1e9],
  ['bln', 1e9],
  ['trillion', 1e12]
]
