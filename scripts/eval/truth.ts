/**
 * Evaluation of truth discovery on the Books (AbeBooks, Yin et al.) and Population (Wikipedia
 * infoboxes, Pasternack & Roth) data sets in ../shared/datasets/truth. Writes eval/truth.json.
 *
 *   npx tsx scripts/eval/truth.ts
 *
 * Books: values are author lists, an entity-resolution problem. Both claims and gold go through
 * the SAME normalisation (see `authorKey`): HTML entities decoded, accents folded, roles and
 * parenthesised notes dropped ("(Editor)", "(EDT)", "(Author)", affiliations), the list split into
 * persons ("; / & and" and comma rules for "Last, First" vs "First Last"), each person reduced to
 * a surname key, the list to the SET of surname keys. Two lists are the same value when they name
 * the same set of surnames: given names, initials, order and roles are ignored because bookstores
 * abbreviate or drop them; a missing or extra co-author makes a different value. Ambiguous name
 * order ("Knuth Donald" vs "Donald Knuth") is resolved by which token the item's other listings
 * use as a surname in unambiguous "Last, First" form. The gold key of a book is computed from the
 * gold line with the same function; a book is correct when the chosen key equals it. Gold ISBN-13
 * numbers are mapped to the ISBN-10 numbers the claims use.
 *
 * Population: an item is a city and a year, a value the population as an integer. Values are
 * compared exactly after normalisation (digits only), as Pasternack & Roth do; an answer is
 * correct when it equals the census figure. The claims are already one per editor and item (the
 * latest edit of each editor, as Pasternack & Roth prepared them: no source gives two values
 * for an item) and carry no timestamps (all "null"), so there is no superseded edit to drop.
 *
 * Ties are reported by discoverTruth and broken by the trust of the tied values' sources; the
 * figures count how many gold items were ties and how each was decided. Parameters are never
 * chosen on gold except in `crossValidated`, by 5-fold cross-validation: the configuration
 * scored on a fold is chosen on the gold of the other four folds only.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { discoverTruth, type Observation, type TruthAlgorithm, type TruthOptions, TRUTH_ALGORITHMS } from '../../src/reliability'

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..', '..')
const DATA = join(ROOT, '..', 'shared', 'datasets', 'truth')
const OUT = join(ROOT, 'eval', 'truth.json')

// -------------------------------------------------------------------------------------
// author lists
// -------------------------------------------------------------------------------------

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' }

/** Decodes HTML entities, including double-encoded UTF-8 ("&Atilde;&para;"), and folds accents. */
const decode = (s: string): string => {
  let out = s
  for (let i = 0; i < 3 && /&[#a-z0-9]+;/i.test(out); i++) {
    out = out.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e.startsWith('#')) {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
        return Number.isFinite(code) && code > 0 ? String.fromCharCode(code) : ' '
      }
      const named = ENTITIES[e.toLowerCase()]
      if (named !== undefined) return named
      // &eacute; &ouml; ...: the base letter
      const m2 = /^([a-z])(acute|grave|circ|uml|tilde|ring|cedil|slash|caron)$/i.exec(e)
      return m2?.[1] ?? (e.toLowerCase() === 'szlig' ? 'ss' : m)
    })
  }
  return out.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
}

/** Words that describe a role or an affiliation, never a name (dropped). */
const ROLE = new Set([
  'edt', 'ed', 'eds', 'editor', 'editors', 'edited', 'author', 'authors', 'auth', 'with', 'foreword', 'introduction',
  'translator', 'trans', 'translated', 'illustrator', 'contributor', 'contributors', 'compiler', 'comp', 'by', 'phd',
  'jr', 'sr', 'dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'ii', 'iii', 'iv', 'md', 'scientific', 'technical', 'reviewer', 'et', 'al', 'unknown', 'various', 'na'
])
const AFFILIATION = /\b(university|universit|institute|college|school|department|dept|inc|corp|corporation|ltd|llc|press|publishing|associates|kingdom|states|laboratory|labs|center|centre|company|group|team|staff|microsoft|ibm|consortium|society|foundation|emeritus|member|conference|proceedings|workshop|symposium)\b/i
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'le', 'la', 'st', 'mc', 'mac', 'bin', 'al'])

const tokensOf = (s: string): string[] =>
  s
    .replace(/\./g, '. ')
    .split(/\s+/)
    .map((w) => w.replace(/[^A-Za-z'\-.]/g, ''))
    .filter((w) => w.length > 0 && !ROLE.has(w.toLowerCase().replace(/[.'-]/g, '')))

const isInitial = (w: string): boolean => /^[A-Za-z]\.?$/.test(w) || /^([A-Za-z]\.){2,}$/.test(w)

const keyOfSurname = (ws: ReadonlyArray<string>): string => ws.join('').toLowerCase().replace(/[^a-z]/g, '')

/** A person as parsed: a definite surname key, or candidates to be resolved from the item's context. */
interface Person {
  readonly definite: string | null
  readonly candidates: ReadonlyArray<string>
}

/** "Last, First" (comma form). */
const lastFirst = (last: string): Person => {
  const ws = tokensOf(last).filter((w) => !isInitial(w))
  const key = keyOfSurname(ws)
  return { definite: key.length > 0 ? key : null, candidates: [] }
}

/** A name without comma: "First M. Last", "Last First", "Last F." or a bare "Last". */
const spaced = (s: string): Person | null => {
  const ws = tokensOf(s)
  const names = ws.filter((w) => !isInitial(w))
  if (names.length === 0) return null
  if (names.length === 1) return { definite: keyOfSurname(names), candidates: [] }
  // "Jalote P." / "Knuth D E": initials after the name mark surname-first order
  const last = ws[ws.length - 1] ?? ''
  if (isInitial(last)) return { definite: keyOfSurname([names[0] ?? '']), candidates: [] }
  // particles belong to the surname: "Guido van Rossum"
  let i = names.length - 1
  while (i > 0 && PARTICLES.has((names[i - 1] ?? '').toLowerCase())) i--
  const western = keyOfSurname(names.slice(i))
  const eastern = keyOfSurname([names[0] ?? ''])
  return { definite: null, candidates: [western, eastern] }
}

/** Splits one author list into persons. */
const parsePersons = (raw: string): Person[] => {
  // words run together by a lost separator ("SosinskyStephen"); "McClure", "DeRose" stay whole
  let s = decode(raw).replace(/(?<=[a-z]{3})(?=[A-Z][a-z]{2})/g, ' ; ')
  s = s.replace(/\([^)]*\)?/g, ' ') // parenthesised notes, also an unclosed one cut by the source
  s = s.replace(/\[[^\]]*\]?/g, ' ')
  s = s.replace(/\b(edited|translated|foreword|introduction|illustrated)\s+by\b/gi, ' ; ')
  const segments = s.split(/;|\/|\||&|\+|\band\b|\bwith\b|\n/i)
  const out: Person[] = []
  for (const seg of segments) {
    const parts = seg
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p.length > 0 && !AFFILIATION.test(p) && tokensOf(p).length > 0)
    const names = (p: string): string[] => tokensOf(p).filter((w) => !isInitial(w))
    const isSurnamePart = (p: string): boolean => {
      const ns = names(p)
      return ns.length === 1 || (ns.length === 2 && PARTICLES.has((ns[0] ?? '').toLowerCase()))
    }
    // "LAST, FIRST LAST2, FIRST2 LAST3, FIRST3": persons run together without separators
    const middle = parts.slice(1, -1)
    const chained =
      parts.length >= 3 &&
      isSurnamePart(parts[0] ?? '') &&
      middle.every((m) => {
        const ts = tokensOf(m)
        return ts.length >= 2 && !isInitial(ts[ts.length - 1] ?? '')
      })
    if (chained) {
      out.push(lastFirst(parts[0] ?? ''))
      for (const m of middle) {
        const ts = tokensOf(m)
        out.push(lastFirst(ts[ts.length - 1] ?? ''))
      }
      continue
    }
    let i = 0
    while (i < parts.length) {
      const p = parts[i] ?? ''
      const next = parts[i + 1]
      const nextToks = next === undefined ? [] : tokensOf(next)
      // "Last, First [M.]": a surname part followed by one to three given names or initials
      const nextIsGiven =
        next !== undefined && isSurnamePart(p) && nextToks.length >= 1 && nextToks.length <= 3 && names(next).length <= 2
      if (nextIsGiven) {
        out.push(lastFirst(p))
        i += 2
      } else {
        const person = spaced(p)
        if (person !== null) out.push(person)
        i += 1
      }
    }
  }
  return out
}

/** Resolves the persons of a list into a set of surname keys, using the item's definite surnames. */
const resolve = (persons: ReadonlyArray<Person>, context: ReadonlyMap<string, number>): string => {
  const keys = new Set<string>()
  for (const p of persons) {
    if (p.definite !== null) {
      if (p.definite.length > 0) keys.add(p.definite)
      continue
    }
    const [western = '', eastern = ''] = p.candidates
    const w = context.get(western) ?? 0
    const e = context.get(eastern) ?? 0
    const k = e > w ? eastern : western
    if (k.length > 0) keys.add(k)
  }
  return [...keys].sort().join(';')
}

/** Author-list key of every claim, resolved per item. */
const authorKeys = (rows: ReadonlyArray<{ item: string; raw: string }>): string[] => {
  const parsed = rows.map((r) => parsePersons(r.raw))
  const context = new Map<string, Map<string, number>>()
  rows.forEach((r, i) => {
    let m = context.get(r.item)
    if (m === undefined) {
      m = new Map()
      context.set(r.item, m)
    }
    for (const p of parsed[i] ?? []) if (p.definite !== null) m.set(p.definite, (m.get(p.definite) ?? 0) + 1)
  })
  return rows.map((r, i) => resolve(parsed[i] ?? [], context.get(r.item) ?? new Map()))
}

/** ISBN-13 (978 prefix) to ISBN-10. */
const isbn10 = (isbn: string): string => {
  const d = isbn.replace(/[^0-9Xx]/g, '').toUpperCase()
  if (d.length !== 13 || !d.startsWith('978')) return d
  const core = d.slice(3, 12)
  let sum = 0
  for (let i = 0; i < 9; i++) sum += (10 - i) * Number(core[i])
  const check = (11 - (sum % 11)) % 11
  return core + (check === 10 ? 'X' : String(check))
}

/**
 * Implication between author lists: the share of the other list's surnames that this list also
 * names. A list naming only the first author ("Haag") supports the full list that includes
 * him; the full list supports "Haag" alone only in part, since it says there are co-authors.
 */
const containment = (_item: string, other: string, self: string): number => {
  const x = new Set(other.split(';'))
  const y = new Set(self.split(';'))
  let inter = 0
  for (const k of x) if (y.has(k)) inter++
  return x.size > 0 ? inter / x.size : 0
}

/** Jaccard similarity of two surname-set keys: a symmetric implication between author lists. */
const jaccard = (_item: string, a: string, b: string): number => {
  const x = new Set(a.split(';'))
  const y = new Set(b.split(';'))
  let inter = 0
  for (const k of x) if (y.has(k)) inter++
  const union = x.size + y.size - inter
  return union > 0 ? inter / union : 0
}

/**
 * Closeness of two population figures: exp(-relative difference / 1%), 1 for equal figures,
 * 0.37 for figures 1% apart, ~0 beyond 5%. A mistyped or outdated figure lies near the census
 * figure; a vandal's lies anywhere. Fixed a priori, not fitted.
 */
const closeness = (_item: string, a: string, b: string): number => {
  const x = Number(a)
  const y = Number(b)
  if (!(x > 0 && y > 0)) return 0
  return Math.exp(-Math.abs(x - y) / Math.max(x, y) / 0.01)
}

/**
 * Wikipedia editors: anonymous edits are listed as "0 (IP address)", registered editors as
 * "id: name". The group of an editor for LCA's pooled honesty prior.
 */
const editorKind = (source: string): string => (/^0 \(/.test(source) ? 'anonymous' : 'registered')

// -------------------------------------------------------------------------------------
// loading
// -------------------------------------------------------------------------------------

const pipeRows = (path: string): string[][] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.includes('|'))
    .map((l) => l.split('|').map((f) => f.replace(/^\t/, '').trim()))

const loadBooks = (): { observations: Observation[]; gold: Map<string, string> } => {
  const rows = pipeRows(join(DATA, 'books', 'claims', 'claim1.txt'))
    .filter((r) => r[0] !== 'claimId' && (r[4] ?? '') !== '' && !/^not available$/i.test(r[4] ?? ''))
    .map((r) => ({ item: isbn10(r[2] ?? ''), raw: r[4] ?? '', source: r[5] ?? '' }))
  const keys = authorKeys(rows)
  const observations = rows
    .map((r, i) => ({ source: r.source, item: r.item, value: keys[i] ?? '' }))
    .filter((o) => o.value !== '')
  const goldLines = readFileSync(join(DATA, 'books', 'truth', 'book_golden.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => {
      const [isbn = '', authors = ''] = l.split('\t')
      return { item: isbn10(isbn.trim()), raw: authors }
    })
  // gold lists are all in unambiguous "last, first;" form: no context needed
  const goldKeys = authorKeys(goldLines)
  const gold = new Map(goldLines.map((g, i) => [g.item, goldKeys[i] ?? ''] as const))
  return { observations, gold }
}

const digits = (s: string): string => s.replace(/[^0-9]/g, '').replace(/^0+(?=\d)/, '')

const loadPopulation = (): { observations: Observation[]; gold: Map<string, string> } => {
  const observations = pipeRows(join(DATA, 'population', 'claims', 'population-claims.txt'))
    .filter((r) => r[0] !== 'claimId')
    .map((r) => {
      const year = (r[3] ?? '').replace(/[^0-9]/g, '').slice(-4)
      return { source: r[5] ?? '', item: `${(r[2] ?? '').toLowerCase()}|${year}`, value: digits(r[4] ?? '') }
    })
    .filter((o) => o.value !== '' && o.source !== '')
  const gold = new Map<string, string>()
  for (const line of readFileSync(join(DATA, 'population', 'truth', 'popAnswersOut.txt'), 'utf8').split('\n')) {
    const parts = line.split(',').map((p) => p.trim())
    if (parts.length < 3) continue
    const value = digits(parts[parts.length - 1] ?? '')
    const year = parts[parts.length - 2] ?? ''
    const city = parts.slice(0, -2).join(', ').toLowerCase()
    gold.set(`${city}|${year}`, value)
  }
  return { observations, gold }
}

// -------------------------------------------------------------------------------------
// evaluation
// -------------------------------------------------------------------------------------

interface Score {
  /** Chosen value (ties broken by value order, as `discoverTruth` does) equals gold. */
  readonly accuracy: number
  /** The same with ties broken at random, in expectation. */
  readonly expectedAccuracyRandomTies: number
  /** Gold items whose top score is shared by two or more values. */
  readonly ties: number
  /** Ties decided by the trust of the tied values' sources (the default tie-break). */
  readonly tiesBrokenByTrust: number
  /** Ties trust could not separate: decided by value order, an arbitrary pick. */
  readonly tiesLeftToOrder: number
  readonly correct: number
  readonly evaluated: number
  readonly iterations: number
  readonly converged: boolean
  readonly ms: number
  /** AccuCopy: source pairs found dependent with probability above 0.5 (all sources, not only gold items). */
  readonly dependentPairs?: number
  /**
   * Wrong answers, gold among the claimed values, where the chosen value is asserted by the
   * source with the most claims in the data set (a diagnostic of how far an algorithm follows it).
   */
  readonly wrongWithTopSource: number
}

const evaluate = (
  observations: ReadonlyArray<Observation>,
  gold: ReadonlyMap<string, string>,
  algorithm: TruthAlgorithm,
  extra: Record<string, unknown>
): Score => {
  const t0 = performance.now()
  const r = discoverTruth(observations, { algorithm, ...extra })
  const ms = performance.now() - t0
  const byItem = new Map(r.items.map((i) => [i.item, i] as const))
  const claimsOf = new Map<string, number>()
  for (const o of observations) claimsOf.set(o.source, (claimsOf.get(o.source) ?? 0) + 1)
  const topSource = [...claimsOf.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? ''
  let wrongWithTopSource = 0
  let correct = 0
  let expected = 0
  let ties = 0
  let evaluated = 0
  let byTrust = 0
  let byOrder = 0
  for (const [item, truth] of [...gold.entries()].sort()) {
    const it = byItem.get(item)
    if (it === undefined) continue
    evaluated++
    if (it.tieBreak === 'trust') byTrust++
    if (it.tieBreak === 'order') byOrder++
    if (it.value === truth) correct++
    else if (it.values.some((v) => v.value === truth) && (it.values[0]?.sources ?? []).includes(topSource)) wrongWithTopSource++
    // ties broken at random: the gold value wins with probability 1 / (number of tied values)
    // (the tie as discoverTruth reports it: scores equal to a relative 1e-9)
    const top = it.tie ? it.tied : [it.value]
    if (it.tie) ties++
    if (top.includes(truth)) expected += 1 / top.length
  }
  const round4 = (x: number): number => Math.round(x * 10000) / 10000
  return {
    accuracy: evaluated > 0 ? round4(correct / evaluated) : 0,
    expectedAccuracyRandomTies: evaluated > 0 ? round4(expected / evaluated) : 0,
    ties,
    tiesBrokenByTrust: byTrust,
    tiesLeftToOrder: byOrder,
    correct,
    evaluated,
    iterations: r.iterations,
    converged: r.converged,
    ms: Math.round(ms),
    wrongWithTopSource,
    ...(algorithm === 'accucopy' ? { dependentPairs: r.dependencies.filter((d) => d.probability > 0.5).length } : {})
  }
}

/** FNV-1a hash of a string, for deterministic fold assignment. */
const fnv = (x: string): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < x.length; i++) h = Math.imul(h ^ x.charCodeAt(i), 0x01000193) >>> 0
  return h
}

interface CrossValidated {
  readonly accuracy: number
  readonly correct: number
  readonly evaluated: number
  readonly folds: number
  /** Configuration chosen on the other folds, per held-out fold. */
  readonly chosen: ReadonlyArray<string>
  /** In-sample accuracy of every configuration (for reference only: NOT the reported figure). */
  readonly inSample: Record<string, number>
}

/**
 * K-fold cross-validated choice of parameters. The algorithms never see gold; gold is used only
 * to SELECT a configuration, and only the gold items of the other folds select the one scored on
 * a fold. Folds by hash of the item id (deterministic). The first configuration (the paper's
 * default) wins ties.
 */
const crossValidate = (
  observations: ReadonlyArray<Observation>,
  gold: ReadonlyMap<string, string>,
  configs: ReadonlyArray<readonly [string, TruthOptions]>,
  folds = 5
): CrossValidated => {
  const items = [...gold.keys()].sort()
  const hits = configs.map(([, options]) => {
    const r = discoverTruth(observations, options)
    const byItem = new Map(r.items.map((i) => [i.item, i.value] as const))
    return items.map((item) => (byItem.has(item) ? (byItem.get(item) === gold.get(item) ? 1 : 0) : -1))
  })
  const fold = items.map((item) => fnv(item) % folds)
  let correct = 0
  let evaluated = 0
  const chosen: string[] = []
  for (let f = 0; f < folds; f++) {
    let best = 0
    let bestScore = -1
    hits.forEach((h, k) => {
      const sc = h.reduce<number>((acc, x, i) => acc + (fold[i] !== f && x > 0 ? 1 : 0), 0)
      if (sc > bestScore) {
        bestScore = sc
        best = k
      }
    })
    chosen.push(configs[best]?.[0] ?? '')
    ;(hits[best] ?? []).forEach((x, i) => {
      if (fold[i] !== f || x < 0) return
      evaluated++
      correct += x
    })
  }
  const round4 = (x: number): number => Math.round(x * 10000) / 10000
  const inSample: Record<string, number> = {}
  configs.forEach(([name], k) => {
    const h = hits[k] ?? []
    const ev = h.filter((x) => x >= 0).length
    inSample[name] = ev > 0 ? round4(h.filter((x) => x > 0).length / ev) : 0
  })
  return { accuracy: evaluated > 0 ? round4(correct / evaluated) : 0, correct, evaluated, folds, chosen, inSample }
}

/** The grids cross-validated: Accu's domain size n and accuracy prior; Investment's exponent. */
const ACCU_GRID: ReadonlyArray<readonly [string, TruthOptions]> = [100, 10, 1, 'observed' as const].flatMap((n) =>
  [0, 2].map((prior) => [`accu n=${n} prior=${prior}`, { algorithm: 'accu', falseValues: n, accuracyPrior: prior }] as const)
)
/**
 * AccuCopy's copy-detection guards: minOverlap (1 is the paper's unguarded detector, 3 the
 * default fixed a priori) and Accu's domain size n, the default first.
 */
const ACCUCOPY_GRID: ReadonlyArray<readonly [string, TruthOptions]> = [3, 1, 5].flatMap((minOverlap) =>
  [100, 1].map((n) => [`accucopy minOverlap=${minOverlap} n=${n}`, { algorithm: 'accucopy', minOverlap, falseValues: n }] as const)
)
/** LCA's model and honesty-prior weight, the default (SimpleLCA, 2 pseudo-claims) first. */
const LCA_GRID: ReadonlyArray<readonly [string, TruthOptions]> = (['simple', 'guess'] as const).flatMap((lcaModel) =>
  [2, 0, 10].map((honestyPrior) => [`lca ${lcaModel} prior=${honestyPrior}`, { algorithm: 'lca', lcaModel, honestyPrior }] as const)
)
const INVESTMENT_GRID: ReadonlyArray<readonly [string, TruthOptions]> = [1.2, 1.0, 1.4, 1.6].map(
  (g) => [`investment g=${g}`, { algorithm: 'investment', exponent: g }] as const
)

const main = (): void => {
  if (!existsSync(DATA)) {
    console.log(`no data at ${DATA}: nothing to evaluate`)
    return
  }
  const only = process.argv.slice(2)
  const algorithms = only.length > 0 ? TRUTH_ALGORITHMS.filter((a) => only.includes(a)) : TRUTH_ALGORITHMS
  const books = loadBooks()
  const population = loadPopulation()
  const result: Record<string, unknown> = {
    generatedBy: 'scripts/eval/truth.ts',
    note:
      'Accuracy of the chosen value against gold. Ties are reported by discoverTruth (ItemTruth.tie/tied/tieBreak) and broken by the total trust of the tied values\' sources, then by value order (tiesBrokenByTrust, tiesLeftToOrder count them on gold items); expectedAccuracyRandomTies counts a tie of k values as 1/k when gold is among them. crossValidated: 5-fold CV (folds by hash of the item) choosing Accu\'s n and accuracy prior, AccuCopy\'s minOverlap and n, LCA\'s model and prior weight, or Investment\'s exponent, on the other folds\' gold only; inSample shows every configuration\'s full-gold accuracy for reference, never as the reported figure. Books: 100 gold author lists, same-set-of-surnames equivalence for claims and gold (see the script header). Population: census figures, exact integer match. Default parameters of each algorithm unless listed; "+jaccard"/"+containment" runs add an implication between author lists (Books); "+observedDomain" runs set falseValues: "observed" (n = other observed values, Pasternack & Roth 2013). AccuCopy infers copying only between sources sharing >= 3 items (minOverlap, fixed a priori); "+minOverlap1" is the unguarded detector of the paper (the figure before the guard), "+overlapDamping10" scales the copying log-likelihood ratio by m/(m+10), "+copyShare0.2" requires the shared values to be >= 20% of the copier\'s claims (Dong et al. 2010); dependentPairs counts pairs with P(dependent) > 0.5. "lca" is Latent Credibility Analysis (Pasternack & Roth 2013): SimpleLCA with a Beta prior of 2 pseudo-claims on each editor\'s honesty, its mean pooled over sources (empirical Bayes); "+guess" GuessLCA (uniform guesses; uncontested values are no evidence of honesty); "+prior0" maximum likelihood; "+containment" (Books) and "+closeness" (Population: exp(-relative difference / 1%)) let a mistake land near the truth more often (weight rho 0.5); "+editorGroups" pools the prior mean separately over anonymous ("0 (IP)") and registered editors. wrongWithTopSource counts wrong answers (gold among the claimed values) whose chosen value the most prolific source asserts: on Population that source is a bot with 25,820 of the 49,955 claims, on 208 of the 301 gold items, right on 169 of them; every model that estimates a per-source reliability ends up trusting it nearly always, and its 39 wrong values, mostly opposed by a registered editor\'s correction, are most of the errors. Population claims are already one per source and item (the latest edit of each editor; checked: no source gives two values for an item), and carry no timestamps.',
    published: {
      books: { vote: 0.71, depen: 0.83, accu: 0.87, truthfinder: 0.85 },
      population: { vote: 0.7993, bestLatentCredibility: 0.8613 }
    },
    books: {
      observations: books.observations.length,
      items: new Set(books.observations.map((o) => o.item)).size,
      sources: new Set(books.observations.map((o) => o.source)).size,
      gold: books.gold.size,
      accuracy: {} as Record<string, Score>
    },
    population: {
      observations: population.observations.length,
      items: new Set(population.observations.map((o) => o.item)).size,
      sources: new Set(population.observations.map((o) => o.source)).size,
      gold: population.gold.size,
      accuracy: {} as Record<string, Score>
    }
  }
  const bAcc = (result['books'] as { accuracy: Record<string, Score> }).accuracy
  const pAcc = (result['population'] as { accuracy: Record<string, Score> }).accuracy
  for (const a of algorithms) {
    bAcc[a] = evaluate(books.observations, books.gold, a, {})
    console.log('books', a, JSON.stringify(bAcc[a]))
    if (a === 'truthfinder' || a === 'accu' || a === 'accucopy') {
      bAcc[`${a}+jaccard`] = evaluate(books.observations, books.gold, a, { similarity: jaccard })
      console.log('books', `${a}+jaccard`, JSON.stringify(bAcc[`${a}+jaccard`]))
      bAcc[`${a}+containment`] = evaluate(books.observations, books.gold, a, { similarity: containment })
      console.log('books', `${a}+containment`, JSON.stringify(bAcc[`${a}+containment`]))
    }
    pAcc[a] = evaluate(population.observations, population.gold, a, {})
    console.log('population', a, JSON.stringify(pAcc[a]))
    if (a === 'lca') {
      const runs: ReadonlyArray<readonly [string, 'books' | 'population', Record<string, unknown>]> = [
        ['+guess', 'books', { lcaModel: 'guess' }],
        ['+guess', 'population', { lcaModel: 'guess' }],
        ['+prior0', 'books', { honestyPrior: 0 }],
        ['+prior0', 'population', { honestyPrior: 0 }],
        ['+containment', 'books', { similarity: containment }],
        ['+guess+containment', 'books', { lcaModel: 'guess', similarity: containment }],
        ['+closeness', 'population', { similarity: closeness }],
        ['+editorGroups', 'population', { sourceGroup: editorKind }],
        ['+guess+editorGroups', 'population', { lcaModel: 'guess', sourceGroup: editorKind }]
      ]
      for (const [label, name, extra] of runs) {
        const data = name === 'books' ? books : population
        const acc = name === 'books' ? bAcc : pAcc
        acc[`lca${label}`] = evaluate(data.observations, data.gold, a, extra)
        console.log(name, `lca${label}`, JSON.stringify(acc[`lca${label}`]))
      }
    }
    if (a === 'accu' || a === 'accucopy') {
      for (const [name, data, acc] of [
        ['books', books, bAcc],
        ['population', population, pAcc]
      ] as const) {
        acc[`${a}+observedDomain`] = evaluate(data.observations, data.gold, a, { falseValues: 'observed' })
        console.log(name, `${a}+observedDomain`, JSON.stringify(acc[`${a}+observedDomain`]))
        if (a === 'accucopy') {
          // before/after of the overlap guard: minOverlap 1 is the paper's detector as published
          for (const [label, extra] of [
            ['+minOverlap1', { minOverlap: 1 }],
            ['+overlapDamping10', { overlapDamping: 10 }],
            ['+copyShare0.2', { copyShare: 0.2 }]
          ] as const) {
            acc[`${a}${label}`] = evaluate(data.observations, data.gold, a, extra)
            console.log(name, `${a}${label}`, JSON.stringify(acc[`${a}${label}`]))
          }
        }
      }
    }
  }
  if (only.length === 0) {
    const cv: Record<string, Record<string, CrossValidated>> = { books: {}, population: {} }
    for (const [name, data] of [
      ['books', books],
      ['population', population]
    ] as const) {
      const target = cv[name] ?? {}
      target['accu'] = crossValidate(data.observations, data.gold, ACCU_GRID)
      target['investment'] = crossValidate(data.observations, data.gold, INVESTMENT_GRID)
      target['accucopy'] = crossValidate(data.observations, data.gold, ACCUCOPY_GRID)
      target['lca'] = crossValidate(data.observations, data.gold, LCA_GRID)
      console.log(name, 'cv', JSON.stringify(target))
    }
    result['crossValidated'] = cv
  }
  if (only.length === 0) {
    mkdirSync(dirname(OUT), { recursive: true })
    writeFileSync(OUT, JSON.stringify(result, null, 2) + '\n')
    console.log(`wrote ${OUT}`)
  }
}

if (process.env.TRUTH_EXPERIMENT === undefined) main()
export { loadBooks, loadPopulation, containment, jaccard, closeness, editorKind, evaluate }
