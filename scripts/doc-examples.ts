/**
 * The TSDoc examples, checked: every public export of the package's entry points must carry
 * an `@example` and a `@since` tag, and every `@example` must type-check and run.
 *
 * `npx tsx scripts/doc-examples.ts` writes each example to tmp/doc-examples/, type-checks them
 * all in one TypeScript program, then imports each one (so it runs) and reports failures.
 * test/docs/doc-examples.test.ts runs the same checks.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'

export const ROOT = resolve(import.meta.dirname, '..')
export const ENTRY_POINTS = ['src/index.ts', 'src/testing/index.ts'] as const

export interface DocExample {
  readonly export: string
  readonly file: string
  readonly line: number
  readonly code: string
}

export interface ExportDoc {
  readonly entry: string
  readonly name: string
  readonly file: string
  readonly hasExample: boolean
  readonly hasSince: boolean
}

const compilerOptions = (): ts.CompilerOptions => {
  const cfg = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile)
  const parsed = ts.parseJsonConfigFileContent(cfg.config, ts.sys, ROOT)
  return { ...parsed.options, noEmit: true }
}

const tagText = (tag: ts.JSDocTagInfo): string => (tag.text ?? []).map((p) => p.text).join('')

/** Every export of the entry points, with its doc tags and examples. */
export const collect = (): { readonly exports: ReadonlyArray<ExportDoc>; readonly examples: ReadonlyArray<DocExample> } => {
  const program = ts.createProgram(
    ENTRY_POINTS.map((e) => join(ROOT, e)),
    compilerOptions()
  )
  const checker = program.getTypeChecker()
  const exports: ExportDoc[] = []
  const examples: DocExample[] = []
  for (const entry of ENTRY_POINTS) {
    const sf = program.getSourceFile(join(ROOT, entry))
    if (sf === undefined) continue
    const moduleSymbol = checker.getSymbolAtLocation(sf)
    if (moduleSymbol === undefined) continue
    for (const sym of checker.getExportsOfModule(moduleSymbol)) {
      const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym
      const decl = target.declarations?.[0]
      const file = decl === undefined ? entry : relative(ROOT, decl.getSourceFile().fileName)
      // A name that is both a codec (value) and a type shares one doc: take the tags of all declarations.
      const tags = target.getJsDocTags(checker)
      const exampleTags = tags.filter((t) => t.name === 'example')
      exports.push({
        entry,
        name: sym.getName(),
        file,
        hasExample: exampleTags.length > 0,
        hasSince: tags.some((t) => t.name === 'since')
      })
      exampleTags.forEach((t) => {
        const code = tagText(t)
        const line = decl === undefined ? 0 : decl.getSourceFile().getLineAndCharacterOfPosition(decl.getStart()).line + 1
        examples.push({ export: sym.getName(), file, line, code })
      })
    }
  }
  const seen = new Set<string>()
  return {
    exports,
    examples: examples.filter((e) => {
      const k = `${e.file}:${e.line}:${e.code}`
      if (seen.has(k)) return false
      seen.add(k)
      return true
    })
  }
}

const OUT = join(ROOT, 'tmp', 'doc-examples')

/** Writes each example as a module importing the package from source. */
export const writeExamples = (examples: ReadonlyArray<DocExample>): ReadonlyArray<string> => {
  rmSync(OUT, { recursive: true, force: true })
  mkdirSync(OUT, { recursive: true })
  return examples.map((e, i) => {
    const path = join(OUT, `${String(i).padStart(4, '0')}_${e.export}.ts`)
    const rel = (p: string): string => {
      const r = relative(dirname(path), join(ROOT, p)).replace(/\\/g, '/')
      return r.startsWith('.') ? r : `./${r}`
    }
    const code = e.code
      .replace(/from 'gainsay\/testing'/g, `from '${rel('src/testing/index')}'`)
      .replace(/from 'gainsay'/g, `from '${rel('src/index')}'`)
    writeFileSync(path, `// ${e.file}:${e.line} ${e.export}\n${code}\nexport {}\n`)
    return path
  })
}

/** Type-checks the written examples; returns one message per diagnostic. */
export const typecheck = (paths: ReadonlyArray<string>): ReadonlyArray<string> => {
  const program = ts.createProgram([...paths], { ...compilerOptions(), noUnusedLocals: false })
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file !== undefined && d.file.fileName.startsWith(OUT))
    .map((d) => {
      const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0)
      return `${relative(ROOT, d.file!.fileName)}:${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`
    })
}

/** Imports each example (so it runs); returns the failures. */
export const run = async (paths: ReadonlyArray<string>): Promise<ReadonlyArray<string>> => {
  const failures: string[] = []
  for (const p of paths) {
    try {
      await import(pathToFileURL(p).href)
    } catch (e) {
      failures.push(`${relative(ROOT, p)}: ${(e as Error).message}`)
    }
  }
  return failures
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)
if (isMain) {
  const { exports, examples } = collect()
  const undocumented = exports.filter((e) => !e.hasExample || !e.hasSince)
  for (const u of undocumented) console.log(`missing ${!u.hasExample ? '@example' : ''} ${!u.hasSince ? '@since' : ''}: ${u.name} (${u.file})`)
  const paths = writeExamples(examples)
  const typeErrors = typecheck(paths)
  for (const t of typeErrors) console.log(t)
  const runErrors = await run(paths)
  for (const r of runErrors) console.log(r)
  console.log(
    `${exports.length} exports, ${undocumented.length} undocumented; ${examples.length} examples, ${typeErrors.length} type errors, ${runErrors.length} failed to run`
  )
  process.exitCode = undocumented.length + typeErrors.length + runErrors.length > 0 ? 1 : 0
}
