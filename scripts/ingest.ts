import { enableCompileCache } from 'node:module';

// Loading remark, the YAML parsers and zod is a tenth of a thousand-source ingest. V8's code
// cache (in the system's temporary folder) takes a third off that from the second run on.
enableCompileCache();
await import('./ingest/cli.ts');
