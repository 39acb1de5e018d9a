// The README's first command as a new user runs it: `npm start` (through npm, so with npm's
// environment, which once broke code-server's install) brings up code-server on the seeds, the
// workbench answers over HTTP, opening a seed in Chromium activates News Lens (its status-bar
// item shows the article's counts), and Ctrl+C stops every process `npm start` started.
//   npx mocha test/e2e/first-run.test.js     (after `npm run build` and scripts/install-code-server.sh;
//                                            `npm test` runs it as its "first-run" stage)
// When .tools/ is missing, `npm start` installs code-server itself, as it does for a new user.
'use strict';
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const h = require('../runners/harness');

const SEED = '000_cd49f1154b42ae10.txt';
const SHOTS = path.join(h.RUN_ROOT, 'screenshots');
// a build and, on a machine without .tools/, code-server's install (minutes on a loaded machine)
const READY_MS = 15 * 60_000;
const LONG = 90_000;

/** Every process on the machine: pid -> { ppid, state }, from /proc. */
function processTable() {
  const table = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), { state: rest[0], ppid: Number(rest[1]) });
    } catch { /* ended meanwhile */ }
  }
  return table;
}

/** pid and all its living descendants. */
function processTree(pid) {
  const table = processTable();
  const out = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [p, { ppid }] of table) if (!out.has(p) && out.has(ppid)) { out.add(p); grew = true; }
  }
  return out;
}

/** The pids of `pids` that are still running (a zombie has ended). */
function living(pids) {
  const table = processTable();
  return [...pids].filter((p) => table.has(p) && table.get(p).state !== 'Z');
}

describe('first run: `npm start` as a new user runs it', function () {
  this.timeout(READY_MS + 4 * LONG);
  let start;
  let runDir;
  let out = '';
  let browser;
  let failed = false;

  after(async function () {
    this.timeout(LONG);
    if (browser) await browser.close();
    // a test that failed half-way must not leave code-server behind
    if (start && start.exitCode === null) {
      try { process.kill(-start.pid, 'SIGKILL'); } catch { /* gone */ }
    }
    if (runDir && !failed && process.env.NEWS_LENS_KEEP_RUN !== '1') fs.rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
    else if (runDir) console.error(`      run folder kept: ${path.relative(h.REPO, runDir)}\n      npm start said:\n${out.split('\n').slice(-40).join('\n')}`);
  });
  afterEach(function () {
    if (this.currentTest && this.currentTest.state === 'failed') failed = true;
  });

  it('`npm start` builds if needed, starts code-server on the seeds and prints the workbench address', async () => {
    const port = await h.freePort();
    // its own run folder, so that a user's .run/start (settings, state) is left alone
    runDir = path.join(h.RUN_ROOT, `first-run-${process.pid}`);
    fs.rmSync(runDir, { recursive: true, force: true });
    // `npm start` itself, in its own process group as a terminal runs a command: Ctrl+C reaches the group
    start = spawn('npm', ['start', '--', '--code-server'], {
      cwd: h.REPO, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PORT: String(port), NEWS_LENS_RUN_DIR: runDir },
    });
    start.stdout.on('data', (d) => { out += d; });
    start.stderr.on('data', (d) => { out += d; });
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no workbench address after ${READY_MS / 1000} s`)), READY_MS);
      const look = () => {
        const m = /^\s*(http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+)\s*$/m.exec(out);
        if (m) { clearTimeout(timer); resolve(m[1]); }
      };
      start.stdout.on('data', look);
      start.on('exit', (code, sig) => { clearTimeout(timer); reject(new Error(`npm start ended (${code ?? sig}) before it was ready:\n${out.slice(-3000)}`)); });
    });
    assert.ok(url.startsWith(`http://127.0.0.1:${port}/`), `address ${url} is not on the port asked for (${port})`);
    assert.match(decodeURIComponent(url), /\/seeds$/, `${url} does not open the seeds folder`);
    const r = await fetch(url);
    assert.equal(r.status, 200, `GET ${url}: HTTP ${r.status}`);
    assert.match(await r.text(), /workbench/i, 'the answer is no VS Code workbench page');
    start.url = url;
  });

  it('the workbench opens in a browser and News Lens is active on a seed article', async function () {
    assert.ok(start && start.url, 'npm start did not come up');
    fs.mkdirSync(SHOTS, { recursive: true });
    browser = await h.launchChromium({ dir: runDir, env: process.env });
    const page = browser.page;
    page.setDefaultTimeout(LONG);
    await page.goto(start.url);
    await page.locator('.monaco-workbench').waitFor({ timeout: LONG * 2 });
    const seed = page.locator('.part.sidebar').getByRole('treeitem', { name: SEED });
    if (!(await seed.isVisible())) await page.keyboard.press('Control+Shift+E');
    await seed.click();
    await page.locator('.tab.active', { hasText: SEED }).waitFor();
    // the status-bar item appears once the extension has activated and analysed the article
    const item = page.locator('.statusbar-item', { hasText: /\d+ people · \d+ countries · \d+ quotes/ }).first();
    await item.waitFor({ timeout: LONG * 2 });
    const said = (await item.innerText()).trim();
    assert.match(said, /[1-9]\d* people/, `News Lens found nobody: "${said}"`);
    console.log(`      status bar: "${said}"`);
    await page.screenshot({ path: path.join(SHOTS, '00-first-run.png') });
    await browser.close();
    browser = undefined;
  });

  it('Ctrl+C stops code-server and every process `npm start` started', async function () {
    assert.ok(start && start.exitCode === null, 'npm start is not running');
    const started = processTree(start.pid);
    const codeServer = Number(/pid (\d+)\) is ready/.exec(out)?.[1]);
    assert.ok(started.has(codeServer), `code-server (pid ${codeServer}) is not among npm start's processes`);
    assert.ok(started.size >= 4, `only ${started.size} processes under npm start: ${[...started]}`);
    let timer;
    const how = await new Promise((resolve) => {
      timer = setTimeout(() => resolve('still running'), LONG);
      start.once('exit', (code, sig) => resolve(code ?? sig));
      process.kill(-start.pid, 'SIGINT');
    });
    clearTimeout(timer);
    assert.notEqual(how, 'still running', `npm start still runs ${LONG / 1000} s after Ctrl+C`);
    let left = living(started);
    for (const end = Date.now() + 15_000; left.length && Date.now() < end; left = living(started)) await h.sleep(200);
    assert.deepEqual(left, [], `processes left running after Ctrl+C: ${left.join(', ')}`);
    assert.match(out, /stopping code-server/, 'npm start did not say it stopped code-server');
    console.log(`      ${started.size} processes started, all ended after Ctrl+C (npm start exited: ${how})`);
  });
});
