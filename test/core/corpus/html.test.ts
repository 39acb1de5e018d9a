/** Issue 15: the Sources view's page and charts, built from data. */
import * as assert from 'node:assert/strict';
import { ArticleSources, balanceChart, comparePage, CorpusQuotes, corpusReport, diffWords, exclusiveNames, shareChart, SourceQuote, sourcesPage } from '../../../src/core/corpus';

const quote = (text: string, speaker: string | null, description?: string): SourceQuote => ({
  text, start: 10, end: 12 + text.length, speaker, kind: speaker ? 'person' : null, partial: false, ...(description ? { description } : {}),
});
const ARTICLES: ArticleSources[] = [
  { article: 'harbour/a.txt', quotes: [quote('We will keep the night ferry running through the winter.', 'Ada Okafor'), quote('It is <b>late</b> & wrong.', null, 'an official')] },
  { article: 'harbour/b.txt', quotes: [quote('We will keep the night ferry running all winter.', 'Tomas Brennick'), quote('No comment at this stage.', null)] },
];

describe('corpus: the Sources page', () => {
  const report = corpusReport(ARTICLES, { genderNames: exclusiveNames(['Ada'], ['Tomas']) });
  const page = sourcesPage(report, ARTICLES, { scope: 'workspace', canSwitch: true });

  it('has a table row per speaker and per unnamed source, with the numbers', () => {
    assert.equal((page.match(/<tr class="speaker">/g) ?? []).length, 2 + 1 + 1);
    assert.match(page, /Ada Okafor<\/button> <span class="gender">likely female<\/span>/);
    assert.match(page, />official<\/button>/);
  });

  it('lists each speaker\'s quotes with what a click needs to open and compare them', () => {
    assert.match(page, /data-open="0:10:68"/);
    assert.match(page, /data-compare="1:0"/);
  });

  it('escapes the article\'s text', () => {
    assert.ok(page.includes('It is &lt;b&gt;late&lt;/b&gt; &amp; wrong.'));
    assert.ok(!page.includes('<b>late</b>'));
  });

  it('draws the charts as SVG with titles, and no inline style the CSP would block', () => {
    assert.equal((page.match(/<svg [^>]*role="img"/g) ?? []).length, 2);
    assert.match(page, /<title>Share of quoted words per speaker<\/title>/);
    assert.ok(!/style=|<style|<script/.test(page));
  });

  it('shows the drifting statement with its versions, and says the gender figures are an estimate', () => {
    assert.match(page, /2 articles; the wording differs and the speaker differs/);
    assert.match(page, /an estimate from names/);
    const without = sourcesPage(corpusReport(ARTICLES), ARTICLES, { scope: 'article', canSwitch: false });
    assert.ok(!/estimate from names|gender/.test(without));
    assert.ok(!/data-command="scope"/.test(without));
  });

  it('exports standalone SVG charts with their own colours', () => {
    for (const svg of [shareChart(report.speakers, true), balanceChart(report.perArticle, true)]) {
      assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      assert.match(svg, /<style>/);
    }
    assert.equal((shareChart(report.speakers).match(/<rect class="bar"/g) ?? []).length, 2);
  });

  it('compares a quote with its versions side by side, changed words marked', () => {
    const chosen = ARTICLES[0].quotes[0];
    const versions = new CorpusQuotes(ARTICLES).versionsOf(chosen.text).filter((v) => v.article !== 'harbour/a.txt');
    const html = comparePage({ article: 'harbour/a.txt', speaker: 'Ada Okafor', text: chosen.text }, versions.map((version) => ({ version, diff: diffWords(chosen.text, version.text) })));
    assert.match(html, /1 version\(s\) found/);
    assert.match(html, /<mark>through<\/mark> <mark>the<\/mark> winter\./);
    assert.match(html, /Tomas Brennick/);
  });
});
