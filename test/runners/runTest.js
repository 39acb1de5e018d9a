#!/usr/bin/env node
// The classic @vscode/test-electron entry: runTests() runs out/test/suite/index.js inside a VS Code
// extension host.
//   node test/runners/runTest.js                 downloads VS Code (needs internet; VSCODE_VERSION
//                                               picks the version, default 'stable')
//   node test/runners/runTest.js --code-server   (or env NEWS_LENS_VSCODE=code-server) no download:
//                                               vscodeExecutablePath = test/runners/code-shim.sh,
//                                               which runs the same suite in code-server + Chromium
// Optional: --extensionDevelopmentPath=DIR --extensionTestsPath=FILE (default: this repo).
// Workspace: a fresh copy of seeds/ in .run/te-<pid>/ws; user data, extensions, XDG dirs and TMPDIR
// are private to .run/te-<pid>/ as well (removed after a passing run).
// Prints test-electron's "Exit code: N", then "N passed, N failed[, N skipped]"; exits 0 only if
// every test passed.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness');

async function main() {
  const argv = process.argv.slice(2);
  const flag = (n) => { const a = argv.find((x) => x.startsWith(`--${n}=`)); return a && a.slice(n.length + 3); };
  const useCodeServer = argv.includes('--code-server') || process.env.NEWS_LENS_VSCODE === 'code-server';
  const extensionDevelopmentPath = path.resolve(flag('extensionDevelopmentPath') || h.REPO);
  const extensionTestsPath = path.resolve(flag('extensionTestsPath') || path.join(extensionDevelopmentPath, 'out/test/suite/index.js'));
  if (!fs.existsSync(extensionTestsPath)) {
    console.error(`no test entry at ${extensionTestsPath}: run \`npm run build\` first`);
    return 4;
  }

  const run = h.createRun('te', { workspace: true });
  const results = path.join(run.dir, 'results.json');
  const shim = path.join(__dirname, 'code-shim.sh');
  let vscodeExecutablePath;
  if (useCodeServer) {
    h.assertToolsInstalled();
    try { fs.accessSync(shim, fs.constants.X_OK); } catch { fs.chmodSync(shim, 0o755); }
    vscodeExecutablePath = shim;
  }
  const { runTests } = require('@vscode/test-electron');
  let code;
  try {
    code = await runTests({
      vscodeExecutablePath,
      version: process.env.VSCODE_VERSION || undefined,
      extensionDevelopmentPath,
      extensionTestsPath,
      // the workspace (a fresh copy of seeds/), private profile, no other extensions
      launchArgs: [run.ws, '--disable-extensions', `--user-data-dir=${run.data}`, `--extensions-dir=${run.exts}`],
      extensionTestsEnv: {
        EXT_TEST_RESULTS: results,
        XDG_CONFIG_HOME: run.xdgConfig,
        XDG_DATA_HOME: run.xdgData,
        TMPDIR: run.tmp,
      },
    });
  } catch (e) {
    // TestRunFailedError carries VS Code's exit code; anything else (download failure...) is 1
    console.error(`runTests failed: ${e && e.message}`);
    if (!useCodeServer && /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/.test(String(e && e.message))) {
      console.error('no VS Code download here: use `node test/runners/runTest.js --code-server` (or NEWS_LENS_VSCODE=code-server)');
    }
    code = (e && typeof e.code === 'number' && e.code) || 1;
  }
  let summary = null;
  try { summary = JSON.parse(fs.readFileSync(results, 'utf8')); } catch { /* none */ }
  if (!summary && code === 0) { console.error('the test run reported no results'); code = 2; }
  if (summary && summary.failures > 0 && code === 0) code = 1;
  run.cleanup(code === 0);
  if (summary) {
    console.log(`${summary.passes} passed, ${summary.failures} failed${summary.pending ? `, ${summary.pending} skipped` : ''}`);
  }
  return code;
}

main().then((c) => process.exit(c), (e) => { console.error(e && e.stack ? e.stack : e); process.exit(4); });
