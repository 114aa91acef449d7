import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const dist = join(root, 'dist')

// CI builds before testing; on a fresh clone `npm test` builds once here.
beforeAll(() => {
  if (!existsSync(join(dist, 'index.js')) || !existsSync(join(dist, 'index.cjs'))) {
    execFileSync(process.execPath, [join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js')], { cwd: root, stdio: 'ignore' })
  }
}, 120_000)

const runNode = (args: ReadonlyArray<string>) =>
  spawnSync(process.execPath, [...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } })

describe('the built package', () => {
  it('ESM import prints nothing and exposes the API', () => {
    const r = runNode(['--input-type=module', '-e', `import * as g from ${JSON.stringify(join(dist, 'index.js'))}; if (typeof g.analyze !== 'function') process.exit(3)`])
    expect(r.status).toBe(0)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe('')
  })
  it('CJS require prints nothing and exposes the API', () => {
    const r = runNode(['-e', `const g = require(${JSON.stringify(join(dist, 'index.cjs'))}); if (typeof g.analyze !== 'function') process.exit(3)`])
    expect(r.status).toBe(0)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe('')
  })
  it('gainsay/testing loads in both formats silently', () => {
    const esm = runNode(['--input-type=module', '-e', `await import(${JSON.stringify(join(dist, 'testing', 'index.js'))})`])
    const cjs = runNode(['-e', `require(${JSON.stringify(join(dist, 'testing', 'index.cjs'))})`])
    expect([esm.status, esm.stdout, esm.stderr]).toEqual([0, '', ''])
    expect([cjs.status, cjs.stdout, cjs.stderr]).toEqual([0, '', ''])
  })
})
