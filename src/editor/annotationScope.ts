/** How far one correction reaches: this mention, every occurrence of the same words in this
 *  article (one Undo removes them all), or every article of the workspace through the team
 *  dictionary. Commands called with an options object and no `scope` keep to the one mention, so
 *  tests and keybindings never meet a picker. */
import * as vscode from 'vscode';
import { AnnotationAction, DictionaryEntry, makeAnchor, occurrences, Span, UserAnnotation } from '../core';
import { AnnotationStore } from './annotationStore';
import { DictionaryStore } from './dictionaryStore';

export type Scope = 'mention' | 'article' | 'workspace';

/** The scope an options object asks for ({ scope: 'article' }), if any. */
export function scopeOption(arg: unknown): Scope | undefined {
  const value = typeof arg === 'object' && arg !== null ? (arg as { scope?: unknown }).scope : undefined;
  return value === 'mention' || value === 'article' || value === 'workspace' ? value : undefined;
}

/** Where the same words stand in the article, as whole words, in their case. */
export function sameWords(text: string, span: Span): Span[] {
  const words = text.slice(span.start, span.end);
  return occurrences(text, text.toLowerCase(), words, true);
}

/** Asks how far to go; undefined when the reader dismissed the picker. */
export async function askScope(doc: vscode.TextDocument, span: Span, what: string): Promise<Scope | undefined> {
  const words = doc.getText().slice(span.start, span.end);
  const count = sameWords(doc.getText(), span).length;
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  if (count <= 1 && !folder) return 'mention';
  type Item = vscode.QuickPickItem & { scope: Scope };
  const items: Item[] = [{ label: 'This mention', scope: 'mention' }];
  if (count > 1) items.push({ label: `All ${count} occurrences in this article`, description: 'one Undo reverts them all', scope: 'article' });
  if (folder) items.push({ label: 'All articles in the workspace', description: 'adds an entry to the team dictionary (.newslens/dictionary.json)', scope: 'workspace' });
  const pick = await vscode.window.showQuickPick(items, { title: `${what}: "${words}"` });
  return pick?.scope;
}

let counter = 0;
const newId = () => `s${Date.now().toString(36)}${(counter++).toString(36)}`;

/** Saves the action on one mention, or on every occurrence as one group, or as a dictionary entry. */
export async function saveInScope(store: AnnotationStore, dictionaries: DictionaryStore, doc: vscode.TextDocument, span: Span,
  action: AnnotationAction, scope: Scope): Promise<UserAnnotation[] | DictionaryEntry | undefined> {
  const text = doc.getText();
  try {
    if (scope === 'workspace') {
      const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
      const words = text.slice(span.start, span.end).replace(/[’']s$/, '');
      const entry: DictionaryEntry | undefined = action.type === 'entity' ? (action.name && action.name !== words ? { alias: words, name: action.name, kind: action.kind } : { text: words, kind: action.kind })
        : action.type === 'suppress' ? { text: words, notEntity: true }
          : action.type === 'merge' ? { alias: action.from, name: action.into, kind: action.kind } : undefined;
      if (!folder || !entry) throw new Error('the team dictionary needs a workspace folder, and takes entities, "not an entity" and merges');
      await dictionaries.add(folder, entry);
      return entry;
    }
    const spans = scope === 'article' ? sameWords(text, span) : [span];
    const created = new Date().toISOString();
    const group = spans.length > 1 ? newId() : undefined;
    const annotations: UserAnnotation[] = spans.map((s) => ({ id: newId(), created, anchor: makeAnchor(text, s.start, s.end), action, ...(group ? { group } : {}) }));
    await store.add(doc.uri, ...annotations);
    return annotations;
  } catch (e) {
    void vscode.window.showErrorMessage(`News Lens: ${(e as Error).message}`);
    return undefined;
  }
}
