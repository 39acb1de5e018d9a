/** Spreads the report's articles over worker threads in small batches, at most two batches in
 *  flight per worker so that reading the input never runs far ahead of the analysis. */
import { Worker } from 'node:worker_threads';
import { ReportJob, ReportResult, runJob } from './reportJob';

export interface Analyzer {
  /** Queues an article; resolves once there is room for the next. */
  push(job: ReportJob): Promise<void>;
  /** Resolves when every queued article has its result. */
  finish(): Promise<void>;
}

/** Articles per message: enough to make the messaging cheap beside the analysis. */
const BATCH = 8;

/** The analysis in this thread, one article after another (--jobs 1). */
export function inThread(annotations: boolean, done: (r: ReportResult) => void): Analyzer {
  return {
    async push(job) {
      done(runJob(job, annotations));
    },
    async finish() {},
  };
}

export function workerPool(workerFile: string, jobs: number, annotations: boolean, done: (r: ReportResult) => void): Analyzer {
  const workers: { worker: Worker; inFlight: number }[] = [];
  let batch: ReportJob[] = [];
  let pending = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const start = () => {
    const worker = new Worker(workerFile, { workerData: { annotations } });
    const slot = { worker, inFlight: 0 };
    worker.on('message', (results: ReportResult[]) => {
      slot.inFlight--;
      pending -= results.length;
      for (const r of results) done(r);
      notify();
    });
    worker.on('error', (e) => {
      failure = e;
      notify();
    });
    workers.push(slot);
    return slot;
  };
  /** A worker with room, starting one while fewer than `jobs` run. */
  const idle = () => workers.find((w) => w.inFlight < 2) ?? (workers.length < jobs ? start() : undefined);
  const waitFor = async (ready: () => boolean) => {
    while (!ready()) {
      if (failure) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if (failure) throw failure;
  };
  const send = async () => {
    if (!batch.length) return;
    await waitFor(() => idle() !== undefined);
    const slot = idle()!;
    slot.inFlight++;
    pending += batch.length;
    slot.worker.postMessage(batch);
    batch = [];
  };
  return {
    async push(job) {
      batch.push(job);
      if (batch.length >= BATCH) await send();
    },
    async finish() {
      try {
        await send();
        await waitFor(() => pending === 0);
      } finally {
        await Promise.all(workers.map((w) => w.worker.terminate()));
      }
    },
  };
}
