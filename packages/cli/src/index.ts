/**
 * @polyphony/cli as a library, for the benchmarks: the command's own file-based import. The
 * command itself is `main.ts`; the use cases live in @polyphony/app.
 */
export { importPaths as importFiles } from './operations/import-paths.js';
export { collectTranscriptFiles } from './operations/collect-files.js';
