// Bundles the worker thread of `news-lens report --jobs N` as dist/reportWorker.js, beside
// dist/cli.js (which starts it from there).
//   node scripts/build-report.mjs [--production]
import * as esbuild from 'esbuild';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

export async function buildReportWorker({ production = false } = {}) {
  await esbuild.build({
    entryPoints: [path.join(root, 'src/cli/reportWorker.ts')], outfile: path.join(root, 'dist/reportWorker.js'),
    bundle: true, platform: 'node', target: 'es2022', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none',
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  await buildReportWorker({ production: process.argv.includes('--production') });
}
