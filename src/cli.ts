#!/usr/bin/env node
/**
 * The `gainsay` executable. Everything it does is in ./cli/main.ts; this file wires in the
 * process (argv, stdio, exit code) and the progress bar.
 */
import { readFileSync } from 'node:fs'
import cliProgress from 'cli-progress'
import { main } from './cli/main'
import { VERSION } from './version'

const interactive = process.stderr.isTTY === true
let bar: cliProgress.SingleBar | null = null
let stage = ''

const progress = (name: string, done: number, total: number): void => {
  if (!interactive || total < 20) return
  if (bar === null || stage !== name) {
    bar?.stop()
    stage = name
    bar = new cliProgress.SingleBar(
      { format: `${name.padEnd(12)} [{bar}] {value}/{total} {eta_formatted}`, stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic
    )
    bar.start(total, done)
  } else bar.update(done)
  if (done >= total) {
    bar.stop()
    bar = null
  }
}

const code = main(
  process.argv.slice(2),
  {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => readFileSync(0),
    interactive,
    progress
  },
  VERSION
)
;(bar as cliProgress.SingleBar | null)?.stop()
process.exitCode = code
