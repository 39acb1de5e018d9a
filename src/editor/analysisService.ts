/** Analyses article documents once per version, in a worker, and tells listeners when a result
 *  is ready. Edits are debounced; a newer edit or a closed document cancels the older run.
 *  Providers never analyse on the extension host's thread: they take `peek(doc)` (the result for
 *  the document's current version, if there is one yet) or await `get(doc, token)`. Documents
 *  above the size limit are not analysed but reported. */
import * as vscode from 'vscode';
import { AnnotatedAnalysis, applyAnnotations, applyDictionary, Analysis } from '../core';
import { annotatedOf } from '../worker/protocol';
import { highlightSpans } from '../worker/spans';
import { AnalysisClient, AnalysisJob } from './analysisClient';
import { AnnotationStore } from './annotationStore';
import { DictionaryStore } from './dictionaryStore';
import { articleScope, gateText } from './articleScope';
import { readConfig } from './config';

export interface DocumentAnalysis {
  uri: vscode.Uri;
  version: number;
  /** The automatic analysis with the reader's annotations applied. */
  analysis: AnnotatedAnalysis;
  /** The automatic analysis alone. */
  automatic: Analysis;
  /** Its highlights, sorted by start (src/worker/spans.ts). */
  spans: Int32Array;
  /** Why the document was not analysed (its analysis is then empty). */
  skipped?: string;
  /** From the request to the result, waiting for the worker included. */
  millis: number;
}

/** One requested analysis of one document version: waiting for the debounce, or in the worker. */
interface Run {
  version: number;
  result: Promise<DocumentAnalysis | undefined>;
  cancel(): void;
}

const EMPTY: AnnotatedAnalysis = { entities: [], quotes: [], scareQuotes: [], notes: [], orphaned: [], reviewed: [] };
const NO_SPANS = new Int32Array(0);

export class AnalysisService implements vscode.Disposable {
  private readonly cache = new Map<string, DocumentAnalysis>();
  private readonly runs = new Map<string, Run>();
  private readonly changed = new vscode.EventEmitter<DocumentAnalysis>();
  /** Documents News Lens itself created (quote lists): never analysed. */
  readonly ownDocuments = new Set<string>();
  readonly onDidAnalyze = this.changed.event;
  /** How many analyses were handed to the worker, for tests and diagnostics. */
  analysisRuns = 0;
  /** How many runs a newer edit or a closed document cancelled. */
  cancelledRuns = 0;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly store: AnnotationStore, readonly client: AnalysisClient, private readonly dictionaries?: DictionaryStore) {
    this.subscriptions.push(
      store.onDidChange((uri) => this.reapply(uri)),
      // a changed team dictionary changes every article it applies to
      ...(dictionaries ? [dictionaries.onDidChange(() => { for (const key of [...this.cache.keys()]) this.reapply(vscode.Uri.parse(key)); })] : []),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.isArticle(e.document)) this.request(e.document, readConfig().debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        const key = d.uri.toString();
        this.cancelRun(key);
        this.cache.delete(key);
        this.ownDocuments.delete(key);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('newsLens.maxFileSizeKB') || e.affectsConfiguration('newsLens.languages')) this.cache.clear();
      }),
    );
  }

  isArticle(doc: vscode.TextDocument): boolean {
    return articleScope.isArticle(doc) && !this.ownDocuments.has(doc.uri.toString());
  }

  /** The analysis of the document's current version if it is ready; never starts one. */
  peek(doc: vscode.TextDocument): DocumentAnalysis | undefined {
    // a file the reader stopped analysing keeps no highlights, whatever is cached
    if (!this.isArticle(doc)) return undefined;
    const cached = this.cache.get(doc.uri.toString());
    return cached && cached.version === doc.version ? cached : undefined;
  }

  /** The last analysis of the document, whatever version it was for (for drawing while an edit is pending). */
  latest(uri: vscode.Uri): DocumentAnalysis | undefined {
    return this.cache.get(uri.toString());
  }

  /** The analysis of the document's current version: ready, in flight, or started now. Resolves
   *  undefined for a non-article, when the token is cancelled, or when a newer edit or closing the
   *  document overtook the run. */
  async get(doc: vscode.TextDocument, token?: vscode.CancellationToken): Promise<DocumentAnalysis | undefined> {
    if (!this.isArticle(doc)) return undefined;
    const ready = this.peek(doc);
    if (ready) return ready;
    const run = this.request(doc, 0);
    if (!token) return run.result;
    if (token.isCancellationRequested) return undefined;
    let listener: vscode.Disposable | undefined;
    const cancelled = new Promise<undefined>((resolve) => { listener = token.onCancellationRequested(() => resolve(undefined)); });
    try {
      return await Promise.race([run.result, cancelled]);
    } finally {
      listener?.dispose();
    }
  }

  /** Whether an analysis of the document is waiting or running. */
  isPending(doc: vscode.TextDocument): boolean {
    return this.runs.has(doc.uri.toString());
  }

  /** The run for the document's current version, made if there is none; an older run is cancelled. */
  private request(doc: vscode.TextDocument, delayMs: number): Run {
    const key = doc.uri.toString();
    const existing = this.runs.get(key);
    // a provider asking during the debounce waits for it: skipping it would analyse every keystroke
    if (existing?.version === doc.version) return existing;
    this.cancelRun(key);
    const requested = Date.now();
    const version = doc.version;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let job: AnalysisJob | undefined;
    let finish!: (r: DocumentAnalysis | undefined) => void;
    const result = new Promise<DocumentAnalysis | undefined>((r) => { finish = r; });
    const start = () => {
      clearTimeout(timer);
      if (job || this.runs.get(key) !== run) return;
      void this.analyse(doc, requested, (j) => { job = j; }).then((r) => {
        // publish only while this run is still the document's latest
        if (this.runs.get(key) !== run) return finish(undefined);
        this.runs.delete(key);
        // the reader's annotations (or the dictionary) changed while it ran: apply the new ones here
        if (r && this.changedDuringRun.delete(key)) r = this.withCurrentAnnotations(doc, r);
        if (r) {
          this.cache.set(key, r);
          this.changed.fire(r);
        }
        finish(r);
      });
    };
    const run: Run = {
      version,
      result,
      cancel: () => {
        clearTimeout(timer);
        job?.cancel();
        finish(undefined);
      },
    };
    this.runs.set(key, run);
    if (delayMs > 0) timer = setTimeout(start, delayMs);
    else start();
    return run;
  }

  private cancelRun(key: string): void {
    const run = this.runs.get(key);
    if (!run) return;
    this.runs.delete(key);
    this.cancelledRuns++;
    run.cancel();
  }

  private async analyse(doc: vscode.TextDocument, requested: number, onJob: (job: AnalysisJob) => void): Promise<DocumentAnalysis | undefined> {
    const base = { uri: doc.uri, version: doc.version };
    if (doc.isClosed) return undefined;
    const text = doc.getText();
    // the input gate shared with workspace mode and the CLI: too large or binary
    const skip = gateText(text);
    if (skip) return { ...base, analysis: EMPTY, automatic: EMPTY, spans: NO_SPANS, millis: 0, skipped: skip.message };
    const job = this.client.analyze(text, this.store.peek(doc.uri) ?? [], this.dictionaries?.peek(doc.uri));
    this.analysisRuns++;
    onJob(job);
    const answer = await job.result;
    if (!answer) return undefined;
    const millis = Date.now() - requested;
    if (!answer.ok) return { ...base, analysis: EMPTY, automatic: EMPTY, spans: NO_SPANS, millis, skipped: `could not be analysed: ${answer.error}` };
    return { ...base, analysis: annotatedOf(answer), automatic: answer.automatic, spans: answer.spans, millis };
  }

  /** The reader's annotations changed: apply them again to the cached automatic analysis. */
  private reapply(uri: vscode.Uri): void {
    const cached = this.cache.get(uri.toString());
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc && this.runs.has(uri.toString())) {
      // a run in flight has the annotations from before: it applies these when it ends (cancelling
      // it would leave whoever awaits it with nothing)
      this.changedDuringRun.add(uri.toString());
      return;
    }
    if (!cached || !doc || cached.version !== doc.version) return;
    const updated = this.withCurrentAnnotations(doc, cached);
    this.cache.set(uri.toString(), updated);
    this.changed.fire(updated);
  }
  private readonly changedDuringRun = new Set<string>();

  /** A result with the team dictionary and the reader's annotations as they are now. */
  private withCurrentAnnotations(doc: vscode.TextDocument, r: DocumentAnalysis): DocumentAnalysis {
    if (r.skipped) return r;
    const text = doc.getText();
    const analysis = applyAnnotations(text, applyDictionary(text, r.automatic, this.dictionaries?.peek(doc.uri)), this.store.peek(doc.uri) ?? []);
    return { ...r, analysis, spans: highlightSpans(analysis) };
  }

  dispose(): void {
    for (const key of [...this.runs.keys()]) this.cancelRun(key);
    this.client.dispose();
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
