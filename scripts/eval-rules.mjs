// npm run eval -- --rules: what each rule is worth, on the sets the rules are tuned on (polnear/train,
// conll/dev, Wikinews + seeds; never polnear/dev, the unseen set). For every rule of allRules():
//   fired      how many mentions (Mention.rule) and quotes (Quote.speakerRule) name it as their rule
//   precision  of its mentions that score.mjs counts, the share that overlap a gold name of their kind
//              (only where the set's gold annotates that kind; the JSON also gives how many the scorer
//              matched one to one); of its quotes matched to a gold quote
//              with a known speaker, the share whose speaker is right (names compared as score.mjs does)
//   Δ off      how the set's figures move, in points, when only this rule is switched off
//              (analyze(text, { disabledRules: new Set([id]) }))
// A rule that fires nowhere, or whose switching off raises a figure, is flagged as a candidate for
// removal ("mixed" when it also lowers one). The texts are read once, the analysis runs in process
// and is scored by eval-score.mjs, whose figures are checked against score.mjs's and speakers.mjs's
// own on the unaltered analysis first.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { annotate, articleFiles, evalDir, evalSets, loadCore, outDir, readJsonl, readText, writeJsonl } from './eval-sets.mjs';
import { goldById } from './eval-score.mjs';
import { annotatedKinds, deltas, measure, tallyRules, verdict } from './eval-report.mjs';

const SHORT = { 'polnear-train': 'pt', 'conll-dev': 'cd', wikinews: 'wn' };

export async function runRules(requested) {
  const started = performance.now();
  const sets = requested.filter((s) => s.block !== 'unseen');
  if (!sets.length) {
    console.error('--rules measures the sets the rules are tuned on, never polnear/dev (the unseen set)');
    return 2;
  }
  const core = await loadCore();
  const rules = [...core.allRules()].sort((a, b) => a.table.localeCompare(b.table) || a.id.localeCompare(b.id));
  const data = sets.map((set) => {
    const gold = {};
    for (const [name, files] of Object.entries(set.golds)) {
      const lists = files.map(readJsonl);
      gold[name] = { records: lists.flat(), byId: goldById(lists) };
    }
    const judging = gold.all ?? gold.quotes;
    return { set, gold, judgedKinds: annotatedKinds(judging.records), articles: articleFiles(set).map((file) => ({ file, text: readText(file) })) };
  });

  // the unaltered analysis, and the check that eval-score.mjs scores it as the shared scorers do
  const base = new Map();
  for (const d of data) {
    const failures = [];
    const records = annotate(core, d.articles, {}, failures);
    for (const f of failures) console.error(`news-lens: ${f}`);
    const { figures, answers } = measure(d.gold, records, evalDir);
    const pred = path.join(outDir, `${d.set.name}.rules-base.jsonl`);
    writeJsonl(pred, records.map(stripMarks));
    for (const [name, answer] of Object.entries(answers)) {
      const script = name === 'speakers' ? 'speakers.mjs' : 'score.mjs';
      const golds = name === 'speakers' ? ['--gold', d.set.speakers] : d.set.golds[name].flatMap((g) => ['--gold', g]);
      const theirs = JSON.parse(execFileSync(process.execPath, [path.join(evalDir, script), ...golds, '--pred', pred, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
      assert.deepEqual(JSON.parse(JSON.stringify(answer)), theirs, `eval-score.mjs disagrees with ${script} on ${d.set.title} (${name})`);
    }
    base.set(d.set.name, { figures, tally: tallyRules(records, d.judgedKinds) });
  }
  const baseMs = performance.now() - started;

  const known = new Set(rules.map((r) => r.id));
  const unknown = new Set(data.flatMap((d) => [...base.get(d.set.name).tally.keys()].filter((id) => !known.has(id))));
  const report = [];
  for (const rule of rules) {
    const row = { id: rule.id, table: rule.table, fired: {}, precision: {}, judged: {}, delta: {} };
    for (const d of data) {
      const b = base.get(d.set.name);
      const t = b.tally.get(rule.id) ?? { fired: 0, judged: 0, right: 0, matched: 0 };
      row.fired[d.set.name] = t.fired;
      row.precision[d.set.name] = t.judged ? t.right / t.judged : null;
      row.judged[d.set.name] = { judged: t.judged, right: t.right, matched: t.matched };
      const failures = [];
      const off = measure(d.gold, annotate(core, d.articles, { disabledRules: new Set([rule.id]) }, failures), evalDir).figures;
      if (failures.length) row.failures = [...(row.failures ?? []), ...failures];
      row.delta[d.set.name] = deltas(b.figures, off);
    }
    row.flag = verdict(Object.values(row.fired).reduce((a, b) => a + b, 0), row.delta);
    if (row.failures) row.flag = `the analysis throws on ${row.failures.length} article(s) when it is off; ${row.flag}`;
    report.push(row);
  }
  const totalMs = performance.now() - started;
  print(sets, rules, report, base, unknown, { baseMs, totalMs });
  return 0;
}

/** A record without the scorer's marks, as the CLI prints it. */
function stripMarks(record) {
  return JSON.parse(JSON.stringify(record, (k, v) => (k === 'scored' ? undefined : v)));
}

function print(sets, rules, report, base, unknown, { baseMs, totalMs }) {
  const names = sets.map((s) => s.name);
  const short = names.map((n) => SHORT[n]).join(' / ');
  const pct = (x) => (x == null ? '–' : (100 * x).toFixed(1));
  // a move under a hundredth of a point keeps one significant digit rather than print as 0.00
  const signed = (d) => `${d > 0 ? '+' : '−'}${Math.abs(d) >= 0.01 ? Math.abs(d).toFixed(2) : Math.abs(d).toPrecision(1)}`;
  const lines = [
    `### What each rule is worth (${sets.map((s) => `${SHORT[s.name]} = ${s.title}`).join(', ')}; polnear/dev, the unseen set, is not used)`,
    '',
    `| table | rule | fired ${short} | precision % ${short} | when switched off (points) | flag |`,
    '|---|---|---|---|---|---|',
  ];
  for (const r of report) {
    const moved = names.flatMap((n) => Object.entries(r.delta[n]).map(([f, d]) => `${SHORT[n]} ${f} ${signed(d)}`)).join('; ') || 'no change';
    lines.push(`| ${r.table} | ${r.id} | ${names.map((n) => r.fired[n]).join(' / ')} | ${names.map((n) => pct(r.precision[n])).join(' / ')} | ${moved} | ${r.flag} |`);
  }
  if (!rules.length) lines.push('| – | no rules registered (allRules() is empty) | | | | |');
  const flagged = report.filter((r) => r.flag.includes('candidate'));
  lines.push('', `Candidates for removal: ${flagged.length ? flagged.map((r) => r.id).join(', ') : 'none'}.`);
  if (unknown.size) lines.push(`Rule ids in the output that allRules() does not list: ${[...unknown].join(', ')}.`);
  lines.push(`Figures when every rule is on: ${names.map((n) => `${SHORT[n]} ${Object.entries(base.get(n).figures).map(([f, v]) => `${f} ${pct(v)}`).join(', ')}`).join('; ')}.`);
  lines.push(`Precision: of the mentions score.mjs counts, the share overlapping a gold name of their kind; quotes matched to a gold quote with a known speaker and given that speaker. – where the gold cannot judge.`);
  lines.push(`Time: ${(totalMs / 1000).toFixed(1)} s for ${rules.length} rules (the unaltered analysis and the scorer check ${(baseMs / 1000).toFixed(1)} s).`);
  console.log(lines.join('\n'));
  console.log(JSON.stringify({
    rules: report, unknownRuleIds: [...unknown],
    baseline: Object.fromEntries(names.map((n) => [n, base.get(n).figures])),
    timings: { totalMs: Math.round(totalMs), baselineMs: Math.round(baseMs) },
  }));
}
