import * as assert from 'node:assert/strict';
import { analyze } from './helpers';
import { findQuotes, quoteMarks } from '../../src/core/quotes/quotes';
import { decideQuotedSpan } from '../../src/core/quotes/markedPhrases';
import { QUOTE_RULES } from '../../src/core/quotes/quoteRules';
import { RuleSwitch } from '../../src/core/rules';
import { tokenize } from '../../src/core/text/tokens';

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
    const a = analyze('"The ferry ran late all winter.\n\n"This is the second part," she said.');
    assert.equal(a.quotes.length, 1);
    assert.ok(a.quotes[0].text.includes('second part'));
  });

  it('joins a quote over paragraphs when the next paragraph only closes it', () => {
    const a = analyze('Okafor said, "Early on the boat felt steady under us.\n\nWe could have rowed for two goals." After that he left.');
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

/** What the quote rules make of a text: every quoted span, its marked-phrase reason (none for a
 *  quotation) and the rule that decided, with some rules switched off. */
function decisions(text: string, off: string[] = []) {
  const rules = new RuleSwitch({ disabledRules: new Set(off) });
  const tokens = tokenize(text);
  return findQuotes(text, quoteMarks(text), rules).map((q) => {
    const d = decideQuotedSpan(text, q, tokens, rules);
    return { text: text.slice(q.contentStart, q.contentEnd), unclosed: q.unclosed, reason: d.reason, rule: d.rule };
  });
}
const quoted = (text: string, off: string[] = []) => decisions(text, off).filter((d) => !d.reason).map((d) => d.text);

/** One test per rule of quoteRules.ts, on the rule's own example: what it decides, and what
 *  happens when it is switched off. */
const RULE_CASES: Record<string, () => void> = {
  'quote.double-marks': () => {
    const example = rule('quote.double-marks');
    assert.deepEqual(quoted(example), ['We will open the bridge in May,']);
    assert.deepEqual(decisions(example, ['quote.double-marks']), []);
  },
  'quote.markup-attribute': () => {
    const example = rule('quote.markup-attribute');
    assert.deepEqual(decisions(example), []);
    assert.ok(decisions(example, ['quote.markup-attribute']).length > 0);
  },
  'quote.glued-opening': () => {
    const example = rule('quote.glued-opening');
    assert.deepEqual(quoted(example), ['Nobody told us about the fee.']);
    assert.notDeepEqual(quoted(example, ['quote.glued-opening']), ['Nobody told us about the fee.']);
  },
  'quote.backward-closing': () => {
    const example = rule('quote.backward-closing');
    assert.deepEqual(decisions(example).map((d) => [d.text, d.unclosed]), [['insulting', false]]);
    assert.ok(decisions(example, ['quote.backward-closing']).every((d) => d.unclosed));
  },
  'quote.paragraph-continuation': () => {
    const example = '“The first year was hard.\n\n“The second was worse,” Raj Patel said.';
    assert.equal(decisions(example).length, 1);
    assert.equal(decisions(example, ['quote.paragraph-continuation']).length, 2);
  },
  'quote.unclosed-paragraph': () => {
    const example = 'The chief said: “We start the repairs tomorrow.\n\nThe work will take a week.';
    assert.deepEqual(quoted(example), ['We start the repairs tomorrow.']);
    assert.ok(quoted(example, ['quote.unclosed-paragraph'])[0].endsWith('a week.'));
  },
  'quote.single-marks': () => {
    const example = rule('quote.single-marks');
    assert.deepEqual(quoted(example), ['a careful first step']);
    assert.deepEqual(decisions(example, ['quote.single-marks']), []);
  },
  'quote.empty-span': () => {
    const example = rule('quote.empty-span');
    assert.deepEqual(decisions(example).map((d) => [d.reason, d.rule]), [['scare', 'quote.empty-span']]);
    assert.notEqual(decisions(example, ['quote.empty-span'])[0].rule, 'quote.empty-span');
  },
  'quote.title-case': () => {
    const example = rule('quote.title-case');
    assert.deepEqual(decisions(example).map((d) => [d.text, d.reason]), [['Lanterns Over Brackwater', 'title']]);
    // switched off, the three words are a short fragment in a sentence that reports no speech
    assert.deepEqual(decisions(example, ['quote.title-case']).map((d) => [d.reason, d.rule]), [['scare', 'quote.scare-fragment']]);
  },
  'quote.inner-exclamation': () => {
    const example = rule('quote.inner-exclamation');
    assert.deepEqual(decisions(example).map((d) => [d.text, d.reason, d.rule]), [['Go Rovers! Go Rovers', undefined, 'quote.inner-exclamation']]);
    assert.equal(decisions(example, ['quote.inner-exclamation'])[0].reason, 'title');
  },
  'quote.spoken-title-case': () => {
    const example = rule('quote.spoken-title-case');
    assert.deepEqual(quoted(example), ['Clean Water Now']);
    assert.equal(decisions(example, ['quote.spoken-title-case'])[0].reason, 'title');
    // after "told", capitalised words are the audience's name: a title
    assert.equal(decisions('The mayor told “Harbor Morning Radio” about the plan.')[0].reason, 'title');
  },
  'quote.full-sentence': () => {
    const example = rule('quote.full-sentence');
    assert.deepEqual(decisions(example).map((d) => d.rule), ['quote.full-sentence']);
    assert.deepEqual(decisions(example, ['quote.full-sentence']).map((d) => d.rule), ['quote.reported-fragment']);
  },
  'quote.reported-fragment': () => {
    const example = rule('quote.reported-fragment');
    assert.deepEqual(quoted(example), ['reckless']);
    assert.equal(decisions(example, ['quote.reported-fragment'])[0].reason, 'scare');
  },
  'quote.scare-fragment': () => {
    const example = rule('quote.scare-fragment');
    assert.deepEqual(decisions(example).map((d) => [d.text, d.reason]), [['smart', 'scare']]);
    assert.deepEqual(quoted(example, ['quote.scare-fragment']), ['smart']);
  },
};
function rule(id: string): string {
  const r = QUOTE_RULES.find((x) => x.id === id);
  assert.ok(r, id);
  return r.example;
}

describe('quote rules', () => {
  it('every rule of the quotes table has a test here, and every test a rule', () => {
    assert.deepEqual(Object.keys(RULE_CASES).sort(), QUOTE_RULES.map((r) => r.id).sort());
  });
  for (const [id, test] of Object.entries(RULE_CASES)) it(id, test);

  it('a short fragment is somebody\'s words after a judging verb, a statement noun or a possessive', () => {
    assert.deepEqual(analyze('The mayor derided the “lazy” plan on Monday.').quotes.map((q) => q.text), ['lazy']);
    assert.deepEqual(analyze('Her remarks about “cheap tricks” drew boos.').quotes.map((q) => q.text), ['cheap tricks']);
    assert.deepEqual(analyze('Ortiz’s “fair deal” won few votes.').quotes.map((q) => q.text), ['fair deal']);
    assert.deepEqual(analyze('The tenants are crying “theft” over the rent.').quotes.map((q) => q.text), ['theft']);
    // with none of them, the fragment is the writer's scare quote
    assert.deepEqual(analyze('The “fair deal” won few votes.').scareQuotes.map((s) => s.text), ['fair deal']);
  });

  it('an opening curly mark after a word closes an open quote; one after a space still opens', () => {
    const a = analyze('Patel called it “a mess“ and left. “We will see,” Ortiz said.');
    assert.deepEqual(a.quotes.map((q) => q.text), ['a mess', 'We will see,']);
    // last on its line, an opening mark can open nothing: it closes the open quote
    assert.deepEqual(analyze('“We will see. “\n\nThe talks ended there.').quotes.map((q) => [q.text, q.end]), [['We will see. ', 15]]);
    // no quote open: the mark glued to a word opens as before
    assert.deepEqual(analyze('Ortiz said:“We will see.”').quotes.map((q) => q.text), ['We will see.']);
  });

  it('a markup attribute\'s value is no quote, the words after it are', () => {
    const a = analyze('<post author="@harbor_news" date="May 2">“The ferry is late again,” Ortiz wrote.</post>');
    assert.deepEqual(a.quotes.map((q) => q.text), ['The ferry is late again,']);
  });
});
