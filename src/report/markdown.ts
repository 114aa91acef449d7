/**
 * The Markdown view of a Report: a readable analysis for a person, in a chat, an issue or a
 * README.
 *
 * @since 0.1.0
 */
import type { Cluster, Contradiction, Report, ReportArticle, SourceScore } from '../model'
import { diffWords } from './diff'
import { articleLabel, articlesById, clustersInOrder, contradictionsInOrder, count, escapeMarkdown as md, fmt2, pct, sourceName, truncate } from './internal/text'

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

const code = (s: string): string => `\`${s.replace(/`/g, "'").replace(/\r\n|\r|\n/g, ' ')}\``

const cell = (s: string): string => (s === '' ? ' ' : md(s))

const table = (head: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`)
  ].join('\n')

const blockquote = (s: string): string =>
  s
    .split(/\r\n|\r|\n/)
    .map((line) => `> ${md(line).replace(/^(\s*)([#>+-]|\d+[.)])/, '$1\\$2')}`)
    .join('\n')

const articleRef = (byId: ReadonlyMap<string, ReportArticle>, id: string): string => {
  const a = byId.get(id)
  const parts = [a?.published ?? null, code(id)].filter((p): p is string => p !== null)
  return `**${md(articleLabel(a, id))}** (${parts.join(', ')})`
}

const signalsText = (s: SourceScore): string =>
  Object.keys(s.signals)
    .sort()
    .map((k) => `${md(k)} ${fmt2(s.signals[k] ?? Number.NaN)}`)
    .join(', ')

const section = (title: string, body: ReadonlyArray<string>): ReadonlyArray<string> =>
  body.length === 0 ? [] : [`## ${title}`, '', ...body]

const articlesSection = (report: Report): ReadonlyArray<string> =>
  report.articles.length === 0
    ? []
    : section('Articles', [
        table(
          ['Article', 'Outlet', 'Published', 'Title', 'Cites'],
          report.articles.map((a) => [
            code(a.id),
            cell(a.outlet ?? 'unknown'),
            cell(a.published ?? 'unknown'),
            cell(a.title === null ? '' : truncate(a.title, 90)),
            cell(a.citedSources.join(', '))
          ])
        ),
        ''
      ])

const sourcesSection = (report: Report): ReadonlyArray<string> => {
  const group = (kind: SourceScore['kind'], title: string): ReadonlyArray<string> => {
    const list = report.sources
      .filter((s) => s.kind === kind)
      .slice()
      .sort((x, y) => y.score - x.score || sourceName(x).localeCompare(sourceName(y)))
    if (list.length === 0) return []
    return [
      `### ${title}`,
      '',
      ...list.flatMap((s) => {
        const signals = signalsText(s)
        return [
          // A trailing backslash is a hard line break (CommonMark), keeping the explanation on its own line.
          `- **${md(sourceName(s))}**: score ${fmt2(s.score)}${signals === '' ? '' : ` (${signals})`}${s.explanation.trim() === '' ? '' : '\\'}`,
          ...(s.explanation.trim() === '' ? [] : [`  ${md(s.explanation)}`])
        ]
      }),
      ''
    ]
  }
  return section('Sources', [...group('outlet', 'Outlets'), ...group('speaker', 'Speakers')])
}

const sideCell = (byId: ReadonlyMap<string, ReportArticle>, side: Contradiction['a']): string => {
  const who = side.speaker === null ? '' : `${md(side.speaker)}, `
  return `“${md(side.text)}”<br>— ${who}${articleRef(byId, side.articleId)}`
}

/** Pairs shown in full per conflict; the rest of a conflict's pairs are listed one line each, up to `LISTED_PAIRS`. */
const FULL_PAIRS = 3
const LISTED_PAIRS = 12

const contradictionDetail = (byId: ReadonlyMap<string, ReportArticle>, c: Contradiction): ReadonlyArray<string> => [
  `Rule ${code(c.rule)}, confidence ${fmt2(c.confidence)}.`,
  '',
  table(['Account A', 'Account B'], [[sideCell(byId, c.a), sideCell(byId, c.b)]]),
  '',
  `**Why they conflict:** ${md(c.explanation)}`,
  ...(c.evidence.length === 0 ? [] : ['', `Evidence: ${c.evidence.map(code).join(', ')}`]),
  ''
]

/**
 * Contradictions grouped by conflict (kind and event), strongest first: a dispute carried by
 * many articles yields many claim pairs, and a reader wants the dispute once, with its best
 * evidence and how widely it runs. Every pair stays in the JSON report.
 */
const contradictionsSection = (report: Report, byId: ReadonlyMap<string, ReportArticle>): ReadonlyArray<string> => {
  const groups = new Map<string, Contradiction[]>()
  for (const c of contradictionsInOrder(report.contradictions)) {
    const key = `${c.kind}\u0000${c.event ?? ''}`
    const g = groups.get(key)
    if (g === undefined) groups.set(key, [c])
    else g.push(c)
  }
  return section(
    'Contradictions',
    [...groups.values()].flatMap((g, i) => {
      const first = g[0]!
      const articles = new Set(g.flatMap((c) => [c.a.articleId, c.b.articleId])).size
      const title = `### ${i + 1}. ${md(first.kind)}${first.event === null ? '' : `: ${md(first.event)}`}`
      const spread = g.length === 1 ? [] : [`${count(g.length, 'conflicting pair')} across ${count(articles, 'article')}; the strongest ${Math.min(FULL_PAIRS, g.length) === 1 ? 'is' : 'are'} shown in full.`, '']
      const listed = g.slice(FULL_PAIRS, FULL_PAIRS + LISTED_PAIRS)
      const rest = g.length - FULL_PAIRS - listed.length
      return [
        title,
        '',
        ...spread,
        ...g.slice(0, FULL_PAIRS).flatMap((c) => contradictionDetail(byId, c)),
        ...(listed.length === 0 ? [] : ['Other pairs:', '', ...listed.map((c) => `- ${fmt2(c.confidence)} ${code(c.a.articleId)} “${md(truncate(c.a.text, 70))}” vs ${code(c.b.articleId)} “${md(truncate(c.b.text, 70))}”`), '']),
        ...(rest > 0 ? [`…and ${count(rest, 'more pair')} in the JSON report.`, ''] : [])
      ]
    })
  )
}

const memberDiff = (canonical: string, text: string): string =>
  diffWords(canonical, text)
    .map((s) => {
      const lead = /^\s*/.exec(s.text)?.[0] ?? ''
      const body = s.text.slice(lead.length)
      if (s._tag === 'equal') return md(s.text)
      if (body === '') return ''
      return s._tag === 'insert' ? `${lead}**${md(body)}**` : `${lead}~~${md(body)}~~`
    })
    .join('')

const clusterBlock = (c: Cluster, byId: ReadonlyMap<string, ReportArticle>, i: number): ReadonlyArray<string> => {
  const outlets = new Set(c.members.map((m) => m.outlet ?? m.articleId))
  return [
    `### ${i + 1}. ${c.kind === 'quote' ? 'Quote' : 'Passage'} in ${count(c.members.length, 'place')}, ${count(outlets.size, 'outlet')} (cohesion ${fmt2(c.cohesion)})`,
    '',
    blockquote(c.canonical),
    '',
    ...c.members.map((m, j) => {
      const speaker = m.speaker === null ? '' : `${md(m.speaker)} via `
      const first = j === c.earliest ? ' *(earliest)*' : ''
      const same = m.text === c.canonical
      return `- ${speaker}${articleRef(byId, m.articleId)}${first}: ${same ? '*same wording*' : `“${memberDiff(c.canonical, m.text)}”`}`
    }),
    ''
  ]
}

const copyingSection = (report: Report, byId: ReadonlyMap<string, ReportArticle>): ReadonlyArray<string> =>
  report.copying.length === 0
    ? []
    : section('Copying', [
        table(
          ['From', 'To', 'Shared words', 'Overlap', 'Direction', 'Why'],
          report.copying.map((c) => {
            const [from, to] = c.direction === 'b->a' ? [c.b, c.a] : [c.a, c.b]
            return [
              articleRef(byId, from),
              articleRef(byId, to),
              String(c.sharedWords),
              pct(c.overlap),
              c.direction === null ? 'unknown' : c.direction === 'common-source' ? 'common source' : 'copied',
              cell(c.reason)
            ]
          })
        ),
        ''
      ])

const speakersSection = (report: Report, byId: ReadonlyMap<string, ReportArticle>): ReadonlyArray<string> => {
  const statements = report.quotes.filter((q) => q.isStatement)
  if (statements.length === 0) return []
  const bySpeaker = new Map<string, Array<(typeof statements)[number]>>()
  for (const q of statements) {
    const key = q.speaker ?? 'Unattributed'
    const list = bySpeaker.get(key) ?? []
    list.push(q)
    bySpeaker.set(key, list)
  }
  const roles = new Map(report.speakers.map((s) => [s.canonical, s.role]))
  const names = [...bySpeaker.keys()].sort(
    (x, y) =>
      (x === 'Unattributed' ? 1 : 0) - (y === 'Unattributed' ? 1 : 0) ||
      (bySpeaker.get(y)?.length ?? 0) - (bySpeaker.get(x)?.length ?? 0) ||
      x.localeCompare(y)
  )
  return section(
    'Speakers and their quotes',
    names.flatMap((name) => {
      const role = roles.get(name) ?? null
      const list = bySpeaker.get(name) ?? []
      return [
        `### ${md(name)}${role === null ? '' : `, ${md(role)}`}`,
        '',
        ...list.map(
          (q) =>
            `- “${md(q.text)}” (${q.direct ? 'direct' : 'reported'}${q.verb === null ? '' : `, ${md(q.verb)}`}${
              q.chain.length > 2 ? `, via ${q.chain.map(md).join(' → ')}` : ''
            }) ${articleRef(byId, q.articleId)}`
        ),
        ''
      ]
    })
  )
}

const propositionsSection = (report: Report): ReadonlyArray<string> =>
  section(
    'Disputed propositions',
    report.propositions.flatMap((p) => [
      `### ${md(p.description)}`,
      '',
      table(
        ['Version', 'Confidence', 'Independent sources', 'All sources'],
        p.values.map((v) => [
          `${v.value === p.favoured ? '**' : ''}${cell(v.value)}${v.value === p.favoured ? '** (favoured)' : ''}`,
          fmt2(v.confidence),
          cell(v.independentSources.join(', ')),
          cell(v.sources.join(', '))
        ])
      ),
      '',
      p.favoured === null
        ? `No version is favoured: the evidence is split (uncertainty ${fmt2(p.uncertainty)}).`
        : `The evidence favours **${md(p.favoured)}** (uncertainty ${fmt2(p.uncertainty)}).`,
      '',
      ...(p.articles.length === 0
        ? []
        : [
            `Articles on it: ${p.articles.map((a) => `${code(a.articleId)} ${a.label} ${fmt2(a.score)}`).join('; ')}.`,
            ''
          ])
    ])
  )

const errorsSection = (report: Report): ReadonlyArray<string> =>
  section('Inputs not analysed', [...report.errors.map((e) => `- ${code(e._tag)} ${md(e.message)}`), ''])

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * The Report as a readable Markdown analysis: a summary line, then articles, sources with
 * scores, signals and explanations, contradictions side by side with their explanations and
 * evidence (most confident first), quote clusters (most widely carried first; each member's
 * wording against the canonical one: **added**, ~~removed~~), copying, speakers with their quotes, disputed propositions, and inputs that
 * could not be analysed. Empty sections are left out.
 *
 * Details: every piece of article text is escaped, so Markdown syntax and raw HTML in the
 * input show as text instead of being rendered.
 *
 * @example
 * import { toMarkdown, SCHEMA_VERSION } from 'gainsay'
 * const md = toMarkdown({
 *   schemaVersion: SCHEMA_VERSION, articles: [], speakers: [], quotes: [], claims: [],
 *   clusters: [], copying: [], contradictions: [], propositions: [], errors: [],
 *   sources: [{ kind: 'outlet', outlet: 'Daily Ledger', speaker: null, score: 0.7, signals: { originality: 0.9 }, explanation: 'Original reporting.' }]
 * })
 * md.includes('**Daily Ledger**: score 0.70 (originality 0.90)') // true
 *
 * @since 0.1.0
 */
export const toMarkdown = (report: Report): string => {
  const byId = articlesById(report)
  const outlets = new Set(report.articles.map((a) => a.outlet).filter((o): o is string => o !== null))
  const summary = [
    count(report.articles.length, 'article'),
    count(outlets.size, 'outlet'),
    count(report.quotes.filter((q) => q.isStatement).length, 'quote'),
    count(report.clusters.length, 'quote cluster'),
    count(report.copying.length, 'copied pair'),
    count(report.contradictions.length, 'contradiction')
  ].join(', ')
  const lines = [
    '# gainsay analysis',
    '',
    `${summary}.`,
    '',
    ...articlesSection(report),
    ...sourcesSection(report),
    ...contradictionsSection(report, byId),
    ...section('Quote clusters', clustersInOrder(report.clusters).flatMap((c, i) => clusterBlock(c, byId, i))),
    ...copyingSection(report, byId),
    ...speakersSection(report, byId),
    ...propositionsSection(report),
    ...errorsSection(report)
  ]
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`
}
