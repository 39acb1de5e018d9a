// Bundles the extension and the CLI with esbuild, and compiles the tests (one bundle per test file).
//   node scripts/build.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { buildWeb } from './build-web.mjs';
import { buildReportWorker } from './build-report.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const rel = (p) => path.join(root, p);

const common = { bundle: true, platform: 'node', target: 'es2022', sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none' };

function testEntries(dir) {
  const out = [];
  const walk = (d) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'web') walk(p); // test/web is bundled for the browser by build-web.mjs
      }
      else if (/\.ts$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

const builds = [
  { ...common, entryPoints: [rel('src/extension.ts')], outfile: rel('dist/extension.js'), format: 'cjs', external: ['vscode'] },
  // the analysis worker the extension starts with worker_threads (src/editor/spawnWorker.ts)
  { ...common, entryPoints: [rel('src/worker/nodeWorker.ts')], outfile: rel('dist/worker.js'), format: 'cjs' },
  { ...common, entryPoints: [rel('src/cli.ts')], outfile: rel('dist/cli.js'), format: 'cjs' },
  {
    ...common, sourcemap: true, minify: false, entryPoints: testEntries(rel('test')), outdir: rel('out/test'), outbase: rel('test'),
    format: 'cjs', external: ['vscode', 'mocha', 'fast-check', 'compromise'],
  },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('watching…');
} else {
  fs.rmSync(rel('out/test'), { recursive: true, force: true });
  await Promise.all([...builds.map((b) => esbuild.build(b)), buildWeb({ production }), buildReportWorker({ production })]);
  fs.chmodSync(rel('dist/cli.js'), 0o755);
  const size = (f) => `${(fs.statSync(rel(f)).size / 1024).toFixed(0)} KB`;
  console.log(`built dist/extension.js (${size('dist/extension.js')}), dist/worker.js (${size('dist/worker.js')}), dist/web/extension.js (${size('dist/web/extension.js')}), dist/web/worker.js (${size('dist/web/worker.js')}), dist/cli.js (${size('dist/cli.js')}), out/test`);
}
