// The bench's build process (scripts/bench.ts): runs the CLI as bin/bilingual-digest.js
// does, compiled when current, and reports its exit status and peak memory on stdout.
import { loadCli } from '../bin/compiled.js'

const { main } = await loadCli()
const status = await main(process.argv.slice(2))
// resourceUsage().maxRSS is the whole process, worker threads included (KiB).
process.stdout.write(JSON.stringify({ status, peakRssMb: process.resourceUsage().maxRSS / 1024 }) + '\n')
process.exit(status)
