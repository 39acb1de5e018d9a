/** Which paths are articles: the include and exclude globs, as the settings and the CLI use them. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { classifyPath, DEFAULT_EXCLUDE, DEFAULT_INCLUDE, globToRegExp, matchesAny } from '../../../src/core/reader/articleGlobs';

function findRoot(dir: string): string {
  for (let d = dir; ; d = path.dirname(d)) if (fs.existsSync(path.join(d, 'package.json'))) return d;
}

describe('article globs', () => {
  it('the defaults in package.json are the ones the code falls back to', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(findRoot(__dirname), 'package.json'), 'utf8'));
    const props = pkg.contributes.configuration.flatMap((c: { properties: object }) => Object.entries(c.properties));
    const setting = (key: string) => props.find(([k]: [string]) => k === key)?.[1].default;
    assert.deepEqual(setting('newsLens.include'), DEFAULT_INCLUDE);
    assert.deepEqual(setting('newsLens.exclude'), DEFAULT_EXCLUDE);
  });

  it('articles: .txt, .md and .markdown anywhere, in any case', () => {
    for (const p of ['story.txt', 'desk/2026/story.md', 'a/b/c/long.markdown', 'Wire/STORY.TXT', '/home/me/story.txt']) {
      assert.deepEqual(classifyPath(p), { article: true }, p);
    }
  });

  it('not articles: other extensions (include), project files and build or dependency folders (exclude)', () => {
    assert.deepEqual(classifyPath('notes.json'), { article: false, setting: 'include' });
    assert.deepEqual(classifyPath('README.md'), { article: false, setting: 'exclude', glob: '**/README*' });
    assert.deepEqual(classifyPath('docs/readme.txt'), { article: false, setting: 'exclude', glob: '**/README*' });
    for (const p of ['CHANGELOG.md', 'LICENSE.txt', 'CONTRIBUTING.md', 'node_modules/pkg/notes.md', '.git/x.txt', 'out/a.txt', 'web/dist/b.md']) {
      assert.equal(classifyPath(p).article, false, p);
    }
    // a folder whose name only starts like an excluded one is not excluded
    assert.equal(classifyPath('outgoing/a.txt').article, true);
    assert.equal(classifyPath('readers/letter.txt').article, true);
  });

  it('glob syntax: *, ?, **, {a,b} and [abc]', () => {
    assert.ok(globToRegExp('*.txt').test('a.txt') && !globToRegExp('*.txt').test('d/a.txt'));
    assert.ok(globToRegExp('draft?.md').test('draft1.md') && !globToRegExp('draft?.md').test('draft10.md'));
    assert.ok(globToRegExp('**/*.{txt,md}').test('x/y/z.md'));
    assert.ok(globToRegExp('wire/[ab]*.txt').test('wire/a1.txt') && !globToRegExp('wire/[ab]*.txt').test('wire/c1.txt'));
    assert.ok(globToRegExp('archive/**').test('archive/2020/a.txt'));
    assert.equal(matchesAny('C:\\desk\\story.txt', ['**/*.txt']), '**/*.txt');
    assert.equal(matchesAny('a.c+d.txt', ['a.c+d.txt']), 'a.c+d.txt');
  });

  it('custom settings: a folder of wire copy only, minus drafts', () => {
    const include = ['wire/**/*.txt'];
    const exclude = ['**/*-draft.txt'];
    assert.equal(classifyPath('wire/mon/story.txt', include, exclude).article, true);
    assert.equal(classifyPath('wire/mon/story-draft.txt', include, exclude).article, false);
    assert.equal(classifyPath('blog/story.txt', include, exclude).article, false);
  });
});
