import * as assert from 'node:assert/strict';
import { allRules, analyze, applyAnnotations, makeAnchor, parseBrat, parseSidecar, reanchor, serializeSidecar, emptySidecar, toBrat, UserAnnotation, AnnotationAction } from '../../src/core';

const TEXT = 'Secretary of State John Kerry sat down with Sergey Lavrov in Geneva.\n\n"We are close," Lavrov said. The Blue Moon Society praised the talks.\n';

let n = 0;
function ann(text: string, words: string, action: AnnotationAction, nth = 0): UserAnnotation {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1);
  assert.ok(at >= 0, `"${words}" in the text`);
  return { id: `t${n++}`, created: new Date(2026, 0, 1, 0, 0, n).toISOString(), anchor: makeAnchor(text, at, at + words.length), action };
}

describe('annotations: the reader wins', function () {
  it('marks words as an entity of the chosen kind, replacing the automatic kind', function () {
    const a = applyAnnotations(TEXT, analyze(TEXT), [ann(TEXT, 'Blue Moon Society', { type: 'entity', kind: 'organization' }), ann(TEXT, 'Geneva', { type: 'entity', kind: 'event', name: 'Geneva talks' })]);
    const org = a.entities.find((e) => e.name === 'Blue Moon Society');
    assert.equal(org?.kind, 'organization');
    assert.equal(a.entities.filter((e) => e.mentions.some((m) => TEXT.slice(m.start, m.end) === 'Blue Moon Society')).length, 1);
    assert.equal(a.entities.find((e) => e.name === 'Geneva talks')?.kind, 'event');
  });

  it('suppresses an automatic entity with Not an Entity', function () {
    const auto = analyze(TEXT);
    assert.ok(auto.entities.some((e) => e.name === 'Sergey Lavrov'));
    const a = applyAnnotations(TEXT, auto, [ann(TEXT, 'Lavrov', { type: 'suppress' }, 1)]);
    const lavrov = a.entities.find((e) => e.name === 'Sergey Lavrov')!;
    assert.equal(lavrov.mentions.length, 1, 'one mention left, the suppressed one is gone');
  });

  it('marks a quote with a speaker and sets the speaker of an automatic quote', function () {
    const text = 'Kerry met Lavrov. He thought the visit "a good day" and left. "Fine," said Sergey Lavrov.';
    const marked = applyAnnotations(text, analyze(text), [ann(text, '"a good day"', { type: 'quote', speaker: 'Kerry' })]);
    const q = marked.quotes.find((x) => x.text === 'a good day')!;
    assert.equal(q.speaker, 'Kerry');
    const set = applyAnnotations(text, analyze(text), [ann(text, '"Fine,"', { type: 'speaker', speaker: null })]);
    assert.equal(set.quotes.find((x) => x.text.startsWith('Fine'))!.speaker, null);
  });

  it('records the reader as the rule of a marked mention and of a speaker the reader set', function () {
    const text = 'Harbor Trust bought the pier. "We will open it in May," Dana Ortiz said. "Soon," a guard added.';
    const auto = analyze(text);
    const a = applyAnnotations(text, auto, [
      ann(text, 'Harbor Trust', { type: 'entity', kind: 'organization' }),
      ann(text, '"Soon,"', { type: 'speaker', speaker: 'Dana Ortiz' }),
      ann(text, 'the pier', { type: 'quote', speaker: 'Dana Ortiz' }),
    ]);
    const trust = a.entities.find((e) => e.name === 'Harbor Trust')!;
    assert.deepEqual(trust.mentions.map((m) => m.rule), ['reader.annotation']);
    assert.equal(a.quotes.find((q) => q.text.startsWith('Soon'))!.speakerRule, 'reader.annotation');
    assert.equal(a.quotes.find((q) => q.text === 'the pier')!.speakerRule, 'reader.annotation');
    // the automatic decisions keep their own rule ids
    const auto1 = auto.quotes.find((q) => q.text.startsWith('We will'))!;
    assert.equal(a.quotes.find((q) => q.text.startsWith('We will'))!.speakerRule, auto1.speakerRule);
    // a quote the reader marks with no speaker records no speaker rule
    const none = applyAnnotations(text, auto, [ann(text, 'the pier', { type: 'quote', speaker: null })]);
    assert.equal(none.quotes.find((q) => q.text === 'the pier')!.speakerRule, null);
    assert.ok(allRules().some((r) => r.id === 'reader.annotation' && r.table === 'reader'));
  });

  it('merges one entity into another, and renames when the target does not exist', function () {
    const text = 'Kovac spoke first. Later Mirela Kovac, the minister, left. Kovac returned.';
    const auto = analyze(text);
    const names = auto.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    const a = applyAnnotations(text, auto, [{ id: 'm', created: '', action: { type: 'merge', kind: 'person', from: names[0], into: 'Mirela Kovac' } }]);
    assert.equal(a.entities.filter((e) => e.kind === 'person').length, 1);
    const r = applyAnnotations(text, auto, [{ id: 'r', created: '', action: { type: 'merge', kind: 'person', from: 'Mirela Kovac', into: 'Mirela Kovač' } }]);
    assert.ok(r.entities.some((e) => e.name === 'Mirela Kovač'));
  });

  it('places notes', function () {
    const a = applyAnnotations(TEXT, analyze(TEXT), [ann(TEXT, 'close', { type: 'note', note: 'check this' })]);
    assert.equal(a.notes.length, 1);
    assert.equal(TEXT.slice(a.notes[0].start, a.notes[0].end), 'close');
  });
});

describe('annotations: anchoring', function () {
  it('stays put when the text is unchanged, and follows the words after edits', function () {
    const a = makeAnchor(TEXT, TEXT.indexOf('Lavrov said'), TEXT.indexOf('Lavrov said') + 6);
    assert.deepEqual(reanchor(TEXT, a), { start: a.start, end: a.end });
    const edited = 'BREAKING. ' + TEXT.replace('in Geneva', 'in snowy Geneva');
    const moved = reanchor(edited, a)!;
    assert.equal(edited.slice(moved.start, moved.end), 'Lavrov');
    assert.equal(edited.slice(moved.end, moved.end + 5), ' said', 'the right Lavrov: the one the context names');
  });

  it('reports an annotation as orphaned when its words are gone', function () {
    const a = ann(TEXT, 'Blue Moon Society', { type: 'entity', kind: 'organization' });
    const edited = TEXT.replace('The Blue Moon Society praised the talks.', 'Nobody else spoke.');
    const r = applyAnnotations(edited, analyze(edited), [a]);
    assert.deepEqual(r.orphaned.map((o) => o.id), [a.id]);
  });
});

describe('sidecar files', function () {
  it('round-trips', function () {
    const s = { ...emptySidecar('a.txt'), annotations: [ann(TEXT, 'Geneva', { type: 'note', note: 'city' })] };
    const parsed = parseSidecar(serializeSidecar(s));
    assert.ok('sidecar' in parsed);
    assert.deepEqual(parsed.sidecar, s);
  });

  it('rejects damaged files and files from a newer version with a clear reason', function () {
    assert.match((parseSidecar('{oops') as { error: string }).error, /not valid JSON/);
    assert.match((parseSidecar('{"format":"other"}') as { error: string }).error, /not a News Lens annotation file/);
    const newer = parseSidecar(JSON.stringify({ format: 'news-lens-annotations', version: 99, annotations: [] })) as { error: string; newerVersion: boolean };
    assert.equal(newer.newerVersion, true);
    assert.match(newer.error, /newer News Lens/);
    assert.match((parseSidecar(JSON.stringify({ format: 'news-lens-annotations', version: 1, annotations: [{ id: 'x', action: { type: 'entity', kind: 'planet' }, anchor: { start: 0, end: 1, text: 'a', before: '', after: '' } }] })) as { error: string }).error, /unknown entity kind/);
  });
});

describe('brat export', function () {
  it('round-trips the spans of entities and quotes, with speakers', function () {
    const text = 'Lavrov arrived. "We are close," Sergey Lavrov said in Geneva 😀 today.\n"Really close," he added.';
    const analysis = analyze(text);
    const parsed = parseBrat(toBrat(text, analysis));
    const cps = [...text];
    const spanText = (f: { start: number; end: number }[]) => f.map((x) => cps.slice(x.start, x.end).join('')).join(' ');
    const mentions = analysis.entities.flatMap((e) => e.mentions);
    assert.equal(parsed.textBounds.filter((t) => t.type !== 'Quote').length, mentions.length);
    for (const t of parsed.textBounds) assert.equal(spanText(t.fragments), t.text, `${t.id} offsets are code points`);
    const quotes = parsed.textBounds.filter((t) => t.type === 'Quote');
    assert.equal(quotes.length, analysis.quotes.length);
    assert.deepEqual(quotes.map((q) => q.text), analysis.quotes.map((q) => text.slice(q.start, q.end)));
    // notes give a quote's speaker, or the entity's name where a mention spells it otherwise
    assert.ok(parsed.notes.every((nt) => /^(speaker|name): /.test(nt.text)));
    assert.ok(parsed.notes.some((nt) => nt.text === 'name: Sergey Lavrov'));
    assert.ok(parsed.relations.every((r) => r.type === 'SaidBy'));
  });

  it('splits a span across a line break into fragments', function () {
    const text = '"First paragraph.\n\n"Second paragraph," Kerry said.';
    const brat = toBrat(text, analyze(text));
    const q = parseBrat(brat).textBounds.find((t) => t.type === 'Quote')!;
    assert.equal(q.fragments.length, 2);
  });
});

describe('annotations: review state', function () {
  const text = '"The ferry runs late," Dana Ortiz said. "Again," she added. "Fix it," a passenger shouted.\n';
  it('records quotes the reader accepted, set a speaker for, or marked', function () {
    const auto = analyze(text);
    assert.equal(auto.quotes.length, 3);
    const q = (i: number) => auto.quotes[i];
    const a = applyAnnotations(text, auto, [
      { id: 'r1', created: '2026-01-01T00:00:00Z', anchor: makeAnchor(text, q(0).start, q(0).end), action: { type: 'review' } },
      { id: 'r2', created: '2026-01-01T00:00:01Z', anchor: makeAnchor(text, q(2).start, q(2).end), action: { type: 'speaker', speaker: null, description: 'a passenger' } },
    ]);
    assert.deepEqual(a.reviewed, [{ start: q(0).start, end: q(0).end }, { start: q(2).start, end: q(2).end }]);
    assert.equal(a.quotes[2].speakerDescription, 'a passenger');
    assert.equal(a.quotes[2].verb, undefined, 'no stale reporting verb after a correction');
  });

  it('keeps the group of annotations one command made, in the sidecar', function () {
    const s = emptySidecar('a.txt');
    s.annotations.push({ id: 'g1', created: '2026-01-01T00:00:00Z', group: 'all-1', anchor: makeAnchor(text, 0, 5), action: { type: 'review' } });
    const parsed = parseSidecar(serializeSidecar(s));
    assert.ok('sidecar' in parsed && parsed.sidecar.annotations[0].group === 'all-1');
  });
});
