/** News Lens in the browser (webworker) extension host, as in vscode.dev / github.dev: the web
 *  bundle activates, decorates a seed article, fills the tree, and Extract Quotes opens an
 *  untitled Markdown list. Node-free on purpose: no `assert`, `path`, `fs` or `process`. */
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension';

const EXTENSION_ID = 'news-lens.news-lens';
const SEED = '000_cd49f1154b42ae10.txt';

function ok(value: unknown, message: string): asserts value {
  if (!value) throw new Error(message);
}
function equal<T>(actual: T, expected: T, message: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}: expected ${e}, got ${a}`);
}

async function waitFor<T>(what: string, fn: () => T | undefined | false | Promise<T | undefined | false>, ms = 20000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function api(): Promise<NewsLensApi> {
  const ext = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
  ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext.isActive ? ext.exports : ext.activate();
}

let seedDoc: vscode.TextDocument | undefined;
/** The seed article: the workspace's fresh copy (the runner puts one there), or, without a
 *  workspace folder, an untitled plain-text document with the seed's bundled text. */
async function openSeed(): Promise<vscode.TextEditor> {
  if (!seedDoc || seedDoc.isClosed) {
    const folder = vscode.workspace.workspaceFolders?.[0];
    let fromWorkspace: vscode.TextDocument | undefined;
    if (folder) {
      try {
        fromWorkspace = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, SEED));
      } catch { /* no copy in the workspace */ }
    }
    if (!fromWorkspace) ok(typeof NEWS_LENS_SEED_TEXT === 'string', `no ${SEED} in the workspace and no bundled copy`);
    seedDoc = fromWorkspace ?? await vscode.workspace.openTextDocument({ language: 'plaintext', content: NEWS_LENS_SEED_TEXT });
  }
  return vscode.window.showTextDocument(seedDoc, { preview: false, viewColumn: vscode.ViewColumn.One });
}

export function defineWebTests(): void {
  describe('News Lens in the web extension host', function () {
    after(async function () {
      // the quotes list is an unsaved untitled document: revert it, so closing asks nothing
      await vscode.commands.executeCommand('_workbench.revertAllDirty');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('runs the web bundle in a webworker extension host', async function () {
      const g = globalThis as Record<string, unknown>;
      ok(typeof g.importScripts === 'function' && typeof g.WorkerGlobalScope === 'function', 'this is a web worker');
      equal(vscode.env.uiKind, vscode.UIKind.Web, 'vscode.env.uiKind');
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      ok(ext, 'the extension is known');
      // web-worker extensions run on the UI side; the desktop bundle (main) would be "Workspace"
      equal(ext.extensionKind, vscode.ExtensionKind.UI, 'extensionKind');
      equal(ext.packageJSON.browser, './dist/web/extension.js', 'package.json browser entry');
    });

    it('activates on the seed article', async function () {
      const editor = await openSeed();
      equal(editor.document.languageId, 'plaintext', 'language');
      const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
      await waitFor('activation', () => ext.isActive);
      ok((await api()).service, 'the API has the analysis service');
    });

    it('decorates people, countries, organizations, events and quotes', async function () {
      const editor = await openSeed();
      const { decorations } = await api();
      const drawn = await waitFor('decorations', () => {
        const d = decorations.drawn.get(editor);
        return d && d.ranges.person.length > 0 ? d : undefined;
      });
      for (const kind of ['person', 'country', 'organization', 'event', 'quote'] as const) {
        ok(drawn.ranges[kind].length > 0, `some ${kind} decorations (got ${drawn.ranges[kind].length})`);
      }
      ok(drawn.ranges.person.some((r) => editor.document.getText(r) === 'John Kerry'), 'John Kerry is highlighted as a person');
    });

    it('analyses in a Web Worker started by the webworker extension host', async function () {
      await openSeed();
      const { service } = await api();
      await waitFor('a worker', () => service.client.stats.workersStarted > 0 && service.client.stats.posted > 0);
      equal(service.client.fallbackReason, undefined, 'the analysis did not fall back to the extension host\'s thread');
    });

    it('shows the five groups and the entities in the tree', async function () {
      const editor = await openSeed();
      const { tree } = await api();
      await waitFor('tree', () => tree.document?.uri.toString() === editor.document.uri.toString() && tree.getChildren().length > 0);
      const groups = tree.getChildren();
      equal(groups.map((g) => tree.getTreeItem(g).label), ['People', 'Countries', 'Organizations', 'Events', 'Quotes'], 'group labels');
      const people = tree.getChildren(groups[0]).map((n) => tree.getTreeItem(n).label);
      ok(people.includes('John Kerry'), `John Kerry is in People (${people.slice(0, 5).join(', ')}…)`);
    });

    it('lists the article in the outline', async function () {
      const editor = await openSeed();
      const symbols = await waitFor('symbols', async () => {
        const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
        return s && s.length ? s : undefined;
      });
      ok(symbols.length > 0, 'document symbols');
    });

    it('Extract Quotes opens an untitled Markdown list with the speakers', async function () {
      const editor = await openSeed();
      await vscode.commands.executeCommand('newsLens.extractQuotes');
      const out = await waitFor('the quotes document', () => {
        const e = vscode.window.activeTextEditor;
        return e && e.document !== editor.document && e.document.languageId === 'markdown' ? e : undefined;
      });
      equal(out.document.uri.scheme, 'untitled', 'scheme of the quotes document');
      ok(out.document.getText().includes('John Kerry'), 'the quotes list names John Kerry');
      // the article is unchanged (an untitled seed, opened from the bundled copy, is "dirty" from the start)
      if (editor.document.uri.scheme === 'untitled') equal(editor.document.getText(), NEWS_LENS_SEED_TEXT, 'article text');
      else ok(!editor.document.isDirty, 'the article is unchanged');
    });

    it('Show Sources opens the Sources panel with the speakers of the article', async function () {
      await openSeed();
      const data = await vscode.commands.executeCommand<{ report: { speakers: { name: string }[] } } | undefined>('newsLens.showSources');
      ok(data, 'the panel has its data');
      ok(data!.report.speakers.some((s) => s.name === 'John Kerry'), 'John Kerry among the speakers');
      const tab = await waitFor('the Sources panel', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label.startsWith('Sources')));
      ok(tab.input instanceof vscode.TabInputWebview, 'a webview panel');
    });
  });
}
