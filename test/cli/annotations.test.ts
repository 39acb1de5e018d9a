/** The CLI applies the reader's sidecar annotations and writes brat standoff. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { makeAnchor, parseBrat, serializeSidecar, emptySidecar } from '../../src/core';

const CLI = process.env.NEWS_LENS_CLI ?? path.resolve(__dirname, '../../../dist/cli.js');
const TEXT = 'Foreign Minister Anna Berg met the Blue Harbour Collective in Vienna.\n\n"We listened," Berg said.\n';

function run(args: string[], cwd: string) {
  return spawnSync(process.execPath, [CLI, 'annotate', ...args], { cwd, encoding: 'utf8' });
}

describe('CLI: reader annotations and brat', function () {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-cli-'));
    fs.mkdirSync(path.join(dir, 'news'));
    fs.writeFileSync(path.join(dir, 'news', 'a.txt'), TEXT);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const sidecar = (where: string) => {
    const at = TEXT.indexOf('Blue Harbour Collective');
    const s = { ...emptySidecar('news/a.txt'), annotations: [
      { id: '1', created: '', anchor: makeAnchor(TEXT, at, at + 23), action: { type: 'entity' as const, kind: 'organization' as const } },
      { id: '2', created: '', anchor: makeAnchor(TEXT, TEXT.indexOf('"We'), TEXT.indexOf('," Berg') + 2), action: { type: 'speaker' as const, speaker: null } },
    ] };
    fs.mkdirSync(path.dirname(where), { recursive: true });
    fs.writeFileSync(where, serializeSidecar(s));
  };

  for (const [name, where] of [['in .newslens/ of a folder above', '.newslens/news/a.txt.json'], ['beside the article', 'news/a.txt.newslens.json']]) {
    it(`applies a sidecar ${name}`, () => {
      sidecar(path.join(dir, where));
      const r = run(['news/a.txt'], dir);
      assert.equal(r.status, 0, r.stderr);
      const rec = JSON.parse(r.stdout);
      assert.ok(rec.entities.some((e: { kind: string; name: string }) => e.kind === 'organization' && e.name === 'Blue Harbour Collective'));
      assert.equal(rec.quotes[0].speaker, null);
      const plain = JSON.parse(run(['--no-annotations', 'news/a.txt'], dir).stdout);
      assert.equal(plain.quotes[0].speaker, 'Anna Berg');
    });
  }

  it('warns about a damaged sidecar and still prints the automatic analysis', () => {
    fs.writeFileSync(path.join(dir, 'news', 'a.txt.newslens.json'), '{ broken');
    const r = run(['news/a.txt'], dir);
    assert.equal(r.status, 0);
    assert.match(r.stderr, /warning: .*not valid JSON/);
    assert.equal(JSON.parse(r.stdout).quotes[0].speaker, 'Anna Berg');
  });

  it('prints brat standoff for one file, and writes .txt + .ann pairs with --out-dir', () => {
    const one = run(['--format', 'brat', 'news/a.txt'], dir);
    assert.equal(one.status, 0, one.stderr);
    const doc = parseBrat(one.stdout);
    for (const t of doc.textBounds) assert.equal(t.fragments.map((f) => [...TEXT].slice(f.start, f.end).join('')).join(' '), t.text);
    assert.ok(doc.textBounds.some((t) => t.type === 'Quote'));
    fs.writeFileSync(path.join(dir, 'news', 'b.txt'), TEXT);
    assert.equal(run(['--format', 'brat', 'news'], dir).status, 2, 'several files need --out-dir');
    const out = path.join(dir, 'brat');
    assert.equal(run(['--format', 'brat', '--out-dir', out, 'news'], dir).status, 0);
    assert.deepEqual(fs.readdirSync(out).sort(), ['a.ann', 'a.txt', 'b.ann', 'b.txt']);
    assert.equal(fs.readFileSync(path.join(out, 'a.txt'), 'utf8'), TEXT);
  });
});
