/**
 * The HTML view of a Report: one self-contained file (inline CSS, JS and SVG; no external
 * resource of any kind) for reading an analysis in a browser, offline.
 *
 * @since 0.1.0
 */
import type { Claim, Cluster, Contradiction, Copying, Proposition, Report, ReportArticle, SourceScore } from '../model'
import { SCHEMA_VERSION } from '../model'
import { diffWords } from './diff'
import { CSS, PALETTE, SCRIPT } from './internal/assets'
import { copyGraphSvg, eventGroups, graphArticleIds, timelineSvg, widthPct } from './internal/svg'
import {
  anchor,
  articleLabel,
  articlesById,
  clamp01,
  clustersInOrder,
  contradictionsInOrder,
  count,
  displayDate,
  escapeHtml as h,
  fmt2,
  parseIsoLoose,
  pct,
  sourceName
} from './internal/text'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Options for {@link toHtml}. (Named apart from the ingest stage's `HtmlOptions`.)
 *
 * @example
 * import { toHtml, SCHEMA_VERSION, type HtmlReportOptions } from 'gainsay'
 * const options: HtmlReportOptions = { title: 'Bridge closure coverage', timelineEvents: 5, graphArticles: 30 }
 * toHtml({
 *   schemaVersion: SCHEMA_VERSION, articles: [], speakers: [], quotes: [], claims: [],
 *   clusters: [], copying: [], contradictions: [], sources: [], propositions: [], errors: []
 * }, options).includes('<title>Bridge closure coverage</title>') // true
 *
 * @since 0.1.0
 */
export interface HtmlReportOptions {
  /** The page title and heading. Default: `gainsay analysis`. */
  readonly title?: string
  /** At most this many events on the timeline (most claims first). Default 12. */
  readonly timelineEvents?: number
  /** Above this many articles the copy network shows only articles that share passages. Default 40. */
  readonly graphArticles?: number
}

// -------------------------------------------------------------------------------------
// utilities
// -------------------------------------------------------------------------------------

interface Ctx {
  readonly report: Report
  readonly byId: ReadonlyMap<string, ReportArticle>
  readonly claims: ReadonlyMap<string, Claim>
  readonly colorOf: (outlet: string | null) => string
}

const scoreColor = (v: number): string => `hsl(${Math.round(clamp01(v) * 125)} 62% 40%)`

const meter = (v: number, color?: string): string =>
  `<span class="meter"><i style="width:${widthPct(v)}${color === undefined ? '' : `;background:${color}`}"></i></span>`

/** A link to the article's row; plain text when the report does not list the article. */
const articleLink = (ctx: Ctx, id: string, label?: string): string => {
  const text = h(label ?? articleLabel(ctx.byId.get(id), id))
  return ctx.byId.has(id) ? `<a href="#${anchor('art', id)}">${text}</a>` : `<span title="${h(`article ${id} (not in this report)`)}">${text}</span>`
}

const dot = (color: string): string => `<span class="dot" style="background:${color}"></span>`

/** Text with every case-insensitive occurrence of the cues wrapped in `<mark>`; escaped. */
const highlight = (text: string, cues: ReadonlyArray<string>): string => {
  const lower = text.toLowerCase()
  const ranges: Array<[number, number]> = []
  for (const cue of cues) {
    const c = cue.trim().toLowerCase()
    if (c.length < 2) continue
    for (let i = lower.indexOf(c); i >= 0; i = lower.indexOf(c, i + c.length)) ranges.push([i, i + c.length])
  }
  ranges.sort((x, y) => x[0] - y[0] || y[1] - x[1])
  let out = ''
  let at = 0
  for (const [s, e] of ranges) {
    if (s < at) continue
    out += `${h(text.slice(at, s))}<mark>${h(text.slice(s, e))}</mark>`
    at = e
  }
  return out + h(text.slice(at))
}

const section = (id: string, title: string, lead: string, body: string): string =>
  `<section id="${id}"><h2>${h(title)}</h2>${lead === '' ? '' : `<p class="lead">${lead}</p>`}${body}</section>`

const empty = (what: string): string => `<p class="empty">${h(what)}</p>`

// ---- overview ------------------------------------------------------------------------

const overview = (ctx: Ctx): string => {
  const r = ctx.report
  const outlets = new Set(r.articles.map((a) => a.outlet).filter((o): o is string => o !== null))
  const tiles: ReadonlyArray<readonly [number, string, string]> = [
    [r.articles.length, 'articles', '#articles'],
    [outlets.size, 'outlets', '#sources'],
    [r.quotes.filter((q) => q.isStatement).length, 'quotes', '#speakers'],
    [r.speakers.length, 'speakers', '#speakers'],
    [r.clusters.length, 'quote clusters', '#clusters'],
    [r.copying.length, 'copied pairs', '#copying'],
    [r.contradictions.length, 'contradictions', '#contradictions'],
    [r.propositions.length, 'disputed propositions', '#propositions']
  ]
  return section(
    'overview',
    'Overview',
    '',
    `<div class="tiles">${tiles.map(([n, label, href]) => `<a class="tile" href="${href}"><b>${n}</b><span>${h(label)}</span></a>`).join('')}</div>`
  )
}

// ---- sources -------------------------------------------------------------------------

const sourceCard = (ctx: Ctx, s: SourceScore): string => {
  const name = sourceName(s)
  const color = s.kind === 'outlet' ? ctx.colorOf(s.outlet) : '#8a94a6'
  const signals = Object.keys(s.signals)
    .sort()
    .map((k) => {
      const v = s.signals[k] ?? Number.NaN
      return `<dt>${h(k)}</dt><dd><div class="mini"><i style="width:${widthPct(v)}"></i></div></dd><dd class="v">${fmt2(v)}</dd>`
    })
    .join('')
  const r = ctx.report
  const counts =
    s.kind === 'outlet'
      ? [
          count(r.articles.filter((a) => a.outlet === s.outlet).length, 'article'),
          count(r.contradictions.filter((c) => c.a.outlet === s.outlet || c.b.outlet === s.outlet).length, 'contradiction'),
          `shares passages in ${count(
            r.copying.filter((c) => ctx.byId.get(c.a)?.outlet === s.outlet || ctx.byId.get(c.b)?.outlet === s.outlet).length,
            'pair'
          )}`,
          `copies in ${count(
            r.copying.filter((c) => {
              const copier = c.direction === 'a->b' ? c.b : c.direction === 'b->a' ? c.a : null
              return copier !== null && ctx.byId.get(copier)?.outlet === s.outlet
            }).length,
            'pair'
          )}`
        ]
      : [count(r.quotes.filter((q) => q.speaker === s.speaker).length, 'quote')]
  return `<div class="source f" style="--c:${color};--sc:${scoreColor(s.score)}"><h3>${dot(color)}${h(name)}</h3><div class="score"><span class="big">${fmt2(s.score)}</span><span class="bar"><i style="width:${widthPct(s.score)}"></i></span></div>${signals === '' ? '' : `<dl class="signals">${signals}</dl>`}${s.explanation.trim() === '' ? '' : `<p>${h(s.explanation)}</p>`}<div class="counts">${h(counts.join(' · '))}</div></div>`
}

const sources = (ctx: Ctx): string => {
  const byScore = (kind: SourceScore['kind']) =>
    ctx.report.sources
      .filter((s) => s.kind === kind)
      .slice()
      .sort((x, y) => y.score - x.score || (sourceName(x) < sourceName(y) ? -1 : 1))
  const outlets = byScore('outlet')
  const speakers = byScore('speaker')
  // Speakers with quotes have a card further down to link to.
  const quoted = new Set(ctx.report.quotes.filter((q) => q.isStatement && q.speaker !== null).map((q) => q.speaker as string))
  const speakerRow = (s: SourceScore): string => {
    const signals = Object.keys(s.signals)
      .sort()
      .map((k) => `${h(k)} ${fmt2(s.signals[k] ?? Number.NaN)}`)
      .join(' · ')
    const name = sourceName(s)
    const cell = quoted.has(name) ? `<a href="#${anchor('spk', name)}">${h(name)}</a>` : h(name)
    return `<tr class="f" style="--sc:${scoreColor(s.score)}"><td class="name">${cell}</td><td class="nw"><span class="score-inline">${fmt2(s.score)}</span> ${meter(s.score, scoreColor(s.score))}</td><td>${h(s.explanation)}${
      signals === '' ? '' : `<br><small class="sig">${signals}</small>`
    }</td></tr>`
  }
  const body =
    outlets.length + speakers.length === 0
      ? empty('No source was scored.')
      : `${outlets.length === 0 ? '' : `<div class="sources">${outlets.map((s) => sourceCard(ctx, s)).join('')}</div>`}${
          speakers.length === 0
            ? ''
            : `<h3 class="group">Speakers</h3><div class="card"><table><thead><tr><th>Speaker</th><th>Score</th><th>Why</th></tr></thead><tbody>${speakers.map(speakerRow).join('')}</tbody></table></div>`
        }`
  return section('sources', 'Sources', 'Reliability score of each outlet and speaker (0 to 1, higher is more trustworthy), with the signals behind it.', body)
}

// ---- contradictions ------------------------------------------------------------------

const side = (ctx: Ctx, c: Contradiction, which: 'a' | 'b'): string => {
  const s = c[which]
  const a = ctx.byId.get(s.articleId)
  const outlet = s.outlet ?? a?.outlet ?? null
  const who = [
    s.speaker === null ? '' : `<b>${h(s.speaker)}</b>`,
    `${dot(ctx.colorOf(outlet))} ${articleLink(ctx, s.articleId, outlet ?? s.articleId)}`,
    a?.published === null || a === undefined ? '' : h(displayDate(a.published))
  ]
    .filter((x) => x !== '')
    .join(' · ')
  return `<div class="side ${which}"><div class="who">${who}</div><blockquote>“${highlight(s.text, c.evidence)}”</blockquote></div>`
}

const contradictionCard = (ctx: Ctx, c: Contradiction): string =>
  `<article class="card f" id="${anchor('x', c.id)}"><header><span class="badge kind">${h(c.kind)}</span>${
    c.event === null ? '' : `<span class="event">${h(c.event)}</span>`
  }<span class="spacer"></span><span class="conf" title="how sure the rule is">confidence ${meter(c.confidence)} ${fmt2(c.confidence)}</span></header><div class="sides">${side(ctx, c, 'a')}<div class="vs">VS</div>${side(ctx, c, 'b')}</div><p class="why"><strong>Why they conflict:</strong> ${h(c.explanation)}</p><div class="meta">rule <code>${h(c.rule)}</code>${
    c.evidence.length === 0 ? '' : ` · evidence ${c.evidence.map((e) => `<mark>${h(e)}</mark>`).join(' ')}`
  }</div></article>`

/** How many contradictions of each kind, most frequent first. */
const kindSummary = (list: ReadonlyArray<Contradiction>): string => {
  const n = new Map<string, number>()
  for (const c of list) n.set(c.kind, (n.get(c.kind) ?? 0) + 1)
  const kinds = [...n.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
  return `<div class="legend">${kinds.map(([k, v]) => `<span><span class="badge kind">${h(k)}</span>${v}</span>`).join('')}</div>`
}

const contradictions = (ctx: Ctx): string => {
  const list = contradictionsInOrder(ctx.report.contradictions)
  return section(
    'contradictions',
    'Contradictions',
    'Pairs of accounts that cannot both be true, most confident first. Cue words that decided each finding are highlighted.',
    list.length === 0 ? empty('No contradiction was found.') : `${kindSummary(list)}${list.map((c) => contradictionCard(ctx, c)).join('')}`
  )
}

// ---- clusters ------------------------------------------------------------------------

/** A member's wording with its differences from the canonical one marked up; null when the words are the same. */
const diffHtml = (canonical: string, text: string): string | null => {
  const segments = diffWords(canonical, text)
  if (segments.every((seg) => seg._tag === 'equal')) return null
  return segments
    .map((seg) => {
      const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(seg.text)
      const [lead, body, trail] = [m?.[1] ?? '', m?.[2] ?? seg.text, m?.[3] ?? '']
      if (seg._tag === 'equal' || body === '') return h(seg.text)
      const tag = seg._tag === 'insert' ? 'ins' : 'del'
      return `${h(lead)}<${tag}>${h(body)}</${tag}>${h(trail)}`
    })
    .join('')
}

const clusterCard = (ctx: Ctx, c: Cluster): string => {
  const outlets = new Set(c.members.map((m) => m.outlet ?? m.articleId))
  const rows = c.members
    .map((m, i) => {
      const date = m.published ?? ctx.byId.get(m.articleId)?.published ?? null
      const sub = [date === null ? null : displayDate(date), m.speaker].filter((x): x is string => x !== null).map(h).join(' · ')
      const diff = m.text === c.canonical ? null : diffHtml(c.canonical, m.text)
      const body =
        m.text === c.canonical
          ? `${h(m.text)} <span class="same">(canonical wording)</span>`
          : diff === null
            ? `${h(m.text)} <span class="same">(same words; only case, quote marks or dashes differ)</span>`
            : diff
      return `<tr><td class="who">${dot(ctx.colorOf(m.outlet))} ${articleLink(ctx, m.articleId, m.outlet ?? m.articleId)}${
        i === c.earliest ? ' <span class="badge earliest">earliest</span>' : ''
      }<small>${sub}</small></td><td>${body}</td></tr>`
    })
    .join('')
  return `<article class="card f" id="${anchor('k', c.id)}"><header><span class="badge">${c.kind}</span><span>${h(
    `${count(c.members.length, 'appearance')} in ${count(outlets.size, 'outlet')}`
  )}</span><span class="spacer"></span><span class="conf" title="cohesion: lowest pairwise similarity">cohesion ${meter(c.cohesion)} ${fmt2(c.cohesion)}</span></header><blockquote class="canonical">${h(c.canonical)}</blockquote><table>${rows}</table></article>`
}

const clusters = (ctx: Ctx): string =>
  section(
    'clusters',
    'Quote clusters',
    'The same statement as different outlets carry it. Each appearance is compared word by word with the canonical wording: <ins>added</ins> words, <del>dropped</del> words.',
    ctx.report.clusters.length === 0
      ? empty('No statement appears more than once.')
      : clustersInOrder(ctx.report.clusters).map((c) => clusterCard(ctx, c)).join('')
  )

// ---- copying -------------------------------------------------------------------------

const withId = (ctx: Ctx, id: string): string => {
  const a = ctx.byId.get(id)
  return `${dot(ctx.colorOf(a?.outlet ?? null))} ${articleLink(ctx, id)}${a?.outlet === null || a === undefined ? '' : ` <small class="id">${h(id)}</small>`}`
}

const copyRow = (ctx: Ctx, c: Copying): string => {
  const [from, to] = c.direction === 'b->a' ? [c.b, c.a] : [c.a, c.b]
  const arrow = c.direction === 'a->b' || c.direction === 'b->a' ? '→' : '↔'
  const dir = c.direction === null ? 'direction unknown' : c.direction === 'common-source' ? 'common source' : 'copied'
  const passages =
    c.passages.length === 0
      ? ''
      : `<details><summary>${count(c.passages.length, 'shared passage')}</summary><ul class="claims">${c.passages
          .map((p) => `<li>“${h(p.text)}” <small>(${count(p.words, 'word')})</small></li>`)
          .join('')}</ul></details>`
  return `<tr class="f"><td>${withId(ctx, from)} ${arrow}<br>${withId(ctx, to)}</td><td>${c.sharedWords}</td><td>${pct(c.overlap)}</td><td>${h(dir)}</td><td>${h(c.reason)}${passages}</td></tr>`
}

/** A colour key for the outlets; left out when there are too many colours to tell apart. */
const legend = (ctx: Ctx, outlets: ReadonlyArray<string | null>): string => {
  const distinct = [...new Set(outlets)]
  if (distinct.filter((o) => o !== null).length > PALETTE.length) return ''
  return distinct
    .sort((x, y) => (x === null ? 1 : y === null ? -1 : x < y ? -1 : x > y ? 1 : 0))
    .map((o) => `<span>${dot(ctx.colorOf(o))}${h(o ?? 'unknown outlet')}</span>`)
    .join('')
}

const copying = (ctx: Ctx, maxNodes: number): string => {
  const r = ctx.report
  if (r.copying.length === 0) return section('copying', 'Copy network', '', empty('No two articles share passages.'))
  const svg = copyGraphSvg(r, ctx.byId, ctx.colorOf, maxNodes)
  const drawn = graphArticleIds(r, maxNodes)
  const left = r.articles.length - drawn.length
  const caption = left > 0 ? `<p class="meta">${h(`${count(drawn.length, 'article')} drawn; ${count(left, 'other article')} ${left === 1 ? 'is' : 'are'} left out (${drawn.length >= maxNodes ? 'the least linked' : 'not linked to any'}).`)}</p>` : ''
  const key = legend(ctx, drawn.map((id) => ctx.byId.get(id)?.outlet ?? null))
  const rows = r.copying
    .slice()
    .sort((x, y) => y.sharedWords - x.sharedWords)
    .map((c) => copyRow(ctx, c))
    .join('')
  return section(
    'copying',
    'Copy network',
    'Articles that share passages. Arrows point from the earlier article to the one that repeats it; dashed lines join articles that share a common source, dotted lines pairs whose direction is unknown. Line width grows with the shared words. Hover an article to isolate its links.',
    `<div class="figure">${svg}${key === '' ? '' : `<div class="legend">${key}</div>`}${caption}</div><div class="card"><table><thead><tr><th>Articles</th><th>Shared words</th><th>Overlap</th><th>Direction</th><th>Why</th></tr></thead><tbody>${rows}</tbody></table></div>`
  )
}

// ---- timeline ------------------------------------------------------------------------

const timeline = (ctx: Ctx, max: number): string => {
  const groups = eventGroups(ctx.report, max)
  if (groups.length === 0) return section('timeline', 'Timeline', '', empty('No event has claims to place in time.'))
  const when = (id: string): number => parseIsoLoose(ctx.byId.get(id)?.published ?? null) ?? Number.POSITIVE_INFINITY
  const lists = groups
    .map((g) => {
      const items = g.claims
        .slice()
        .sort((x, y) => when(x.articleId) - when(y.articleId) || (x.id < y.id ? -1 : 1))
        .map((c) => {
          const published = ctx.byId.get(c.articleId)?.published ?? null
          const date = published === null ? 'undated' : displayDate(published)
          const who = c.assertedBy.name ?? 'unattributed'
          const tag = c.polarity === 'negative' ? 'denies' : c.outcome ?? c.predicate
          return `<li class="f"><span class="when">${h(date)}</span> ${dot(ctx.colorOf(c.outlet))} ${articleLink(ctx, c.articleId, c.outlet ?? c.articleId)} · <b>${h(who)}</b> <span class="badge">${h(tag)}</span><br>“${h(c.text)}”</li>`
        })
        .join('')
      return `<details><summary>${h(g.label)} (${count(g.claims.length, 'claim')})</summary><ul class="claims">${items}</ul></details>`
    })
    .join('')
  const outlets = groups.flatMap((g) => g.claims.map((c) => c.outlet))
  return section(
    'timeline',
    'Timeline of claims',
    'One row per event; each dot is a claim, placed at the publication date of the article that makes it and coloured by outlet. Hollow dots deny, negate or report failure. Hover a dot to read the claim.',
    `<div class="figure">${timelineSvg(groups, ctx.byId, ctx.colorOf)}<div class="legend">${legend(ctx, outlets)}<span><svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><circle cx="7" cy="7" r="5" fill="none" stroke="#5d6677" stroke-width="2"/></svg>negative</span></div></div><div class="card">${lists}</div>`
  )
}

// ---- propositions --------------------------------------------------------------------

const propositionCard = (ctx: Ctx, p: Proposition): string => {
  const values = p.values
    .map((v) => {
      const fav = v.value === p.favoured
      return `<div class="${fav ? 'fav' : ''}"><span>${fav ? '★ ' : ''}${h(v.value)}</span><span class="bar"><i style="width:${widthPct(v.confidence)}"></i></span><span>${fmt2(v.confidence)}</span></div><div><small class="sig" style="grid-column:1/-1">${h(
        `independent: ${v.independentSources.join(', ') || 'none'} · all sources: ${v.sources.join(', ') || 'none'}`
      )}</small></div>`
    })
    .join('')
  const verdict =
    p.favoured === null
      ? `No version is favoured: the evidence is split (uncertainty ${fmt2(p.uncertainty)}).`
      : `The evidence favours “${p.favoured}” (uncertainty ${fmt2(p.uncertainty)}).`
  const claims = p.values.flatMap((v) =>
    v.claims.flatMap((id) => {
      const c = ctx.claims.get(id)
      return c === undefined
        ? []
        : [
            `<li><span class="badge">${h(v.value)}</span> “${h(c.text)}” <small>— ${h(c.assertedBy.name ?? 'unattributed')}, ${articleLink(ctx, c.articleId, c.outlet ?? c.articleId)}</small></li>`
          ]
    })
  )
  return `<article class="card f"><header><span class="event">${h(p.description)}</span></header><div class="values">${values}</div><div class="meta">${h(verdict)}</div>${
    claims.length === 0 ? '' : `<details><summary>${h(count(claims.length, 'claim'))} behind these versions</summary><ul class="claims">${claims.join('')}</ul></details>`
  }</article>`
}

const propositions = (ctx: Ctx): string =>
  section(
    'propositions',
    'Disputed propositions',
    'Each disputed question with the versions claimed for it, weighted by independent support (copies collapsed).',
    ctx.report.propositions.length === 0 ? empty('No proposition is disputed.') : ctx.report.propositions.map((p) => propositionCard(ctx, p)).join('')
  )

// ---- speakers ------------------------------------------------------------------------

const speakers = (ctx: Ctx): string => {
  const statements = ctx.report.quotes.filter((q) => q.isStatement)
  const groups = new Map<string, Array<(typeof statements)[number]>>()
  for (const q of statements) {
    const key = q.speaker ?? '\u0000'
    const list = groups.get(key) ?? []
    list.push(q)
    groups.set(key, list)
  }
  const roles = new Map(ctx.report.speakers.map((s) => [s.canonical, s]))
  const names = [...groups.keys()].sort(
    (x, y) =>
      (x === '\u0000' ? 1 : 0) - (y === '\u0000' ? 1 : 0) ||
      (groups.get(y)?.length ?? 0) - (groups.get(x)?.length ?? 0) ||
      (x < y ? -1 : x > y ? 1 : 0)
  )
  const cards = names
    .map((name) => {
      const spk = roles.get(name)
      const qs = groups.get(name) ?? []
      const role = [spk?.role ?? null, spk?.anonymous === true ? 'anonymous' : null].filter((x): x is string => x !== null).join(' · ')
      const items = qs
        .map(
          (q) =>
            `<li>“${h(q.text)}”<br><small>${articleLink(ctx, q.articleId)} · ${q.direct ? 'direct' : 'reported'}${q.verb === null ? '' : ` · ${h(q.verb)}`}${
              q.chain.length > 2 ? ` · via ${h(q.chain.join(' → '))}` : ''
            }${q.hedges.length === 0 ? '' : ` · hedged: ${h(q.hedges.join(', '))}`}</small></li>`
        )
        .join('')
      return `<div class="card speaker f" id="${anchor('spk', name)}"><h3>${h(name === '\u0000' ? 'Unattributed' : name)}</h3>${
        role === '' ? '' : `<div class="role">${h(role)}</div>`
      }<div class="meta">${h(count(qs.length, 'quote'))}${
        spk !== undefined && spk.variants.length > 1 ? ` · also written ${h(spk.variants.filter((v) => v !== name).join(', '))}` : ''
      }</div><ul>${items}</ul></div>`
    })
    .join('')
  return section(
    'speakers',
    'Speakers and their quotes',
    'Who said what, and through whom.',
    statements.length === 0 ? empty('No quote was found.') : `<div class="speakers">${cards}</div>`
  )
}

// ---- articles ------------------------------------------------------------------------

const articles = (ctx: Ctx): string => {
  const r = ctx.report
  const tally = (ids: ReadonlyArray<string>): ReadonlyMap<string, number> => {
    const m = new Map<string, number>()
    for (const id of ids) m.set(id, (m.get(id) ?? 0) + 1)
    return m
  }
  const quotes = tally(r.quotes.filter((q) => q.isStatement).map((q) => q.articleId))
  const claims = tally(r.claims.map((c) => c.articleId))
  const disputes = tally(r.contradictions.flatMap((c) => (c.a.articleId === c.b.articleId ? [c.a.articleId] : [c.a.articleId, c.b.articleId])))
  const rows = r.articles
    .map(
      (a) =>
        `<tr class="f" id="${anchor('art', a.id)}"><td class="nw"><code>${h(a.id)}</code></td><td>${dot(ctx.colorOf(a.outlet))} ${h(a.outlet ?? 'unknown')}</td><td class="nw">${h(
          a.published === null ? 'unknown' : displayDate(a.published)
        )}</td><td>${h(a.title ?? '')}${[a.dateline, a.byline].some((x) => x !== null) ? `<br><small class="id">${h([a.dateline, a.byline].filter((x): x is string => x !== null).join(' · '))}</small>` : ''}</td><td>${h(
          a.citedSources.join(', ')
        )}</td><td>${quotes.get(a.id) ?? 0}</td><td>${claims.get(a.id) ?? 0}</td><td>${disputes.get(a.id) ?? 0}</td></tr>`
    )
    .join('')
  return section(
    'articles',
    'Articles',
    '',
    r.articles.length === 0
      ? empty('No article.')
      : `<div class="card"><table><thead><tr><th>Article</th><th>Outlet</th><th>Published</th><th>Title</th><th>Cites</th><th>Quotes</th><th>Claims</th><th>Disputed</th></tr></thead><tbody>${rows}</tbody></table></div>`
  )
}

const errors = (ctx: Ctx): string =>
  ctx.report.errors.length === 0
    ? ''
    : section(
        'errors',
        'Inputs not analysed',
        '',
        `<div class="card"><ul class="errors">${ctx.report.errors.map((e) => `<li><code>${h(e._tag)}</code> ${h(e.message)}</li>`).join('')}</ul></div>`
      )

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * The Report as one self-contained HTML page: an overview; outlets and speakers with scores,
 * signals and explanations; contradictions side by side with their evidence highlighted;
 * quote clusters with each appearance diffed word by word against the canonical wording; the
 * copy network as an SVG graph; a timeline of claims per event; disputed propositions;
 * speakers and their quotes; the articles; inputs that failed. A side menu navigates and a
 * filter box narrows every list to items containing a text.
 *
 * Details: CSS, script and figures are inline and a Content-Security-Policy forbids every
 * fetch, so the file works offline and cannot leak that it was opened. All text from the
 * Report is HTML-escaped. Output depends only on the Report and options (no clock, no
 * randomness), so the same Report gives the same bytes.
 *
 * @example
 * import { toHtml, SCHEMA_VERSION } from 'gainsay'
 * const page = toHtml(
 *   {
 *     schemaVersion: SCHEMA_VERSION, articles: [], speakers: [], quotes: [], claims: [],
 *     clusters: [], copying: [], contradictions: [], sources: [], propositions: [], errors: []
 *   },
 *   { title: 'Harbour fire <coverage>' }
 * )
 * page.startsWith('<!doctype html>') // true
 * page.includes('Harbour fire &lt;coverage&gt;') // true
 *
 * @since 0.1.0
 */
export const toHtml = (report: Report, options: HtmlReportOptions = {}): string => {
  const title = options.title ?? 'gainsay analysis'
  const outletNames = [
    ...new Set(
      [
        ...report.articles.map((a) => a.outlet),
        ...report.sources.filter((s) => s.kind === 'outlet').map((s) => s.outlet),
        ...report.claims.map((c) => c.outlet)
      ].filter((o): o is string => o !== null)
    )
  ].sort()
  const colors = new Map(outletNames.map((o, i) => [o, PALETTE[i % PALETTE.length] as string]))
  const ctx: Ctx = {
    report,
    byId: articlesById(report),
    claims: new Map(report.claims.map((c) => [c.id as string, c])),
    colorOf: (o) => (o === null ? '#a3abb9' : colors.get(o) ?? '#a3abb9')
  }
  const nav: ReadonlyArray<readonly [string, string, number | null]> = [
    ['overview', 'Overview', null],
    ['sources', 'Sources', report.sources.length],
    ['contradictions', 'Contradictions', report.contradictions.length],
    ['clusters', 'Quote clusters', report.clusters.length],
    ['copying', 'Copy network', report.copying.length],
    ['timeline', 'Timeline', null],
    ['propositions', 'Propositions', report.propositions.length],
    ['speakers', 'Speakers', report.speakers.length],
    ['articles', 'Articles', report.articles.length],
    ...(report.errors.length === 0 ? [] : [['errors', 'Errors', report.errors.length] as const])
  ]
  const summary = [
    count(report.articles.length, 'article'),
    count(report.contradictions.length, 'contradiction'),
    count(report.clusters.length, 'quote cluster'),
    count(report.copying.length, 'copied pair')
  ].join(' · ')
  const body = [
    overview(ctx),
    sources(ctx),
    contradictions(ctx),
    clusters(ctx),
    copying(ctx, options.graphArticles ?? 40),
    timeline(ctx, options.timelineEvents ?? 12),
    propositions(ctx),
    speakers(ctx),
    articles(ctx),
    errors(ctx)
  ].join('\n')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="gainsay (report schema ${SCHEMA_VERSION})">
<title>${h(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top"><h1>${h(title)}</h1><p class="sub">${h(summary)}</p></header>
<div class="layout">
<nav class="toc" aria-label="Sections">${nav
    .map(([id, label, n]) => `<a href="#${id}"><span>${h(label)}</span>${n === null ? '' : `<span class="n">${n}</span>`}</a>`)
    .join('')}<div class="filter"><input id="filter" type="search" placeholder="Filter by text…" aria-label="Filter items by text"><small id="filter-note" aria-live="polite"></small></div></nav>
<main>
${body}
</main>
</div>
<footer class="foot">Made by gainsay from one analysis report (schema version ${SCHEMA_VERSION}). This page is self-contained and loads nothing from the network.</footer>
<script>${SCRIPT}</script>
</body>
</html>
`
}
