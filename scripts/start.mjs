#!/usr/bin/env node
// `npm start`: try News Lens in a real VS Code on the articles in seeds/.
// - builds first when dist/extension.js is missing or older than src/ or package.json;
// - with a desktop VS Code (`code` on PATH): code --extensionDevelopmentPath=<repo> <repo>/seeds;
// - otherwise code-server (installed by scripts/install-code-server.sh when missing) on
//   127.0.0.1:$PORT (default 8080), with the extension copied into a private extensions dir under
//   .run/start/, opened on seeds/; prints the URL and runs until Ctrl+C, then stops code-server.
// The workspace is the repo's own seeds/: News Lens only reads articles, it never writes them.
// Options: --no-build, --code-server (use code-server even when `code` is on PATH).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const h = require('../test/runners/harness.js');
const argv = process.argv.slice(2);
const SEEDS = path.join(REPO, 'seeds');

function newestMtime(p) {
  let st;
  try { st = fs.statSync(p); } catch { return 0; }
  if (!st.isDirectory()) return st.mtimeMs;
  let m = 0;
  for (const e of fs.readdirSync(p)) m = Math.max(m, newestMtime(path.join(p, e)));
  return m;
}

function buildIfNeeded() {
  const dist = path.join(REPO, 'dist/extension.js');
  const built = fs.existsSync(dist) ? fs.statSync(dist).mtimeMs : 0;
  const sources = Math.max(newestMtime(path.join(REPO, 'src')), newestMtime(path.join(REPO, 'package.json')));
  if (built && (built >= sources || argv.includes('--no-build'))) return;
  console.log('[start] building (npm run build)...');
  const r = spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0) { console.error('[start] the build failed'); process.exit(r.status || 1); }
}

function hasDesktopCode() {
  if (argv.includes('--code-server')) return false;
  return spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
}

function portFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

// the installed extension: everything at the top level but what never ships
const NOT_SHIPPED = new Set(['node_modules', '.git', '.tools', '.run', '.ci', '.vscode-test', 'out', 'src',
  'test', 'scripts', 'seeds', 'package-lock.json', 'tsconfig.json', '.gitignore', '.vscodeignore']);

async function main() {
  buildIfNeeded();

  if (hasDesktopCode()) {
    console.log(`[start] code --extensionDevelopmentPath=${REPO} ${SEEDS}`);
    const r = spawnSync('code', [`--extensionDevelopmentPath=${REPO}`, SEEDS], { stdio: 'inherit' });
    process.exit(r.status ?? 1);
  }

  if (h.missingTools({ browser: false }).length) {
    // the script says what it installs (and how big) before it downloads, and how to retry a failed step
    console.log('[start] code-server is not installed yet: running scripts/install-code-server.sh');
    const r = spawnSync('bash', [path.join(REPO, 'scripts/install-code-server.sh')], { cwd: REPO, stdio: 'inherit', env: { ...process.env, NEWS_LENS_NO_CHROMIUM: '1' } });
    if (r.status !== 0) {
      console.error('[start] the install stopped (see above); nothing was started. Fix the step it names, then run `npm start` again.');
      process.exit(r.status || 1);
    }
  }

  const port = Number(process.env.PORT) || 8080;
  if (!(await portFree(port))) {
    console.error(`[start] port ${port} on 127.0.0.1 is in use: set PORT to another one (PORT=8081 npm start)`);
    process.exit(1);
  }
  // a run folder kept between starts (settings, state), with a fresh copy of the extension
  const run = h.createRun('start', { dir: path.join(h.RUN_ROOT, 'start') });
  fs.rmSync(run.exts, { recursive: true, force: true });
  fs.mkdirSync(run.exts, { recursive: true });
  const include = fs.readdirSync(REPO).filter((n) => !NOT_SHIPPED.has(n) && !n.endsWith('.vsix') && !n.startsWith('.'));
  const dest = h.copyExtensionFolder(run, REPO, include);
  console.log(`[start] extension copied to ${path.relative(REPO, dest)}`);

  const cs = await h.startCodeServer(run, { port, handleSignals: false });
  let stopping = false;
  const stop = async (why) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n[start] ${why}: stopping code-server (process group ${cs.proc.pid})...`);
    await cs.stop();
    console.log('[start] stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => stop('Ctrl+C'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGHUP', () => stop('SIGHUP'));
  process.on('exit', () => h.stopAllSync());
  cs.proc.on('exit', (code, sig) => {
    if (stopping) return;
    console.error(`[start] code-server exited (${code ?? sig}); log: ${run.log}`);
    process.exit(1);
  });

  console.log(`\nNews Lens in VS Code (code-server ${h.codeServerVersion()}, pid ${cs.proc.pid}) is ready:`);
  console.log(`  ${h.workbenchUrl(cs, SEEDS)}`);
  console.log('Open it in a browser on this machine, click an article in the Explorer, then the News Lens icon');
  console.log(`in the activity bar. Log: ${path.relative(REPO, run.log)}. Press Ctrl+C to stop.`);
  // keep running until a signal or code-server itself ends
  await new Promise(() => {});
}

main().catch((e) => { console.error(`[start] ${e && e.stack ? e.stack : e}`); process.exit(1); });
