import * as assert from 'node:assert/strict';
import { analyze } from '../helpers';
import { roleOf } from '../../../src/core/speakers/roles';

/** Speaker and rule of every quote. */
const attributed = (text: string, disabled: string[] = []) =>
  analyze(text, { disabledRules: new Set(disabled) }).quotes.map((q) => [q.speaker ?? q.speakerDescription ?? null, q.speakerRule]);

describe('role words for described speakers', () => {
  it('reads a role from a title word, a short title or a describer, singular only', () => {
    assert.equal(roleOf('senator'), 'senator');
    assert.equal(roleOf('gov.'), 'governor');
    assert.equal(roleOf('spokeswoman'), 'spokeswoman');
    assert.equal(roleOf('officials'), undefined);
    assert.equal(roleOf('mr.'), undefined);
    assert.equal(roleOf('harbour'), undefined);
  });

  it('speaker.description-role: "the senator" is the one senator named before', () => {
    const text = 'Senator Ann Cole toured the harbour on Monday.\n"The pier must stay open," the senator said.';
    assert.deepEqual(attributed(text), [['Ann Cole', 'speaker.description-role']]);
    assert.deepEqual(attributed(text, ['speaker.description-role']), [['the senator', 'speaker.description']]);
  });

  it('a role from the appositive after a name', () => {
    const text = 'Ann Cole, a spokeswoman for the port, met the press.\n"We are open," the spokeswoman said.';
    assert.deepEqual(attributed(text), [['Ann Cole', 'speaker.description-role']]);
  });

  it('two people with the role, or "a senator", stay a description', () => {
    const two = 'Senator Ann Cole and Senator Raj Patel toured the harbour.\n"The pier must stay open," the senator said.';
    assert.deepEqual(attributed(two), [['the senator', 'speaker.description']]);
    const indefinite = 'Senator Ann Cole toured the harbour.\n"The pier must stay open," a senator said.';
    assert.deepEqual(attributed(indefinite), [['a senator', 'speaker.description']]);
  });

  it('a vice president is no president', () => {
    const text = 'Vice President Raj Patel toured the harbour.\n"The pier must stay open," the president said.';
    assert.deepEqual(attributed(text), [['the president', 'speaker.description']]);
  });
});
