/**
 * Places in claims, classed for location rules: international space, a state's own
 * territory (with its owner), border zones, named places.
 *
 * @since 0.1.0
 */
import type { Span } from '../../model/common'
import type { Place } from '../../model/claim'
import { BORDER_NOUNS, GEO_FEATURES, INTERNATIONAL_SPACE, TERRITORY_NOUNS } from '../lexicons/places'
import { findCountries, type CountryMention } from './countries'
import { clampRange, compileWords, findAll, keyedTokens, keyOf, type KeyedToken } from './matcher'

/**
 * Who "we"/"our" and "they"/"their" stand for in the text being read (e.g. the speaker's
 * country and the other party), so "into their country" gets an owner.
 *
 * @example
 * import type { PronounContext } from 'gainsay'
 * const ctx: PronounContext = { we: 'Peru', they: 'Chile' }
 *
 * @since 0.1.0
 */
export interface PronounContext {
  readonly we: string | null
  readonly they: string | null
}

const INTL = compileWords(INTERNATIONAL_SPACE)
const TERRITORY = new Set(TERRITORY_NOUNS.map(keyOf))
const BORDER = compileWords(BORDER_NOUNS)
const FEATURES = new Set(GEO_FEATURES)
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'across', 'throughout', 'around', 'off', 'within', 'over', 'into'])
const WE = new Set(['our', 'we', 'us', 'ours'])
const THEY = new Set(['their', 'they', 'them', 'theirs'])

const ownerOfPronoun = (norm: string, ctx: PronounContext | undefined): string | null =>
  WE.has(norm) ? ctx?.we ?? null : THEY.has(norm) ? ctx?.they ?? null : null

const mk = (text: string, start: number, end: number, kind: Place['kind'], owner: string | null): Place => ({
  text: text.slice(start, end),
  start,
  end,
  kind,
  owner
})

/** Places over already-keyed tokens (internal form used by the claim reader). */
export const placesIn = (text: string, toks: ReadonlyArray<KeyedToken>, ctx?: PronounContext): ReadonlyArray<Place> => {
  const out: Place[] = []
  const taken = new Set<number>()
  const take = (a: number, b: number): void => {
    for (let k = a; k <= b; k++) taken.add(k)
  }
  const free = (a: number, b: number): boolean => {
    for (let k = a; k <= b; k++) if (taken.has(k)) return false
    return true
  }
  const countries = findCountries(toks)
  const countryAt = (i: number): CountryMention | undefined => countries.find((c) => c.first === i)
  const countryEndingAt = (i: number): CountryMention | undefined => countries.find((c) => c.last === i)
  // 1. international space
  for (const m of findAll(INTL, toks)) {
    out.push(mk(text, m.start, m.end, 'international', null))
    take(m.first, m.last)
  }
  // 2. territory: "(territorial) waters of X", "X's/Xian waters", "into their country", "over X"
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]
    if (t === undefined || !TERRITORY.has(t.key) || !free(i, i)) continue
    let first = i
    if (toks[i - 1]?.norm === 'territorial') first = i - 1
    // "waters of Iran", "airspace of the country"
    if (toks[i + 1]?.norm === 'of') {
      let j = i + 2
      if (toks[j]?.norm === 'the') j++
      const c = countryAt(j)
      if (c !== undefined) {
        const s = toks[first]
        if (s !== undefined) out.push(mk(text, s.start, c.end, 'territorial', c.country))
        take(first, c.last)
        continue
      }
    }
    // "Iranian waters", "Iran's airspace", "their country", "our territory"
    let j = first - 1
    if (toks[j]?.norm === 'own') j--
    const c = countryEndingAt(j)
    const p = toks[j]
    if (c !== undefined && (c.form === 'adjective' || c.form === 'name' || c.form === 'capital')) {
      const s = toks[c.first]
      if (s !== undefined) out.push(mk(text, s.start, t.end, 'territorial', c.country))
      take(c.first, i)
      continue
    }
    if (p !== undefined && (WE.has(p.norm) || THEY.has(p.norm) || p.norm === 'its' || p.norm === 'his' || p.norm === 'her')) {
      const prep = toks[j - 1]
      const crossing = prep !== undefined && ['into', 'inside', 'within', 'entered', 'over', 'in'].includes(prep.norm)
      if (crossing || t.key !== keyOf('country')) {
        out.push(mk(text, p.start, t.end, 'territorial', ownerOfPronoun(p.norm, ctx)))
        take(j, i)
      }
    }
  }
  // "over X" / "into X" / "crossed the border into X": a country's own space
  for (const c of countries) {
    if (!free(c.first, c.last) || c.form === 'demonym' || c.form === 'adjective') continue
    const prep = toks[c.first - 1]
    if (prep === undefined) continue
    if (prep.norm === 'over' || prep.norm === 'into' || prep.norm === 'inside') {
      out.push(mk(text, prep.start, c.end, 'territorial', c.country))
      take(c.first - 1, c.last)
    }
  }
  // 3. border zones
  for (const m of findAll(BORDER, toks)) {
    if (!free(m.first, m.last)) continue
    let end = m.end
    let last = m.last
    let owner: string | null = null
    if (toks[m.last + 1]?.norm === 'with' || toks[m.last + 1]?.norm === 'of') {
      const c = countryAt(m.last + 2) ?? countryAt(m.last + 3)
      if (c !== undefined) {
        end = c.end
        last = c.last
        owner = c.country
      }
    }
    const before = countryEndingAt(m.first - 1)
    const s = before !== undefined ? before.start : m.start
    owner = owner ?? before?.country ?? null
    out.push(mk(text, s, end, 'border', owner))
    take(before?.first ?? m.first, last)
  }
  // 4. named places: "Strait of Hormuz", "Persian Gulf", "Ain al-Assad base", a country after a locative
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]
    if (t === undefined || !free(i, i)) continue
    const isCap = (k: number): boolean => {
      const x = toks[k]
      return x !== undefined && x.kind === 'word' && /^\p{Lu}/u.test(x.text) && free(k, k)
    }
    // "Strait of Hormuz"
    if (isCap(i) && FEATURES.has(t.norm) && toks[i + 1]?.norm === 'of' && isCap(i + 2)) {
      let j = i + 2
      while (isCap(j + 1)) j++
      const e = toks[j]
      if (e !== undefined) {
        const c = countries.find((x) => x.first >= i + 2 && x.last <= j && x.form === 'name')
        out.push(mk(text, t.start, e.end, 'named', c?.country ?? null))
        take(i, j)
        i = j
        continue
      }
    }
    // "Persian Gulf", "Ain al-Assad base"
    if (FEATURES.has(t.norm) && i > 0) {
      let j = i - 1
      while (j >= 0 && isCap(j) && i - j <= 4) j--
      if (j < i - 1) {
        const s = toks[j + 1]
        if (s !== undefined) {
          const c = countries.find((x) => x.first >= j + 1 && x.last < i && x.form === 'name')
          out.push(mk(text, s.start, t.end, 'named', c?.country ?? null))
          take(j + 1, i)
        }
      }
    }
  }
  for (const c of countries) {
    if (!free(c.first, c.last) || c.form === 'demonym' || c.form === 'adjective') continue
    const prep = toks[c.first - 1]
    const prep2 = toks[c.first - 2]
    if ((prep !== undefined && LOCATIVE.has(prep.norm)) || (prep?.norm === 'the' && prep2 !== undefined && LOCATIVE.has(prep2.norm))) {
      out.push(mk(text, c.start, c.end, 'named', c.country))
      take(c.first, c.last)
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end)
}

/**
 * Finds places in `text` (or `range`) and classes them: `international` ("international
 * airspace", "international waters", "high seas"), `territorial` ("the territorial waters of
 * Iran", "Iranian waters", "Peru's airspace", "over Syria", "crossed the border into their
 * country"), `border` ("the border with Chad"), `named` ("the Strait of Hormuz", "in
 * Kenya"). `owner` is the country the place belongs to, when the text says; pronouns ("our
 * waters", "their country") take their owner from `ctx`.
 *
 * @example
 * import { findPlaces } from 'gainsay'
 * findPlaces('The jet was over the territorial waters of Greece, not in international airspace.')
 *   .map((p) => [p.text, p.kind, p.owner])
 * // [['territorial waters of Greece', 'territorial', 'Greece'], ['international airspace', 'international', null]]
 *
 * @since 0.1.0
 */
export const findPlaces = (text: string, range?: Span, ctx?: PronounContext): ReadonlyArray<Place> =>
  placesIn(text, keyedTokens(text, clampRange(text, range)), ctx)
