/** The team dictionary of each workspace folder (`.newslens/dictionary.json`): loaded once, re-read
 *  when it changes on disk (a `git pull`), and written only by appending an entry to a freshly read
 *  copy through a temporary file. A broken file is shown as a problem at its line and column, its
 *  entries are ignored until it is fixed, and it is never overwritten. */
import * as vscode from 'vscode';
import { Dictionary, DICTIONARY_FORMAT, DICTIONARY_PATH, DICTIONARY_VERSION, DictionaryEntry, parseDictionary } from '../core';

interface Loaded {
  dictionary?: Dictionary;
  error?: string;
}

export class DictionaryStore implements vscode.Disposable {
  private readonly loaded = new Map<string, Loaded>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly problems = vscode.languages.createDiagnosticCollection('newsLens.dictionary');
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${DICTIONARY_PATH}`);
    const reload = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder) return;
      this.loaded.delete(folder.uri.toString());
      void this.load(folder).then(() => this.changed.fire());
    };
    this.subscriptions.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload), this.problems,
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.loaded.clear();
        void this.loadAll().then(() => this.changed.fire());
      }));
  }

  /** The dictionary file of a workspace folder. */
  uri(folder: vscode.WorkspaceFolder): vscode.Uri {
    return vscode.Uri.joinPath(folder.uri, DICTIONARY_PATH);
  }

  /** The dictionary that applies to a document, if loaded (loading starts otherwise). */
  peek(doc: vscode.Uri): Dictionary | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(doc);
    if (!folder) return undefined;
    const known = this.loaded.get(folder.uri.toString());
    if (!known) void this.load(folder).then((l) => l.dictionary?.entries.length && this.changed.fire());
    return known?.dictionary;
  }

  async loadAll(): Promise<void> {
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => this.load(f)));
  }

  async load(folder: vscode.WorkspaceFolder): Promise<Loaded> {
    const key = folder.uri.toString();
    const known = this.loaded.get(key);
    if (known) return known;
    const result = await this.read(folder);
    this.loaded.set(key, result);
    return result;
  }

  private async read(folder: vscode.WorkspaceFolder): Promise<Loaded> {
    const uri = this.uri(folder);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      this.problems.delete(uri);
      return {};
    }
    const parsed = parseDictionary(text);
    if ('dictionary' in parsed) {
      this.problems.delete(uri);
      return { dictionary: parsed.dictionary };
    }
    const { line, column, message } = parsed.error;
    const at = new vscode.Position(line - 1, Math.max(0, column - 1));
    const problem = new vscode.Diagnostic(new vscode.Range(at, at.translate(0, 1)), `${message}. News Lens ignores this dictionary until it is fixed.`, vscode.DiagnosticSeverity.Error);
    problem.source = 'News Lens';
    this.problems.set(uri, [problem]);
    const error = `The team dictionary ${vscode.workspace.asRelativePath(uri)} has a problem at line ${line}, column ${column}: ${message}. Its entries are ignored until it is fixed.`;
    void vscode.window.showWarningMessage(`News Lens: ${error}`, 'Open Dictionary').then((c) => c && this.open(folder, line, column));
    return { error };
  }

  error(folder: vscode.WorkspaceFolder): string | undefined {
    return this.loaded.get(folder.uri.toString())?.error;
  }

  /** Appends an entry: reads the file afresh, refuses a broken one, writes through a temporary file. */
  async add(folder: vscode.WorkspaceFolder, entry: DictionaryEntry): Promise<void> {
    this.loaded.delete(folder.uri.toString());
    const current = await this.load(folder);
    if (current.error) throw new Error(current.error);
    const next: Dictionary = current.dictionary ?? { format: DICTIONARY_FORMAT, version: DICTIONARY_VERSION, entries: [] };
    next.entries = [...next.entries, entry];
    const uri = this.uri(folder);
    const tmp = uri.with({ path: `${uri.path}.tmp` });
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(JSON.stringify(next, null, 2) + '\n'));
    await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
    this.loaded.set(folder.uri.toString(), { dictionary: next });
    this.changed.fire();
  }

  /** Opens the dictionary (a new one with no entries if there is none yet, written only on save). */
  async open(folder: vscode.WorkspaceFolder, line = 1, column = 1): Promise<vscode.TextEditor> {
    const uri = this.uri(folder);
    let doc: vscode.TextDocument;
    try {
      await vscode.workspace.fs.stat(uri);
      doc = await vscode.workspace.openTextDocument(uri);
    } catch {
      const empty = JSON.stringify({ format: DICTIONARY_FORMAT, version: DICTIONARY_VERSION, entries: [] }, null, 2) + '\n';
      doc = await vscode.workspace.openTextDocument(uri.with({ scheme: 'untitled' }));
      const editor = await vscode.window.showTextDocument(doc);
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), empty));
      return editor;
    }
    const at = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
    return vscode.window.showTextDocument(doc, { selection: new vscode.Range(at, at) });
  }

  dispose(): void {
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
