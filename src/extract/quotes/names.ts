/**
 * Person-name keys and matching across spelling variants: hyphen, space and joined forms
 * ("Gholam-Reza", "Gholam Reza", "Gholamreza") share one key; a surname-only or shorter form
 * ("Jalali", "Azari-Jahromi") matches a full name it ends. Internal to the quotes stage.
 */
import { jaroWinkler } from '../../text/natural'
import { memoByString } from '../../internal/memo'

/** Lower-case name parts, split on spaces and hyphens, accents and apostrophes removed. */
export const nameParts = (name: string): ReadonlyArray<string> => partsMemo(name)

const computeParts = (name: string): ReadonlyArray<string> =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019\u2018`.]/g, '')
    .split(/[\s\u00a0\-\u2010\u2011]+/)
    .filter((p) => p.length > 0)
const partsMemo = memoByString(computeParts, 50_000)

/** The joined key of a name: all parts run together ("gholamrezajalali"). */
export const nameKey = (name: string): string => nameParts(name).join('')

/** Offsets in the joined key where each part begins (token boundaries). */
const boundaries = (parts: ReadonlyArray<string>): ReadonlySet<number> => {
  const out = new Set<number>()
  let at = 0
  for (const p of parts) {
    out.add(at)
    at += p.length
  }
  return out
}

/**
 * Does the shorter name `short` denote the same person as `full`? True when the joined keys
 * are equal, when `short` is a tail of `full` starting at one of its part boundaries
 * ("Jalali", "Azari-Jahromi" in "Mohammad Javad Azari Jahromi"), or when both are full names
 * whose keys differ only by a small spelling change (Jaro-Winkler ≥ 0.95, same last part initial).
 */
export const sameName = (short: string, full: string): boolean => {
  const sp = nameParts(short)
  const fp = nameParts(full)
  if (sp.length === 0 || fp.length === 0) return false
  const sk = sp.join('')
  const fk = fp.join('')
  if (sk === fk) return true
  if (sk.length >= 3 && fk.length > sk.length && fk.endsWith(sk) && boundaries(fp).has(fk.length - sk.length)) return true
  if (sp.length >= 2 && fp.length >= 2 && sk.length >= 8 && fk.length >= 8) {
    const lastS = sp[sp.length - 1]!
    const lastF = fp[fp.length - 1]!
    if (lastS[0] === lastF[0] && jaroWinkler(lastS, lastF) >= 0.9 && jaroWinkler(sk, fk) >= 0.95) return true
  }
  return false
}
