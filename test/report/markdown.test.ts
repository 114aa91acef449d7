import { describe, expect, it } from 'vitest'
import { toMarkdown, unsafeId, type ClaimId, type ContradictionId, type ArticleId } from '../../src'
import { buildReport, EMPTY_REPORT } from './fixture'

describe('toMarkdown', () => {
  const plain = buildReport({ hostile: '' })
  const md = toMarkdown(plain)

  it('carries each contradiction side by side with its explanation and evidence', () => {
    for (const c of plain.contradictions) {
      expect(md).toContain(c.explanation.replace(/\s+$/, ''))
      const row = md.split('\n').find((l) => l.includes(c.a.text) && l.includes(c.b.text))
      expect(row, `a table row holding both sides of ${c.id}`).toBeDefined()
      for (const e of c.evidence) expect(md).toContain(`\`${e}\``)
    }
  })
  it('lists contradictions most confident first and clusters most widely carried first', () => {
    const at = (text: string): number => md.indexOf(text)
    const byConfidence = plain.contradictions.slice().sort((x, y) => y.confidence - x.confidence)
    const positions = byConfidence.map((c) => at(c.explanation.trim()))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect(positions).toEqual([...positions].sort((x, y) => x - y))
    // The four-outlet cluster comes before the two-outlet one whatever the input order.
    const reversed = toMarkdown({ ...plain, clusters: plain.clusters.slice().reverse() })
    expect(reversed.indexOf('4 places, 4 outlets')).toBeLessThan(reversed.indexOf('2 places, 2 outlets'))
    expect(reversed.indexOf('4 places, 4 outlets')).toBeGreaterThan(0)
  })
  it('lists each source with its score, signals and explanation', () => {
    for (const s of plain.sources) {
      const name = s.kind === 'speaker' ? s.speaker : s.outlet
      expect(md).toContain(`**${name}**: score ${s.score.toFixed(2)}`)
      expect(md).toContain(s.explanation)
      for (const [k, v] of Object.entries(s.signals)) expect(md).toContain(`${k} ${v.toFixed(2)}`)
    }
  })
  it('shows each cluster member against the canonical wording', () => {
    // "two kilometres" became "2 km" in one member: struck out and bolded.
    expect(md).toContain('~~two kilometres~~ **2 km**')
    expect(md).toContain('*same wording*')
  })
  it('lists articles, copying, speakers with their quotes, propositions and errors', () => {
    for (const a of plain.articles) expect(md).toContain(`\`${a.id}\``)
    expect(md).toMatch(/## Copying[\s\S]*\| 31 \| 62% \| copied \|/)
    for (const q of plain.quotes) expect(md).toContain(`“${q.text}”`)
    expect(md).toContain('The evidence favours **11**')
    expect(md).toContain('No version is favoured')
    expect(md).toContain('`NotText` feeds/photo.jpg')
  })
  it('neutralises markup from article text', () => {
    const hostile = toMarkdown(buildReport({ hostile: '<script>x()</script> | *bold* [link](javascript:1)' }))
    expect(hostile).not.toContain('<script>')
    expect(hostile).toContain('&lt;script&gt;')
    expect(hostile).toContain('\\*bold\\*')
    expect(hostile).toContain('\\[link\\]')
    // A pipe in text never splits a table cell: every row has as many cells as its header.
    const pipes = (l: string): number => l.split(/(?<!\\)\|/).length
    let header = -1
    let rows = 0
    for (const line of hostile.split('\n')) {
      if (!line.startsWith('|')) {
        header = -1
        continue
      }
      if (header < 0) header = pipes(line)
      else {
        expect(pipes(line)).toBe(header)
        rows++
      }
    }
    expect(rows).toBeGreaterThan(8)
  })
  it('leaves out empty sections and still summarises', () => {
    const md0 = toMarkdown(EMPTY_REPORT)
    expect(md0).toContain('0 articles')
    expect(md0).not.toContain('## Contradictions')
  })
  it('handles a contradiction whose articles the report does not list', () => {
    const ref = (id: string, text: string) => ({
      claimId: unsafeId<ClaimId>(`c-${id}`),
      articleId: unsafeId<ArticleId>(id),
      text,
      start: 0,
      end: text.length,
      speaker: null,
      outlet: null
    })
    const md1 = toMarkdown({
      ...EMPTY_REPORT,
      contradictions: [
        {
          id: unsafeId<ContradictionId>('x1'),
          kind: 'temporal',
          rule: 'temporal-order',
          confidence: 0.6,
          a: ref('gone-1', 'The bridge opened in May'),
          b: ref('gone-2', 'The bridge opened in July'),
          explanation: 'May and July cannot both be the opening month.',
          event: null,
          evidence: []
        }
      ]
    })
    expect(md1).toContain('**gone-1** (`gone-1`)')
    expect(md1).toContain('May and July cannot both be the opening month.')
  })
})
