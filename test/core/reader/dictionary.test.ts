import * as assert from 'node:assert/strict';
import { analyze, applyAnnotations, applyDictionary, Dictionary, DictionaryEntry, makeAnchor, parseDictionary } from '../../../src/core';

const TEXT = 'Mayor Dana Ortiz met the Harbor Trust board in Lisbon on Monday.\n\n'
  + '"We will not sell the pier," Ortiz said. North Ridge Partners backed her.\n\n'
  + 'Harbor Trust kept quiet. "The talks go on," said Vance.\n';

const dict = (...entries: DictionaryEntry[]): Dictionary => ({ format: 'news-lens-dictionary', version: 1, entries });
const mentionsOf = (a: ReturnType<typeof analyze>, name: string) => a.entities.find((e) => e.name === name)?.mentions.map((m) => m.text) ?? [];

describe('reader/dictionary: parsing', function () {
  it('reads a valid dictionary', function () {
    const r = parseDictionary(JSON.stringify(dict({ text: 'Harbor Trust', kind: 'organization', note: 'the port owner' })));
    assert.ok('dictionary' in r);
    assert.equal(r.dictionary.entries.length, 1);
  });

  it('reports broken JSON with its line and column', function () {
    const r = parseDictionary('{\n  "format": "news-lens-dictionary",\n  "version": 1,\n  "entries": [ {"text": "Harbor Trust",, } ]\n}\n');
    assert.ok('error' in r);
    assert.equal(r.error.line, 4);
    assert.ok(r.error.column > 10, `column ${r.error.column}`);
    assert.match(r.error.message, /not valid JSON/);
  });

  it('reports a bad entry with the line the entry starts on', function () {
    const json = '{\n  "format": "news-lens-dictionary",\n  "version": 1,\n  "entries": [\n    {"text": "Harbor Trust", "kind": "organization"},\n    {"text": "Cod Wars", "kind": "battle"}\n  ]\n}\n';
    const r = parseDictionary(json);
    assert.ok('error' in r);
    assert.deepEqual([r.error.line, r.error.column], [6, 5]);
    assert.match(r.error.message, /entry 2: "kind" must be one of/);
  });

  it('refuses a file that is not a dictionary, or from a newer version', function () {
    assert.ok('error' in parseDictionary('{"format": "something-else", "version": 1, "entries": []}'));
    const newer = parseDictionary('{"format": "news-lens-dictionary", "version": 9, "entries": []}');
    assert.ok('error' in newer && /newer/.test(newer.error.message));
  });
});

describe('reader/dictionary: applying', function () {
  it('marks every occurrence of an entity entry, with the dictionary rule', function () {
    const a = applyDictionary(TEXT, analyze(TEXT), dict({ text: 'Harbor Trust', kind: 'organization' }));
    const e = a.entities.find((x) => x.name === 'Harbor Trust');
    assert.equal(e?.kind, 'organization');
    assert.equal(e?.mentions.length, 2);
    assert.ok(e?.mentions.every((m) => m.rule === 'dictionary.entity'));
  });

  it('removes every mention of a not-entity entry', function () {
    const auto = analyze(TEXT);
    assert.equal(mentionsOf(auto, 'Harbor Trust').length, 2, 'the analysis found both');
    const a = applyDictionary(TEXT, auto, dict({ text: 'harbor trust', notEntity: true }));
    assert.ok(!a.entities.some((e) => e.mentions.some((m) => m.text === 'Harbor Trust')));
  });

  it('resolves an alias to its entity everywhere, and quotes follow', function () {
    const auto = analyze(TEXT);
    assert.equal(auto.quotes[1].speaker, 'Vance', 'the analysis knows only the surname');
    const a = applyDictionary(TEXT, auto, dict({ alias: 'Vance', name: 'Omar Vance', kind: 'person' }));
    assert.deepEqual(mentionsOf(a, 'Omar Vance'), ['Vance'], '"Vance" is a mention of Omar Vance');
    assert.ok(!a.entities.some((e) => e.name === 'Vance'), 'the surname-only entity is gone');
    assert.equal(a.quotes[0].speaker, 'Dana Ortiz');
    assert.equal(a.quotes[1].speaker, 'Omar Vance');
    assert.equal(a.quotes[1].speakerRule, 'dictionary.alias');
  });

  it('is case-insensitive unless the entry says otherwise', function () {
    const text = 'The Pier Fund paid. Everyone loves the pier fund here.\n';
    assert.equal(mentionsOf(applyDictionary(text, analyze(text), dict({ text: 'Pier Fund', kind: 'organization' })), 'Pier Fund').length, 2);
    assert.equal(mentionsOf(applyDictionary(text, analyze(text), dict({ text: 'Pier Fund', kind: 'organization', caseSensitive: true })), 'Pier Fund').length, 1);
  });

  it('matches whole words only, longest entry first', function () {
    const text = 'Harbor Trust Bank lent money to Harbor Trustees Ltd.\n';
    const a = applyDictionary(text, analyze(text), dict({ text: 'Harbor Trust', kind: 'organization' }, { text: 'Harbor Trust Bank', kind: 'organization' }));
    assert.deepEqual(mentionsOf(a, 'Harbor Trust Bank'), ['Harbor Trust Bank']);
    assert.deepEqual(mentionsOf(a, 'Harbor Trust'), []);
  });

  it("loses to the reader's own annotation on the same words", function () {
    const withDict = applyDictionary(TEXT, analyze(TEXT), dict({ text: 'Harbor Trust', kind: 'organization' }));
    assert.equal(mentionsOf(withDict, 'Harbor Trust').length, 2);
    const at = TEXT.indexOf('Harbor Trust');
    const read = applyAnnotations(TEXT, withDict, [{ id: 'a1', created: '2026-01-01T00:00:00Z', anchor: makeAnchor(TEXT, at, at + 12), action: { type: 'entity', kind: 'event', name: 'Harbor Trust sale' } }]);
    assert.equal(read.entities.find((e) => e.name === 'Harbor Trust sale')?.kind, 'event');
    assert.equal(mentionsOf(read, 'Harbor Trust').length, 1, 'the other occurrence keeps the dictionary kind');
  });

  it('changes nothing without entries', function () {
    const auto = analyze(TEXT);
    assert.equal(applyDictionary(TEXT, auto, dict()), auto);
  });
});

describe('reader/dictionary: the JSON schema VS Code checks the file with', function () {
  // the schema ships in the .vsix; contributes.jsonValidation points VS Code at it
  const schema = require('../../../schemas/dictionary.schema.json');
  it('knows the same kinds and format as the reader', function () {
    const { ENTITY_KINDS, DICTIONARY_FORMAT, DICTIONARY_VERSION } = require('../../../src/core');
    assert.deepEqual(schema.definitions.kind.enum, [...ENTITY_KINDS]);
    assert.equal(schema.properties.format.const, DICTIONARY_FORMAT);
    assert.equal(schema.properties.version.const, DICTIONARY_VERSION);
  });
});
