/** The Sources view's charts as plain SVG: bars drawn with classes that the view's stylesheet
 *  colours from the theme; an exported chart carries its own style with the same classes and
 *  plain fallback colours. Each chart has a title for screen readers; the numbers are also in the
 *  view's tables. */
import { ArticleBalance, SpeakerRow } from './sources';

export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Used only in exported files: the webview colours the same classes from the theme. */
const STANDALONE_STYLE = `<style>
text{font:12px sans-serif;fill:#333}.bar{fill:#3794ff}.named{fill:#3794ff}.unnamed{fill:#cca700}.unattributed{fill:#888}
</style>`;

const LABEL_WIDTH = 180;
const BAR_WIDTH = 300;
const ROW = 22;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function svg(title: string, width: number, height: number, body: string, standalone: boolean): string {
  const ns = standalone ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  return `<svg${ns} class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>${escapeXml(title)}</title>${standalone ? STANDALONE_STYLE : ''}${body}</svg>`;
}

/** Share of the quoted words per speaker, the largest first (at most `max` bars). */
export function shareChart(speakers: readonly SpeakerRow[], standalone = false, max = 15): string {
  const rows = speakers.slice(0, max);
  const top = Math.max(...rows.map((r) => r.share), 0.0001);
  const body = rows.map((r, i) => {
    const y = i * ROW;
    const w = Math.max(1, Math.round((r.share / top) * BAR_WIDTH));
    return `<g class="row"><text x="${LABEL_WIDTH - 6}" y="${y + 15}" text-anchor="end">${escapeXml(clip(r.name, 26))}</text>` +
      `<rect class="bar" x="${LABEL_WIDTH}" y="${y + 4}" width="${w}" height="${ROW - 8}"><title>${escapeXml(r.name)}: ${percent(r.share)}</title></rect>` +
      `<text x="${LABEL_WIDTH + w + 6}" y="${y + 15}">${percent(r.share)}</text></g>`;
  }).join('');
  return svg('Share of quoted words per speaker', LABEL_WIDTH + BAR_WIDTH + 60, Math.max(ROW, rows.length * ROW), body, standalone);
}

/** Named sources, unnamed sources and unattributed quotes per article, as stacked bars. */
export function balanceChart(articles: readonly ArticleBalance[], standalone = false, max = 40): string {
  const rows = articles.slice(0, max);
  const most = Math.max(...rows.map((a) => a.named + a.unnamed + a.unattributedQuotes), 1);
  const unit = BAR_WIDTH / most;
  const body = rows.map((a, i) => {
    const y = i * ROW;
    let x = LABEL_WIDTH;
    const parts = (['named', 'unnamed', 'unattributed'] as const).map((kind) => {
      const n = kind === 'named' ? a.named : kind === 'unnamed' ? a.unnamed : a.unattributedQuotes;
      const part = n ? `<rect class="${kind}" x="${x}" y="${y + 4}" width="${Math.round(n * unit)}" height="${ROW - 8}"><title>${kind}: ${n}</title></rect>` : '';
      x += Math.round(n * unit);
      return part;
    }).join('');
    return `<g class="row"><text x="${LABEL_WIDTH - 6}" y="${y + 15}" text-anchor="end">${escapeXml(clip(a.article.split('/').pop() ?? a.article, 26))}</text>${parts}</g>`;
  }).join('');
  const legendY = rows.length * ROW + 6;
  const legend = [['named', 'named sources'], ['unnamed', 'unnamed sources'], ['unattributed', 'unattributed quotes']]
    .map(([cls, label], i) => `<rect class="${cls}" x="${LABEL_WIDTH + i * 120}" y="${legendY}" width="10" height="10"/><text x="${LABEL_WIDTH + i * 120 + 14}" y="${legendY + 10}">${label}</text>`).join('');
  return svg('Named and unnamed sources per article', LABEL_WIDTH + BAR_WIDTH + 60, legendY + 20, body + legend, standalone);
}

export const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
