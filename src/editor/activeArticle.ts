/** What the tree and the status bar show for the active editor: its article, or why it is not
 *  analysed (not an article, binary, too large), never silently the previous article. */
import * as vscode from 'vscode';
import { isSkip } from '../core/reader/inputGate';
import { AnalysisService } from './analysisService';
import { articleScope, gateFile } from './articleScope';
import { readConfig } from './config';
import { EntityTreeProvider } from './entityTree';
import { StatusBar } from './statusBar';

export class ActiveArticle implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[];
  /** Bumped on every refresh, so a file check that ends late does not overwrite a newer state. */
  private generation = 0;

  constructor(private readonly service: AnalysisService, private readonly tree: EntityTreeProvider, private readonly statusBar: StatusBar) {
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      // a binary file's tab has no text editor: follow tabs too
      vscode.window.tabGroups.onDidChangeTabs(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('newsLens')) this.refresh();
      }),
      articleScope.onDidChange(() => this.refresh()),
      service.onDidAnalyze((a) => {
        if (vscode.window.activeTextEditor?.document.uri.toString() === a.uri.toString()) this.statusBar.show(a);
      }),
    ];
  }

  refresh(): void {
    const generation = ++this.generation;
    const editor = vscode.window.activeTextEditor;
    if (editor) {
      const doc = editor.document;
      if (this.service.isArticle(doc)) {
        this.tree.showDocument(doc);
        this.statusBar.show(this.service.peek(doc));
        void this.service.get(doc); // onDidAnalyze shows it when it comes
        return;
      }
      const verdict = articleScope.classify(doc);
      // a text file in an article language that the globs or the reader left out; other
      // editors (a JSON export, settings) keep the last article on show
      if (!verdict.article && readConfig().languages.includes(doc.languageId) && !this.service.ownDocuments.has(doc.uri.toString()) && !doc.isUntitled) {
        this.tree.showNotAnalysed(doc.uri, verdict.reason);
        this.statusBar.showNotAnalysed(doc.uri, verdict.reason, true);
      }
      return;
    }
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    if (!(input instanceof vscode.TabInputText)) {
      if (!vscode.window.tabGroups.all.some((g) => g.tabs.length)) {
        // nothing open any more
        this.tree.showDocument(undefined);
        this.statusBar.show(undefined);
      }
      return;
    }
    // a file tab with no text editor: VS Code found it binary or too large to show as text
    const uri = input.uri;
    if (!articleScope.classifyUri(uri).article) return;
    void gateFile(uri).then((read) => {
      if (generation !== this.generation || !isSkip(read)) return;
      this.tree.showNotAnalysed(uri, read.message);
      this.statusBar.showNotAnalysed(uri, read.message);
    });
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
