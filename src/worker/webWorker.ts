/** The analysis worker in the browser (a Web Worker started by the web extension host):
 *  dist/web/worker.js. */
import { workerSession } from './handleRequest';
import type { WorkerRequest } from './protocol';

// typed by hand: the project compiles without the DOM library
const scope = globalThis as unknown as {
  onmessage: ((e: { data: WorkerRequest }) => void) | null;
  postMessage(message: unknown): void;
};
const handle = workerSession((m) => scope.postMessage(m));
scope.onmessage = (e) => handle(e.data);
