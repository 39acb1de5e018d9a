import * as assert from 'node:assert/strict';
import { analyze } from '../helpers';

/** Speaker (or description) and rule of every quote, with some rules switched off. */
const attributed = (text: string, disabled: string[] = []) =>
  analyze(text, { disabledRules: new Set(disabled) }).quotes.map((q) => [q.speaker ?? q.speakerDescription ?? null, q.speakerRule ?? null]);

describe('speaker rules for quoted fragments and reported clauses', () => {
  it('speaker.passive-agent', () => {
    const text = 'Dana Ortiz spoke first. The tactic was called "quiet sabotage" by Lena Brook, a professor at Harbor College.';
    assert.deepEqual(attributed(text), [['Lena Brook', 'speaker.passive-agent']]);
    assert.notDeepEqual(attributed(text, ['speaker.passive-agent'])[0][0], 'Lena Brook');
  });

  it('speaker.possessive-statement', () => {
    const text = 'The council heard Omar Vance\'s warning of "a long winter ahead" before the vote.';
    assert.deepEqual(attributed(text), [['Omar Vance', 'speaker.possessive-statement']]);
    assert.deepEqual(attributed(text, ['speaker.possessive-statement']), [[null, null]]);
    // a quote right after the noun judges the statement: the judge speaks
    assert.deepEqual(attributed('Mara Quinn called Omar Vance\'s plan "reckless" on Monday.')[0][0], 'Mara Quinn');
  });

  it('speaker.embedded-description', () => {
    const text = 'Dana Ortiz said harbour officials were calling "every single hour" last week.';
    assert.deepEqual(attributed(text), [['Dana Ortiz', 'speaker.embedded-description']]);
    assert.deepEqual(attributed(text, ['speaker.embedded-description']), [['officials', 'speaker.description']]);
  });

  it('speaker.subordinate-after', () => {
    const text = 'Mayor Lena Brook praised her budget director as a "very careful steward" on Tuesday, a day after the aide was charged with fraud.';
    assert.deepEqual(attributed(text), [['Lena Brook', 'speaker.clause-before']]);
    assert.deepEqual(attributed(text, ['speaker.subordinate-after']), [['the aide', 'speaker.description']]);
  });

  it('speaker.that-clause', () => {
    const text = 'Ivo Brandt, visibly tired after more than an hour of hard questions from the angry crowd, responded that the governor "has the right idea."';
    assert.deepEqual(attributed(text), [['Ivo Brandt', 'speaker.sentence-subject']]);
    assert.deepEqual(attributed(text, ['speaker.that-clause']), [['the governor', 'speaker.description']]);
  });

  it('speaker.reported-by', () => {
    const text = '"The pier is closed," Dana Ortiz said, according to the Harbour Herald.';
    assert.deepEqual(attributed(text), [['Harbour Herald', 'speaker.reported-by']]);
    assert.deepEqual(attributed(text, ['speaker.reported-by']), [['Dana Ortiz', 'speaker.clause-after']]);
  });

  it('speaker.inverted-after-comma', () => {
    const text = '"It looks unlikely" that Lee Park can catch Kim Soto, said Ana Lima, a pollster.';
    assert.deepEqual(attributed(text), [['Ana Lima', 'speaker.inverted-after-comma']]);
    assert.deepEqual(attributed(text, ['speaker.inverted-after-comma']), [['Kim Soto', 'speaker.clause-after']]);
  });

  it('speaker.described-inverted', () => {
    const text = 'Raj Patel spoke first. "We will rebuild," an angry Ann Cole hit back.';
    assert.deepEqual(attributed(text), [['Ann Cole', 'speaker.described-inverted']]);
    assert.notDeepEqual(attributed(text, ['speaker.described-inverted'])[0][0], 'Ann Cole');
  });

  it('speaker.pronoun-previous-subject', () => {
    const text = 'Raj Patel said the vote would go to Casey Okafor.\n\n"It is a close race," he said.';
    assert.deepEqual(attributed(text), [['Raj Patel', 'speaker.pronoun-previous-subject']]);
    assert.deepEqual(attributed(text, ['speaker.pronoun-previous-subject']), [['Casey Okafor', 'speaker.pronoun']]);
    // the pronoun's own sentence may come before the quote: the sentence before that one counts
    assert.deepEqual(attributed('Raj Patel met Lee Park on Monday. He says Park "knows the harbour better than anyone."')[0][0], 'Raj Patel');
  });

  it('speaker.closing-clause', () => {
    const text = 'Potholes are "a menace to every cyclist in the valley" and a drain on the budget that the council keeps ignoring year after year, Ann Cole said.';
    assert.deepEqual(attributed(text), [['Ann Cole', 'speaker.closing-clause']]);
    assert.deepEqual(attributed(text, ['speaker.closing-clause']), [[null, null]]);
  });

  it('speaker.shared-subject', () => {
    const text = 'Dana Ortiz backed fellow councillor Lee Park, but now said Park had "lost the plot."';
    assert.deepEqual(attributed(text), [['Dana Ortiz', 'speaker.shared-subject']]);
    assert.notEqual(attributed(text, ['speaker.shared-subject'])[0][0], 'Dana Ortiz');
  });
});
