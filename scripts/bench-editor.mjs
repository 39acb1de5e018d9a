#!/usr/bin/env node
// The extension host's side of analysing a 5 MB article: the largest event-loop delay on the
// host thread (perf_hooks.monitorEventLoopDelay) while the article is analysed in the worker and
// hovered, through the code the extension runs (src/editor/analysisClient.ts, the worker bundle
// src/worker/nodeWorker.ts, the same result handling), without VS Code.
//
//   node scripts/bench-editor.mjs [--mb 5]
//
// The host sends the text, then asks for a hover every HOVER_EVERY_MS until the result is there
// (each cancelling the one before, as VS Code does) and 20 times after it (a hover waits for the in-flight run, then looks up the offset, as
// src/editor/hover.ts does). The last line is JSON:
//   {"maxEventLoopDelayMs", "p99EventLoopDelayMs", "idleMaxEventLoopDelayMs", "articleMB", "analysisMs", "hovers", "entities", "quotes"}
// idleMaxEventLoopDelayMs is the same measurement over IDLE_MS with the host idle, just before:
// the noise floor of a shared, loaded machine (scheduling and garbage collection).
// Goal (issue 16): maxEventLoopDelayMs under 20.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const rel = (p) => path.join(root, p);
const require = createRequire(import.meta.url);
const MB = 1048576;
const HOVER_EVERY_MS = 20;
const IDLE_MS = 2000;
const mbArg = process.argv.indexOf('--mb');
const articleMB = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 5;

// bundles of the current source: the host-side client and the worker
const workDir = rel('.run/bench');
fs.mkdirSync(workDir, { recursive: true });
const hostBundle = path.join(workDir, 'editor-host.cjs');
const workerBundle = path.join(workDir, 'worker.cjs');
await Promise.all([
  esbuild.build({
    stdin: {
      contents: `export { AnalysisClient } from './src/editor/analysisClient';
        export { nodeWorkerSpawner } from './src/editor/spawnWorker';
        export { annotatedOf } from './src/worker/protocol';`,
      resolveDir: root, loader: 'ts',
    },
    outfile: hostBundle, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'warning', external: ['vscode'],
  }),
  esbuild.build({ entryPoints: [rel('src/worker/nodeWorker.ts')], outfile: workerBundle, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'warning' }),
]);
const { AnalysisClient, nodeWorkerSpawner, annotatedOf } = require(hostBundle);

// an article of about articleMB megabytes: the seed articles, again and again
const seeds = fs.readdirSync(rel('seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(rel(`seeds/${f}`), 'utf8'));
const parts = [];
for (let size = 0, i = 0; size < articleMB * MB; i++) {
  parts.push(seeds[i % seeds.length]);
  size += Buffer.byteLength(seeds[i % seeds.length]) + 2;
}
const text = parts.join('\n\n');

const client = new AnalysisClient(nodeWorkerSpawner(workerBundle));
// the worker starts (its bundle loads) before the measurement, as it does when the first article opens
await client.analyze('Warm-up.').result;

/** What the hover provider does once it has the analysis: find what is under the offset. */
function hoverAt(analysis, offset) {
  const entity = analysis.entities.find((e) => e.mentions.some((m) => m.start <= offset && offset < m.end));
  const quote = analysis.quotes.find((q) => q.start <= offset && offset < q.end);
  return entity?.name ?? quote?.speaker ?? null;
}

// the noise floor: the same measurement with the host idle (the machine may be shared and loaded)
const idle = monitorEventLoopDelay({ resolution: 1 });
idle.enable();
await new Promise((r) => setTimeout(r, IDLE_MS));
idle.disable();

const delay = monitorEventLoopDelay({ resolution: 1 });
delay.enable();
const started = performance.now();
const job = client.analyze(text, []);
let hovers = 0;
let latest;
const pending = [];
let previousHover = { cancelled: false };
const hoverTimer = setInterval(() => {
  // each hover awaits the run in flight, as AnalysisService.get() does; as in VS Code, a new
  // hover request cancels the one before (its token), which then returns nothing
  previousHover.cancelled = true;
  const hover = { cancelled: false };
  previousHover = hover;
  hovers++;
  pending.push(job.result.then((r) => !hover.cancelled && r?.ok && hoverAt(annotatedOf(r), Math.floor(Math.random() * text.length))));
}, HOVER_EVERY_MS);
const answer = await job.result;
const analysisMs = performance.now() - started;
clearInterval(hoverTimer);
if (!answer?.ok) throw new Error(`the analysis failed: ${answer?.error}`);
latest = annotatedOf(answer);
await Promise.all(pending);
for (let i = 0; i < 20; i++) {
  // hovers after the result: each its own request, as the editor sends them
  await new Promise((r) => setTimeout(r, 1));
  hoverAt(latest, Math.floor((i / 20) * text.length));
  hovers++;
}
// a few more turns of the loop, so that a last long task is counted
await new Promise((r) => setTimeout(r, 50));
delay.disable();
client.dispose();

const ms = (ns) => Math.round(ns / 1e4) / 100;
console.log(`article ${(text.length / MB).toFixed(2)} MB: analysed in the worker in ${Math.round(analysisMs)} ms; ${hovers} hovers`);
console.log(`host event loop: max delay ${ms(delay.max)} ms, p99 ${ms(delay.percentile(99))} ms, mean ${ms(delay.mean)} ms (idle for ${IDLE_MS} ms before: max ${ms(idle.max)} ms)`);
console.log(JSON.stringify({
  maxEventLoopDelayMs: ms(delay.max), p99EventLoopDelayMs: ms(delay.percentile(99)), idleMaxEventLoopDelayMs: ms(idle.max), articleMB: +(Buffer.byteLength(text) / MB).toFixed(2),
  analysisMs: Math.round(analysisMs), hovers, entities: latest.entities.length, quotes: latest.quotes.length,
}));
