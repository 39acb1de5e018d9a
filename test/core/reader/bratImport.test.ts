import * as assert from 'node:assert/strict';
import { analyze, applyAnnotations, fromBrat, makeAnchor, toBrat, UserAnnotation } from '../../../src/core';

const TEXT = 'Dana Ortiz, the mayor of Port Lyle, spoke in Lisbon.\n\n"The pier stays open," Ortiz said. '
  + 'An aide added: "Nobody asked us." The Harbor Trust said nothing. 🚢 "We sail at dawn," said Raj Patel.\n';
const EMPTY = { entities: [], quotes: [], scareQuotes: [] };
const at = (words: string) => TEXT.indexOf(words);

describe('reader/bratImport', function () {
  it('round-trips: export, then import, gives the same entities, quotes, speakers and notes', function () {
    const auto = analyze(TEXT);
    const noteAt = at('Port Lyle');
    const note: UserAnnotation = { id: 'n1', created: '2026-01-01T00:00:00Z', anchor: makeAnchor(TEXT, noteAt, noteAt + 9), action: { type: 'note', note: 'check the spelling\twith the desk' } };
    const annotated = applyAnnotations(TEXT, auto, [note]);
    const imported = fromBrat(TEXT, toBrat(TEXT, annotated));
    assert.deepEqual(imported.problems, []);
    const again = applyAnnotations(TEXT, EMPTY, imported.annotations);
    const shape = (a: typeof again) => ({
      entities: a.entities.map((e) => `${e.kind}:${e.name}:${e.mentions.map((m) => `${m.start}-${m.end}`).join(',')}`).sort(),
      quotes: a.quotes.map((q) => `${q.start}-${q.end}:${q.speaker}:${q.speakerDescription ?? ''}`),
      notes: a.notes.map((n) => `${n.start}-${n.end}:${n.note}`),
    });
    const want = shape(annotated);
    assert.ok(want.quotes.length >= 3 && want.entities.length >= 3, 'the article has quotes and entities to round-trip');
    assert.deepEqual(want.notes, [`${noteAt}-${noteAt + 9}:check the spelling\twith the desk`]);
    // a note travels on one line: its tab becomes a space
    assert.deepEqual(shape(again), { ...want, notes: [`${noteAt}-${noteAt + 9}:check the spelling with the desk`] });
  });

  it('counts code points, so a span after an emoji lands on the right words', function () {
    const quote = TEXT.indexOf('"We sail');
    const cp = [...TEXT.slice(0, quote)].length;
    const ann = `T1\tQuote ${cp} ${cp + 18}\t"We sail at dawn,"\nT2\tPerson ${cp + 24} ${cp + 33}\tRaj Patel\nR1\tSaidBy Arg1:T1 Arg2:T2\n`;
    const r = fromBrat(TEXT, ann);
    assert.deepEqual(r.problems, []);
    const a = applyAnnotations(TEXT, EMPTY, r.annotations);
    assert.equal(TEXT.slice(a.quotes[0].start, a.quotes[0].end), '"We sail at dawn,"');
    assert.equal(a.quotes[0].speaker, 'Raj Patel');
  });

  it('reports a line whose text does not match the article, and imports the rest', function () {
    const ann = 'T1\tPerson 0 10\tDana Ortiz\nT2\tOrganization 5 10\tHarbor Trust\nT3\tCountry 999 1003\tPeru\ngarbage line\nT4\tWeapon 0 4\tDana\n';
    const r = fromBrat(TEXT, ann);
    assert.equal(r.annotations.length, 1);
    assert.deepEqual(r.problems.map((p) => p.line), [2, 3, 4, 5]);
    assert.match(r.problems[0].message, /the article has "Ortiz" at these offsets, not "Harbor Trust"/);
  });

  it('reads unnamed sources and unattributed quotes from the speaker notes', function () {
    const q = at('"Nobody asked us."');
    const ann = `T1\tQuote ${q} ${q + 18}\t"Nobody asked us."\n#1\tAnnotatorNotes T1\tspeaker: unnamed (an aide)\n`;
    const a = applyAnnotations(TEXT, EMPTY, fromBrat(TEXT, ann).annotations);
    assert.equal(a.quotes[0].speaker, null);
    assert.equal(a.quotes[0].speakerDescription, 'an aide');
  });
});
