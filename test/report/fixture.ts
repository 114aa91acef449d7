/**
 * A fixture Report for the report-view tests: an invented story (a fire at a chemical plant
 * in a made-up port town), told by five invented outlets, with quote clusters whose variants
 * differ, a copied article, contradictions of several kinds, source scores and propositions.
 * Nothing here comes from the seeds. `hostile` text is spliced into quotes, titles, names and
 * explanations to test escaping.
 */
import {
  SCHEMA_VERSION,
  unsafeId,
  type ArticleId,
  type Claim,
  type ClaimId,
  type Cluster,
  type ClusterId,
  type Contradiction,
  type ContradictionId,
  type Copying,
  type Proposition,
  type Quote,
  type QuoteId,
  type Report,
  type ReportArticle,
  type SourceScore,
  type Speaker,
  type SpeakerId
} from '../../src/model'

interface Story {
  readonly id: string
  readonly outlet: string | null
  readonly published: string | null
  readonly title: string | null
  readonly body: string
  readonly cited: ReadonlyArray<string>
}

export interface FixtureOptions {
  /** Text spliced into a quote, a title, a speaker name and an explanation. */
  readonly hostile?: string
}

const span = (body: string, text: string): { start: number; end: number } => {
  const start = body.indexOf(text)
  if (start < 0) throw new Error(`fixture: "${text}" is not in the body`)
  return { start, end: start + text.length }
}

export const buildReport = (options: FixtureOptions = {}): Report => {
  const hostile = options.hostile ?? '<script>alert("pwned")</script> & <img src=x onerror=alert(1)>'
  const chief = 'Elena Vasquez'
  const spokes = 'Tomasz Brenner'
  const mayor = `Ruth Okafor ${hostile}`.trim()
  const q1a = 'The fire in the north wing was contained within four hours and nobody inside was hurt'
  const q1b = 'the fire in the north wing was contained in under four hours, and no one inside was hurt'
  const q1c = 'The fire in the northern wing was contained within four hours and no worker was hurt'
  const q2a = 'We evacuated every household within two kilometres before the smoke reached the river'
  const q2b = 'we evacuated every household within 2 km before the smoke reached the river'
  const q3 = `The evacuation was a failure; hundreds were left waiting for buses ${hostile}`
  const q4 = 'There is no evidence of sabotage at this stage'
  const q5 = 'Investigators believe the blaze was set deliberately'
  const stories: ReadonlyArray<Story> = [
    {
      id: 'hd-0412',
      outlet: 'Harbor Daily',
      published: '2024-03-11T08:15',
      title: 'Fire at Port Alder chemical plant contained, chief says',
      body: `PORT ALDER — Fire chief ${chief} said on Sunday: "${q1a}." Three workers were treated for smoke inhalation. Officials said "${q2a}," according to the city.`,
      cited: ['Port Alder Fire Service']
    },
    {
      id: 'nws-88',
      outlet: 'Northern Wire Service',
      published: '2024-03-11',
      title: 'Chemical plant blaze: eleven injured',
      body: `Eleven people were injured in the blaze, the company said. "${q1b}," said ${chief}. Company spokesman ${spokes} said: "${q4}." "${q2b}," the mayor's office said.`,
      cited: []
    },
    {
      id: 'cb-2024-03-12',
      outlet: 'Coastline Broadcasting',
      published: '2024-03-12T19:40',
      title: `Residents angry at evacuation ${hostile}`,
      body: `Mayor ${mayor} told reporters: "${q3}." Eleven people were injured in the blaze, the company said. "${q1b}," said ${chief}.`,
      cited: ['Northern Wire Service']
    },
    {
      id: 'vc-17',
      outlet: 'Valley Courier',
      published: '2024-03',
      title: null,
      body: `Two city officials, speaking anonymously, said: "${q5}." ${chief} said "${q1c}."`,
      cited: ['Harbor Daily']
    },
    {
      id: 'blog-x',
      outlet: null,
      published: null,
      title: 'A reader post',
      body: 'Someone wrote that the smoke smelled of almonds. Nobody confirmed it.',
      cited: []
    }
  ]
  const art = (i: number): Story => stories[i] as Story
  const aid = (i: number): ArticleId => unsafeId<ArticleId>(art(i).id)
  const articles: ReadonlyArray<ReportArticle> = stories.map((s) => ({
    id: unsafeId<ArticleId>(s.id),
    outlet: s.outlet,
    published: s.published,
    title: s.title,
    dateline: s.body.startsWith('PORT ALDER') ? 'PORT ALDER' : null,
    byline: null,
    paragraphs: 1,
    citedSources: s.cited,
    boilerplate: []
  }))

  const speakerRec = (name: string, role: string | null, kind: Speaker['kind'], anonymous = false): Speaker => ({
    id: unsafeId<SpeakerId>(`spk-${name.toLowerCase().replace(/[^a-z]+/g, '-')}`),
    canonical: name,
    variants: [name],
    role,
    kind,
    anonymous,
    mentions: []
  })
  const speakers: ReadonlyArray<Speaker> = [
    speakerRec(chief, 'Port Alder fire chief', 'person'),
    speakerRec(spokes, 'spokesman for Alder Chemicals', 'person'),
    speakerRec(mayor, 'Mayor of Port Alder', 'person'),
    speakerRec('two city officials (anonymous)', null, 'group', true),
    speakerRec("the mayor's office", null, 'organization')
  ]
  const speakerId = (name: string): SpeakerId | null => speakers.find((s) => s.canonical === name)?.id ?? null

  const quote = (i: number, text: string, speaker: string | null, anonymous = false): Quote => {
    const sp = span(art(i).body, text)
    return {
      id: unsafeId<QuoteId>(`q-${art(i).id}-${sp.start}`),
      articleId: aid(i),
      text,
      ...sp,
      parts: [sp],
      direct: true,
      isStatement: true,
      notStatementReason: null,
      speaker,
      speakerId: speaker === null ? null : speakerId(speaker),
      speakerMention: null,
      role: null,
      anonymous,
      verb: 'say',
      channel: 'statement',
      chain: speaker === null ? [] : [speaker, art(i).outlet ?? art(i).id],
      hedges: text.includes('believe') ? ['believe'] : []
    }
  }
  const quotes: ReadonlyArray<Quote> = [
    quote(0, q1a, chief),
    quote(0, q2a, "the mayor's office"),
    quote(1, q1b, chief),
    quote(1, q4, spokes),
    quote(1, q2b, "the mayor's office"),
    quote(2, q3, mayor),
    quote(2, q1b, chief),
    quote(3, q5, 'two city officials (anonymous)', true),
    quote(3, q1c, chief)
  ]

  const claim = (
    i: number,
    text: string,
    extra: Partial<Pick<Claim, 'predicate' | 'outcome' | 'polarity' | 'certainty' | 'modality'>> & {
      readonly speaker?: string | null
      readonly action?: string
      readonly target?: string
    }
  ): Claim => {
    const sp = span(art(i).body, text)
    const speaker = extra.speaker ?? null
    return {
      id: unsafeId<ClaimId>(`c-${art(i).id}-${sp.start}`),
      articleId: aid(i),
      text,
      ...sp,
      quoteId: null,
      assertedBy: {
        kind: speaker === null ? 'outlet' : 'speaker',
        name: speaker ?? art(i).outlet,
        speakerId: speaker === null ? null : speakerId(speaker),
        anonymous: speaker === 'two city officials (anonymous)'
      },
      outlet: art(i).outlet,
      predicate: extra.predicate ?? 'occurrence',
      outcome: extra.outcome ?? null,
      polarity: extra.polarity ?? 'positive',
      modality: extra.modality ?? 'asserted',
      certainty: extra.certainty ?? 1,
      event: {
        actor: null,
        action: extra.action ?? 'fire',
        target: extra.target ?? 'chemical plant',
        place: 'port alder',
        timeFrom: '2024-03-10',
        timeTo: '2024-03-10',
        keywords: ['fire', 'plant']
      },
      quantities: [],
      times: [],
      places: [],
      cues: []
    }
  }
  const cInjured3 = claim(0, 'Three workers were treated for smoke inhalation', { predicate: 'quantity', action: 'injure' })
  const cInjured11a = claim(1, 'Eleven people were injured in the blaze', { predicate: 'quantity', action: 'injure' })
  const cInjured11b = claim(2, 'Eleven people were injured in the blaze', { predicate: 'quantity', action: 'injure' })
  const cEvacOk = claim(0, q2a, { predicate: 'outcome', outcome: 'success', speaker: "the mayor's office", action: 'evacuate', target: 'households' })
  const cEvacFail = claim(2, q3, { predicate: 'outcome', outcome: 'failure', speaker: mayor, action: 'evacuate', target: 'households' })
  const cNoSabotage = claim(1, q4, { predicate: 'responsibility', polarity: 'negative', speaker: spokes, action: 'sabotage' })
  const cArson = claim(3, q5, {
    predicate: 'responsibility',
    speaker: 'two city officials (anonymous)',
    modality: 'hedged',
    certainty: 0.7,
    action: 'sabotage'
  })
  const cContained = claim(3, q1c, { predicate: 'outcome', outcome: 'success', speaker: chief, action: 'contain' })
  const claims: ReadonlyArray<Claim> = [cInjured3, cInjured11a, cInjured11b, cEvacOk, cEvacFail, cNoSabotage, cArson, cContained]

  const member = (q: Quote) => {
    const a = articles.find((x) => x.id === q.articleId)
    return {
      articleId: q.articleId,
      outlet: a?.outlet ?? null,
      published: a?.published ?? null,
      speaker: q.speaker,
      quoteId: q.id,
      text: q.text,
      start: q.start,
      end: q.end
    }
  }
  const qs = (text: string, i: number): Quote => quotes.find((q) => q.text === text && q.articleId === art(i).id) as Quote
  const clusters: ReadonlyArray<Cluster> = [
    {
      id: unsafeId<ClusterId>('k-contained'),
      kind: 'quote',
      canonical: q1b,
      members: [member(qs(q1a, 0)), member(qs(q1b, 1)), member(qs(q1b, 2)), member(qs(q1c, 3))],
      earliest: 0,
      cohesion: 0.78,
      differences: [
        { member: 0, added: ['within', 'nobody'], removed: ['in', 'under', 'no', 'one'] },
        { member: 3, added: ['northern', 'within', 'worker'], removed: ['north', 'in', 'under', 'one', 'inside'] }
      ]
    },
    {
      id: unsafeId<ClusterId>('k-evacuated'),
      kind: 'quote',
      canonical: q2a,
      members: [member(qs(q2a, 0)), member(qs(q2b, 1))],
      earliest: 0,
      cohesion: 0.83,
      differences: [{ member: 1, added: ['2', 'km'], removed: ['two', 'kilometres'] }]
    }
  ]
  const passage = 'Eleven people were injured in the blaze, the company said.'
  const copying: ReadonlyArray<Copying> = [
    {
      a: aid(1),
      b: aid(2),
      sharedWords: 31,
      overlap: 0.62,
      direction: 'a->b',
      reason: `${art(1).id} published 2024-03-11, ${art(2).id} 2024-03-12T19:40`,
      passages: [
        {
          aStart: span(art(1).body, passage).start,
          aEnd: span(art(1).body, passage).end,
          bStart: span(art(2).body, passage).start,
          bEnd: span(art(2).body, passage).end,
          words: 10,
          text: passage
        }
      ]
    },
    {
      a: aid(0),
      b: aid(3),
      sharedWords: 12,
      overlap: 0.21,
      direction: 'common-source',
      reason: 'both quote the Port Alder Fire Service statement',
      passages: []
    },
    { a: aid(0), b: aid(1), sharedWords: 9, overlap: 0.1, direction: null, reason: 'no dates to order them', passages: [] }
  ]
  const ref = (c: Claim) => ({
    claimId: c.id,
    articleId: c.articleId,
    text: c.text,
    start: c.start,
    end: c.end,
    speaker: c.assertedBy.kind === 'speaker' ? c.assertedBy.name : null,
    outlet: c.outlet
  })
  const contradictions: ReadonlyArray<Contradiction> = [
    {
      id: unsafeId<ContradictionId>('x-injured'),
      kind: 'numeric',
      rule: 'numeric-count-mismatch',
      confidence: 0.74,
      a: ref(cInjured3),
      b: ref(cInjured11a),
      explanation: 'Harbor Daily counts three injured workers while Northern Wire Service counts eleven injured people in the same fire.',
      event: 'March 2024 fire at the Alder Chemicals plant',
      evidence: ['Three', 'Eleven']
    },
    {
      id: unsafeId<ContradictionId>('x-evacuation'),
      kind: 'outcome',
      rule: 'outcome-success-vs-failure',
      confidence: 0.86,
      a: ref(cEvacOk),
      b: ref(cEvacFail),
      explanation: `The mayor's office says every household was evacuated in time; the mayor calls the evacuation a failure ${hostile}.`,
      event: 'evacuation of households near the plant',
      evidence: ['evacuated every household', 'failure']
    },
    {
      id: unsafeId<ContradictionId>('x-sabotage'),
      kind: 'responsibility',
      rule: 'responsibility-denied-vs-asserted',
      confidence: 0.55,
      a: ref(cNoSabotage),
      b: ref(cArson),
      explanation: 'The company sees no sign of sabotage; anonymous officials believe the fire was set deliberately.',
      event: null,
      evidence: ['no evidence', 'deliberately']
    }
  ]
  const sources: ReadonlyArray<SourceScore> = [
    {
      kind: 'outlet',
      outlet: 'Northern Wire Service',
      speaker: null,
      score: 0.81,
      signals: { originality: 0.9, attributionQuality: 0.85, agreement: 0.7, hedging: 0.6 },
      explanation: 'Original reporting, named sources; its injury count is the one most outlets repeat.'
    },
    {
      kind: 'outlet',
      outlet: 'Harbor Daily',
      speaker: null,
      score: 0.64,
      signals: { originality: 0.8, attributionQuality: 0.9, agreement: 0.35 },
      explanation: 'Named sources, but its injury figure stands alone.'
    },
    {
      kind: 'outlet',
      outlet: 'Coastline Broadcasting',
      speaker: null,
      score: 0.38,
      signals: { originality: 0.2, attributionQuality: 0.7, agreement: 0.5 },
      explanation: 'Most of its report repeats Northern Wire Service without credit.'
    },
    {
      kind: 'outlet',
      outlet: 'Valley Courier',
      speaker: null,
      score: 0.29,
      signals: { originality: 0.6, attributionQuality: 0.1, agreement: 0.3 },
      explanation: 'Relies on anonymous officials for its central claim.'
    },
    {
      kind: 'speaker',
      outlet: null,
      speaker: chief,
      score: 0.88,
      signals: { consistency: 0.95, corroboration: 0.8 },
      explanation: 'Quoted consistently by four outlets.'
    }
  ]
  const propositions: ReadonlyArray<Proposition> = [
    {
      item: 'fire|injured',
      description: 'How many people were injured in the plant fire',
      values: [
        { value: '11', confidence: 0.71, independentSources: ['Northern Wire Service'], sources: ['Northern Wire Service', 'Coastline Broadcasting'], claims: [cInjured11a.id, cInjured11b.id] },
        { value: '3', confidence: 0.29, independentSources: ['Harbor Daily'], sources: ['Harbor Daily'], claims: [cInjured3.id] }
      ],
      favoured: '11',
      uncertainty: 0.87,
      articles: [
        { articleId: unsafeId<ArticleId>('nws-88'), label: 'agree', score: 0.81, evidence: [{ text: 'Eleven workers were treated for burns.', start: 0, end: 38 }] },
        { articleId: unsafeId<ArticleId>('hd-0412'), label: 'disagree', score: 0.66, evidence: [] }
      ]
    },
    {
      item: 'evacuation|outcome',
      description: 'Whether the evacuation succeeded',
      values: [
        { value: 'success', confidence: 0.5, independentSources: ["the mayor's office"], sources: ["the mayor's office"], claims: [cEvacOk.id] },
        { value: 'failure', confidence: 0.5, independentSources: [mayor], sources: [mayor], claims: [cEvacFail.id] }
      ],
      favoured: null,
      uncertainty: 1,
      articles: []
    }
  ]
  return {
    schemaVersion: SCHEMA_VERSION,
    articles,
    speakers,
    quotes,
    claims,
    clusters,
    copying,
    contradictions,
    sources,
    propositions,
    errors: [
      { _tag: 'NotText', record: 'feeds/photo.jpg', field: null, message: 'feeds/photo.jpg: binary data, not text' }
    ]
  }
}

/** The text of each fixture article, for tests that check spans. */
export const EMPTY_REPORT: Report = {
  schemaVersion: SCHEMA_VERSION,
  articles: [],
  speakers: [],
  quotes: [],
  claims: [],
  clusters: [],
  copying: [],
  contradictions: [],
  sources: [],
  propositions: [],
  errors: []
}

const REGIONS = ['North', 'South', 'East', 'West', 'Upper', 'Lower', 'Coastal', 'Inland', 'Metro', 'Rural']

/**
 * `copies` versions of the fixture story as if told in different regions: every id, outlet and
 * speaker gets a regional variant, and each region's wire story is copied by the next region's
 * broadcaster. For tests of layout and size at scale.
 */
export const scaledReport = (copies: number): Report => {
  const base = buildReport({ hostile: '' })
  const parts = Array.from({ length: copies }, (_, k) => {
    const tag = `${REGIONS[k % REGIONS.length]}${k >= REGIONS.length ? ` ${Math.floor(k / REGIONS.length) + 1}` : ''}`
    const suffix = `-r${k}`
    const text = JSON.stringify(base)
      .replace(/"(hd-0412|nws-88|cb-2024-03-12|vc-17|blog-x|q-[^"]+|c-[^"]+|k-[^"]+|x-[^"]+|spk-[^"]+)"/g, (_m, id: string) => `"${id}${suffix}"`)
      .replace(/(Harbor Daily|Northern Wire Service|Coastline Broadcasting|Valley Courier)/g, (o: string) => `${o} ${tag}`)
      .replace(/2024-03-1(\d)/g, (_m, d: string) => `2024-${String(3 + (k % 9)).padStart(2, '0')}-1${d}`)
    return JSON.parse(text) as Report
  })
  const copying = parts.flatMap((p, k) => {
    const next = parts[k + 1]
    const wire = p.articles[1]
    const copier = next?.articles[2]
    return wire === undefined || copier === undefined
      ? p.copying
      : [...p.copying, { a: wire.id, b: copier.id, sharedWords: 20 + k, overlap: 0.3, direction: 'a->b' as const, reason: 'published earlier', passages: [] }]
  })
  return {
    schemaVersion: base.schemaVersion,
    articles: parts.flatMap((p) => p.articles),
    speakers: parts.flatMap((p) => p.speakers),
    quotes: parts.flatMap((p) => p.quotes),
    claims: parts.flatMap((p) => p.claims),
    clusters: parts.flatMap((p) => p.clusters),
    copying,
    contradictions: parts.flatMap((p) => p.contradictions),
    sources: parts.flatMap((p) => p.sources),
    propositions: parts.flatMap((p) => p.propositions.map((x) => ({ ...x, item: `${x.item}${p.articles[0]?.id ?? ''}` }))),
    errors: []
  }
}
