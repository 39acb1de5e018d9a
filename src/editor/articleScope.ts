/** Which documents are articles, the way Todo Tree and Error Lens scope their work: the language
 *  (newsLens.languages), the globs (newsLens.include / newsLens.exclude) and the reader's own
 *  choice for one file ("Analyse This File", "Stop Analysing This File", kept in workspace state).
 *  Settings are read on every question, so a change applies without a reload. Also the editor's
 *  side of the input gate: the size limit and the binary check for documents and files. */
import * as vscode from 'vscode';
import { classifyPath } from '../core/reader/articleGlobs';
import { binarySkip, checkSize, decodeArticle, Decoded, isSkip, Skip, textLooksBinary, unreadableSkip, utf8Length } from '../core/reader/inputGate';
import { readConfig } from './config';

export type FileChoice = 'analyse' | 'skip';
export type ScopeVerdict = { article: true } | { article: false; reason: string };

/** The context key every when-clause of package.json reads. */
export const IS_ARTICLE_KEY = 'newsLens.isArticle';
const CHOICES_KEY = 'newsLens.fileChoices';
const SIZE_HINT = 'setting newsLens.maxFileSizeKB';
/** Schemes of documents that are never articles: VS Code's own panels. */
const NOT_ARTICLE_SCHEMES = new Set(['output', 'debug', 'vscode-settings', 'vscode-terminal']);

export class ArticleScope implements vscode.Disposable {
  private state: vscode.Memento | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** The settings or a per-file choice changed: what counts as an article may have changed. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  private contextValue: boolean | undefined;

  /** Start listening; per-file choices live in this workspace's state. */
  activate(state: vscode.Memento): vscode.Disposable {
    this.state = state;
    this.subscriptions.push(vscode.workspace.onDidChangeConfiguration((e) => {
      if (['languages', 'include', 'exclude'].some((k) => e.affectsConfiguration(`newsLens.${k}`))) this.changed.fire();
    }));
    return this;
  }

  /** Whether a document is an article, and if not, why (for the tree and the status bar). */
  classify(doc: vscode.TextDocument): ScopeVerdict {
    if (NOT_ARTICLE_SCHEMES.has(doc.uri.scheme)) return { article: false, reason: 'it is not a file' };
    const choice = this.choiceOf(doc.uri);
    if (choice === 'analyse') return { article: true };
    if (choice === 'skip') return { article: false, reason: 'you chose Stop Analysing This File for it' };
    if (!readConfig().languages.includes(doc.languageId)) return { article: false, reason: `its language, ${doc.languageId}, is not in newsLens.languages` };
    // an unsaved document has no path to match: a pasted article
    if (doc.isUntitled) return { article: true };
    return this.byPath(doc.uri);
  }

  isArticle(doc: vscode.TextDocument): boolean {
    return this.classify(doc).article;
  }

  /** A file not opened (workspace mode): its path and the reader's choice decide. */
  classifyUri(uri: vscode.Uri): ScopeVerdict {
    const choice = this.choiceOf(uri);
    if (choice) return choice === 'analyse' ? { article: true } : { article: false, reason: 'you chose Stop Analysing This File for it' };
    return this.byPath(uri);
  }

  private byPath(uri: vscode.Uri): ScopeVerdict {
    const { include, exclude } = readConfig();
    const verdict = classifyPath(vscode.workspace.asRelativePath(uri, false), include, exclude);
    if (verdict.article) return verdict;
    return { article: false, reason: verdict.setting === 'exclude' ? `it matches newsLens.exclude (${verdict.glob})` : 'it does not match newsLens.include' };
  }

  choiceOf(uri: vscode.Uri): FileChoice | undefined {
    return this.state?.get<Record<string, FileChoice>>(CHOICES_KEY, {})[uri.toString()];
  }

  /** Remember the reader's choice for a file; a choice the settings would make anyway is forgotten. */
  async choose(uri: vscode.Uri, analyse: boolean): Promise<void> {
    const choices = { ...this.state?.get<Record<string, FileChoice>>(CHOICES_KEY, {}) };
    delete choices[uri.toString()];
    if (this.byPath(uri).article !== analyse) choices[uri.toString()] = analyse ? 'analyse' : 'skip';
    await this.state?.update(CHOICES_KEY, choices);
    this.changed.fire();
  }

  /** Keeps the context key newsLens.isArticle equal to isArticle(the active document). */
  bindContextKey(isArticle: (doc: vscode.TextDocument) => boolean): vscode.Disposable {
    const update = () => {
      const doc = vscode.window.activeTextEditor?.document;
      const on = !!doc && isArticle(doc);
      if (on === this.contextValue) return;
      this.contextValue = on;
      void vscode.commands.executeCommand('setContext', IS_ARTICLE_KEY, on);
    };
    update();
    return vscode.Disposable.from(
      vscode.window.onDidChangeActiveTextEditor(update),
      // a changed language mode reopens the document
      vscode.workspace.onDidOpenTextDocument(update),
      this.onDidChange(update),
    );
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

/** The one scope of this extension host (providers ask it through AnalysisService.isArticle). */
export const articleScope = new ArticleScope();

/** The gate for an open document: too large or binary, or undefined when it can be analysed. */
export function gateText(text: string): Skip | undefined {
  // chars × 3 bounds the UTF-8 size: count bytes only near the limit
  const limit = readConfig().maxFileSizeKB * 1024;
  const large = text.length * 3 > limit ? checkSize(utf8Length(text), limit, SIZE_HINT) : undefined;
  return large ?? (textLooksBinary(text) ? withHint(binarySkip()) : undefined);
}

/** The gate for a file on disk (workspace mode, a file VS Code would not open as text): its text, or why not. */
export async function gateFile(uri: vscode.Uri): Promise<Decoded | Skip> {
  try {
    const large = checkSize((await vscode.workspace.fs.stat(uri)).size, readConfig().maxFileSizeKB * 1024, SIZE_HINT);
    if (large) return large;
    const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
    return isSkip(decoded) ? withHint(decoded) : decoded;
  } catch (e) {
    return unreadableSkip(e instanceof vscode.FileSystemError ? e.code || e.message : (e as Error).message);
  }
}

/** Binary files are governed by the globs: say so, as the size message names its setting. */
function withHint(skip: Skip): Skip {
  return skip.kind === 'binary' ? { ...skip, message: `${skip.message} (newsLens.exclude can leave such files out)` } : skip;
}
