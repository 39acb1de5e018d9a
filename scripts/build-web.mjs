// Web-extension build (vscode.dev / github.dev): bundles src/extension.ts for VS Code's
// webworker extension host, and the browser-extension-host test bundle (mocha inside).
//
//   node scripts/build-web.mjs [--watch] [--production] [--no-tests]
//
//   dist/web/worker.js      the analysis worker it starts (a Web Worker; same core as the desktop)
//   dist/web/extension.js   the package.json "browser" entry: platform browser, CommonJS,
//                           `vscode` external. The build FAILS when anything on this path imports
//                           a Node built-in (fs, path, node:*, ...) or uses a Node-only global
//                           (process, Buffer, __dirname, __filename, global, setImmediate,
//                           require other than require("vscode")); each offending source line
//                           is listed.
//   out/web-test/index.js   test/web/index.ts (extensionTestsPath for the web extension host):
//                           mocha's browser build + test/web/**/*.test.ts in one bundle, with
//                           the same Node-free check.
//
// Also callable from scripts/build.mjs:  import { buildWeb } from './build-web.mjs';
//   await buildWeb({ production, tests: true })  -> { extensionBytes }
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rel = (p) => path.join(root, p);

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Fails the build when a Node built-in module is imported, naming the importer. */
export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.path.startsWith('node:') || NODE_BUILTINS.has(args.path) || NODE_BUILTINS.has(args.path.split('/')[0])) {
        return {
          errors: [{
            text: `Node built-in "${args.path}" is not available in the webworker extension host`,
            detail: `imported by ${path.relative(root, args.importer)}`,
          }],
        };
      }
      return undefined;
    });
  },
};

// Node-only globals. esbuild does not complain about them on platform "browser"; they would throw
// (or silently be undefined) in the webworker at run time.
const NODE_GLOBALS = /(?<![\w$.'"`])(process|Buffer|__dirname|__filename|global|setImmediate|clearImmediate|require)\s*(?=[.([])/g;

/** Scans the project's own sources that went into a bundle for Node-only globals. */
export function nodeGlobalUses(metafile, { allowIn = [] } = {}) {
  const found = [];
  for (const input of Object.keys(metafile.inputs)) {
    if (input.includes('node_modules/') || !/\.[cm]?[tj]s$/.test(input)) continue;
    if (allowIn.some((p) => input.startsWith(p))) continue;
    const lines = fs.readFileSync(path.join(root, input), 'utf8').split('\n');
    let inBlock = false;
    lines.forEach((line, i) => {
      // crude comment stripping: good enough for our sources
      let code = line;
      if (inBlock) {
        const end = code.indexOf('*/');
        if (end < 0) return;
        code = code.slice(end + 2);
        inBlock = false;
      }
      code = code.replace(/\/\*.*?\*\//g, '');
      const start = code.indexOf('/*');
      if (start >= 0) { code = code.slice(0, start); inBlock = true; }
      code = code.replace(/\/\/.*$/, '').replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
      const names = [...code.matchAll(NODE_GLOBALS)].map((m) => m[1]);
      if (names.length) found.push(`${input}:${i + 1}: ${[...new Set(names)].join(', ')} — ${line.trim()}`);
    });
  }
  return found;
}

/** Files with a browser twin: `./spawnWorker` becomes `./spawnWorker.web` (Web Worker, not worker_threads). */
export const webVariants = {
  name: 'web-variants',
  setup(build) {
    build.onResolve({ filter: /^\.{1,2}\/(.*\/)?spawnWorker$/ }, (args) => ({ path: path.join(args.resolveDir, `${args.path}.web.ts`) }));
  },
};

function common(production) {
  return {
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
    sourcemap: !production,
    minify: production,
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
  };
}

export function webBuilds({ production = false, tests = true } = {}) {
  const builds = [{
    name: 'dist/web/extension.js',
    options: { ...common(production), entryPoints: [rel('src/extension.ts')], outfile: rel('dist/web/extension.js'), plugins: [webVariants, noNodeBuiltins] },
  }, {
    // the analysis worker the web extension starts as a Web Worker (src/editor/spawnWorker.web.ts)
    name: 'dist/web/worker.js',
    options: { ...common(production), format: 'iife', entryPoints: [rel('src/worker/webWorker.ts')], outfile: rel('dist/web/worker.js'), plugins: [noNodeBuiltins] },
  }];
  if (tests && fs.existsSync(rel('test/web/index.ts'))) {
    builds.push({
      name: 'out/web-test/index.js',
      options: {
        ...common(false), sourcemap: 'inline', minify: false,
        entryPoints: [rel('test/web/index.ts')], outfile: rel('out/web-test/index.js'),
        // the seed article, for runs without a workspace folder (see test/web/seed.d.ts)
        define: { NEWS_LENS_SEED_TEXT: JSON.stringify(fs.readFileSync(rel('seeds/000_cd49f1154b42ae10.txt'), 'utf8')) },
        plugins: [webVariants, noNodeBuiltins],
      },
    });
  }
  return builds;
}

function report(name, result) {
  const problems = nodeGlobalUses(result.metafile);
  if (problems.length) {
    const err = new Error(`${name}: Node-only globals on the web path:\n  ${problems.join('\n  ')}`);
    err.webProblems = problems;
    throw err;
  }
  const out = Object.entries(result.metafile.outputs).find(([f]) => f.endsWith('.js'));
  return out ? out[1].bytes : 0;
}

/** Builds everything once. Throws (with every problem listed) when the web path is not Node-free. */
export async function buildWeb({ production = false, tests = true } = {}) {
  const sizes = {};
  const errors = [];
  fs.rmSync(rel('out/web-test'), { recursive: true, force: true });
  if (production) fs.rmSync(rel('dist/web/extension.js.map'), { force: true });
  await Promise.all(webBuilds({ production, tests }).map(async ({ name, options }) => {
    try {
      const result = await esbuild.build(options);
      sizes[name] = report(name, result);
    } catch (e) {
      if (e.errors) {
        errors.push(`${name}:\n  ${e.errors.map((x) => `${x.location ? `${x.location.file}:${x.location.line}: ` : ''}${x.text}${x.detail ? ` (${x.detail})` : ''}`).join('\n  ')}`);
      } else errors.push(e.message);
    }
  }));
  if (errors.length) throw new Error(`web build failed:\n${errors.join('\n')}`);
  return sizes;
}

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const production = process.argv.includes('--production');
  const tests = !process.argv.includes('--no-tests');
  if (process.argv.includes('--watch')) {
    for (const { name, options } of webBuilds({ production, tests })) {
      const ctx = await esbuild.context({ ...options, logLevel: 'warning',
        plugins: [...options.plugins, { name: 'check', setup(b) { b.onEnd((r) => { if (r.metafile) { try { report(name, r); } catch (e) { console.error(e.message); } } }); } }] });
      await ctx.watch();
    }
    console.log('watching (web)…');
  } else {
    try {
      const sizes = await buildWeb({ production, tests });
      console.log(`built ${Object.entries(sizes).map(([n, b]) => `${n} (${kb(b)})`).join(', ')}`);
    } catch (e) {
      console.error(e.message);
      process.exit(1);
    }
  }
}
