/** The command line, run as a user runs it: `node dist/cli.js annotate …` in a child process
 *  (issue 3, item 4: the record shape and offsets; issue 7: bad input). Set NEWS_LENS_CLI to test
 *  another build of the CLI. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze, toRecord } from '../../src/core';
import { main, readArticle } from '../../src/cli';
import { parseCsv } from '../core/helpers';

function findRoot(dir: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    const pkg = path.join(d, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'news-lens') return d;
    if (path.dirname(d) === d) throw new Error(`no news-lens package.json above ${dir}`);
  }
}
const ROOT = findRoot(__dirname);
const CLI = process.env.NEWS_LENS_CLI ?? path.join(ROOT, 'dist', 'cli.js');
const SEED = path.join(ROOT, 'seeds', fs.readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort()[0]);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}
function cli(args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1048576, timeout: 180_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
/** fn() run with dir as the working directory, as the binary runs in it. */
function inDir<T>(dir: string, fn: () => T): T {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return fn();
  } finally {
    process.chdir(cwd);
  }
}
const jsonl = (stdout: string) => stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** A record as the contract has it: {file, entities[{id,kind,name,mentions[{start,end,text}]}],
 *  quotes[{start,end,text,speaker,speakerId}]}; extra fields are allowed. */
function assertRecordShape(r: any, text: string): void {
  assert.equal(typeof r.file, 'string');
  assert.ok(Array.isArray(r.entities) && Array.isArray(r.quotes), 'entities and quotes are arrays');
  const ids = new Map<string, string>();
  for (const e of r.entities) {
    assert.equal(typeof e.id, 'string');
    assert.ok(['person', 'country', 'organization', 'event'].includes(e.kind), `kind ${e.kind}`);
    assert.equal(typeof e.name, 'string');
    assert.ok(Array.isArray(e.mentions) && e.mentions.length > 0);
    ids.set(e.id, e.name);
    for (const m of e.mentions) {
      assert.ok(Number.isInteger(m.start) && Number.isInteger(m.end) && 0 <= m.start && m.start <= m.end && m.end <= text.length, `mention offsets ${m.start}-${m.end}`);
      assert.equal(typeof m.text, 'string');
      assert.equal(text.slice(m.start, m.end), m.text, `${e.id}: the mention at ${m.start} is not the text there`);
    }
  }
  for (const q of r.quotes) {
    assert.ok(Number.isInteger(q.start) && Number.isInteger(q.end) && 0 <= q.start && q.start <= q.end && q.end <= text.length, `quote offsets ${q.start}-${q.end}`);
    assert.equal(typeof q.text, 'string');
    assert.ok(text.slice(q.start, q.end).includes(q.text), `the quote at ${q.start} is not the text there`);
    assert.ok('speaker' in q && 'speakerId' in q, 'quotes have speaker and speakerId, null when unknown');
    if (q.speakerId === null) assert.equal(q.speaker, null);
    else {
      assert.ok(ids.has(q.speakerId), `speakerId ${q.speakerId} names no entity`);
      assert.equal(q.speaker, ids.get(q.speakerId));
    }
  }
}


// an article with a byte-order mark, CRLF line ends and characters outside the BMP
const ODD_TEXT = [
  'Kerry and Lavrov meet again 🇺🇸🇷🇺',
  '',
  'GENEVA (AP) — U.S. Secretary of State John Kerry 😀 sat down with Russian Foreign Minister Sergey Lavrov on Friday 👩‍👩‍👧.',
  '',
  '"We made progress 🎉, real progress," Kerry told reporters. 𝐁𝐨𝐥𝐝 letters and 北京 stay in the text.',
  '',
  '“The talks will go on,” Lavrov said.',
  '',
].join('\r\n');
const MD_TEXT = '# Talks in Geneva\n\nJohn Kerry met Sergey Lavrov.\n\n"It was useful," Lavrov said.\n';

describe('cli: news-lens annotate', function () {
  this.timeout(180_000);
  let dir: string;

  before(function () {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-cli-'));
    fs.writeFileSync(path.join(dir, 'odd.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ODD_TEXT, 'utf8')]));
    fs.writeFileSync(path.join(dir, 'notes.md'), MD_TEXT);
    // a directory of mixed files
    const mixed = path.join(dir, 'mixed');
    fs.mkdirSync(path.join(mixed, 'sub', 'deeper'), { recursive: true });
    fs.copyFileSync(SEED, path.join(mixed, 'a.txt'));
    fs.writeFileSync(path.join(mixed, 'b.md'), MD_TEXT);
    fs.writeFileSync(path.join(mixed, 'c.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    fs.writeFileSync(path.join(mixed, 'data.json'), '{"not": "an article"}');
    fs.writeFileSync(path.join(mixed, 'README'), 'no extension');
    // not articles, as in the editor: a README and a changelog, and build and dependency folders
    fs.writeFileSync(path.join(mixed, 'README.md'), '# How to use this folder\n');
    fs.writeFileSync(path.join(mixed, 'changelog.txt'), 'Version 2 fixed things.\n');
    fs.mkdirSync(path.join(mixed, 'node_modules', 'pkg'), { recursive: true });
    fs.writeFileSync(path.join(mixed, 'node_modules', 'pkg', 'notes.md'), 'A package note.\n');
    fs.mkdirSync(path.join(mixed, 'out'));
    fs.writeFileSync(path.join(mixed, 'out', 'copy.txt'), 'A build copy.\n');
    fs.writeFileSync(path.join(mixed, 'sub', 'inner.TXT'), 'John Kerry spoke.\n');
    fs.writeFileSync(path.join(mixed, 'sub', 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    fs.writeFileSync(path.join(mixed, 'sub', 'deeper', 'x.markdown'), '"Deep," he said.\n');
    // bad inputs
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x4a, 0x6f, 0x68, 0x6e, 0, 1, 2, 3, 0xff, 0xfe, 0, 0]));
    fs.writeFileSync(path.join(dir, 'locked.txt'), 'John Kerry said nothing.\n');
    fs.symlinkSync(path.join(dir, 'does-not-exist.txt'), path.join(dir, 'broken.txt'));
  });

  after(() => {
    if (!dir) return;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const oddText = () => ODD_TEXT; // the text as VS Code holds it: BOM dropped, CRLF kept

  describe('output', () => {
    it('jsonl: one record per file, in the documented shape, file as given', () => {
      const r = cli(['annotate', 'odd.txt', 'notes.md'], dir);
      assert.equal(r.stderr, '');
      assert.equal(r.status, 0);
      assert.ok(r.stdout.endsWith('\n'));
      const records = jsonl(r.stdout);
      assert.equal(records.length, 2);
      assert.deepEqual(records.map((x) => x.file), ['odd.txt', 'notes.md']);
      assertRecordShape(records[0], oddText());
      assertRecordShape(records[1], MD_TEXT);
      assert.ok(records[0].entities.length > 0 && records[0].quotes.length > 0, 'the odd article has entities and quotes');
    });

    it('offsets are UTF-16 code units into the text without its BOM, CRLF kept, emoji as two units', () => {
      const [rec] = jsonl(cli(['annotate', 'odd.txt'], dir).stdout);
      const text = oddText();
      assertRecordShape(rec, text);
      // the very numbers the core gives on the same JS string
      assert.deepEqual(rec, JSON.parse(JSON.stringify(toRecord('odd.txt', analyze(text)))));
      // mentions after the BOM, the CRLFs and the astral characters are where a JS string has them
      const all = rec.entities.flatMap((e: any) => e.mentions);
      const lavrov = text.lastIndexOf('Lavrov said');
      assert.ok(all.some((m: any) => m.start === lavrov && m.text === 'Lavrov'), `a mention of Lavrov at ${lavrov}`);
      const kerry = text.indexOf('John Kerry');
      assert.ok(all.some((m: any) => m.start === kerry), `a mention at ${kerry} (John Kerry)`);
      const quote = rec.quotes.find((q: any) => q.text.includes('The talks will go on'));
      assert.ok(quote, 'the curly quote is found');
      assert.equal(quote.start, text.indexOf('“The talks'));
    });

    it('--format json: one array of the same records', () => {
      const a = cli(['annotate', 'odd.txt', 'notes.md'], dir);
      const b = cli(['annotate', '--format', 'json', 'odd.txt', 'notes.md'], dir);
      assert.equal(b.status, 0);
      assert.equal(b.stderr, '');
      const parsed = JSON.parse(b.stdout);
      assert.ok(Array.isArray(parsed));
      assert.deepEqual(parsed, jsonl(a.stdout));
      assert.deepEqual(JSON.parse(cli(['annotate', '--format=json', 'odd.txt', 'notes.md'], dir).stdout), parsed);
    });

    it('--format md: every quote of every file, with its speaker and line', () => {
      const records = jsonl(cli(['annotate', 'odd.txt', 'notes.md'], dir).stdout);
      const r = cli(['annotate', '--format', 'md', 'odd.txt', 'notes.md'], dir);
      assert.equal(r.status, 0);
      assert.ok(r.stdout.includes('# Quotes in odd.txt'));
      assert.ok(r.stdout.includes('# Quotes in notes.md'));
      const items = r.stdout.split('\n').filter((l) => /^\d+\. \*\*/.test(l));
      assert.equal(items.length, records[0].quotes.length + records[1].quotes.length);
      for (const l of items) assert.match(l, /line \d+, column \d+$/);
      for (const q of records[0].quotes.filter((x: any) => x.speaker)) assert.ok(r.stdout.includes(`**${q.speaker}**`));
      // line numbers count the CRLF lines: the curly quote is on line 7
      assert.ok(r.stdout.includes('line 7, column 1'), r.stdout);
    });

    it('--format csv: one header, one row per quote, fields escaped', () => {
      const records = jsonl(cli(['annotate', 'odd.txt', 'notes.md', 'mixed/sub/inner.TXT'], dir).stdout);
      const r = cli(['annotate', '--format', 'csv', 'odd.txt', 'notes.md', 'mixed/sub/inner.TXT'], dir);
      assert.equal(r.status, 0);
      const rows = parseCsv(r.stdout);
      assert.equal(rows[0][0], 'file');
      assert.equal(rows.filter((x) => x[0] === 'file').length, 1, 'one header');
      const width = rows[0].length;
      for (const row of rows) assert.equal(row.length, width, `a row of ${row.length} fields: ${JSON.stringify(row)}`);
      const quotes = records.flatMap((x: any) => x.quotes.map((q: any) => ({ ...q, file: x.file })));
      assert.equal(rows.length - 1, quotes.length);
      const col = (name: string) => rows[0].indexOf(name);
      rows.slice(1).forEach((row, i) => {
        assert.equal(row[col('file')], quotes[i].file);
        assert.equal(Number(row[col('start')]), quotes[i].start);
        assert.equal(row[col('text')], quotes[i].text);
        assert.equal(row[col('speaker')], quotes[i].speaker ?? '');
      });
      assert.ok(!/\n\n/.test(r.stdout), 'no blank lines');
    });
  });

  describe('directories and bad input', () => {
    it('a directory of mixed files: only the articles, subfolders included', () => {
      const r = cli(['annotate', 'mixed'], dir);
      assert.equal(r.stderr, '');
      assert.equal(r.status, 0);
      const files = jsonl(r.stdout).map((x) => x.file);
      assert.deepEqual(files, [path.join('mixed', 'a.txt'), path.join('mixed', 'b.md'), path.join('mixed', 'sub', 'deeper', 'x.markdown'), path.join('mixed', 'sub', 'inner.TXT')]);
    });

    it('a binary file: a clear message, the others still processed, exit 1', () => {
      const r = cli(['annotate', 'binary.txt', 'notes.md', 'mixed/c.png'], dir);
      assert.equal(r.status, 1);
      assert.deepEqual(jsonl(r.stdout).map((x) => x.file), ['notes.md']);
      assert.match(r.stderr, /binary\.txt: binary file/);
      assert.match(r.stderr, /c\.png: binary file/);
    });

    it('an unreadable file: a clear message, the others still processed, exit 1', () => {
      // root reads a chmod-000 file, so the refusal is the file system's answer passed in: EACCES
      // (and EIO, a failing disk) for locked.txt, the real read for the others
      for (const [code, said] of [['EACCES', 'permission denied'], ['EIO', 'input/output error']]) {
        const readFile = (file: string): Buffer => {
          if (path.basename(file) !== 'locked.txt') return fs.readFileSync(file);
          throw Object.assign(new Error(`${code}: open '${file}'`), { code });
        };
        const out: string[] = [];
        const err: string[] = [];
        const status = inDir(dir, () => main(['annotate', 'locked.txt', 'notes.md'], (s) => out.push(s), (s) => err.push(s), readFile));
        assert.equal(status, 1);
        assert.deepEqual(jsonl(out.join('')).map((x) => x.file), ['notes.md']);
        assert.equal(err.join(''), `news-lens: locked.txt: cannot read: ${said} (${code})\nnews-lens: 1 of 2 inputs could not be analysed\n`);
      }
    });

    it('a named pipe given as a file: refused at once (no read that waits forever), the others still processed, exit 1', () => {
      const fifo = path.join(dir, 'pipe.txt');
      const made = spawnSync('mkfifo', [fifo]);
      assert.equal(made.status, 0, `mkfifo: ${made.stderr}`);
      try {
        const r = cli(['annotate', 'pipe.txt', 'notes.md'], dir);
        assert.equal(r.status, 1);
        assert.deepEqual(jsonl(r.stdout).map((x) => x.file), ['notes.md']);
        assert.match(r.stderr, /pipe\.txt: not a regular file \(a named pipe\)/);
      } finally {
        fs.rmSync(fifo, { force: true });
      }
    });

    it('a device given as a file: refused, exit 1', () => {
      const r = cli(['annotate', '/dev/zero'], dir);
      assert.equal(r.status, 1);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /\/dev\/zero: not a regular file \(a character device\)/);
    });

    it('a broken symbolic link: a clear message, the others still processed, exit 1', () => {
      const r = cli(['annotate', 'notes.md', 'broken.txt'], dir);
      assert.equal(r.status, 1);
      assert.deepEqual(jsonl(r.stdout).map((x) => x.file), ['notes.md']);
      assert.match(r.stderr, /broken\.txt: cannot read: broken symbolic link/);
    });

    it('a missing file: a clear message, the others still processed, exit 1', () => {
      const r = cli(['annotate', 'nope.txt', 'notes.md'], dir);
      assert.equal(r.status, 1);
      assert.deepEqual(jsonl(r.stdout).map((x) => x.file), ['notes.md']);
      assert.match(r.stderr, /nope\.txt: cannot read: no such file or directory/);
    });

    it('a 60 MB file: refused by the default size limit with a clear message, the others still processed, exit 1', () => {
      const big = path.join(os.tmpdir(), `news-lens-60mb-${process.pid}.txt`);
      try {
        const para = Buffer.from('John Kerry met Sergey Lavrov in Geneva. "We made progress," Kerry said.\n\n');
        const fd = fs.openSync(big, 'w');
        const chunk = Buffer.alloc(1048576 - (1048576 % para.length));
        for (let o = 0; o < chunk.length; o += para.length) para.copy(chunk, o);
        let size = 0;
        while (size < 60 * 1048576) size += fs.writeSync(fd, chunk);
        fs.ftruncateSync(fd, 60 * 1048576);
        fs.closeSync(fd);
        const r = cli(['annotate', big, 'notes.md'], dir);
        assert.equal(r.status, 1);
        assert.deepEqual(jsonl(r.stdout).map((x) => x.file), ['notes.md']);
        assert.match(r.stderr, /news-lens-60mb-\d+\.txt: too large: 60(\.0)? MB, the limit is 20 MB \(raise it with --max-size MB\)/);
        // refused on its size alone: the file is never read, let alone analysed
        const refused = readArticle(big, 20 * 1048576, () => assert.fail('the too-large file was read'));
        assert.ok('error' in refused && /too large/.test(refused.error));
      } finally {
        fs.rmSync(big, { force: true });
      }
    });

    it('--max-size lowers the limit', () => {
      const r = cli(['annotate', '--max-size', '0.001', 'notes.md', 'mixed/a.txt'], dir);
      assert.equal(r.status, 1);
      assert.deepEqual(jsonl(r.stdout).map((x) => x.file), ['notes.md']);
      // the same units as the editor's messages: KB below a megabyte
      assert.match(r.stderr, /a\.txt: too large: \d+ KB, the limit is 1 KB \(raise it with --max-size MB\)/);
    });

    it('everything at once: every bad input named on stderr, every good file on stdout', () => {
      const r = cli(['annotate', 'nope.txt', 'mixed', 'binary.txt', 'broken.txt', 'odd.txt'], dir);
      assert.equal(r.status, 1);
      assert.equal(jsonl(r.stdout).length, 5);
      for (const f of ['nope.txt', 'binary.txt', 'broken.txt']) assert.ok(r.stderr.includes(`${f}: `), `${f} on stderr`);
      assert.match(r.stderr, /3 of 8 inputs could not be analysed/);
    });

    it('a directory with a symbolic link back up the tree is walked once', () => {
      const loop = path.join(dir, 'loop');
      fs.mkdirSync(path.join(loop, 'a'), { recursive: true });
      fs.writeFileSync(path.join(loop, 'a', 'x.txt'), 'John Kerry spoke.\n');
      fs.symlinkSync(loop, path.join(loop, 'a', 'up'));
      const r = cli(['annotate', 'loop'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(jsonl(r.stdout).map((x) => x.file), [path.join('loop', 'a', 'x.txt')]);
    });

    it('a UTF-16 file with its byte-order mark is read as text, as VS Code reads it', () => {
      const text = '"We made progress," said John Kerry 😀.\r\n';
      fs.writeFileSync(path.join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      const r = cli(['annotate', 'utf16.txt'], dir);
      assert.equal(r.status, 0, r.stderr);
      const [rec] = jsonl(r.stdout);
      assertRecordShape(rec, text);
      assert.deepEqual(rec, JSON.parse(JSON.stringify(toRecord('utf16.txt', analyze(text)))));
    });
  });

  describe('the input gate: empty directories and other encodings', () => {
    it('a directory that holds no article is named on stderr, exit 1', () => {
      const empty = path.join(dir, 'no-articles');
      fs.mkdirSync(path.join(empty, 'node_modules'), { recursive: true });
      fs.writeFileSync(path.join(empty, 'README.md'), '# Read me\n');
      fs.writeFileSync(path.join(empty, 'node_modules', 'x.txt'), 'Not an article.\n');
      fs.writeFileSync(path.join(empty, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
      const r = cli(['annotate', 'no-articles', 'notes.md'], dir);
      assert.equal(r.status, 1);
      assert.deepEqual(jsonl(r.stdout).map((x) => x.file), ['notes.md']);
      assert.match(r.stderr, /^news-lens: no-articles: no articles in this directory \(.*README.*node_modules.*\)$/m);
    });

    it('a README named on the command line is read: only directory walks leave it out', () => {
      const r = cli(['annotate', 'mixed/README.md'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(jsonl(r.stdout).map((x) => x.file), ['mixed/README.md']);
    });

    it('a Windows-1252 file keeps its curly quotes (0x93/0x94), with a note on stderr', () => {
      const text = '\x93We will rebuild the bridge,\x94 Mayor Ilse Varga said at dusk; the repair cost \x80 2 million.\r\n';
      fs.writeFileSync(path.join(dir, 'cp1252.txt'), Buffer.from(text, 'latin1'));
      const r = cli(['annotate', 'cp1252.txt'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, 'news-lens: note: cp1252.txt: not valid UTF-8; read as Windows-1252\n');
      const decoded = '“We will rebuild the bridge,” Mayor Ilse Varga said at dusk; the repair cost € 2 million.\r\n';
      const [rec] = jsonl(r.stdout);
      assertRecordShape(rec, decoded);
      assert.deepEqual(rec, JSON.parse(JSON.stringify(toRecord('cp1252.txt', analyze(decoded)))));
      assert.equal(rec.quotes.length, 1, 'the curly quotes make a quotation');
    });
  });

  describe('command line', () => {
    const BAD: string[][] = [
      [],
      ['annotate'],
      ['frobnicate', 'notes.md'],
      ['annotate', '--format', 'xml', 'notes.md'],
      ['annotate', '--format=', 'notes.md'],
      ['annotate', 'notes.md', '--format'],
      ['annotate', '--max-size', 'abc', 'notes.md'],
      ['annotate', '--max-size', '0', 'notes.md'],
      ['annotate', '--max-size=-3', 'notes.md'],
      ['annotate', '--max-size', 'notes.md'],
      ['annotate', '--nope', 'notes.md'],
    ];
    for (const args of BAD) {
      it(`bad: news-lens ${args.join(' ') || '(nothing)'} → exit 2, a message, no output`, () => {
        const r = cli(args, dir);
        assert.equal(r.status, 2, r.stderr);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, /usage: news-lens annotate/);
      });
    }

    it('--help: the usage on stdout, exit 0', () => {
      for (const args of [['--help'], ['annotate', '--help'], ['-h']]) {
        const r = cli(args, dir);
        assert.equal(r.status, 0);
        assert.match(r.stdout, /usage: news-lens annotate \[--format jsonl\|json\|md\|csv\|brat\]/);
      }
    });

    it('"--" ends the options: a file named like an option', () => {
      fs.writeFileSync(path.join(dir, '--odd-name.txt'), MD_TEXT);
      const r = cli(['annotate', '--', '--odd-name.txt'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(jsonl(r.stdout).map((x) => x.file), ['--odd-name.txt']);
    });
  });

  describe('rule ids: --explain, --disable-rules, news-lens rules', () => {
    const RULE_TEXT = 'Harbor Trust bought the old pier in Eastport on Monday.\n\n"We will open it in May," Dana Ortiz said.\n';
    before(() => {
      fs.mkdirSync(path.join(dir, 'rules'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'rules', 'pier.txt'), RULE_TEXT);
      const at = (words: string) => {
        const start = RULE_TEXT.indexOf(words);
        return { start, end: start + words.length, text: words, before: RULE_TEXT.slice(Math.max(0, start - 24), start), after: RULE_TEXT.slice(start + words.length, start + words.length + 24) };
      };
      // the reader marks an organization and sets a quote's speaker (a sidecar beside the article)
      const sidecar = {
        format: 'news-lens-annotations', version: 1, article: 'pier.txt', annotations: [
          { id: 'a1', created: '2026-01-01T00:00:00.000Z', anchor: at('Harbor Trust'), action: { type: 'entity', kind: 'organization' } },
          { id: 'a2', created: '2026-01-01T00:00:01.000Z', anchor: at('We will open it in May'), action: { type: 'speaker', speaker: 'Dana Ortiz' } },
        ],
      };
      fs.writeFileSync(path.join(dir, 'rules', 'pier.txt.newslens.json'), JSON.stringify(sidecar));
    });

    it('--explain adds "rule" to every mention and "speakerRule" to every quote; without it they are absent', () => {
      const plain = cli(['annotate', 'rules/pier.txt'], dir);
      assert.equal(plain.status, 0, plain.stderr);
      const [p] = jsonl(plain.stdout);
      assert.ok(p.entities.every((e: any) => e.mentions.every((m: any) => !('rule' in m))));
      assert.ok(p.quotes.every((q: any) => !('speakerRule' in q)));
      const r = cli(['annotate', '--explain', 'rules/pier.txt'], dir);
      assert.equal(r.status, 0, r.stderr);
      const [rec] = jsonl(r.stdout);
      assertRecordShape(rec, RULE_TEXT);
      assert.ok(rec.quotes.length > 0 && rec.entities.length > 0);
      for (const e of rec.entities) for (const m of e.mentions) assert.ok('rule' in m && (m.rule === null || typeof m.rule === 'string'), JSON.stringify(m));
      for (const q of rec.quotes) assert.ok('speakerRule' in q && (q.speakerRule === null || typeof q.speakerRule === 'string'), JSON.stringify(q));
      // the reader's own decisions carry the reader's rule
      const trust = rec.entities.find((e: any) => e.name === 'Harbor Trust');
      assert.equal(trust?.kind, 'organization');
      assert.equal(trust.mentions[0].rule, 'reader.annotation');
      const quote = rec.quotes.find((q: any) => q.text.startsWith('We will open it'));
      assert.equal(quote?.speakerRule, 'reader.annotation');
      // --explain is for the record formats only
      const md = cli(['annotate', '--explain', '--format', 'md', 'rules/pier.txt'], dir);
      assert.equal(md.status, 2);
      assert.equal(md.stdout, '');
    });

    it('--disable-rules takes known ids, and rejects an unknown one with exit 2 and no output', () => {
      const ok = cli(['annotate', '--no-annotations', '--disable-rules', 'quote.single-marks,reader.annotation', 'rules/pier.txt'], dir);
      assert.equal(ok.status, 0, ok.stderr);
      assert.equal(jsonl(ok.stdout).length, 1);
      for (const args of [['--disable-rules', 'quote.no-such-rule'], ['--disable-rules=quote.title-case,nope'], ['--disable-rules']]) {
        const r = cli(['annotate', ...args, 'rules/pier.txt'], dir);
        assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, /rule/);
      }
      assert.match(cli(['annotate', '--disable-rules', 'quote.no-such-rule', 'rules/pier.txt'], dir).stderr, /unknown rule "quote\.no-such-rule"/);
    });

    it('news-lens rules --json prints every rule with its table, description and example; ids are unique', () => {
      const r = cli(['rules', '--json'], dir);
      assert.equal(r.status, 0, r.stderr);
      const rules = JSON.parse(r.stdout) as { id: string; table: string; description: string; example: string }[];
      assert.ok(Array.isArray(rules) && rules.length > 0);
      for (const rule of rules) {
        assert.match(rule.id, /^[a-z]+\.[a-z0-9-]+$/);
        for (const field of ['table', 'description', 'example'] as const) assert.ok(typeof rule[field] === 'string' && rule[field].length > 0, `${rule.id}: ${field}`);
      }
      assert.equal(new Set(rules.map((x) => x.id)).size, rules.length);
      const ids = rules.map((x) => x.id);
      for (const id of ['reader.annotation', 'quote.double-marks', 'quote.title-case', 'quote.scare-fragment']) assert.ok(ids.includes(id), id);
      assert.equal(rules.find((x) => x.id === 'reader.annotation')!.table, 'reader');
      // the plain listing names the same rules, in the same order
      const plain = cli(['rules'], dir);
      assert.equal(plain.status, 0);
      assert.deepEqual(plain.stdout.split('\n').filter((l) => /^\S/.test(l)).map((l) => l.split('\t')[0]), ids);
    });
  });

  describe('in process: main() and readArticle()', () => {
    it('main prints what the binary prints and returns the exit code', () => {
      const out: string[] = [];
      const err: string[] = [];
      const code = inDir(dir, () => main(['annotate', 'odd.txt', 'nope.txt'], (s) => out.push(s), (s) => err.push(s)));
      assert.equal(code, 1);
      assert.equal(out.join(''), cli(['annotate', 'odd.txt'], dir).stdout);
      assert.match(err.join(''), /nope\.txt: cannot read/);
    });

    it('readArticle drops the BOM and keeps CRLF; refuses binary and large files', () => {
      const ok = readArticle(path.join(dir, 'odd.txt'), 1048576);
      assert.ok('text' in ok);
      assert.equal(ok.text, ODD_TEXT);
      const bin = readArticle(path.join(dir, 'binary.txt'), 1048576);
      assert.ok('error' in bin && /binary/.test(bin.error));
      const large = readArticle(path.join(dir, 'odd.txt'), 10);
      assert.ok('error' in large && /too large/.test(large.error));
      const missing = readArticle(path.join(dir, 'nope.txt'), 10);
      assert.ok('error' in missing && /no such file/.test(missing.error));
    });
  });
});
