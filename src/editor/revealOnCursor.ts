/** When the cursor rests on an entity, the tree reveals it (like the Explorer following the
 *  active file). Only while the tree is visible; the editor keeps the focus. */
import * as vscode from 'vscode';
import { AnalysisService } from './analysisService';
import { readConfig } from './config';
import { EntityTreeProvider } from './entityTree';
import { TreeNode } from './treeNodes';

const DELAY_MS = 250;

export function followCursor(service: AnalysisService, tree: EntityTreeProvider, treeView: vscode.TreeView<TreeNode>): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener = vscode.window.onDidChangeTextEditorSelection((e) => {
    if (!treeView.visible || !readConfig().revealOnCursor || e.kind === vscode.TextEditorSelectionChangeKind.Command) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const doc = e.textEditor.document;
      // only a result for this very version: offsets of an older one point elsewhere
      const result = service.peek(doc);
      if (!result) return;
      const offset = doc.offsetAt(e.selections[0].active);
      const entity = result.analysis.entities.find((en) => en.mentions.some((m) => m.start <= offset && offset <= m.end));
      const node = entity && tree.entityNode(entity.id);
      if (node) void treeView.reveal(node, { select: true, focus: false });
    }, DELAY_MS);
  });
  // a pending reveal must not run after the extension is gone
  return new vscode.Disposable(() => {
    clearTimeout(timer);
    listener.dispose();
  });
}
