import { enableCompileCache } from 'node:module';

// Loading remark's serializer, the YAML parsers and zod is a tenth of a thousand-source ingest.
// V8's code cache (in the system's temporary folder) takes a third off that from the second run
// on. Handed on through the environment, it also serves the worker threads' first module, which
// would otherwise have Node load its TypeScript stripper in each of them.
const { directory } = enableCompileCache();
if (directory) process.env['NODE_COMPILE_CACHE'] = directory;
await import('./ingest/cli.ts');
