/** The analysis worker on the desktop (a worker_threads thread of the extension host):
 *  dist/worker.js. */
import { parentPort } from 'node:worker_threads';
import { workerSession } from './handleRequest';
import type { WorkerRequest } from './protocol';

const port = parentPort!;
const handle = workerSession((m) => port.postMessage(m));
port.on('message', (req: WorkerRequest) => handle(req));
