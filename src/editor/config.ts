/** Reads News Lens settings in one place, so providers get plain values. */
import * as vscode from 'vscode';
import { EntityKind, ENTITY_KINDS } from '../core';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../core/reader/articleGlobs';

export type HighlightKind = EntityKind | 'quote';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = [...ENTITY_KINDS, 'quote'];
export type QuoteFormat = 'markdown' | 'json' | 'csv';
export type SortOrder = 'mentions' | 'appearance';

export interface NewsLensConfig {
  enabled: boolean;
  highlight: Record<HighlightKind, boolean>;
  maxFileSizeKB: number;
  maxDecorationsPerEditor: number;
  debounceMs: number;
  quoteFormat: QuoteFormat | 'ask';
  sortBy: SortOrder;
  revealOnCursor: boolean;
  languages: string[];
  /** Globs of the files that are articles, and of those that never are (read live, like all of these). */
  include: readonly string[];
  exclude: readonly string[];
}

export function readConfig(): NewsLensConfig {
  const c = vscode.workspace.getConfiguration('newsLens');
  const highlight = {} as Record<HighlightKind, boolean>;
  for (const k of HIGHLIGHT_KINDS) highlight[k] = c.get<boolean>(`highlight.${k}`, true);
  return {
    enabled: c.get<boolean>('highlight.enabled', true),
    highlight,
    maxFileSizeKB: c.get<number>('maxFileSizeKB', 5120),
    maxDecorationsPerEditor: c.get<number>('maxDecorationsPerEditor', 5000),
    debounceMs: c.get<number>('debounceMs', 300),
    quoteFormat: c.get<QuoteFormat | 'ask'>('quotes.exportFormat', 'markdown'),
    sortBy: c.get<SortOrder>('tree.sortBy', 'mentions'),
    revealOnCursor: c.get<boolean>('tree.revealOnCursor', true),
    languages: c.get<string[]>('languages', ['plaintext', 'markdown']),
    include: c.get<string[]>('include', [...DEFAULT_INCLUDE]),
    exclude: c.get<string[]>('exclude', [...DEFAULT_EXCLUDE]),
  };
}

export const KIND_LABEL: Record<HighlightKind, { one: string; many: string; icon: string }> = {
  person: { one: 'Person', many: 'People', icon: 'person' },
  country: { one: 'Country', many: 'Countries', icon: 'globe' },
  organization: { one: 'Organization', many: 'Organizations', icon: 'organization' },
  event: { one: 'Event', many: 'Events', icon: 'calendar' },
  quote: { one: 'Quote', many: 'Quotes', icon: 'quote' },
};

/** "1 person", "3 people". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "1 mention", "3 mentions". */
export function mentions(n: number): string {
  return plural(n, 'mention', 'mentions');
}

/** Who said a quote, as a reader says it: "said by Anna Berg (told reporters)", "said by an
 *  unnamed source (a spokesman)", "no speaker found". */
export function saidBy(q: { speaker: string | null; speakerDescription?: string | null; verb?: string | null }): string {
  const how = q.verb ? ` (${q.verb})` : '';
  if (q.speaker) return `said by ${q.speaker}${how}`;
  if (q.speakerDescription) return `said by an unnamed source (${q.speakerDescription})${how}`;
  return 'no speaker found';
}
