/**
 * Graphviz DOT views of a Report: the copy network and the contradiction network, for
 * `dot -Tsvg` or any tool that reads DOT.
 *
 * @since 0.1.0
 */
import type { Report, ReportArticle } from '../model'
import { articlesById, escapeDot as q, fmt2, pct, truncate } from './internal/text'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Which graph {@link toDot} draws: who copied whom, or which articles contradict which.
 *
 * @example
 * import { toDot, SCHEMA_VERSION, type DotGraph } from 'gainsay'
 * const graphs: ReadonlyArray<DotGraph> = ['copying', 'contradictions']
 * const empty = {
 *   schemaVersion: SCHEMA_VERSION, articles: [], speakers: [], quotes: [], claims: [],
 *   clusters: [], copying: [], contradictions: [], sources: [], propositions: [], errors: []
 * } as const
 * graphs.map((g) => toDot(empty, g).split(' ')[0]) // ['digraph', 'graph']
 *
 * @since 0.1.0
 */
export type DotGraph = 'copying' | 'contradictions'

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

const node = (id: string, a: ReportArticle | undefined): string => {
  const lines = [a?.outlet ?? id, a?.published ?? 'undated', ...(a?.outlet === null || a === undefined ? [] : [id])]
  const title = a?.title ?? null
  return `  "${q(id)}" [label="${q(lines.join('\n'))}"${title === null ? '' : `, tooltip="${q(title)}"`}${a === undefined ? ', style="dashed"' : ''}];`
}

const byPublication = (byId: ReadonlyMap<string, ReportArticle>) => (x: string, y: string): number => {
  const px = byId.get(x)?.published ?? '\uffff'
  const py = byId.get(y)?.published ?? '\uffff'
  return px < py ? -1 : px > py ? 1 : x < y ? -1 : x > y ? 1 : 0
}

const header = (name: string, directed: boolean): ReadonlyArray<string> => [
  `${directed ? 'digraph' : 'graph'} "${q(name)}" {`,
  '  graph [rankdir="LR", fontname="Helvetica", overlap="false", splines="true"];',
  '  node [shape="box", style="rounded", fontname="Helvetica", fontsize="11"];',
  '  edge [fontname="Helvetica", fontsize="9"];'
]

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * A Graphviz DOT graph of the Report.
 *
 * - `copying`: a `digraph` with one node per article (outlet, date, id) and one edge per
 *   pair that shares passages, drawn from the original to the copy; pairs that share a common
 *   source are dashed and undirected, pairs of unknown direction dotted and undirected. Edge
 *   labels give the shared words and overlap.
 * - `contradictions`: a `graph` with one node per article involved and one edge per
 *   contradiction, labelled with its kind and confidence; a contradiction inside one article is
 *   a loop.
 *
 * Details: every id and label is quoted and escaped (quotes, backslashes, newlines), so any
 * text is safe; nodes come in publication order and edges in report order, so output is
 * stable.
 *
 * @example
 * import { toDot, SCHEMA_VERSION, unsafeId, type ArticleId } from 'gainsay'
 * const a = unsafeId<ArticleId>('wire-1')
 * const b = unsafeId<ArticleId>('daily-2')
 * const article = (id: ArticleId, outlet: string) => ({
 *   id, outlet, published: null, title: null, dateline: null, byline: null,
 *   paragraphs: 1, citedSources: [], boilerplate: []
 * })
 * const dot = toDot(
 *   {
 *     schemaVersion: SCHEMA_VERSION, speakers: [], quotes: [], claims: [], clusters: [],
 *     contradictions: [], sources: [], propositions: [], errors: [],
 *     articles: [article(a, 'The Wire'), article(b, 'The Daily')],
 *     copying: [{ a, b, sharedWords: 40, overlap: 0.5, direction: 'a->b', reason: 'dates', passages: [] }]
 *   },
 *   'copying'
 * )
 * dot.includes('"wire-1" -> "daily-2"') // true
 *
 * @since 0.1.0
 */
export const toDot = (report: Report, graph: DotGraph): string => {
  const byId = articlesById(report)
  if (graph === 'copying') {
    const ids = new Set<string>(report.articles.map((a) => a.id))
    for (const c of report.copying) ids.add(c.a).add(c.b)
    const edges = report.copying.map((c) => {
      const [from, to] = c.direction === 'b->a' ? [c.b, c.a] : [c.a, c.b]
      const label = `${c.sharedWords} words, ${pct(c.overlap)}`
      const style =
        c.direction === 'common-source'
          ? ', dir="none", style="dashed", color="#0f93b0"'
          : c.direction === null
            ? ', dir="none", style="dotted", color="#9aa3b5"'
            : ''
      const width = 1 + Math.min(4, c.sharedWords / 50)
      return `  "${q(from)}" -> "${q(to)}" [label="${q(label)}", tooltip="${q(c.reason)}", penwidth="${fmt2(width)}"${style}];`
    })
    return `${[...header('copying', true), ...[...ids].sort(byPublication(byId)).map((id) => node(id, byId.get(id))), ...edges, '}'].join('\n')}\n`
  }
  const ids = new Set<string>()
  for (const c of report.contradictions) ids.add(c.a.articleId).add(c.b.articleId)
  const edges = report.contradictions.map((c) => {
    const label = `${c.kind} (${fmt2(c.confidence)})`
    const tooltip = `${truncate(c.a.text, 120)} / ${truncate(c.b.text, 120)}: ${c.explanation}`
    return `  "${q(c.a.articleId)}" -- "${q(c.b.articleId)}" [label="${q(label)}", tooltip="${q(tooltip)}", color="#d1423f", penwidth="${fmt2(1 + 2 * c.confidence)}"];`
  })
  return `${[...header('contradictions', false), ...[...ids].sort(byPublication(byId)).map((id) => node(id, byId.get(id))), ...edges, '}'].join('\n')}\n`
}
