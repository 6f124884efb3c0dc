#!/usr/bin/env node
// The package's command: runs the compiled CLI when it matches the sources, otherwise the
// TypeScript through tsx's loader (a runtime dependency); see compiled.js.
import { loadCli } from './compiled.js'

const { main } = await loadCli()
process.exitCode = await main(process.argv.slice(2))
