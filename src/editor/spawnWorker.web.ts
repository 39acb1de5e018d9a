/** Starts the analysis worker in the web extension host: a Web Worker running dist/web/worker.js.
 *  Stands in for spawnWorker.ts in the web build (scripts/build-web.mjs). Where the host allows
 *  no nested workers, the client analyses on its own thread instead (AnalysisClient). */
import * as vscode from 'vscode';
import type { SpawnWorker, WorkerPort } from './analysisClient';

interface BrowserWorker {
  onmessage: ((e: { data: unknown }) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}
type BrowserWorkerConstructor = new (url: string) => BrowserWorker;

/** A worker from a script URL, or from a URL that is still being made (messages wait for it). */
export function webWorkerSpawner(url: string | (() => Promise<string>)): SpawnWorker {
  return (onMessage, onError) => {
    const WorkerClass = (globalThis as { Worker?: BrowserWorkerConstructor }).Worker;
    if (typeof WorkerClass !== 'function') throw new Error('this extension host has no Web Workers');
    const start = (scriptUrl: string) => {
      const worker = new WorkerClass(scriptUrl);
      worker.onmessage = (e) => onMessage(e.data as Parameters<typeof onMessage>[0]);
      worker.onerror = (e) => onError(new Error(e.message || 'the analysis worker failed to start'));
      return worker;
    };
    if (typeof url === 'string') {
      const worker = start(url);
      return { postMessage: (req) => worker.postMessage(req), terminate: () => worker.terminate() };
    }
    let worker: BrowserWorker | undefined;
    let ended = false;
    const waiting: Parameters<WorkerPort['postMessage']>[0][] = [];
    url().then((scriptUrl) => {
      if (ended) return;
      worker = start(scriptUrl);
      for (const req of waiting.splice(0)) worker.postMessage(req);
    }, (e) => onError(e instanceof Error ? e : new Error(String(e))));
    return {
      postMessage: (req) => (worker ? worker.postMessage(req) : waiting.push(req)),
      terminate: () => { ended = true; worker?.terminate(); },
    };
  };
}

export function workerSpawner(extensionUri: vscode.Uri): SpawnWorker {
  const script = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'worker.js');
  if (script.scheme === 'https' || script.scheme === 'http') return webWorkerSpawner(script.toString(true));
  // from any other place (an extension on a remote, as in code-server) the host starts no worker
  // by URL: the same script as a blob, read once
  let blobUrl: Promise<string> | undefined;
  return webWorkerSpawner(() => blobUrl ??= Promise.resolve(vscode.workspace.fs.readFile(script))
    .then((bytes) => URL.createObjectURL(new Blob([bytes], { type: 'application/javascript' }))));
}
