/** The reader's annotations in a real VS Code: every command, the sidecar file beside the
 *  article (never the article itself), re-anchoring after edits inside and outside VS Code,
 *  a damaged sidecar, and user annotations winning in the tree, hovers and exports. */
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, setSetting, waitFor } from './helpers';

const ARTICLE = [
  'Talks in Vienna',
  '',
  'Foreign Minister Anna Berg met the Blue Harbour Collective in Vienna on Monday.',
  '',
  'Berg called the meeting a fresh start and said the group would meet again.',
  '',
  '"We listened," Berg said.',
  '',
].join('\n');

describe('Annotations', function () {
  let dir: vscode.Uri;
  let article: vscode.Uri;
  let editor: vscode.TextEditor;
  const fs = vscode.workspace.fs;
  const bytes = async (u: vscode.Uri) => Buffer.from(await fs.readFile(u)).toString('utf8');
  const sidecar = () => vscode.Uri.joinPath(dir, '.newslens', 'annotations-test.txt.json');
  const select = (words: string, nth = 0) => {
    const text = editor.document.getText();
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1);
    assert.ok(at >= 0, words);
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + words.length));
  };
  const analysis = async () => (await (await api()).service.get(editor.document))!.analysis;
  const settle = async (what: string, fn: (a: Awaited<ReturnType<typeof analysis>>) => boolean) => waitFor(what, async () => fn(await analysis()));

  before(async function () {
    // a folder of its own: the workspace folder when there is one (a fresh copy per run), else a temp folder
    const ws = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!ws) await setSetting('annotations.location', 'besideArticle');
    dir = ws ?? vscode.Uri.file(await import('node:fs').then((f) => f.mkdtempSync(path.join(os.tmpdir(), 'news-lens-'))));
    article = vscode.Uri.joinPath(dir, 'annotations-test.txt');
    await fs.writeFile(article, Buffer.from(ARTICLE));
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article));
  });

  after(async function () {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await setSetting('annotations.location', undefined);
    for (const u of [article, sidecar(), vscode.Uri.joinPath(dir, 'annotations-test.txt.newslens.json')]) {
      try { await fs.delete(u); } catch { /* not there */ }
    }
    try { await fs.delete(vscode.Uri.joinPath(dir, '.newslens'), { recursive: true }); } catch { /* not there */ }
  });

  it('marks words as an organization; the sidecar holds it and the article is unchanged', async function () {
    select('Blue Harbour Collective');
    await vscode.commands.executeCommand('newsLens.markAs.organization', { scope: 'mention' });
    await settle('the organization', (a) => a.entities.some((e) => e.kind === 'organization' && e.name === 'Blue Harbour Collective'));
    const stored = JSON.parse(await bytes((await api()).store.sidecarUri(article)!));
    assert.equal(stored.format, 'news-lens-annotations');
    assert.equal(stored.annotations[0].anchor.text, 'Blue Harbour Collective');
    assert.equal(await bytes(article), ARTICLE);
    assert.equal(editor.document.isDirty, false);
  });

  it('marks a person, a country and an event, and says Not an Entity', async function () {
    select('Vienna', 1);
    await vscode.commands.executeCommand('newsLens.markAs.event', { name: 'Vienna talks' });
    await settle('the event', (a) => a.entities.some((e) => e.kind === 'event' && e.name === 'Vienna talks'));
    select('Monday');
    await vscode.commands.executeCommand('newsLens.markAs.person', { scope: 'mention' });
    await settle('the person', (a) => a.entities.some((e) => e.kind === 'person' && e.name === 'Monday'));
    await vscode.commands.executeCommand('newsLens.notAnEntity', { scope: 'mention' });
    await settle('Monday gone', (a) => !a.entities.some((e) => e.name === 'Monday'));
    select('Talks');
    await vscode.commands.executeCommand('newsLens.markAs.country', { name: 'Austria' });
    await settle('the country', (a) => a.entities.some((e) => e.kind === 'country' && e.name === 'Austria'));
  });

  it('marks a quote with its speaker, and sets the speaker of a quote', async function () {
    select('a fresh start');
    await vscode.commands.executeCommand('newsLens.markQuote', { speaker: 'Anna Berg' });
    await settle('the marked quote', (a) => a.quotes.some((q) => q.text === 'a fresh start' && q.speaker === 'Anna Berg'));
    const text = editor.document.getText();
    editor.selection = new vscode.Selection(editor.document.positionAt(text.indexOf('We listened') + 2), editor.document.positionAt(text.indexOf('We listened') + 2));
    await vscode.commands.executeCommand('newsLens.setQuoteSpeaker', { speaker: null });
    await settle('no speaker', (a) => a.quotes.some((q) => q.text.startsWith('We listened') && q.speaker === null));
    // user annotations win in Extract Quotes too
    const doc = (await (await api()).exporter.extract(editor.document, { format: 'json' }))!;
    const rows = JSON.parse(doc.getText());
    assert.ok(rows.some((r: { text: string; speaker: string }) => r.text === 'a fresh start' && r.speaker === 'Anna Berg'));
    await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
  });

  it('names the reader as the rule in the hover of a marked mention and of a quote whose speaker the reader set', async function () {
    editor = await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    const hoverAt = async (words: string) => {
      const at = editor.document.positionAt(editor.document.getText().indexOf(words) + 2);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', article, at);
      return hovers.flatMap((h) => h.contents.map((c) => (c as vscode.MarkdownString).value)).join('\n');
    };
    const org = await hoverAt('Blue Harbour Collective');
    assert.match(org, /Blue Harbour Collective/);
    // the rule id is the hover's small last line
    assert.match(org, /<sub>rule: reader\.annotation<\/sub>\s*$/);
    const quote = await hoverAt('a fresh start');
    assert.match(quote, /Anna Berg/);
    assert.match(quote, /<sub>speaker rule: reader\.annotation<\/sub>\s*$/);
  });

  it('renames an entity, and merges one into another', async function () {
    editor = await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    const person = (await analysis()).entities.find((e) => e.kind === 'person' && /Berg/.test(e.name))!;
    editor.selection = new vscode.Selection(editor.document.positionAt(person.mentions[0].start), editor.document.positionAt(person.mentions[0].start));
    await vscode.commands.executeCommand('newsLens.renameEntity', { name: 'Anna K. Berg' });
    await settle('renamed', (a) => a.entities.some((e) => e.name === 'Anna K. Berg'));
    select('Vienna', 0);
    await vscode.commands.executeCommand('newsLens.markAs.person', { scope: 'mention' });
    await settle('Vienna as a person', (a) => a.entities.some((e) => e.kind === 'person' && e.name === 'Vienna'));
    await vscode.commands.executeCommand('newsLens.renameEntity', { name: 'Anna K. Berg' });
    await settle('merged', (a) => !a.entities.some((e) => e.name === 'Vienna') && a.entities.find((e) => e.name === 'Anna K. Berg')!.aliases.includes('Vienna'));
  });

  it('adds a note, shown in the hover and in the tree', async function () {
    select('the group');
    await vscode.commands.executeCommand('newsLens.addNote', { note: 'Which group? Check.' });
    await settle('the note', (a) => a.notes.some((n) => n.note === 'Which group? Check.'));
    const at = editor.document.positionAt(editor.document.getText().indexOf('the group') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', article, at);
    // Markdown escapes the note's punctuation; compare the text a reader sees
    const shown = hovers.flatMap((h) => h.contents.map((c) => (c as vscode.MarkdownString).value)).join('\n').replace(/\\(.)/g, '$1');
    assert.match(shown, /Your note:.*Which group\? Check\./);
    const { tree } = await api();
    await waitFor('the Notes section', () => tree.getChildren().some((n) => tree.getTreeItem(n).label === 'Notes'));
  });

  it('undoes the last annotation', async function () {
    await vscode.commands.executeCommand('newsLens.undoAnnotation');
    await settle('the note removed', (a) => a.notes.length === 0);
  });

  it('exports annotations as brat standoff, with user annotations in it', async function () {
    const out = (await vscode.commands.executeCommand<vscode.TextDocument>('newsLens.exportAnnotations', { format: 'brat' }))!;
    const lines = out.getText().split('\n');
    assert.ok(lines.some((l) => /^T\d+\tOrganization \d+ \d+\tBlue Harbour Collective$/.test(l)), out.getText());
    assert.ok(lines.some((l) => /^T\d+\tQuote /.test(l)));
    assert.ok(lines.some((l) => /^#\d+\tAnnotatorNotes T\d+\tspeaker: Anna K\. Berg$/.test(l)));
    editor = await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
  });

  it('re-anchors after an edit inside VS Code, and never saves the article', async function () {
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'UPDATED: '));
    await settle('the organization moved with its words', (a) => {
      const m = a.entities.find((e) => e.name === 'Blue Harbour Collective')?.mentions[0];
      return !!m && editor.document.getText().slice(m.start, m.end) === 'Blue Harbour Collective';
    });
    assert.equal(await bytes(article), ARTICLE, 'the file on disk is untouched');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor('reverted', () => !editor.document.isDirty);
  });

  it('re-anchors after an edit outside VS Code, and reports annotations whose words are gone', async function () {
    const changed = ARTICLE.replace('Talks in Vienna', 'Talks in Vienna, updated\n').replace('a fresh start', 'a new page');
    await fs.writeFile(article, Buffer.from(changed));
    await waitFor('the editor reloads', () => editor.document.getText() === changed);
    await settle('re-anchored and orphaned', (a) => {
      const m = a.entities.find((e) => e.name === 'Blue Harbour Collective')?.mentions[0];
      return !!m && changed.slice(m.start, m.end) === 'Blue Harbour Collective' && a.orphaned.some((o) => o.anchor?.text === 'a fresh start');
    });
    const { tree, statusBar } = await api();
    await waitFor('the Orphaned section', () => tree.getChildren().some((n) => tree.getTreeItem(n).label === 'Orphaned annotations'));
    await waitFor('the status bar says so', () => /orphaned/.test(statusBar.item.text));
  });

  it('leaves a damaged sidecar alone and says so', async function () {
    const { store } = await api();
    const uri = store.sidecarUri(article)!;
    const damaged = '{ "format": "news-lens-annotations", "version": 1, "annotations": [';
    await fs.writeFile(uri, Buffer.from(damaged));
    await waitFor('the store notices', async () => (await store.load(article)).error);
    assert.match(store.error(article)!, /not valid JSON/);
    select('Anna Berg');
    await vscode.commands.executeCommand('newsLens.markAs.person', { scope: 'mention' });
    assert.equal(await bytes(uri), damaged, 'not overwritten');
    const newer = JSON.stringify({ format: 'news-lens-annotations', version: 7, annotations: [] });
    await fs.writeFile(uri, Buffer.from(newer));
    await waitFor('the store notices the newer version', async () => /newer News Lens/.test((await store.load(article)).error ?? ''));
    await vscode.commands.executeCommand('newsLens.undoAnnotation');
    assert.equal(await bytes(uri), newer, 'not overwritten');
  });
});
