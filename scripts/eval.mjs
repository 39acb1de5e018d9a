// Accuracy on the gold articles in ../shared/eval (24 Wikinews articles + the two seeds).
//   npm run eval [-- --no-build] [-- --compromise]
// Runs `news-lens annotate` over the texts, scores the output with the shared score.mjs and prints
// its table; --compromise also scores the compromise baseline (scripts/compromise-annotate.mjs).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const evalDir = process.env.NEWS_LENS_EVAL_DIR || path.resolve(root, '../shared/eval');
const seedsDir = path.join(root, 'seeds');
const outDir = path.join(root, '.run/eval');
const args = process.argv.slice(2);

if (!fs.existsSync(path.join(evalDir, 'score.mjs'))) {
  console.error(`no evaluation data at ${evalDir} (set NEWS_LENS_EVAL_DIR)`);
  process.exit(2);
}
if (!args.includes('--no-build')) execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
fs.mkdirSync(outDir, { recursive: true });
const texts = path.join(evalDir, 'texts');
const golds = fs.readdirSync(path.join(evalDir, 'gold')).filter((f) => f.endsWith('.jsonl')).flatMap((f) => ['--gold', path.join(evalDir, 'gold', f)]);

function score(name, annotateCmd) {
  const pred = path.join(outDir, `${name}.jsonl`);
  const r = spawnSync(process.execPath, [...annotateCmd, texts, seedsDir], { cwd: root, maxBuffer: 1 << 28, encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  fs.writeFileSync(pred, r.stdout);
  const s = spawnSync(process.execPath, [path.join(evalDir, 'score.mjs'), ...golds, '--pred', pred], { encoding: 'utf8' });
  console.log(`\n== ${name}\n${s.stdout}${s.stderr}`);
  return s.status;
}

let status = score('news-lens', [path.join(root, 'dist/cli.js'), 'annotate']);
if (args.includes('--compromise')) status ||= score('compromise', [path.join(root, 'scripts/compromise-annotate.mjs')]);
process.exit(status);
