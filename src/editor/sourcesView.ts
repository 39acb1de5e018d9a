/** The Sources view: a webview panel that shows who gets a voice in the active article or the
 *  whole workspace (src/core/corpus), and "Compare This Quote Across Articles". The page is built
 *  from data (no file is read for it, so it works in the web extension); the webview has a strict
 *  Content Security Policy, loads only media/sources.{css,js} and never the network. */
import * as vscode from 'vscode';
import {
  articleSources, ArticleSources, balanceChart, comparePage, corpusReport, CorpusQuotes, CorpusReport, diffWords, MATCHING, normalWords,
  reportCsv, reportMarkdown, shareChart, sourcesPage,
} from '../core/corpus';
import { bundledGenderNames } from '../core/corpus/genderNames';
import { AnalysisService } from './analysisService';
import { revealSpan } from './commands';
import { WorkspaceIndex } from './workspaceIndex';

/** What the page shows, kept for the clicks (and for tests). */
export interface SourcesData {
  scope: 'article' | 'workspace';
  articles: ArticleSources[];
  uris: vscode.Uri[];
  report: CorpusReport;
}

type Message =
  | { type: 'open'; article: number; start: number; end: number }
  | { type: 'compare'; article: number; quote: number }
  | { type: 'scope'; workspace: boolean }
  | { type: 'exportMarkdown' | 'exportCsv' | 'exportShareSvg' | 'exportBalanceSvg' | 'back' };

export class SourcesView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The data on show; undefined before the first show. */
  data: SourcesData | undefined;
  /** The last article shown, for the article scope when no article editor is active. */
  private article: vscode.TextDocument | undefined;

  constructor(private readonly service: AnalysisService, private readonly index: WorkspaceIndex, private readonly media: vscode.Uri) {}

  /** "News Lens: Show Sources": the active article, or the workspace. */
  async show(workspace = false): Promise<SourcesData | undefined> {
    const data = workspace ? await this.workspaceData() : await this.articleData();
    if (!data) {
      void vscode.window.showInformationMessage('News Lens: open an article (a .txt or .md file) to see its sources.');
      return undefined;
    }
    this.data = data;
    const canSwitch = !!vscode.workspace.workspaceFolders?.length;
    this.render(sourcesPage(data.report, data.articles, { scope: data.scope, canSwitch }), data.scope === 'workspace' ? 'Sources (workspace)' : 'Sources');
    return data;
  }

  /** "Compare This Quote Across Articles", from the tree (a quote node), a hover link
   *  ([uri, offset]) or the cursor in the active article. */
  async compare(arg?: unknown, offset?: number): Promise<number | undefined> {
    const chosen = await this.chosenQuote(arg, offset);
    if (!chosen) {
      void vscode.window.showInformationMessage('News Lens: put the cursor in a quote to compare it across articles.');
      return undefined;
    }
    if (normalWords(chosen.text).length < MATCHING.minWords) {
      void vscode.window.showInformationMessage(`News Lens: this quote is too short to tell one statement from another (${MATCHING.minWords} words or more are compared).`);
      return undefined;
    }
    const data = (this.data?.scope === 'workspace' ? this.data : undefined) ?? (await this.workspaceData());
    if (!data) return undefined;
    this.data = data;
    const versions = new CorpusQuotes(data.articles).versionsOf(chosen.text)
      .filter((v) => !(data.uris[v.ref.article].toString() === chosen.uri.toString() && v.start === chosen.start));
    const name = vscode.workspace.asRelativePath(chosen.uri);
    this.render(comparePage({ article: name, speaker: chosen.speaker, text: chosen.text }, versions.map((version) => ({ version, diff: diffWords(chosen.text, version.text) }))), 'Quote across articles');
    return versions.length;
  }

  private async chosenQuote(arg: unknown, offset?: number): Promise<{ uri: vscode.Uri; start: number; text: string; speaker: string | null } | undefined> {
    if (arg && typeof arg === 'object' && (arg as { type?: string }).type === 'quote') {
      const node = arg as { source: { uri: vscode.Uri }; quote: { start: number; text: string; speaker: string | null; speakerDescription?: string } };
      return { uri: node.source.uri, start: node.quote.start, text: node.quote.text, speaker: node.quote.speaker ?? node.quote.speakerDescription ?? null };
    }
    let doc: vscode.TextDocument | undefined;
    if (typeof arg === 'string' && typeof offset === 'number') doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg);
    else {
      doc = vscode.window.activeTextEditor?.document;
      offset = doc && vscode.window.activeTextEditor ? doc.offsetAt(vscode.window.activeTextEditor.selection.active) : undefined;
    }
    const result = doc && (await this.service.get(doc));
    const q = result?.analysis.quotes.find((x) => x.start <= offset! && offset! <= x.end);
    return q && doc ? { uri: doc.uri, start: q.start, text: q.text, speaker: q.speaker ?? q.speakerDescription ?? null } : undefined;
  }

  private async articleData(): Promise<SourcesData | undefined> {
    const active = vscode.window.activeTextEditor?.document;
    if (active && this.service.isArticle(active)) this.article = active;
    const doc = this.article;
    const result = doc && !doc.isClosed ? await this.service.get(doc) : undefined;
    if (!doc || !result) return undefined;
    const articles = [articleSources(vscode.workspace.asRelativePath(doc.uri), result.analysis, doc.getText())];
    return { scope: 'article', articles, uris: [doc.uri], report: corpusReport(articles, this.options()) };
  }

  private async workspaceData(): Promise<SourcesData | undefined> {
    if (!vscode.workspace.workspaceFolders?.length) return await this.articleData();
    await this.index.refresh();
    const files = this.index.results();
    const articles = files.map((f) => articleSources(vscode.workspace.asRelativePath(f.uri), f.analysis, f.text));
    return { scope: 'workspace', articles, uris: files.map((f) => f.uri), report: corpusReport(articles, this.options()) };
  }

  private options() {
    const estimate = vscode.workspace.getConfiguration('newsLens').get<boolean>('sources.estimateGender', false);
    return estimate ? { genderNames: bundledGenderNames() } : {};
  }

  private render(body: string, title: string): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('newsLens.sources', title, vscode.ViewColumn.Beside, {
        enableScripts: true, localResourceRoots: [this.media], retainContextWhenHidden: false,
      });
      this.panel.iconPath = vscode.Uri.joinPath(this.media, 'quote.svg');
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: Message) => this.onMessage(m));
    }
    this.panel.title = title;
    const webview = this.panel.webview;
    const nonce = Array.from({ length: 32 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
    const css = webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'sources.css'));
    const js = webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'sources.js'));
    webview.html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; img-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="${css}"><title>${title}</title></head>
<body>${body}<script nonce="${nonce}" src="${js}"></script></body></html>`;
    this.panel.reveal(undefined, true);
  }

  private async onMessage(m: Message): Promise<void> {
    const data = this.data;
    if (!data) return;
    switch (m.type) {
      case 'open':
        if (data.uris[m.article]) await revealSpan(data.uris[m.article], m.start, m.end);
        return;
      case 'compare': {
        const uri = data.uris[m.article];
        const q = data.articles[m.article]?.quotes[m.quote];
        if (uri && q) await this.compare({ type: 'quote', source: { uri }, quote: { start: q.start, text: q.text, speaker: q.speaker ?? q.description ?? null } });
        return;
      }
      case 'scope':
        await this.show(m.workspace);
        return;
      case 'back':
        await this.show(data.scope === 'workspace');
        return;
      case 'exportMarkdown':
        return this.openDocument(reportMarkdown(data.report), 'markdown');
      case 'exportCsv':
        return this.openDocument(reportCsv(data.report), 'csv');
      case 'exportShareSvg':
        return this.openDocument(shareChart(data.report.speakers, true), 'xml');
      case 'exportBalanceSvg':
        return this.openDocument(balanceChart(data.report.perArticle, true), 'xml');
    }
  }

  /** An untitled document the user can save: works in the web extension, where there is no disk. */
  private async openDocument(content: string, language: string): Promise<void> {
    const doc = await vscode.workspace.openTextDocument({ content, language });
    this.service.ownDocuments.add(doc.uri.toString());
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
