/** What the workbench UI tests share: the .vsix, packaged with vsce as a user's `npm run package`
 *  does, once per test run (NEWS_LENS_VSIX=<file> installs that file instead), and the command
 *  palette. */
'use strict';
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const h = require('../runners/harness');

const EXT_DIR = path.resolve(process.env.NEWS_LENS_EXT_DIR || h.REPO);
let packaged;

function packageVsix() {
  if (packaged && fs.existsSync(packaged)) return packaged;
  if (process.env.NEWS_LENS_VSIX) return path.resolve(process.env.NEWS_LENS_VSIX);
  const out = path.join(h.RUN_ROOT, 'news-lens.vsix');
  fs.mkdirSync(h.RUN_ROOT, { recursive: true });
  fs.rmSync(out, { force: true });
  const vscePkg = require.resolve('@vscode/vsce/package.json');
  const bin = path.join(path.dirname(vscePkg), require(vscePkg).bin.vsce);
  const args = [bin, 'package', '--no-dependencies', '-o', out,
    // no interactive prompts (CI has no stdin): a missing repository URL or LICENSE only warns
    '--allow-missing-repository', '--skip-license',
    // no public repository yet: keep the README's relative image links as they are
    '--no-rewrite-relative-links'];
  const pkg = JSON.parse(fs.readFileSync(path.join(EXT_DIR, 'package.json'), 'utf8'));
  if (!fs.existsSync(path.join(EXT_DIR, '.vscodeignore')) && !pkg.files) {
    // without .vscodeignore vsce would pack the whole folder (.tools/ alone is ~800 MB)
    console.log('      (no .vscodeignore in the extension: packaging with test/runners/vscodeignore.fallback)');
    args.push('--ignoreFile', path.join(h.REPO, 'test/runners/vscodeignore.fallback'));
  }
  // vsce runs the `vscode:prepublish` script (npm run build) first
  const r = spawnSync(process.execPath, args, { cwd: EXT_DIR, encoding: 'utf8', timeout: 300000,
    stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_loglevel: 'error' } });
  const said = `${r.stdout || ''}${r.stderr || ''}`.trim();
  if (r.status !== 0) throw new Error(`vsce package failed (exit ${r.status ?? r.signal}):\n${said.split('\n').slice(-25).join('\n')}`);
  const done = said.split('\n').find((l) => /Packaged:/.test(l));
  if (done) console.log(`      vsce: ${done.replace(/^\s*\S*DONE\S*\s*/, '').trim()}`);
  const mb = fs.statSync(out).size / 1e6;
  assert.ok(mb < 50, `the .vsix is ${mb.toFixed(1)} MB: .vscodeignore lets too much in`);
  packaged = out;
  return out;
}

/** Runs a command from the palette (F1) by its title, and waits until the palette closes. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

module.exports = { packageVsix, runCommand };
