/** The nodes of the News Lens tree and how each is shown. */
import * as vscode from 'vscode';
import { Entity, EntityKind, lineStarts, positionAt, Quote, UserAnnotation } from '../core';
import { HighlightKind, KIND_LABEL, mentions, saidBy } from './config';

export interface Source {
  uri: vscode.Uri;
  /** The article's text, for line previews. */
  text: string;
}

export type TreeNode =
  | { type: 'group'; kind: HighlightKind; count: number }
  | { type: 'entity'; kind: EntityKind; key: string; name: string; aliases: string[]; occurrences: { source: Source; entity: Entity }[] }
  | { type: 'file'; parent: TreeNode; source: Source; entity: Entity }
  | { type: 'mention'; parent: TreeNode; source: Source; start: number; end: number; entityName?: string }
  | { type: 'speaker'; key: string; label: string; entityId: string | null; quotes: { source: Source; quote: Quote }[] }
  | { type: 'quote'; parent: TreeNode; source: Source; quote: Quote }
  | { type: 'section'; id: 'notes' | 'orphaned' | 'skipped'; label: string; children: TreeNode[] }
  /** A file workspace mode did not analyse, and why. */
  | { type: 'skipped'; uri: vscode.Uri; reason: string }
  | { type: 'note'; source: Source; start: number; end: number; note: string }
  | { type: 'orphan'; annotation: UserAnnotation };

const PREVIEW_MAX = 80;
const SECTION_ICON = { notes: 'note', orphaned: 'warning', skipped: 'circle-slash' } as const;
const SECTION_TOOLTIP = {
  notes: undefined,
  orphaned: 'Annotations whose words are no longer in the article. They stay in the sidecar file; Undo Last Annotation or editing the file removes them.',
  skipped: 'Files that match newsLens.include but were not analysed: binary, too large (newsLens.maxFileSizeKB) or unreadable.',
};

/** Line starts per article text, computed once: previews and locations of many mentions then cost
 *  a binary search each instead of a scan from the top of the article. A few texts are kept
 *  (workspace mode shows several articles at once). */
const lineStartsOf = new Map<string, number[]>();
const KEEP_TEXTS = 16;
export function linePosition(text: string, offset: number): { line: number; character: number } {
  let starts = lineStartsOf.get(text);
  if (!starts) {
    if (lineStartsOf.size >= KEEP_TEXTS) lineStartsOf.clear();
    lineStartsOf.set(text, (starts = lineStarts(text)));
  }
  return positionAt(starts, offset);
}

/** The mention's line, shortened around the mention, with the mention's place in it. */
export function linePreview(text: string, start: number, end: number): { label: string; highlight: [number, number]; line: number } {
  let ls = start;
  while (ls > 0 && text[ls - 1] !== '\n') ls--;
  let le = end;
  while (le < text.length && text[le] !== '\n' && text[le] !== '\r') le++;
  const line = linePosition(text, start).line;
  let from = ls;
  let to = le;
  if (to - from > PREVIEW_MAX) {
    from = Math.max(ls, start - 30);
    to = Math.min(le, Math.max(end + 10, from + PREVIEW_MAX));
  }
  const lead = from > ls ? '…' : '';
  const raw = text.slice(from, to);
  const trimmed = raw.trimStart();
  const cut = raw.length - trimmed.length;
  const label = lead + trimmed.trimEnd() + (to < le ? '…' : '');
  const hs = lead.length + start - from - cut;
  return { label, highlight: [Math.max(0, hs), Math.max(0, hs) + Math.min(end, to) - start], line };
}

/** media: the extension's media folder, for the group icons. */
export function toTreeItem(node: TreeNode, workspaceMode: boolean, media?: vscode.Uri): vscode.TreeItem {
  switch (node.type) {
    case 'group': {
      const item = new vscode.TreeItem(KIND_LABEL[node.kind].many, node.count ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      item.id = `group:${node.kind}`;
      item.description = String(node.count);
      item.iconPath = media ? vscode.Uri.joinPath(media, `${node.kind}.svg`) : new vscode.ThemeIcon(KIND_LABEL[node.kind].icon);
      item.contextValue = `group.${node.kind}`;
      return item;
    }
    case 'entity': {
      const count = node.occurrences.reduce((n, o) => n + o.entity.mentions.length, 0);
      const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `entity:${node.key}`;
      item.description = workspaceMode ? `${count} in ${node.occurrences.length} file${node.occurrences.length === 1 ? '' : 's'}` : String(count);
      const others = node.aliases.filter((a) => a !== node.name);
      item.tooltip = new vscode.MarkdownString(`**${node.name}** · ${KIND_LABEL[node.kind].one}\n\n${mentions(count)}${others.length ? `\n\nAlso: ${others.join(', ')}` : ''}`);
      item.iconPath = new vscode.ThemeIcon(KIND_LABEL[node.kind].icon, new vscode.ThemeColor(`newsLens.${node.kind}Border`));
      item.contextValue = `entity.${node.kind}`;
      item.accessibilityInformation = { label: `${node.name}, ${mentions(count)}` };
      return item;
    }
    case 'file': {
      const item = new vscode.TreeItem(node.source.uri, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${node.entity.mentions.length}`;
      item.iconPath = vscode.ThemeIcon.File;
      item.contextValue = 'file';
      return item;
    }
    case 'mention': {
      const p = linePreview(node.source.text, node.start, node.end);
      const item = new vscode.TreeItem({ label: p.label, highlights: [p.highlight] });
      item.description = `Ln ${p.line + 1}`;
      item.tooltip = `${node.source.text.slice(node.start, node.end)} — line ${p.line + 1}`;
      item.command = { command: 'newsLens.revealSpan', title: 'Reveal', arguments: [node.source.uri, node.start, node.end] };
      item.contextValue = 'mention';
      return item;
    }
    case 'speaker': {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `speaker:${node.key}`;
      item.description = String(node.quotes.length);
      item.iconPath = new vscode.ThemeIcon(node.entityId ? 'person' : 'question');
      item.contextValue = node.entityId ? 'speaker.named' : 'speaker';
      return item;
    }
    case 'section': {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `section:${node.id}`;
      item.description = String(node.children.length);
      item.iconPath = new vscode.ThemeIcon(SECTION_ICON[node.id]);
      item.tooltip = SECTION_TOOLTIP[node.id];
      if (node.id === 'skipped') item.collapsibleState = vscode.TreeItemCollapsibleState.Collapsed;
      return item;
    }
    case 'skipped': {
      const item = new vscode.TreeItem(node.uri);
      item.description = node.reason;
      item.tooltip = `${vscode.workspace.asRelativePath(node.uri)} was not analysed: ${node.reason}.`;
      item.iconPath = new vscode.ThemeIcon('circle-slash');
      item.command = { command: 'vscode.open', title: 'Open', arguments: [node.uri] };
      item.contextValue = 'skipped';
      return item;
    }
    case 'note': {
      const p = linePreview(node.source.text, node.start, node.end);
      const item = new vscode.TreeItem(node.note);
      item.description = `“${node.source.text.slice(node.start, node.end).slice(0, 40)}” · Ln ${p.line + 1}`;
      item.command = { command: 'newsLens.revealSpan', title: 'Reveal', arguments: [node.source.uri, node.start, node.end] };
      item.iconPath = new vscode.ThemeIcon('note');
      item.contextValue = 'note';
      return item;
    }
    case 'orphan': {
      const a = node.annotation;
      const item = new vscode.TreeItem(`“${a.anchor?.text ?? ''}”`);
      item.description = a.action.type === 'entity' ? `marked as ${a.action.kind}` : a.action.type === 'note' ? `note: ${a.action.note}` : a.action.type;
      item.tooltip = `This annotation could not be placed: its words are no longer in the article (made ${a.created}).`;
      item.iconPath = new vscode.ThemeIcon('warning');
      item.contextValue = 'orphan';
      return item;
    }
    case 'quote': {
      const q = node.quote;
      const words = q.text.replace(/\s+/g, ' ').trim();
      const item = new vscode.TreeItem(`“${words.length > PREVIEW_MAX ? words.slice(0, PREVIEW_MAX) + '…' : words}”`);
      const line = linePreview(node.source.text, q.start, q.start).line;
      // under Unnamed sources, each quote says how the article describes its source
      const described = !q.speaker && q.speakerDescription ? ` · ${q.speakerDescription}` : '';
      item.description = `Ln ${line + 1}${described}${q.partial ? ' · partial' : ''}`;
      item.tooltip = new vscode.MarkdownString().appendText(`${saidBy(q)}\n\n`).appendText(words);
      item.command = { command: 'newsLens.revealSpan', title: 'Reveal', arguments: [node.source.uri, q.start, q.end] };
      item.iconPath = new vscode.ThemeIcon('quote');
      item.contextValue = 'quote';
      return item;
    }
  }
}
