/** Outline and Go to Symbol: the article's entities by kind, and its quotes by speaker. */
import * as vscode from 'vscode';
import { ENTITY_KINDS, speakerLabel } from '../core';
import { AnalysisService } from './analysisService';
import { KIND_LABEL } from './config';

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
    const range = (s: number, e: number) => new vscode.Range(doc.positionAt(s), doc.positionAt(e));
    const groups: vscode.DocumentSymbol[] = [];
    for (const kind of ENTITY_KINDS) {
      const list = entities.filter((e) => e.kind === kind);
      if (!list.length) continue;
      const children = list.map((e) => {
        const first = e.mentions[0];
        const last = e.mentions[e.mentions.length - 1];
        const sym = new vscode.DocumentSymbol(e.name, `${e.mentions.length} mentions`, SYMBOL_KIND[kind], range(first.start, last.end), range(first.start, first.end));
        return sym;
      });
      groups.push(this.container(KIND_LABEL[kind].many, children));
    }
    if (quotes.length) {
      const children = quotes.map((q) => {
        const words = q.text.replace(/\s+/g, ' ').trim();
        const name = `“${words.length > 60 ? words.slice(0, 60) + '…' : words}”`;
        return new vscode.DocumentSymbol(name, speakerLabel({ speaker: q.speaker, speakerDescription: q.speakerDescription ?? null }), vscode.SymbolKind.String, range(q.start, q.end), range(q.start, q.end));
      });
      groups.push(this.container('Quotes', children));
    }
    return groups;
  }

  private container(name: string, children: vscode.DocumentSymbol[]): vscode.DocumentSymbol {
    const r = children.reduce((acc, c) => acc.union(c.range), children[0].range);
    const sym = new vscode.DocumentSymbol(name, `${children.length}`, vscode.SymbolKind.Package, r, children[0].selectionRange);
    sym.children = children;
    return sym;
  }
}
