/** Workspace mode: every article in the workspace, analysed in a worker with cancellable
 *  progress, each result kept by file and modification time, and kept up to date by a file
 *  watcher (one changed file, one analysis). Open documents count with their live text. */
import * as vscode from 'vscode';
import { Analysis } from '../core';
import { AnalysisClient } from './analysisClient';
import { isSkip } from '../core/reader/inputGate';
import { AnnotationStore } from './annotationStore';
import { DictionaryStore } from './dictionaryStore';
import { articleScope, gateFile, gateText } from './articleScope';
import { readConfig } from './config';
import { ArticleFiles, SkippedFile, WorkspaceAnalyser } from './workspaceAnalyser';

export interface FileAnalysis {
  uri: vscode.Uri;
  text: string;
  analysis: Analysis;
  mtime: number;
}

/** Several globs as one: findFiles takes a single pattern. */
const anyOf = (globs: readonly string[]) => (globs.length === 1 ? globs[0] : `{${globs.join(',')}}`);
const MAX_FILES = 20000;
/** Editors save a file in several writes: one analysis after the last event. */
const WATCH_SETTLE_MS = 150;

export class WorkspaceIndex implements vscode.Disposable {
  private readonly analyser: WorkspaceAnalyser;
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private running: Promise<void> | undefined;
  /** Whether the index was ever filled: before that, file events are no concern of it. */
  private active = false;
  /** The last full scan was cancelled before every file was analysed. */
  cancelled = false;
  private readonly pendingEvents = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly store: AnnotationStore, private readonly client: AnalysisClient, private readonly dictionaries?: DictionaryStore) {
    this.analyser = new WorkspaceAnalyser(client, this.articleFiles(), () => readConfig().maxFileSizeKB * 1024);
    // every file: the include and exclude settings are read live, in fileChanged
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.subscriptions.push(
      watcher,
      watcher.onDidChange((uri) => this.fileChanged(uri)),
      watcher.onDidCreate((uri) => this.fileChanged(uri)),
      watcher.onDidDelete((uri) => this.fileDeleted(uri)),
      // the reader's annotations win here too: a changed sidecar means analysing that file again
      store.onDidChange((uri) => {
        this.analyser.forget(uri.toString());
        if (this.uris.has(uri.toString())) this.fileChanged(uri);
      }),
      // the team dictionary applies to every article: analyse them all again
      ...(dictionaries ? [dictionaries.onDidChange(() => {
        this.analyser.forgetAll();
        if (this.active) void this.refresh();
      })] : []),
    );
  }

  /** Files left out, with the reason. */
  get skipped(): ReadonlyMap<string, string> {
    return this.analyser.skipped;
  }

  /** How many files were handed to the worker so far, for tests and diagnostics. */
  get analysed(): number {
    return this.analyser.analysed;
  }

  results(): FileAnalysis[] {
    return this.analyser.results()
      .map((r) => ({ uri: this.uris.get(r.key) ?? vscode.Uri.parse(r.key), text: r.text, analysis: r.analysis, mtime: r.mtime }))
      .sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
  }

  /** Re-scan the workspace; unchanged files come from the cache. */
  refresh(): Promise<void> {
    if (!this.running) {
      const work = vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'News Lens: analysing workspace articles', cancellable: true },
        (progress, token) => this.scan(progress, token),
      );
      this.running = Promise.resolve(work).finally(() => { this.running = undefined; });
    }
    return this.running;
  }

  private async scan(progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken): Promise<void> {
    this.active = true;
    // the dictionary applies from the first file on
    await this.dictionaries?.loadAll();
    const { include, exclude } = readConfig();
    // the sidecar folder is never articles; the scope then adds case-insensitive globs and per-file choices
    const found = await vscode.workspace.findFiles(anyOf(include), anyOf([...exclude, '**/.newslens/**']), MAX_FILES, token);
    const files = found.filter((uri) => articleScope.classifyUri(uri).article);
    for (const uri of files) this.uris.set(uri.toString(), uri);
    const stopWorker = token.onCancellationRequested(() => this.analyser.cancel());
    let reported = 0;
    try {
      const complete = await this.analyser.update(files.map((u) => u.toString()), {
        isCancelled: () => token.isCancellationRequested,
        onProgress: (done, total) => {
          // a hundred reports at most: each one is a message to the workbench
          const percent = Math.floor((done / total) * 100);
          if (percent === reported && done < total) return;
          progress.report({ message: `${done}/${total}`, increment: percent - reported });
          reported = percent;
        },
      });
      this.cancelled = !complete;
    } finally {
      stopWorker.dispose();
      // a workspace's worth of analysis leaves a large heap in the worker: let it go
      this.client.release();
    }
    this.changed.fire();
  }

  private fileChanged(uri: vscode.Uri): void {
    if (!this.active || uri.path.includes('/.newslens/') || !articleScope.classifyUri(uri).article) return;
    const key = uri.toString();
    clearTimeout(this.pendingEvents.get(key));
    this.pendingEvents.set(key, setTimeout(async () => {
      this.pendingEvents.delete(key);
      this.uris.set(key, uri);
      await this.analyser.updateOne(key);
      this.changed.fire();
    }, WATCH_SETTLE_MS));
  }

  private fileDeleted(uri: vscode.Uri): void {
    if (!this.active) return;
    this.analyser.remove(uri.toString());
    this.uris.delete(uri.toString());
    this.changed.fire();
  }

  /** Reading articles through VS Code: works in remote and virtual workspaces as on disk. */
  private articleFiles(): ArticleFiles {
    const openDocument = (key: string) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    return {
      stat: async (key) => {
        const open = openDocument(key);
        const stat = await vscode.workspace.fs.stat(this.uri(key));
        // an edited, unsaved article: its version stands for its modification time
        return { mtime: open?.isDirty ? -open.version : stat.mtime, size: stat.size };
      },
      // the input gate shared with the editor and the CLI: binary, too large, unreadable, Windows-1252
      text: async (key) => {
        const open = openDocument(key);
        const read = open ? (gateText(open.getText()) ?? { text: open.getText(), encoding: 'utf-8' as const }) : await gateFile(this.uri(key));
        if (isSkip(read)) throw new SkippedFile(read.message);
        return read.text;
      },
      annotations: async (key) => (await this.store.load(this.uri(key))).sidecar.annotations,
      dictionary: (key) => this.dictionaries?.peek(this.uri(key)),
    };
  }

  private uri(key: string): vscode.Uri {
    return this.uris.get(key) ?? vscode.Uri.parse(key);
  }

  dispose(): void {
    this.analyser.cancel();
    this.client.dispose();
    for (const t of this.pendingEvents.values()) clearTimeout(t);
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}
