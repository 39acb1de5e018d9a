import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { dictionaryFor, findDictionary } from '../../src/node/dictionaryFile';
import { main } from '../../src/cli';

describe('node/dictionaryFile: finding the team dictionary', function () {
  let root: string;
  before(function () {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'nl-dict-'));
    fs.mkdirSync(path.join(root, '.newslens'));
    fs.mkdirSync(path.join(root, 'desk', 'monday'), { recursive: true });
    fs.writeFileSync(path.join(root, '.newslens', 'dictionary.json'), JSON.stringify({ format: 'news-lens-dictionary', version: 1, entries: [{ text: 'Harbor Trust', kind: 'organization' }] }));
    fs.writeFileSync(path.join(root, 'broken.json'), '{\n  "format": "news-lens-dictionary",\n  "version": 1\n  "entries": []\n}\n');
  });
  after(function () {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('looks in the article folder and then its parents', function () {
    assert.equal(findDictionary(path.join(root, 'desk', 'monday', 'story.txt')), path.join(root, '.newslens', 'dictionary.json'));
    assert.equal(dictionaryFor(path.join(root, 'desk', 'story.txt'), undefined).dictionary?.entries.length, 1);
  });

  it('takes a given file over the nearest one, and reports a broken one with line and column', function () {
    const r = dictionaryFor(path.join(root, 'story.txt'), path.join(root, 'broken.json'));
    assert.equal(r.dictionary, undefined);
    assert.match(r.error!, /broken\.json:4:\d+: not valid JSON/);
  });

  it('is applied by news-lens annotate, and a broken one is reported once and not applied', function () {
    const article = path.join(root, 'desk', 'story.txt');
    fs.writeFileSync(article, 'Harbor Trust bought the pier. Later Harbor Trust sold it again.\n');
    const run = (...args: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = main(['annotate', '--explain', ...args], (s) => (stdout += s), (s) => (stderr += s));
      return { code, stderr, record: stdout ? JSON.parse(stdout.split('\n')[0]) : undefined };
    };
    const found = run(article);
    assert.equal(found.code, 0, found.stderr);
    const org = found.record.entities.find((e: { name: string }) => e.name === 'Harbor Trust');
    assert.equal(org.kind, 'organization');
    assert.deepEqual(org.mentions.map((m: { rule: string }) => m.rule), ['dictionary.entity', 'dictionary.entity']);
    assert.ok(!run('--no-dictionary', article).record.entities.some((e: { mentions: { rule: string }[] }) => e.mentions.some((m) => m.rule?.startsWith('dictionary.'))));
    const broken = run('--dictionary', path.join(root, 'broken.json'), article, article);
    assert.equal(broken.stderr.match(/broken\.json:4:\d+/g)?.length, 1, broken.stderr);
  });
});
