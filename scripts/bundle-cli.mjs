/**
 * Bundles the compiled CLI (scripts/compile.mjs) into one module, bundle/cli.js beside
 * src/ in the build folder: loading ~400 modules one by one (resolving, reading, linking
 * each) took 0.3 s of every run, the bundle loads in half that (issue 7: a tenth of a
 * warm rebuild).
 *
 * Modules find their data files relative to themselves (`new URL('x.json',
 * import.meta.url)`): in the bundle, each module's `import.meta.url` is replaced by the
 * URL of its own compiled file, so they read the same files as unbundled. The summary
 * rules are loaded by listing their folder (src/summarise/rules/load.ts); the bundle
 * imports them itself and hands them over, so they are not loaded a second time from
 * their files. The worker threads' module is bundled the same way (bundle/worker.js);
 * piscina itself, which finds its own files, is left out of both.
 */
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'

export const BUNDLE_DIR_NAME = 'bundle'

/** Bundles `buildDir`/src/cli/main.js into `buildDir`/bundle/cli.js, and the worker threads' module into bundle/worker.js. Returns false when esbuild is not installed (the CLI then loads the modules one by one). */
export async function bundleCli(buildDir) {
  let esbuild
  try {
    esbuild = await import('esbuild')
  } catch {
    return false
  }
  const bundleDir = path.join(buildDir, BUNDLE_DIR_NAME)
  const rulesDir = path.join(buildDir, 'src', 'summarise', 'rules')
  const rules = (await readdir(rulesDir)).filter((name) => name.endsWith('.js') && !/^(load|index)\./.test(name)).sort()
  // From the bundle's folder to a compiled file, as a URL path.
  const relative = (file) => path.relative(bundleDir, file).split(path.sep).join('/')
  const ownModuleUrls = {
    name: 'own-module-urls',
    setup(build) {
      build.onLoad({ filter: /\.js$/ }, async (args) => {
        if (!args.path.startsWith(path.join(buildDir, 'src') + path.sep)) return undefined
        const text = await readFile(args.path, 'utf8')
        if (!text.includes('import.meta.url')) return undefined
        const own = `new URL(${JSON.stringify(relative(args.path))}, import.meta.url).href`
        return { contents: text.replaceAll('import.meta.url', own), loader: 'js', resolveDir: path.dirname(args.path) }
      })
    },
  }
  // Both bundles include the rules (see above); the CLI's starts its threads from the worker's.
  const useRules = [
    `import { useBundledRules } from './src/summarise/rules/load.js'`,
    ...rules.map((name, i) => `import * as rule${i} from ${JSON.stringify(`./src/summarise/rules/${name}`)}`),
    `useBundledRules({ ${rules.map((name, i) => `${JSON.stringify(name)}: rule${i}`).join(', ')} })`,
  ]
  const entries = {
    'cli.js': [...useRules, `import { useBundledWorker } from './src/workers/pool.js'`, `useBundledWorker(new URL('./worker.js', import.meta.url))`, `export * from './src/cli/main.js'`],
    'worker.js': [...useRules, `export { default } from './src/workers/worker.js'`],
  }
  for (const [name, lines] of Object.entries(entries)) {
    await esbuild.build({
      stdin: { contents: lines.join('\n'), resolveDir: buildDir, sourcefile: name, loader: 'js' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: path.join(bundleDir, name),
      // piscina finds its own worker file beside its module.
      external: ['piscina'],
      // Bundled CommonJS packages call require().
      banner: { js: "import { createRequire as __bundleRequire } from 'node:module';\nconst require = __bundleRequire(import.meta.url);" },
      logLevel: 'warning',
      plugins: [ownModuleUrls],
    })
  }
  return true
}
