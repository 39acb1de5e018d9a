import * as assert from 'node:assert/strict';
import { analyze } from './helpers';

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker);

describe('speakers', () => {
  it('X said', () => {
    assert.deepEqual(speakers('John Kerry came late to the meeting.\n"We are ready," Kerry said.'), ['John Kerry']);
  });

  it('said X', () => {
    assert.deepEqual(speakers('"We are ready," said Dana Ortiz, the new harbour master.'), ['Dana Ortiz']);
  });

  it('X told reporters', () => {
    const a = analyze('Sergey Lavrov told reporters, "We will see what happens next."');
    assert.equal(a.quotes[0].speaker, 'Sergey Lavrov');
    assert.equal(a.quotes[0].verb, 'told reporters');
  });

  it('according to X', () => {
    const a = analyze('"The deal is dead," according to Sergey Lavrov, who spoke late at night.');
    assert.equal(a.quotes[0].speaker, 'Sergey Lavrov');
    assert.equal(a.quotes[0].verb, 'according to');
  });

  it('X said in a statement', () => {
    assert.deepEqual(speakers('Mary Smith said in a written note, "Our doors stay open."'), ['Mary Smith']);
  });

  it('X added', () => {
    assert.deepEqual(speakers('"It will take time," Mary Smith added.'), ['Mary Smith']);
  });

  it('a speaker before a colon', () => {
    assert.deepEqual(speakers('Mary Smith was clear about the plan: "We will not stop now."'), ['Mary Smith']);
  });

  it('a pronoun, resolved to the last person named', () => {
    assert.deepEqual(speakers('Mary Smith arrived on Monday with her team.\n"We are here to help," she said.'), ['Mary Smith']);
  });

  it('a quote in the next sentence continues the speaker', () => {
    const a = analyze('"We are ready," Mary Smith said. "We have been ready for weeks."');
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Mary Smith', 'Mary Smith']);
  });

  it('a quote in the next paragraph continues the speaker', () => {
    const a = analyze('"We are ready," Mary Smith said on Monday.\n\n"We have been ready for weeks."');
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Mary Smith', 'Mary Smith']);
  });

  it('a description gives a null speaker and the description', () => {
    for (const text of ['"It is over," the official said.', '"It is over," a spokesman said.']) {
      const q = analyze(text).quotes[0];
      assert.equal(q.speaker, null);
      assert.equal(q.speakerId, null);
      assert.ok(q.speakerDescription && /official|spokesman/.test(q.speakerDescription), text);
    }
  });

  it('prefers the person a description stands in apposition to', () => {
    assert.deepEqual(speakers('Tova Lindqvist, associate dean of the dental school, said, "It was a new idea."'), ['Tova Lindqvist']);
  });

  it('a name after a dash that follows the quote', () => {
    assert.deepEqual(speakers('Odile Ferrante wrote about the site.\n\n"So far, it is a slow climb." - Odile Ferrante'), ['Odile Ferrante']);
  });

  it('resolves to the canonical full name and its id', () => {
    const a = analyze('Harbour Commissioner Bruno Kessel met the press in the hall.\n"We are ready," Mr. Kessel said.');
    const kerry = a.entities.find((e) => e.name === 'Bruno Kessel');
    assert.ok(kerry);
    assert.equal(a.quotes[0].speaker, 'Bruno Kessel');
    assert.equal(a.quotes[0].speakerId, kerry.id);
  });
});
