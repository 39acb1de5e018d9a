/** The status-bar item: counts for the active article, or why it was not analysed. Clicking it
 *  toggles all highlights. */
import * as vscode from 'vscode';
import { DocumentAnalysis } from './analysisService';
import { HighlightKind, KIND_LABEL, plural, readConfig } from './config';

export class StatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('newsLens.status', vscode.StatusBarAlignment.Right, 100);
  private capNote = '';

  constructor() {
    this.item.name = 'News Lens';
    this.item.command = 'newsLens.toggleHighlights';
  }

  noteCap(total: number, cap: number): void {
    this.capNote = `only the first ${cap} highlights are drawn (of more than ${total}); see newsLens.maxDecorationsPerEditor`;
  }

  show(result: DocumentAnalysis | undefined): void {
    if (!result) {
      this.item.hide();
      return;
    }
    if (result.skipped) {
      this.showNotAnalysed(result.uri, result.skipped);
      return;
    }
    const on = readConfig().enabled;
    this.item.command = 'newsLens.toggleHighlights';
    const { entities, quotes } = result.analysis;
    const n = (k: HighlightKind) => plural(k === 'quote' ? quotes.length : entities.filter((e) => e.kind === k).length, KIND_LABEL[k].one.toLowerCase(), KIND_LABEL[k].many.toLowerCase());
    this.item.text = `$(${on ? 'eye' : 'eye-closed'}) ${n('person')} · ${n('country')} · ${n('quote')}`;
    const tip = new vscode.MarkdownString(`**News Lens** · ${n('person')}, ${n('country')}, ${n('organization')}, ${n('event')}, ${n('quote')} (analysed in ${result.millis} ms)\n\nClick to ${on ? 'hide' : 'show'} all highlights.`);
    if (this.capNote) tip.appendMarkdown(`\n\n$(warning) ${this.capNote}`);
    const orphans = result.analysis.orphaned.length;
    if (orphans) {
      this.item.text += ` · $(warning) ${orphans} orphaned`;
      tip.appendMarkdown(`\n\n$(warning) ${orphans} of your annotations could not be placed after the article changed; they are listed in the News Lens tree.`);
    }
    tip.supportThemeIcons = true;
    this.item.tooltip = tip;
    this.capNote = '';
    this.item.show();
  }

  /** The active file is not analysed: say why; a click opens what governs it (the size setting,
   *  or Analyse This File for a file outside the article globs). */
  showNotAnalysed(uri: vscode.Uri, reason: string, notAnArticle = false): void {
    const name = vscode.workspace.asRelativePath(uri);
    this.item.text = notAnArticle ? '$(circle-slash) News Lens: not an article' : '$(warning) News Lens: not analysed';
    this.item.tooltip = `${name} is not analysed: ${reason}.${notAnArticle ? '\n\nClick to analyse this file anyway.' : ''}`;
    const setting = /newsLens\.\w+/.exec(reason)?.[0];
    this.item.command = notAnArticle ? { command: 'newsLens.analyseFile', title: 'Analyse This File', arguments: [uri] }
      : setting ? { command: 'workbench.action.openSettings', title: 'Open the Setting', arguments: [setting] } : undefined;
    this.capNote = '';
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
