/**
 * The yaml package, loaded on first use. Articles' front matter is read by
 * load/simple-yaml.ts and pages' is written by render/plain-yaml.ts; yaml is their
 * fallback for anything those do not cover, so most builds never need it, and loading
 * it was a tenth of every build's start-up (issue 7).
 */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
let loaded: typeof import('yaml') | undefined

export function yaml(): typeof import('yaml') {
  return (loaded ??= require('yaml') as typeof import('yaml'))
}
