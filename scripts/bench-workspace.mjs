#!/usr/bin/env node
// npm run bench:workspace — workspace mode at corpus size: indexes a generated corpus of 5,000
// articles through the code the extension runs for it (src/editor/workspaceAnalyser.ts with
// src/editor/analysisClient.ts and the worker bundle, two jobs in flight, files read ahead), with
// Node's fs standing in for vscode.workspace.fs; then the CLI annotates the same corpus in a
// child process (`news-lens annotate DIR --format jsonl`, output to /dev/null) for comparison.
//
//   node scripts/bench-workspace.mjs [--articles 5000]
//
// The corpus (.run/bench/corpus-N/, made once) is paragraphs of the seed articles in a different
// order per article, 2 to 6 KB each. The last line is JSON:
//   {"articles", "seconds", "cliSeconds", "peakRssMB"}
//   seconds     indexing the corpus from nothing, the worker's start included
//   cliSeconds  the CLI on the same corpus, in the same run (start, read, analyse, print)
//   peakRssMB   the largest resident set of this process (host and worker thread) while indexing
// Goal (issue 16): seconds <= 1.5 x cliSeconds, peakRssMB <= 500.
import * as esbuild from 'esbuild';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const rel = (p) => path.join(root, p);
const require = createRequire(import.meta.url);
const countArg = process.argv.indexOf('--articles');
const ARTICLES = countArg > 0 ? Number(process.argv[countArg + 1]) : 5000;

// ---- bundles of the current source
const workDir = rel('.run/bench');
fs.mkdirSync(workDir, { recursive: true });
const hostBundle = path.join(workDir, 'workspace-host.cjs');
const workerBundle = path.join(workDir, 'worker.cjs');
const cliBundle = path.join(workDir, 'cli.cjs');
const node = { bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'warning' };
await Promise.all([
  esbuild.build({
    ...node, outfile: hostBundle, external: ['vscode'],
    stdin: {
      contents: `export { AnalysisClient } from './src/editor/analysisClient';
        export { nodeWorkerSpawner } from './src/editor/spawnWorker';
        export { WorkspaceAnalyser } from './src/editor/workspaceAnalyser';`,
      resolveDir: root, loader: 'ts',
    },
  }),
  esbuild.build({ ...node, entryPoints: [rel('src/worker/nodeWorker.ts')], outfile: workerBundle }),
  esbuild.build({ ...node, entryPoints: [rel('src/cli.ts')], outfile: cliBundle }),
]);
const { AnalysisClient, nodeWorkerSpawner, WorkspaceAnalyser } = require(hostBundle);

// ---- the corpus
const corpus = path.join(workDir, `corpus-${ARTICLES}`);
if (!fs.existsSync(path.join(corpus, 'done'))) {
  fs.rmSync(corpus, { recursive: true, force: true });
  fs.mkdirSync(corpus, { recursive: true });
  const paragraphs = fs.readdirSync(rel('seeds')).filter((f) => f.endsWith('.txt')).sort()
    .flatMap((f) => fs.readFileSync(rel(`seeds/${f}`), 'utf8').split(/\n\s*\n/)).filter((p) => p.trim());
  let seed = 1;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647; // the same corpus every time
  for (let i = 0; i < ARTICLES; i++) {
    const target = 2048 + random() * 4096;
    const parts = [];
    for (let size = 0; size < target;) {
      const p = paragraphs[Math.floor(random() * paragraphs.length)];
      parts.push(p);
      size += p.length + 2;
    }
    // folders of 500, as a newsroom's archive might be
    const dir = path.join(corpus, String(Math.floor(i / 500)).padStart(2, '0'));
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `article-${String(i).padStart(5, '0')}.txt`), parts.join('\n\n') + '\n');
  }
  fs.writeFileSync(path.join(corpus, 'done'), '');
}
const files = fs.readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))
  .flatMap((d) => fs.readdirSync(path.join(corpus, d.name)).sort().map((f) => path.join(corpus, d.name, f)));

// ---- the extension's path: WorkspaceAnalyser, the client, the worker
let peakRss = process.memoryUsage.rss();
const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage.rss()); }, 20);
const articleFiles = {
  stat: async (key) => {
    const s = await fs.promises.stat(key);
    return { mtime: s.mtimeMs, size: s.size };
  },
  text: async (key) => (await fs.promises.readFile(key, 'utf8')).replace(/^\uFEFF/, ''),
  // no sidecars in the corpus: the extension's AnnotationStore looks for one per file, so do we
  annotations: async (key) => fs.promises.access(`${key}.newslens.json`).then(() => { throw new Error('unexpected sidecar'); }, () => []),
};
const t0 = performance.now();
const client = new AnalysisClient(nodeWorkerSpawner(workerBundle), 2);
const analyser = new WorkspaceAnalyser(client, articleFiles, () => 5120 * 1024);
await analyser.update(files);
const seconds = (performance.now() - t0) / 1000;
peakRss = Math.max(peakRss, process.memoryUsage.rss());
clearInterval(sampler);
client.dispose();
if (analyser.size !== files.length) throw new Error(`indexed ${analyser.size} of ${files.length} articles; skipped: ${[...analyser.skipped.values()].slice(0, 3).join('; ')}`);
const quotes = analyser.results().reduce((n, r) => n + r.analysis.quotes.length, 0);
console.log(`workspace index: ${files.length} articles (${quotes} quotes) in ${seconds.toFixed(2)} s, peak RSS ${(peakRss / 1048576).toFixed(0)} MB`);

// ---- the CLI on the same corpus
const cliSeconds = await new Promise((resolve, reject) => {
  const start = performance.now();
  const child = spawn(process.execPath, [cliBundle, 'annotate', corpus, '--format', 'jsonl'], { stdio: ['ignore', 'ignore', 'inherit'] });
  child.on('error', reject);
  child.on('close', (code) => (code === 0 ? resolve((performance.now() - start) / 1000) : reject(new Error(`the CLI exited with ${code}`))));
});
console.log(`CLI: the same ${files.length} articles in ${cliSeconds.toFixed(2)} s; the index takes ${(seconds / cliSeconds).toFixed(2)}x`);
console.log(JSON.stringify({ articles: files.length, seconds: +seconds.toFixed(2), cliSeconds: +cliSeconds.toFixed(2), peakRssMB: Math.round(peakRss / 1048576) }));
