/** Which files are articles (newsLens.include / exclude / languages, Analyse This File), and what
 *  the tree and the status bar say about files that are not analysed: not an article, binary,
 *  too large. The example texts are invented. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { TreeNode } from '../../src/editor/treeNodes';
import { api, openSeed, SEED_003, setSetting, waitFor } from './helpers';

const ARTICLE = 'Mayor Ilse Varga met Prime Minister Tomas Lind in Vienna on Monday.\n\n"We will rebuild the bridge," Varga said.\n';
const README = '# Newsroom tools\n\nAsk Mayor Ilse Varga before you run them.\n\n"Do not edit by hand," Tomas Lind said.\n';

describe('Article scope and skipped files', function () {
  let dir: vscode.Uri;
  const file = (name: string) => vscode.Uri.joinPath(dir, name);
  const open = async (name: string) => vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file(name)), { preview: false, viewColumn: vscode.ViewColumn.One });

  before(async function () {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) throw new Error('these tests need the fixture workspace');
    dir = vscode.Uri.joinPath(folder.uri, 'scope-test');
    const write = (name: string, bytes: Uint8Array) => vscode.workspace.fs.writeFile(file(name), bytes);
    await write('README.md', Buffer.from(README));
    await write('story.md', Buffer.from(ARTICLE));
    // a binary file renamed .txt: a PNG header, NUL bytes and all
    await write('photo.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
    // saved by a Windows tool: curly quotes as the bytes 0x93 and 0x94
    await write('windows.txt', Buffer.from('\x93We will rebuild the bridge,\x94 Mayor Ilse Varga said.\r\n', 'latin1'));
    await api();
  });

  afterEach(async function () {
    for (const k of ['exclude', 'languages', 'maxFileSizeKB']) await setSetting(k, undefined);
  });

  after(async function () {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dir, { recursive: true });
  });

  it('does not analyse a README.md while it analyses an article beside it', async function () {
    const { service, decorations, tree, treeView, statusBar } = await api();
    const readme = await open('README.md');
    assert.equal(service.isArticle(readme.document), false);
    assert.equal(await service.get(readme.document), undefined);
    await waitFor('the tree says why', () => treeView.message?.includes('README.md is not analysed: it matches newsLens.exclude (**/README*)'), 20000, () => `message: ${treeView.message}`);
    assert.equal(tree.getChildren().length, 0, 'the tree shows no article');
    assert.match(statusBar.item.text, /not an article/);
    const drawnOnReadme = decorations.drawn.get(readme);
    assert.ok(!drawnOnReadme || Object.values(drawnOnReadme.ranges).every((r) => r.length === 0), 'no highlights in the README');

    const story = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file('story.md')), { viewColumn: vscode.ViewColumn.Two });
    await waitFor('highlights in the article', () => (decorations.drawn.get(story)?.ranges.person.length ?? 0) > 0);
    await waitFor('the tree shows the article', () => tree.document?.uri.toString() === story.document.uri.toString() && tree.getChildren().length > 0);
    assert.equal(treeView.message, undefined);
    assert.equal(service.isArticle(readme.document), false, 'the README is still no article');
  });

  it('Analyse This File and Stop Analysing This File remember the choice for one file', async function () {
    const { service, decorations, scope: articleScope } = await api();
    const readme = await open('README.md');
    await vscode.commands.executeCommand('newsLens.analyseFile');
    assert.equal(articleScope.choiceOf(readme.document.uri), 'analyse');
    assert.equal(service.isArticle(readme.document), true);
    await waitFor('highlights in the README', () => (decorations.drawn.get(readme)?.ranges.person.length ?? 0) > 0);
    await vscode.commands.executeCommand('newsLens.stopAnalysingFile');
    assert.equal(articleScope.choiceOf(readme.document.uri), undefined, 'back to what the settings say: nothing to remember');
    assert.equal(service.isArticle(readme.document), false);
    await waitFor('highlights gone', () => decorations.drawn.get(readme)?.ranges.person.length === 0);

    const story = await open('story.md');
    await vscode.commands.executeCommand('newsLens.stopAnalysingFile');
    assert.equal(articleScope.choiceOf(story.document.uri), 'skip');
    assert.equal(service.isArticle(story.document), false);
    await vscode.commands.executeCommand('newsLens.analyseFile');
    assert.equal(articleScope.choiceOf(story.document.uri), undefined);
    assert.equal(service.isArticle(story.document), true);
  });

  it('reads the glob and language settings live: a change applies without a reload', async function () {
    const { service, decorations } = await api();
    const readme = await open('README.md');
    await setSetting('exclude', []);
    assert.equal(service.isArticle(readme.document), true);
    await waitFor('highlights once the README is no longer excluded', () => (decorations.drawn.get(readme)?.ranges.person.length ?? 0) > 0);
    await setSetting('languages', ['plaintext']);
    assert.equal(service.isArticle(readme.document), false, 'Markdown is no article language any more');
    await waitFor('highlights gone', () => decorations.drawn.get(readme)?.ranges.person.length === 0);
    // the hover provider is registered for every document and asks the scope each time
    await setSetting('languages', undefined);
    const at = readme.document.getText().indexOf('Ilse') + 1;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', readme.document.uri, readme.document.positionAt(at));
    const md = hovers.flatMap((h) => h.contents.map((c) => (c as vscode.MarkdownString).value ?? String(c))).join('\n');
    assert.match(md, /Person/);
  });

  it('shows a too-large article\'s message in the tree and the status bar, not empty groups', async function () {
    const { tree, treeView, statusBar } = await api();
    await setSetting('maxFileSizeKB', 1);
    const editor = await openSeed(SEED_003);
    await waitFor('the message in the tree', () => /too large: \d+ KB, the limit is 1 KB \(setting newsLens\.maxFileSizeKB\)/.test(treeView.message ?? ''), 20000, () => `message: ${treeView.message}`);
    assert.ok(treeView.message!.startsWith(`${vscode.workspace.asRelativePath(editor.document.uri)} is not analysed`));
    assert.equal(tree.getChildren().length, 0, 'no People 0 … Quotes 0');
    await waitFor('the status bar', () => /not analysed/.test(statusBar.item.text));
    assert.match(String(statusBar.item.tooltip), /the limit is 1 KB/);
    assert.deepEqual((statusBar.item.command as vscode.Command).arguments, ['newsLens.maxFileSizeKB'], 'a click opens the setting');
    // the limit raised: the article is analysed again, and the message goes
    await setSetting('maxFileSizeKB', undefined);
    await waitFor('the article back', () => tree.getChildren().length > 0 && treeView.message === undefined);
  });

  it('a binary .txt: the tree says so instead of keeping the previous article', async function () {
    const { tree, treeView } = await api();
    await open('story.md');
    await waitFor('the article in the tree', () => tree.getChildren().length > 0);
    await vscode.commands.executeCommand('vscode.open', file('photo.txt'));
    await waitFor('the binary message', () => /photo\.txt is not analysed: binary file/.test(treeView.message ?? ''), 20000, () => `message: ${treeView.message}; active: ${vscode.window.activeTextEditor?.document.uri.toString()}`);
    assert.equal(tree.getChildren().length, 0, 'the previous article is gone from the tree');
  });

  it('workspace mode lists a binary .txt under Skipped with its reason, and reads a Windows-1252 file', async function () {
    const { tree, index } = await api();
    await vscode.commands.executeCommand('newsLens.showWorkspace');
    try {
      const roots = tree.getChildren();
      const skippedGroup = roots.find((n) => n.type === 'section' && n.id === 'skipped');
      assert.ok(skippedGroup, `a Skipped group among ${roots.map((n) => tree.getTreeItem(n).label).join(', ')}`);
      const skipped = tree.getChildren(skippedGroup) as Extract<TreeNode, { type: 'skipped' }>[];
      const photo = skipped.find((n) => n.uri.path.endsWith('/scope-test/photo.txt'));
      assert.ok(photo, 'photo.txt is skipped');
      assert.match(photo.reason, /^binary file/);
      assert.match(String(tree.getTreeItem(photo).description), /binary/);
      const files = index.results().map((r) => vscode.workspace.asRelativePath(r.uri));
      assert.ok(files.includes('scope-test/story.md'), files.join(', '));
      assert.ok(!files.includes('scope-test/README.md'), 'the README is no article in workspace mode either');
      assert.ok(!files.includes('scope-test/photo.txt'));
      const windows = index.results().find((r) => r.uri.path.endsWith('/scope-test/windows.txt'))!;
      assert.ok(windows.text.startsWith('“We will rebuild the bridge,”'), windows.text);
      assert.equal(windows.analysis.quotes.length, 1);
    } finally {
      await vscode.commands.executeCommand('newsLens.showActiveArticle');
    }
  });

  it('gives every Outline symbol a one-line range, so sticky scroll pins no article text', async function () {
    const editor = await openSeed();
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const all = symbols.flatMap((s) => [s, ...s.children]);
    assert.ok(all.length > 20, `${all.length} symbols`);
    for (const s of all) assert.equal(s.range.start.line, s.range.end.line, `${s.name}: lines ${s.range.start.line}–${s.range.end.line}`);
    const analysis = (await (await api()).service.get(editor.document))!.analysis;
    for (const person of symbols.find((s) => s.name === 'People')!.children) {
      const first = analysis.entities.find((e) => e.name === person.name)!.mentions[0];
      assert.equal(editor.document.offsetAt(person.range.start), first.start, `${person.name}: its first mention`);
    }
    assert.ok(all.every((s) => !/\b1 mentions\b/.test(s.detail)), 'English: "1 mention"');
  });
});
