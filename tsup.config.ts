import { defineConfig } from 'tsup'
import type { Plugin } from 'esbuild'

/**
 * fp-ts 2 publishes its modules as directories (`fp-ts/Either/package.json`), which Node's ESM
 * loader refuses (ERR_UNSUPPORTED_DIR_IMPORT). The built files import the CommonJS file itself
 * (`fp-ts/lib/Either.js`), which both Node's ESM and CJS loaders accept; the sources keep the
 * idiomatic `fp-ts/Either` paths. (`noExternal` keeps tsup's own externals plugin from claiming
 * these paths first; this plugin then marks the rewritten path external, so nothing is bundled.)
 */
const fpTsFileImports: Plugin = {
  name: 'fp-ts-file-imports',
  setup(build) {
    build.onResolve({ filter: /^fp-ts\/[A-Za-z]+$/ }, (args) => ({
      path: `fp-ts/lib/${args.path.slice('fp-ts/'.length)}.js`,
      external: true
    }))
  }
}

export default defineConfig({
  entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts', cli: 'src/cli.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' } },
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'node20',
  splitting: false,
  shims: true,
  noExternal: [/^fp-ts\/[A-Za-z]+$/],
  esbuildPlugins: [fpTsFileImports]
})
