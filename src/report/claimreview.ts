/**
 * schema.org ClaimReview JSON-LD for the disputed claims of a Report, for fact-checking tools
 * and search engines that read structured data.
 *
 * @since 0.1.0
 */
import type { Claim, ClaimRef, Contradiction, Proposition, PropositionValue, Report, ReportArticle } from '../model'
import { articlesById, fmt2, parseIsoLoose } from './internal/text'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A schema.org `Person` or `Organization`, by name.
 *
 * @example
 * import type { SchemaAgent } from 'gainsay'
 * const publisher: SchemaAgent = { '@type': 'Organization', name: 'Harbor Daily' }
 * publisher.name // 'Harbor Daily'
 *
 * @since 0.1.0
 */
export interface SchemaAgent {
  readonly '@type': 'Person' | 'Organization'
  readonly name: string
}

/**
 * Where a claim appeared: the article, its publisher and date.
 *
 * @example
 * import type { SchemaAppearance } from 'gainsay'
 * const where: SchemaAppearance = {
 *   '@type': 'NewsArticle',
 *   identifier: 'hd-0412',
 *   datePublished: '2024-03-11',
 *   publisher: { '@type': 'Organization', name: 'Harbor Daily' }
 * }
 * where.publisher?.name // 'Harbor Daily'
 *
 * @since 0.1.0
 */
export interface SchemaAppearance {
  readonly '@type': 'NewsArticle'
  readonly identifier: string
  readonly headline?: string
  readonly datePublished?: string
  readonly publisher?: SchemaAgent
}

/**
 * A schema.org `ClaimReview` (https://schema.org/ClaimReview) for one disputed claim.
 *
 * @example
 * import { toClaimReview, SCHEMA_VERSION, type ClaimReviewLd, type SchemaAgent, type SchemaAppearance } from 'gainsay'
 * const reviews: ReadonlyArray<ClaimReviewLd> = toClaimReview({
 *   schemaVersion: SCHEMA_VERSION, articles: [], speakers: [], quotes: [], claims: [],
 *   clusters: [], copying: [], contradictions: [], sources: [], propositions: [], errors: []
 * })
 * const authors: ReadonlyArray<SchemaAgent | undefined> = reviews.map((r) => r.itemReviewed.author)
 * const seen: ReadonlyArray<SchemaAppearance> = reviews.flatMap((r) => r.itemReviewed.appearance)
 * authors.length + seen.length // 0
 *
 * @since 0.1.0
 */
export interface ClaimReviewLd {
  readonly '@context': 'https://schema.org'
  readonly '@type': 'ClaimReview'
  /** The claim's wording. */
  readonly claimReviewed: string
  readonly itemReviewed: {
    readonly '@type': 'Claim'
    readonly author?: SchemaAgent
    /** Publication date of the earliest article making the claim. */
    readonly datePublished?: string
    readonly firstAppearance?: SchemaAppearance
    readonly appearance: ReadonlyArray<SchemaAppearance>
  }
  readonly reviewRating: {
    readonly '@type': 'Rating'
    /** The verdict in words: "Favoured by the evidence", "Disputed: the evidence favours ...". */
    readonly alternateName: string
    /** 1 (the evidence is against it) to 5 (the evidence favours it); absent when unresolved. */
    readonly ratingValue?: number
    readonly bestRating?: 5
    readonly worstRating?: 1
    readonly ratingExplanation: string
  }
  readonly author: { readonly '@type': 'Organization'; readonly name: 'gainsay' }
}

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

interface Ctx {
  readonly report: Report
  readonly byId: ReadonlyMap<string, ReportArticle>
  readonly claims: ReadonlyMap<string, Claim>
  readonly speakerKind: ReadonlyMap<string, string>
}

const appearance = (ctx: Ctx, articleId: string): SchemaAppearance => {
  const a = ctx.byId.get(articleId)
  return {
    '@type': 'NewsArticle',
    identifier: articleId,
    ...(a?.title === null || a === undefined ? {} : { headline: a.title }),
    ...(a?.published === null || a === undefined ? {} : { datePublished: a.published }),
    ...(a?.outlet === null || a === undefined ? {} : { publisher: { '@type': 'Organization', name: a.outlet } })
  }
}

const byDate = (ctx: Ctx) => (x: string, y: string): number => {
  const tx = parseIsoLoose(ctx.byId.get(x)?.published ?? null) ?? Number.POSITIVE_INFINITY
  const ty = parseIsoLoose(ctx.byId.get(y)?.published ?? null) ?? Number.POSITIVE_INFINITY
  return tx - ty || (x < y ? -1 : x > y ? 1 : 0)
}

/** Who asserts a claim: a speaker (as a Person unless the speaker list says otherwise) or the outlet. */
const authorOf = (ctx: Ctx, ref: { readonly claimId: string; readonly speaker: string | null; readonly outlet: string | null }): SchemaAgent | null => {
  const claim = ctx.claims.get(ref.claimId)
  const speaker = ref.speaker ?? (claim?.assertedBy.kind === 'speaker' ? claim.assertedBy.name : null)
  if (speaker !== null) {
    const kind = ctx.speakerKind.get(speaker)
    return { '@type': kind === 'organization' || kind === 'outlet' ? 'Organization' : 'Person', name: speaker }
  }
  const outlet = ref.outlet ?? claim?.outlet ?? null
  return outlet === null ? null : { '@type': 'Organization', name: outlet }
}

const review = (
  ctx: Ctx,
  text: string,
  author: SchemaAgent | null,
  articleIds: ReadonlyArray<string>,
  rating: ClaimReviewLd['reviewRating']
): ClaimReviewLd => {
  const ids = [...new Set(articleIds)].sort(byDate(ctx))
  const appearances = ids.map((id) => appearance(ctx, id))
  const first = appearances[0]
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: text,
    itemReviewed: {
      '@type': 'Claim',
      ...(author === null ? {} : { author }),
      ...(first?.datePublished === undefined ? {} : { datePublished: first.datePublished }),
      ...(first === undefined ? {} : { firstAppearance: first }),
      appearance: appearances
    },
    reviewRating: rating,
    author: { '@type': 'Organization', name: 'gainsay' }
  }
}

/** 1..5 from a confidence: 0 is 1, 1 is 5. */
const stars = (confidence: number): number => 1 + Math.round(Math.min(1, Math.max(0, confidence)) * 4)

const propositionReviews = (ctx: Ctx, p: Proposition): ReadonlyArray<ClaimReviewLd> =>
  p.values.flatMap((v: PropositionValue) => {
    const claims = v.claims.map((id) => ctx.claims.get(id)).filter((c): c is Claim => c !== undefined)
    const earliest = claims.slice().sort((x, y) => byDate(ctx)(x.articleId, y.articleId) || (x.id < y.id ? -1 : 1))[0]
    const favoured = p.favoured === v.value
    const alternateName =
      p.favoured === null
        ? 'Disputed: the evidence is split'
        : favoured
          ? 'Favoured by the evidence'
          : `Disputed: the evidence favours “${p.favoured}”`
    const support = v.independentSources.length === 0 ? 'no independent source' : `independent support from ${v.independentSources.join(', ')}`
    return [
      review(
        ctx,
        earliest?.text ?? `${p.description}: ${v.value}`,
        earliest === undefined ? null : authorOf(ctx, { claimId: earliest.id, speaker: null, outlet: earliest.outlet }),
        claims.map((c) => c.articleId),
        {
        '@type': 'Rating',
        alternateName,
        ratingValue: stars(v.confidence),
        bestRating: 5,
        worstRating: 1,
        ratingExplanation: `${p.description}: this version (“${v.value}”) has confidence ${fmt2(v.confidence)}, ${support}; ${
          p.favoured === null ? 'no version is favoured' : `the evidence favours “${p.favoured}”`
        } (uncertainty ${fmt2(p.uncertainty)}).`
        }
      )
    ]
  })

const contradictionReview = (ctx: Ctx, c: Contradiction, side: ClaimRef, other: ClaimRef): ClaimReviewLd =>
  review(ctx, side.text, authorOf(ctx, side), [side.articleId], {
    '@type': 'Rating',
    alternateName: `Disputed by ${other.speaker ?? other.outlet ?? other.articleId}`,
    ratingExplanation: `${c.explanation} Contradicted by: “${other.text}” (${c.kind}, confidence ${fmt2(c.confidence)}).`
  })

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * schema.org `ClaimReview` objects (JSON-LD) for the disputed claims of a Report.
 *
 * One review per version of each disputed proposition, rated by the evidence (`ratingValue`
 * 1 to 5 from the version's confidence, `alternateName` "Favoured by the evidence" or
 * "Disputed: the evidence favours ..."); the claim's author, its earliest publication and
 * every article carrying it go in `itemReviewed`. Then one review per side of each
 * contradiction whose claims no proposition covers, rated "Disputed by ..." with the
 * contradiction's explanation and no number (the report does not resolve it). Each claim is
 * reviewed once. `author` is gainsay.
 *
 * When to use it: to publish gainsay's findings as structured data. Gotcha: these are machine
 * findings; a fact-checker should confirm them before publishing.
 *
 * @example
 * import { toClaimReview, SCHEMA_VERSION } from 'gainsay'
 * toClaimReview({
 *   schemaVersion: SCHEMA_VERSION, articles: [], speakers: [], quotes: [], claims: [],
 *   clusters: [], copying: [], contradictions: [], sources: [], propositions: [], errors: []
 * }) // []
 *
 * @see toClaimReviewJson
 * @since 0.1.0
 */
export const toClaimReview = (report: Report): ReadonlyArray<ClaimReviewLd> => {
  const ctx: Ctx = {
    report,
    byId: articlesById(report),
    claims: new Map(report.claims.map((c) => [c.id as string, c])),
    speakerKind: new Map(report.speakers.map((s) => [s.canonical, s.kind]))
  }
  const covered = new Set(report.propositions.flatMap((p) => p.values.flatMap((v) => v.claims as ReadonlyArray<string>)))
  const out: Array<ClaimReviewLd> = [...report.propositions.flatMap((p) => propositionReviews(ctx, p))]
  const seen = new Set<string>(covered)
  for (const c of report.contradictions) {
    for (const [side, other] of [
      [c.a, c.b],
      [c.b, c.a]
    ] as const) {
      if (seen.has(side.claimId)) continue
      seen.add(side.claimId)
      out.push(contradictionReview(ctx, c, side, other))
    }
  }
  return out
}

/**
 * The ClaimReview objects of {@link toClaimReview} as one pretty-printed JSON array, ready for
 * a `<script type="application/ld+json">` element or a file.
 *
 * @example
 * import { toClaimReviewJson, SCHEMA_VERSION } from 'gainsay'
 * toClaimReviewJson({
 *   schemaVersion: SCHEMA_VERSION, articles: [], speakers: [], quotes: [], claims: [],
 *   clusters: [], copying: [], contradictions: [], sources: [], propositions: [], errors: []
 * }) // '[]\n'
 *
 * @since 0.1.0
 */
export const toClaimReviewJson = (report: Report): string => `${JSON.stringify(toClaimReview(report), null, 2)}\n`
