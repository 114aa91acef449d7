/**
 * The `gainsay` command line: a thin shell over `analyze()`. `main` takes its world as
 * arguments (argv, stdin, stdout/stderr writers) so it can be tested without a process.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import * as E from 'fp-ts/Either'
import { analyze, type AnalyzeOptions } from '../analyze'
import type { Report } from '../model'
import { toClaimReviewJson, toDot, toHtml, toJson, toMarkdown } from '../report'
import { readInputs } from './read-inputs'

/** Exit codes: 0 all inputs analysed; 1 some inputs had errors (the rest were analysed); 2 usage. */
export const EXIT_OK = 0
export const EXIT_INPUT_ERRORS = 1
export const EXIT_USAGE = 2

export interface CliIO {
  readonly stdout: (s: string) => void
  readonly stderr: (s: string) => void
  readonly readStdin: () => Uint8Array
  /** True when stderr is a terminal: only then is a progress bar drawn. */
  readonly interactive: boolean
  readonly progress?: AnalyzeOptions['onProgress']
}

export const HELP = `gainsay: who said what, who copied whom, where accounts conflict, whom to trust.

Usage:
  gainsay analyze <files|dirs|-> [--format json|md|html|dot|claimreview] [--out FILE]
  gainsay --help | --version

Inputs:
  .txt          one article per file (id = file name without extension)
  .json         an article record or an array of them ({ id, text|body|content, title?, outlet?, published? })
  .ndjson       one article record per line
  .html         a web page (main text extracted with Readability)
  -             standard input, read as one .txt article
  Folders are read recursively.

Options:
  -f, --format  json (default: the versioned Report contract), md, html (one self-contained file),
                dot (copy and contradiction graphs), claimreview (schema.org JSON-LD)
  -o, --out     write to FILE instead of standard output
  -q, --quiet   no progress bar or input warnings on stderr
  -h, --help    this text
  -v, --version the version

Exit codes: 0 all inputs analysed; 1 some inputs could not be read (the rest were analysed,
and the report lists the errors); 2 usage error or nothing to analyse.
`

const FORMATS = ['json', 'md', 'markdown', 'html', 'dot', 'claimreview'] as const
type Format = (typeof FORMATS)[number]

/** Renders one Report in the chosen format. */
export const render = (report: Report, format: Format): string => {
  switch (format) {
    case 'json':
      return toJson(report)
    case 'md':
    case 'markdown':
      return toMarkdown(report)
    case 'html':
      return toHtml(report)
    case 'dot':
      return `${toDot(report, 'copying')}\n${toDot(report, 'contradictions')}`
    case 'claimreview':
      return toClaimReviewJson(report)
  }
}

/** Runs the CLI; returns the exit code. */
export const main = (argv: ReadonlyArray<string>, io: CliIO, version: string): number => {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'json' },
        out: { type: 'string', short: 'o' },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false }
      }
    })
  } catch (e) {
    io.stderr(`gainsay: ${(e as Error).message}\nRun 'gainsay --help' for usage.\n`)
    return EXIT_USAGE
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout(HELP)
    return EXIT_OK
  }
  if (values.version) {
    io.stdout(`${version}\n`)
    return EXIT_OK
  }
  const [command, ...paths] = positionals
  if (command !== 'analyze') {
    io.stderr(
      command === undefined
        ? `gainsay: no command given.\n\n${HELP}`
        : `gainsay: unknown command '${command}' (the command is 'analyze').\nRun 'gainsay --help' for usage.\n`
    )
    return EXIT_USAGE
  }
  const format = values.format as Format
  if (!FORMATS.includes(format)) {
    io.stderr(`gainsay: unknown format '${values.format}' (use one of: json, md, html, dot, claimreview).\n`)
    return EXIT_USAGE
  }
  if (paths.length === 0) {
    io.stderr(`gainsay: no input given: name files, folders, or - for standard input.\nRun 'gainsay --help' for usage.\n`)
    return EXIT_USAGE
  }

  const read = readInputs(paths, io.readStdin)
  const warn = (s: string): void => {
    if (!values.quiet) io.stderr(s)
  }
  for (const e of read.errors) warn(`gainsay: ${e.message}\n`)
  if (read.inputs.length === 0) {
    io.stderr(`gainsay: nothing to analyse: no readable article in ${paths.join(', ')}.\n`)
    return EXIT_USAGE
  }

  const options: AnalyzeOptions = values.quiet || io.progress === undefined ? {} : { onProgress: io.progress }
  const result = analyze(read.inputs, options)
  if (E.isLeft(result)) {
    for (const e of result.left) io.stderr(`gainsay: ${e.message}\n`)
    return EXIT_INPUT_ERRORS
  }
  const report: Report = { ...result.right, errors: [...read.errors, ...result.right.errors] }
  for (const e of result.right.errors) warn(`gainsay: ${e.message}\n`)
  const out = render(report, format)
  if (values.out !== undefined) {
    try {
      writeFileSync(values.out, out)
    } catch (e) {
      io.stderr(`gainsay: cannot write ${values.out} (${(e as NodeJS.ErrnoException).code ?? String(e)}).\n`)
      return EXIT_USAGE
    }
    warn(`gainsay: wrote ${values.out} (${report.articles.length} articles, ${report.errors.length} input errors)\n`)
  } else {
    io.stdout(out)
  }
  return report.errors.length > 0 ? EXIT_INPUT_ERRORS : EXIT_OK
}
