/** Loads and saves the reader's annotations in sidecar files (never in the article), with safe
 *  writes: a temporary file renamed over the old one, whose previous content is kept as .bak.
 *  A damaged sidecar, or one from a newer version, is reported and never overwritten. */
import * as vscode from 'vscode';
import { emptySidecar, parseSidecar, serializeSidecar, Sidecar, sidecarRelativePath, SidecarLocation, UserAnnotation } from '../core';

interface Entry {
  sidecar: Sidecar;
  /** Why the file cannot be used; writes are refused while it is set. */
  error?: string;
}

export class AnnotationStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<Entry>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly warned = new Set<string>();

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/{.newslens/**/*.json,*.newslens.json}');
    const reload = (sidecar: vscode.Uri) => {
      for (const [article] of this.entries) {
        if (this.sidecarUri(vscode.Uri.parse(article))?.toString() === sidecar.toString()) {
          this.entries.delete(article);
          void this.load(vscode.Uri.parse(article)).then(() => this.changed.fire(vscode.Uri.parse(article)));
        }
      }
    };
    this.subscriptions.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
  }

  private location(): SidecarLocation {
    return vscode.workspace.getConfiguration('newsLens').get<SidecarLocation>('annotations.location', 'workspaceFolder');
  }

  /** The sidecar of an article, or undefined for documents that have no place on disk. */
  sidecarUri(article: vscode.Uri): vscode.Uri | undefined {
    if (article.scheme === 'untitled') return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(article);
    if (folder && this.location() === 'workspaceFolder') {
      const rel = article.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
      return vscode.Uri.joinPath(folder.uri, sidecarRelativePath(rel, 'workspaceFolder'));
    }
    const name = article.path.split('/').pop()!;
    return vscode.Uri.joinPath(article, '..', sidecarRelativePath(name, 'besideArticle'));
  }

  /** Annotations already loaded (synchronous, for the analysis); starts loading otherwise. */
  peek(article: vscode.Uri): UserAnnotation[] | undefined {
    const e = this.entries.get(article.toString());
    if (!e && !this.loading.has(article.toString())) void this.load(article).then((l) => l.sidecar.annotations.length && this.changed.fire(article));
    return e?.sidecar.annotations;
  }

  error(article: vscode.Uri): string | undefined {
    return this.entries.get(article.toString())?.error;
  }

  async load(article: vscode.Uri): Promise<Entry> {
    const key = article.toString();
    const known = this.entries.get(key);
    if (known) return known;
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.read(article).finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    const entry = await pending;
    this.entries.set(key, entry);
    return entry;
  }

  private async read(article: vscode.Uri): Promise<Entry> {
    const name = article.path.split('/').pop() ?? '';
    const uri = this.sidecarUri(article);
    if (!uri) return { sidecar: emptySidecar(name) };
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return { sidecar: emptySidecar(name) };
    }
    const parsed = parseSidecar(new TextDecoder().decode(bytes));
    if ('sidecar' in parsed) return { sidecar: parsed.sidecar };
    const error = `The annotation file ${vscode.workspace.asRelativePath(uri)} is ${parsed.error}. News Lens leaves it as it is and saves no annotations for this article until it is fixed or removed.`;
    if (!this.warned.has(uri.toString())) {
      this.warned.add(uri.toString());
      void vscode.window.showWarningMessage(`News Lens: ${error}`, 'Open File').then((c) => c && vscode.window.showTextDocument(uri));
    }
    return { sidecar: emptySidecar(name), error };
  }

  async add(article: vscode.Uri, ...annotations: UserAnnotation[]): Promise<void> {
    await this.update(article, (list) => [...list, ...annotations]);
  }

  /** Removes the most recent annotation, with the rest of its group (one command's "all
   *  occurrences"); returns the first one removed. */
  async undo(article: vscode.Uri): Promise<UserAnnotation | undefined> {
    let removed: UserAnnotation | undefined;
    await this.update(article, (list) => {
      const last = list[list.length - 1];
      if (!last) return list;
      const kept = last.group ? list.filter((a) => a.group !== last.group) : list.slice(0, -1);
      removed = list.find((a) => !kept.includes(a));
      return kept;
    });
    return removed;
  }

  private async update(article: vscode.Uri, change: (list: UserAnnotation[]) => UserAnnotation[]): Promise<void> {
    const uri = this.sidecarUri(article);
    if (!uri) throw new Error('Save the article first: annotations are stored beside a file on disk.');
    // re-read first: a sidecar changed on disk (a git pull, a teammate) is not overwritten with stale data
    this.entries.delete(article.toString());
    const entry = await this.load(article);
    if (entry.error) throw new Error(entry.error);
    const next: Sidecar = { ...entry.sidecar, article: vscode.workspace.asRelativePath(article, false), annotations: change(entry.sidecar.annotations) };
    await writeSafely(uri, serializeSidecar(next));
    this.entries.set(article.toString(), { sidecar: next });
    this.changed.fire(article);
  }

  dispose(): void {
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

/** Write to a temporary file, keep the old content as .bak, then rename into place. */
async function writeSafely(uri: vscode.Uri, content: string): Promise<void> {
  const fs = vscode.workspace.fs;
  const tmp = uri.with({ path: `${uri.path}.tmp` });
  await fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await fs.writeFile(tmp, new TextEncoder().encode(content));
  try {
    await fs.copy(uri, uri.with({ path: `${uri.path}.bak` }), { overwrite: true });
  } catch {
    // no previous file: nothing to back up
  }
  await fs.rename(tmp, uri, { overwrite: true });
}
