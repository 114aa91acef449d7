/**
 * Inline SVG figures for the HTML report: the copy network (circle layout) and the timeline
 * of claims per event. Deterministic: positions depend only on the Report. Private.
 */
import type { Claim, Report, ReportArticle } from '../../model'
import { anchor, articleLabel, clamp01, displayDate, escapeHtml as h, parseIsoLoose, parseIsoPeriod, pct, truncate } from './text'

const n1 = (x: number): string => (Math.round(x * 10) / 10).toString()

// -------------------------------------------------------------------------------------
// copy network
// -------------------------------------------------------------------------------------

/** Articles the copy network can show: all when few, else the most linked ones. */
export const graphArticleIds = (report: Report, maxNodes: number): ReadonlyArray<string> => {
  const degree = new Map<string, number>()
  for (const c of report.copying) {
    degree.set(c.a, (degree.get(c.a) ?? 0) + 1)
    degree.set(c.b, (degree.get(c.b) ?? 0) + 1)
  }
  const all = [...new Set([...report.articles.map((a) => a.id as string), ...degree.keys()])]
  // With few articles every one is drawn (an isolated node says "copies nobody"); with many,
  // only linked articles, the most linked first.
  const pool = all.length <= Math.min(maxNodes, 16) ? all : all.filter((id) => degree.has(id))
  return pool
    .slice()
    .sort((x, y) => (degree.get(y) ?? 0) - (degree.get(x) ?? 0) || (x < y ? -1 : x > y ? 1 : 0))
    .slice(0, Math.max(2, maxNodes))
}

/** Draws the copy network: articles on a circle ordered by publication date, copying as edges. */
export const copyGraphSvg = (
  report: Report,
  byId: ReadonlyMap<string, ReportArticle>,
  colorOf: (outlet: string | null) => string,
  maxNodes: number
): string => {
  const degree = new Map<string, number>()
  for (const c of report.copying) {
    degree.set(c.a, (degree.get(c.a) ?? 0) + 1)
    degree.set(c.b, (degree.get(c.b) ?? 0) + 1)
  }
  const ids = graphArticleIds(report, maxNodes)
    .slice()
    .sort((x, y) => {
      const tx = parseIsoLoose(byId.get(x)?.published ?? null)
      const ty = parseIsoLoose(byId.get(y)?.published ?? null)
      if (tx !== ty) return tx === null ? 1 : ty === null ? -1 : tx - ty
      return x < y ? -1 : x > y ? 1 : 0
    })
  const shown = new Set(ids)
  // Few nodes: horizontal two-line labels. Many: one-line labels along the radius, so that
  // neighbours never overlap however many there are.
  const radial = ids.length > 12
  const R = radial ? Math.max(170, (ids.length * 22) / (2 * Math.PI)) : 155
  const W = radial ? Math.round(2 * (R + 245)) : 760
  const H = radial ? W : 500
  const cx = W / 2
  const cy = H / 2
  const pos = new Map<string, { x: number; y: number; r: number; angle: number }>()
  ids.forEach((id, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / ids.length
    const r = Math.min(radial ? 11 : 16, (radial ? 5 : 7) + 2.5 * (degree.get(id) ?? 0))
    pos.set(id, { x: cx + R * Math.cos(angle), y: cy + R * Math.sin(angle), r, angle })
  })
  const maxShared = Math.max(1, ...report.copying.map((c) => c.sharedWords))
  const edges = report.copying
    .filter((c) => shown.has(c.a) && shown.has(c.b) && c.a !== c.b)
    .map((c) => {
      const [from, to] = c.direction === 'b->a' ? [c.b, c.a] : [c.a, c.b]
      const p = pos.get(from) as { x: number; y: number; r: number }
      const q = pos.get(to) as { x: number; y: number; r: number }
      // Bend each edge a little toward the centre so that edges along the rim stay visible.
      const mx = (p.x + q.x) / 2
      const my = (p.y + q.y) / 2
      const kx = mx + (cx - mx) * 0.22
      const ky = my + (cy - my) * 0.22
      const shorten = (s: { x: number; y: number }, r: number) => {
        const dx = kx - s.x
        const dy = ky - s.y
        const len = Math.hypot(dx, dy) || 1
        return { x: s.x + (dx / len) * r, y: s.y + (dy / len) * r }
      }
      const directed = c.direction === 'a->b' || c.direction === 'b->a'
      const s = shorten(p, p.r + 2)
      const width = 1.5 + 4.5 * Math.sqrt(c.sharedWords / maxShared)
      // The arrowhead is drawn as a triangle sized to the line, its tip on the target's rim.
      const arrowTip = shorten(q, q.r + 2)
      const tdx = arrowTip.x - kx
      const tdy = arrowTip.y - ky
      const tlen = Math.hypot(tdx, tdy) || 1
      const ux = tdx / tlen
      const uy = tdy / tlen
      const head = 7 + width * 1.6
      const base = { x: arrowTip.x - ux * head, y: arrowTip.y - uy * head }
      const e = directed ? { x: arrowTip.x - ux * head * 0.7, y: arrowTip.y - uy * head * 0.7 } : arrowTip
      const arrowHead = directed
        ? `<path class="head" d="M${n1(arrowTip.x)},${n1(arrowTip.y)} L${n1(base.x - uy * head * 0.55)},${n1(base.y + ux * head * 0.55)} L${n1(base.x + uy * head * 0.55)},${n1(base.y - ux * head * 0.55)} Z" fill="#5d6677"/>`
        : ''
      const cls = directed ? 'copied' : c.direction === 'common-source' ? 'common' : 'unknown'
      const stroke = directed ? '#5d6677' : c.direction === 'common-source' ? '#0f93b0' : '#9aa3b5'
      const dash = c.direction === 'common-source' ? ' stroke-dasharray="7 5"' : c.direction === null ? ' stroke-dasharray="2 4"' : ''
      const fromA = byId.get(from)
      const toA = byId.get(to)
      const verb = directed ? '→' : c.direction === 'common-source' ? '↔ (common source)' : '↔ (direction unknown)'
      const tip = `${articleLabel(fromA, from)} (${from}) ${verb} ${articleLabel(toA, to)} (${to}): ${c.sharedWords} shared words, ${pct(c.overlap)} overlap. ${c.reason}`
      return `<g class="edge ${cls}" data-a="${h(anchor('art', from))}" data-b="${h(anchor('art', to))}"><title>${h(tip)}</title><path d="M${n1(s.x)},${n1(s.y)} Q${n1(kx)},${n1(ky)} ${n1(e.x)},${n1(e.y)}" stroke="${stroke}" stroke-width="${n1(width)}" stroke-linecap="${directed ? 'butt' : 'round'}"${dash}/>${arrowHead}</g>`
    })
  const nodes = ids.map((id) => {
    const p = pos.get(id) as { x: number; y: number; r: number; angle: number }
    const a = byId.get(id)
    const cos = Math.cos(p.angle)
    const sin = Math.sin(p.angle)
    const date = a?.published === null || a === undefined ? 'undated' : displayDate(a.published)
    const label = articleLabel(a, id)
    const subLabel = label === id ? date : `${date} · ${id}`
    const tip = `${label} · ${date} · ${id} · ${degree.get(id) ?? 0} copying link(s)`
    // A node links to the article's row in the table, when the report lists the article.
    const circle = `${a === undefined ? '' : `<a href="#${anchor('art', id)}">`}<circle cx="${n1(p.x)}" cy="${n1(p.y)}" r="${n1(p.r)}" fill="${colorOf(a?.outlet ?? null)}" stroke="#fff" stroke-width="2"/>${a === undefined ? '' : '</a>'}`
    if (radial) {
      const lx = p.x + cos * (p.r + 6)
      const ly = p.y + sin * (p.r + 6)
      const right = cos >= 0
      const deg = (p.angle * 180) / Math.PI + (right ? 0 : 180)
      return `<g class="node" data-id="${h(anchor('art', id))}"><title>${h(tip)}</title>${circle}<text x="${n1(lx)}" y="${n1(ly)}" dy="0.35em" text-anchor="${right ? 'start' : 'end'}" transform="rotate(${n1(deg)} ${n1(lx)} ${n1(ly)})" font-size="11.5"><tspan font-weight="600">${h(truncate(label, 24))}</tspan><tspan class="sub"> ${h(date.slice(0, 10))}</tspan></text></g>`
    }
    const lx = p.x + cos * (p.r + 8)
    const ly = p.y + sin * (p.r + 8)
    const anchorPos = cos > 0.2 ? 'start' : cos < -0.2 ? 'end' : 'middle'
    const dy = sin > 0.5 ? 12 : sin < -0.5 ? -14 : 0
    return `<g class="node" data-id="${h(anchor('art', id))}"><title>${h(tip)}</title>${circle}<text x="${n1(lx)}" y="${n1(ly + dy)}" text-anchor="${anchorPos}" font-size="12.5" font-weight="600">${h(truncate(label, 26))}</text><text class="sub" x="${n1(lx)}" y="${n1(ly + dy + 14)}" text-anchor="${anchorPos}">${h(truncate(subLabel, 34))}</text></g>`
  })
  return `<svg class="graph" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="Copy network: ${report.copying.length} article pairs share passages"><circle cx="${cx}" cy="${cy}" r="${n1(R)}" fill="none" stroke="currentColor" stroke-opacity="0.06" stroke-width="1"/>${edges.join('')}${nodes.join('')}</svg>`
}

// -------------------------------------------------------------------------------------
// timeline
// -------------------------------------------------------------------------------------

/** A group of claims about one event, for the timeline. */
export interface EventGroup {
  readonly key: string
  readonly label: string
  readonly claims: ReadonlyArray<Claim>
}

const frameLabel = (c: Claim): string | null => {
  const e = c.event
  if (e.action === null) return null
  const words = [e.actor, e.action, e.target].filter((w): w is string => w !== null && w.trim() !== '')
  return `${words.join(' ')}${e.place === null ? '' : ` (${e.place})`}`
}

/**
 * Groups claims into events: first each disputed proposition, then each contradiction event,
 * then claims sharing an event frame (actor, action, target, place). A claim is drawn once, in
 * the first group that takes it. Groups of a single frame claim are left out.
 */
export const eventGroups = (report: Report, max: number): ReadonlyArray<EventGroup> => {
  const claimsById = new Map(report.claims.map((c) => [c.id as string, c]))
  const taken = new Set<string>()
  const groups: Array<EventGroup> = []
  const take = (ids: ReadonlyArray<string>): ReadonlyArray<Claim> => {
    const out: Array<Claim> = []
    for (const id of ids) {
      const c = claimsById.get(id)
      if (c !== undefined && !taken.has(id)) {
        taken.add(id)
        out.push(c)
      }
    }
    return out
  }
  for (const p of report.propositions) {
    const claims = take(p.values.flatMap((v) => v.claims))
    if (claims.length > 0) groups.push({ key: `p:${p.item}`, label: p.description, claims })
  }
  const byEvent = new Map<string, Array<string>>()
  for (const c of report.contradictions) {
    if (c.event === null) continue
    const list = byEvent.get(c.event) ?? []
    list.push(c.a.claimId, c.b.claimId)
    byEvent.set(c.event, list)
  }
  for (const [event, ids] of byEvent) {
    const claims = take(ids)
    if (claims.length > 0) groups.push({ key: `e:${event}`, label: event, claims })
  }
  const byFrame = new Map<string, Array<string>>()
  for (const c of report.claims) {
    const label = frameLabel(c)
    if (label === null || taken.has(c.id)) continue
    const list = byFrame.get(label) ?? []
    list.push(c.id)
    byFrame.set(label, list)
  }
  const frames = [...byFrame.entries()]
    .filter(([, ids]) => ids.length >= 2)
    .sort((x, y) => y[1].length - x[1].length || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
  for (const [label, ids] of frames) groups.push({ key: `f:${label}`, label, claims: take(ids) })
  return groups.slice(0, Math.max(0, max))
}

const DAY = 86_400_000

const tickFormat = (ms: number, step: number): string => {
  const iso = new Date(ms).toISOString()
  if (step >= 365 * DAY) return iso.slice(0, 4)
  if (step >= 28 * DAY) return iso.slice(0, 7)
  if (step >= DAY) return iso.slice(0, 10)
  return `${iso.slice(5, 10)} ${iso.slice(11, 16)}`
}

/** Calendar-aware ticks: at most about eight, on round hours, days, months or years. */
const ticks = (from: number, to: number): { readonly step: number; readonly at: ReadonlyArray<number> } => {
  const span = to - from
  const fixed = [3600_000, 6 * 3600_000, 12 * 3600_000, DAY, 2 * DAY, 7 * DAY, 14 * DAY]
  const step = fixed.find((s) => span / s <= 8)
  if (step !== undefined) {
    const first = Math.ceil(from / step) * step
    const at: Array<number> = []
    for (let t = first; t <= to; t += step) at.push(t)
    return { step, at }
  }
  const months = [1, 2, 3, 6, 12, 24, 60, 120, 600].find((m) => span / (m * 30.44 * DAY) <= 8) ?? 1200
  const d = new Date(from)
  // Months counted from year 0, rounded up to a multiple of the step.
  let m = Math.ceil((d.getUTCFullYear() * 12 + d.getUTCMonth()) / months) * months
  const at: Array<number> = []
  for (let i = 0; i < 60; i++, m += months) {
    const t = Date.UTC(Math.floor(m / 12), m % 12, 1)
    if (t > to) break
    if (t >= from) at.push(t)
  }
  return { step: months * 30.44 * DAY, at }
}

/** A claim's place in time: the period of the publication date of the article that makes it. */
const claimPeriod = (c: Claim, byId: ReadonlyMap<string, ReportArticle>): { readonly from: number; readonly to: number } | null =>
  parseIsoPeriod(byId.get(c.articleId)?.published ?? null)

/**
 * Draws one lane per event and one mark per claim at its article's publication date: a dot for
 * a date precise to the day or better, a capsule spanning the period for a coarser one
 * (`2019-12`), so that an imprecise date is not drawn as if it were exact.
 */
export const timelineSvg = (
  groups: ReadonlyArray<EventGroup>,
  byId: ReadonlyMap<string, ReportArticle>,
  colorOf: (outlet: string | null) => string
): string => {
  const periods = groups
    .flatMap((g) => g.claims.map((c) => claimPeriod(c, byId)))
    .filter((p): p is { from: number; to: number } => p !== null)
  const hasUndated = groups.some((g) => g.claims.some((c) => claimPeriod(c, byId) === null))
  const W = 940
  const labelW = 250
  const x0 = labelW + 24
  // Undated claims get a band of their own at the right, filled column by column.
  const undatedW = 122
  const bandX = W - undatedW - 8
  const x1 = W - (hasUndated ? undatedW + 32 : 30)
  const bandCols = Math.floor((undatedW - 16) / 14)
  const top = 34
  const laneH = 40
  const H = top + groups.length * laneH + 12
  let from = periods.length > 0 ? Math.min(...periods.map((p) => p.from)) : 0
  let to = periods.length > 0 ? Math.max(...periods.map((p) => p.to)) : DAY
  if (to - from < DAY) {
    const mid = (from + to) / 2
    from = mid - DAY / 2
    to = mid + DAY / 2
  }
  const pad = (to - from) * 0.04
  from -= pad
  to += pad
  const xOf = (t: number): number => x0 + ((t - from) / (to - from)) * (x1 - x0)
  const tk = periods.length > 0 ? ticks(from, to) : { step: DAY, at: [] }
  const axis = tk.at
    .map(
      (t) =>
        `<line class="axis" x1="${n1(xOf(t))}" y1="${top - 6}" x2="${n1(xOf(t))}" y2="${H - 8}" stroke-width="1"/><text class="tick" x="${n1(xOf(t))}" y="${top - 12}" text-anchor="middle">${h(tickFormat(t, tk.step))}</text>`
    )
    .join('')
  const undated = hasUndated
    ? `<line class="axis" x1="${bandX - 6}" y1="${top - 6}" x2="${bandX - 6}" y2="${H - 8}" stroke-dasharray="3 3"/><text class="tick" x="${bandX + undatedW / 2}" y="${top - 12}" text-anchor="middle">undated</text>`
    : ''
  const lanes = groups
    .map((g, i) => {
      const y = top + i * laneH + laneH / 2
      // Greedy placement: each mark takes the first free row (middle, above, below) among the
      // marks already placed within 13px; when all three are taken it moves right.
      const placed: Array<{ x0: number; x1: number; row: number }> = []
      const place = (xa: number, xb: number): { readonly dx: number; readonly dy: number } => {
        for (let shift = 0; shift < 200; shift += 7) {
          for (const row of [0, -1, 1]) {
            const a0 = xa + shift - 6.5
            const a1 = xb + shift + 6.5
            if (!placed.some((m) => m.row === row && m.x0 < a1 && a0 < m.x1)) {
              placed.push({ x0: a0, x1: a1, row })
              return { dx: shift, dy: row * 11 }
            }
          }
        }
        return { dx: 0, dy: 0 }
      }
      const timed = g.claims
        .map((c) => ({ c, p: claimPeriod(c, byId) }))
        .sort((u, v) => (u.p?.from ?? Number.POSITIVE_INFINITY) - (v.p?.from ?? Number.POSITIVE_INFINITY) || (u.c.id < v.c.id ? -1 : 1))
      let undatedCount = 0
      const undatedTotal = timed.filter((u) => u.p === null).length
      const marks = timed
        .map(({ c, p }) => {
          let xa: number
          let xb: number
          let dx = 0
          let dy = 0
          if (p === null) {
            const k = undatedCount++
            if (k >= bandCols * 3) return ''
            xa = xb = bandX + 8 + Math.floor(k / 3) * 14
            dy = [0, -1, 1][k % 3]! * 11
          } else {
            xa = xOf(p.from)
            xb = xOf(p.to)
          }
          const wide = xb - xa > 14
          const x = (xa + xb) / 2
          if (p !== null) ({ dx, dy } = wide ? place(xa, xb) : place(x, x))
          const color = colorOf(c.outlet)
          const negative = c.polarity === 'negative' || c.outcome === 'failure' || c.predicate === 'denial'
          const who = c.assertedBy.name ?? c.outlet ?? 'unknown'
          const published = byId.get(c.articleId)?.published ?? null
          const date = published === null ? 'undated' : displayDate(published)
          const tip = `${date} · ${c.outlet ?? c.articleId} · ${who}${negative ? ' (denies / negative)' : ''}: “${c.text}”`
          const fill = negative ? 'var(--panel)' : color
          const shape = wide
            ? `<rect x="${n1(xa + 1 + dx)}" y="${n1(y + dy - 6)}" width="${n1(xb - xa - 2)}" height="12" rx="6" fill="${fill}" fill-opacity="${negative ? 1 : 0.35}" stroke="${color}" stroke-width="${negative ? 2.5 : 1.5}">`
            : `<circle cx="${n1(x + dx)}" cy="${n1(y + dy)}" r="5.5" fill="${fill}" stroke="${color}" stroke-width="${negative ? 2.5 : 1.5}">`
          const mark = `${shape}<title>${h(tip)}</title>${wide ? '</rect>' : '</circle>'}`
          return byId.has(c.articleId) ? `<a href="#${anchor('art', c.articleId)}">${mark}</a>` : mark
        })
        .join('')
      const more =
        undatedTotal > bandCols * 3
          ? `<text class="sub" x="${W - 12}" y="${n1(y + 4)}" text-anchor="end">+${undatedTotal - bandCols * 3}</text>`
          : ''
      return `<g class="lane-row"><rect class="lane" x="4" y="${n1(y - laneH / 2 + 3)}" width="${W - 8}" height="${laneH - 6}" rx="8" opacity="${i % 2 === 0 ? 1 : 0.55}"/><text x="16" y="${n1(y + 4)}" font-size="12.5" font-weight="600"><title>${h(`${g.label} (${g.claims.length} claims)`)}</title>${h(truncate(g.label, 32))}</text>${marks}${more}</g>`
    })
    .join('')
  return `<svg class="timeline" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="Timeline of claims per event">${axis}${undated}${lanes}</svg>`
}

/** A CSS width for a value in [0, 1]. */
export const widthPct = (v: number): string => `${Math.round(clamp01(v) * 1000) / 10}%`
