/**
 * Place vocabulary for location claims.
 *
 * Origin: hand list following the legal categories of UNCLOS (territorial sea, contiguous
 * zone, exclusive economic zone, high seas) and of the Chicago Convention (national vs
 * international airspace), plus English geographic feature words.
 */

/**
 * Phrases naming space outside any state's territory.
 *
 * @example
 * import { INTERNATIONAL_SPACE } from 'gainsay'
 * INTERNATIONAL_SPACE.includes('international airspace') // true
 *
 * @since 0.1.0
 */
export const INTERNATIONAL_SPACE: ReadonlyArray<string> = [
  'international airspace', 'international waters', 'international water', 'high seas', 'open sea', 'open seas', 'neutral waters',
  'international shipping lanes', 'outer space'
]

/**
 * Nouns naming a state's own territory when owned ("Iranian waters", "the airspace of Peru").
 *
 * @example
 * import { TERRITORY_NOUNS } from 'gainsay'
 * TERRITORY_NOUNS.includes('airspace') // true
 *
 * @since 0.1.0
 */
export const TERRITORY_NOUNS: ReadonlyArray<string> = [
  'waters', 'territorial waters', 'airspace', 'territory', 'territories', 'soil', 'land', 'country', 'coast', 'coastline', 'shores', 'border', 'borders', 'mainland', 'skies'
]

/**
 * Words for a border zone.
 *
 * @example
 * import { BORDER_NOUNS } from 'gainsay'
 * BORDER_NOUNS.includes('frontier') // true
 *
 * @since 0.1.0
 */
export const BORDER_NOUNS: ReadonlyArray<string> = ['border', 'borders', 'frontier', 'boundary', 'border area', 'border region', 'buffer zone', 'demilitarized zone', 'line of control', 'ceasefire line']

/**
 * Geographic feature words that make a capitalised phrase a named place ("Strait of Hormuz",
 * "Gulf of Oman", "Red Sea", "Ain al-Assad base").
 *
 * @example
 * import { GEO_FEATURES } from 'gainsay'
 * GEO_FEATURES.includes('strait') // true
 *
 * @since 0.1.0
 */
export const GEO_FEATURES: ReadonlyArray<string> = [
  'strait', 'straits', 'gulf', 'sea', 'ocean', 'bay', 'channel', 'lake', 'river', 'mountains', 'mountain', 'island', 'islands',
  'peninsula', 'province', 'state', 'region', 'county', 'district', 'city', 'base', 'airport', 'port', 'harbor', 'harbour',
  'canal', 'desert', 'valley', 'heights', 'plateau', 'coast', 'field', 'plant', 'facility', 'refinery', 'square'
]
