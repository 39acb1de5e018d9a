/** The status-bar item: counts for the active article, or why it was not analysed. Clicking it
 *  toggles all highlights. */
import * as vscode from 'vscode';
import { DocumentAnalysis } from './analysisService';
import { readConfig } from './config';

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
    const on = readConfig().enabled;
    if (result.skipped) {
      this.item.text = '$(warning) News Lens: not analysed';
      this.item.tooltip = `This article was ${result.skipped}.`;
    } else {
      const { entities, quotes } = result.analysis;
      const n = (k: string) => entities.filter((e) => e.kind === k).length;
      this.item.text = `$(${on ? 'eye' : 'eye-closed'}) ${n('person')} people · ${n('country')} countries · ${quotes.length} quotes`;
      const tip = new vscode.MarkdownString(`**News Lens** · ${n('person')} people, ${n('country')} countries, ${n('organization')} organizations, ${n('event')} events, ${quotes.length} quotes (analysed in ${result.millis} ms)\n\nClick to ${on ? 'hide' : 'show'} all highlights.`);
      if (this.capNote) tip.appendMarkdown(`\n\n$(warning) ${this.capNote}`);
      const orphans = result.analysis.orphaned.length;
      if (orphans) {
        this.item.text += ` · $(warning) ${orphans} orphaned`;
        tip.appendMarkdown(`\n\n$(warning) ${orphans} of your annotations could not be placed after the article changed; they are listed in the News Lens tree.`);
      }
      tip.supportThemeIcons = true;
      this.item.tooltip = tip;
    }
    this.capNote = '';
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
