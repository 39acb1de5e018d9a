/** Highlights entities and quotes in visible article editors. Decoration types are made once;
 *  drawing uses the cached analysis of the document's version and stops at a per-editor cap.
 *  The highlights come as the sorted table the worker made (src/worker/spans.ts): over the cap,
 *  the nearest to the view are found by a binary search, not by sorting every span. */
import * as vscode from 'vscode';
import { AnalysisService, DocumentAnalysis } from './analysisService';
import { HighlightKind, readConfig } from './config';
import { nearestSpans, SPAN_LAYERS, SPAN_WIDTH } from '../worker/spans';

type Layer = HighlightKind | 'speaker';
const NO_SPANS = new Int32Array(0);
const SCROLL_REDRAW_MS = 100;

function makeTypes(): Record<Layer, vscode.TextEditorDecorationType> {
  const ruler = (kind: HighlightKind) => new vscode.ThemeColor(`newsLens.${kind}Border`);
  const entity = (kind: HighlightKind) => vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(`newsLens.${kind}Background`),
    borderColor: ruler(kind),
    borderStyle: 'none none solid none',
    borderWidth: '1px',
    overviewRulerColor: ruler(kind),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  return {
    person: entity('person'),
    country: entity('country'),
    organization: entity('organization'),
    event: entity('event'),
    quote: vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor('newsLens.quoteBackground'),
      overviewRulerColor: ruler('quote'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    // the words a quote is attributed to ("Kerry said"): a bold outline over the entity colour
    speaker: vscode.window.createTextEditorDecorationType({
      fontWeight: 'bold',
      border: '1px dashed',
      borderColor: ruler('quote'),
      borderRadius: '2px',
    }),
  };
}

export class DecorationController implements vscode.Disposable {
  private readonly types = makeTypes();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** What was last drawn per editor, for tests and the status bar. */
  readonly drawn = new WeakMap<vscode.TextEditor, { ranges: Record<Layer, vscode.Range[]>; capped: boolean }>();
  private readonly capped = new vscode.EventEmitter<{ editor: vscode.TextEditor; total: number; cap: number }>();
  readonly onDidHitCap = this.capped.event;
  private scrollTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly service: AnalysisService) {
    this.subscriptions.push(
      service.onDidAnalyze((a) => this.drawDocument(a)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.drawAll()),
      // a capped editor draws the highlights nearest the view, so scrolling redraws it
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (!this.drawn.get(e.textEditor)?.capped) return;
        clearTimeout(this.scrollTimer);
        this.scrollTimer = setTimeout(() => this.draw(e.textEditor), SCROLL_REDRAW_MS);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('newsLens')) this.drawAll();
      }),
    );
  }

  drawAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.draw(editor);
  }

  private drawDocument(a: DocumentAnalysis): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === a.uri.toString()) this.draw(editor, a);
    }
  }

  /** Draws the analysis of the editor's current version; without one yet, asks for it and
   *  leaves the highlights as they are (VS Code moves them with the edits) until it comes. */
  draw(editor: vscode.TextEditor, result = this.service.peek(editor.document)): void {
    if (!result && this.service.isArticle(editor.document)) {
      void this.service.get(editor.document);
      return;
    }
    const cfg = readConfig();
    const ranges = Object.fromEntries(SPAN_LAYERS.map((k) => [k, [] as vscode.Range[]])) as Record<Layer, vscode.Range[]>;
    const doc = editor.document;
    // a result for an older version would put highlights in the wrong places
    const table = result && result.version === doc.version && cfg.enabled ? result.spans : NO_SPANS;
    // the words a quote is attributed to go with the quotes
    const wanted = SPAN_LAYERS.map((layer) => (layer === 'speaker' ? cfg.highlight.quote : cfg.highlight[layer]));
    const cap = cfg.maxDecorationsPerEditor;
    // over the cap, the highlights nearest to what the reader sees are the ones drawn
    const viewOffset = doc.offsetAt(editor.visibleRanges[0]?.start ?? new vscode.Position(0, 0));
    const { picked, total } = nearestSpans(table, wanted, viewOffset, cap);
    for (const i of picked) {
      const at = i * SPAN_WIDTH;
      ranges[SPAN_LAYERS[table[at + 2]]].push(new vscode.Range(doc.positionAt(table[at]), doc.positionAt(table[at + 1])));
    }
    for (const layer of Object.keys(this.types) as Layer[]) editor.setDecorations(this.types[layer], ranges[layer]);
    const capped = total > cap;
    this.drawn.set(editor, { ranges, capped });
    if (capped) this.capped.fire({ editor, total, cap });
  }

  dispose(): void {
    clearTimeout(this.scrollTimer);
    for (const t of Object.values(this.types)) t.dispose();
    for (const s of this.subscriptions) s.dispose();
    this.capped.dispose();
  }
}
