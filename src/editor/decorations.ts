/** Highlights entities and quotes in visible article editors. Decoration types are made once;
 *  drawing uses the cached analysis of the document's version and stops at a per-editor cap. */
import * as vscode from 'vscode';
import { AnalysisService, DocumentAnalysis } from './analysisService';
import { HIGHLIGHT_KINDS, HighlightKind, readConfig } from './config';

type Layer = HighlightKind | 'speaker';

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

  constructor(private readonly service: AnalysisService) {
    this.subscriptions.push(
      service.onDidAnalyze((a) => this.drawDocument(a)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.drawAll()),
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
    let total = 0;
    let capped = false;
    const doc = editor.document;
    // a result for an older version would put highlights in the wrong places
    if (result && result.version === doc.version && cfg.enabled) {
      const add = (layer: Layer, start: number, end: number) => {
        if (total >= cfg.maxDecorationsPerEditor) {
          capped = true;
          return;
        }
        total++;
        ranges[layer].push(new vscode.Range(doc.positionAt(start), doc.positionAt(end)));
      };
      for (const e of result.analysis.entities) {
        if (cfg.highlight[e.kind]) for (const m of e.mentions) add(e.kind, m.start, m.end);
      }
      if (cfg.highlight.quote) {
        for (const q of result.analysis.quotes) {
          add('quote', q.start, q.end);
          if (q.speakerMention) add('speaker', q.speakerMention.start, q.speakerMention.end);
        }
      }
    }
    for (const layer of Object.keys(this.types) as Layer[]) editor.setDecorations(this.types[layer], ranges[layer]);
    this.drawn.set(editor, { ranges, capped });
    if (capped) this.capped.fire({ editor, total, cap: cfg.maxDecorationsPerEditor });
  }

  dispose(): void {
    for (const t of Object.values(this.types)) t.dispose();
    for (const s of this.subscriptions) s.dispose();
    this.capped.dispose();
  }
}
