// Accuracy of News Lens, beside the compromise baseline, on the gold sets in ../shared/eval
// (NEWS_LENS_EVAL_DIR overrides), in three blocks named for what the project did with them:
//   tuned on         polnear/train (quotes, speakers), conll/dev (person, organization, country)
//   not tuned on     polnear/dev: the unseen set, measured only
//   tuned on earlier the 24 Wikinews articles and the two seeds
//
//   npm run eval [-- --no-build] [-- --no-compromise] [-- --set NAME]   (NAME: polnear-train,
//                conll-dev, polnear-dev, wikinews; repeat --set for several)
//   npm run eval -- --rules [--no-build] [--set NAME]   what each rule is worth (scripts/eval-rules.mjs)
//
// News Lens runs in process (src/core bundled by esbuild; the records are what `news-lens annotate
// --explain` prints); compromise runs in a child process beside it, and its predictions are cached
// under .run/eval/compromise/ (keyed by the texts, compromise's version and the baseline script), so
// only the first run pays for it. The predictions are written to .run/eval/SET.TOOL.jsonl and scored
// by the shared score.mjs and speakers.mjs themselves (--json; run them on those files for their full
// tables). Prints a Markdown table per block and, last, one JSON line of all the figures.
// NEWS_LENS_EVAL_CORE=path/to/core/index.ts measures another source tree (a scratch copy, a worktree).
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { annotate, articleFiles, BLOCKS, compromiseFor, evalDir, evalSets, loadCore, outDir, readText, root, writeJsonl } from './eval-sets.mjs';

const USAGE = 'usage: npm run eval [-- --no-build] [-- --no-compromise] [-- --set NAME]... [-- --rules]';
const args = process.argv.slice(2);
const options = { build: true, compromise: true, rules: false, sets: [] };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--no-build') options.build = false;
  else if (a === '--no-compromise') options.compromise = false;
  else if (a === '--compromise') options.compromise = true; // the old opt-in, now the default
  else if (a === '--rules') options.rules = true;
  else if (a === '--set' && args[i + 1]) options.sets.push(args[++i].replace('/', '-'));
  else if (a.startsWith('--set=')) options.sets.push(a.slice(6).replace('/', '-'));
  else if (a === '-h' || a === '--help') { console.log(USAGE); process.exit(0); }
  else { console.error(`unknown argument ${a}\n${USAGE}`); process.exit(2); }
}
if (!fs.existsSync(path.join(evalDir, 'score.mjs'))) {
  console.error(`no evaluation data at ${evalDir} (set NEWS_LENS_EVAL_DIR)`);
  process.exit(2);
}
const known = evalSets().map((s) => s.name);
for (const s of options.sets) if (!known.includes(s)) { console.error(`unknown set ${s}: one of ${known.join(', ')}`); process.exit(2); }
const sets = evalSets().filter((s) => !options.sets.length || options.sets.includes(s.name));

if (options.build) execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
if (options.rules) {
  const { runRules } = await import('./eval-rules.mjs');
  process.exit(await runRules(sets));
}

const started = performance.now();
const core = await loadCore();
const run = promisify(execFile);
const scoreJson = async (script, golds, pred) => {
  const gold = script === 'speakers.mjs' ? ['--gold', golds] : golds.flatMap((g) => ['--gold', g]);
  const { stdout } = await run(process.execPath, [path.join(evalDir, script), ...gold, '--pred', pred, '--json'], { maxBuffer: 1 << 26 });
  return JSON.parse(stdout);
};

// compromise's children run one after another beside News Lens, which runs on this thread
const files = new Map(sets.map((s) => [s.name, articleFiles(s)]));
const compromiseRuns = new Map();
async function runCompromise() {
  for (const s of sets) compromiseRuns.set(s.name, await compromiseFor(s, files.get(s.name)));
}
// a failure is reported once News Lens is done, not as an unhandled rejection in the middle of it
const compromiseFailure = options.compromise ? runCompromise().then(() => null, (e) => e) : Promise.resolve(null);

const results = {};
const scoring = [];
const timings = { newsLensMs: {}, compromiseMs: {} };
for (const set of sets) {
  const articles = files.get(set.name).map((file) => ({ file, text: readText(file) }));
  const t0 = performance.now();
  const failures = [];
  const records = annotate(core, articles, {}, failures);
  for (const f of failures) console.error(`news-lens: ${f}`);
  timings.newsLensMs[set.name] = Math.round(performance.now() - t0);
  const pred = path.join(outDir, `${set.name}.news-lens.jsonl`);
  writeJsonl(pred, records);
  results[set.name] = { articles: articles.length };
  // the scorers run in child processes while the next set is analysed
  scoring.push(figures(set, pred).then((f) => { results[set.name].newsLens = f; }));
}
await Promise.all(scoring);
const failure = await compromiseFailure;
if (failure) {
  console.error(`compromise: ${failure.message} (npm run eval -- --no-compromise leaves it out)`);
  process.exit(1);
}
for (const set of sets) {
  if (!options.compromise) break;
  const c = compromiseRuns.get(set.name);
  timings.compromiseMs[set.name] = c.cached ? 'cached' : Math.round(c.ms);
  scoring.push(figures(set, c.file).then((f) => { results[set.name].compromise = f; }));
}
await Promise.all(scoring);
timings.totalMs = Math.round(performance.now() - started);

/** The figures of one prediction file on one set, as score.mjs and speakers.mjs give them. */
async function figures(set, pred) {
  const f = {};
  const mention = (s, k) => s.entities[k].mention;
  if (set.golds.quotes) {
    const [s, sp] = await Promise.all([scoreJson('score.mjs', set.golds.quotes, pred), scoreJson('speakers.mjs', set.speakers, pred)]);
    Object.assign(f, quoteFigures(s.quotes), { namedSourceSpeakerAccuracy: sp['named-source']?.accuracy ?? 0, namedSourceQuotes: sp['named-source']?.found ?? 0 });
  }
  const [prose, all] = await Promise.all([set.golds.prose, set.golds.all].map((golds) => golds && scoreJson('score.mjs', golds, pred)));
  if (prose) for (const k of ['person', 'organization', 'country']) f[`prose.${k}`] = pick(mention(prose, k));
  if (all && prose) f['all.organization'] = pick(mention(all, 'organization'));
  else if (all) {
    for (const k of ['person', 'organization', 'country']) f[k] = { ...pick(mention(all, k)), fragmentation: all.entities[k].entity.fragmentation };
    f.eventRecall = all.entities.event.entity.R;
    Object.assign(f, quoteFigures(all.quotes));
  }
  return f;
}
function pick(m) {
  return { F1: m.F1, P: m.P, R: m.R, gold: m.gold };
}
function quoteFigures(q) {
  return { quote: { F1: q.F1, P: q.P, R: q.R, gold: q.gold }, speakerAccuracy: q.speakerAccuracy, quoteSpeakerF1: q.attributionF1 };
}

// ---- the tables
const pct = (x) => (x == null ? '–' : (100 * x).toFixed(1));
const prf = (m) => (m ? `${pct(m.F1)} (P ${pct(m.P)}, R ${pct(m.R)})` : '–');
/** Rows of one set: [measure, value of a figures object, true where compromise has nothing to give]. */
function rows(set) {
  if (set.golds.quotes) {
    return [
      ['quote F1', (f) => prf(f.quote)],
      ['speaker accuracy, every quote with a known speaker', (f) => pct(f.speakerAccuracy), true],
      ['speaker accuracy, named-source quotes (reliable gold)', (f) => pct(f.namedSourceSpeakerAccuracy), true],
    ];
  }
  if (set.golds.prose) {
    return [
      ...['person', 'organization', 'country'].map((k) => [`${k} mention F1, prose stories`, (f) => prf(f[`prose.${k}`])]),
      ['organization mention F1, all stories (tables too)', (f) => prf(f['all.organization'])],
    ];
  }
  return [
    ...['person', 'organization', 'country'].map((k) => [`${k} mention F1`, (f) => prf(f[k])]),
    ['event entity recall', (f) => pct(f.eventRecall), true],
    ['quote F1', (f) => prf(f.quote)],
    ['speaker accuracy', (f) => pct(f.speakerAccuracy), true],
    ['quote+speaker F1', (f) => pct(f.quoteSpeakerF1), true],
    ['fragmentation: extra entities per real one (person / org. / country)', (f) => ['person', 'organization', 'country'].map((k) => f[k].fragmentation.toFixed(2)).join(' / ')],
  ];
}
const lines = [];
for (const [block, heading] of Object.entries(BLOCKS)) {
  const inBlock = sets.filter((s) => s.block === block);
  if (!inBlock.length) continue;
  lines.push(`### ${heading}`, '', `| set | measure | News Lens | compromise |`, '|---|---|---|---|');
  for (const set of inBlock) {
    const r = results[set.name];
    for (const [measure, value, newsLensOnly] of rows(set)) {
      const baseline = !r.compromise ? 'not run' : newsLensOnly ? '– (none)' : value(r.compromise);
      lines.push(`| ${set.title} (${r.articles}) | ${measure} | ${value(r.newsLens)} | ${baseline} |`);
    }
  }
  lines.push('');
}
lines.push('Figures in per cent, from score.mjs and speakers.mjs; (n) is the number of articles. compromise names no speakers and no events: "– (none)".');
const secs = (ms) => (typeof ms === 'number' ? `${(ms / 1000).toFixed(1)} s` : ms);
lines.push(`Time: News Lens ${sets.map((s) => `${s.title} ${secs(timings.newsLensMs[s.name])}`).join(', ')}` +
  (options.compromise ? `; compromise ${sets.map((s) => `${s.title} ${secs(timings.compromiseMs[s.name])}`).join(', ')}` : '') + `; in all ${secs(timings.totalMs)}.`);
console.log(lines.join('\n'));
console.log(JSON.stringify({ evalDir, sets: Object.fromEntries(sets.map((s) => [s.name, { block: s.block, ...results[s.name] }])), timings }));
