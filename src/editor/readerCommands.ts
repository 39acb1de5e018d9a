/** The team dictionary (Add to Dictionary…, Open Dictionary), keyboard review of quotes (Review
 *  Quotes, Next/Previous Quote, Accept Speaker, Change Speaker, Stop Reviewing) and Import brat
 *  Annotations…. Options objects let tests skip the pickers. */
import * as vscode from 'vscode';
import { DictionaryEntry, ENTITY_KINDS, EntityKind, fromBrat } from '../core';
import { AnalysisService } from './analysisService';
import { AnnotationStore } from './annotationStore';
import { KIND_LABEL } from './config';
import { DictionaryStore } from './dictionaryStore';
import { QuoteReview, SpeakerChoice } from './quoteReview';

function folderOf(uri: vscode.Uri | undefined): vscode.WorkspaceFolder | undefined {
  return (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
}

export function registerReaderCommands(service: AnalysisService, store: AnnotationStore, dictionaries: DictionaryStore, review: QuoteReview): vscode.Disposable[] {
  const addToDictionary = async (arg?: { entry?: DictionaryEntry }) => {
    const editor = vscode.window.activeTextEditor;
    const folder = folderOf(editor?.document.uri);
    if (!folder) {
      void vscode.window.showInformationMessage('News Lens: the team dictionary lives in a workspace folder; open one first.');
      return undefined;
    }
    let entry = arg?.entry;
    if (!entry) {
      const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection).trim() : '';
      const text = selected || (await vscode.window.showInputBox({ title: 'Add to Dictionary', prompt: 'The words, as articles write them' }))?.trim();
      if (!text) return undefined;
      type Item = vscode.QuickPickItem & { entityKind?: EntityKind; not?: boolean; alias?: boolean };
      const items: Item[] = [
        ...ENTITY_KINDS.map((kind) => ({ label: `${KIND_LABEL[kind].one}`, description: `"${text}" is a ${KIND_LABEL[kind].one.toLowerCase()} in every article`, entityKind: kind })),
        { label: 'Not an entity', description: `"${text}" is never an entity`, not: true },
        { label: 'Another name for…', description: `"${text}" names an entity known by another name`, alias: true },
      ];
      const pick = await vscode.window.showQuickPick(items, { title: `Add "${text}" to the team dictionary` });
      if (!pick) return undefined;
      if (pick.not) entry = { text, notEntity: true };
      else if (pick.entityKind) entry = { text, kind: pick.entityKind };
      else {
        const kind = (await vscode.window.showQuickPick(ENTITY_KINDS.map((k) => ({ label: KIND_LABEL[k].one, entityKind: k })), { title: 'What kind of entity?' }))?.entityKind;
        const name = kind && (await vscode.window.showInputBox({ title: `"${text}" is another name for…`, prompt: 'The entity\'s full name' }))?.trim();
        if (!kind || !name) return undefined;
        entry = { alias: text, name, kind };
      }
    }
    try {
      await dictionaries.add(folder, entry);
      return entry;
    } catch (e) {
      void vscode.window.showErrorMessage(`News Lens: ${(e as Error).message}`);
      return undefined;
    }
  };

  const importBrat = async (arg?: { ann?: vscode.Uri }) => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !service.isArticle(doc)) {
      void vscode.window.showInformationMessage('News Lens: open the article the brat annotations belong to.');
      return undefined;
    }
    const ann = arg?.ann ?? (await vscode.window.showOpenDialog({ title: 'Import brat Annotations', filters: { 'brat standoff': ['ann'] }, canSelectMany: false, defaultUri: vscode.Uri.joinPath(doc.uri, '..') }))?.[0];
    if (!ann) return undefined;
    const imported = fromBrat(doc.getText(), new TextDecoder().decode(await vscode.workspace.fs.readFile(ann)));
    try {
      if (imported.annotations.length) await store.add(doc.uri, ...imported.annotations);
    } catch (e) {
      void vscode.window.showErrorMessage(`News Lens: ${(e as Error).message}`);
      return undefined;
    }
    const name = vscode.workspace.asRelativePath(ann);
    if (imported.problems.length) {
      const lines = imported.problems.slice(0, 3).map((p) => `line ${p.line}: ${p.message}`).join('; ');
      void vscode.window.showWarningMessage(`News Lens: imported ${imported.annotations.length} annotation(s) from ${name}; ${imported.problems.length} line(s) were not: ${lines}${imported.problems.length > 3 ? '; …' : ''}`);
    } else void vscode.window.showInformationMessage(`News Lens: imported ${imported.annotations.length} annotation(s) from ${name}.`);
    return imported;
  };

  return [
    vscode.commands.registerCommand('newsLens.addToDictionary', addToDictionary),
    vscode.commands.registerCommand('newsLens.openDictionary', async () => {
      const folder = folderOf(vscode.window.activeTextEditor?.document.uri);
      if (!folder) return void vscode.window.showInformationMessage('News Lens: the team dictionary lives in a workspace folder; open one first.');
      return dictionaries.open(folder);
    }),
    vscode.commands.registerCommand('newsLens.importBrat', importBrat),
    vscode.commands.registerCommand('newsLens.reviewQuotes', () => review.start()),
    vscode.commands.registerCommand('newsLens.nextQuote', () => (review.active ? review.move(1) : review.start())),
    vscode.commands.registerCommand('newsLens.previousQuote', () => (review.active ? review.move(-1) : review.start())),
    vscode.commands.registerCommand('newsLens.acceptSpeaker', () => review.accept()),
    vscode.commands.registerCommand('newsLens.changeSpeaker', (choice?: SpeakerChoice) => review.change(choice && typeof choice === 'object' && 'speaker' in choice ? choice : undefined)),
    vscode.commands.registerCommand('newsLens.stopReview', () => review.stop()),
  ];
}
