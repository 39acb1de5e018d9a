/** Correcting a corpus quickly (issue 14) in a real VS Code: marking all occurrences with one
 *  Undo, the team dictionary (applied, added to, a broken file reported and never overwritten),
 *  keyboard review of quotes, the Unnamed sources group, and brat import. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, waitFor } from './helpers';

const ARTICLE = [
  'Ferry Plan Stalls',
  '',
  'Mayor Lena Brook met the Tidewater Guild on Monday. The Tidewater Guild runs the night ferry.',
  '',
  '"We will not raise the fares," Brook said.',
  '',
  '"The money is simply not there," an official said.',
  '',
  '"Nobody asked the islanders," said Omar Vance, a ferry captain.',
  '',
].join('\n');

describe('Correcting a corpus (issue 14)', function () {
  const fs = vscode.workspace.fs;
  let folder: vscode.WorkspaceFolder;
  let article: vscode.Uri;
  let editor: vscode.TextEditor;
  const dictionaryUri = () => vscode.Uri.joinPath(folder.uri, '.newslens', 'dictionary.json');
  const analysis = async () => (await (await api()).service.get(editor.document))!.analysis;
  const settle = (what: string, fn: (a: Awaited<ReturnType<typeof analysis>>) => boolean) => waitFor(what, async () => fn(await analysis()));
  const select = (words: string) => {
    const at = editor.document.getText().indexOf(words);
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + words.length));
  };

  before(async function () {
    const ws = vscode.workspace.workspaceFolders?.[0];
    if (!ws) this.skip(); // the team dictionary lives in a workspace folder (the runner opens a copy of seeds/)
    folder = ws!;
    article = vscode.Uri.joinPath(folder.uri, 'reader-test.txt');
    await fs.writeFile(article, Buffer.from(ARTICLE));
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article));
  });

  after(async function () {
    if (!folder) return;
    await vscode.commands.executeCommand('newsLens.stopReview');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const u of [article, dictionaryUri(), vscode.Uri.joinPath(folder.uri, 'reader-test.ann'), vscode.Uri.joinPath(folder.uri, '.newslens', 'reader-test.txt.json')]) {
      try { await fs.delete(u); } catch { /* not there */ }
    }
  });

  it('marks all occurrences in the article at once, and one Undo takes them all back', async function () {
    select('Tidewater Guild');
    await vscode.commands.executeCommand('newsLens.markAs.event', { scope: 'article' });
    await settle('both occurrences marked', (a) => a.entities.find((e) => e.name === 'Tidewater Guild' && e.kind === 'event')?.mentions.length === 2);
    await vscode.commands.executeCommand('newsLens.undoAnnotation');
    await settle('both taken back', (a) => !a.entities.some((e) => e.kind === 'event' && e.name === 'Tidewater Guild'));
  });

  it('applies the team dictionary to the article, and adds entries without losing the file', async function () {
    await vscode.commands.executeCommand('newsLens.addToDictionary', { entry: { text: 'Tidewater Guild', kind: 'organization', note: 'the ferry operators' } });
    await settle('the dictionary applied', (a) => a.entities.find((e) => e.name === 'Tidewater Guild')?.mentions.every((m) => m.rule === 'dictionary.entity') ?? false);
    await vscode.commands.executeCommand('newsLens.addToDictionary', { entry: { text: 'Ferry Plan', notEntity: true } });
    const saved = JSON.parse(Buffer.from(await fs.readFile(dictionaryUri())).toString('utf8'));
    assert.equal(saved.format, 'news-lens-dictionary');
    assert.deepEqual(saved.entries.map((e: { text: string }) => e.text), ['Tidewater Guild', 'Ferry Plan']);
    assert.equal(saved.entries[0].note, 'the ferry operators');
  });

  it('reports a broken dictionary at its line, ignores it, and never overwrites it', async function () {
    const broken = '{\n  "format": "news-lens-dictionary",\n  "version": 1,\n  "entries": [ {"text": "Tidewater Guild" "kind": "event"} ]\n}\n';
    await fs.writeFile(dictionaryUri(), Buffer.from(broken));
    const problems = await waitFor('a problem in the dictionary', () => {
      const d = vscode.languages.getDiagnostics(dictionaryUri());
      return d.length ? d : undefined;
    });
    assert.equal(problems[0].range.start.line, 3, 'line 4 of the file');
    await settle('its entries ignored', (a) => !a.entities.some((e) => e.mentions.some((m) => m.rule?.startsWith('dictionary.'))));
    await vscode.commands.executeCommand('newsLens.addToDictionary', { entry: { text: 'Omar Vance', kind: 'person' } });
    assert.equal(Buffer.from(await fs.readFile(dictionaryUri())).toString('utf8'), broken, 'the broken file is left as it was');
    await fs.delete(dictionaryUri());
  });

  it('reviews quotes with the keyboard commands, and files an unnamed source under Unnamed sources', async function () {
    const { review, tree } = await api();
    const quotes = (await analysis()).quotes;
    assert.equal(quotes.length, 3);
    await vscode.commands.executeCommand('newsLens.reviewQuotes');
    assert.equal(editor.document.offsetAt(editor.selection.start), quotes[0].start, 'the first quote is selected');
    await vscode.commands.executeCommand('newsLens.acceptSpeaker');
    assert.equal(editor.document.offsetAt(editor.selection.start), quotes[1].start, 'accepting moves on');
    await vscode.commands.executeCommand('newsLens.changeSpeaker', { speaker: null, description: 'a harbour official' });
    await settle('the unnamed source', (a) => a.quotes[1].speakerDescription === 'a harbour official' && a.reviewed.length === 2);
    await vscode.commands.executeCommand('newsLens.previousQuote');
    assert.equal(editor.document.offsetAt(editor.selection.start), quotes[1].start, 'back one quote');
    assert.ok(review.active);
    const status = await waitFor('the progress in the status bar', () => review.progressText.includes('2 / 3 reviewed') && review.progressText);
    assert.match(String(status), /Alt\+A accept/, 'the keys are shown');
    const group = tree.getChildren().find((n) => n.type === 'group' && n.kind === 'quote')!;
    const unnamed = tree.getChildren(group).find((n) => n.type === 'speaker' && n.label === 'Unnamed sources');
    assert.ok(unnamed && unnamed.type === 'speaker' && unnamed.quotes.some((q) => q.quote.speakerDescription === 'a harbour official'));
    await vscode.commands.executeCommand('newsLens.stopReview');
    assert.equal(review.active, false);
  });

  it('imports brat annotations, and reports the lines that do not match', async function () {
    const text = editor.document.getText();
    const at = text.indexOf('Omar Vance');
    const ann = vscode.Uri.joinPath(folder.uri, 'reader-test.ann');
    await fs.writeFile(ann, Buffer.from(`T1\tOrganization ${at} ${at + 10}\tOmar Vance\nT2\tPerson 0 4\tNope\n`));
    const imported = await vscode.commands.executeCommand<{ problems: { line: number }[] }>('newsLens.importBrat', { ann });
    assert.deepEqual(imported.problems.map((p) => p.line), [2]);
    await settle('the imported entity', (a) => a.entities.some((e) => e.kind === 'organization' && e.name === 'Omar Vance'));
  });
});
