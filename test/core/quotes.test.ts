import * as assert from 'node:assert/strict';
import { analyze } from './helpers';

describe('quotes', () => {
  it('finds straight and curly quotes', () => {
    const a = analyze('"We are ready," she said.\n“We are not,” he said.');
    assert.deepEqual(a.quotes.map((q) => q.text), ['We are ready,', 'We are not,']);
  });

  it('keeps a single-quoted quote inside a double-quoted one as part of it', () => {
    const a = analyze('"He told me \'go home\' and left," she said.');
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].text, "He told me 'go home' and left,");
  });

  it('joins a quote over paragraphs when each opens with a mark and only the last closes', () => {
    const a = analyze('"This is the first part of what I said.\n\n"This is the second part," she said.');
    assert.equal(a.quotes.length, 1);
    assert.ok(a.quotes[0].text.includes('second part'));
  });

  it('joins a quote over paragraphs when the next paragraph only closes it', () => {
    const a = analyze('He said, "In the first half it felt good out there.\n\nWe could have scored two goals." After that he left.');
    assert.equal(a.quotes.length, 1);
    assert.ok(a.quotes[0].text.endsWith('two goals.'));
  });

  it('marks a fragment inside the writer\'s sentence as partial', () => {
    const a = analyze('She said the deal was "a great step forward" for the country.');
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].partial, true);
  });

  it('keeps scare quotes and titles apart from quotations', () => {
    const a = analyze('The so-called "moderate" rebels were there.\nHe wrote a book called "The Long War" last year.');
    assert.deepEqual(a.quotes, []);
    assert.deepEqual(a.scareQuotes.map((s) => [s.text, s.reason]), [['moderate', 'scare'], ['The Long War', 'title']]);
  });

  it('does not let an unbalanced mark swallow the rest of the document', () => {
    const text = 'He said "this is open.\n\nThe next paragraph has no marks at all.\n\nNor does this one.';
    const a = analyze(text);
    assert.ok(a.quotes.every((q) => q.end <= text.indexOf('The next')));
  });

  it('does not crash on marks alone', () => {
    for (const text of ['"', '“', '”', '""', '"\n"', "'", '"a"b"c', '«']) assert.doesNotThrow(() => analyze(text));
  });
});
