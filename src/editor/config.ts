/** Reads News Lens settings in one place, so providers get plain values. */
import * as vscode from 'vscode';
import { EntityKind, ENTITY_KINDS } from '../core';

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
  };
}

export const KIND_LABEL: Record<HighlightKind, { one: string; many: string; icon: string }> = {
  person: { one: 'Person', many: 'People', icon: 'person' },
  country: { one: 'Country', many: 'Countries', icon: 'globe' },
  organization: { one: 'Organization', many: 'Organizations', icon: 'organization' },
  event: { one: 'Event', many: 'Events', icon: 'calendar' },
  quote: { one: 'Quote', many: 'Quotes', icon: 'quote' },
};
