#!/usr/bin/env node
// `npm test`: every test of News Lens, in order, each stage's counts added up:
//   1. build       npm run build                      (dist/ + out/test/**)
//   2. unit        npm run test:unit                  (mocha over out/test/core, out/test/cli)
//   3. first-run   mocha test/e2e/first-run.test.js   (`npm start` as a new user runs it, then Ctrl+C)
//   4. ext-host    node test/runners/run-ext-tests.js (out/test/suite in code-server's extension host)
//   5. ui          mocha test/e2e/ui.test.js          (the packaged .vsix in the workbench, Chromium)
//   6. web         node test/web/run-web-tests.js     (the web build in the browser extension host)
// Ends with one line "N passed, N failed" (", N skipped" when tests were skipped) alone on a line;
// exits non-zero when a test failed or a stage could not run. A stage that could not run or
// reported no result counts as one failure: nothing is ever skipped silently.
// Options: --unit-only (build + unit), --no-build (use the existing dist/ and out/).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const harness = require('../test/runners/harness.js');
const argv = process.argv.slice(2);
const unitOnly = argv.includes('--unit-only');
const noBuild = argv.includes('--no-build');
const REPORTER = path.join(REPO, 'test/runners/mocha-summary-reporter.js');
const MOCHA = path.join(REPO, 'node_modules/mocha/bin/mocha.js');
const SUMMARY_DIR = path.join(harness.RUN_ROOT, `test-all-${process.pid}`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const results = []; // { name, passes, failures, pending, ms, note }

function banner(text) {
  console.log(`\n=== ${text} ${'='.repeat(Math.max(3, 70 - text.length))}`);
}

/** Runs a command with output passed through (and kept for parsing). Resolves {code, out, ms}. */
function runCommand(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    let out = '';
    const child = spawn(cmd, args, { cwd: REPO, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (d) => { out += d; if (out.length > 4e6) out = out.slice(-2e6); };
    child.stdout.on('data', (d) => { process.stdout.write(d); keep(d); });
    child.stderr.on('data', (d) => { process.stderr.write(d); keep(d); });
    child.on('error', (e) => { out += String(e); });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), out, ms: Date.now() - t0 }));
  });
}

/** Counts of a finished stage: the summary file first, else mocha's / our closing lines. */
function readCounts(summaryFile, out) {
  try {
    const s = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
    return { passes: s.passes, failures: s.failures, pending: s.pending || 0, tests: s.tests };
  } catch { /* fall back to the output */ }
  const plain = /^(?:\w+: )?(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/m.exec(out);
  if (plain) return { passes: +plain[1], failures: +plain[2], pending: +(plain[3] || 0) };
  const passing = /^\s*(\d+) passing/m.exec(out);
  const failing = /^\s*(\d+) failing/m.exec(out);
  const pending = /^\s*(\d+) pending/m.exec(out);
  if (passing || failing) return { passes: +(passing?.[1] || 0), failures: +(failing?.[1] || 0), pending: +(pending?.[1] || 0) };
  return null;
}

async function testStage(name, cmd, args, env = {}) {
  banner(name);
  const summaryFile = path.join(SUMMARY_DIR, `${name}.json`);
  fs.rmSync(summaryFile, { force: true });
  const { code, out, ms } = await runCommand(cmd, args, { ...env, NEWS_LENS_SUMMARY_FILE: summaryFile });
  const c = readCounts(summaryFile, out);
  if (!c) {
    results.push({ name, passes: 0, failures: 1, pending: 0, ms, note: `reported no test results (exit code ${code})` });
  } else if (c.passes + c.failures + c.pending === 0) {
    results.push({ name, passes: 0, failures: 1, pending: 0, ms, note: 'ran no test' });
  } else if (code !== 0 && c.failures === 0) {
    // e.g. a hook or the runner itself failed after the tests
    results.push({ name, ...c, failures: 1, ms, note: `exit code ${code} although no test failed` });
  } else {
    results.push({ name, ...c, ms, note: code === 0 ? '' : `exit code ${code}` });
  }
}

function couldNotRun(name, why) {
  banner(name);
  console.error(`${name}: could not run: ${why}`);
  results.push({ name, passes: 0, failures: 1, pending: 0, ms: 0, note: `could not run: ${why}` });
}

function finish() {
  const total = results.reduce((a, r) => ({ p: a.p + r.passes, f: a.f + r.failures, s: a.s + r.pending }), { p: 0, f: 0, s: 0 });
  banner('summary');
  for (const r of results) {
    const counts = r.name === 'build' ? (r.failures ? 'FAILED' : 'ok') : `${r.passes} passed, ${r.failures} failed${r.pending ? `, ${r.pending} skipped` : ''}`;
    console.log(`  ${r.name.padEnd(9)} ${counts.padEnd(34)} ${(r.ms / 1000).toFixed(1).padStart(6)} s${r.note ? `  (${r.note})` : ''}`);
  }
  fs.rmSync(SUMMARY_DIR, { recursive: true, force: true });
  const failed = total.f > 0;
  console.log(`\n${total.p} passed, ${total.f} failed${total.s ? `, ${total.s} skipped` : ''}`);
  process.exit(failed ? 1 : 0);
}

async function main() {
  fs.mkdirSync(SUMMARY_DIR, { recursive: true });

  if (!noBuild) {
    banner('build');
    const b = await runCommand(npm, ['run', 'build']);
    const ok = b.code === 0 && fs.existsSync(path.join(REPO, 'dist/extension.js'))
      && fs.existsSync(path.join(REPO, 'out/test/suite/index.js'));
    // the build is no test: it adds a failure only when it fails
    results.push({ name: 'build', passes: 0, failures: ok ? 0 : 1, pending: 0, ms: b.ms,
      note: ok ? '' : (b.code ? `exit code ${b.code}` : 'no dist/extension.js or out/test/suite/index.js') });
    if (!ok) { console.error('build failed: no test stage can run'); return finish(); }
  }

  await testStage('unit', npm, ['run', 'test:unit', '--', '--reporter', REPORTER]);
  if (unitOnly) return finish();

  let missing = harness.missingTools();
  if (missing.length) {
    // the real-VS-Code stages need Chromium, Node 24 and code-server: install them (idempotent)
    banner('install');
    console.log(`missing ${missing.join(', ')}: running scripts/install-code-server.sh`);
    await runCommand('bash', [path.join(REPO, 'scripts/install-code-server.sh')]);
    missing = harness.missingTools();
  }
  if (missing.length) {
    const why = `missing ${missing.join(', ')}. Run \`bash scripts/install-code-server.sh\` first`;
    couldNotRun('first-run', why);
    couldNotRun('ext-host', why);
    couldNotRun('ui', why);
    couldNotRun('web', why);
    return finish();
  }
  // the README's first command as a new user runs it: `npm start`, a browser on it, Ctrl+C
  await testStage('first-run', process.execPath, [MOCHA, '--no-config', '--no-package', '--reporter', REPORTER,
    '--timeout', '1200000', path.join(REPO, 'test/e2e/first-run.test.js')]);
  await testStage('ext-host', process.execPath, [path.join(REPO, 'test/runners/run-ext-tests.js')]);
  await testStage('ui', process.execPath, [MOCHA, '--no-config', '--no-package', '--reporter', REPORTER,
    '--timeout', '600000', path.join(REPO, 'test/e2e/ui.test.js'), path.join(REPO, 'test/e2e/sources.test.js')]);
  // the web build in the browser's webworker extension host (vscode.dev / github.dev)
  await testStage('web', process.execPath, [path.join(REPO, 'test/web/run-web-tests.js')]);
  return finish();
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  results.push({ name: 'test-all', passes: 0, failures: 1, pending: 0, ms: 0, note: String(e && e.message) });
  finish();
});
