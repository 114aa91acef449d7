/**
 * Claim stance: what an article (or a headline) says about a given claim — agrees with it,
 * disagrees with it, discusses it without taking a side, or is unrelated — with the sentences
 * that decided it.
 *
 * Frozen linear models over interpretable lexical features (see `features.ts`): one says
 * whether the text addresses the claim at all (content, entity and number overlap), another
 * how (refuting and denial cues, negation near the claim's content, hedges and reporting cues,
 * in the whole text and in the sentences aligned with the claim). Short texts such as headlines
 * (`kind: 'headline'`) get a third model, fitted on claim/headline pairs, that also reads the
 * form of the headline, doubt and debunking cues, opposed states and a bag of function words.
 *
 * @since 0.1.0
 */
import type { Article } from '../model/article'
import { featureVector, negatesClaim, pairFacts, prepareText, type PairFacts, type PreparedText } from './features'
import { logits, softmax, type LinearModel } from './linear'
import { STANCE_CUE_GROUPS } from './lexicon'
import { DEFAULT_STANCE_MODELS, HEADLINE_STANCE_MODEL, HEADLINE_VOCABULARY } from './weights'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What a text says about a claim.
 *
 * @example
 * import type { StanceLabel } from 'gainsay'
 * const label: StanceLabel = 'discuss'
 *
 * @since 0.1.0
 */
export type StanceLabel = 'agree' | 'disagree' | 'discuss' | 'unrelated'

/**
 * All stance labels, in a fixed order.
 *
 * @example
 * import { STANCE_LABELS } from 'gainsay'
 * STANCE_LABELS.length // 4
 *
 * @since 0.1.0
 */
export const STANCE_LABELS: ReadonlyArray<StanceLabel> = ['agree', 'disagree', 'discuss', 'unrelated']

/**
 * Why a sentence is evidence: it restates the claim (`aligned`), calls it false or denies it
 * (`refuting`), negates the claim's content (`negating`), or relays it with a hedge or an
 * attribution (`hedging`).
 *
 * @example
 * import type { EvidenceRole } from 'gainsay'
 * const role: EvidenceRole = 'refuting'
 *
 * @since 0.1.0
 */
export type EvidenceRole = 'aligned' | 'refuting' | 'negating' | 'hedging'

/**
 * A sentence of the text that decided the stance. `start`/`end` are UTF-16 offsets into the
 * text, and `text.slice(start, end) === evidence.text`.
 *
 * @example
 * import { stance, type StanceEvidence } from 'gainsay'
 * const body = 'The mayor denied that the museum will close. "It is not true," she said.'
 * const evidence: ReadonlyArray<StanceEvidence> = stance('The museum will close', body).evidence
 * evidence.every((e) => body.slice(e.start, e.end) === e.text) // true
 *
 * @since 0.1.0
 */
export interface StanceEvidence {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly role: EvidenceRole
}

/**
 * The stance of one text towards one claim. `score` is the probability of `label`;
 * `probabilities` gives all four (they sum to 1); `related` is the probability that the text
 * addresses the claim at all.
 *
 * @example
 * import { stance, type Stance } from 'gainsay'
 * const s: Stance = stance('The museum will close', 'Heavy rain is expected this weekend.')
 * s.label // 'unrelated'
 *
 * @since 0.1.0
 */
export interface Stance {
  readonly label: StanceLabel
  readonly score: number
  readonly related: number
  readonly probabilities: Readonly<Record<StanceLabel, number>>
  readonly evidence: ReadonlyArray<StanceEvidence>
}

/**
 * One article's stance in a ranking (`rankStances`).
 *
 * @example
 * import { rankStances, type RankedStance } from 'gainsay'
 * const ranked: ReadonlyArray<RankedStance> = rankStances('The museum will close', [{ id: 'a', text: 'The museum will close in May, the city said.' }])
 * ranked[0]?.rank // 1
 *
 * @since 0.1.0
 */
export interface RankedStance extends Stance {
  readonly id: string
  /** 1-based position in the ranking. */
  readonly rank: number
}

/**
 * Options of `stance` and `rankStances`.
 * - `kind`: `article` (default) for a full text; `headline` for a single short text (a title,
 *   a tweet), scored with the headline model trained on the Emergent claim/headline pairs
 *   (accuracy 0.78 in 5-fold cross-validation grouped by claim, see `eval/emergent.json`) and
 *   counted related when it shares any content word with the claim. The choice is the caller's:
 *   nothing is switched by length.
 * - `maxEvidence`: at most this many evidence sentences (default 3).
 *
 * @example
 * import { stance, type StanceOptions } from 'gainsay'
 * const options: StanceOptions = { kind: 'headline', maxEvidence: 1 }
 * stance('The museum will close', 'Museum to close in May, city says', options).evidence.length <= 1 // true
 *
 * @since 0.1.0
 */
export interface StanceOptions {
  readonly kind?: 'article' | 'headline'
  readonly maxEvidence?: number
}

/** The pair of models (internal: training scripts build others). */
export interface StanceModels {
  readonly relatedness: LinearModel
  readonly stance: LinearModel
  /** When present, `stance` is a headline model over the headline features with this bag of words. */
  readonly vocabulary?: ReadonlyArray<string>
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const REFUTE = STANCE_CUE_GROUPS.findIndex((g) => g.name === 'refute')
const DENY = STANCE_CUE_GROUPS.findIndex((g) => g.name === 'deny')
const HEDGE = STANCE_CUE_GROUPS.findIndex((g) => g.name === 'hedge')
const REPORT = STANCE_CUE_GROUPS.findIndex((g) => g.name === 'report')

const STANCE_CLASSES: ReadonlyArray<StanceLabel> = ['agree', 'disagree', 'discuss']

const withOffsets = (m: LinearModel, x: ArrayLike<number>, boost: ArrayLike<number> = []): Float64Array => {
  const z = logits(m, x)
  for (let c = 0; c < z.length; c++) z[c] = z[c]! + (m.offsets[c] ?? 0) + (boost[c] ?? 0)
  return softmax(z)
}

const NEG = STANCE_CUE_GROUPS.findIndex((g) => g.name === 'neg')

/**
 * The explicit-refutation rule: sentences that carry nearly all of the claim's content
 * (alignment >= 0.8) together with a refuting or denial cue, or a negation in front of the
 * claim's words, when the claim itself carries no such cue ("Officials denied that a tiger
 * escaped from the zoo"). Each (at most two) adds `EXPLICIT_REFUTATION_BOOST` to the
 * disagree log-odds. The learned weights see these cues too, but FNC-1's rare disagree class
 * and its noisy labels keep them small. On the FNC-1 training bodies (out-of-fold by topic,
 * offsets retuned each time) the rule is neutral for any boost from 0 to 2 (macro-F1
 * 0.555-0.558); 0.6 was chosen first on the training bodies. A boost of 1.5 makes more plain
 * denials read as disagree at a cost on the FNC-1 hold-out (macro-F1 0.667 instead of 0.674).
 */
export const explicitRefutations = (facts: PairFacts): number => {
  const { claim, body, alignment } = facts
  const cue = (g: ReadonlyArray<number>): number => (g[REFUTE] ?? 0) + (g[DENY] ?? 0)
  if (cue(claim.groups) + (claim.groups[NEG] ?? 0) > 0) return 0
  let n = 0
  for (let i = 0; i < body.sentences.length; i++) {
    if (alignment[i]! >= 0.8 && (cue(body.sentences[i]!.groups) > 0 || negatesClaim(facts, i))) n++
  }
  return Math.min(2, n)
}

/** Added to the disagree log-odds per explicit refutation (see `explicitRefutations`). */
export const EXPLICIT_REFUTATION_BOOST = 0.6

const argmax = (p: ArrayLike<number>): number => {
  let b = 0
  for (let i = 1; i < p.length; i++) if (p[i]! > p[b]!) b = i
  return b
}

const evidenceFor = (label: StanceLabel, facts: PairFacts, max: number): ReadonlyArray<StanceEvidence> => {
  if (label === 'unrelated' || max <= 0) return []
  const { body, alignment, aligned } = facts
  const make = (i: number, role: EvidenceRole): StanceEvidence => {
    const s = body.sentences[i]!
    return { start: s.start, end: s.end, text: body.text.slice(s.start, s.end), role }
  }
  const picked: StanceEvidence[] = []
  const used = new Set<number>()
  const take = (i: number, role: EvidenceRole): void => {
    if (picked.length >= max || used.has(i)) return
    used.add(i)
    picked.push(make(i, role))
  }
  const byAlignment = (xs: ReadonlyArray<number>): ReadonlyArray<number> =>
    [...xs].sort((a, b) => alignment[b]! - alignment[a]! || a - b)
  const cued = (g: ReadonlyArray<number>, test: (i: number) => boolean): number[] => {
    const out: number[] = []
    body.sentences.forEach((s, i) => {
      if (g.some((k) => (s.groups[k] ?? 0) > 0) && test(i)) out.push(i)
    })
    return out
  }
  const sharing: number[] = []
  for (let i = 0; i < body.sentences.length; i++) if (alignment[i]! > 0) sharing.push(i)
  if (label === 'disagree') {
    for (const i of byAlignment(cued([REFUTE, DENY], () => true))) take(i, 'refuting')
    for (const i of byAlignment(sharing.filter((i) => negatesClaim(facts, i)))) take(i, 'negating')
  } else if (label === 'discuss') {
    for (const i of byAlignment(cued([HEDGE, REPORT], (i) => alignment[i]! > 0))) take(i, 'hedging')
  } else {
    for (const i of aligned) {
      const s = body.sentences[i]!
      if ((s.groups[REFUTE] ?? 0) + (s.groups[DENY] ?? 0) === 0 && !negatesClaim(facts, i)) take(i, 'aligned')
    }
  }
  for (const i of aligned) take(i, 'aligned')
  return picked
}

/** Classifies a prepared pair. Internal: the public functions and the evaluation scripts use it. */
export const classifyPrepared = (
  claim: PreparedText,
  body: PreparedText,
  models: StanceModels = DEFAULT_STANCE_MODELS,
  options: { readonly assumeRelated?: boolean; readonly maxEvidence?: number } = {}
): Stance => {
  const facts = pairFacts(claim, body)
  const related =
    options.assumeRelated === true
      ? 1
      : (withOffsets(models.relatedness, featureVector('relatedness', facts))[1] ?? 0)
  const x = models.vocabulary !== undefined ? featureVector('headline', facts, models.vocabulary) : featureVector('stance', facts)
  const p = withOffsets(models.stance, x, [0, EXPLICIT_REFUTATION_BOOST * explicitRefutations(facts), 0])
  const probabilities: Record<StanceLabel, number> = {
    agree: related * (p[0] ?? 0),
    disagree: related * (p[1] ?? 0),
    discuss: related * (p[2] ?? 0),
    unrelated: 1 - related
  }
  const label: StanceLabel = related < 0.5 || claim.stems.size === 0 ? 'unrelated' : STANCE_CLASSES[argmax(p)]!
  return {
    label,
    score: label === 'unrelated' && claim.stems.size === 0 ? 1 : probabilities[label],
    related,
    probabilities,
    evidence: evidenceFor(label, facts, options.maxEvidence ?? 3)
  }
}

const asText = (x: unknown): string => (typeof x === 'string' ? x : '')

/**
 * A small least-recently-used memo of prepared texts, keyed by the text itself: callers that
 * score many claims against the same bodies with `stance` or `rankStances` tokenise each body
 * once (corpora keep their own preparations and do not use it). Bounded (entries and characters), and invisible in the results: a prepared text depends
 * only on its string.
 */
const PREPARED_CACHE_ENTRIES = 256
const PREPARED_CACHE_CHARS = 4_000_000
const preparedCache = new Map<string, PreparedText>()
let preparedCacheChars = 0

const prepareCached = (text: string): PreparedText => {
  const hit = preparedCache.get(text)
  if (hit !== undefined) {
    preparedCache.delete(text)
    preparedCache.set(text, hit)
    return hit
  }
  const p = prepareText(text)
  if (text.length > PREPARED_CACHE_CHARS / 8) return p
  preparedCache.set(text, p)
  preparedCacheChars += text.length
  while (preparedCache.size > PREPARED_CACHE_ENTRIES || preparedCacheChars > PREPARED_CACHE_CHARS) {
    const oldest = preparedCache.keys().next()
    if (oldest.done === true) break
    preparedCache.delete(oldest.value)
    preparedCacheChars -= oldest.value.length
  }
  return p
}

const sharesContent = (claim: PreparedText, text: PreparedText): boolean => {
  for (const c of claim.stems) if (text.stems.has(c)) return true
  return false
}

const HEADLINE_MODELS: StanceModels = {
  relatedness: DEFAULT_STANCE_MODELS.relatedness,
  stance: HEADLINE_STANCE_MODEL,
  vocabulary: HEADLINE_VOCABULARY
}

const classify = (claim: PreparedText, body: PreparedText, options: StanceOptions): Stance =>
  options.kind === 'headline'
    ? classifyPrepared(claim, body, HEADLINE_MODELS, {
        assumeRelated: sharesContent(claim, body),
        maxEvidence: options.maxEvidence ?? 3
      })
    : classifyPrepared(claim, body, DEFAULT_STANCE_MODELS, { maxEvidence: options.maxEvidence ?? 3 })

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The stance of an article towards a claim, with the sentences that decided it.
 *
 * Never throws: an empty claim or body is `unrelated` with no evidence. Deterministic.
 *
 * @example
 * import { stance } from 'gainsay'
 * const body = 'Police denied reports that a shark swam down a flooded street. "That is not true," a spokesman said.'
 * const s = stance('A shark swam down a flooded street', body)
 * s.label // 'disagree'
 * s.evidence.every((e) => body.slice(e.start, e.end) === e.text) // true
 *
 * @since 0.1.0
 */
export const stance = (claim: string, body: string, options: StanceOptions = {}): Stance =>
  classify(prepareCached(asText(claim)), prepareCached(asText(body)), options)

/**
 * Articles prepared once (sentences, stems, cue counts) for ranking any number of claims
 * against them with `rankStancesIn`. Opaque: build it with `prepareStanceCorpus`. Each article
 * is prepared the first time a claim is ranked against it (and kept), so a corpus of many
 * articles of which each claim reads a few (`rankStancesIn`'s `only`) prepares only those;
 * results are the same either way.
 *
 * @example
 * import { prepareStanceCorpus, type StanceCorpus } from 'gainsay'
 * const corpus: StanceCorpus = prepareStanceCorpus([{ id: 'a', text: 'The museum will close in May.' }])
 * corpus.ids // ['a']
 *
 * @since 0.1.0
 */
export interface StanceCorpus {
  readonly _tag: 'StanceCorpus'
  readonly ids: ReadonlyArray<string>
  /** Internal: the prepared text of article `i` (prepared on first use, then cached). */
  readonly prepared: (i: number) => PreparedText
  /** Internal: the texts evidence offsets index, when they differ from the prepared ones. */
  readonly sources: ReadonlyArray<string> | null
  readonly options: StanceOptions
}

/**
 * Prepares articles once for many claims (see `rankStancesIn`); `rankStances` does this for
 * a single claim.
 *
 * @example
 * import { prepareStanceCorpus, rankStancesIn } from 'gainsay'
 * const corpus = prepareStanceCorpus([
 *   { id: 'a', text: 'The ferry service to the island was suspended on Friday, the operator said.' },
 *   { id: 'b', text: 'The operator denied that the ferry service was suspended. Ferries run as usual.' }
 * ])
 * rankStancesIn(corpus, 'The ferry service was suspended').length // 2
 *
 * @since 0.1.0
 */
export const prepareStanceCorpus = (
  articles: ReadonlyArray<{ readonly id: string; readonly text: string }>,
  options: StanceOptions = {}
): StanceCorpus => {
  const list = Array.isArray(articles) ? articles : []
  return lazyCorpus(
    list.map((a) => asText(a?.id)),
    list.map((a) => () => asText(a?.text)),
    null,
    options
  )
}

/** A corpus whose texts are read and prepared on first use (a memo: outputs do not depend on it). */
const lazyCorpus = (
  ids: ReadonlyArray<string>,
  texts: ReadonlyArray<() => string>,
  sources: ReadonlyArray<string> | null,
  options: StanceOptions,
  prepare: (text: string) => PreparedText = prepareText
): StanceCorpus => {
  const cache: Array<PreparedText | undefined> = new Array<PreparedText | undefined>(ids.length)
  const prepared = (i: number): PreparedText => {
    const hit = cache[i]
    if (hit !== undefined) return hit
    const p = prepare(texts[i]?.() ?? '')
    cache[i] = p
    return p
  }
  return { _tag: 'StanceCorpus', ids, prepared, sources, options }
}

const byRank = (a: Stance & { readonly id: string }, b: Stance & { readonly id: string }): number => {
  const ra = a.label === 'unrelated' ? 1 : 0
  const rb = b.label === 'unrelated' ? 1 : 0
  if (ra !== rb) return ra - rb
  const ka = ra === 1 ? a.related : a.score
  const kb = rb === 1 ? b.related : b.score
  return kb - ka || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/**
 * One claim against a prepared corpus: each article's stance, ranked — articles that address
 * the claim first (by the probability of their label), then unrelated ones (by relatedness);
 * ties by id. `only` restricts the ranking to some article ids.
 *
 * @example
 * import { prepareStanceCorpus, rankStancesIn } from 'gainsay'
 * const corpus = prepareStanceCorpus([{ id: 'a', text: 'Floods closed the main road on Monday.' }])
 * rankStancesIn(corpus, 'Floods closed the main road')[0]?.label // 'agree'
 *
 * @since 0.1.0
 */
export const rankStancesIn = (
  corpus: StanceCorpus,
  claim: string,
  only?: ReadonlyArray<string>
): ReadonlyArray<RankedStance> => {
  const c = prepareCached(asText(claim))
  const wanted = only !== undefined && Array.isArray(only) ? new Set(only) : null
  const out: Array<Stance & { readonly id: string }> = []
  corpus.ids.forEach((id, i) => {
    if (wanted !== null && !wanted.has(id)) return
    const st = classify(c, corpus.prepared(i), corpus.options)
    const source = corpus.sources?.[i]
    out.push({
      id,
      ...st,
      evidence: source === undefined ? st.evidence : st.evidence.map((e) => ({ ...e, text: source.slice(e.start, e.end) }))
    })
  })
  return out.sort(byRank).map((s, i) => ({ ...s, rank: i + 1 }))
}

/**
 * One claim against many articles: each article's stance, ranked — articles that address the
 * claim first (by the probability of their label), then unrelated ones; ties by id. Each
 * article is prepared once; to rank many claims against the same articles, prepare them once
 * with `prepareStanceCorpus` and use `rankStancesIn`.
 *
 * @example
 * import { rankStances } from 'gainsay'
 * const ranked = rankStances('The bridge collapsed on Monday', [
 *   { id: 'a', text: 'The town council met to discuss school budgets.' },
 *   { id: 'b', text: 'The bridge collapsed on Monday morning, police said. Two cars fell into the river.' }
 * ])
 * ranked[0]?.id // 'b'
 *
 * @since 0.1.0
 */
export const rankStances = (
  claim: string,
  articles: ReadonlyArray<{ readonly id: string; readonly text: string }>,
  options: StanceOptions = {}
): ReadonlyArray<RankedStance> => {
  const list = Array.isArray(articles) ? articles : []
  const corpus = lazyCorpus(
    list.map((a) => asText(a?.id)),
    list.map((a) => () => asText(a?.text)),
    null,
    options,
    prepareCached
  )
  return rankStancesIn(corpus, claim)
}

/**
 * The part of an ingested article that speaks: its title and body paragraphs, with every
 * other character (header lines, bylines, boilerplate such as comment forms and licences)
 * blanked to a space, so offsets still index `article.text`. Line breaks are kept.
 */
const speakingText = (article: Article): string => {
  const keep = [...(article.title !== null ? [article.title] : []), ...article.paragraphs]
  if (keep.length === 0) return article.text
  const text = article.text
  const mask = new Uint8Array(text.length)
  for (const k of keep) mask.fill(1, Math.max(0, k.start), Math.min(text.length, k.end))
  let out = ''
  let run = 0
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && mask[i] === 1) continue
    if (i > run) out += text.slice(run, i)
    if (i < text.length) out += text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13 ? text.charAt(i) : ' '
    run = i + 1
  }
  return out
}

/**
 * `prepareStanceCorpus` over ingested articles: only titles and body paragraphs are read
 * (boilerplate, header lines and bylines are skipped) and evidence offsets index each
 * `article.text`. Use it with `rankStancesIn` to rank many claims (say, every disputed
 * proposition of a report) against the same articles.
 *
 * @example
 * import { ingestText, prepareArticleStanceCorpus, rankStancesIn } from 'gainsay'
 * import * as E from 'fp-ts/Either'
 * const a = ingestText({ id: 'a', text: 'Port reopens\n\nThe port reopened on Tuesday after the storm, officials said.' })
 * const corpus = prepareArticleStanceCorpus(E.isRight(a) ? [a.right] : [])
 * rankStancesIn(corpus, 'The port reopened')[0]?.label // 'agree'
 *
 * @since 0.1.0
 */
export const prepareArticleStanceCorpus = (articles: ReadonlyArray<Article>, options: StanceOptions = {}): StanceCorpus => {
  const list = (Array.isArray(articles) ? articles : []).filter((a: Article) => a !== null && typeof a === 'object')
  const texts = list.map((a) => (typeof a.text === 'string' ? a.text : ''))
  return lazyCorpus(
    list.map((a) => asText(a.id)),
    list.map((a) => () => (typeof a.text === 'string' ? speakingText(a) : '')),
    texts,
    options
  )
}

/**
 * `rankStances` over ingested articles: only the title and body paragraphs are read
 * (boilerplate, header lines and bylines are skipped), and evidence offsets index each
 * `article.text`. This is the form the report uses: one claim, the articles on each side.
 *
 * @example
 * import { ingestText, rankArticleStances } from 'gainsay'
 * import * as E from 'fp-ts/Either'
 * const a = ingestText({ id: 'a', text: 'Dam did not burst\n\nOfficials denied that the dam burst, calling the reports false.' })
 * const b = ingestText({ id: 'b', text: 'Dam bursts\n\nThe dam burst on Sunday, flooding three villages, police said.' })
 * const articles = [a, b].flatMap((x) => (E.isRight(x) ? [x.right] : []))
 * const ranked = rankArticleStances('The dam burst', articles)
 * ranked.map((r) => [r.id, r.label]) // [['a', 'disagree'], ['b', 'agree']]
 *
 * @since 0.1.0
 */
export const rankArticleStances = (
  claim: string,
  articles: ReadonlyArray<Article>,
  options: StanceOptions = {}
): ReadonlyArray<RankedStance> => rankStancesIn(prepareArticleStanceCorpus(articles, options), claim)
