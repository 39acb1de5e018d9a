#!/usr/bin/env node
// Runs the web test bundle (out/web-test/index.js, from test/web/) in VS Code's WEBWORKER
// extension host, i.e. how vscode.dev / github.dev run News Lens: the extension is loaded from its
// package.json "browser" entry (dist/web/extension.js), never from "main".
//
// How: code-server (.tools/, see scripts/install-code-server.sh) serves the workbench on 127.0.0.1;
// Debian's Chromium, driven by playwright-core, opens it with an extension-development payload
// (extensionDevelopmentPath + extensionTestsPath, honoured because code-server runs with
// --vscode-option enable-smoke-test-driver). When the suite ends the workbench calls
// window.codeAutomationExit(code), exposed here through Playwright.
// The extension under test is a STAGED copy in the run folder: package.json without "main"
// (a browser-only extension, which is what vscode.dev / github.dev make of it: they ignore "main"),
// dist/web/, media/ and the test bundle. Without "main" its extension kind is ["web"], so the
// workbench runs it - and the tests, which must sit inside the extension's folder - in the
// browser's webworker extension host instead of code-server's Node one. (The payload's
// extensionDevelopmentKind=web is ignored by this web workbench: its environment service names the
// property differently, so a manifest with "main" would run in Node.)
// Why code-server and not @vscode/test-web: see test/web/README.md.
//
// Usage: node test/web/run-web-tests.js        (after `node scripts/build-web.mjs`; `npm run test:web` does both)
// Env:   WEB_TEST_TIMEOUT_MS (default 180000), NEWS_LENS_KEEP_RUN=1 (keep .run/web-<pid>/),
//        NEWS_LENS_WEB_DEBUG=1 (print every console line of the workbench and its workers),
//        NEWS_LENS_WEB_NO_FOLDER=1 (empty window: the suite opens the seed from its bundled copy)
// Output: the test lines, then "N passed, N failed". Exit code: 0 all passed; 1 a test failed;
// 2 no result; 3 timeout; 4 harness error.
// Network: the browser may only reach 127.0.0.1 (other requests are aborted and listed);
// code-server binds 127.0.0.1 only. Every file of the run lives in .run/web-<pid>/ and is removed
// after a passing run; only the processes started here are ended (by pid / process group).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const h = require('../runners/harness');

const RESULTS_FILE = '.news-lens-web-results.json'; // written by test/web/index.ts into the workspace
const NOISE = /open-vsx|ENOTFOUND|queryRawGallery|vsda|Failed to load resource|net::ERR_FAILED|authentication provider/;
const DEBUG = process.env.NEWS_LENS_WEB_DEBUG === '1';

function cleanConsole(text) {
  return text.replace(/^%c\s*(?:TRACE|DEBUG|INFO|WARN|ERR|ERROR)?\s*color:\s*#[0-9a-f]{3,8}\s?/i, '')
    .replace(/^\s*\[Extension Host\]\s*/, '').replace(/\s+$/, '');
}

/** Copies what a web install of News Lens holds into `dir`, with package.json minus "main". */
function stageBrowserOnlyExtension(repo, dir, browserEntry, testsPath) {
  const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
  delete pkg.main;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  const entry = path.resolve(repo, browserEntry);
  // the analysis worker the web extension starts (src/editor/spawnWorker.web.ts) sits beside its entry
  const worker = path.join(path.dirname(entry), 'worker.js');
  const copies = [[entry, path.join(dir, browserEntry)], [`${entry}.map`, path.join(dir, `${browserEntry}.map`)],
    [worker, path.join(dir, path.dirname(browserEntry), 'worker.js')],
    [path.join(repo, 'media'), path.join(dir, 'media')], [testsPath, path.join(dir, 'web-test', 'index.js')]];
  for (const [from, to] of copies) if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true });
  return { dir, tests: path.join(dir, 'web-test', 'index.js') };
}

async function main() {
  const t0 = Date.now();
  const repo = h.REPO;
  const testsPath = path.join(repo, 'out/web-test/index.js');
  const browserEntry = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')).browser;
  const TIMEOUT = Number(process.env.WEB_TEST_TIMEOUT_MS) || 180000;
  h.assertToolsInstalled();
  if (!browserEntry) throw new Error('package.json has no "browser" entry');
  for (const f of [path.resolve(repo, browserEntry), testsPath]) {
    if (!fs.existsSync(f)) throw new Error(`missing ${path.relative(repo, f)}: run \`node scripts/build-web.mjs\` first`);
  }

  const run = h.createRun('web', { workspace: true }); // fresh copy of seeds/ at run.ws
  run.useTmpForThisProcess();
  const ext = stageBrowserOnlyExtension(repo, path.join(run.dir, 'extension'), browserEntry, testsPath);
  const resultsFile = path.join(run.ws, RESULTS_FILE);
  let cs;
  let br;
  let code = 2;
  const blocked = new Set();
  let consoleSummary = null; // second channel: the suite also logs its summary
  try {
    cs = await h.startCodeServer(run, { extraArgs: ['--vscode-option', 'enable-smoke-test-driver'] });
    console.log(`[web-tests] code-server up on ${cs.url} in ${cs.startMs} ms; workspace ${path.relative(repo, run.ws)}`);
    br = await h.launchChromium(run);
    // loopback only: anything else the browser asks for is aborted (and reported)
    await br.ctx.route((url) => !/^(127\.0\.0\.1|localhost|\[::1\])$/.test(url.hostname) && /^(https?|wss?):$/.test(url.protocol), (route) => {
      blocked.add(new URL(route.request().url()).origin);
      return route.abort();
    });
    let done;
    const exited = new Promise((r) => { done = r; });
    await br.ctx.exposeFunction('codeAutomationExit', (c) => { done(Number(c)); });
    const onConsole = (where) => (m) => {
      const t = cleanConsole(m.text());
      const sm = /^WEB-MOCHA-SUMMARY (\{.*\})$/.exec(t);
      if (sm) { try { consoleSummary = JSON.parse(sm[1]); } catch { /* partial line */ } }
      if (DEBUG) console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s ${where} ${m.type()}] ${t}`);
      else if (/^ {2}[✓✗-] |^ {6}at |^News Lens web extension-host tests/.test(t)) console.log(t);
      else if (m.type() === 'error' && !NOISE.test(t) && /news-lens|newsLens|extension host|activat/i.test(t)) console.log(`[${where}] ${t}`);
    };
    br.page.on('console', onConsole('workbench'));
    br.page.on('worker', (w) => w.on('console', onConsole('worker')));
    br.page.on('pageerror', (e) => console.error(`[workbench] page error: ${e.message}`));
    const payload = [
      ['extensionDevelopmentPath', cs.remote(ext.dir)],
      ['extensionTestsPath', cs.remote(ext.tests)],
    ];
    // NEWS_LENS_WEB_NO_FOLDER=1: an empty window (like vscode.dev before a folder is opened); the
    // suite then opens the seed from the copy bundled into the test bundle
    const url = process.env.NEWS_LENS_WEB_NO_FOLDER === '1'
      ? `${cs.url}/?ew=true&payload=${encodeURIComponent(JSON.stringify(payload))}` : h.workbenchUrl(cs, run.ws, payload);
    await br.page.goto(url);
    let timer;
    code = await Promise.race([exited, new Promise((r) => { timer = setTimeout(() => r('timeout'), TIMEOUT); })]);
    clearTimeout(timer);
    if (code === 'timeout') {
      console.error(`[web-tests] timed out after ${TIMEOUT} ms waiting for the web extension host to finish`);
      code = 3;
      await br.page.screenshot({ path: path.join(run.dir, 'timeout.png') }).catch(() => {});
    }
  } finally {
    if (br) await br.close();
    if (cs) await cs.stop();
  }

  let summary = null;
  try { summary = JSON.parse(fs.readFileSync(resultsFile, 'utf8')); } catch { summary = consoleSummary; }
  if (summary) {
    if (summary.failed.length) console.log('failures:');
    for (const f of summary.failed) console.log(`  ✗ ${f.title}: ${f.error}`);
    if (summary.failures > 0 && code === 0) code = 1;
    if (summary.tests === 0 && code === 0) code = 2;
  } else {
    console.error(`[web-tests] the web extension host reported no results (exit code ${code}); see ${path.relative(repo, run.log)}`);
    if (code === 0) code = 2;
  }
  if (blocked.size) console.log(`[web-tests] blocked non-loopback requests to: ${[...blocked].join(', ')}`);
  run.cleanup(code === 0);
  console.log(`[web-tests] exit code ${code}; ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(summary ? `${summary.passes} passed, ${summary.failures} failed${summary.pending ? `, ${summary.pending} skipped` : ''}`
    : `0 passed, 1 failed`);
  return code;
}

main().then((c) => process.exit(c), (e) => {
  console.error(`[web-tests] ${e && e.stack ? e.stack : e}`);
  console.log('0 passed, 1 failed');
  process.exit(4);
});
