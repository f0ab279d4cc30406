import { Worker } from 'node:worker_threads';
import type { IngestContext } from './pipeline.ts';
import { prepare, type Prepared, type Source } from './prepare.ts';

/**
 * A worker costs a quarter of a second of CPU to load the ingest, taken from the threads it would
 * help, and two threads here do only ~1.5× one thread's work. On two cores one thread was faster at
 * 500 sources (0.64 against 0.71 s) and 1,000 (0.82 against 0.87 s), two at 2,000 (1.17 against
 * 1.29 s), as medians of alternating runs.
 */
export const MIN_SOURCES_PER_WORKER = 1200;

/** What the main thread posts to a worker once it knows which sources to prepare. */
export interface WorkerJob {
  sources: readonly Source[];
  /** The index of the next source nobody has taken yet. */
  counter: Int32Array;
}

/** What {@link PreparePool.prepareAll} prepared, and how the work fell between the threads. */
export interface PreparedAll {
  /** One result per source, at its source's index. */
  prepared: Prepared[];
  /** How many sources each thread prepared, this thread first: the run's summary shows it, as the gain from threads depends on it. */
  byThread: number[];
}

interface Started {
  worker: Worker;
  exited: Promise<void>;
}

/**
 * Worker threads that prepare sources beside the main thread. They are started before the sources
 * are read, so they load the ingest while the main thread reads them and checks the cache.
 */
export class PreparePool {
  readonly #started: Started[];

  /** Starts one worker per thread beyond this one, as many as `expected` sources are worth. */
  constructor(threads: number, expected: number, contentDir: string) {
    this.#started = Array.from({ length: workersFor(expected, threads) }, () => start(contentDir));
  }

  /** How many workers were started. */
  get size(): number {
    return this.#started.length;
  }

  /**
   * Prepares every source, here and on the workers that are worth it (the others stop). Each
   * thread takes the next source from one shared counter, so a slow source holds up no one; each
   * result lands at its source's index, so the outcome is the same as on one thread.
   *
   * `hold`, if given, is awaited once this thread has prepared its first source, and is passed
   * `byThread` as it fills: how the work falls depends on how fast the workers start, so a test
   * holds this thread there until each worker has prepared a source. The workers' exit, having
   * finished or failed, ends the wait too: a result that will never come must not hang the run.
   */
  async prepareAll(
    sources: readonly Source[],
    context: IngestContext,
    onProgress?: (started: number) => void,
    hold?: (byThread: readonly number[]) => Promise<void>,
  ): Promise<PreparedAll> {
    const used = this.#started.slice(0, workersFor(sources.length, Infinity));
    await Promise.all(this.#started.slice(used.length).map(({ worker }) => worker.terminate()));
    const counter = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    const prepared = new Array<Prepared>(sources.length);
    const byThread = new Array<number>(used.length + 1).fill(0);
    used.forEach(({ worker }, w) => {
      worker.on('message', ([index, result]: [number, Prepared]) => {
        prepared[index] = result;
        byThread[w + 1]!++;
      });
      worker.postMessage({ sources, counter } satisfies WorkerJob);
    });
    for (let i = Atomics.add(counter, 0, 1); i < sources.length; i = Atomics.add(counter, 0, 1)) {
      prepared[i] = prepare(sources[i]!, context);
      byThread[0]!++;
      if (onProgress && i % 25 === 0) onProgress(Math.min(Atomics.load(counter, 0), sources.length));
      if (hold && byThread[0] === 1) await Promise.race([hold(byThread), Promise.all(used.map(({ exited }) => exited))]);
    }
    await Promise.all(used.map(({ exited }) => exited));
    onProgress?.(sources.length);
    return { prepared, byThread };
  }
}

const workersFor = (sources: number, threads: number): number => Math.max(0, Math.min(threads - 1, Math.floor(sources / MIN_SOURCES_PER_WORKER)));

/** A worker exits once it finds no source left; its results have all been posted by then. */
function start(contentDir: string): Started {
  const worker = new Worker(new URL('./prepare-worker.ts', import.meta.url), { workerData: contentDir });
  const exited = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`ingest worker exited with code ${code}`))));
  });
  // A worker stopped unused exits with code 1, which nobody awaits.
  exited.catch(() => undefined);
  return { worker, exited };
}
