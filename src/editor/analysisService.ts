/** Analyses article documents once per version and tells listeners when a result is ready.
 *  Edits are debounced; documents above the size limit are not analysed but reported. */
import * as vscode from 'vscode';
import { analyze, AnnotatedAnalysis, applyAnnotations, Analysis } from '../core';
import { AnnotationStore } from './annotationStore';
import { readConfig } from './config';

export interface DocumentAnalysis {
  uri: vscode.Uri;
  version: number;
  /** The automatic analysis with the reader's annotations applied. */
  analysis: AnnotatedAnalysis;
  /** The automatic analysis alone. */
  automatic: Analysis;
  /** Why the document was not analysed (its analysis is then empty). */
  skipped?: string;
  millis: number;
}

const EMPTY: AnnotatedAnalysis = { entities: [], quotes: [], scareQuotes: [], notes: [], orphaned: [], reviewed: [] };

export class AnalysisService implements vscode.Disposable {
  private readonly cache = new Map<string, DocumentAnalysis>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<DocumentAnalysis>();
  /** Documents News Lens itself created (quote lists): never analysed. */
  readonly ownDocuments = new Set<string>();
  readonly onDidAnalyze = this.changed.event;
  /** How many times a document was actually analysed, for tests and diagnostics. */
  analysisRuns = 0;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly store: AnnotationStore) {
    this.subscriptions.push(
      store.onDidChange((uri) => this.reapply(uri)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.isArticle(e.document)) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.cache.delete(d.uri.toString());
        this.ownDocuments.delete(d.uri.toString());
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('newsLens.maxFileSizeKB') || e.affectsConfiguration('newsLens.languages')) this.cache.clear();
      }),
    );
  }

  isArticle(doc: vscode.TextDocument): boolean {
    return readConfig().languages.includes(doc.languageId) && !this.ownDocuments.has(doc.uri.toString()) && doc.uri.scheme !== 'output';
  }

  /** The analysis of the document's current version, computed now if needed. */
  get(doc: vscode.TextDocument): DocumentAnalysis | undefined {
    if (!this.isArticle(doc)) return undefined;
    const key = doc.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === doc.version) return cached;
    return this.run(doc);
  }

  /** Cached result only, whatever its version (for drawing while an edit is pending). */
  peek(uri: vscode.Uri): DocumentAnalysis | undefined {
    return this.cache.get(uri.toString());
  }

  private schedule(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (!doc.isClosed) this.get(doc);
    }, readConfig().debounceMs));
  }

  private run(doc: vscode.TextDocument): DocumentAnalysis {
    const started = Date.now();
    const limitKB = readConfig().maxFileSizeKB;
    const text = doc.getText();
    const sizeKB = text.length / 1024;
    let result: DocumentAnalysis;
    if (sizeKB > limitKB) {
      result = { uri: doc.uri, version: doc.version, analysis: EMPTY, automatic: EMPTY, millis: 0,
        skipped: `too large to analyse (${formatKB(sizeKB)}; the limit is ${formatKB(limitKB)}, setting newsLens.maxFileSizeKB)` };
    } else {
      let automatic: Analysis = EMPTY;
      let skipped: string | undefined;
      try {
        this.analysisRuns++;
        automatic = analyze(text);
      } catch (e) {
        // the core is fuzz-tested, but a reading tool must never take the editor down with it
        skipped = `could not be analysed: ${(e as Error).message}`;
      }
      const analysis = applyAnnotations(text, automatic, this.store.peek(doc.uri) ?? []);
      result = { uri: doc.uri, version: doc.version, analysis, automatic, skipped, millis: Date.now() - started };
    }
    this.cache.set(doc.uri.toString(), result);
    this.changed.fire(result);
    return result;
  }

  /** The reader's annotations changed: apply them again to the cached automatic analysis. */
  private reapply(uri: vscode.Uri): void {
    const cached = this.cache.get(uri.toString());
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!cached || !doc || cached.version !== doc.version || cached.skipped) return;
    const updated = { ...cached, analysis: applyAnnotations(doc.getText(), cached.automatic, this.store.peek(uri) ?? []) };
    this.cache.set(uri.toString(), updated);
    this.changed.fire(updated);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

function formatKB(kb: number): string {
  return kb >= 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${Math.round(kb)} KB`;
}
