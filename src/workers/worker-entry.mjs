// Worker-thread entry, in plain JavaScript: a worker does not inherit the main thread's
// module loader, so it registers tsx itself before loading the TypeScript worker (the
// same way bin/bilingual-digest.js starts the CLI). `--import tsx` in execArgv races with
// the first import and fails intermittently.
import { register } from 'tsx/esm/api'

register()
const { default: runTask } = await import('./worker.ts')
export default runTask
