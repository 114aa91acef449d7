/**
 * Interpretable features of a (claim, body) pair. Internal to `src/stance`.
 *
 * A body is prepared once (sentences, stems, cue counts) and then scored against any number of
 * claims; a claim is prepared once too. Two feature vectors come out of a pair: relatedness
 * (does the body address the claim at all?) and stance (given that it does, how?).
 */
import { splitSentences } from '../text/sentences'
import { DENIAL_PHRASES } from '../extract/lexicons/denial'
import { HEDGES } from '../extract/lexicons/hedges'
import { NEGATION_PHRASES } from '../extract/lexicons/negation'
import { STANCE_CUE_GROUPS, STANCE_CUE_WORDS, type CueGroup } from './lexicon'
import { tokenize, type Token } from './tokens'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** One sentence of a prepared text. */
export interface PreparedSentence {
  readonly start: number
  readonly end: number
  readonly tokens: ReadonlyArray<Token>
  /** Distinct content stems. */
  readonly stems: ReadonlySet<string>
  /** Adjacent content-stem pairs, `a b`. */
  readonly bigrams: ReadonlySet<string>
  /** Cue counts, one per group of `STANCE_CUE_GROUPS`. */
  readonly groups: ReadonlyArray<number>
  /** Counts of each of `STANCE_CUE_WORDS`. */
  readonly words: ReadonlyArray<number>
  readonly question: boolean
}

/** A text prepared for stance: its sentences and whole-text statistics. */
export interface PreparedText {
  readonly text: string
  readonly sentences: ReadonlyArray<PreparedSentence>
  /** Content-stem frequencies over the whole text. */
  readonly tf: ReadonlyMap<string, number>
  /** Content stems in order (with repeats) of the whole text. */
  readonly contentCount: number
  /** Stems written with a capital inside a sentence, by frequency (most frequent first). */
  readonly entities: ReadonlyArray<string>
  /** Most frequent content stems (up to 10). */
  readonly keywords: ReadonlyArray<string>
  /** Number tokens, as written. */
  readonly numbers: ReadonlySet<string>
  readonly groups: ReadonlyArray<number>
  readonly words: ReadonlyArray<number>
  /** All distinct content stems. */
  readonly stems: ReadonlySet<string>
  readonly bigrams: ReadonlySet<string>
  /** Content stems of the first three sentences. */
  readonly leadStems: ReadonlySet<string>
}

/** A sink for named features; the order of calls is the feature order. */
type Sink = (name: string, value: number) => void

// -------------------------------------------------------------------------------------
// preparation
// -------------------------------------------------------------------------------------

interface CompiledGroup {
  readonly words: ReadonlySet<string>
  readonly phrases: ReadonlyArray<ReadonlyArray<string>>
}

/**
 * The claims stage's lexicons (denial, hedges, negation) join the stance groups of the same
 * name. Their phrases use `a|b` for alternative words at one position (expanded here) and
 * `...` for a gap (those entries are left out: stance matches contiguous words); entries with
 * an apostrophe are left out because the tokenizer already turns `n't` into `not`.
 */
const SHARED: Readonly<Record<string, ReadonlyArray<string>>> = {
  deny: DENIAL_PHRASES,
  hedge: HEDGES.map((h) => h.phrase),
  neg: NEGATION_PHRASES.filter((n) => n.scope !== 'contrast').map((n) => n.phrase)
}

const expand = (phrase: string): ReadonlyArray<ReadonlyArray<string>> => {
  if (phrase.includes('...') || phrase.includes("'") || phrase.includes('’')) return []
  let out: string[][] = [[]]
  for (const slot of phrase.trim().toLowerCase().split(/\s+/)) {
    const alts = slot.split('|').filter((a) => a.length > 0)
    out = out.flatMap((prefix) => alts.map((a) => [...prefix, a]))
    if (out.length > 64) return []
  }
  return out.filter((p) => p.length > 0)
}

const compile = (g: CueGroup): CompiledGroup => {
  const words = new Set(g.words)
  const phrases: Array<ReadonlyArray<string>> = g.phrases.map((p) => p.split(/\s+/))
  const seen = new Set(g.phrases)
  for (const shared of SHARED[g.name] ?? []) {
    for (const p of expand(shared)) {
      if (p.length === 1) words.add(p[0]!)
      else if (!seen.has(p.join(' '))) {
        seen.add(p.join(' '))
        phrases.push(p)
      }
    }
  }
  return { words, phrases }
}
const GROUPS: ReadonlyArray<CompiledGroup> = STANCE_CUE_GROUPS.map(compile)
const GROUP_NAMES: ReadonlyArray<string> = STANCE_CUE_GROUPS.map((g) => g.name)
const CUE_WORD_INDEX: ReadonlyMap<string, number> = new Map(STANCE_CUE_WORDS.map((w, i) => [w, i]))
const REFUTE = GROUP_NAMES.indexOf('refute')
const DENY = GROUP_NAMES.indexOf('deny')
const NEG = GROUP_NAMES.indexOf('neg')
const HEDGE = GROUP_NAMES.indexOf('hedge')
const REPORT = GROUP_NAMES.indexOf('report')

/** Cue index: for each word, the groups it belongs to and the phrases it starts. */
const WORD_GROUPS = new Map<string, number[]>()
const PHRASES_BY_FIRST = new Map<string, Array<{ readonly group: number; readonly words: ReadonlyArray<string> }>>()
GROUPS.forEach((grp, g) => {
  for (const w of grp.words) WORD_GROUPS.set(w, [...(WORD_GROUPS.get(w) ?? []), g])
  for (const p of grp.phrases) {
    const first = p[0]
    if (first === undefined) continue
    PHRASES_BY_FIRST.set(first, [...(PHRASES_BY_FIRST.get(first) ?? []), { group: g, words: p }])
  }
})

const countGroups = (tokens: ReadonlyArray<Token>): number[] => {
  const counts = GROUPS.map(() => 0)
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.word
    for (const g of WORD_GROUPS.get(w) ?? []) counts[g]!++
    for (const p of PHRASES_BY_FIRST.get(w) ?? []) {
      if (i + p.words.length > tokens.length) continue
      let ok = true
      for (let k = 1; k < p.words.length && ok; k++) ok = tokens[i + k]!.word === p.words[k]
      if (ok) counts[p.group]!++
    }
  }
  return counts
}

const countWords = (tokens: ReadonlyArray<Token>): number[] => {
  const counts = STANCE_CUE_WORDS.map(() => 0)
  for (const t of tokens) {
    const i = CUE_WORD_INDEX.get(t.word)
    if (i !== undefined) counts[i]!++
  }
  return counts
}

const prepareSentence = (text: string, start: number, end: number): PreparedSentence => {
  const tokens = tokenize(text, start, end)
  const stems = new Set<string>()
  const bigrams = new Set<string>()
  let prev: string | null = null
  for (const t of tokens) {
    if (!t.content) continue
    stems.add(t.stem)
    if (prev !== null) bigrams.add(prev + ' ' + t.stem)
    prev = t.stem
  }
  return {
    start,
    end,
    tokens,
    stems,
    bigrams,
    groups: countGroups(tokens),
    words: countWords(tokens),
    question: text.slice(start, end).includes('?')
  }
}

const topKeys = (m: ReadonlyMap<string, number>, k: number): ReadonlyArray<string> =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, k)
    .map((e) => e[0])

/** Prepares a text (a claim, a headline or a body) once for any number of pairings. */
export const prepareText = (text: string): PreparedText => {
  const sentences = splitSentences(text).map((s) => prepareSentence(text, s.start, s.end))
  const tf = new Map<string, number>()
  const ents = new Map<string, number>()
  const numbers = new Set<string>()
  const stems = new Set<string>()
  const bigrams = new Set<string>()
  const groups = GROUPS.map(() => 0)
  const words = STANCE_CUE_WORDS.map(() => 0)
  let contentCount = 0
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      if (!t.content) return
      contentCount++
      tf.set(t.stem, (tf.get(t.stem) ?? 0) + 1)
      stems.add(t.stem)
      if (t.num) numbers.add(t.word)
      if (t.cap && i > 0) ents.set(t.stem, (ents.get(t.stem) ?? 0) + 1)
    })
    for (const b of s.bigrams) bigrams.add(b)
    s.groups.forEach((c, g) => (groups[g]! += c))
    s.words.forEach((c, w) => (words[w]! += c))
  }
  return {
    text,
    sentences,
    tf,
    contentCount,
    entities: topKeys(ents, 5),
    keywords: topKeys(tf, 10),
    numbers,
    groups,
    words,
    stems,
    bigrams,
    leadStems: new Set(sentences.slice(0, 3).flatMap((s) => [...s.stems]))
  }
}

// -------------------------------------------------------------------------------------
// alignment
// -------------------------------------------------------------------------------------

/** How much of the claim's content a sentence carries, in [0, 1] (plus a bigram bonus). */
export const sentenceAlignment = (claim: PreparedText, s: PreparedSentence): number =>
  memo(alignmentMemo, claim, s, () => computeAlignment(claim, s))

/**
 * Per-(claim, sentence) memo tables. Keys are the objects `prepareText` returns, so a cached
 * value can only be read for the very same inputs: the functions stay pure, and a prepared
 * body scored against many claims computes each alignment once per claim.
 */
const alignmentMemo = new WeakMap<PreparedText, WeakMap<PreparedSentence, number>>()
const negationMemo = new WeakMap<PreparedText, WeakMap<PreparedSentence, boolean>>()
const normMemo = new WeakMap<PreparedText, number>()

const memo = <A>(table: WeakMap<PreparedText, WeakMap<PreparedSentence, A>>, claim: PreparedText, s: PreparedSentence, f: () => A): A => {
  let inner = table.get(claim)
  if (inner === undefined) {
    inner = new WeakMap()
    table.set(claim, inner)
  }
  const hit = inner.get(s)
  if (hit !== undefined) return hit
  const v = f()
  inner.set(s, v)
  return v
}

/** Euclidean norm of a text's sublinear term frequencies. */
const tfNorm = (t: PreparedText): number => {
  const hit = normMemo.get(t)
  if (hit !== undefined) return hit
  let n = 0
  for (const v of t.tf.values()) n += Math.log1p(v) ** 2
  normMemo.set(t, n)
  return n
}

const computeAlignment = (claim: PreparedText, s: PreparedSentence): number => {
  if (claim.stems.size === 0) return 0
  let hit = 0
  for (const c of claim.stems) if (s.stems.has(c)) hit++
  let bi = 0
  for (const b of claim.bigrams) if (s.bigrams.has(b)) bi++
  return hit / claim.stems.size + (claim.bigrams.size > 0 ? (0.5 * bi) / claim.bigrams.size : 0)
}

/** Indices of the sentences most aligned with the claim (best first), only those sharing content. */
export const alignedSentences = (claim: PreparedText, body: PreparedText, k: number): ReadonlyArray<number> =>
  body.sentences
    .map((s, i) => ({ i, a: sentenceAlignment(claim, s) }))
    .filter((x) => x.a > 0)
    .sort((x, y) => y.a - x.a || x.i - y.i)
    .slice(0, k)
    .map((x) => x.i)

/** True when a negation stands within `window` tokens before a claim stem in the sentence. */
export const negatesClaim = (claim: PreparedText, s: PreparedSentence): boolean =>
  memo(negationMemo, claim, s, () => computeNegation(claim, s, 4))

const computeNegation = (claim: PreparedText, s: PreparedSentence, window: number): boolean => {
  const ts = s.tokens
  for (let i = 0; i < ts.length; i++) {
    if (!ts[i]!.neg) continue
    for (let j = i + 1; j < Math.min(ts.length, i + 1 + window); j++) {
      if (ts[j]!.content && claim.stems.has(ts[j]!.stem)) return true
    }
  }
  return false
}

// -------------------------------------------------------------------------------------
// features
// -------------------------------------------------------------------------------------

const log1p = Math.log1p

// feature names built once (the sink of a feature vector ignores them, but they are evaluated)
const N_BODY = GROUP_NAMES.map((n) => `st.body.${n}`)
const N_BODY_ANY = GROUP_NAMES.map((n) => `st.bodyAny.${n}`)
const N_ALIGNED = GROUP_NAMES.map((n) => `st.aligned.${n}`)
const N_LEAD = GROUP_NAMES.map((n) => `st.lead.${n}`)
const N_CLAIM = GROUP_NAMES.map((n) => `st.claim.${n}`)
const N_SOFT = GROUP_NAMES.map((n) => `st.soft.${n}`)
const N_WORD = STANCE_CUE_WORDS.map((w) => `st.word.${w}`)

/** Relatedness features: overlap of the claim's content with the body. */
export const relatednessFeatures = (claim: PreparedText, body: PreparedText, f: Sink): void => {
  const n = claim.stems.size
  const ns = body.sentences.length
  let hit = 0
  let tfsum = 0
  let dot = 0
  for (const c of claim.stems) {
    const tf = body.tf.get(c) ?? 0
    if (tf > 0) hit++
    tfsum += log1p(tf)
    dot += log1p(claim.tf.get(c) ?? 0) * log1p(tf)
  }
  const bnorm = tfNorm(body)
  const cnorm = tfNorm(claim)
  const sentCov = body.sentences.map((s) => {
    let h = 0
    for (const c of claim.stems) if (s.stems.has(c)) h++
    return n > 0 ? h / n : 0
  })
  const sorted = [...sentCov].sort((a, b) => b - a)
  let leadHit = 0
  for (const c of claim.stems) if (body.leadStems.has(c)) leadHit++
  let bi = 0
  for (const b of claim.bigrams) if (body.bigrams.has(b)) bi++
  let ent = 0
  for (const e of body.entities) if (claim.stems.has(e)) ent++
  let kw = 0
  for (const k of body.keywords) if (claim.stems.has(k)) kw++
  let num = 0
  for (const x of claim.numbers) if (body.numbers.has(x)) num++
  f('rel.cov', n > 0 ? hit / n : 0)
  f('rel.hits', log1p(hit))
  f('rel.misses', log1p(n - hit))
  f('rel.lead', n > 0 ? leadHit / n : 0)
  f('rel.maxSent', sorted[0] ?? 0)
  f('rel.top3Sent', ((sorted[0] ?? 0) + (sorted[1] ?? 0) + (sorted[2] ?? 0)) / 3)
  f('rel.bigram', claim.bigrams.size > 0 ? bi / claim.bigrams.size : 0)
  f('rel.entities', body.entities.length > 0 ? ent / body.entities.length : 0)
  f('rel.keywords', body.keywords.length > 0 ? kw / body.keywords.length : 0)
  f('rel.numbers', claim.numbers.size > 0 ? num / claim.numbers.size : 0)
  f('rel.hasNumbers', claim.numbers.size > 0 ? 1 : 0)
  f('rel.tf', n > 0 ? tfsum / n : 0)
  f('rel.cosine', bnorm > 0 && cnorm > 0 ? dot / Math.sqrt(bnorm * cnorm) : 0)
  f('rel.claimLen', log1p(n))
  f('rel.bodyLen', log1p(ns))
}

/** Stance features: cues in the body, in the sentences aligned with the claim, and in the claim. */
export const stanceFeatures = (claim: PreparedText, body: PreparedText, aligned: ReadonlyArray<number>, f: Sink): void => {
  const ns = Math.max(1, body.sentences.length)
  const al = aligned.map((i) => body.sentences[i]!)
  const lead = body.sentences.slice(0, 2)
  const sum = (ss: ReadonlyArray<PreparedSentence>, g: number): number => ss.reduce((a, s) => a + (s.groups[g] ?? 0), 0)
  const n = claim.stems.size
  let hit = 0
  for (const c of claim.stems) if (body.stems.has(c)) hit++
  let bi = 0
  for (const b of claim.bigrams) if (body.bigrams.has(b)) bi++
  const best = al[0] !== undefined ? sentenceAlignment(claim, al[0]) : 0
  f('st.cov', n > 0 ? hit / n : 0)
  f('st.bigram', claim.bigrams.size > 0 ? bi / claim.bigrams.size : 0)
  f('st.bestAlign', best)
  f('st.nAligned', log1p(body.sentences.filter((s) => sentenceAlignment(claim, s) >= 0.5).length))
  f('st.bodyLen', log1p(ns))
  GROUP_NAMES.forEach((_, g) => {
    f(N_BODY[g]!, (body.groups[g] ?? 0) / ns)
    f(N_BODY_ANY[g]!, (body.groups[g] ?? 0) > 0 ? 1 : 0)
    f(N_ALIGNED[g]!, log1p(sum(al, g)))
    f(N_LEAD[g]!, log1p(sum(lead, g)))
    f(N_CLAIM[g]!, (claim.groups[g] ?? 0) > 0 ? 1 : 0)
  })
  const claimRefutes = (claim.groups[REFUTE] ?? 0) + (claim.groups[DENY] ?? 0) > 0 ? 1 : 0
  const bodyRefutes = log1p(sum(al, REFUTE) + sum(al, DENY))
  f('st.x.refuteBoth', claimRefutes * bodyRefutes)
  f('st.x.refuteBodyOnly', (1 - claimRefutes) * bodyRefutes)
  const claimNeg = (claim.groups[NEG] ?? 0) > 0 ? 1 : 0
  const negAligned = al.filter((s) => negatesClaim(claim, s)).length
  f('st.negAligned', log1p(negAligned))
  f('st.negAny', log1p(body.sentences.filter((s) => negatesClaim(claim, s)).length) / log1p(ns))
  f('st.x.negBoth', claimNeg * log1p(negAligned))
  f('st.x.hedgeAligned', log1p(sum(al, HEDGE) + sum(al, REPORT)))
  f('st.questions', body.sentences.filter((s) => s.question).length / ns)
  f('st.claimQuestion', claim.sentences.some((s) => s.question) ? 1 : 0)
  const bodyRefutesAny = (body.groups[REFUTE] ?? 0) + (body.groups[DENY] ?? 0) > 0 ? 1 : 0
  const bodyNegAny = negAligned > 0 ? 1 : 0
  f('st.x.claimRefuteBodyNot', claimRefutes * (1 - bodyRefutesAny))
  f('st.x.claimRefuteBodyToo', claimRefutes * bodyRefutesAny)
  f('st.x.claimNegBodyNot', claimNeg * (1 - bodyNegAny))
  f('st.x.claimPlainBodyNeg', (1 - claimNeg) * bodyNegAny)
  const near = body.sentences.filter((s) => (s.groups[REFUTE] ?? 0) + (s.groups[DENY] ?? 0) > 0 && sentenceAlignment(claim, s) >= 0.3).length
  f('st.refuteNearClaim', log1p(near))
  // cues weighted by each sentence's alignment with the claim (a soft attention over sentences)
  const weights = body.sentences.map((s) => sentenceAlignment(claim, s) ** 2)
  const wsum = weights.reduce((a, b) => a + b, 0)
  GROUP_NAMES.forEach((_, g) => {
    let v = 0
    body.sentences.forEach((s, i) => (v += weights[i]! * Math.min(2, s.groups[g] ?? 0)))
    f(N_SOFT[g]!, wsum > 0 ? v / wsum : 0)
  })
  const firstAligned = aligned.length > 0 ? Math.min(...aligned) : ns
  f('st.firstAlignedPos', firstAligned / ns)
  f('st.leadAlign', body.sentences[0] !== undefined ? sentenceAlignment(claim, body.sentences[0]) : 0)
  // single cue words over the whole body; per-word features of the aligned sentences and of
  // the claim were tried and dropped: they fit the training stories, not new ones (CV by topic)
  STANCE_CUE_WORDS.forEach((_, i) => f(N_WORD[i]!, log1p(body.words[i] ?? 0)))
}

/** Names of the features each function emits, in order. */
export const featureNames = (which: 'relatedness' | 'stance'): ReadonlyArray<string> => {
  const names: string[] = []
  const c = prepareText('a b')
  const sink: Sink = (name) => {
    names.push(name)
  }
  if (which === 'relatedness') relatednessFeatures(c, c, sink)
  else stanceFeatures(c, c, [], sink)
  return names
}

/** Feature values as an array, in the order of `featureNames`. */
export const featureVector = (
  which: 'relatedness' | 'stance',
  claim: PreparedText,
  body: PreparedText,
  aligned: ReadonlyArray<number>
): Float64Array => {
  const xs: number[] = []
  const sink: Sink = (_, v) => {
    xs.push(Number.isFinite(v) ? v : 0)
  }
  if (which === 'relatedness') relatednessFeatures(claim, body, sink)
  else stanceFeatures(claim, body, aligned, sink)
  return Float64Array.from(xs)
}
