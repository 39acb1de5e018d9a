/** Issue 15: the Sources view's data inside a real VS Code, on the seeds and on a workspace with a
 *  drifting quote (two articles written for this test, removed afterwards). The view is built
 *  here from the extension's own services, so this runs before the command is wired. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SourcesView } from '../../src/editor/sourcesView';
import { api, EXTENSION_ID, openSeed, SEED_000, setSetting } from './helpers';

const DRIFT_A = 'The ferry will run all winter, the council said.\n\n"We will keep the night ferry running through the winter, whatever the fuel costs," said Ada Okafor.\n';
const DRIFT_B = 'Islanders were relieved.\n\n"We will keep the night ferry running through the winter," said Tomas Brennick, the harbour master.\n';

describe('Sources view (issue 15)', function () {
  let view: SourcesView;
  const made: vscode.Uri[] = [];

  before(async function () {
    const a = await api();
    const media = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'media');
    view = new SourcesView(a.service, a.index, media);
  });

  after(async function () {
    view.dispose();
    for (const uri of made) await vscode.workspace.fs.delete(uri);
    if (vscode.workspace.getConfiguration('newsLens').inspect('sources.estimateGender')?.defaultValue !== undefined) await setSetting('sources.estimateGender', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows the active article\'s speakers, with counts that add up', async function () {
    await openSeed(SEED_000);
    const data = await view.show(false);
    assert.ok(data);
    assert.equal(data.scope, 'article');
    assert.equal(data.report.articles, 1);
    assert.ok(data.report.speakers.length > 0);
    const quotes = [...data.report.speakers, ...data.report.unnamed, data.report.unattributed].reduce((n, r) => n + r.quotes, 0);
    assert.equal(quotes, data.report.quotes);
    assert.equal(data.report.gender, undefined, 'the gender estimate is off by default');
  });

  it('adds the gender estimate when the setting is on', async function () {
    // the setting is contributed in package.json by the merge that wires the view: until then
    // VS Code refuses to write it, and this test is reported as skipped
    if (vscode.workspace.getConfiguration('newsLens').inspect('sources.estimateGender')?.defaultValue === undefined) this.skip();
    await setSetting('sources.estimateGender', true);
    await openSeed(SEED_000);
    const data = await view.show(false);
    assert.ok(data?.report.gender);
    const g = data.report.gender.people;
    assert.equal(g.female + g.male + g.unknown, data.report.speakers.filter((s) => s.kind === 'person').length);
    await setSetting('sources.estimateGender', undefined);
  });

  it('finds a drifting quote over the workspace and compares it across articles', async function () {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) this.skip();
    for (const [name, text] of [['drift-a.txt', DRIFT_A], ['drift-b.txt', DRIFT_B]]) {
      const uri = vscode.Uri.joinPath(folder!.uri, name);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      made.push(uri);
    }
    const data = await view.show(true);
    assert.ok(data);
    assert.equal(data.scope, 'workspace');
    assert.ok(data.report.articles >= 4, String(data.report.articles));
    const group = data.report.drift.find((g) => g.statement.includes('night ferry'));
    assert.ok(group, JSON.stringify(data.report.drift.map((g) => g.statement)));
    assert.equal(group.speakerDiffers, true);
    assert.deepEqual(group.versions.map((v) => v.article).sort(), ['drift-a.txt', 'drift-b.txt']);

    const doc = await vscode.workspace.openTextDocument(made[0]);
    const editor = await vscode.window.showTextDocument(doc);
    const at = doc.getText().indexOf('night ferry');
    editor.selection = new vscode.Selection(doc.positionAt(at), doc.positionAt(at));
    assert.equal(await view.compare(), 1);
  });
});
