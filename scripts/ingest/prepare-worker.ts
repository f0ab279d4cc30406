import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerJob } from './prepare-all.ts';

const { loadIngestContext } = await import('./context.ts');
const { prepare } = await import('./prepare.ts');

// The rules are loaded here from the same files as on the main thread: compiled patterns and tries do not cross threads.
const context = loadIngestContext(workerData as string);
parentPort!.once('message', ({ sources, counter }: WorkerJob) => {
  for (let i = Atomics.add(counter, 0, 1); i < sources.length; i = Atomics.add(counter, 0, 1)) {
    parentPort!.postMessage([i, prepare(sources[i]!, context)]);
  }
});
