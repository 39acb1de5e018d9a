/** Wires the News Lens providers together; the analysis itself lives in ./core. */
import * as vscode from 'vscode';
import { AnalysisClient } from './editor/analysisClient';
import { AnalysisService } from './editor/analysisService';
import { registerAnnotationCommands } from './editor/annotationCommands';
import { AnnotationStore } from './editor/annotationStore';
import { registerCommands } from './editor/commands';
import { readConfig } from './editor/config';
import { DecorationController } from './editor/decorations';
import { EntityTreeProvider } from './editor/entityTree';
import { NewsLensHoverProvider } from './editor/hover';
import { QuoteExporter } from './editor/quotesExport';
import { followCursor } from './editor/revealOnCursor';
import { workerSpawner } from './editor/spawnWorker';
import { StatusBar } from './editor/statusBar';
import { NewsLensSymbolProvider } from './editor/symbols';
import { WorkspaceIndex } from './editor/workspaceIndex';

export interface NewsLensApi {
  service: AnalysisService;
  decorations: DecorationController;
  tree: EntityTreeProvider;
  treeView: vscode.TreeView<import('./editor/treeNodes').TreeNode>;
  exporter: QuoteExporter;
  index: WorkspaceIndex;
  statusBar: StatusBar;
  store: AnnotationStore;
}

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const store = new AnnotationStore();
  // the analysis runs in worker threads: one for open articles, one for workspace mode
  const spawn = workerSpawner(context.extensionUri);
  const service = new AnalysisService(store, new AnalysisClient(spawn));
  const index = new WorkspaceIndex(store, new AnalysisClient(spawn, 2));
  const decorations = new DecorationController(service);
  const tree = new EntityTreeProvider(service, index, vscode.Uri.joinPath(context.extensionUri, 'media'));
  const treeView = vscode.window.createTreeView('newsLens.entities', { treeDataProvider: tree, showCollapseAll: true });
  const exporter = new QuoteExporter(service, index);
  const statusBar = new StatusBar();
  const selector: vscode.DocumentSelector = readConfig().languages.map((language) => ({ language }));

  const showActive = () => {
    const editor = vscode.window.activeTextEditor;
    if (editor && service.isArticle(editor.document)) {
      tree.showDocument(editor.document);
      statusBar.show(service.peek(editor.document));
      void service.get(editor.document); // onDidAnalyze shows it when it comes
      treeView.message = undefined;
    } else if (!editor) statusBar.show(undefined);
  };
  const setWorkspaceMode = async (on: boolean) => {
    await vscode.commands.executeCommand('setContext', 'newsLens.workspaceMode', on);
    treeView.title = on ? 'Entities (workspace)' : 'Entities';
    if (on) await index.refresh();
    tree.setWorkspaceMode(on);
  };

  context.subscriptions.push(
    store, service, index, decorations, tree, treeView, statusBar,
    vscode.languages.registerHoverProvider(selector, new NewsLensHoverProvider(service)),
    vscode.languages.registerDocumentSymbolProvider(selector, new NewsLensSymbolProvider(service), { label: 'News Lens' }),
    ...registerCommands({ service, tree, treeView, exporter, setWorkspaceMode }),
    ...registerAnnotationCommands(service, store),
    vscode.window.onDidChangeActiveTextEditor(showActive),
    service.onDidAnalyze((a) => {
      if (vscode.window.activeTextEditor?.document.uri.toString() === a.uri.toString()) statusBar.show(a);
      if (a.skipped) treeView.message = `This article was ${a.skipped}.`;
    }),
    decorations.onDidHitCap(({ total, cap }) => statusBar.noteCap(total, cap)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsLens')) showActive();
    }),
    followCursor(service, tree, treeView),
  );
  void vscode.commands.executeCommand('setContext', 'newsLens.sortBy', tree.sortBy);
  void vscode.commands.executeCommand('setContext', 'newsLens.workspaceMode', false);
  showActive();
  decorations.drawAll();
  return { service, decorations, tree, treeView, exporter, index, statusBar, store };
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}
