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
import { DENIAL_CUES, DOUBTING_CUES, OPPOSED_STATES, REFUTING_CUES, STANCE_CUE_GROUPS, STANCE_CUE_WORDS, type CueGroup } from './lexicon'
import { STOPWORDS } from '../text/natural'
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
  /** For each content stem, the sentences (ascending indices) that contain it. */
  readonly stemSentences: ReadonlyMap<string, ReadonlyArray<number>>
  /** For each content bigram, the sentences (ascending indices) that contain it. */
  readonly bigramSentences: ReadonlyMap<string, ReadonlyArray<number>>
  /** Sublinear term-frequency norm: sum of log(1 + tf)^2 over the content stems. */
  readonly tfNorm: number
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
  const stemSentences = new Map<string, number[]>()
  const bigramSentences = new Map<string, number[]>()
  sentences.forEach((s, i) => {
    for (const st of s.stems) {
      const post = stemSentences.get(st)
      if (post === undefined) stemSentences.set(st, [i])
      else post.push(i)
    }
    for (const b of s.bigrams) {
      const post = bigramSentences.get(b)
      if (post === undefined) bigramSentences.set(b, [i])
      else post.push(i)
    }
  })
  let norm = 0
  for (const v of tf.values()) norm += Math.log1p(v) ** 2
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
    leadStems: new Set(sentences.slice(0, 3).flatMap((s) => [...s.stems])),
    stemSentences,
    bigramSentences,
    tfNorm: norm
  }
}

// -------------------------------------------------------------------------------------
// alignment
// -------------------------------------------------------------------------------------

/**
 * What one (claim, body) pair needs again and again, computed once per pair and shared by the
 * features, the explicit-refutation rule and the evidence: how much of the claim each body
 * sentence carries, and (lazily) whether it negates the claim. Built by `pairFacts`.
 */
export interface PairFacts {
  readonly claim: PreparedText
  readonly body: PreparedText
  /** Per sentence: the share of the claim's content stems it carries, in [0, 1]. */
  readonly coverage: Float64Array
  /** Per sentence: `coverage` plus a bonus for the claim's bigrams (`sentenceAlignment`). */
  readonly alignment: Float64Array
  /** The (at most 3) sentences most aligned with the claim, best first, only those sharing content. */
  readonly aligned: ReadonlyArray<number>
  /** Internal cache of `negatesClaim`: -1 not computed yet, else 0 or 1. */
  readonly negation: Int8Array
}

/** The facts of a pair: per-sentence alignment from the body's stem and bigram indices. */
export const pairFacts = (claim: PreparedText, body: PreparedText): PairFacts => {
  const ns = body.sentences.length
  const coverage = new Float64Array(ns)
  const alignment = new Float64Array(ns)
  const n = claim.stems.size
  const nb = claim.bigrams.size
  if (n > 0) {
    const hits = new Float64Array(ns)
    for (const c of claim.stems) {
      const post = body.stemSentences.get(c)
      if (post !== undefined) for (const i of post) hits[i]!++
    }
    const bis = new Float64Array(ns)
    for (const b of claim.bigrams) {
      const post = body.bigramSentences.get(b)
      if (post !== undefined) for (const i of post) bis[i]!++
    }
    for (let i = 0; i < ns; i++) {
      if (hits[i] === 0) continue
      coverage[i] = hits[i]! / n
      alignment[i] = hits[i]! / n + (nb > 0 ? (0.5 * bis[i]!) / nb : 0)
    }
  }
  // top 3 by alignment (ties: earlier sentence first), among sentences sharing content
  const aligned: number[] = []
  for (let i = 0; i < ns; i++) {
    const a = alignment[i]!
    if (!(a > 0)) continue
    let k = aligned.length
    while (k > 0 && alignment[aligned[k - 1]!]! < a) k--
    if (k < 3) {
      aligned.splice(k, 0, i)
      if (aligned.length > 3) aligned.pop()
    }
  }
  return { claim, body, coverage, alignment, aligned, negation: new Int8Array(ns).fill(-1) }
}

/** How much of the claim's content sentence `i` carries, in [0, 1] (plus a bigram bonus). */
export const sentenceAlignment = (facts: PairFacts, i: number): number => facts.alignment[i] ?? 0

/**
 * True when a negation stands within 4 tokens before a claim stem in sentence `i`. A sentence
 * that carries none of the claim's stems never negates it, so only aligned sentences are read.
 */
export const negatesClaim = (facts: PairFacts, i: number): boolean => {
  const hit = facts.negation[i]
  if (hit === undefined || !((facts.coverage[i] ?? 0) > 0)) return false
  if (hit >= 0) return hit === 1
  const v = computeNegation(facts.claim, facts.body.sentences[i]!, 4)
  facts.negation[i] = v ? 1 : 0
  return v
}

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
export const relatednessFeatures = (facts: PairFacts, f: Sink): void => {
  const { claim, body, coverage } = facts
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
  const bnorm = body.tfNorm
  const cnorm = claim.tfNorm
  // the three best sentence coverages, best first (0 when there are fewer sentences)
  let s0 = 0
  let s1 = 0
  let s2 = 0
  for (let i = 0; i < ns; i++) {
    const v = coverage[i]!
    if (v > s0) {
      s2 = s1
      s1 = s0
      s0 = v
    } else if (v > s1) {
      s2 = s1
      s1 = v
    } else if (v > s2) s2 = v
  }
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
  f('rel.maxSent', s0)
  f('rel.top3Sent', (s0 + s1 + s2) / 3)
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

const refuting = (s: PreparedSentence): boolean => (s.groups[REFUTE] ?? 0) + (s.groups[DENY] ?? 0) > 0

/** Stance features: cues in the body, in the sentences aligned with the claim, and in the claim. */
export const stanceFeatures = (facts: PairFacts, f: Sink): void => {
  const { claim, body, alignment, aligned } = facts
  const sentences = body.sentences
  const ns = Math.max(1, sentences.length)
  const al = aligned.map((i) => sentences[i]!)
  const lead = sentences.slice(0, 2)
  const sum = (ss: ReadonlyArray<PreparedSentence>, g: number): number => {
    let v = 0
    for (const s of ss) v += s.groups[g] ?? 0
    return v
  }
  const n = claim.stems.size
  let hit = 0
  for (const c of claim.stems) if (body.stems.has(c)) hit++
  let bi = 0
  for (const b of claim.bigrams) if (body.bigrams.has(b)) bi++
  const best = aligned[0] !== undefined ? alignment[aligned[0]]! : 0
  // one pass over the sentences that share content with the claim (the others add nothing)
  let nAligned = 0
  let negAny = 0
  let near = 0
  let wsum = 0
  const soft = new Float64Array(GROUP_NAMES.length)
  for (let i = 0; i < sentences.length; i++) {
    const a = alignment[i]!
    if (!(a > 0)) continue
    const s = sentences[i]!
    if (a >= 0.5) nAligned++
    if (negatesClaim(facts, i)) negAny++
    if (a >= 0.3 && refuting(s)) near++
    const w = a ** 2
    wsum += w
    for (let g = 0; g < soft.length; g++) soft[g] = soft[g]! + w * Math.min(2, s.groups[g] ?? 0)
  }
  f('st.cov', n > 0 ? hit / n : 0)
  f('st.bigram', claim.bigrams.size > 0 ? bi / claim.bigrams.size : 0)
  f('st.bestAlign', best)
  f('st.nAligned', log1p(nAligned))
  f('st.bodyLen', log1p(ns))
  for (let g = 0; g < GROUP_NAMES.length; g++) {
    f(N_BODY[g]!, (body.groups[g] ?? 0) / ns)
    f(N_BODY_ANY[g]!, (body.groups[g] ?? 0) > 0 ? 1 : 0)
    f(N_ALIGNED[g]!, log1p(sum(al, g)))
    f(N_LEAD[g]!, log1p(sum(lead, g)))
    f(N_CLAIM[g]!, (claim.groups[g] ?? 0) > 0 ? 1 : 0)
  }
  const claimRefutes = (claim.groups[REFUTE] ?? 0) + (claim.groups[DENY] ?? 0) > 0 ? 1 : 0
  const bodyRefutes = log1p(sum(al, REFUTE) + sum(al, DENY))
  f('st.x.refuteBoth', claimRefutes * bodyRefutes)
  f('st.x.refuteBodyOnly', (1 - claimRefutes) * bodyRefutes)
  const claimNeg = (claim.groups[NEG] ?? 0) > 0 ? 1 : 0
  let negAligned = 0
  for (const i of aligned) if (negatesClaim(facts, i)) negAligned++
  f('st.negAligned', log1p(negAligned))
  f('st.negAny', log1p(negAny) / log1p(ns))
  f('st.x.negBoth', claimNeg * log1p(negAligned))
  f('st.x.hedgeAligned', log1p(sum(al, HEDGE) + sum(al, REPORT)))
  let questions = 0
  for (const s of sentences) if (s.question) questions++
  f('st.questions', questions / ns)
  f('st.claimQuestion', claim.sentences.some((s) => s.question) ? 1 : 0)
  const bodyRefutesAny = (body.groups[REFUTE] ?? 0) + (body.groups[DENY] ?? 0) > 0 ? 1 : 0
  const bodyNegAny = negAligned > 0 ? 1 : 0
  f('st.x.claimRefuteBodyNot', claimRefutes * (1 - bodyRefutesAny))
  f('st.x.claimRefuteBodyToo', claimRefutes * bodyRefutesAny)
  f('st.x.claimNegBodyNot', claimNeg * (1 - bodyNegAny))
  f('st.x.claimPlainBodyNeg', (1 - claimNeg) * bodyNegAny)
  f('st.refuteNearClaim', log1p(near))
  // cues weighted by each sentence's alignment with the claim (a soft attention over sentences)
  for (let g = 0; g < GROUP_NAMES.length; g++) f(N_SOFT[g]!, wsum > 0 ? soft[g]! / wsum : 0)
  let firstAligned = ns
  for (const i of aligned) if (i < firstAligned) firstAligned = i
  f('st.firstAlignedPos', firstAligned / ns)
  f('st.leadAlign', sentences.length > 0 ? alignment[0]! : 0)
  // single cue words over the whole body; per-word features of the aligned sentences and of
  // the claim were tried and dropped: they fit the training stories, not new ones (CV by topic)
  for (let i = 0; i < N_WORD.length; i++) f(N_WORD[i]!, log1p(body.words[i] ?? 0))
}

/**
 * Which feature set: `relatedness`, `stance` (article bodies), or `headline` (short texts; the
 * stance features plus `headlineFeatures` over `vocabulary`).
 */
export type Which = 'relatedness' | 'stance' | 'headline'

const NO_WORDS: ReadonlyArray<string> = []

const emit = (which: Which, facts: PairFacts, vocabulary: ReadonlyArray<string>, sink: Sink): void => {
  if (which === 'relatedness') relatednessFeatures(facts, sink)
  else if (which === 'stance') stanceFeatures(facts, sink)
  else headlineFeatures(facts, vocabulary, sink)
}

const NAMES = new Map<Which, ReadonlyArray<string>>()
const HEADLINE_NAMES = new WeakMap<ReadonlyArray<string>, ReadonlyArray<string>>()

/** Names of the features each function emits, in order (`vocabulary`: headline bag of words). */
export const featureNames = (which: Which, vocabulary: ReadonlyArray<string> = NO_WORDS): ReadonlyArray<string> => {
  const hit = which === 'headline' ? HEADLINE_NAMES.get(vocabulary) : NAMES.get(which)
  if (hit !== undefined) return hit
  const names: string[] = []
  const c = prepareText('a b')
  emit(which, pairFacts(c, c), vocabulary, (name) => {
    names.push(name)
  })
  if (which === 'headline') HEADLINE_NAMES.set(vocabulary, names)
  else NAMES.set(which, names)
  return names
}

/** Feature values as an array, in the order of `featureNames`. */
export const featureVector = (which: Which, facts: PairFacts, vocabulary: ReadonlyArray<string> = NO_WORDS): Float64Array => {
  const xs = new Float64Array(featureNames(which, vocabulary).length)
  let k = 0
  emit(which, facts, vocabulary, (_, v) => {
    xs[k++] = Number.isFinite(v) ? v : 0
  })
  return xs
}

// -------------------------------------------------------------------------------------
// headline features
// -------------------------------------------------------------------------------------

/**
 * Words a headline's bag of words may use: function words and the cue lexicons' words, never
 * names or topic words (so the model cannot learn the training stories). The headline model's
 * vocabulary is the subset of these seen in the headlines of at least 8 training claims.
 */
const HEADLINE_WORD_CANDIDATES: ReadonlySet<string> = new Set([
  ...STOPWORDS,
  ...[...STANCE_CUE_GROUPS, DOUBTING_CUES].flatMap((g) => [...g.words, ...g.phrases.flatMap((p) => p.split(/\s+/))])
])
const DOUBT_GROUP: CompiledGroup = compile(DOUBTING_CUES)
const REFUTING_WORDS: ReadonlySet<string> = new Set(REFUTING_CUES.words)
const DENIAL_WORDS: ReadonlySet<string> = new Set(DENIAL_CUES.words)

const headlineTokens = (t: PreparedText): ReadonlyArray<Token> => {
  const out: Token[] = []
  for (const s of t.sentences) for (const tok of s.tokens) out.push(tok)
  return out
}

/**
 * The bag-of-words keys of a short text: `w.<word>` for each candidate word it contains and
 * `first.<word>` / `last.<word>` for its first and last word when they are candidates. Sorted,
 * distinct.
 */
export const headlineKeys = (t: PreparedText): ReadonlyArray<string> => {
  const toks = headlineTokens(t)
  const keys = new Set<string>()
  for (const tok of toks) if (HEADLINE_WORD_CANDIDATES.has(tok.word)) keys.add(`w.${tok.word}`)
  const first = toks[0]?.word
  const last = toks[toks.length - 1]?.word
  if (first !== undefined && HEADLINE_WORD_CANDIDATES.has(first)) keys.add(`first.${first}`)
  if (last !== undefined && HEADLINE_WORD_CANDIDATES.has(last)) keys.add(`last.${last}`)
  return [...keys].sort()
}

const countPhrases = (words: ReadonlyArray<string>, g: CompiledGroup): number => {
  let n = 0
  for (let i = 0; i < words.length; i++) {
    if (g.words.has(words[i]!)) n++
    for (const p of g.phrases) {
      if (p[0] !== words[i] || i + p.length > words.length) continue
      let ok = true
      for (let k = 1; k < p.length && ok; k++) ok = words[i + k] === p[k]
      if (ok) n++
    }
  }
  return n
}

/**
 * Headline features: the stance features, then the form of a short text (question, `Source:`
 * prefix, quotes), doubt and debunking cues, opposed states (a claim that someone died against
 * a headline that they are alive), refuting words that are themselves negated ("no hoax",
 * "denies it was fake"), and a bag of function and cue words (`vocabulary`, see `headlineKeys`).
 */
export const headlineFeatures = (facts: PairFacts, vocabulary: ReadonlyArray<string>, f: Sink): void => {
  stanceFeatures(facts, f)
  const { claim, body } = facts
  const text = body.text.trim()
  const toks = headlineTokens(body)
  const words = toks.map((t) => t.word)
  const claimWords = new Set(headlineTokens(claim).map((t) => t.word))
  const headWords = new Set(words)
  let opposed = 0
  for (const [a, b] of OPPOSED_STATES) {
    const claimA = a.some((w) => claimWords.has(w))
    const claimB = b.some((w) => claimWords.has(w))
    const headA = a.some((w) => headWords.has(w))
    const headB = b.some((w) => headWords.has(w))
    if ((claimA && headB && !headA) || (claimB && headA && !headB)) opposed++
  }
  let refutations = 0
  let negated = 0
  toks.forEach((t, i) => {
    if (!REFUTING_WORDS.has(t.word)) return
    refutations++
    for (let k = Math.max(0, i - 4); k < i; k++) {
      if (toks[k]!.neg || DENIAL_WORDS.has(toks[k]!.word)) {
        negated++
        break
      }
    }
  })
  f('hl.questionEnd', text.endsWith('?') ? 1 : 0)
  f('hl.question', text.includes('?') ? 1 : 0)
  f('hl.sourcePrefix', /^[^:]{1,25}:/.test(text) ? 1 : 0)
  f('hl.colon', text.includes(':') ? 1 : 0)
  f('hl.quote', /["“”‘]/.test(text) ? 1 : 0)
  f('hl.dashSource', /(?:--|—|-)\s*\w+$/.test(text) ? 1 : 0)
  f('hl.doubt', log1p(countPhrases(words, DOUBT_GROUP)))
  f('hl.opposed', opposed)
  f('hl.negatedRefutation', negated)
  f('hl.plainRefutation', refutations - negated > 0 ? 1 : 0)
  const keys = new Set(headlineKeys(body))
  for (const v of vocabulary) f(`hl.${v}`, keys.has(v) ? 1 : 0)
}
