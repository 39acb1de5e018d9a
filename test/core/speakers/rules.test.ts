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

  it('speaker.dash-byline-line: a byline on the line after the quote', () => {
    const text = 'The hearing ran late.\n\n"Nobody reads the fine print."\n\n- Nina Okafor, at the hearing.';
    assert.deepEqual(attributed(text), [['Nina Okafor', 'speaker.dash-byline-line']]);
    assert.deepEqual(attributed(text, ['speaker.dash-byline-line']), [[null, null]]);
    // a bullet that goes on after the name is no byline
    const bullet = 'Raj Patel spoke first.\n\n"Nobody reads the fine print."\n\n- Nina Okafor said the plan works.';
    assert.notEqual(attributed(bullet)[0][1], 'speaker.dash-byline-line');
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
    const text = 'Raj Patel spoke first.\nPatel spokesman Ivo Brandt said Patel had been "right about the ferry from the start," he said.';
    assert.deepEqual(attributed(text), [['Ivo Brandt', 'speaker.pronoun-subject']]);
    assert.deepEqual(attributed(text, ['speaker.pronoun-subject']), [['Raj Patel', 'speaker.pronoun']]);
  });

  it('speaker.pronoun-gender', () => {
    const text = 'Ms. Ortiz hired Raj Patel last spring. "Our team is finally complete," she said.';
    assert.deepEqual(attributed(text), [['Ortiz', 'speaker.pronoun']]);
    // (with the subject of the sentence before off too: it would give Ortiz on its own)
    assert.deepEqual(attributed(text, ['speaker.pronoun-gender', 'speaker.pronoun-previous-subject']), [['Raj Patel', 'speaker.pronoun']]);
  });

  it('speaker.title-object', () => {
    const text = 'Raj Patel mailed his notes to Deputy Mayor Ann Cole describing the audit as "a mess from start to finish."';
    assert.deepEqual(attributed(text)[0][0], 'Raj Patel');
    assert.deepEqual(attributed(text, ['speaker.title-object']), [['Ann Cole', 'speaker.clause-before']]);
    // the "of" inside a title governs nothing
    assert.deepEqual(attributed('Secretary of State Ann Cole said in a statement that the vote was "a fair count."')[0][0], 'Ann Cole');
  });

  it('speaker.participle-object', () => {
    const text = 'Ann Cole answered the question on the Harbour Board website writing, "We will not close the pier."';
    assert.deepEqual(attributed(text), [['Ann Cole', 'speaker.participle-object']]);
    assert.deepEqual(attributed(text, ['speaker.participle-object'])[0][0] === 'Ann Cole', false);
    // "with Raj Patel noting": the name after "with" is the participle's own subject, not an object
    assert.notEqual(attributed('Ann Cole met the crew, with Raj Patel noting "a long road ahead."')[0][1], 'speaker.participle-object');
  });

  it('speaker.lead-in-same-paragraph', () => {
    const text = 'Dana Ortiz has run the ferry for a decade. "Nobody else wanted the job."';
    assert.deepEqual(attributed(text), [['Dana Ortiz', 'speaker.lead-in-same-paragraph']]);
    assert.deepEqual(attributed(text, ['speaker.lead-in-same-paragraph']), [[null, null]]);
    // a place as the subject speaks no quote
    assert.deepEqual(attributed('The ferry leaves Eastmoor Harbour every hour. "Nobody else wanted the job."'), [[null, null]]);
    // a quote inside a longer sentence is no sentence of its own
    assert.notEqual(attributed('Dana Ortiz has run the ferry for a decade. Critics call it "a relic" now.')[0][1], 'speaker.lead-in-same-paragraph');
  });

  it('speaker.titled-after-question', () => {
    const text = '"Who pays for the pier?" Mayor Ann Cole asked.';
    assert.deepEqual(attributed(text), [['Ann Cole', 'speaker.clause-after']]);
    assert.deepEqual(attributed(text, ['speaker.titled-after-question']), [[null, null]]);
  });

  it('speaker.pronoun-salience', () => {
    const text = 'Raj Patel, a longtime aide of Casey Okafor, toured the pier.\n"We start on Monday," he said.';
    assert.deepEqual(attributed(text), [['Raj Patel', 'speaker.pronoun']]);
    // (with the subject of the sentence before off too: it would give Raj Patel on its own)
    assert.deepEqual(attributed(text, ['speaker.pronoun-salience', 'speaker.pronoun-previous-subject']), [['Casey Okafor', 'speaker.pronoun']]);
  });

  it('speaker.possessive-noun', () => {
    const text = 'Dana Ortiz spoke first. The councillor said Ortiz\'s remarks "have done real harm to the town."';
    assert.deepEqual(attributed(text), [['The councillor', 'speaker.description']]);
    assert.deepEqual(attributed(text, ['speaker.possessive-noun']), [['Dana Ortiz', 'speaker.clause-before']]);
  });

  it('speaker.pronoun-chain', () => {
    const text = 'Raj Patel thanked the crew.\nLater he met with Casey Okafor.\n\n"We will sail at dawn," he said.';
    assert.deepEqual(attributed(text), [['Raj Patel', 'speaker.pronoun-previous-subject']]);
    assert.deepEqual(attributed(text, ['speaker.pronoun-chain']), [['Casey Okafor', 'speaker.pronoun']]);
  });

  it('speaker.pronoun-gender-reach', () => {
    const text = 'Raj Patel opened the pier. Dana Ortiz, Ana Lima, Nina Okafor and Lena Brook cut the ribbon.\n"It took nine years," he said.';
    assert.deepEqual(attributed(text), [['Raj Patel', 'speaker.pronoun']]);
    assert.deepEqual(attributed(text, ['speaker.pronoun-gender-reach']), [['Lena Brook', 'speaker.pronoun']]);
  });

  it('speaker.first-name-gender', () => {
    const text = 'Tomas Brandt thanked Nina Okafor for the report. "It was long overdue," she said.';
    assert.deepEqual(attributed(text), [['Nina Okafor', 'speaker.pronoun']]);
    assert.deepEqual(attributed(text, ['speaker.first-name-gender']), [['Tomas Brandt', 'speaker.pronoun-previous-subject']]);
  });

  it('speaker.description', () => {
    assert.deepEqual(attributed('"It is over," a spokesman said.'), [['a spokesman', 'speaker.description']]);
  });

  it('a rule switched off decides nothing', () => {
    assert.deepEqual(attributed('"The bridge will open in May," Dana Ortiz said.', ['speaker.clause-after', 'speaker.unlisted-verb', 'speaker.closing-clause']), [[null, null]]);
  });
});
