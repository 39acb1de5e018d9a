/** Issue 15: who gets a voice, counted per speaker over articles written for these tests. */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core';
import { articleSources, ArticleSources, countWords, exclusiveNames, summarizeSources } from '../../../src/core/corpus';

const FERRY = `Harbour councillor Ada Okafor defended the ferry budget at a windy pier-side meeting. "We will keep the night ferry running through the winter, whatever the fuel costs," Okafor said.
A spokesman for the harbour office said: "The timetable is under review."
"Nobody asked the islanders," an official said.
"It is a disgrace," said Mr. Tomas Brennick, who runs the harbour cafe.`;

const BRIDGE = `The bridge repairs will take a year. "The old bridge carries twice the traffic it was built for," said Ada Okafor.
"We are looking at every option," the official said.
"Nothing has been decided."`;

function corpus(): ArticleSources[] {
  return [articleSources('ferry.txt', analyze(FERRY), FERRY), articleSources('bridge.txt', analyze(BRIDGE), BRIDGE)];
}

describe('corpus: sources per speaker', () => {
  it('counts quotes, words and share per speaker across articles', () => {
    const s = summarizeSources(corpus());
    assert.equal(s.articles, 2);
    const okafor = s.speakers.find((r) => r.name === 'Ada Okafor');
    assert.ok(okafor, JSON.stringify(s.speakers));
    assert.deepEqual(okafor.articles, ['ferry.txt', 'bridge.txt']);
    assert.equal(okafor.quotes, 2);
    const words = countWords('We will keep the night ferry running through the winter, whatever the fuel costs,') + countWords('The old bridge carries twice the traffic it was built for,');
    assert.equal(okafor.words, words);
    assert.equal(okafor.share, Math.round((words / s.words) * 10000) / 10000);
    // most words first
    assert.equal(s.speakers[0].name, 'Ada Okafor');
  });

  it('keeps unnamed sources by description and counts unattributed quotes', () => {
    const s = summarizeSources(corpus());
    const official = s.unnamed.find((u) => u.description === 'official');
    assert.ok(official, JSON.stringify(s.unnamed));
    // "an official" and "the official" are one unnamed source (the quote after "the official
    // said" may be carried over to it as well)
    assert.deepEqual(official.articles, ['ferry.txt', 'bridge.txt']);
    assert.ok(official.quotes >= 2);
    assert.ok(s.unnamed.some((u) => u.description === 'spokesman'));
    const total = s.speakers.reduce((n, r) => n + r.quotes, 0) + s.unnamed.reduce((n, r) => n + r.quotes, 0) + s.unattributed.quotes;
    assert.equal(total, s.quotes);
  });

  it('gives named and unnamed sources per article', () => {
    const s = summarizeSources(corpus());
    const ferry = s.perArticle.find((a) => a.article === 'ferry.txt')!;
    assert.deepEqual([ferry.named, ferry.unnamed], [2, 2]);
  });

  it('adds shares that sum to one over all quoted words', () => {
    const s = summarizeSources(corpus());
    const words = [...s.speakers, ...s.unnamed, s.unattributed].reduce((n, r) => n + r.words, 0);
    assert.equal(words, s.words);
  });

  it('joins a one-word name to the only longer name of a person ending with it', () => {
    const q = (speaker: string) => ({ text: 'one two', start: 0, end: 9, speaker, kind: 'person' as const, partial: false });
    const s = summarizeSources([
      { article: 'a', quotes: [q('Ada Okafor'), q('Lena Hart'), q('Hart')] },
      { article: 'b', quotes: [q('Okafor'), q('Hart'), q('Tom Hart')] },
    ]);
    assert.deepEqual(s.speakers.map((r) => [r.name, r.quotes]), [['Ada Okafor', 2], ['Hart', 2], ['Lena Hart', 1], ['Tom Hart', 1]]);
  });

  it('estimates perceived gender only when asked, from titles and one-list first names', () => {
    assert.equal(summarizeSources(corpus()).gender, undefined);
    const names = exclusiveNames(['Ada', 'Robin'], ['Tomas', 'Robin']);
    const s = summarizeSources(corpus(), { genderNames: names });
    assert.equal(s.speakers.find((r) => r.name === 'Ada Okafor')!.gender, 'female');
    assert.equal(s.speakers.find((r) => r.name === 'Tomas Brennick')!.gender, 'male');
    assert.deepEqual(s.gender!.people, { female: 1, male: 1, unknown: 0 });
  });

  it('leaves a name on both lists, a one-word name and an organization unknown or uncounted', () => {
    const names = exclusiveNames(['Robin'], ['Robin']);
    const articles: ArticleSources[] = [{
      article: 'a', quotes: [
        { text: 'one two three', start: 0, end: 15, speaker: 'Robin Vale', kind: 'person', partial: false },
        { text: 'four five', start: 20, end: 31, speaker: 'Vale', kind: 'person', partial: false },
        { text: 'six', start: 40, end: 45, speaker: 'Harbour Trust', kind: 'organization', partial: false },
        { text: 'seven', start: 50, end: 57, speaker: 'Lee', kind: 'person', title: 'ms', partial: false },
      ],
    }];
    const s = summarizeSources(articles, { genderNames: names });
    assert.deepEqual(s.speakers.map((r) => [r.name, r.gender]), [['Robin Vale', 'unknown'], ['Harbour Trust', undefined], ['Lee', 'female']]);
    assert.deepEqual(s.gender!.people, { female: 1, male: 0, unknown: 1 });
  });
});
