/** Starts the analysis worker on the desktop: a worker_threads thread running dist/worker.js.
 *  The web build swaps this file for spawnWorker.web.ts (scripts/build-web.mjs). */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import type { SpawnWorker } from './analysisClient';

/** A worker from a bundle on disk (also used by the benchmarks). */
export function nodeWorkerSpawner(file: string): SpawnWorker {
  return (onMessage, onError) => {
    const worker = new Worker(file);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', (code) => onError(new Error(`the analysis worker exited with code ${code}`)));
    return { postMessage: (req) => worker.postMessage(req), terminate: () => void worker.terminate() };
  };
}

export function workerSpawner(extensionUri: vscode.Uri): SpawnWorker {
  return nodeWorkerSpawner(path.join(extensionUri.fsPath, 'dist', 'worker.js'));
}
