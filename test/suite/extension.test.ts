/** News Lens inside a real VS Code extension host: activation, decorations, tree, clicks, hovers,
 *  outline, Extract Quotes, settings, size limit, workspace mode, and that articles stay unchanged. */
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { analyze } from '../../src/core';
import { TreeNode } from '../../src/editor/treeNodes';
import { api, openSeed, SEED_000, SEED_003, seedUri, setSetting, waitFor } from './helpers';

const rangeKey = (r: vscode.Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

describe('News Lens in VS Code', function () {
  let originalBytes: Uint8Array;

  before(async function () {
    originalBytes = await vscode.workspace.fs.readFile(seedUri(SEED_000));
  });

  afterEach(async function () {
    for (const k of ['highlight.enabled', 'highlight.person', 'maxFileSizeKB', 'quotes.exportFormat']) await setSetting(k, undefined);
  });

  after(async function () {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('activates on a plain-text article', async function () {
    await openSeed();
    const ext = vscode.extensions.getExtension('news-lens.news-lens')!;
    await waitFor('activation', () => ext.isActive);
    assert.ok((await api()).service);
  });

  it('decorates every mention and quote at the offsets the analysis gives', async function () {
    const editor = await openSeed();
    const { decorations } = await api();
    const drawn = await waitFor('decorations', () => decorations.drawn.get(editor));
    const analysis = analyze(editor.document.getText());
    for (const kind of ['person', 'country', 'organization', 'event'] as const) {
      const want = analysis.entities.filter((e) => e.kind === kind).flatMap((e) => e.mentions)
        .map((m) => rangeKey(new vscode.Range(editor.document.positionAt(m.start), editor.document.positionAt(m.end)))).sort();
      assert.deepEqual(drawn.ranges[kind].map(rangeKey).sort(), want, kind);
      assert.ok(want.length > 0, `some ${kind} mentions`);
    }
    assert.equal(drawn.ranges.quote.length, analysis.quotes.length);
    // the name is highlighted in "Secretary of State John Kerry said", not its title
    const line = editor.document.lineAt(drawn.ranges.person.find((r) => editor.document.getText(r) === 'John Kerry' && r.start.line > 3)!.start.line).text;
    assert.match(line, /Secretary of State John Kerry said/);
  });

  it('shows the groups, entities with mention counts, and mention previews in the tree', async function () {
    const editor = await openSeed();
    const { tree } = await api();
    await waitFor('tree', () => tree.document?.uri.toString() === editor.document.uri.toString() && tree.getChildren().length > 0);
    const groups = tree.getChildren();
    assert.deepEqual(groups.map((g) => tree.getTreeItem(g).label), ['People', 'Countries', 'Organizations', 'Events', 'Quotes']);
    const people = tree.getChildren(groups[0]);
    const kerry = people.find((n) => tree.getTreeItem(n).label === 'John Kerry');
    assert.ok(kerry, 'John Kerry is in People');
    const mentions = tree.getChildren(kerry);
    assert.equal(tree.getTreeItem(kerry).description, String(mentions.length));
    assert.ok(mentions.length >= 10, `Kerry has ${mentions.length} mentions`);
    const item = tree.getTreeItem(mentions[0]);
    assert.match(String((item.label as vscode.TreeItemLabel).label ?? item.label), /John Kerry/);
    assert.match(String(item.description), /^Ln \d+$/);
  });

  it('selects exactly the mention span when a mention is clicked', async function () {
    await openSeed();
    const { tree } = await api();
    const people = tree.getChildren(tree.getChildren()[0]);
    const lavrov = people.find((n) => tree.getTreeItem(n).label === 'Sergey Lavrov')!;
    const mention = tree.getChildren(lavrov)[1] as Extract<TreeNode, { type: 'mention' }>;
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(seedUri(SEED_003)), vscode.ViewColumn.One);
    const cmd = tree.getTreeItem(mention).command!;
    await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), seedUri(SEED_000).toString(), 'the click opened the article again');
    assert.equal(editor.document.offsetAt(editor.selection.start), mention.start);
    assert.equal(editor.document.offsetAt(editor.selection.end), mention.end);
    assert.equal(editor.document.getText(editor.selection), 'Lavrov');
  });

  it('hovers a quote with its speaker and an entity with its mentions', async function () {
    const editor = await openSeed();
    const text = editor.document.getText();
    const at = text.indexOf('We can') + 3;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(at));
    const md = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    assert.match(md, /Quote/);
    assert.match(md, /John Kerry/);
    assert.match(md, /said/);
    const kerryAt = text.indexOf('Kerry and Russian') + 1;
    const h2 = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(kerryAt));
    const md2 = h2.flatMap((h) => h.contents.map((c) => (c as vscode.MarkdownString).value ?? String(c))).join('\n');
    assert.match(md2, /John Kerry/);
    assert.match(md2, /Person/);
    assert.match(md2, /\d+ mentions/);
    assert.match(md2, /Show all mentions/);
    // the rule that found the mention, or the speaker, is the hover's small last line (as --explain gives it)
    const analysis = analyze(text);
    const kerryRule = analysis.entities.flatMap((e) => e.mentions).find((m) => m.start <= kerryAt && kerryAt < m.end)?.rule;
    if (kerryRule) assert.ok(md2.includes(`<sub>rule: ${kerryRule}</sub>`), md2);
    else assert.doesNotMatch(md2, /<sub>rule:/);
    const speakerRule = analysis.quotes.find((q) => q.start <= at && at < q.end)?.speakerRule;
    if (speakerRule) assert.ok(md.includes(`<sub>speaker rule: ${speakerRule}</sub>`), md);
    else assert.doesNotMatch(md, /<sub>speaker rule:/);
  });

  it('lists entities and quotes in the outline', async function () {
    const editor = await openSeed();
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('People') && names.includes('Countries') && names.includes('Quotes'), names.join(','));
    assert.ok(symbols.find((s) => s.name === 'People')!.children.some((c) => c.name === 'John Kerry'));
  });

  it('extracts every quote with speaker and line into a Markdown document', async function () {
    const editor = await openSeed();
    const { exporter, service } = await api();
    const analysis = (await service.get(editor.document))!.analysis;
    const doc = (await exporter.extract(editor.document, { format: 'markdown' }))!;
    assert.equal(doc.languageId, 'markdown');
    const text = doc.getText();
    assert.match(text, /^# Quotes in /);
    assert.match(text, /\*\*John Kerry\*\*/);
    for (const q of analysis.quotes) {
      const line = editor.document.positionAt(q.start).line + 1;
      assert.ok(text.includes(`line ${line},`), `line ${line} listed`);
    }
    assert.equal((text.match(/^\d+\. \*\*/gm) ?? []).length, analysis.quotes.length);
  });

  it('runs Extract Quotes from its command id, and exports JSON and CSV', async function () {
    await openSeed();
    await vscode.commands.executeCommand('newsLens.extractQuotes');
    const md = await waitFor('quote document', () => vscode.window.visibleTextEditors.find((e) => e.document.isUntitled && e.document.languageId === 'markdown'));
    assert.match(md.document.getText(), /John Kerry/);
    const { exporter } = await api();
    const editor = await openSeed();
    const json = (await exporter.extract(editor.document, { format: 'json' }))!;
    const rows = JSON.parse(json.getText());
    assert.ok(rows.length > 3 && rows.every((r: { line: number; column: number; link: string }) => r.line > 0 && r.column > 0 && /#L\d+,\d+$/.test(r.link)));
    const csv = (await exporter.extract(editor.document, { format: 'csv' }))!;
    assert.match(csv.getText().split('\n')[0], /^file,line,column,start,end,speaker/);
  });

  it('extracts the quotes of one speaker', async function () {
    await openSeed();
    const { tree, exporter } = await api();
    const kerry = tree.getChildren(tree.getChildren()[0]).find((n) => tree.getTreeItem(n).label === 'John Kerry') as Extract<TreeNode, { type: 'entity' }>;
    const doc = (await exporter.extract(tree.document, { format: 'json', speakerId: kerry.key }))!;
    const rows = JSON.parse(doc.getText());
    assert.ok(rows.length >= 3);
    assert.ok(rows.every((r: { speaker: string }) => r.speaker === 'John Kerry'));
  });

  it('analyses a document version once, and again only after an edit', async function () {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Angela Merkel met French President Emmanuel Macron in Berlin.' });
    const editor = await vscode.window.showTextDocument(doc);
    const { service, decorations } = await api();
    await waitFor('first analysis', () => service.peek(doc));
    const runs = service.analysisRuns;
    await service.get(doc);
    await service.get(doc);
    assert.equal(service.analysisRuns, runs, 'same version: no new analysis');
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), ' "We agree," Macron said.'));
    await waitFor('re-analysis after the edit', () => service.peek(doc));
    assert.equal(service.analysisRuns, runs + 1);
    await waitFor('quote drawn', () => decorations.drawn.get(editor)?.ranges.quote.length === 1);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('turns highlights off and on, all at once and per kind', async function () {
    const editor = await openSeed();
    const { decorations } = await api();
    await setSetting('highlight.enabled', false);
    await waitFor('no highlights', () => decorations.drawn.get(editor)?.ranges.person.length === 0 && decorations.drawn.get(editor)?.ranges.quote.length === 0);
    await setSetting('highlight.enabled', undefined);
    await setSetting('highlight.person', false);
    await waitFor('no person highlights', () => decorations.drawn.get(editor)?.ranges.person.length === 0 && decorations.drawn.get(editor)!.ranges.country.length > 0);
    await setSetting('highlight.person', undefined);
    await waitFor('highlights back', () => decorations.drawn.get(editor)!.ranges.person.length > 0);
  });

  it('does not analyse an article above the size limit and says so', async function () {
    await setSetting('maxFileSizeKB', 1);
    const editor = await openSeed(SEED_003);
    const { service, statusBar } = await api();
    const result = (await service.get(editor.document))!;
    assert.match(result.skipped ?? '', /too large/);
    assert.equal(result.analysis.entities.length, 0);
    await waitFor('status bar warning', () => /not analysed/.test(statusBar.item.text));
  });

  it('lists entities across the workspace, with the files that mention them', async function () {
    const { tree, index } = await api();
    await vscode.commands.executeCommand('newsLens.showWorkspace');
    try {
      assert.ok(index.results().length >= 2, 'both seeds analysed');
      const people = tree.getChildren(tree.getChildren()[0]);
      const lavrov = people.find((n) => tree.getTreeItem(n).label === 'Sergey Lavrov')!;
      const files = tree.getChildren(lavrov);
      assert.equal(files.length, 2, 'Lavrov appears in both seeds');
      assert.match(String(tree.getTreeItem(lavrov).description), /in 2 files/);
      assert.ok(tree.getChildren(files[0]).length > 0);
    } finally {
      await vscode.commands.executeCommand('newsLens.showActiveArticle');
    }
  });

  it('never changes the article', async function () {
    const editor = await openSeed();
    assert.equal(editor.document.isDirty, false);
    const now = await vscode.workspace.fs.readFile(seedUri(SEED_000));
    assert.deepEqual(Buffer.from(now), Buffer.from(originalBytes));
  });

  it('measures the time from an edit to new decorations on a 1 MB article', async function () {
    this.timeout(120000);
    const seed = (await vscode.workspace.openTextDocument(seedUri(SEED_000))).getText();
    const content = Array.from({ length: Math.ceil(1048576 / seed.length) }, () => seed).join('\n\n');
    // a file on disk: untitled documents may change language under automatic detection
    const file = vscode.Uri.file(path.join(os.tmpdir(), `news-lens-1mb-${process.pid}.txt`));
    await vscode.workspace.fs.writeFile(file, Buffer.from(content));
    const doc = await vscode.workspace.openTextDocument(file);
    const editor = await vscode.window.showTextDocument(doc);
    const { service, decorations } = await api();
    await waitFor('first analysis', () => service.peek(doc), 60000);
    const t0 = Date.now();
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '"Hello," Kerry said. '));
    await waitFor('decorations for the new version', () => decorations.drawn.get(editor) && service.peek(doc) && decorations.drawn.get(editor)!.ranges.quote.length > 0, 60000,
      () => `analysed version ${service.latest(doc.uri)?.version} of ${doc.version}, skipped: ${service.latest(doc.uri)?.skipped}, quotes drawn: ${decorations.drawn.get(editor)?.ranges.quote.length}`);
    const ms = Date.now() - t0;
    const analysisMs = service.latest(doc.uri)!.millis;
    // (a figure to read, not a bound: the machine may be loaded; the wait above fails if it never comes)
    console.log(`    edit → decorations on a ${(content.length / 1048576).toFixed(2)} MB article: ${ms} ms (analysis ${analysisMs} ms, debounce included)`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(file);
  });
});
