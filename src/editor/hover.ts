/** Hovers: on a quote, who said it, how and whether it is partial; on an entity, its kind,
 *  canonical name, mention count, aliases and a link that lists every mention. Each ends with a
 *  small line naming the rule that decided it ("rule: reader.annotation"), as --explain does. */
import * as vscode from 'vscode';
import { AnalysisService } from './analysisService';
import { KIND_LABEL } from './config';

export class NewsLensHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position, token?: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    // the analysis runs in a worker: waiting for it keeps the extension host free
    const result = await this.service.get(doc, token);
    if (!result || token?.isCancellationRequested) return undefined;
    const offset = doc.offsetAt(pos);
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;
    for (const e of result.analysis.entities) {
      const m = e.mentions.find((x) => x.start <= offset && offset < x.end);
      if (!m) continue;
      const md = new vscode.MarkdownString();
      md.isTrusted = { enabledCommands: ['newsLens.showAllMentions'] };
      const args = encodeURIComponent(JSON.stringify([doc.uri.toString(), e.id]));
      md.appendMarkdown(`**${escape(e.name)}** · ${KIND_LABEL[e.kind].one}\n\n`);
      md.appendMarkdown(`${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'} in this article`);
      const aliases = e.aliases.filter((a) => a !== e.name);
      if (aliases.length) md.appendMarkdown(` · also written ${aliases.map((a) => `“${escape(a)}”`).join(', ')}`);
      md.appendMarkdown(`\n\n[Show all mentions](command:newsLens.showAllMentions?${args})`);
      appendRuleLine(md, 'rule', m.rule);
      parts.push(md);
      range = new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end));
    }
    const q = result.analysis.quotes.find((x) => x.start <= offset && offset < x.end);
    if (q) {
      const md = new vscode.MarkdownString();
      // "said by Anna Berg (told reporters)", "said by an unnamed source (a spokesman)", "no speaker found"
      const who = q.speaker ?? (q.speakerDescription ? `an unnamed source (${q.speakerDescription})` : undefined);
      md.appendMarkdown(who ? `**Quote** · said by **${escape(who)}**` : '**Quote** · no speaker found');
      if (who && q.verb) md.appendMarkdown(` (${escape(q.verb)})`);
      md.appendMarkdown(q.partial ? '\n\nA partial quote, inside the writer\'s sentence.' : '\n\nA full quoted sentence.');
      md.isTrusted = { enabledCommands: ['newsLens.compareQuote'] };
      md.appendMarkdown(`\n\n[Compare across articles](command:newsLens.compareQuote?${encodeURIComponent(JSON.stringify([doc.uri.toString(), offset]))})`);
      appendRuleLine(md, 'speaker rule', q.speakerRule);
      parts.push(md);
      range ??= new vscode.Range(doc.positionAt(q.start), doc.positionAt(q.end));
    }
    for (const n of result.analysis.notes) {
      if (n.start <= offset && offset < n.end) parts.push(new vscode.MarkdownString(`$(note) **Your note:** ${escape(n.note)}`));
    }
    for (const p of parts) p.supportThemeIcons = true;
    const s = result.analysis.scareQuotes.find((x) => x.start <= offset && offset < x.end);
    if (s && !q) {
      parts.push(new vscode.MarkdownString(s.reason === 'title' ? 'Quotation marks around a **title**, not a quotation.' : '**Scare quotes**: marked words, not a quotation of a speaker.'));
    }
    return parts.length ? new vscode.Hover(parts, range) : undefined;
  }
}

/** The rule id in a small last line; nothing when no rule decided. */
function appendRuleLine(md: vscode.MarkdownString, label: string, rule: string | null | undefined): void {
  // rule ids are "<topic>.<name>" (src/core/rules.ts): nothing in them needs escaping
  const id = rule?.replace(/[^a-z0-9.-]/g, '');
  if (!id) return;
  md.supportHtml = true;
  md.appendMarkdown(`\n\n<sub>${label}: ${id}</sub>`);
}

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
