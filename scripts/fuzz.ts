/**
 * `npm run test:fuzz [-- --rounds N]`: runs the property tests (every test file
 * that calls fc.assert) N times (default 20), each time from a new random seed.
 * `npm test` always uses one fixed seed (test/setup/fast-check.ts) so that it
 * passes or fails the same way on every run; this script is where new seeds are
 * tried. A failure prints fast-check's counterexample and seed; replay it with
 * `FC_SEED=<seed> npx mocha <file>`, and add the counterexample to the test as
 * an example once it is fixed.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '20' } } })
const rounds = Number(values.rounds)
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a positive integer, not ${values.rounds}`)

const propertyFiles = (readdirSync(path.join(root, 'test'), { recursive: true }) as string[])
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => path.join('test', file))
  .filter((file) => readFileSync(path.join(root, file), 'utf8').includes('fc.assert('))
  .sort()

let failures = 0
for (let round = 1; round <= rounds; round++) {
  // --no-config: .mocharc's spec would add every other test file to the run.
  const run = spawnSync('npx', ['mocha', '--no-config', '--node-option', 'import=tsx', '--require', 'test/setup/fast-check.ts', '--timeout', '600000', ...propertyFiles], {
    cwd: root,
    env: { ...process.env, FC_SEED: 'random' },
    encoding: 'utf8'
  })
  const passed = run.status === 0
  if (!passed) failures++
  console.log(`round ${round}/${rounds}: ${passed ? 'passed' : 'FAILED'}`)
  if (!passed) console.log(run.stdout.slice(run.stdout.indexOf('failing') - 20), run.stderr)
}
console.log(`${propertyFiles.length} property test files, ${rounds} rounds, ${failures} failed`)
process.exitCode = failures === 0 ? 0 : 1
