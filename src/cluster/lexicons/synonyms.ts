/**
 * Synonym groups for news statements, as plain data.
 *
 * Origin: written for gainsay from WordNet-style synsets of verbs and adjectives that wire
 * copy and translations swap freely ("repelled" / "thwarted" / "foiled", "huge" /
 * "massive"). Kept deliberately small and conservative: a group merges words that a
 * translator would use for one another in the same sentence, never words that change the
 * claim (no "attack" / "defend", no "some" / "all"). The first word of a group is its
 * canonical form; words are matched after stemming.
 *
 * @since 0.1.0
 */
export const SYNONYM_GROUPS: ReadonlyArray<ReadonlyArray<string>> = [
  ['repel', 'thwart', 'foil', 'repulse', 'rebuff', 'fend', 'neutralize', 'counter', 'avert'],
  ['attack', 'strike', 'assault', 'raid', 'offensive'],
  ['huge', 'massive', 'large', 'big', 'enormous', 'vast', 'immense'],
  ['small', 'little', 'tiny'],
  ['buy', 'purchase', 'acquire'],
  ['begin', 'start', 'commence', 'initiate'],
  ['end', 'finish', 'conclude', 'terminate'],
  ['help', 'aid', 'assist'],
  ['show', 'demonstrate', 'indicate'],
  ['try', 'attempt', 'endeavor', 'strive'],
  ['fail', 'unsuccessful'],
  ['succeed', 'successful', 'success'],
  ['recent', 'recently'],
  ['threat', 'menace'],
  ['reply', 'respond', 'answer'],
  ['country', 'nation'],
  ['enhance', 'improve', 'boost', 'strengthen'],
  ['quickly', 'rapidly', 'swiftly'],
  ['kill', 'slay'],
  ['injure', 'wound', 'hurt'],
  ['reject', 'deny', 'dismiss', 'refute'],
  ['warn', 'caution'],
  ['probe', 'investigation', 'inquiry', 'investigate'],
  ['official', 'officer'],
  ['firm', 'company', 'corporation'],
  ['car', 'automobile', 'vehicle'],
  ['rise', 'increase', 'climb', 'gain'],
  ['fall', 'decrease', 'decline', 'drop'],
  ['percent', 'pct'],
  ['shares', 'stock', 'stocks'],
  ['face', 'confront', 'encounter'],
  ['identify', 'detect', 'discover', 'spot']
]
