import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import * as E from 'fp-ts/Either'
import { describe, expect, it } from 'vitest'
import { analyze, toHtml } from '../../src'
import { buildReport, scaledReport } from './fixture'
import { CHROMIUM, visit } from './browser'

if (CHROMIUM === undefined) {
  console.warn('test/report/browser.test.ts: no chromium binary (/usr/bin/chromium or $CHROMIUM_PATH); skipping the headless browser test. Install the Debian package `chromium` to run it.')
}

describe.skipIf(CHROMIUM === undefined)('HTML report in headless Chromium', () => {
  it('renders the report with no console error and no request leaving the page; hostile text stays inert', async () => {
    mkdirSync('tmp', { recursive: true })
    const hostile = '<script>window.__pwned = 1</script><img src="https://example.invalid/x.png" onerror="window.__pwned = 2">'
    const html = toHtml(buildReport({ hostile }), { title: 'Port Alder plant fire' })
    const v = await visit(html, {
      screenshot: 'tmp/report-fixture.png',
      probe: `(() => {
        const input = document.getElementById('filter');
        const all = document.querySelectorAll('.f').length;
        input.value = 'evacuat';
        input.dispatchEvent(new Event('input'));
        const visible = Array.from(document.querySelectorAll('.f')).filter((e) => !e.hidden).length;
        const note = document.getElementById('filter-note').textContent;
        return {
          pwned: window.__pwned ?? null,
          scripts: document.querySelectorAll('script').length,
          images: document.querySelectorAll('img').length,
          shownText: document.body.innerText.includes('<script>window.__pwned = 1</script>'),
          sections: Array.from(document.querySelectorAll('main > section')).map((s) => s.id),
          graphWidth: document.querySelector('svg.graph')?.getBoundingClientRect().width ?? 0,
          timelineMarks: document.querySelectorAll('svg.timeline circle, svg.timeline rect:not(.lane)').length,
          all, visible, note
        };
      })()`
    })
    expect(v.consoleErrors).toEqual([])
    expect(v.pageErrors).toEqual([])
    expect(v.requests).toEqual([])
    const p = v.probe as Record<string, unknown>
    expect(p['pwned']).toBeNull()
    expect(p['scripts']).toBe(1)
    expect(p['images']).toBe(0)
    expect(p['shownText']).toBe(true)
    expect(p['sections']).toEqual(['overview', 'sources', 'contradictions', 'clusters', 'copying', 'timeline', 'propositions', 'speakers', 'articles', 'errors'])
    expect(p['graphWidth']).toBeGreaterThan(300)
    expect(p['timelineMarks']).toBeGreaterThanOrEqual(7)
    // The filter box narrows the lists to items mentioning the text.
    expect(p['visible']).toBeGreaterThan(0)
    expect(p['visible']).toBeLessThan(p['all'] as number)
    expect(String(p['note'])).toMatch(/^\d+ of \d+ items match$/)
  })

  it('keeps every label of the copy graph and the timeline inside its figure, for few and for many articles', async () => {
    const probe = `(() => {
      const out = [];
      for (const svg of document.querySelectorAll('svg.graph, svg.timeline')) {
        const box = svg.getBoundingClientRect();
        for (const t of svg.querySelectorAll('text')) {
          const r = t.getBoundingClientRect();
          if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) out.push(t.textContent);
        }
      }
      return out;
    })()`
    for (const [name, report] of [
      ['fixture', buildReport()],
      ['scaled', scaledReport(8)]
    ] as const) {
      const v = await visit(toHtml(report), { probe, screenshot: `tmp/report-${name}.png` })
      expect(v.consoleErrors).toEqual([])
      expect(v.pageErrors).toEqual([])
      expect(v.requests).toEqual([])
      expect(v.probe, `labels outside their figure in the ${name} report`).toEqual([])
    }
  })

  it('renders the analysis of the bundled seed articles, every contradiction and cluster shown', async () => {
    const folder = join(import.meta.dirname, '..', '..', 'seeds')
    const inputs = readdirSync(folder)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ id: basename(f, '.txt'), text: readFileSync(join(folder, f), 'utf8') }))
    const result = analyze(inputs)
    expect(E.isRight(result)).toBe(true)
    if (E.isLeft(result)) return
    const report = result.right
    const v = await visit(toHtml(report, { title: 'seeds' }), {
      screenshot: 'tmp/report-seeds.png',
      probe: `({
        contradictions: document.querySelectorAll('#contradictions article.card').length,
        clusters: document.querySelectorAll('#clusters article.card').length,
        articles: document.querySelectorAll('#articles tbody tr').length,
        edges: document.querySelectorAll('svg.graph .edge').length
      })`
    })
    expect(v.consoleErrors).toEqual([])
    expect(v.pageErrors).toEqual([])
    expect(v.requests).toEqual([])
    expect(v.probe).toEqual({
      contradictions: report.contradictions.length,
      clusters: report.clusters.length,
      articles: report.articles.length,
      edges: report.copying.length
    })
  })
})
