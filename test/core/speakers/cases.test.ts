import * as assert from 'node:assert/strict';
import { analyze } from '../helpers';

/** The speaker of each quote. */
const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker ?? q.speakerDescription ?? null);

describe('speakers: the cases of the error analysis, in invented sentences', () => {
  describe('a partial quote inside the writer\'s sentence is its subject\'s', () => {
    const cases: [string, string][] = [
      ['Dana Ortiz thanked the mayor for "stepping up when the river rose" last spring.', 'Dana Ortiz'],
      ['Ana Lima, for her part, is labeling the plan "a blatant mistake by the council."', 'Ana Lima'],
      ['Raj Patel celebrated, declaring it "another good day for the valley."', 'Raj Patel'],
      ['Tom Reyes went after the mayor, calling the delay "disqualifying for any leader."', 'Tom Reyes'],
      ['Campaign chair Tom Reyes dismissed the report as "absurd and poorly sourced."', 'Tom Reyes'],
    ];
    for (const [text, who] of cases) it(text, () => assert.deepEqual(speakers(text), [who]));
  });

  describe('an appositive or relative clause between the speaker and the verb is skipped', () => {
    const cases: [string, string][] = [
      ['Dana Ortiz, an aide who worked on Senator Ana Lima\'s campaign, said, "We lost the mailing list."', 'Dana Ortiz'],
      ['Raj Patel, founding chair at the Harbour Studies Institute, a think tank, said, "The tide tables are wrong."', 'Raj Patel'],
    ];
    for (const [text, who] of cases) it(text, () => assert.deepEqual(speakers(text), [who]));
  });

  describe('a participial adjunct belongs to the main clause\'s subject', () => {
    const cases: [string, string][] = [
      ['Dana Ortiz urged voters to back Lee Park, saying, "He will fix the ferry."', 'Dana Ortiz'],
      ['Dana Ortiz praised Lee Park on Monday, telling reporters "he earned every vote."', 'Dana Ortiz'],
      ['Dana Ortiz met Lee Park before noting that the budget was "a work in progress."', 'Dana Ortiz'],
    ];
    for (const [text, who] of cases) it(text, () => assert.deepEqual(speakers(text), [who]));
  });

  describe('an inverted verb with a title or descriptor before the name', () => {
    const cases: [string, string][] = [
      ['"The vote is done," said Vice President Ana Lima.', 'Ana Lima'],
      ['"The vote is done," said party boss Tom Reyes.', 'Tom Reyes'],
      ['"The vote is done," said economist Raj Patel, who advises the council.', 'Raj Patel'],
      ['"The vote is done," said a spokesman for the ministry, Tom Reyes.', 'Tom Reyes'],
      ['"The vote is done," responded campaign manager Tom Reyes.', 'Tom Reyes'],
      ['"The vote is done," said Ortiz campaign manager Tom Reyes.', 'Tom Reyes'],
    ];
    for (const [text, who] of cases) it(text, () => assert.deepEqual(speakers(text), [who]));
  });

  describe('any verb right after the quote, then a name, or a name then a verb', () => {
    const cases: [string, string][] = [
      ['"We made it!" hollered Ann Cole of Springfield.', 'Ann Cole'],
      ['Ann Cole waited by the door.\n"It will hold," Cole murmured to nobody.', 'Ann Cole'],
      ['"Who counts the votes?" Ann Cole wonders aloud.', 'Ann Cole'],
    ];
    for (const [text, who] of cases) it(text, () => assert.deepEqual(speakers(text), [who]));
  });

  describe('reporting verbs beyond say and tell', () => {
    for (const verb of ['fumed', 'joked', 'interjected', 'recalled', 'insisted', 'lamented', 'bemoaned', 'emailed', 'pondered']) {
      it(verb, () => assert.deepEqual(speakers(`"The ferry is late again," Dana Ortiz ${verb}.`), ['Dana Ortiz']));
    }
    it('X\'s statement added', () => {
      assert.deepEqual(speakers('Raj Patel wrote to the board.\n\nPatel\'s statement added, "We will not sell the pier."'), ['Raj Patel']);
    });
    it('as X put it', () => {
      assert.deepEqual(speakers('As Raj Patel put it, the ferry is "a floating apology."'), ['Raj Patel']);
    });
    it('a subordinate clause that opens the sentence has its own subject', () => {
      assert.deepEqual(speakers('After the Harbour Board voted, Dana Ortiz blamed "three members who never read the plan."'), ['Dana Ortiz']);
    });
    it('according to X', () => {
      assert.deepEqual(speakers('"The pier is safe," according to Raj Patel.'), ['Raj Patel']);
    });
  });

  describe('pronouns', () => {
    it('he/she match the gender the article gives', () => {
      assert.deepEqual(speakers('Mr. Patel met Ms. Ortiz at the pier. "We have a deal," she said.'), ['Ortiz']);
      assert.deepEqual(speakers('Ms. Ortiz met Mr. Patel at the pier. "We have a deal," he said.'), ['Patel']);
    });
    it('gender from the article\'s own pronouns after a name', () => {
      const text = 'Dana Ortiz ran the harbour board for a decade, and she kept its books.\n\nRaj Patel joined the board last year, and he chairs its audit panel.\n\n"We have a deal," she said.';
      assert.deepEqual(speakers(text), ['Dana Ortiz']);
    });
    it('a pronoun before a comma gives way to a name after the verb', () => {
      assert.deepEqual(speakers('"The ferry will be late" if she cuts the budget, said Tom Reyes, a harbour pilot.'), ['Tom Reyes']);
    });
    it('a person named only inside the quote is skipped', () => {
      assert.deepEqual(speakers('Dana Ortiz spoke last.\n"Raj Patel was right all along," she said.'), ['Dana Ortiz']);
    });
  });

  describe('places and objects are no speakers', () => {
    it('a name after a mid-sentence verb is its object', () => {
      assert.deepEqual(speakers('Dana Ortiz called the Harbour Union "a partner we can trust."'), ['Dana Ortiz']);
    });
    it('a verb\'s object before the reporting verb is passed over for the subject', () => {
      assert.deepEqual(speakers('Raj Patel knocked Tom Reyes on the budget and called him "a tourist in his own harbour."'), ['Raj Patel']);
    });
    it('an appositive between dashes', () => {
      assert.deepEqual(speakers('Dana Ortiz -- who lost the harbour vote to Tom Reyes -- said the board "never read the plan."'), ['Dana Ortiz']);
    });
    it('the first of two joined subjects', () => {
      assert.deepEqual(speakers('Dana Ortiz and Tom Reyes have called the ferry "a floating apology."'), ['Dana Ortiz']);
    });
    it('a possessive name owns a noun', () => {
      assert.deepEqual(speakers('Raj Patel said Ortiz\'s emails were "a private matter for the board."'), ['Raj Patel']);
    });
    it('a describer owning a noun is no subject', () => {
      assert.deepEqual(speakers('Raj Patel read the mayor\'s plan, but called it "a good start for the harbour."'), ['Raj Patel']);
    });
  });

  describe('a lead-in sentence gives the quote paragraph its speaker', () => {
    it('a paragraph of its own', () => {
      assert.deepEqual(speakers('Dana Ortiz laid out the position at length.\n\n"The ferry needs a second boat."'), ['Dana Ortiz']);
    });
    it('a colon-introduced quote paragraph', () => {
      assert.deepEqual(speakers('Raj Patel said that given the choices:\n\n"The ferry needs a second boat."'), ['Raj Patel']);
    });
    it('a quote after the sentence that holds the quote before', () => {
      assert.deepEqual(speakers('"It works," said Dana Ortiz, who once worked for Lee Park. "It has always worked."'), ['Dana Ortiz', 'Dana Ortiz']);
    });
  });
});
