/** Commands that let the reader correct the analysis and add notes: Mark as Person/Country/
 *  Organization/Event, Mark as Quote, Set Quote Speaker, Not an Entity, Rename or Merge Entity,
 *  Add Note, Undo Last Annotation, and Export Annotations. They work on the selection or the
 *  cursor. From the tree's menu they get the node; otherwise an options object ({ name },
 *  { speaker }, { note }) lets tests and keybindings skip the input boxes. A tree node is known
 *  by identity (EntityTreeProvider.isNode), never guessed from its shape. */
import * as vscode from 'vscode';
import { AnnotationAction, EntityKind, makeAnchor, quoteRows, quotesToCsv, Span, toBrat, toRecord, UserAnnotation } from '../core';
import { AnalysisService } from './analysisService';
import { askScope, saveInScope, scopeOption } from './annotationScope';
import { AnnotationStore } from './annotationStore';
import { DictionaryStore } from './dictionaryStore';
import { KIND_LABEL, mentions } from './config';
import { EntityTreeProvider } from './entityTree';
import { TreeNode } from './treeNodes';

/** A string option of an options object, or undefined (also for a tree node or nothing). */
function option(arg: unknown, key: 'name' | 'note'): string | undefined {
  const value = typeof arg === 'object' && arg !== null ? (arg as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** The speaker option: a name, null for "no speaker", or undefined when not given. */
function speakerOption(arg: unknown): string | null | undefined {
  if (typeof arg !== 'object' || arg === null || !('speaker' in arg)) return undefined;
  const value = (arg as { speaker: unknown }).speaker;
  return typeof value === 'string' ? value : null;
}

type Target = { editor: vscode.TextEditor; span: Span };

/** The span a command works on: the selection, else the entity or quote under the cursor, else the word. */
async function target(service: AnalysisService, node?: TreeNode): Promise<Target | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !service.isArticle(editor.document)) {
    vscode.window.showInformationMessage('News Lens: open a news article and select the words to annotate.');
    return undefined;
  }
  const doc = editor.document;
  if (node?.type === 'mention') return { editor, span: { start: node.start, end: node.end } };
  if (!editor.selection.isEmpty) return { editor, span: { start: doc.offsetAt(editor.selection.start), end: doc.offsetAt(editor.selection.end) } };
  const offset = doc.offsetAt(editor.selection.active);
  const a = (await service.get(doc))?.analysis;
  const mention = a?.entities.flatMap((e) => e.mentions).find((m) => m.start <= offset && offset <= m.end);
  if (mention) return { editor, span: mention };
  const quote = a?.quotes.find((q) => q.start <= offset && offset <= q.end);
  if (quote) return { editor, span: quote };
  const word = doc.getWordRangeAtPosition(editor.selection.active);
  if (word) return { editor, span: { start: doc.offsetAt(word.start), end: doc.offsetAt(word.end) } };
  vscode.window.showInformationMessage('News Lens: select the words to annotate.');
  return undefined;
}

let counter = 0;
const newId = () => `a${Date.now().toString(36)}${(counter++).toString(36)}`;

export function registerAnnotationCommands(service: AnalysisService, store: AnnotationStore, tree: EntityTreeProvider, dictionaries: DictionaryStore): vscode.Disposable[] {
  const nodeOf = (arg: unknown): TreeNode | undefined => (tree.isNode(arg) ? arg : undefined);
  const save = async (doc: vscode.TextDocument, action: AnnotationAction, span?: Span) => {
    const annotation: UserAnnotation = { id: newId(), created: new Date().toISOString(), action };
    if (span) annotation.anchor = makeAnchor(doc.getText(), span.start, span.end);
    try {
      await store.add(doc.uri, annotation);
      return annotation;
    } catch (e) {
      vscode.window.showErrorMessage(`News Lens: ${(e as Error).message}`);
      return undefined;
    }
  };
  const people = async (doc: vscode.TextDocument) => (await service.get(doc))?.analysis.entities.filter((e) => e.kind === 'person') ?? [];
  /** A speaker from the article's people, a name typed in, an unnamed source described, or none. */
  const askSpeaker = async (doc: vscode.TextDocument): Promise<{ speaker: string | null; description?: string } | undefined> => {
    const items: (vscode.QuickPickItem & { value?: string | null; unnamed?: boolean })[] = [
      ...(await people(doc)).map((p) => ({ label: p.name, description: mentions(p.mentions.length), value: p.name })),
      { label: 'Someone else…', value: undefined },
      { label: 'Unnamed source…', description: 'described, not named: "a senior official"', unnamed: true },
      { label: 'No speaker', description: 'unattributed', value: null },
    ];
    const pick = await vscode.window.showQuickPick(items, { title: 'Who said it?' });
    if (!pick) return undefined;
    if (pick.unnamed) {
      const description = await vscode.window.showInputBox({ title: 'Unnamed source', prompt: 'How the article describes the source' });
      return description?.trim() ? { speaker: null, description: description.trim() } : undefined;
    }
    if (pick.value !== undefined) return { speaker: pick.value };
    const typed = await vscode.window.showInputBox({ title: 'Who said it?', prompt: 'The speaker\'s full name' });
    return typed === undefined ? undefined : { speaker: typed.trim() || null };
  };
  /** This mention, every occurrence, or every article: an options object without a scope means this mention. */
  const inScope = async (arg: unknown, t: { editor: vscode.TextEditor; span: Span }, action: AnnotationAction, what: string) => {
    const given = scopeOption(arg) ?? (arg !== undefined && !nodeOf(arg) ? 'mention' : undefined);
    const scope = given ?? (await askScope(t.editor.document, t.span, what));
    return scope && saveInScope(store, dictionaries, t.editor.document, t.span, action, scope);
  };

  const mark = (kind: EntityKind) => async (arg?: unknown) => {
    const t = await target(service, nodeOf(arg));
    if (!t) return undefined;
    const name = nodeOf(arg) ? undefined : option(arg, 'name');
    return inScope(arg, t, { type: 'entity', kind, ...(name ? { name } : {}) }, `Mark as ${KIND_LABEL[kind].one}`);
  };

  return [
    ...(['person', 'country', 'organization', 'event'] as const).map((k) =>
      vscode.commands.registerCommand(`newsLens.markAs.${k}`, mark(k))),
    vscode.commands.registerCommand('newsLens.markQuote', async (arg?: unknown) => {
      const t = await target(service);
      if (!t) return undefined;
      const given = speakerOption(arg);
      const said = given !== undefined ? { speaker: given } : await askSpeaker(t.editor.document);
      if (!said) return undefined;
      return save(t.editor.document, { type: 'quote', ...said }, t.span);
    }),
    vscode.commands.registerCommand('newsLens.setQuoteSpeaker', async (arg?: unknown) => {
      const editor = vscode.window.activeTextEditor;
      const node = nodeOf(arg);
      let quote: Span | undefined;
      if (node?.type === 'quote') quote = node.quote;
      else if (editor) {
        const offset = editor.document.offsetAt(editor.selection.active);
        quote = (await service.get(editor.document))?.analysis.quotes.find((q) => q.start <= offset && offset <= q.end);
      }
      if (!editor || !quote) {
        vscode.window.showInformationMessage('News Lens: put the cursor in a quotation to set its speaker.');
        return undefined;
      }
      const given = node ? undefined : speakerOption(arg);
      const said = given !== undefined ? { speaker: given } : await askSpeaker(editor.document);
      if (!said) return undefined;
      return save(editor.document, { type: 'speaker', ...said }, { start: quote.start, end: quote.end });
    }),
    vscode.commands.registerCommand('newsLens.notAnEntity', async (arg?: unknown) => {
      const t = await target(service, nodeOf(arg));
      return t && inScope(arg, t, { type: 'suppress' }, 'Not an Entity');
    }),
    vscode.commands.registerCommand('newsLens.renameEntity', async (arg?: unknown) => {
      const editor = vscode.window.activeTextEditor;
      const doc = editor?.document;
      const analysis = doc && (await service.get(doc))?.analysis;
      const node = nodeOf(arg);
      let entity = node?.type === 'entity' ? analysis?.entities.find((e) => e.id === node.key) : undefined;
      if (!entity && editor && analysis) {
        const offset = editor.document.offsetAt(editor.selection.active);
        entity = analysis.entities.find((e) => e.mentions.some((m) => m.start <= offset && offset <= m.end));
      }
      if (!doc || !entity || !analysis) {
        vscode.window.showInformationMessage('News Lens: put the cursor on an entity to rename it or merge it into another.');
        return undefined;
      }
      const into = (node ? undefined : option(arg, 'name')) || await vscode.window.showInputBox({
        title: `Rename or merge ${entity.name}`,
        prompt: `A new name, or the name of another ${KIND_LABEL[entity.kind].one.toLowerCase()} to merge into (${analysis.entities.filter((e) => e.kind === entity!.kind && e !== entity).map((e) => e.name).slice(0, 5).join(', ')})`,
        value: entity.name,
      });
      if (!into || into === entity.name) return undefined;
      const merge: AnnotationAction = { type: 'merge', kind: entity.kind, from: entity.name, into };
      // a merge covers the whole article already; the team dictionary takes it to every article
      const where = scopeOption(arg) ?? (arg === undefined || node ? await askMergeScope(doc, entity.name, into) : 'article');
      if (!where) return undefined;
      return where === 'workspace' ? saveInScope(store, dictionaries, doc, entity.mentions[0], merge, 'workspace') : save(doc, merge);
    }),
    vscode.commands.registerCommand('newsLens.addNote', async (arg?: unknown) => {
      const t = await target(service, nodeOf(arg));
      if (!t) return undefined;
      const note = (nodeOf(arg) ? undefined : option(arg, 'note')) || await vscode.window.showInputBox({ title: 'Add Note', prompt: 'Your note on the selected words' });
      return note ? save(t.editor.document, { type: 'note', note }, t.span) : undefined;
    }),
    vscode.commands.registerCommand('newsLens.undoAnnotation', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc || !service.isArticle(doc)) return undefined;
      try {
        const removed = await store.undo(doc.uri);
        if (!removed) vscode.window.showInformationMessage('News Lens: no annotations to undo in this article.');
        return removed;
      } catch (e) {
        vscode.window.showErrorMessage(`News Lens: ${(e as Error).message}`);
        return undefined;
      }
    }),
    vscode.commands.registerCommand('newsLens.exportAnnotations', async (arg?: unknown) => {
      const doc = vscode.window.activeTextEditor?.document;
      const result = doc && (await service.get(doc));
      if (!doc || !result) {
        vscode.window.showInformationMessage('News Lens: open a news article to export its annotations.');
        return undefined;
      }
      const given = typeof arg === 'object' && arg !== null ? (arg as { format?: unknown }).format : undefined;
      const format = (given === 'brat' || given === 'json' || given === 'csv' ? given : undefined) ?? (await vscode.window.showQuickPick(
        [{ label: 'brat standoff (.ann)', f: 'brat' as const }, { label: 'JSON', f: 'json' as const }, { label: 'CSV (quotes)', f: 'csv' as const }],
        { title: 'Export Annotations as…' }))?.f;
      if (!format) return undefined;
      const name = vscode.workspace.asRelativePath(doc.uri);
      const content = format === 'brat' ? toBrat(doc.getText(), result.analysis)
        : format === 'json' ? JSON.stringify({ ...toRecord(name, result.analysis), notes: result.analysis.notes }, null, 2) + '\n'
          : quotesToCsv(quoteRows(name, doc.getText(), result.analysis));
      const out = await vscode.workspace.openTextDocument({ language: format === 'json' ? 'json' : format === 'csv' ? 'csv' : 'plaintext', content });
      service.ownDocuments.add(out.uri.toString());
      await vscode.window.showTextDocument(out, { viewColumn: vscode.ViewColumn.Beside, preview: false });
      return out;
    }),
  ];
}

/** Rename or merge in this article, or in every article through the team dictionary. */
async function askMergeScope(doc: vscode.TextDocument, from: string, into: string): Promise<'article' | 'workspace' | undefined> {
  if (!vscode.workspace.getWorkspaceFolder(doc.uri)) return 'article';
  const pick = await vscode.window.showQuickPick([
    { label: 'In this article', scope: 'article' as const },
    { label: 'In all articles of the workspace', description: 'adds an entry to the team dictionary', scope: 'workspace' as const },
  ], { title: `"${from}" → "${into}"` });
  return pick?.scope;
}
