/** Highlights entities and quotes in visible article editors. Decoration types are made once;
 *  drawing uses the cached analysis of the document's version and stops at a per-editor cap. */
import * as vscode from 'vscode';
import { AnalysisService, DocumentAnalysis } from './analysisService';
import { HIGHLIGHT_KINDS, HighlightKind, readConfig } from './config';

type Layer = HighlightKind | 'speaker';
const SCROLL_REDRAW_MS = 100;

/** The `cap` spans closest to an offset (spans are in text order per kind, not overall). */
function nearestToView<T extends { start: number }>(spans: T[], offset: number, cap: number): T[] {
  return [...spans].sort((a, b) => Math.abs(a.start - offset) - Math.abs(b.start - offset)).slice(0, cap);
}

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

  draw(editor: vscode.TextEditor, result = this.service.get(editor.document)): void {
    const cfg = readConfig();
    const ranges = Object.fromEntries([...HIGHLIGHT_KINDS, 'speaker'].map((k) => [k, [] as vscode.Range[]])) as Record<Layer, vscode.Range[]>;
    const doc = editor.document;
    const spans: { layer: Layer; start: number; end: number }[] = [];
    // a result for an older version would put highlights in the wrong places
    if (result && result.version === doc.version && cfg.enabled) {
      for (const e of result.analysis.entities) {
        if (cfg.highlight[e.kind]) for (const m of e.mentions) spans.push({ layer: e.kind, start: m.start, end: m.end });
      }
      if (cfg.highlight.quote) {
        for (const q of result.analysis.quotes) {
          spans.push({ layer: 'quote', start: q.start, end: q.end });
          if (q.speakerMention) spans.push({ layer: 'speaker', start: q.speakerMention.start, end: q.speakerMention.end });
        }
      }
    }
    const cap = cfg.maxDecorationsPerEditor;
    const capped = spans.length > cap;
    // over the cap, the highlights nearest to what the reader sees are the ones drawn
    const drawnSpans = capped ? nearestToView(spans, doc.offsetAt(editor.visibleRanges[0]?.start ?? new vscode.Position(0, 0)), cap) : spans;
    for (const s of drawnSpans) ranges[s.layer].push(new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)));
    for (const layer of Object.keys(this.types) as Layer[]) editor.setDecorations(this.types[layer], ranges[layer]);
    this.drawn.set(editor, { ranges, capped });
    if (capped) this.capped.fire({ editor, total: spans.length, cap });
  }

  dispose(): void {
    clearTimeout(this.scrollTimer);
    for (const t of Object.values(this.types)) t.dispose();
    for (const s of this.subscriptions) s.dispose();
    this.capped.dispose();
  }
}
