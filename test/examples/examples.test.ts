import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const examples = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.ts'))
  .sort()

// Every example a user copies from must run as documented: `npx tsx examples/NAME.ts`.
describe('examples/', () => {
  it('has the examples the README promises', () => {
    for (const name of ['analyze-seeds.ts', 'custom-rule.ts', 'cluster-quotes.ts', 'stance.ts', 'truth-discovery.ts', 'html-report.ts']) {
      expect(examples).toContain(name)
    }
  })
  for (const f of examples) {
    it(`${f} runs and prints`, () => {
      const out = mkdtempSync(join(tmpdir(), 'gainsay-example-'))
      const r = spawnSync(process.execPath, ['--import', 'tsx', join('examples', f), ...(f === 'html-report.ts' ? [join(out, 'report.html')] : [])], {
        cwd: root,
        encoding: 'utf8',
        timeout: 120_000
      })
      expect(r.stderr).not.toMatch(/Error|error TS/)
      expect(r.status).toBe(0)
      expect(r.stdout.trim().length).toBeGreaterThan(0)
    })
  }
})
