#!/usr/bin/env node
// npm run bench — News Lens's full analysis against compromise, same texts, same process.
//
// News Lens: src/core/index.ts bundled with esbuild into .run/bench/core.cjs (so the benchmark
// always measures the current source), `analyze(text)`: entities, aliases, quotes, speakers.
// compromise: `nlp(text)`, then people(), places(), organizations(), quotations(), each with
// offsets (`.json({ offset: true })`).
// Texts: the two seed articles, and concatenations of them to about 100 KB, 1 MB and 10 MB
// (1 MB = 1,048,576 bytes of UTF-8; MB/s uses the same unit). compromise runs only where one call
// is expected to take under a minute, estimated from the smaller sizes (its cost is superlinear).
// Then the CLI end to end (src/cli.ts bundled like dist/cli.js, in a child process: start, read,
// analyse, print JSONL) on a 10 MB file, and the adversarial texts of the fuzz tests on n and 4n
// characters (npm test counts their steps; here they are timed, printed and never judged).
//
// On the seed articles the two are measured in interleaved rounds (News Lens on seed 1, compromise
// on seed 1, News Lens on seed 2, compromise on seed 2; every other round compromise first), each
// part at least ROUND_MS long, so that a load on the shared machine hits both alike (no gc() between
// the parts: a full collection before each part made compromise's calls after it some 40% slower);
// a seed's time is the median over the rounds of each round's median call.
//
// Then scripts/bench-editor.mjs (the extension host's event loop while a 5 MB article is analysed
// in the worker and hovered) and scripts/bench-report.mjs (news-lens report on 10,000 generated
// articles, one job and all cores) run in processes of their own.
//
// The last line is JSON: {"ratioVsCompromise", "seedMBps", "mbPerSecond", "perByte1MBvsSeeds",
// "scaling10MBvs1MB", "maxEventLoopDelayMs", "idleMaxEventLoopDelayMs", "reportArticlesPerSecond"}
//   ratioVsCompromise  compromise time / News Lens time on the two seed articles: per round the sum of
//                      compromise's medians over the sum of News Lens's, median over the rounds
//   seedMBps           News Lens throughput on the seed articles (their bytes over their median times)
//   mbPerSecond        News Lens throughput on the 1 MB text
//   perByte1MBvsSeeds  mbPerSecond / seedMBps: 1 means the cost per byte is flat (issue 16: >= 0.67)
//   scaling10MBvs1MB   News Lens time(10 MB) / time(1 MB); 10 means linear
//   maxEventLoopDelayMs the extension host's largest event-loop delay (issue 16: < 20), and the
//                      same over an idle stretch just before (the machine's noise floor)
//   reportArticlesPerSecond  news-lens report's throughput per --jobs value
// Targets (issue 7): ratio >= 100, scaling <= 12.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const rel = (p) => path.join(root, p);
const require = createRequire(import.meta.url);
const MB = 1048576;
const COMPROMISE_LIMIT_MS = 60_000;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

const workDir = rel('.run/bench');
fs.mkdirSync(workDir, { recursive: true });
const coreBundle = path.join(workDir, 'core.cjs');
await esbuild.build({ entryPoints: [rel('src/core/index.ts')], outfile: coreBundle, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'warning' });
const { analyze } = require(coreBundle);
const nlp = require('compromise');

const runNewsLens = (text) => analyze(text);
const runCompromise = (text) => {
  const doc = nlp(text);
  return [doc.people(), doc.places(), doc.organizations(), doc.quotations()].map((v) => v.json({ offset: true }));
};

// ---- texts
const seedDir = rel('seeds');
const seeds = fs.readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: fs.readFileSync(path.join(seedDir, f), 'utf8') }));
if (!seeds.length) throw new Error('no seed articles in seeds/');
const bytes = (s) => Buffer.byteLength(s, 'utf8');

/** The seeds one after another, blank line between, until the text holds about `target` bytes. */
function concat(target) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const t = seeds[i % seeds.length].text.trimEnd() + '\n\n';
    parts.push(t);
    size += bytes(t);
  }
  return parts.join('');
}

// ---- timing
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Median time of one call (ms), after `warmup` unmeasured calls; at least minReps runs and at
 *  least minMs of measuring, at most maxReps runs. */
function measure(fn, text, { warmup, minReps, maxReps, minMs }) {
  for (let i = 0; i < warmup; i++) fn(text);
  const times = [];
  const begin = performance.now();
  while (times.length < maxReps && (times.length < minReps || performance.now() - begin < minMs)) {
    if (text.length > 200_000) gc();
    const t0 = performance.now();
    fn(text);
    times.push(performance.now() - t0);
  }
  return { ms: median(times), runs: times.length };
}

/** One part of a round on a seed: calls for at least minMs (and minReps calls), the median call (ms). */
function part(fn, text, { minReps, minMs }) {
  const times = [];
  const begin = performance.now();
  while (times.length < minReps || performance.now() - begin < minMs) {
    const t0 = performance.now();
    fn(text);
    times.push(performance.now() - t0);
  }
  return { ms: median(times), runs: times.length };
}

const ROUNDS = 21;
const ROUND_MS = 150;

/** News Lens and compromise on the seed articles in interleaved rounds (see the header). */
function measureSeeds(seedRows) {
  gc();
  for (const r of seedRows) {
    for (let i = 0; i < 30; i++) runNewsLens(r.text);
    for (let i = 0; i < 3; i++) runCompromise(r.text);
  }
  const nl = seedRows.map(() => []);
  const cp = seedRows.map(() => []);
  const runs = seedRows.map(() => ({ nl: 0, cp: 0 }));
  const ratios = [];
  for (let round = 0; round < ROUNDS; round++) {
    process.stderr.write(`\rseed articles, round ${round + 1}/${ROUNDS}…`);
    let nlSum = 0;
    let cpSum = 0;
    seedRows.forEach((r, i) => {
      const measureNl = () => part(runNewsLens, r.text, { minReps: 20, minMs: ROUND_MS });
      const measureCp = () => part(runCompromise, r.text, { minReps: 3, minMs: ROUND_MS });
      let a, b;
      if (round % 2 === 0) {
        a = measureNl();
        b = measureCp();
      } else {
        b = measureCp();
        a = measureNl();
      }
      nl[i].push(a.ms);
      cp[i].push(b.ms);
      runs[i].nl += a.runs;
      runs[i].cp += b.runs;
      nlSum += a.ms;
      cpSum += b.ms;
    });
    ratios.push(cpSum / nlSum);
  }
  process.stderr.write('\n');
  seedRows.forEach((r, i) => {
    r.nl = { ms: median(nl[i]), runs: runs[i].nl };
    r.cp = { ms: median(cp[i]), runs: runs[i].cp };
  });
  return median(ratios);
}

const plan = (size) =>
  size < 50_000 ? { warmup: 30, minReps: 50, maxReps: 2000, minMs: 2000 }
    : size < 2 * MB ? { warmup: 2, minReps: 7, maxReps: 50, minMs: 2000 }
      : { warmup: 1, minReps: 5, maxReps: 9, minMs: 0 };
const compromisePlan = (size, estimate) =>
  size < 50_000 ? { warmup: 3, minReps: 10, maxReps: 50, minMs: 2000 }
    : estimate < 20_000 ? { warmup: 1, minReps: 3, maxReps: 5, minMs: 0 }
      : { warmup: 0, minReps: 1, maxReps: 1, minMs: 0 };

const rows = [];
const texts = [
  ...seeds.map((s) => ({ label: s.name, text: s.text, seed: true })),
  { label: '~100 KB', text: concat(100 * 1024) },
  { label: '~1 MB', text: concat(MB) },
  { label: '~10 MB', text: concat(10 * MB) },
];

// Both on the seed articles first, interleaved, in a fresh heap (after the large texts a seed call
// ran up to twice as slow: their heap stays behind); then News Lens on the larger texts, each after
// a collection; compromise on the larger texts last (it leaves a large heap behind, which would
// slow whatever runs after it)
for (const { label, text, seed } of texts) if (seed) rows.push({ label, size: bytes(text), seed, text });
const seedRatio = measureSeeds(rows.filter((r) => r.seed));
for (const { label, text, seed } of texts) {
  if (seed) continue;
  const size = bytes(text);
  process.stderr.write(`News Lens on ${label} (${(size / 1024).toFixed(0)} KB)…\n`);
  gc();
  rows.push({ label, size, seed, nl: measure(runNewsLens, text, plan(size)) });
}
// compromise's cost grows faster than its text: the growth exponent is taken from the sizes
// measured, never below 2 (it was 1.85 from 100 KB to 1 MB here), so that a size expected near the one-minute limit is skipped
let lastCompromise; // { size, ms } of the largest text compromise ran on
let exponent = 2;
// (the seeds' sizes and times start the estimate)
for (const r of rows) if (r.seed && (!lastCompromise || r.size >= lastCompromise.size)) lastCompromise = { size: r.size, ms: r.cp.ms };
for (const [i, { label, text, seed }] of texts.entries()) {
  if (seed) continue;
  const size = bytes(text);
  const estimate = lastCompromise ? lastCompromise.ms * (size / lastCompromise.size) ** exponent : 0;
  if (estimate > COMPROMISE_LIMIT_MS) {
    rows[i].skipped = `skipped (est. ${(estimate / 1000).toFixed(0)} s)`;
    continue;
  }
  process.stderr.write(`compromise on ${label}${estimate ? ` (est. ${(estimate / 1000).toFixed(1)} s a call)` : ''}…\n`);
  gc();
  const cp = measure(runCompromise, text, compromisePlan(size, estimate));
  if (lastCompromise && !seed && size > lastCompromise.size * 2) exponent = Math.max(2, Math.log(cp.ms / lastCompromise.ms) / Math.log(size / lastCompromise.size));
  if (!lastCompromise || size >= lastCompromise.size) lastCompromise = { size, ms: cp.ms };
  rows[i].cp = cp;
}

// ---- the CLI end to end on a 10 MB file
// the CLI as dist/cli.js is built, from the current source
const cliBin = path.join(workDir, 'cli.cjs');
await esbuild.build({ entryPoints: [rel('src/cli.ts')], outfile: cliBin, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'warning' });
const bigFile = path.join(workDir, 'article-10mb.txt');
fs.writeFileSync(bigFile, texts[texts.length - 1].text);
const cliTimes = [];
let cliOut = 0;
let cliStatus;
for (let i = 0; i < 3; i++) {
  process.stderr.write(`measuring the CLI on ${path.relative(root, bigFile)} (run ${i + 1}/3)…\n`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cliBin, 'annotate', bigFile], { maxBuffer: 1 << 30 });
  cliTimes.push(performance.now() - t0);
  cliOut = r.stdout?.length ?? 0;
  cliStatus = r.status;
  if (r.status !== 0) process.stderr.write(`CLI exited with ${r.status}: ${r.stderr}\n`);
}
fs.rmSync(bigFile, { force: true });

// ---- adversarial inputs (test/core/adversarial.ts): time on n and 4n characters. `npm test`
// counts these texts' steps instead (test/core/fuzz.test.ts); the timings are printed, never judged
const advBundle = path.join(workDir, 'adversarial.cjs');
await esbuild.build({ entryPoints: [rel('test/core/adversarial.ts')], outfile: advBundle, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'warning' });
const { ADVERSARIAL } = require(advBundle);
const ADV_N = 50_000;
const adversarial = [];
for (const [name, gen] of Object.entries(ADVERSARIAL)) {
  process.stderr.write(`\radversarial inputs ${adversarial.length + 1}/${Object.keys(ADVERSARIAL).length}…`);
  const opts = { warmup: 1, minReps: 3, maxReps: 9, minMs: 300 };
  const small = measure(runNewsLens, gen(ADV_N), opts).ms;
  const big = measure(runNewsLens, gen(4 * ADV_N), opts).ms;
  adversarial.push({ name, small, big });
}
process.stderr.write('\n');

// ---- report
const fmtMs = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const fmtRate = (size, ms) => (size / MB / (ms / 1000)).toFixed(2);
const table = [['text', 'size', 'News Lens ms', 'MB/s', 'runs', 'compromise ms', 'MB/s', 'runs', 'ratio']];
for (const r of rows) {
  table.push([
    r.label, r.size >= MB ? `${(r.size / MB).toFixed(2)} MB` : `${(r.size / 1024).toFixed(1)} KB`,
    fmtMs(r.nl.ms), fmtRate(r.size, r.nl.ms), String(r.nl.runs),
    r.cp ? fmtMs(r.cp.ms) : r.skipped, r.cp ? fmtRate(r.size, r.cp.ms) : '-', r.cp ? String(r.cp.runs) : '-',
    r.cp ? `${(r.cp.ms / r.nl.ms).toFixed(0)}×` : '-',
  ]);
}
const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
const line = (row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
console.log(`\nNews Lens (full analyze) vs compromise ${JSON.parse(fs.readFileSync(rel('node_modules/compromise/package.json'), 'utf8')).version} (people, places, organizations, quotations with offsets), Node ${process.version}`);
console.log(line(table[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table.slice(1)) console.log(line(row));

console.log(`\nAdversarial inputs (test/core/adversarial.ts), News Lens, median ms on ${ADV_N / 1000}k and ${4 * ADV_N / 1000}k characters (linear is ×4; timings on a shared machine, for reading, not for judging):`);
const advWidth = Math.max(...adversarial.map((a) => a.name.length));
for (const a of adversarial) console.log(`  ${a.name.padEnd(advWidth)}  ${fmtMs(a.small).padStart(7)}  ${fmtMs(a.big).padStart(7)}  ×${(a.big / a.small).toFixed(1)}`);

const ratio = seedRatio;
const oneMB = rows.find((r) => r.label === '~1 MB');
const tenMB = rows.find((r) => r.label === '~10 MB');
const mbPerSecond = oneMB.size / MB / (oneMB.nl.ms / 1000);
// the seed articles' throughput: their bytes over the sum of their median times
const seedRows = rows.filter((r) => r.seed);
const seedMBps = seedRows.reduce((s, r) => s + r.size, 0) / MB / (seedRows.reduce((s, r) => s + r.nl.ms, 0) / 1000);
const scaling = tenMB.nl.ms / oneMB.nl.ms;
const cliMs = median(cliTimes);
console.log(`\nCLI end to end (${path.relative(root, cliBin)} annotate, 10 MB file, JSONL ${(cliOut / MB).toFixed(1)} MB out, exit ${cliStatus}): median of 3 ${fmtMs(cliMs)} ms = ${fmtRate(tenMB.size, cliMs)} MB/s (process start, read, analyse, print)`);
console.log(`ratio on the seed articles: ${ratio.toFixed(0)}× (target ≥ 100) · News Lens on the seeds: ${seedMBps.toFixed(2)} MB/s, on 1 MB: ${mbPerSecond.toFixed(2)} MB/s (${(mbPerSecond / seedMBps).toFixed(2)} of the seeds' rate; target ≥ 0.67) · time(10 MB)/time(1 MB): ${scaling.toFixed(2)} (target ≤ 12)`);

// ---- the editor's side (scripts/bench-editor.mjs) and the corpus report (scripts/bench-report.mjs),
// each in a process of its own: their last JSON is read back
const lastJson = (script, args = []) => {
  process.stderr.write(`node ${script} ${args.join(' ')}…\n`);
  const r = spawnSync(process.execPath, [rel(script), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  process.stdout.write(r.stdout);
  const start = r.stdout.lastIndexOf('\n{');
  try {
    return JSON.parse(r.stdout.slice(start + 1));
  } catch {
    return undefined;
  }
};
const editor = lastJson('scripts/bench-editor.mjs');
const report = lastJson('scripts/bench-report.mjs');
console.log(JSON.stringify({
  ratioVsCompromise: +ratio.toFixed(1), seedMBps: +seedMBps.toFixed(3), mbPerSecond: +mbPerSecond.toFixed(3), perByte1MBvsSeeds: +(mbPerSecond / seedMBps).toFixed(3), scaling10MBvs1MB: +scaling.toFixed(2),
  maxEventLoopDelayMs: editor?.maxEventLoopDelayMs ?? null, idleMaxEventLoopDelayMs: editor?.idleMaxEventLoopDelayMs ?? null,
  reportArticlesPerSecond: report ? Object.fromEntries(report.runs.map((run) => [`jobs${run.jobs}`, run.articlesPerSecond])) : null,
}));
