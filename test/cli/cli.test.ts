import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE, main } from '../../src/cli/main'
import { Report } from '../../src/model'

const seeds = join(import.meta.dirname, '..', '..', 'seeds')

const runCli = (argv: ReadonlyArray<string>, stdin = '') => {
  let out = ''
  let err = ''
  const code = main(
    argv,
    {
      stdout: (s) => void (out += s),
      stderr: (s) => void (err += s),
      readStdin: () => new TextEncoder().encode(stdin),
      interactive: false
    },
    '0.0.0-test'
  )
  return { code, out, err }
}

const tmp = (): string => mkdtempSync(join(tmpdir(), 'gainsay-cli-'))

const parseReport = (s: string): Report => {
  const v: unknown = JSON.parse(s)
  expect(Report.is(v)).toBe(true)
  return v as Report
}

describe('gainsay CLI', () => {
  it('analyze seeds --format json prints a Report of all five seeds and exits 0', () => {
    const r = runCli(['analyze', seeds, '--format', 'json'])
    expect(r.code).toBe(EXIT_OK)
    const report = parseReport(r.out)
    expect(report.articles.map((a) => a.id)).toEqual(readdirSync(seeds).map((f) => f.replace(/\.txt$/, '')).sort())
  })

  it('--help prints usage with exit 0; no command, unknown command or format are usage errors (2)', () => {
    expect(runCli(['--help'])).toMatchObject({ code: EXIT_OK })
    expect(runCli(['--help']).out).toContain('gainsay analyze')
    expect(runCli([]).code).toBe(EXIT_USAGE)
    expect(runCli(['frobnicate', seeds]).code).toBe(EXIT_USAGE)
    const badFormat = runCli(['analyze', seeds, '--format', 'pdf'])
    expect(badFormat.code).toBe(EXIT_USAGE)
    expect(badFormat.err).toContain("unknown format 'pdf'")
    expect(runCli(['analyze']).code).toBe(EXIT_USAGE)
    expect(runCli(['analyze', seeds, '--bogus']).code).toBe(EXIT_USAGE)
  })

  it('a missing file is named, and the valid inputs are still analysed (exit 1)', () => {
    const r = runCli(['analyze', join(seeds, '000_579fc3c95c50b7c1.txt'), '/no/such/file.txt'])
    expect(r.code).toBe(EXIT_INPUT_ERRORS)
    expect(r.err).toContain('/no/such/file.txt: no such file or folder')
    const report = parseReport(r.out)
    expect(report.articles).toHaveLength(1)
    expect(report.errors.map((e) => e.record)).toContain('/no/such/file.txt')
  })

  it('unreadable JSON is reported by record and the other files survive (exit 1)', () => {
    const d = tmp()
    writeFileSync(join(d, 'broken.json'), '{ "id": "x", "text": ')
    writeFileSync(join(d, 'feed.ndjson'), '{"id":"n1","text":"The mayor said the bridge will reopen on Monday."}\n{"id":"n2","text":42}\n')
    copyFileSync(join(seeds, '002_384e7f44ba0120d1.txt'), join(d, 'good.txt'))
    const r = runCli(['analyze', d])
    expect(r.code).toBe(EXIT_INPUT_ERRORS)
    expect(r.err).toContain('broken.json')
    expect(r.err).toMatch(/feed\.ndjson.*(#2|n2)/)
    const ids = parseReport(r.out).articles.map((a) => a.id)
    expect(ids).toContain('good')
    expect(ids).toContain('n1')
    expect(ids).not.toContain('n2')
  })

  it('an empty folder is a clear usage error (exit 2)', () => {
    const d = tmp()
    const r = runCli(['analyze', d])
    expect(r.code).toBe(EXIT_USAGE)
    expect(r.err).toContain('the folder is empty')
    expect(r.err).toContain('nothing to analyse')
    expect(r.out).toBe('')
  })

  it('a folder of binaries names each file and analyses nothing (exit 2)', () => {
    const d = tmp()
    writeFileSync(join(d, 'a.bin'), new Uint8Array([0, 1, 2, 255, 0, 7]))
    writeFileSync(join(d, 'b.txt'), new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0, 2, 1, 1, 0, 0, 0]))
    const r = runCli(['analyze', d])
    expect(r.code).toBe(EXIT_USAGE)
    expect(r.err).toContain('a.bin')
    expect(r.err).toContain('b.txt')
  })

  it('reads standard input with -', () => {
    const r = runCli(['analyze', '-'], 'The governor said on Tuesday that the dam "will hold through the storm," officials reported.')
    expect(r.code).toBe(EXIT_OK)
    expect(parseReport(r.out).articles).toHaveLength(1)
  })

  it('--out writes the file; every format renders', () => {
    const d = tmp()
    mkdirSync(join(d, 'out'))
    for (const format of ['json', 'md', 'html', 'dot', 'claimreview']) {
      const file = join(d, 'out', `report.${format}`)
      const r = runCli(['analyze', seeds, '--format', format, '--out', file, '--quiet'])
      expect(r.code).toBe(EXIT_OK)
      expect(r.out).toBe('')
      expect(readFileSync(file, 'utf8').length).toBeGreaterThan(100)
    }
  })
})
