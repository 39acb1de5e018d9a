/** Outline and Go to Symbol: the article's entities by kind, and its quotes by speaker.
 *  Every range stays on one line (an entity's first mention, a quote's first line): sticky
 *  scroll pins the first line of any symbol whose range spans lines, and article text is no
 *  structure to pin. */
import * as vscode from 'vscode';
import { ENTITY_KINDS } from '../core';
import { AnalysisService } from './analysisService';
import { KIND_LABEL, mentions, saidBy } from './config';

const SYMBOL_KIND = {
  person: vscode.SymbolKind.Object,
  country: vscode.SymbolKind.Namespace,
  organization: vscode.SymbolKind.Class,
  event: vscode.SymbolKind.Event,
} as const;

export class NewsLensSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideDocumentSymbols(doc: vscode.TextDocument, token?: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const result = await this.service.get(doc, token);
    if (!result || token?.isCancellationRequested) return [];
    const { entities, quotes } = result.analysis;
    /** [start, end) cut at the end of its first line. */
    const oneLine = (start: number, end: number) => {
      const from = doc.positionAt(start);
      const to = doc.positionAt(end);
      return new vscode.Range(from, to.line === from.line ? to : doc.lineAt(from.line).range.end);
    };
    const groups: vscode.DocumentSymbol[] = [];
    for (const kind of ENTITY_KINDS) {
      const list = entities.filter((e) => e.kind === kind);
      if (!list.length) continue;
      const children = list.map((e) => {
        const first = oneLine(e.mentions[0].start, e.mentions[0].end);
        return new vscode.DocumentSymbol(e.name, mentions(e.mentions.length), SYMBOL_KIND[kind], first, first);
      });
      groups.push(this.container(KIND_LABEL[kind].many, children));
    }
    if (quotes.length) {
      const children = quotes.map((q) => {
        const words = q.text.replace(/\s+/g, ' ').trim();
        const name = `“${words.length > 60 ? words.slice(0, 60) + '…' : words}”`;
        const first = oneLine(q.start, q.end);
        return new vscode.DocumentSymbol(name, saidBy(q), vscode.SymbolKind.String, first, first);
      });
      groups.push(this.container('Quotes', children));
    }
    return groups;
  }

  /** A group takes its first child's range: a range around all of them would span the article. */
  private container(name: string, children: vscode.DocumentSymbol[]): vscode.DocumentSymbol {
    const first = children.reduce((a, c) => (c.range.start.isBefore(a.range.start) ? c : a), children[0]);
    const sym = new vscode.DocumentSymbol(name, `${children.length}`, vscode.SymbolKind.Package, first.range, first.selectionRange);
    sym.children = children;
    return sym;
  }
}
