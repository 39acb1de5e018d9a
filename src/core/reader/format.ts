/** Output formats shared by the CLI and the editor: JSON records, Markdown and CSV quote lists. */
import { lineStarts, positionAt } from '../text/text';
import { Analysis } from '../types';

/** One article's record, the shape `news-lens annotate` prints and score.mjs reads. */
/** The record the command line prints for one article. With `explain`, every mention carries
 *  "rule" and every quote "speakerRule" (null when no rule found a speaker): the ids of the rules
 *  that decided them (src/core/rules.ts). */
export function toRecord(file: string, analysis: Analysis, explain = false) {
  return {
    file,
    entities: analysis.entities.map((e) => ({
      id: e.id, kind: e.kind, name: e.name,
      mentions: e.mentions.map((m) => (explain ? { start: m.start, end: m.end, text: m.text, rule: m.rule ?? null } : { start: m.start, end: m.end, text: m.text })),
      aliases: e.aliases,
    })),
    quotes: analysis.quotes.map((q) => ({
      start: q.start, end: q.end, text: q.text, speaker: q.speaker, speakerId: q.speakerId,
      ...(q.speakerDescription ? { speakerDescription: q.speakerDescription } : {}),
      ...(q.verb ? { verb: q.verb } : {}),
      partial: q.partial,
      ...(explain ? { speakerRule: q.speakerRule ?? null } : {}),
    })),
    scareQuotes: analysis.scareQuotes.map((s) => ({ start: s.start, end: s.end, text: s.text, reason: s.reason })),
  };
}

export interface QuoteRow {
  file: string;
  line: number;
  column: number;
  start: number;
  end: number;
  speaker: string | null;
  speakerId: string | null;
  speakerDescription: string | null;
  verb: string | null;
  partial: boolean;
  text: string;
}

/** Quotes with one-based line and column, in article order. */
export function quoteRows(file: string, text: string, analysis: Analysis): QuoteRow[] {
  const starts = lineStarts(text);
  return analysis.quotes.map((q) => {
    const p = positionAt(starts, q.start);
    return {
      file, line: p.line + 1, column: p.character + 1, start: q.start, end: q.end,
      speaker: q.speaker, speakerId: q.speakerId, speakerDescription: q.speakerDescription ?? null,
      verb: q.verb ?? null, partial: q.partial, text: q.text,
    };
  });
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const QUOTE_CSV_HEADER = ['file', 'line', 'column', 'start', 'end', 'speaker', 'speakerId', 'speakerDescription', 'verb', 'partial', 'text'] as const;

export function quotesToCsv(rows: QuoteRow[], header = true): string {
  const lines = rows.map((r) => QUOTE_CSV_HEADER.map((k) => csvCell(r[k])).join(','));
  const all = header ? [QUOTE_CSV_HEADER.join(','), ...lines] : lines;
  return all.length ? all.join('\n') + '\n' : '';
}

/** Who said it, for people reading the list. */
export function speakerLabel(r: Pick<QuoteRow, 'speaker' | 'speakerDescription'>): string {
  if (r.speaker) return r.speaker;
  if (r.speakerDescription) return `unnamed (${r.speakerDescription})`;
  return 'unattributed';
}

/** A Markdown document: every quote in order with speaker, place and a link back to the article. */
export function quotesToMarkdown(title: string, rows: QuoteRow[], linkFor?: (r: QuoteRow) => string): string {
  const speakers = new Set(rows.map((r) => r.speakerId ?? r.speakerDescription ?? '?'));
  const out = [`# Quotes in ${title}`, '', `${rows.length} quotation${rows.length === 1 ? '' : 's'}, ${speakers.size} speaker${speakers.size === 1 ? '' : 's'}.`, ''];
  rows.forEach((r, i) => {
    const where = linkFor ? `[line ${r.line}, column ${r.column}](${linkFor(r)})` : `line ${r.line}, column ${r.column}`;
    const how = [r.verb, r.partial ? 'partial quote' : ''].filter(Boolean).join(', ');
    out.push(`${i + 1}. **${speakerLabel(r)}**${how ? ` (${how})` : ''}, ${where}`, '');
    for (const para of r.text.split(/\r?\n\s*\r?\n|\r?\n/)) if (para.trim()) out.push(`   > ${para.trim().replace(/^["“]/, '')}`);
    out.push('');
  });
  if (!rows.length) out.push('_No quotations found._', '');
  return out.join('\n');
}
