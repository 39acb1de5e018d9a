/** Wires the News Lens providers together; the analysis itself lives in ./core. */
import * as vscode from 'vscode';
import { ActiveArticle } from './editor/activeArticle';
import { AnalysisClient } from './editor/analysisClient';
import { AnalysisService } from './editor/analysisService';
import { registerAnnotationCommands } from './editor/annotationCommands';
import { AnnotationStore } from './editor/annotationStore';
import { ArticleScope, articleScope } from './editor/articleScope';
import { registerCommands } from './editor/commands';
import { DecorationController } from './editor/decorations';
import { DictionaryStore } from './editor/dictionaryStore';
import { EntityTreeProvider } from './editor/entityTree';
import { NewsLensHoverProvider } from './editor/hover';
import { QuoteReview } from './editor/quoteReview';
import { QuoteExporter } from './editor/quotesExport';
import { registerReaderCommands } from './editor/readerCommands';
import { followCursor } from './editor/revealOnCursor';
import { SourcesView } from './editor/sourcesView';
import { workerSpawner } from './editor/spawnWorker';
import { StatusBar } from './editor/statusBar';
import { NewsLensSymbolProvider } from './editor/symbols';
import { WorkspaceIndex } from './editor/workspaceIndex';

/** What activate returns in the extension's own tests (ExtensionMode.Test), and only there:
 *  the providers, for tests to look inside. Users' extensions get nothing. */
export interface NewsLensTestApi {
  service: AnalysisService;
  decorations: DecorationController;
  tree: EntityTreeProvider;
  treeView: vscode.TreeView<import('./editor/treeNodes').TreeNode>;
  exporter: QuoteExporter;
  index: WorkspaceIndex;
  statusBar: StatusBar;
  store: AnnotationStore;
  scope: ArticleScope;
  sources: SourcesView;
  dictionaries: DictionaryStore;
  review: QuoteReview;
}

/** The name the test helpers import. */
export type NewsLensApi = NewsLensTestApi;

export function activate(context: vscode.ExtensionContext): NewsLensTestApi | undefined {
  context.subscriptions.push(articleScope.activate(context.workspaceState));
  const store = new AnnotationStore();
  const dictionaries = new DictionaryStore();
  // the analysis runs in worker threads: one for open articles, one for workspace mode
  const spawn = workerSpawner(context.extensionUri);
  const service = new AnalysisService(store, new AnalysisClient(spawn), dictionaries);
  const index = new WorkspaceIndex(store, new AnalysisClient(spawn, 2), dictionaries);
  const review = new QuoteReview(service, store);
  const decorations = new DecorationController(service);
  const tree = new EntityTreeProvider(service, index, vscode.Uri.joinPath(context.extensionUri, 'media'));
  const treeView = vscode.window.createTreeView('newsLens.entities', { treeDataProvider: tree, showCollapseAll: true });
  const exporter = new QuoteExporter(service, index);
  const statusBar = new StatusBar();
  tree.attachView(treeView);
  const active = new ActiveArticle(service, tree, statusBar);
  const sources = new SourcesView(service, index, vscode.Uri.joinPath(context.extensionUri, 'media'));
  // every document: isArticle decides inside, so the language and glob settings apply without a reload
  const selector: vscode.DocumentSelector = '*';

  const setWorkspaceMode = async (on: boolean) => {
    await vscode.commands.executeCommand('setContext', 'newsLens.workspaceMode', on);
    // a description, not a longer title: the title shares its line with the view's actions
    treeView.description = on ? 'all articles' : undefined;
    if (on) await index.refresh();
    tree.setWorkspaceMode(on);
  };

  context.subscriptions.push(
    store, service, index, decorations, tree, treeView, statusBar, active,
    articleScope.bindContextKey((doc) => service.isArticle(doc)),
    vscode.languages.registerHoverProvider(selector, new NewsLensHoverProvider(service)),
    vscode.languages.registerDocumentSymbolProvider(selector, new NewsLensSymbolProvider(service), { label: 'News Lens' }),
    ...registerCommands({ service, tree, treeView, exporter, scope: articleScope, setWorkspaceMode }),
    ...registerAnnotationCommands(service, store, tree, dictionaries),
    ...registerReaderCommands(service, store, dictionaries, review),
    dictionaries, review,
    decorations.onDidHitCap(({ total, cap }) => statusBar.noteCap(total, cap)),
    // a file became an article or stopped being one: highlights, and the workspace list, follow
    articleScope.onDidChange(() => {
      decorations.drawAll();
      if (tree.workspaceMode) void setWorkspaceMode(true);
    }),
    followCursor(service, tree, treeView),
    sources,
    vscode.commands.registerCommand('newsLens.showSources', () => sources.show(false)),
    vscode.commands.registerCommand('newsLens.showWorkspaceSources', () => sources.show(true)),
    vscode.commands.registerCommand('newsLens.compareQuote', (arg?: unknown, offset?: number) => sources.compare(arg, offset)),
  );
  void vscode.commands.executeCommand('setContext', 'newsLens.sortBy', tree.sortBy);
  void vscode.commands.executeCommand('setContext', 'newsLens.workspaceMode', false);
  active.refresh();
  decorations.drawAll();
  return context.extensionMode === vscode.ExtensionMode.Test ? { service, decorations, tree, treeView, exporter, index, statusBar, store, scope: articleScope, sources, dictionaries, review } : undefined;
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}
