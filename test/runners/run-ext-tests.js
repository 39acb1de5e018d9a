#!/usr/bin/env node
// Runs the compiled extension-host mocha suite (out/test/suite/index.js) INSIDE code-server's
// extension host, the way VS Code's "extension development host" does: the workbench URL carries
// a `payload` with extensionDevelopmentPath + extensionTestsPath (honoured because code-server runs
// with --vscode-option enable-smoke-test-driver). When the suite ends the workbench calls
// window.codeAutomationExit(code), exposed here through Playwright.
//
// Usage: node test/runners/run-ext-tests.js [FOLDER] [--extensionDevelopmentPath=DIR]
//        [--extensionTestsPath=FILE] [other VS Code flags, ignored]
//   Accepts the flags @vscode/test-electron passes to VS Code, so test/runners/code-shim.sh can
//   stand in for the VS Code executable (see runTest.js). Defaults: the repo as the extension,
//   out/test/suite/index.js as the tests, and a fresh copy of seeds/ as the workspace.
// Env: EXT_TEST_TIMEOUT_MS (default 300000), CS_PORT (default: a free port),
//      EXT_TEST_RESULTS (results JSON file; default inside the run folder),
//      NEWS_LENS_SUMMARY_FILE (also write {passes, failures, pending, tests} there, for test-all),
//      NEWS_LENS_KEEP_RUN=1 (keep .run/ext-<pid>/ even on success), NEWS_LENS_TEST_GREP (mocha grep),
//      NEWS_LENS_DEBUG_CONSOLE=<file> (append every workbench console message there).
// Prints the extension host's test lines, then "N passed, N failed[, N skipped]". Exit code:
// 0 all passed; 1 a test failed; 2 no result; 3 timeout; 4 harness error.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness');

function parseArgs(argv) {
  const devPaths = [];
  let testsPath = null;
  let folder = null;
  const ignored = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (!m) { if (!folder) folder = a; else ignored.push(a); continue; }
    const [, name, value] = m;
    if (name === 'extensionDevelopmentPath') devPaths.push(value ?? argv[++i]);
    else if (name === 'extensionTestsPath') testsPath = value ?? argv[++i];
    else if (value === undefined && ['user-data-dir', 'extensions-dir', 'locale'].includes(name)) ignored.push(a, argv[++i]);
    else ignored.push(a); // --no-sandbox, --disable-extensions, --user-data-dir=..., ...
  }
  return { devPaths, testsPath, folder, ignored };
}

// harmless offline noise: extension gallery (open-vsx) lookups, missing vsda, 404s
const NOISE = /open-vsx|ENOTFOUND|queryRawGallery|vsda|Failed to load resource|^\[AccountPolicyGate\]/;

function fmtCounts(s) {
  return `${s.passes} passed, ${s.failures} failed${s.pending ? `, ${s.pending} skipped` : ''}`;
}

// '%c INFO color: #33f   ✓ foo' -> '  ✓ foo' (the workbench's log format; the level word is dropped)
function cleanConsole(text) {
  return text.replace(/^%c\s*(?:TRACE|DEBUG|INFO|WARN|ERR|ERROR)?\s*color:\s*#[0-9a-f]{3,8}\s?/i, '')
    .replace(/^\s*\[Extension Host\]\s*/, '').replace(/\s+$/, '');
}

async function main() {
  const t0 = Date.now();
  const args = parseArgs(process.argv.slice(2));
  const extDirs = (args.devPaths.length ? args.devPaths : [h.REPO]).map((p) => path.resolve(p));
  const testsPath = path.resolve(args.testsPath || path.join(extDirs[0], 'out/test/suite/index.js'));
  const TIMEOUT = Number(process.env.EXT_TEST_TIMEOUT_MS) || 300000;

  h.assertToolsInstalled();
  if (!fs.existsSync(testsPath)) {
    throw new Error(`no test entry at ${testsPath}: run \`npm run build\` first`);
  }
  for (const d of extDirs) {
    const main = JSON.parse(fs.readFileSync(path.join(d, 'package.json'), 'utf8')).main;
    if (main && !fs.existsSync(path.resolve(d, main)) && !fs.existsSync(path.resolve(d, main) + '.js')) {
      throw new Error(`extension ${d} has no ${main}: run \`npm run build\` first`);
    }
  }

  const run = h.createRun('ext', { workspace: !args.folder });
  run.useTmpForThisProcess();
  const folder = args.folder ? path.resolve(args.folder) : run.ws;
  const resultsFile = path.resolve(process.env.EXT_TEST_RESULTS || path.join(run.dir, 'ext-test-results.json'));
  fs.rmSync(resultsFile, { force: true });

  let cs;
  let br;
  let code = 2;
  try {
    cs = await h.startCodeServer(run, {
      port: Number(process.env.CS_PORT) || 0,
      extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
    });
    console.log(`[run-ext-tests] code-server up on ${cs.url} in ${cs.startMs} ms; workspace ${folder}`);
    br = await h.launchChromium(run);
    let done;
    const exited = new Promise((r) => { done = r; });
    await br.ctx.exposeFunction('codeAutomationExit', (c) => { done(Number(c)); });
    const page = br.page;
    // Extension-host console output reaches the page console in extension-development mode,
    // as '%c INFO color: #33f <text>'. Print what the suite logs between its first line and
    // its summary (test lines, and whatever the extension logs meanwhile), plus errors that
    // name the extension host or the extension.
    let inSuite = false;
    page.on('console', (m) => {
      const raw = m.text();
      if (process.env.NEWS_LENS_DEBUG_CONSOLE) fs.appendFileSync(process.env.NEWS_LENS_DEBUG_CONSOLE, `${JSON.stringify([m.type(), raw])}\n`);
      const t = cleanConsole(raw);
      if (/^News Lens extension-host tests:/.test(t)) inSuite = true;
      if (/^MOCHA-SUMMARY /.test(t)) { inSuite = false; return; }
      if (NOISE.test(t)) return;
      // stack traces of the workbench's own code (served from /static/) are not the suite's
      if (/\/static\/(out|node_modules)\//.test(t)) return;
      if (inSuite || (m.type() === 'error' && /extension host|news-lens|activat/i.test(t))) {
        console.log(`[ext-host] ${t}`);
      }
    });
    page.on('pageerror', (e) => console.error(`[workbench] page error: ${e.message}`));
    // the extension host inherits code-server's env; extensionEnvironment adds to it
    const extEnv = { EXT_TEST_RESULTS: resultsFile };
    for (const k of ['NEWS_LENS_TEST_GREP', 'NEWS_LENS_TEST_TIMEOUT_MS']) if (process.env[k]) extEnv[k] = process.env[k];
    const payload = [
      ...extDirs.map((d) => ['extensionDevelopmentPath', cs.remote(d)]),
      ['extensionTestsPath', cs.remote(testsPath)],
      ['extensionEnvironment', JSON.stringify(extEnv)],
    ];
    await page.goto(h.workbenchUrl(cs, folder, payload));
    let timer;
    code = await Promise.race([exited,
      new Promise((r) => { timer = setTimeout(() => r('timeout'), TIMEOUT); })]);
    clearTimeout(timer);
    if (code === 'timeout') {
      console.error(`[run-ext-tests] timed out after ${TIMEOUT} ms waiting for the extension host to finish`);
      code = 3;
      await page.screenshot({ path: path.join(run.dir, 'timeout.png') }).catch(() => {});
    }
  } finally {
    if (br) await br.close();
    if (cs) await cs.stop();
  }

  let summary = null;
  try { summary = JSON.parse(fs.readFileSync(resultsFile, 'utf8')); } catch { /* no result */ }
  if (summary) {
    if (summary.failures > 0 && code === 0) code = 1;
    if (summary.tests === 0 && code === 0) { console.error('[run-ext-tests] no extension-host test ran'); code = 2; }
    if (process.env.NEWS_LENS_SUMMARY_FILE) {
      fs.writeFileSync(process.env.NEWS_LENS_SUMMARY_FILE, JSON.stringify(summary));
    }
  } else {
    console.error(`[run-ext-tests] the extension host reported no results (exit code ${code}); see ${run.log}`);
    if (code === 0) code = 2;
  }
  run.cleanup(code === 0);
  console.log(`[run-ext-tests] extension host exit code ${code}; ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (summary) console.log(fmtCounts(summary));
  return code;
}

if (require.main === module) {
  main().then((c) => process.exit(c), (e) => {
    console.error(`[run-ext-tests] ${e && e.stack ? e.stack : e}`);
    process.exit(4);
  });
}

module.exports = { parseArgs, cleanConsole, fmtCounts };
