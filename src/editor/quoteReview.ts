/** Review Quotes: step through an article's quotes with the keyboard, accept each speaker with one
 *  key or change it with another, and see the progress in the status bar. What was reviewed is kept
 *  in the article's sidecar (a `review` annotation), so the count survives a reload. */
import * as vscode from 'vscode';
import { Quote, Span, UserAnnotation, makeAnchor } from '../core';
import { AnalysisService, DocumentAnalysis } from './analysisService';
import { AnnotationStore } from './annotationStore';

/** The keys, as package.json binds them while a review is on (shown in the status bar). */
export const REVIEW_KEYS = { next: 'Alt+]', previous: 'Alt+[', accept: 'Alt+A', change: 'Alt+S' } as const;

let counter = 0;
const newId = () => `r${Date.now().toString(36)}${(counter++).toString(36)}`;

export interface SpeakerChoice {
  speaker: string | null;
  description?: string;
  notAQuote?: boolean;
}

export class QuoteReview implements vscode.Disposable {
  private document: vscode.Uri | undefined;
  /** The start of the quote under review: quotes are found again by offset after a re-analysis. */
  private at = -1;
  private readonly item = vscode.window.createStatusBarItem('newsLens.review', vscode.StatusBarAlignment.Left, 99);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly service: AnalysisService, private readonly store: AnnotationStore) {
    this.item.name = 'News Lens Quote Review';
    this.item.command = 'newsLens.acceptSpeaker';
    this.subscriptions.push(
      this.item,
      service.onDidAnalyze((a) => a.uri.toString() === this.document?.toString() && this.showProgress(a)),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (this.document && e?.document.uri.toString() !== this.document.toString()) void this.stop();
      }),
    );
  }

  get active(): boolean {
    return !!this.document;
  }

  /** What the status bar says (progress and keys), empty when no review is on. */
  get progressText(): string {
    return this.document ? this.item.text : '';
  }

  private editor(): vscode.TextEditor | undefined {
    const e = vscode.window.activeTextEditor;
    return e && e.document.uri.toString() === this.document?.toString() ? e : undefined;
  }

  /** The latest analysis of the article under review (the current version's, once it is ready). */
  private result(): DocumentAnalysis | undefined {
    const e = this.editor();
    return e && (this.service.peek(e.document) ?? this.service.latest(e.document.uri));
  }

  private quotes(): Quote[] {
    return this.result()?.analysis.quotes ?? [];
  }

  private current(): Quote | undefined {
    return this.quotes().find((q) => q.start === this.at);
  }

  /** Starts on the active article, at its first quote not yet reviewed. */
  async start(): Promise<Quote | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.service.isArticle(editor.document)) {
      void vscode.window.showInformationMessage('News Lens: open a news article to review its quotes.');
      return undefined;
    }
    this.document = editor.document.uri;
    await vscode.commands.executeCommand('setContext', 'newsLens.reviewing', true);
    await this.service.get(editor.document);
    const quotes = this.quotes();
    if (!quotes.length) {
      void vscode.window.showInformationMessage('News Lens: this article has no quotes to review.');
      await this.stop();
      return undefined;
    }
    const reviewed = this.result()?.analysis.reviewed ?? [];
    const first = quotes.find((q) => !reviewed.some((r) => r.start === q.start)) ?? quotes[0];
    return this.show(first);
  }

  async stop(): Promise<void> {
    this.document = undefined;
    this.at = -1;
    this.item.hide();
    await vscode.commands.executeCommand('setContext', 'newsLens.reviewing', false);
  }

  /** The next (or previous) quote after the one under review; stays at the ends. */
  move(step: 1 | -1): Quote | undefined {
    const quotes = this.quotes();
    if (!quotes.length || !this.editor()) return undefined;
    const i = quotes.findIndex((q) => q.start >= this.at);
    const here = i < 0 ? quotes.length : i;
    const onQuote = quotes[here]?.start === this.at;
    const next = step === 1 ? (onQuote ? here + 1 : here) : here - 1;
    return this.show(quotes[Math.max(0, Math.min(quotes.length - 1, next))]);
  }

  /** Lets the speaker stand, and goes on to the next quote. */
  async accept(): Promise<Quote | undefined> {
    const q = this.current();
    const editor = this.editor();
    if (!q || !editor) return undefined;
    await this.save(editor.document, q, { type: 'review' });
    return this.move(1);
  }

  /** Sets another speaker (or an unnamed source, or "not a quote"), and goes on. */
  async change(choice?: SpeakerChoice): Promise<Quote | undefined> {
    const q = this.current();
    const editor = this.editor();
    if (!q || !editor) return undefined;
    const picked = choice ?? (await this.pick(q));
    if (!picked) return undefined;
    if (picked.notAQuote) await this.save(editor.document, q, { type: 'suppress' });
    else await this.save(editor.document, q, { type: 'speaker', speaker: picked.speaker, ...(picked.description ? { description: picked.description } : {}) });
    return this.move(1);
  }

  private async pick(q: Quote): Promise<SpeakerChoice | undefined> {
    const entities = this.result()?.analysis.entities.filter((e) => e.kind === 'person' || e.kind === 'organization') ?? [];
    type Item = vscode.QuickPickItem & { choice?: SpeakerChoice; unnamed?: boolean };
    const items: Item[] = [
      ...entities.map((e) => ({ label: e.name, description: `${e.kind}${e.name === q.speaker ? ' · current speaker' : ''}`, choice: { speaker: e.name } })),
      { label: '', kind: vscode.QuickPickItemKind.Separator },
      { label: 'Unnamed source…', description: 'a description such as "a senior official"', unnamed: true },
      { label: 'No speaker', description: 'unattributed', choice: { speaker: null } },
      { label: 'Not a quote', description: 'remove it from the quotes', choice: { speaker: null, notAQuote: true } },
    ];
    const pick = await vscode.window.showQuickPick(items, { title: 'Who said it?', placeHolder: q.text.slice(0, 80) });
    if (!pick) return undefined;
    if (!pick.unnamed) return pick.choice;
    const description = await vscode.window.showInputBox({ title: 'Unnamed source', prompt: 'How the article describes the source', value: q.speakerDescription ?? '' });
    return description?.trim() ? { speaker: null, description: description.trim() } : undefined;
  }

  private async save(doc: vscode.TextDocument, q: Span, action: UserAnnotation['action']): Promise<void> {
    try {
      await this.store.add(doc.uri, { id: newId(), created: new Date().toISOString(), anchor: makeAnchor(doc.getText(), q.start, q.end), action });
    } catch (e) {
      void vscode.window.showErrorMessage(`News Lens: ${(e as Error).message}`);
    }
  }

  private show(q: Quote): Quote {
    const editor = this.editor()!;
    this.at = q.start;
    const range = new vscode.Range(editor.document.positionAt(q.start), editor.document.positionAt(q.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    const result = this.result();
    if (result) this.showProgress(result);
    return q;
  }

  private showProgress(result: DocumentAnalysis) {
    const { quotes, reviewed } = result.analysis;
    const done = quotes.filter((q) => reviewed.some((r) => r.start === q.start)).length;
    const index = quotes.findIndex((q) => q.start >= this.at);
    const q = quotes[index];
    const who = q ? q.speaker ?? (q.speakerDescription ? `unnamed: ${q.speakerDescription}` : 'no speaker') : '';
    this.item.text = `$(checklist) ${done} / ${quotes.length} reviewed · ${REVIEW_KEYS.accept} accept · ${REVIEW_KEYS.change} change · ${REVIEW_KEYS.next} next · ${REVIEW_KEYS.previous} back`;
    this.item.tooltip = `Quote ${index + 1} of ${quotes.length}, said by ${who}. Click or press ${REVIEW_KEYS.accept} to accept the speaker.`;
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
