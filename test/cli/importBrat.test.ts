import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze, applyAnnotations, parseSidecar, toBrat } from '../../src/core';
import { importBrat } from '../../src/cli/importBrat';

const TEXT = 'Dana Ortiz, the harbour master, met Raj Patel in Lisbon.\n\n"The pier stays open," Ortiz said.\n';

describe('cli: import-brat', function () {
  let dir: string;
  const run = (...args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = importBrat(args, (s) => (stdout += s), (s) => (stderr += s));
    return { code, stdout, stderr };
  };
  beforeEach(function () {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nl-brat-'));
    fs.writeFileSync(path.join(dir, 'story.txt'), TEXT);
  });
  afterEach(function () {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports an export into the sidecar, and leaves the article as it was', function () {
    fs.writeFileSync(path.join(dir, 'story.ann'), toBrat(TEXT, analyze(TEXT)));
    const r = run(path.join(dir, 'story.ann'), '--article', path.join(dir, 'story.txt'));
    assert.equal(r.code, 0, r.stderr);
    const sidecar = parseSidecar(fs.readFileSync(path.join(dir, 'story.txt.newslens.json'), 'utf8'));
    assert.ok('sidecar' in sidecar);
    const applied = applyAnnotations(TEXT, { entities: [], quotes: [], scareQuotes: [] }, sidecar.sidecar.annotations);
    assert.equal(applied.quotes[0].speaker, 'Dana Ortiz');
    assert.equal(fs.readFileSync(path.join(dir, 'story.txt'), 'utf8'), TEXT);
  });

  it('reports lines that do not match with their numbers, imports the rest, exits 1', function () {
    fs.writeFileSync(path.join(dir, 'story.ann'), 'T1\tPerson 0 10\tDana Ortiz\nT2\tPerson 0 10\tRaj Patel\n');
    const r = run(path.join(dir, 'story.ann'), '--article', path.join(dir, 'story.txt'));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /story\.ann:2: T2: the article has "Dana Ortiz"/);
    assert.match(r.stdout, /imported 1 annotation/);
  });

  it('never overwrites a damaged sidecar', function () {
    fs.writeFileSync(path.join(dir, 'story.ann'), 'T1\tPerson 0 10\tDana Ortiz\n');
    fs.writeFileSync(path.join(dir, 'story.txt.newslens.json'), '{ damaged');
    const r = run(path.join(dir, 'story.ann'), '--article', path.join(dir, 'story.txt'));
    assert.equal(r.code, 2);
    assert.equal(fs.readFileSync(path.join(dir, 'story.txt.newslens.json'), 'utf8'), '{ damaged');
  });

  it('asks for the article', function () {
    assert.equal(run('story.ann').code, 2);
  });
});
