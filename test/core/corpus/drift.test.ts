/** Issue 15: the same statement across articles, trimmed, re-worded or given to someone else. */
import * as assert from 'node:assert/strict';
import { ArticleSources, CorpusQuotes, diffWords, QuoteIndex, SourceQuote } from '../../../src/core/corpus';

const quote = (text: string, speaker: string | null, description?: string): SourceQuote => ({
  text, start: 0, end: text.length + 2, speaker, kind: speaker ? 'person' : null, partial: false, ...(description ? { description } : {}),
});
const article = (name: string, ...quotes: SourceQuote[]): ArticleSources => ({ article: name, quotes });

const FULL = 'We will keep the night ferry running through the winter, whatever the fuel costs.';

describe('corpus: quote drift', () => {
  it('finds a trimmed version of a quote', () => {
    const q = new CorpusQuotes([
      article('a', quote(FULL, 'Ada Okafor')),
      article('b', quote('We will keep the night ferry running through the winter', 'Okafor')),
    ]);
    const [group, ...rest] = q.drift();
    assert.equal(rest.length, 0);
    assert.equal(group.statement, FULL);
    assert.deepEqual([group.articles, group.wordingDiffers, group.speakerDiffers], [2, true, false]);
    assert.ok(group.difference > 0 && group.difference < 0.5, String(group.difference));
  });

  it('finds a version with a word changed and with other punctuation', () => {
    const q = new CorpusQuotes([
      article('a', quote(FULL, 'Ada Okafor')),
      article('b', quote('We will keep the night ferry running through the winter — whatever the oil costs!', 'Ada Okafor')),
    ]);
    const groups = q.drift();
    assert.equal(groups.length, 1);
    assert.equal(groups[0].versions[1].difference, Math.round((1 / 14) * 10000) / 10000);
  });

  it('sees the same statement given to another speaker, and puts it first', () => {
    const q = new CorpusQuotes([
      article('a', quote(FULL, 'Ada Okafor'), quote('The council has no plans to sell the harbour land this year.', 'Ada Okafor')),
      article('b', quote(FULL.replace('fuel', 'oil'), 'Ada Okafor'), quote('The council has no plans to sell the harbour land this year.', 'Tomas Brennick')),
    ]);
    const groups = q.drift();
    assert.equal(groups.length, 2);
    assert.equal(groups[0].speakerDiffers, true);
    assert.equal(groups[0].wordingDiffers, false);
    assert.deepEqual(groups[0].versions.map((v) => v.speaker), ['Ada Okafor', 'Tomas Brennick']);
  });

  it('does not match two unrelated quotes that share words', () => {
    const q = new CorpusQuotes([
      article('a', quote('We will not raise the ferry fares for islanders this year.', 'Ada Okafor')),
      article('b', quote('We will not raise our voices until the harbour is safe for children.', 'Tomas Brennick')),
      article('c', quote('The ferry fares this year are the highest the islanders have seen.', 'Lena Hart')),
    ]);
    assert.deepEqual(q.drift(), []);
    assert.deepEqual(q.versionsOf('We will not raise the ferry fares for islanders this year.').map((v) => v.article), ['a']);
  });

  it('does not report a statement repeated word for word by the same speaker', () => {
    const q = new CorpusQuotes([article('a', quote(FULL, 'Ada Okafor')), article('b', quote(FULL, 'Okafor'))]);
    assert.deepEqual(q.drift(), []);
    assert.equal(q.versionsOf(FULL).length, 2);
  });

  it('treats a named speaker and a description as different speakers, and no speaker as no claim', () => {
    const q = new CorpusQuotes([
      article('a', quote(FULL, 'Ada Okafor')),
      article('b', quote(FULL, null)),
      article('c', quote(FULL, null, 'an official')),
    ]);
    const [group] = q.drift();
    assert.equal(group.speakerDiffers, true);
    assert.deepEqual(group.versions.map((v) => v.speaker), ['Ada Okafor', null, 'an official']);
  });

  it('lists every version of a quote for "Compare This Quote Across Articles"', () => {
    const q = new CorpusQuotes([
      article('a', quote(FULL, 'Ada Okafor')),
      article('b', quote('Fares will rise in spring, and nobody asked the islanders.', null)),
      article('c', quote('keep the night ferry running through the winter', 'Okafor')),
    ]);
    assert.deepEqual(q.versionsOf(FULL).map((v) => [v.article, v.speaker]), [['a', 'Ada Okafor'], ['c', 'Okafor']]);
  });

  it('does not compare every pair: unrelated quotes cost no full comparison', () => {
    const index = new QuoteIndex();
    const words = (i: number) => Array.from({ length: 12 }, (_, k) => `w${i}x${k}`).join(' ');
    for (let i = 0; i < 2000; i++) index.add(words(i));
    assert.equal(index.stats.variants, 2000);
    assert.equal(index.stats.fullComparisons, 0);
  });

  it('ignores quotes too short to identify a statement', () => {
    const q = new CorpusQuotes([article('a', quote('We are ready.', 'Ada Okafor')), article('b', quote('We are ready!', 'Tomas Brennick'))]);
    assert.deepEqual(q.drift(), []);
  });
});

describe('corpus: word diff', () => {
  it('marks the words one version lacks, ignoring punctuation and case', () => {
    const d = diffWords('We will keep the ferry running, whatever the fuel costs.', 'we will keep the ferry running whatever the oil costs');
    assert.deepEqual(d.left.filter((w) => w.changed).map((w) => w.text), ['fuel']);
    assert.deepEqual(d.right.filter((w) => w.changed).map((w) => w.text), ['oil']);
    assert.equal(d.left.map((w) => w.text).join(' '), 'We will keep the ferry running, whatever the fuel costs.');
  });

  it('marks the trimmed words of the longer version only', () => {
    const d = diffWords('Fares will rise in spring.', 'Fares will rise');
    assert.deepEqual(d.left.map((w) => w.changed), [false, false, false, true, true]);
    assert.deepEqual(d.right.map((w) => w.changed), [false, false, false]);
  });
});
