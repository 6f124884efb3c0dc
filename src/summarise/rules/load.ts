/**
 * Loads every rule file of this folder: a rule is added by adding a file.
 * (Files are sorted by name so the order, and with it the output, is stable.)
 */
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { SummaryRule } from '../rule.ts'

const RULES_DIR = fileURLToPath(new URL('.', import.meta.url))
let cached: Promise<SummaryRule[]> | undefined

export function ruleFiles(): string[] {
  return readdirSync(RULES_DIR)
    .filter((name) => /\.(ts|js)$/.test(name) && !/^(load|index)\./.test(name) && !name.endsWith('.d.ts'))
    .sort()
}

type RuleModule = { default: SummaryRule }
let bundled: Record<string, RuleModule> | undefined

/**
 * The rule modules by file name, from the compiled CLI's bundle (scripts/bundle-cli.mjs),
 * which includes them: importing their files as well would load a second copy of every
 * module they use.
 */
export function useBundledRules(modules: Record<string, RuleModule>): void {
  bundled = modules
}

export function loadRules(): Promise<SummaryRule[]> {
  cached ??= Promise.all(
    ruleFiles().map(async (name) => {
      const module = bundled?.[name] ?? ((await import(new URL(name, import.meta.url).href)) as RuleModule)
      if (!module.default?.id) throw new Error(`Summary rule file ${name} has no default export with an id`)
      return module.default
    }),
  ).then((rules) => {
    const ids = new Set<string>()
    for (const rule of rules) {
      if (ids.has(rule.id)) throw new Error(`Two summary rules have the id ${rule.id}`)
      ids.add(rule.id)
    }
    return rules
  })
  return cached
}
