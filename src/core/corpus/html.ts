/** The Sources view's page body, built from the report data (no files read: it works in the web
 *  extension too). Clicks are handled by media/sources.js through data- attributes:
 *  data-toggle (show a speaker's quotes), data-open (open the article at the quote),
 *  data-compare (compare a quote across articles), data-command (scope, exports). */
import { balanceChart, escapeXml as esc, percent, shareChart } from './charts';
import { WordDiff } from './diff';
import { QuoteVersion } from './drift';
import { CorpusReport } from './report';
import { ArticleSources, QuoteRef } from './sources';

export interface PageOptions {
  scope: 'article' | 'workspace';
  /** Whether the workspace switch is offered (a workspace folder is open). */
  canSwitch: boolean;
}

function quoteItem(articles: readonly ArticleSources[], ref: QuoteRef, showArticle: boolean): string {
  const a = articles[ref.article];
  const q = a.quotes[ref.quote];
  const where = showArticle ? ` <span class="article">${esc(a.article)}</span>` : '';
  return `<li><a href="#" class="quote" data-open="${ref.article}:${q.start}:${q.end}">“${esc(q.text)}”</a>${where}` +
    ` <button class="link" data-compare="${ref.article}:${ref.quote}" title="Compare this quote across articles">compare</button></li>`;
}

function quoteList(id: string, articles: readonly ArticleSources[], refs: readonly QuoteRef[], showArticle: boolean): string {
  return `<tr class="quotes" id="${id}" hidden><td colspan="6"><ul>${refs.map((r) => quoteItem(articles, r, showArticle)).join('')}</ul></td></tr>`;
}

export function sourcesPage(report: CorpusReport, articles: readonly ArticleSources[], options: PageOptions): string {
  const many = report.articles > 1;
  const out: string[] = [];
  out.push(`<header><h1>Sources</h1><p class="summary">${report.articles} article${many ? 's' : ''}, ${report.quotes} quotes, ${report.words} words quoted.</p>`);
  out.push('<div class="toolbar">');
  if (options.canSwitch) out.push(`<label><input type="checkbox" data-command="scope" ${options.scope === 'workspace' ? 'checked' : ''}> Whole workspace</label>`);
  out.push('<button data-command="exportMarkdown">Export Markdown</button><button data-command="exportCsv">Export CSV</button>' +
    '<button data-command="exportShareSvg">Export chart (SVG)</button><button data-command="exportBalanceSvg">Export per-article chart (SVG)</button></div></header>');

  out.push('<section id="speakers"><h2>Who speaks</h2>');
  if (report.speakers.length) out.push(`<figure>${shareChart(report.speakers)}<figcaption>Share of all quoted words, per named speaker (the table has every number).</figcaption></figure>`);
  out.push('<table class="speakers"><caption>Named speakers: click one to list the quotes</caption><thead><tr><th scope="col">Speaker</th><th scope="col">Kind</th><th scope="col" class="num">Quotes</th><th scope="col" class="num">Words</th><th scope="col" class="num">Share</th><th scope="col" class="num">Articles</th></tr></thead><tbody>');
  report.speakers.forEach((s, i) => {
    const gender = s.gender ? ` <span class="gender">${s.gender === 'unknown' ? 'gender unknown' : `likely ${s.gender}`}</span>` : '';
    out.push(`<tr class="speaker"><th scope="row"><button class="link" data-toggle="speaker-${i}" aria-expanded="false">${esc(s.name)}</button>${gender}</th><td>${s.kind}</td>` +
      `<td class="num">${s.quotes}</td><td class="num">${s.words}</td><td class="num">${percent(s.share)}</td><td class="num">${s.articles.length}</td></tr>`);
    out.push(quoteList(`speaker-${i}`, articles, s.refs, many));
  });
  if (!report.speakers.length) out.push('<tr><td colspan="6">No quote has a named speaker.</td></tr>');
  out.push('</tbody></table>');

  out.push('<table class="unnamed"><caption>Unnamed sources, by their description</caption><thead><tr><th scope="col">Description</th><th scope="col"></th><th scope="col" class="num">Quotes</th><th scope="col" class="num">Words</th><th scope="col" class="num">Share</th><th scope="col" class="num">Articles</th></tr></thead><tbody>');
  report.unnamed.forEach((u, i) => {
    out.push(`<tr class="speaker"><th scope="row"><button class="link" data-toggle="unnamed-${i}" aria-expanded="false">${esc(u.description)}</button></th><td>unnamed</td>` +
      `<td class="num">${u.quotes}</td><td class="num">${u.words}</td><td class="num">${percent(u.share)}</td><td class="num">${u.articles.length}</td></tr>`);
    out.push(quoteList(`unnamed-${i}`, articles, u.refs, many));
  });
  const un = report.unattributed;
  out.push(`<tr class="speaker"><th scope="row"><button class="link" data-toggle="unattributed" aria-expanded="false">Unattributed</button></th><td>no speaker</td>` +
    `<td class="num">${un.quotes}</td><td class="num">${un.words}</td><td class="num">${percent(un.share)}</td><td class="num">${un.articles.length}</td></tr>`);
  out.push(quoteList('unattributed', articles, un.refs, many));
  out.push('</tbody></table>');

  if (report.gender) {
    const g = report.gender;
    out.push('<table class="gender"><caption>Perceived gender of the people quoted</caption><thead><tr><th scope="col"></th><th scope="col" class="num">Likely female</th><th scope="col" class="num">Likely male</th><th scope="col" class="num">Unknown</th></tr></thead><tbody>' +
      `<tr><th scope="row">People</th><td class="num">${g.people.female}</td><td class="num">${g.people.male}</td><td class="num">${g.people.unknown}</td></tr>` +
      `<tr><th scope="row">Words quoted</th><td class="num">${g.words.female}</td><td class="num">${g.words.male}</td><td class="num">${g.words.unknown}</td></tr></tbody></table>` +
      '<p class="note">This is an estimate from names: a title (Mr., Ms., Mrs.) or a first name found in only one of the bundled lists of female and male first names. It says nothing certain about anyone; people whose names do not tell are counted as unknown.</p>');
  }
  out.push('</section>');

  out.push('<section id="balance"><h2>Named and unnamed sources per article</h2>');
  out.push(`<figure>${balanceChart(report.perArticle)}<figcaption>Distinct named and unnamed sources and unattributed quotes per article.</figcaption></figure>`);
  out.push('<table class="balance"><thead><tr><th scope="col">Article</th><th scope="col" class="num">Named</th><th scope="col" class="num">Unnamed</th><th scope="col" class="num">Unattributed quotes</th></tr></thead><tbody>');
  for (const a of report.perArticle) out.push(`<tr><th scope="row">${esc(a.article)}</th><td class="num">${a.named}</td><td class="num">${a.unnamed}</td><td class="num">${a.unattributedQuotes}</td></tr>`);
  out.push('</tbody></table></section>');

  out.push('<section id="drift"><h2>Drift</h2>');
  if (!report.drift.length) out.push(`<p>No statement is found in two articles with different words or speakers${many ? '' : ' (drift needs the whole workspace)'}.</p>`);
  report.drift.forEach((g) => {
    const what = [g.wordingDiffers ? 'the wording differs' : '', g.speakerDiffers ? 'the speaker differs' : ''].filter(Boolean).join(' and ');
    out.push(`<div class="drift-group"><h3>“${esc(clipText(g.statement, 120))}”</h3><p>${g.articles} articles; ${what}.</p>${versionsTable(g.versions)}</div>`);
  });
  out.push('</section>');
  return out.join('\n');
}

function versionsTable(versions: readonly QuoteVersion[]): string {
  const rows = versions.map((v) => `<tr><th scope="row">${esc(v.article)}</th><td>${esc(v.speaker ?? '(no speaker)')}</td>` +
    `<td><a href="#" class="quote" data-open="${v.ref.article}:${v.start}:${v.end}">${esc(v.text)}</a></td><td class="num">${percent(v.difference)}</td></tr>`).join('');
  return `<table class="versions"><thead><tr><th scope="col">Article</th><th scope="col">Speaker</th><th scope="col">Version</th><th scope="col" class="num">Differs</th></tr></thead><tbody>${rows}</tbody></table>`;
}

const clipText = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export interface ComparedVersion {
  version: QuoteVersion;
  /** The chosen quote (left) against this version (right). */
  diff: WordDiff;
}

const words = (side: WordDiff['left']) => side.map((w) => (w.changed ? `<mark>${esc(w.text)}</mark>` : esc(w.text))).join(' ');

/** "Compare This Quote Across Articles": the chosen quote beside each version, changed words marked. */
export function comparePage(chosen: { article: string; speaker: string | null; text: string }, versions: readonly ComparedVersion[]): string {
  const out = [`<header><h1>This quote across articles</h1><p class="summary">“${esc(clipText(chosen.text, 160))}” (${esc(chosen.article)}, ${esc(chosen.speaker ?? 'no speaker')}): ${versions.length} version(s) found. Words that differ are marked.</p>`,
    '<div class="toolbar"><button data-command="back">Back to Sources</button></div></header>'];
  if (!versions.length) out.push('<p>No other article has this quote.</p>');
  for (const v of versions) {
    out.push(`<div class="compare"><div class="side"><h3>${esc(chosen.article)} · ${esc(chosen.speaker ?? 'no speaker')}</h3><p>${words(v.diff.left)}</p></div>` +
      `<div class="side"><h3><a href="#" class="quote" data-open="${v.version.ref.article}:${v.version.start}:${v.version.end}">${esc(v.version.article)}</a> · ${esc(v.version.speaker ?? 'no speaker')}</h3><p>${words(v.diff.right)}</p></div></div>`);
  }
  return out.join('\n');
}
