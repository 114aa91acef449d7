import { describe, expect, it } from 'vitest'
import * as fc from 'fast-check'
import { toDot } from '../../src'
import { buildReport, EMPTY_REPORT } from './fixture'

interface ParsedDot {
  readonly kind: 'graph' | 'digraph'
  readonly nodes: ReadonlySet<string>
  readonly edges: ReadonlyArray<readonly [string, string, Readonly<Record<string, string>>]>
}

/**
 * A small DOT reader for the subset toDot writes: it tokenises quoted strings with their
 * escapes, checks that braces and brackets balance, and collects node and edge statements.
 * Returns an error message instead of a graph when the text is not well formed.
 */
const parseDot = (text: string): ParsedDot | string => {
  const tokens: Array<{ t: 'id' | 'sym'; v: string }> = []
  let i = 0
  while (i < text.length) {
    const c = text[i] as string
    if (/\s/.test(c)) i++
    else if (c === '"') {
      let v = ''
      i++
      for (;;) {
        if (i >= text.length) return 'unterminated string'
        const d = text[i] as string
        if (d === '\\') {
          v += text.slice(i, i + 2)
          i += 2
        } else if (d === '"') {
          i++
          break
        } else if (d === '\n') return 'raw newline inside a string'
        else {
          v += d
          i++
        }
      }
      tokens.push({ t: 'id', v })
    } else if (text.startsWith('->', i) || text.startsWith('--', i)) {
      tokens.push({ t: 'sym', v: text.slice(i, i + 2) })
      i += 2
    } else if ('{}[];=,'.includes(c)) {
      tokens.push({ t: 'sym', v: c })
      i++
    } else {
      const m = /^[A-Za-z_][\w]*/.exec(text.slice(i))
      if (m === null) return `unexpected character ${JSON.stringify(c)} at ${i}`
      tokens.push({ t: 'id', v: m[0] })
      i += m[0].length
    }
  }
  let depth = 0
  for (const tk of tokens) {
    if (tk.t === 'sym' && (tk.v === '{' || tk.v === '[')) depth++
    if (tk.t === 'sym' && (tk.v === '}' || tk.v === ']')) depth--
    if (depth < 0) return 'unbalanced close'
  }
  if (depth !== 0) return 'unbalanced braces'
  const kind = tokens[0]?.v
  if (kind !== 'graph' && kind !== 'digraph') return 'no graph keyword'
  if (tokens[2]?.v !== '{' || tokens[tokens.length - 1]?.v !== '}') return 'no body'
  const nodes = new Set<string>()
  const edges: Array<readonly [string, string, Record<string, string>]> = []
  // Statements inside the body, split on ';'.
  const body = tokens.slice(3, -1)
  let stmt: typeof tokens = []
  const attrs = (from: number, s: typeof tokens): Record<string, string> | string => {
    const out: Record<string, string> = {}
    if (s[from] === undefined) return out
    if (s[from]?.v !== '[' || s[s.length - 1]?.v !== ']') return 'bad attribute list'
    const inner = s.slice(from + 1, -1).filter((x) => x.v !== ',')
    for (let k = 0; k < inner.length; k += 3) {
      if (inner[k + 1]?.v !== '=') return 'attribute without ='
      out[inner[k]?.v as string] = inner[k + 2]?.v as string
    }
    return out
  }
  for (const tk of [...body, { t: 'sym' as const, v: ';' }]) {
    if (!(tk.t === 'sym' && tk.v === ';')) {
      stmt.push(tk)
      continue
    }
    if (stmt.length === 0) continue
    const head = stmt[0] as { t: string; v: string }
    if (stmt[1]?.v === '->' || stmt[1]?.v === '--') {
      if ((stmt[1].v === '->') !== (kind === 'digraph')) return `wrong edge operator ${stmt[1].v} in a ${kind}`
      const a = attrs(3, stmt)
      if (typeof a === 'string') return a
      edges.push([head.v, stmt[2]?.v as string, a])
    } else if (!['graph', 'node', 'edge'].includes(head.v)) {
      const a = attrs(1, stmt)
      if (typeof a === 'string') return a
      nodes.add(head.v)
    }
    stmt = []
  }
  return { kind, nodes, edges }
}

describe('toDot', () => {
  const report = buildReport()

  it('copying: a digraph with every article as a node and every pair as an edge from original to copy', () => {
    const g = parseDot(toDot(report, 'copying'))
    if (typeof g === 'string') throw new Error(g)
    expect(g.kind).toBe('digraph')
    expect(g.nodes.size).toBe(report.articles.length)
    expect(g.edges.length).toBe(report.copying.length)
    for (const [a, b] of g.edges) {
      expect(g.nodes.has(a), a).toBe(true)
      expect(g.nodes.has(b), b).toBe(true)
    }
    expect(g.edges.some(([a, b, at]) => a === 'nws-88' && b === 'cb-2024-03-12' && at['dir'] === undefined)).toBe(true)
    expect(g.edges.find(([a, b]) => a === 'hd-0412' && b === 'vc-17')?.[2]['style']).toBe('dashed')
    expect(g.edges.find(([a, b]) => a === 'hd-0412' && b === 'nws-88')?.[2]['style']).toBe('dotted')
  })
  it('draws a b->a pair from b to a', () => {
    const flipped = { ...report, copying: report.copying.map((c) => (c.direction === 'a->b' ? { ...c, a: c.b, b: c.a, direction: 'b->a' as const } : c)) }
    const g = parseDot(toDot(flipped, 'copying'))
    if (typeof g === 'string') throw new Error(g)
    expect(g.edges.some(([a, b]) => a === 'nws-88' && b === 'cb-2024-03-12')).toBe(true)
  })
  it('contradictions: an undirected graph of the articles involved, labelled with kind and confidence', () => {
    const g = parseDot(toDot(report, 'contradictions'))
    if (typeof g === 'string') throw new Error(g)
    expect(g.kind).toBe('graph')
    expect(g.edges.length).toBe(report.contradictions.length)
    for (const [a, b] of g.edges) expect(g.nodes.has(a) && g.nodes.has(b)).toBe(true)
    expect(g.nodes.has('blog-x')).toBe(false)
    expect(g.edges.map(([, , at]) => at['label'])).toEqual(['numeric (0.74)', 'outcome (0.86)', 'responsibility (0.55)'])
  })
  it('an empty report gives empty but valid graphs', () => {
    for (const kind of ['copying', 'contradictions'] as const) {
      const g = parseDot(toDot(EMPTY_REPORT, kind))
      expect(typeof g === 'string' ? g : g.edges.length).toBe(0)
    }
  })
  it('property: labels with quotes, backslashes, braces and newlines stay well formed', () => {
    const nasty = fc.array(fc.oneof(fc.string(), fc.constantFrom('"', '\\', '\\"', '{', '}', '];', '\n', '\r\n', '->', '--')), { maxLength: 6 }).map((p) => p.join(''))
    fc.assert(
      fc.property(nasty, (hostile) => {
        for (const kind of ['copying', 'contradictions'] as const) {
          const r = buildReport({ hostile })
          const g = parseDot(toDot(r, kind))
          if (typeof g === 'string') throw new Error(`${g} for ${JSON.stringify(hostile)}`)
          expect(g.edges.length).toBe(kind === 'copying' ? r.copying.length : r.contradictions.length)
        }
      }),
      { numRuns: 80 }
    )
  })
})
