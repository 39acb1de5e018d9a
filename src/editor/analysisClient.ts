/** Hands analyses to a worker thread and their results back, in order of request. Work that is
 *  cancelled while queued is dropped; a job cancelled while it runs ends its worker (an analysis
 *  cannot be interrupted), and the next job starts a new one. Neither VS Code nor Node here: the
 *  desktop, the web extension and the benchmarks each pass their own way to start a worker. */
import { handleRequest } from '../worker/handleRequest';
import { AnalyzeRequest, AnalyzeResponse, joinPart, TEXT_PART_CHARS, WorkerMessage, WorkerRequest } from '../worker/protocol';
import type { Dictionary, UserAnnotation } from '../core';

export interface WorkerPort {
  postMessage(req: WorkerRequest): void;
  terminate(): void;
}

/** Starts a worker that answers requests (src/worker/handleRequest.ts). May throw when there are no workers. */
export type SpawnWorker = (onMessage: (m: WorkerMessage) => void, onError: (e: Error) => void) => WorkerPort;

export interface AnalysisJob {
  /** The worker's answer, or undefined when the job was cancelled. */
  readonly result: Promise<AnalyzeResponse | undefined>;
  cancel(): void;
}

interface Pending {
  req: AnalyzeRequest;
  resolve(r: AnalyzeResponse | undefined): void;
  /** The response while its parts are still coming. */
  partial?: Extract<AnalyzeResponse, { ok: true }>;
}

/** Runs requests on this thread, one per timer tick: the fallback where no worker can start. */
export const inProcessWorker: SpawnWorker = (onMessage) => {
  let ended = false;
  return {
    // a result on the same thread needs no parts: nothing is copied
    postMessage: (req) => setTimeout(() => { if (!ended && req.type === 'analyze') onMessage(handleRequest(req)); }, 0),
    terminate: () => { ended = true; },
  };
};

export class AnalysisClient {
  private worker: WorkerPort | undefined;
  /** The worker in use has answered at least once (so a crash is the job's fault, not the start's). */
  private answered = false;
  private useInProcess = false;
  private readonly queue: Pending[] = [];
  private readonly inFlight = new Map<number, Pending>();
  private nextId = 1;
  /** Counts for tests and diagnostics: jobs handed to a worker, jobs cancelled, workers started. */
  readonly stats = { posted: 0, cancelled: 0, workersStarted: 0 };
  /** Why the worker could not be used, when the analysis fell back to this thread. */
  fallbackReason: string | undefined;

  /** `maxInFlight` jobs are handed to the worker at once, so that it never waits for the host. */
  constructor(private readonly spawn: SpawnWorker, private readonly maxInFlight = 1) {}

  analyze(text: string, annotations: readonly UserAnnotation[] = [], dictionary?: Dictionary): AnalysisJob {
    let resolve!: (r: AnalyzeResponse | undefined) => void;
    const result = new Promise<AnalyzeResponse | undefined>((r) => { resolve = r; });
    const pending: Pending = { req: { type: 'analyze', id: this.nextId++, text, annotations, ...(dictionary?.entries.length ? { dictionary } : {}) }, resolve };
    this.queue.push(pending);
    this.pump();
    return { result, cancel: () => this.cancel(pending) };
  }

  /** Jobs queued or running. */
  get busy(): number {
    return this.queue.length + this.inFlight.size;
  }

  /** Ends the worker while it has nothing to do, to give back its memory; the next job starts another. */
  release(): void {
    if (!this.busy) this.stop();
  }

  dispose(): void {
    for (const p of [...this.queue, ...this.inFlight.values()]) p.resolve(undefined);
    this.queue.length = 0;
    this.inFlight.clear();
    this.stop();
  }

  private cancel(p: Pending): void {
    const queued = this.queue.indexOf(p);
    if (queued >= 0) this.queue.splice(queued, 1);
    else if (this.inFlight.delete(p.req.id)) {
      // the other jobs the worker held go first to the next worker
      this.requeueInFlight();
      this.stop();
    } else return; // already answered
    this.stats.cancelled++;
    p.resolve(undefined);
    this.pump();
  }

  private stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private pump(): void {
    while (this.queue.length && this.inFlight.size < this.maxInFlight) {
      const p = this.queue.shift()!;
      this.inFlight.set(p.req.id, p);
      this.stats.posted++;
      this.send(this.start(), p);
    }
  }

  /** Hands a job to the worker; a long text goes in pieces, one per turn of the event loop. */
  private send(worker: WorkerPort, p: Pending): void {
    const { text } = p.req;
    const pieces = Math.ceil(text.length / TEXT_PART_CHARS);
    if (this.useInProcess || pieces <= 1) return worker.postMessage(p.req);
    worker.postMessage({ ...p.req, text: text.slice(0, TEXT_PART_CHARS), textParts: pieces });
    let sent = 1;
    const sendNext = () => {
      // a cancelled job or a stopped worker takes no more pieces
      if (this.worker !== worker || this.inFlight.get(p.req.id) !== p) return;
      worker.postMessage({ type: 'text', id: p.req.id, text: text.slice(sent * TEXT_PART_CHARS, (sent + 1) * TEXT_PART_CHARS) });
      if (++sent < pieces) setTimeout(sendNext, 0);
    };
    setTimeout(sendNext, 0);
  }

  private start(): WorkerPort {
    if (this.worker) return this.worker;
    let port: WorkerPort | undefined;
    // answers of a worker that was stopped meanwhile are dropped
    const onMessage = (m: WorkerMessage) => { if (this.worker === port) this.answer(m); };
    const onError = (e: Error) => { if (this.worker === port) this.crashed(e); };
    if (!this.useInProcess) {
      try {
        port = this.spawn(onMessage, onError);
      } catch (e) {
        this.fallBack(e);
      }
    }
    port ??= inProcessWorker(onMessage, onError);
    this.worker = port;
    this.answered = false;
    this.stats.workersStarted++;
    return port;
  }

  private answer(m: WorkerMessage): void {
    this.answered = true;
    const p = this.inFlight.get(m.id);
    if (!p) return;
    if (m.type === 'part') {
      if (p.partial) joinPart(p.partial, m);
    } else if (m.ok && m.parts > 0) p.partial = m;
    if (p.partial?.parts) {
      // one part per message, asked for one at a time: the host reads each in its own turn
      this.worker!.postMessage({ type: 'next', id: m.id });
      return;
    }
    this.inFlight.delete(m.id);
    p.resolve(p.partial ?? (m as AnalyzeResponse));
    this.pump();
  }

  private crashed(e: Error): void {
    this.worker = undefined;
    if (!this.answered) {
      // the worker never started (no bundle, no nested workers in this host): analyse here instead
      this.fallBack(e);
      this.requeueInFlight();
    } else {
      const lost = [...this.inFlight.values()];
      this.inFlight.clear();
      // a worker that worked before died on these jobs (out of memory, say): report them, go on
      for (const p of lost) p.resolve({ type: 'result', id: p.req.id, ok: false, error: `the analysis worker stopped: ${e.message}` });
    }
    this.pump();
  }

  private requeueInFlight(): void {
    for (const p of this.inFlight.values()) p.partial = undefined;
    this.queue.unshift(...this.inFlight.values());
    this.inFlight.clear();
  }

  private fallBack(e: unknown): void {
    this.useInProcess = true;
    this.fallbackReason = e instanceof Error ? e.message : String(e);
  }
}
