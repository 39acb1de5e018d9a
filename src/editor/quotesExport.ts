/** "Extract Quotes": every quotation with its speaker, line and column and a link back to its
 *  place, as a new Markdown, JSON or CSV document that the user can read, save and export. */
import * as vscode from 'vscode';
import { Analysis, quoteRows, QuoteRow, quotesToCsv, quotesToMarkdown } from '../core';
import { AnalysisService } from './analysisService';
import { QuoteFormat, readConfig } from './config';
import { WorkspaceIndex } from './workspaceIndex';

export interface ExtractOptions {
  format?: QuoteFormat;
  /** Only the quotes of this speaker entity. */
  speakerId?: string;
  /** Every article in the workspace instead of the active one. */
  workspace?: boolean;
}

const LANGUAGE: Record<QuoteFormat, string> = { markdown: 'markdown', json: 'json', csv: 'csv' };

export class QuoteExporter {
  constructor(private readonly service: AnalysisService, private readonly index: WorkspaceIndex) {}

  async pickFormat(): Promise<QuoteFormat | undefined> {
    const pick = await vscode.window.showQuickPick(
      [
        { label: 'Markdown', description: 'a readable list with links back to the article', format: 'markdown' as const },
        { label: 'JSON', description: 'records for other tools', format: 'json' as const },
        { label: 'CSV', description: 'for spreadsheets', format: 'csv' as const },
      ],
      { title: 'Extract Quotes as…' },
    );
    return pick?.format;
  }

  /** Builds the document and opens it beside the article. Returns it, for tests. */
  async extract(article: vscode.TextDocument | undefined, options: ExtractOptions = {}): Promise<vscode.TextDocument | undefined> {
    let format = options.format ?? readConfig().quoteFormat;
    if (format === 'ask') format = (await this.pickFormat()) ?? 'markdown';
    const sources: { uri: vscode.Uri; text: string; analysis: Analysis }[] = [];
    if (options.workspace) {
      await this.index.refresh();
      sources.push(...this.index.results());
    } else {
      if (!article) {
        vscode.window.showInformationMessage('News Lens: open a news article (a .txt or .md file) to extract its quotes.');
        return undefined;
      }
      const result = await this.service.get(article);
      if (!result) {
        vscode.window.showInformationMessage(`News Lens reads plain-text and Markdown articles; ${article.languageId} is not one.`);
        return undefined;
      }
      if (result.skipped) {
        vscode.window.showWarningMessage(`News Lens: this article was ${result.skipped}.`);
        return undefined;
      }
      sources.push({ uri: article.uri, text: article.getText(), analysis: result.analysis });
    }
    let rows: QuoteRow[] = sources.flatMap((s) => quoteRows(vscode.workspace.asRelativePath(s.uri), s.text, s.analysis));
    if (options.speakerId) rows = rows.filter((r) => r.speakerId === options.speakerId);
    const uriOf = new Map(sources.map((s) => [vscode.workspace.asRelativePath(s.uri), s.uri]));
    const link = (r: QuoteRow) => uriOf.get(r.file)!.with({ fragment: `L${r.line},${r.column}` }).toString(true);
    const title = options.workspace ? 'the workspace' : vscode.workspace.asRelativePath(article!.uri);
    const speaker = options.speakerId ? rows[0]?.speaker ?? 'this speaker' : undefined;
    let content: string;
    if (format === 'json') content = JSON.stringify(rows.map((r) => ({ ...r, link: link(r) })), null, 2) + '\n';
    else if (format === 'csv') content = quotesToCsv(rows);
    else content = quotesToMarkdown(speaker ? `${title} by ${speaker}` : title, rows, link);
    const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE[format], content });
    this.service.ownDocuments.add(doc.uri.toString());
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    return doc;
  }
}
