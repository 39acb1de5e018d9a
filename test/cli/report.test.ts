/** Issue 15, item 3: `news-lens report` over files, directories and JSON lines on stdin; the same
 *  output for any --jobs. The worker bundle is built first (scripts/build-report.mjs). */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { ReportIO, runReport } from '../../src/cli/report';
import { parseCsv } from '../core/helpers';

function findRoot(dir: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    const pkg = path.join(d, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'news-lens') return d;
    if (path.dirname(d) === d) throw new Error(`no news-lens package.json above ${dir}`);
  }
}
const ROOT = findRoot(__dirname);
const WORKER = path.join(ROOT, 'dist', 'reportWorker.js');

/** Articles written for this test: one statement drifts over three of them. */
function article(i: number): string {
  const people = ['Ada Okafor', 'Tomas Brennick', 'Lena Hart', 'Piet Varga'];
  const who = people[i % people.length];
  const statement = i % 3 === 0 ? 'We will keep the night ferry running through the winter, whatever the fuel costs'
    : i % 3 === 1 ? 'We will keep the night ferry running through the winter' : 'We will keep the night ferry running all winter, whatever the oil costs';
  return `Story ${i}. The harbour council met on Monday.\n"${statement}," ${who} said.\n` +
    `"The timetable for route ${i} is under review," a spokesman said.\n"Fares will rise in spring for the ${i} islands."\n`;
}

interface Run {
  code: number;
  out: string;
  err: string;
}
async function report(args: string[], stdin = ''): Promise<Run> {
  let out = '';
  let err = '';
  const io: Partial<ReportIO> = {
    out: (s) => (out += s), err: (s) => (err += s), stdin: Object.assign(Readable.from([stdin]), { isTTY: false }),
    stderrIsTTY: false, workerFile: WORKER, cores: 2,
  };
  const code = await runReport(args, io);
  return { code, out, err };
}

describe('cli: news-lens report', function () {
  let dir: string;
  before(() => {
    const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-report.mjs')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-report-'));
    fs.mkdirSync(path.join(dir, 'more'));
    for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(dir, i % 2 ? 'more' : '', `story-${String(i).padStart(2, '0')}.txt`), article(i));
    fs.writeFileSync(path.join(dir, 'notes.json'), '{}');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives the same output with --jobs 1 and --jobs 4, in every format', async () => {
    for (const format of ['json', 'md', 'csv']) {
      const one = await report(['--format', format, '--jobs', '1', dir]);
      const four = await report(['--format', format, '--jobs', '4', dir]);
      assert.equal(one.code, 0, one.err);
      assert.equal(four.code, 0, four.err);
      assert.equal(four.err, '', 'the worker bundle is there: no warning');
      assert.equal(four.out, one.out, format);
    }
  });

  it('prints the JSON shape of the issue', async () => {
    const r = await report(['--format', 'json', '--jobs', '2', dir]);
    const json = JSON.parse(r.out);
    assert.deepEqual(Object.keys(json), ['articles', 'quotes', 'words', 'speakers', 'unnamed', 'unattributed', 'perArticle', 'drift']);
    assert.equal(json.articles, 40);
    const okafor = json.speakers.find((s: { name: string }) => s.name === 'Ada Okafor');
    assert.deepEqual(Object.keys(okafor), ['name', 'kind', 'quotes', 'words', 'share', 'articles']);
    assert.equal(okafor.kind, 'person');
    assert.equal(okafor.articles.length, 10);
    assert.ok(json.unnamed.some((u: { description: string }) => u.description === 'spokesman'));
    // the three wordings of the ferry statement are one drifting statement, over all 40 articles
    const ferry = json.drift.find((g: { statement: string }) => g.statement.includes('night ferry'));
    assert.ok(ferry, JSON.stringify(json.drift.map((g: { statement: string }) => g.statement)));
    assert.equal(ferry.articles, 40);
    assert.equal(ferry.speakerDiffers, true);
    assert.deepEqual(Object.keys(ferry.versions[0]), ['article', 'speaker', 'text', 'start', 'end', 'difference']);
  });

  it('reads JSON lines on stdin, reports bad lines and goes on', async () => {
    const lines = [0, 1, 2].map((i) => JSON.stringify({ id: `wire-${i}`, text: article(i) }));
    const r = await report(['--format', 'json', '--jobs', '1'], [lines[0], 'not json', lines[1], '{"id": 3}', '', lines[2]].join('\n'));
    assert.equal(r.code, 1);
    assert.match(r.err, /stdin line 2: not JSON/);
    assert.match(r.err, /stdin line 4: no "text" string/);
    const json = JSON.parse(r.out);
    assert.equal(json.articles, 3);
    assert.deepEqual(json.perArticle.map((a: { article: string }) => a.article), ['wire-0', 'wire-1', 'wire-2']);
  });

  it('gives the same result for stdin and for files with --jobs 3', async () => {
    const lines = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `a${i}`, text: article(i) })).join('\n');
    const one = await report(['--format', 'csv', '--jobs', '1', '-'], lines);
    const three = await report(['--format', 'csv', '--jobs', '3', '-'], lines);
    assert.equal(three.out, one.out);
    const rows = parseCsv(one.out);
    assert.deepEqual(rows[0], ['section', 'name', 'kind', 'quotes', 'words', 'share', 'articles', 'drift', 'article', 'text']);
    assert.ok(rows.some((r) => r[0] === 'drift'));
  });

  it('adds the perceived-gender estimate only with --gender', async () => {
    const r = await report(['--format', 'json', '--jobs', '1', '--gender', dir]);
    const json = JSON.parse(r.out);
    assert.ok(json.gender, 'a gender block');
    assert.equal(json.speakers.find((s: { name: string }) => s.name === 'Ada Okafor').gender, 'female');
    assert.equal(json.speakers.find((s: { name: string }) => s.name === 'Tomas Brennick').gender, 'male');
    const md = await report(['--jobs', '1', '--gender', dir]);
    assert.match(md.out, /an estimate from names/);
  });

  it('refuses a bad command line with exit code 2', async () => {
    assert.equal((await report(['--jobs', '0', dir])).code, 2);
    assert.equal((await report(['--format', 'xml', dir])).code, 2);
    const missing = await report(['--jobs', '1', path.join(dir, 'nothing-here')]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /nothing-here/);
  });

  it('draws a progress bar on stderr only when it is a terminal', async () => {
    let err = '';
    await runReport(['--jobs', '1', dir], { out: () => {}, err: (s) => (err += s), stderrIsTTY: true, workerFile: WORKER, cores: 1 });
    assert.match(err, /\[#+\] 40\/40 articles\n$/);
    assert.equal((await report(['--jobs', '1', dir])).err, '');
  });
});
