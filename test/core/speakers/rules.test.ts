import * as assert from 'node:assert/strict';
import { analyze } from '../helpers';
import { speakerRules } from '../../../src/core/speakers/rules';

/** Speaker and rule of every quote. */
const attributed = (text: string, disabled: string[] = []) =>
  analyze(text, { disabledRules: new Set(disabled) }).quotes.map((q) => [q.speaker ?? q.speakerDescription ?? null, q.speakerRule]);

describe('speaker rules, one by one', () => {
  it('every rule has a description and an example, and every example is attributed', () => {
    for (const r of speakerRules) {
      assert.ok(r.description.length > 10 && r.example.length > 10, r.id);
      const quotes = analyze(r.example).quotes;
      assert.ok(quotes.length > 0 && quotes.some((q) => q.speaker || q.speakerDescription), r.id);
    }
  });

  it('speaker.dash-byline', () => {
    assert.deepEqual(attributed('Nina Okafor spoke last.\n\n"Nobody reads the fine print." - Nina Okafor'), [['Nina Okafor', 'speaker.dash-byline']]);
  });

  it('speaker.introduced', () => {
    assert.deepEqual(attributed('Raj Patel said that "the count was never close."'), [['Raj Patel', 'speaker.introduced']]);
  });

  it('speaker.colon-subject', () => {
    assert.deepEqual(attributed('Dana Ortiz was blunt about the harbour budget: "We are out of money."'), [['Dana Ortiz', 'speaker.colon-subject']]);
  });

  it('speaker.clause-after, both orders', () => {
    assert.deepEqual(attributed('"The bridge will open in May," Dana Ortiz said.'), [['Dana Ortiz', 'speaker.clause-after']]);
    assert.deepEqual(attributed('"The bridge will open in May," said Dana Ortiz.'), [['Dana Ortiz', 'speaker.clause-after']]);
  });

  it('speaker.clause-before', () => {
    assert.deepEqual(attributed('Dana Ortiz told the council, "The bridge will open in May."'), [['Dana Ortiz', 'speaker.clause-before']]);
  });

  it('speaker.unlisted-verb: a verb no list has, after the quote', () => {
    assert.deepEqual(attributed('"We did it!" hollered Ann Cole of Springfield.'), [['Ann Cole', 'speaker.unlisted-verb']]);
    assert.deepEqual(attributed('Ann Cole waited.\n"It will hold," Cole murmured softly.'), [['Ann Cole', 'speaker.unlisted-verb']]);
  });

  it('speaker.sentence-subject: a partial quote inside the writer\'s sentence', () => {
    assert.deepEqual(attributed('Dana Ortiz pressed the mayor on his "plan to close the station by spring" at the hearing.'), [['Dana Ortiz', 'speaker.sentence-subject']]);
  });

  it('speaker.lead-in', () => {
    assert.deepEqual(attributed('Raj Patel said the plan would fail.\n\n"Nobody has done the sums."'), [['Raj Patel', 'speaker.lead-in']]);
  });

  it('speaker.lead-in-subject: a lead-in sentence with no reporting verb', () => {
    assert.deepEqual(attributed('Dana Ortiz laid out her case at length.\n\n"The numbers do not add up."'), [['Dana Ortiz', 'speaker.lead-in-subject']]);
  });

  it('speaker.same-paragraph', () => {
    assert.deepEqual(attributed('"It works," said Dana Ortiz, who once worked for Tom Reyes. "It has always worked."'), [
      ['Dana Ortiz', 'speaker.clause-after'],
      ['Dana Ortiz', 'speaker.same-paragraph'],
    ]);
  });

  it('speaker.verb-object', () => {
    const text = 'Dana Ortiz met the press.\nTom Reyes called the Harbour Union "a partner we can trust."';
    assert.deepEqual(attributed(text), [['Tom Reyes', 'speaker.clause-before']]);
  });

  it('speaker.continuation', () => {
    assert.deepEqual(attributed('"We are ready," Dana Ortiz said. "We have been ready for weeks."', ['speaker.lead-in', 'speaker.same-paragraph']), [
      ['Dana Ortiz', 'speaker.clause-after'],
      ['Dana Ortiz', 'speaker.continuation'],
    ]);
  });

  it('speaker.according-to', () => {
    assert.deepEqual(attributed('"The deal is off," according to Raj Patel.'), [['Raj Patel', 'speaker.according-to']]);
  });

  it('speaker.participle-subject', () => {
    assert.deepEqual(attributed('Dana Ortiz urged voters to back Lee Park, saying, "He will fix the roads."'), [['Dana Ortiz', 'speaker.participle-subject']]);
  });

  it('speaker.appositive', () => {
    assert.deepEqual(attributed('Dana Ortiz, an aide who worked on Senator Lee Park\'s campaign, said, "It was chaos."'), [['Dana Ortiz', 'speaker.appositive']]);
  });

  it('speaker.descriptor-name', () => {
    assert.deepEqual(attributed('"It is settled," said party boss Tom Reyes.'), [['Tom Reyes', 'speaker.descriptor-name']]);
  });

  it('speaker.organization-subject', () => {
    const text = 'The Harbour Board released a statement, calling the plan "a step backwards for the valley."';
    assert.deepEqual(attributed(text), [['Harbour Board', 'speaker.organization-subject']]);
  });

  it('speaker.pronoun', () => {
    assert.deepEqual(attributed('Dana Ortiz arrived late.\n"We are here to help," she said.'), [['Dana Ortiz', 'speaker.pronoun']]);
  });

  it('speaker.pronoun-subject', () => {
    const text = 'Dana Ortiz spoke first.\nOrtiz spokesman Tom Reyes said Ortiz had been "right about the ferry from the start," he said.';
    assert.deepEqual(attributed(text), [['Tom Reyes', 'speaker.pronoun-subject']]);
    assert.deepEqual(attributed(text, ['speaker.pronoun-subject']), [['Dana Ortiz', 'speaker.pronoun']]);
  });

  it('speaker.pronoun-gender', () => {
    const text = 'Ms. Ortiz hired Raj Patel last spring. "Our team is finally complete," she said.';
    assert.deepEqual(attributed(text), [['Ortiz', 'speaker.pronoun']]);
    // (with the subject of the sentence before off too: it would give Ortiz on its own)
    assert.deepEqual(attributed(text, ['speaker.pronoun-gender', 'speaker.pronoun-previous-subject']), [['Raj Patel', 'speaker.pronoun']]);
  });

  it('speaker.description', () => {
    assert.deepEqual(attributed('"It is over," a spokesman said.'), [['a spokesman', 'speaker.description']]);
  });

  it('a rule switched off decides nothing', () => {
    assert.deepEqual(attributed('"The bridge will open in May," Dana Ortiz said.', ['speaker.clause-after', 'speaker.unlisted-verb', 'speaker.closing-clause']), [[null, null]]);
  });
});
