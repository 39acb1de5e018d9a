/** Analyses every article in the workspace in the background, with progress, and caches each
 *  result by file and modification time. Open documents use their live text. */
import * as vscode from 'vscode';
import { analyze, Analysis, applyAnnotations } from '../core';
import { AnnotationStore } from './annotationStore';
import { readConfig } from './config';

export interface FileAnalysis {
  uri: vscode.Uri;
  text: string;
  analysis: Analysis;
  mtime: number;
}

const ARTICLE_GLOB = '**/*.{txt,md,markdown}';
const EXCLUDE_GLOB = '**/{node_modules,.git,.newslens,dist,out}/**';
const MAX_FILES = 2000;

export class WorkspaceIndex implements vscode.Disposable {
  private readonly cache = new Map<string, FileAnalysis>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private running: Promise<void> | undefined;
  /** Files skipped (too large, unreadable) with the reason. */
  readonly skipped = new Map<string, string>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: AnnotationStore) {
    // the reader's annotations win here too: a changed sidecar means analysing that file again
    this.subscription = store.onDidChange((uri) => this.cache.delete(uri.toString()));
  }

  results(): FileAnalysis[] {
    return [...this.cache.values()].sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
  }

  /** Re-scan the workspace; unchanged files come from the cache. */
  refresh(): Promise<void> {
    if (!this.running) {
      const work = vscode.window.withProgress(
        { location: { viewId: 'newsLens.entities' }, title: 'News Lens: analysing workspace articles' },
        (progress, token) => this.scan(progress, token),
      );
      this.running = Promise.resolve(work).finally(() => { this.running = undefined; });
    }
    return this.running;
  }

  private async scan(progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken): Promise<void> {
    const files = await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDE_GLOB, MAX_FILES, token);
    const limit = readConfig().maxFileSizeKB * 1024;
    const seen = new Set<string>();
    const decoder = new TextDecoder('utf-8');
    let done = 0;
    for (const uri of files) {
      if (token.isCancellationRequested) break;
      const key = uri.toString();
      seen.add(key);
      progress.report({ message: `${++done}/${files.length}`, increment: 100 / files.length });
      try {
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
        const stat = await vscode.workspace.fs.stat(uri);
        const mtime = open?.isDirty ? -open.version : stat.mtime;
        if (this.cache.get(key)?.mtime === mtime) continue;
        if (stat.size > limit) {
          this.skipped.set(key, 'too large');
          continue;
        }
        const text = open ? open.getText() : decoder.decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '');
        const annotations = (await this.store.load(uri)).sidecar.annotations;
        this.cache.set(key, { uri, text, analysis: applyAnnotations(text, analyze(text), annotations), mtime });
        this.skipped.delete(key);
        // let the extension host breathe between files
        if (done % 20 === 0) await new Promise((r) => setTimeout(r, 0));
      } catch (e) {
        this.skipped.set(key, (e as Error).message);
      }
    }
    for (const key of [...this.cache.keys()]) if (!seen.has(key)) this.cache.delete(key);
    this.changed.fire();
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
