/** The News Lens side-panel tree: People, Countries, Organizations, Events and Quotes of the
 *  active article, or of every article in the workspace in workspace mode. */
import * as vscode from 'vscode';
import { Entity, ENTITY_KINDS, Quote, speakerLabel } from '../core';
import { AnalysisService } from './analysisService';
import { readConfig, SortOrder } from './config';
import { Source, toTreeItem, TreeNode } from './treeNodes';
import { WorkspaceIndex } from './workspaceIndex';

type EntityNode = Extract<TreeNode, { type: 'entity' }>;

export class EntityTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private sources: { source: Source; entities: Entity[]; quotes: Quote[] }[] = [];
  /** Notes and orphaned annotations of the active article (not in workspace mode). */
  private extras: TreeNode[] = [];
  private roots: TreeNode[] = [];
  private entityNodes = new Map<string, EntityNode>();
  private children = new Map<TreeNode, TreeNode[]>();
  /** The article the tree shows (outside workspace mode). */
  document: vscode.TextDocument | undefined;
  /** Why the active file is not analysed, when the tree shows that instead of an article. */
  private notAnalysed: string | undefined;
  private view: vscode.TreeView<TreeNode> | undefined;
  /** Every node handed to VS Code, so commands can tell a tree node from any other argument. */
  private readonly issued = new WeakSet<object>();
  workspaceMode = false;
  sortBy: SortOrder = readConfig().sortBy;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly service: AnalysisService, private readonly index: WorkspaceIndex, private readonly media?: vscode.Uri) {
    this.subscriptions.push(
      service.onDidAnalyze((a) => {
        if (!this.workspaceMode && this.document && a.uri.toString() === this.document.uri.toString()) this.rebuild();
      }),
      index.onDidChange(() => {
        if (this.workspaceMode) this.rebuild();
      }),
    );
  }

  /** The view whose message line the tree keeps up to date. */
  attachView(view: vscode.TreeView<TreeNode>): void {
    this.view = view;
  }

  /** Follow an editor: only article editors change what the tree shows. */
  showDocument(doc: vscode.TextDocument | undefined): void {
    if (doc && !this.service.isArticle(doc)) return;
    if (doc === this.document && !this.notAnalysed) return;
    this.document = doc;
    this.notAnalysed = undefined;
    if (!this.workspaceMode) this.rebuild();
  }

  /** The active file is not analysed (not an article, binary, too large): say why instead of
   *  showing the previous article. */
  showNotAnalysed(uri: vscode.Uri, reason: string): void {
    const message = `${vscode.workspace.asRelativePath(uri)} is not analysed: ${reason}.`;
    if (!this.document && this.notAnalysed === message) return;
    this.document = undefined;
    this.notAnalysed = message;
    if (!this.workspaceMode) this.rebuild();
  }

  /** Whether arg is a node of this tree (a command run from its menu), not an options object. */
  isNode(arg: unknown): arg is TreeNode {
    return typeof arg === 'object' && arg !== null && this.issued.has(arg);
  }

  setWorkspaceMode(on: boolean): void {
    this.workspaceMode = on;
    this.rebuild();
  }

  setSort(order: SortOrder): void {
    this.sortBy = order;
    this.rebuild();
  }

  rebuild(): void {
    let message: string | undefined;
    if (this.workspaceMode) {
      this.sources = this.index.results().map((r) => ({ source: { uri: r.uri, text: r.text }, entities: r.analysis.entities, quotes: r.analysis.quotes }));
      const skipped = [...this.index.skipped].map(([key, reason]) => ({ type: 'skipped' as const, uri: vscode.Uri.parse(key), reason }))
        .sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
      this.extras = skipped.length ? [{ type: 'section', id: 'skipped', label: 'Skipped', children: skipped }] : [];
    } else if (this.document && !this.document.isClosed) {
      // this version's analysis once it is ready (onDidAnalyze rebuilds then), meanwhile the last one
      const a = this.service.peek(this.document) ?? this.service.latest(this.document.uri);
      if (!this.service.peek(this.document)) void this.service.get(this.document);
      if (a?.skipped) message = `${vscode.workspace.asRelativePath(this.document.uri)} is not analysed: ${a.skipped}.`;
      const source = { uri: this.document.uri, text: this.document.getText() };
      // a skipped article shows its message, not empty groups
      this.sources = a && !a.skipped ? [{ source, entities: a.analysis.entities, quotes: a.analysis.quotes }] : [];
      this.extras = [];
      if (a?.analysis.notes.length) {
        this.extras.push({ type: 'section', id: 'notes', label: 'Notes', children: a.analysis.notes.map((n) => ({ type: 'note', source, start: n.start, end: n.end, note: n.note })) });
      }
      if (a?.analysis.orphaned.length) {
        this.extras.push({ type: 'section', id: 'orphaned', label: 'Orphaned annotations', children: a.analysis.orphaned.map((annotation) => ({ type: 'orphan', annotation })) });
      }
    } else {
      this.sources = [];
      message = this.notAnalysed;
    }
    if (!this.workspaceMode && !this.sources.length) this.extras = [];
    if (this.view) this.view.message = message;
    this.build();
    this.changed.fire(undefined);
  }

  private build(): void {
    this.children = new Map();
    this.entityNodes = new Map();
    // entities with the same id in several files are one node
    for (const { source, entities } of this.sources) {
      for (const e of entities) {
        let node = this.entityNodes.get(e.id);
        if (!node) {
          node = { type: 'entity', kind: e.kind, key: e.id, name: e.name, aliases: [], occurrences: [] };
          this.entityNodes.set(e.id, node);
        }
        node.occurrences.push({ source, entity: e });
        for (const a of e.aliases) if (!node.aliases.includes(a)) node.aliases.push(a);
        if (e.name.length > node.name.length) node.name = e.name;
      }
    }
    const count = (n: EntityNode) => n.occurrences.reduce((s, o) => s + o.entity.mentions.length, 0);
    const sorted = [...this.entityNodes.values()];
    if (this.sortBy === 'mentions') sorted.sort((a, b) => count(b) - count(a) || a.name.localeCompare(b.name));
    this.roots = [];
    for (const kind of ENTITY_KINDS) {
      const nodes = sorted.filter((n) => n.kind === kind);
      const group: TreeNode = { type: 'group', kind, count: nodes.length };
      this.children.set(group, nodes);
      this.roots.push(group);
    }
    // quotes, grouped by speaker
    const speakers = new Map<string, Extract<TreeNode, { type: 'speaker' }>>();
    for (const { source, quotes } of this.sources) {
      for (const q of quotes) {
        // a speaker typed by the reader has a name but no entity: a group of its own, not Unattributed
        const key = q.speakerId ?? (q.speaker ? `named:${q.speaker}` : q.speakerDescription ? 'described' : 'unattributed');
        let s = speakers.get(key);
        if (!s) {
          const label = q.speakerId || q.speaker ? speakerLabel({ speaker: q.speaker, speakerDescription: q.speakerDescription ?? null }) : q.speakerDescription ? 'Unnamed sources' : 'Unattributed';
          s = { type: 'speaker', key, label, entityId: q.speakerId, quotes: [] };
          speakers.set(key, s);
        }
        s.quotes.push({ source, quote: q });
      }
    }
    const speakerNodes = [...speakers.values()];
    if (this.sortBy === 'mentions') speakerNodes.sort((a, b) => b.quotes.length - a.quotes.length);
    const quotesGroup: TreeNode = { type: 'group', kind: 'quote', count: speakerNodes.reduce((n, s) => n + s.quotes.length, 0) };
    this.children.set(quotesGroup, speakerNodes);
    this.roots.push(quotesGroup, ...this.extras);
    for (const x of this.extras) if (x.type === 'section') this.children.set(x, x.children);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return toTreeItem(node, this.workspaceMode, this.media);
  }

  getChildren(node?: TreeNode): TreeNode[] {
    const list = this.childrenOf(node);
    for (const n of list) this.issued.add(n);
    return list;
  }

  private childrenOf(node?: TreeNode): TreeNode[] {
    // workspace mode with nothing analysed still lists what it skipped
    if (!node) return this.sources.length ? this.roots : this.extras;
    const known = this.children.get(node);
    if (known) return known;
    let list: TreeNode[] = [];
    if (node.type === 'entity') {
      list = this.workspaceMode
        ? node.occurrences.map((o) => ({ type: 'file' as const, parent: node, source: o.source, entity: o.entity }))
        : node.occurrences.flatMap((o) => o.entity.mentions.map((m) => ({ type: 'mention' as const, parent: node, source: o.source, start: m.start, end: m.end, entityName: node.name })));
    } else if (node.type === 'file') {
      list = node.entity.mentions.map((m) => ({ type: 'mention' as const, parent: node, source: node.source, start: m.start, end: m.end }));
    } else if (node.type === 'speaker') {
      list = node.quotes.map((q) => ({ type: 'quote' as const, parent: node, source: q.source, quote: q.quote }));
    }
    this.children.set(node, list);
    return list;
  }

  getParent(node: TreeNode): TreeNode | undefined {
    if (node.type === 'group') return undefined;
    if (node.type === 'entity') return this.roots.find((g) => g.type === 'group' && g.kind === node.kind);
    if (node.type === 'speaker') return this.roots.find((g) => g.type === 'group' && g.kind === 'quote');
    if (node.type === 'section') return undefined;
    if (node.type === 'note' || node.type === 'orphan' || node.type === 'skipped') return this.extras.find((x) => x.type === 'section' && x.children.includes(node));
    return node.parent;
  }

  entityNode(id: string): EntityNode | undefined {
    return this.entityNodes.get(id);
  }

  allEntityNodes(): EntityNode[] {
    return [...this.entityNodes.values()];
  }

  dispose(): void {
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
