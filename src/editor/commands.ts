/** The News Lens commands, registered in one place; each delegates to a provider. */
import * as vscode from 'vscode';
import { AnalysisService } from './analysisService';
import { ArticleScope } from './articleScope';
import { HIGHLIGHT_KINDS, KIND_LABEL, mentions, QuoteFormat, readConfig, SortOrder } from './config';
import { EntityTreeProvider } from './entityTree';
import { QuoteExporter } from './quotesExport';
import { linePosition, TreeNode } from './treeNodes';

export interface CommandDeps {
  service: AnalysisService;
  tree: EntityTreeProvider;
  treeView: vscode.TreeView<TreeNode>;
  exporter: QuoteExporter;
  scope: ArticleScope;
  setWorkspaceMode(on: boolean): Promise<void>;
}

/** Options a caller (a test, a keybinding) may pass to Extract Quotes; anything else is ignored. */
function extractOptions(arg: unknown): { format?: QuoteFormat; workspace?: boolean } {
  if (typeof arg !== 'object' || arg === null) return {};
  const { format, workspace } = arg as Record<string, unknown>;
  return {
    ...(format === 'markdown' || format === 'json' || format === 'csv' ? { format } : {}),
    ...(typeof workspace === 'boolean' ? { workspace } : {}),
  };
}

/** The file a per-file command works on: the Uri it was given (a menu, the status bar), else the active editor's. */
function fileArg(arg: unknown): vscode.Uri | undefined {
  return arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri ?? activeTabUri();
}

function activeTabUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputText ? input.uri : undefined;
}

/** Selects exactly [start, end) in the article, opening it if needed. */
export async function revealSpan(uri: vscode.Uri, start: number, end: number): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false, preview: true, viewColumn: visibleColumn(uri) });
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

function visibleColumn(uri: vscode.Uri): vscode.ViewColumn | undefined {
  return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString())?.viewColumn;
}

function activeArticle(deps: CommandDeps): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  return doc && deps.service.isArticle(doc) ? doc : deps.tree.document;
}

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  const { tree, treeView, exporter, scope } = deps;
  // a node of our tree (from its context menu), known by identity, not by its shape
  const entityOf = (arg: unknown) => (tree.isNode(arg) && arg.type === 'entity' ? arg : undefined);
  const chooseFile = async (arg: unknown, analyse: boolean) => {
    const uri = fileArg(arg);
    if (!uri) {
      vscode.window.showInformationMessage('News Lens: open the file to analyse (or stop analysing) first.');
      return;
    }
    await scope.choose(uri, analyse);
  };
  const config = () => vscode.workspace.getConfiguration('newsLens');
  const setSort = async (order: SortOrder) => {
    tree.setSort(order);
    await vscode.commands.executeCommand('setContext', 'newsLens.sortBy', order);
  };
  return [
    vscode.commands.registerCommand('newsLens.revealSpan', (uri: vscode.Uri | string, start: number, end: number) =>
      revealSpan(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, start, end)),
    vscode.commands.registerCommand('newsLens.extractQuotes', (options?: unknown) =>
      exporter.extract(activeArticle(deps), extractOptions(options))),
    vscode.commands.registerCommand('newsLens.extractQuotesAs', async () => {
      const format = await exporter.pickFormat();
      return format && exporter.extract(activeArticle(deps), { format });
    }),
    vscode.commands.registerCommand('newsLens.extractWorkspaceQuotes', (options?: unknown) =>
      exporter.extract(undefined, { ...extractOptions(options), workspace: true })),
    vscode.commands.registerCommand('newsLens.extractQuotesBySpeaker', (arg?: unknown) => {
      const node = tree.isNode(arg) ? arg : undefined;
      const id = node?.type === 'entity' ? node.key : node?.type === 'speaker' ? node.entityId ?? undefined : undefined;
      return exporter.extract(activeArticle(deps), { speakerId: id, workspace: tree.workspaceMode });
    }),
    vscode.commands.registerCommand('newsLens.showAllMentions', async (arg: unknown, entityId?: string) => {
      // from a hover link: (uri string, entity id); from the tree: the entity node
      const node = entityOf(arg) ?? (typeof entityId === 'string' ? tree.entityNode(entityId) : undefined);
      if (!node) return;
      const locations = node.occurrences.flatMap((o) => o.entity.mentions.map((m) => {
        const from = linePosition(o.source.text, m.start);
        const to = linePosition(o.source.text, m.end);
        return new vscode.Location(o.source.uri, new vscode.Range(from.line, from.character, to.line, to.character));
      }));
      const first = locations[0];
      await vscode.window.showTextDocument(first.uri, { preview: true, viewColumn: visibleColumn(first.uri) });
      await vscode.commands.executeCommand('editor.action.showReferences', first.uri, first.range.start, locations);
    }),
    vscode.commands.registerCommand('newsLens.copyName', async (arg: unknown) => {
      const node = entityOf(arg);
      if (node) await vscode.env.clipboard.writeText(node.name);
    }),
    vscode.commands.registerCommand('newsLens.goToEntity', async () => {
      const nodes = tree.allEntityNodes();
      if (!nodes.length) {
        vscode.window.showInformationMessage('News Lens: no entities here. Open a news article first.');
        return;
      }
      const pick = await vscode.window.showQuickPick(
        nodes.map((n) => ({
          label: `$(${KIND_LABEL[n.kind].icon}) ${n.name}`,
          description: `${KIND_LABEL[n.kind].one} · ${mentions(n.occurrences.reduce((s, o) => s + o.entity.mentions.length, 0))}`,
          detail: n.aliases.filter((a) => a !== n.name).join(', ') || undefined,
          node: n,
        })),
        { title: 'Go to Entity', placeHolder: 'Type a name', matchOnDescription: true, matchOnDetail: true },
      );
      if (!pick) return;
      const o = pick.node.occurrences[0];
      await revealSpan(o.source.uri, o.entity.mentions[0].start, o.entity.mentions[0].end);
      if (treeView.visible) await treeView.reveal(pick.node, { select: true, focus: false, expand: true });
    }),
    vscode.commands.registerCommand('newsLens.toggleHighlights', async () => {
      await config().update('highlight.enabled', !readConfig().enabled, vscode.ConfigurationTarget.Global);
    }),
    vscode.commands.registerCommand('newsLens.chooseHighlightKinds', async () => {
      const cfg = readConfig();
      const picks = await vscode.window.showQuickPick(
        HIGHLIGHT_KINDS.map((k) => ({ label: KIND_LABEL[k].many, highlight: k, picked: cfg.highlight[k] })),
        { canPickMany: true, title: 'Highlight which kinds?' },
      );
      if (!picks) return;
      for (const k of HIGHLIGHT_KINDS) {
        const on = picks.some((p) => p.highlight === k);
        if (on !== cfg.highlight[k]) await config().update(`highlight.${k}`, on, vscode.ConfigurationTarget.Global);
      }
    }),
    ...HIGHLIGHT_KINDS.map((k) => vscode.commands.registerCommand(`newsLens.toggle.${k}`, () =>
      config().update(`highlight.${k}`, !readConfig().highlight[k], vscode.ConfigurationTarget.Global))),
    vscode.commands.registerCommand('newsLens.sortByMentions', () => setSort('mentions')),
    vscode.commands.registerCommand('newsLens.sortByAppearance', () => setSort('appearance')),
    vscode.commands.registerCommand('newsLens.showWorkspace', () => deps.setWorkspaceMode(true)),
    vscode.commands.registerCommand('newsLens.showActiveArticle', () => deps.setWorkspaceMode(false)),
    vscode.commands.registerCommand('newsLens.analyseFile', (uri?: unknown) => chooseFile(uri, true)),
    vscode.commands.registerCommand('newsLens.stopAnalysingFile', (uri?: unknown) => chooseFile(uri, false)),
    vscode.commands.registerCommand('newsLens.refresh', () => (tree.workspaceMode ? deps.setWorkspaceMode(true) : tree.rebuild())),
  ];
}
