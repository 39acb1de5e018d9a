/** The finer points of the editor experience: sorting, revealing the entity under the cursor,
 *  the speaker's mark, the decoration cap, the status bar, copy name and show all mentions. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { TreeNode } from '../../src/editor/treeNodes';
import { api, openSeed, setSetting, waitFor } from './helpers';

type EntityNode = Extract<TreeNode, { type: 'entity' }>;

describe('Editor experience', function () {
  afterEach(async function () {
    await setSetting('maxDecorationsPerEditor', undefined);
    await vscode.commands.executeCommand('newsLens.sortByMentions');
  });

  it('sorts entities by mentions or by first appearance', async function () {
    await openSeed();
    const { tree } = await api();
    const people = () => tree.getChildren(tree.getChildren()[0]) as EntityNode[];
    const count = (n: EntityNode) => n.occurrences[0].entity.mentions.length;
    await vscode.commands.executeCommand('newsLens.sortByMentions');
    const byMentions = people();
    assert.ok(byMentions.every((n, i) => i === 0 || count(byMentions[i - 1]) >= count(n)));
    await vscode.commands.executeCommand('newsLens.sortByAppearance');
    const byAppearance = people();
    const first = (n: EntityNode) => n.occurrences[0].entity.mentions[0].start;
    assert.ok(byAppearance.every((n, i) => i === 0 || first(byAppearance[i - 1]) <= first(n)));
  });

  it('reveals the entity under the cursor in the tree', async function () {
    await vscode.commands.executeCommand('workbench.view.extension.newsLens');
    const editor = await openSeed();
    const { treeView } = await api();
    await waitFor('the tree is visible', () => treeView.visible);
    const text = editor.document.getText();
    const at = editor.document.positionAt(text.indexOf('Lavrov') + 2);
    // a selection made by the user (not by a command) is what the tree follows
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('cursorRight');
    await waitFor('Sergey Lavrov selected in the tree', () => treeView.selection.some((n) => n.type === 'entity' && n.name === 'Sergey Lavrov'), 10000);
  });

  it('marks the words each quote is attributed to', async function () {
    const editor = await openSeed();
    const { decorations, service } = await api();
    const drawn = await waitFor('decorations', () => decorations.drawn.get(editor));
    const attributed = (await service.get(editor.document))!.analysis.quotes.filter((q) => q.speakerMention).length;
    assert.ok(attributed > 0);
    assert.equal(drawn.ranges.speaker.length, attributed);
  });

  it('caps the highlights per editor, draws those nearest the view, and says so', async function () {
    const editor = await openSeed();
    const { decorations, statusBar } = await api();
    await setSetting('maxDecorationsPerEditor', 20);
    await waitFor('capped', () => decorations.drawn.get(editor)?.capped);
    const drawn = decorations.drawn.get(editor)!;
    const total = Object.values(drawn.ranges).reduce((n, r) => n + r.length, 0);
    assert.equal(total, 20);
    assert.ok(drawn.ranges.person.some((r) => r.start.line === 0), 'the top of the article, where the view is, is highlighted');
    await waitFor('the status bar says so', () => /only the first 20 highlights/.test((statusBar.item.tooltip as vscode.MarkdownString)?.value ?? ''));
  });

  it('shows the counts in the status bar and toggles all highlights from it', async function () {
    const editor = await openSeed();
    const { statusBar, decorations } = await api();
    await waitFor('counts', () => /\d+ people · \d+ countries · \d+ quotes/.test(statusBar.item.text));
    assert.equal(statusBar.item.command, 'newsLens.toggleHighlights');
    await vscode.commands.executeCommand('newsLens.toggleHighlights');
    await waitFor('highlights off', () => decorations.drawn.get(editor)?.ranges.person.length === 0 && /eye-closed/.test(statusBar.item.text));
    await vscode.commands.executeCommand('newsLens.toggleHighlights');
    await waitFor('highlights on', () => (decorations.drawn.get(editor)?.ranges.person.length ?? 0) > 0);
  });

  it('copies an entity name and shows all its mentions', async function () {
    await openSeed();
    const { tree } = await api();
    const kerry = (tree.getChildren(tree.getChildren()[0]) as EntityNode[]).find((n) => n.name === 'John Kerry')!;
    await vscode.commands.executeCommand('newsLens.copyName', kerry);
    assert.equal(await vscode.env.clipboard.readText(), 'John Kerry');
    await vscode.commands.executeCommand('newsLens.showAllMentions', kerry);
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  it('declares its keybindings, colours for every theme kind, and icons on its commands', function () {
    const pkg = vscode.extensions.getExtension('news-lens.news-lens')!.packageJSON;
    const keys = pkg.contributes.keybindings.map((k: { command: string }) => k.command);
    assert.ok(keys.includes('newsLens.toggleHighlights') && keys.includes('newsLens.goToEntity'));
    for (const c of pkg.contributes.colors) for (const t of ['light', 'dark', 'highContrast', 'highContrastLight']) assert.ok(c.defaults[t], `${c.id} ${t}`);
    for (const c of pkg.contributes.commands) assert.equal(c.category, 'News Lens', c.command);
  });
});
