/** The corpus report: the Sources summary and the drift of one set of articles, and its JSON,
 *  Markdown and CSV forms (the CLI prints them; the Sources view exports its tables with them). */
import { CorpusQuotes, DriftGroup } from './drift';
import { ArticleSources, SourcesOptions, SourcesSummary, summarizeSources } from './sources';

export interface CorpusReport extends SourcesSummary {
  drift: DriftGroup[];
}

export function corpusReport(articles: readonly ArticleSources[], options: SourcesOptions = {}): CorpusReport {
  return { ...summarizeSources(articles, options), drift: new CorpusQuotes(articles).drift() };
}

/** The JSON form: {"articles", "quotes", "words", "speakers", "unnamed", "unattributed",
 *  "perArticle", "gender"?, "drift"}, without the internal quote references. */
export function reportJson(r: CorpusReport): object {
  const counts = (c: { quotes: number; words: number; share: number; articles: string[] }) => ({ quotes: c.quotes, words: c.words, share: c.share, articles: c.articles });
  return {
    articles: r.articles,
    quotes: r.quotes,
    words: r.words,
    speakers: r.speakers.map((s) => ({ name: s.name, kind: s.kind, ...counts(s), ...(s.gender ? { gender: s.gender } : {}) })),
    unnamed: r.unnamed.map((u) => ({ description: u.description, ...counts(u) })),
    unattributed: counts(r.unattributed),
    perArticle: r.perArticle,
    ...(r.gender ? { gender: r.gender } : {}),
    drift: r.drift.map((g) => ({
      statement: g.statement, articles: g.articles, wordingDiffers: g.wordingDiffers, speakerDiffers: g.speakerDiffers, difference: g.difference,
      versions: g.versions.map((v) => ({ article: v.article, speaker: v.speaker, text: v.text, start: v.start, end: v.end, difference: v.difference })),
    })),
  };
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

export function reportMarkdown(r: CorpusReport): string {
  const lines: string[] = [];
  lines.push('# Sources', '', `${r.articles} article(s), ${r.quotes} quote(s), ${r.words} words quoted.`, '');
  lines.push('## Speakers', '', '| Speaker | Kind | Quotes | Words | Share | Articles |', '|---|---|--:|--:|--:|--:|');
  for (const s of r.speakers) lines.push(`| ${cell(s.name)} | ${s.kind}${s.gender ? ` (${s.gender === 'unknown' ? 'gender unknown' : `likely ${s.gender}`})` : ''} | ${s.quotes} | ${s.words} | ${percent(s.share)} | ${s.articles.length} |`);
  lines.push('', '## Unnamed sources', '', '| Description | Quotes | Words | Share | Articles |', '|---|--:|--:|--:|--:|');
  for (const u of r.unnamed) lines.push(`| ${cell(u.description)} | ${u.quotes} | ${u.words} | ${percent(u.share)} | ${u.articles.length} |`);
  lines.push('', `Unattributed: ${r.unattributed.quotes} quote(s), ${r.unattributed.words} words (${percent(r.unattributed.share)}) in ${r.unattributed.articles.length} article(s).`);
  if (r.gender) {
    const g = r.gender;
    lines.push('', '## Perceived gender (an estimate from names and titles)', '', '| | Likely female | Likely male | Unknown |', '|---|--:|--:|--:|');
    lines.push(`| People | ${g.people.female} | ${g.people.male} | ${g.people.unknown} |`, `| Words quoted | ${g.words.female} | ${g.words.male} | ${g.words.unknown} |`);
  }
  lines.push('', '## Named and unnamed sources per article', '', '| Article | Named | Unnamed | Unattributed quotes |', '|---|--:|--:|--:|');
  for (const a of r.perArticle) lines.push(`| ${cell(a.article)} | ${a.named} | ${a.unnamed} | ${a.unattributedQuotes} |`);
  lines.push('', '## Drift', '');
  if (!r.drift.length) lines.push('No statement is found in two articles with different words or speakers.');
  r.drift.forEach((g, i) => {
    const what = [g.wordingDiffers ? 'wording differs' : '', g.speakerDiffers ? 'speaker differs' : ''].filter(Boolean).join(', ');
    lines.push(`### ${i + 1}. ${g.articles} articles, ${what}`, '', '| Article | Speaker | Version |', '|---|---|---|');
    for (const v of g.versions) lines.push(`| ${cell(v.article)} | ${cell(v.speaker ?? '(none)')} | ${cell(v.text)} |`);
    lines.push('');
  });
  return lines.join('\n') + '\n';
}

const csvCell = (v: string | number) => (typeof v === 'number' || !/[",\r\n]/.test(v) ? String(v) : `"${v.replace(/"/g, '""')}"`);

/** One table: a row per speaker, unnamed source and the unattributed quotes, then a row per
 *  version of each drifting statement (its group number in "drift"). */
export function reportCsv(r: CorpusReport): string {
  const rows: (string | number)[][] = [['section', 'name', 'kind', 'quotes', 'words', 'share', 'articles', 'drift', 'article', 'text']];
  for (const s of r.speakers) rows.push(['speaker', s.name, s.kind, s.quotes, s.words, s.share, s.articles.length, '', '', '']);
  for (const u of r.unnamed) rows.push(['unnamed', u.description, '', u.quotes, u.words, u.share, u.articles.length, '', '', '']);
  rows.push(['unattributed', '', '', r.unattributed.quotes, r.unattributed.words, r.unattributed.share, r.unattributed.articles.length, '', '', '']);
  r.drift.forEach((g, i) => {
    for (const v of g.versions) rows.push(['drift', v.speaker ?? '', '', '', '', '', '', i + 1, v.article, v.text]);
  });
  return rows.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}
