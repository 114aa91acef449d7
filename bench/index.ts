/**
 * `npm run bench [name...]`: runs every bench/*.bench.ts (or the named ones) each in its own
 * process, so peak memory figures do not mix.
 */
import { readdirSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const wanted = process.argv.slice(2)
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort()
let failed = 0
for (const f of files) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', `bench/${f}`], { stdio: 'inherit' })
  if (r.status !== 0) {
    failed++
    console.error(`bench ${f} failed with status ${r.status}`)
  }
}
process.exit(failed > 0 ? 1 : 0)
