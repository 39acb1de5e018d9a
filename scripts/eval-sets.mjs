// The evaluation sets of `npm run eval`, how their texts are read, and the two annotators run on
// them: News Lens in process (src/core bundled with esbuild, as scripts/bench.mjs does) and the
// compromise baseline in a child process, its predictions cached.
import * as esbuild from 'esbuild';
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const evalDir = process.env.NEWS_LENS_EVAL_DIR || path.resolve(root, '../shared/eval');
export const outDir = path.join(root, '.run/eval');
const require = createRequire(import.meta.url);

/** The sets, in the order of the report. `block`: what the project did with the set. `golds`: the
 *  gold files score.mjs is given, by what they measure; `speakers`: the gold speakers.mjs reads. */
export function evalSets() {
  const e = (p) => path.join(evalDir, p);
  return [
    { name: 'polnear-train', title: 'polnear/train', block: 'tuned', dirs: [e('polnear/train/texts')],
      golds: { quotes: [e('polnear/train/gold.jsonl')] }, speakers: e('polnear/train/gold.jsonl') },
    { name: 'conll-dev', title: 'conll/dev', block: 'tuned', dirs: [e('conll/dev/texts')],
      golds: { prose: [e('conll/dev/gold_prose.jsonl')], all: [e('conll/dev/gold.jsonl')] } },
    { name: 'polnear-dev', title: 'polnear/dev', block: 'unseen', dirs: [e('polnear/dev/texts')],
      golds: { quotes: [e('polnear/dev/gold.jsonl')] }, speakers: e('polnear/dev/gold.jsonl') },
    { name: 'wikinews', title: 'Wikinews + seeds', block: 'earlier', dirs: [e('texts'), path.join(root, 'seeds')],
      golds: { all: [e('gold/gum.jsonl'), e('gold/seeds.jsonl')] } },
  ];
}

export const BLOCKS = {
  tuned: 'Tuned on: the rules were fitted to these sets',
  unseen: 'Not tuned on (unseen): measured, never looked into',
  earlier: 'Tuned on earlier: the first gold set, fitted before the larger sets came',
};

export const readJsonl = (f) => fs.readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

/** The article files under the set's folders, as `news-lens annotate DIR…` finds them. */
export function articleFiles(set) {
  const walk = (dir) => fs.readdirSync(dir).sort().flatMap((n) => {
    const p = path.join(dir, n);
    return fs.statSync(p).isDirectory() ? walk(p) : /\.(txt|md|markdown)$/i.test(n) ? [p] : [];
  });
  return set.dirs.flatMap(walk);
}

/** A file's text as the CLI's readArticle gives it: UTF-16 by its byte-order mark, otherwise UTF-8
 *  with a byte-order mark dropped. */
export function readText(file) {
  const buf = fs.readFileSync(file);
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    const le = Buffer.from(buf.subarray(2, buf.length - (buf.length % 2)));
    le.swap16();
    return le.toString('utf16le');
  }
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** src/core bundled into .run/eval/core.cjs, so the figures are always those of the current source.
 *  NEWS_LENS_EVAL_CORE names another core's index.ts (a scratch copy, another worktree). */
export async function loadCore() {
  fs.mkdirSync(outDir, { recursive: true });
  const bundle = path.join(outDir, 'core.cjs');
  const entry = process.env.NEWS_LENS_EVAL_CORE ? path.resolve(process.env.NEWS_LENS_EVAL_CORE) : path.join(root, 'src/core/index.ts');
  await esbuild.build({ entryPoints: [entry], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'warning' });
  delete require.cache[bundle];
  return require(bundle);
}

/** News Lens's records for the articles, as `news-lens annotate --explain` prints them. Like the
 *  CLI, an article whose analysis throws gets no record; its error goes into `failures`. */
export function annotate(core, articles, options = {}, failures = []) {
  const records = [];
  for (const a of articles) {
    try {
      records.push(core.toRecord(a.file, core.analyze(a.text, options), true));
    } catch (e) {
      failures.push(`${a.file}: the analysis failed (${e instanceof Error ? `${e.name}: ${e.message}` : String(e)})`);
    }
  }
  return records;
}

export const writeJsonl = (file, records) => fs.writeFileSync(file, records.map((r) => JSON.stringify(r) + '\n').join(''));

/** compromise's records for the set: from the cache under .run/eval/compromise/ when the texts,
 *  compromise, world-countries and the baseline script are unchanged, otherwise from a child process
 *  running scripts/compromise-annotate.mjs (which then fills the cache). Resolves to
 *  { file, cached, ms }. */
export function compromiseFor(set, files) {
  const hash = crypto.createHash('sha256');
  const version = (pkg) => JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  hash.update(`compromise ${version('compromise')} world-countries ${version('world-countries')}\n`);
  hash.update(fs.readFileSync(path.join(root, 'scripts/compromise-annotate.mjs')));
  for (const f of files) hash.update(`\n${f}\n`).update(fs.readFileSync(f));
  const dir = path.join(outDir, 'compromise');
  const file = path.join(dir, `${set.name}-${hash.digest('hex').slice(0, 16)}.jsonl`);
  if (fs.existsSync(file)) return Promise.resolve({ file, cached: true, ms: 0 });
  fs.mkdirSync(dir, { recursive: true });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // the child writes straight into the file: this thread may be busy analysing meanwhile
    const tmp = `${file}.part`;
    const out = fs.openSync(tmp, 'w');
    const child = spawn(process.execPath, [path.join(root, 'scripts/compromise-annotate.mjs'), ...set.dirs], { cwd: root, stdio: ['ignore', out, 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => {
      fs.closeSync(out);
      if (code !== 0) return reject(new Error(`compromise-annotate.mjs failed on ${set.title} (exit ${code})`));
      fs.renameSync(tmp, file);
      resolve({ file, cached: false, ms: performance.now() - started });
    });
  });
}
