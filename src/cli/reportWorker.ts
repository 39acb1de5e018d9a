/** The worker thread of `news-lens report --jobs N`: analyses the batches of articles the main
 *  thread posts and posts back their sources. Bundled on its own as dist/reportWorker.js
 *  (scripts/build-report.mjs). */
import { parentPort, workerData } from 'node:worker_threads';
import { ReportJob, runJob } from './reportJob';

const annotations = (workerData as { annotations: boolean }).annotations;
parentPort!.on('message', (batch: ReportJob[]) => {
  parentPort!.postMessage(batch.map((job) => runJob(job, annotations)));
});
