// Throughput of `news-lens report` on generated articles, with one job and with all cores.
//   node scripts/bench-report.mjs [--articles N]     (default 10000; needs `npm run build`)
// NEWS_LENS_CLI=path/to/cli.js measures another build (its reportWorker.js beside it).
// Prints JSON: articles, megabytes, cores, one run per --jobs with seconds, articles/s and MB/s,
// and whether the outputs of the runs were identical.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const count = arg('--articles', 10000);
const cores = os.availableParallelism?.() ?? os.cpus().length;
const cli = process.env.NEWS_LENS_CLI ?? path.join(root, 'dist', 'cli.js');
if (!fs.existsSync(path.join(path.dirname(cli), 'reportWorker.js'))) {
  console.error('bench-report: build first (npm run build)');
  process.exit(1);
}

// invented people, places and statements; a few statements drift from article to article
const FIRST = ['Ada', 'Tomas', 'Lena', 'Piet', 'Mara', 'Jonas', 'Ines', 'Karl', 'Rosa', 'Emil'];
const LAST = ['Okafor', 'Brennick', 'Hart', 'Varga', 'Lindqvist', 'Moreau', 'Sato', 'Novak', 'Quill', 'Dunmore'];
const TOPICS = ['ferry', 'bridge', 'school', 'clinic', 'harbour', 'library', 'tram line', 'water plant'];
const STATEMENTS = [
  'We will keep the night service running through the winter, whatever the fuel costs',
  'Nobody asked the people who actually live here what they wanted',
  'The budget for next year has not been decided and every option is open',
  'We have seen no evidence that the repairs were done on time',
];
let seed = 42;
const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
const pick = (xs) => xs[rand(xs.length)];

function article(i) {
  const topic = pick(TOPICS);
  const a = `${pick(FIRST)} ${pick(LAST)}`;
  const b = `${pick(FIRST)} ${pick(LAST)}`;
  let statement = pick(STATEMENTS);
  if (rand(3) === 0) statement = statement.split(' ').slice(0, 8).join(' '); // trimmed
  const paragraphs = [
    `The ${topic} in district ${i % 97} will close for three months from March, the Harbour Council said on Tuesday.`,
    `"${statement}," said ${a}, who chairs the council's transport committee.`,
    `Residents gathered outside the town hall that evening. "We were told about this in a leaflet," said ${b}, a teacher who has lived in the district for ${10 + (i % 30)} years. "It is not good enough."`,
    `A spokesman for the council said: "The work cannot wait any longer, and we are sorry for the trouble it causes."`,
    `${a.split(' ')[1]} said the council would publish a full timetable next week. "We owe people the details," ${a.split(' ')[1]} said.`,
    `The ${topic} was opened in ${1950 + (i % 60)} and last renovated two decades ago. Engineers found cracks in the supporting walls during an inspection in the autumn, according to a report seen by this newspaper.`,
    `"There is no risk to the public at the moment," an official said, asking not to be named.`,
  ];
  return paragraphs.join('\n\n') + '\n';
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-bench-report-'));
let bytes = 0;
for (let i = 0; i < count; i++) {
  const sub = path.join(dir, String(Math.floor(i / 1000)));
  if (i % 1000 === 0) fs.mkdirSync(sub);
  const text = article(i);
  bytes += Buffer.byteLength(text);
  fs.writeFileSync(path.join(sub, `article-${i}.txt`), text);
}

const runs = [];
const outputs = [];
for (const jobs of [...new Set([1, cores])]) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, 'report', '--format', 'json', '--jobs', String(jobs), dir], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  outputs.push(r.stdout);
  runs.push({ jobs, seconds: +seconds.toFixed(2), articlesPerSecond: Math.round(count / seconds), mbPerSecond: +(bytes / 1048576 / seconds).toFixed(2) });
}
fs.rmSync(dir, { recursive: true, force: true });
const report = JSON.parse(outputs[0]);
console.log(JSON.stringify({
  articles: count, megabytes: +(bytes / 1048576).toFixed(1), cores, quotes: report.quotes, driftingStatements: report.drift.length,
  runs, identical: outputs.every((o) => o === outputs[0]),
}, null, 2));
