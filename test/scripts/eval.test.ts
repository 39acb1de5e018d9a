/** scripts/eval-report.mjs and eval-score.mjs, the arithmetic of `npm run eval -- --rules`: a rule's
 *  fired count and precision, the moves of the figures when it is off, and the verdict, on a
 *  hand-made gold article and hand-made predictions. */
import * as assert from 'node:assert/strict';
// @ts-ignore: a plain ES module of the scripts, bundled into the test by esbuild
import { annotatedKinds, deltas, measure, tallyRules, verdict } from '../../scripts/eval-report.mjs';
// @ts-ignore: as above
import { goldById } from '../../scripts/eval-score.mjs';

const TEXT = 'Dana Ortiz met Raj Patel at Velmora Bank. "We agree," Ortiz said. Nobody.';
/** The span of the words in TEXT. */
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });
const surname = { start: at('Ortiz said').start, end: at('Ortiz said').start + 'Ortiz'.length };

const goldRecord = {
  id: 'story', text: TEXT, quotes_annotated: true,
  entities: [
    { type: 'PERSON', named: true, form: 'name', ...at('Dana Ortiz'), name: 'Dana Ortiz' },
    { type: 'PERSON', named: true, form: 'name', ...at('Raj Patel'), name: 'Raj Patel' },
    { type: 'ORGANIZATION', named: true, form: 'name', ...at('Velmora Bank'), name: 'Velmora Bank' },
    { type: 'PERSON', named: true, form: 'name', ...surname, name: 'Dana Ortiz' },
  ],
  quotes: [{ ...at('We agree,'), speaker: 'Dana Ortiz', speaker_resolution: 'direct' }],
  scare_quotes: [],
};

/** A prediction: mention rules name who found what; the speaker rule names who found the speaker. */
function prediction(options: { bogusPerson: boolean; speaker: string | null }) {
  const persons = [
    { id: 'p1', kind: 'person', name: 'Dana Ortiz', mentions: [{ ...at('Dana Ortiz'), rule: 'person.full-name' }, { ...surname, rule: 'person.surname' }] },
    { id: 'p2', kind: 'person', name: 'Raj Patel', mentions: [{ ...at('Raj Patel'), rule: 'person.full-name' }] },
  ];
  if (options.bogusPerson) persons.push({ id: 'p3', kind: 'person', name: 'Nobody', mentions: [{ ...at('Nobody'), rule: 'person.lone-word' }] });
  return [{
    file: '/somewhere/story.txt',
    // the bank's name split in two: both halves overlap it, one is matched
    entities: [...persons, { id: 'o1', kind: 'organization', name: 'Velmora', mentions: [{ ...at('Velmora'), rule: 'organization.bank' }, { ...at('Bank.'), end: at('Bank.').end - 1, rule: 'organization.bank' }] }],
    quotes: [{ ...at('"We agree,"'), speaker: options.speaker, speakerRule: options.speaker ? 'speaker.said-name' : null }],
  }];
}

const gold = { all: { records: [goldRecord], byId: goldById([[goldRecord]]) } };

describe('scripts/eval-report.mjs (npm run eval -- --rules)', () => {
  it('counts what each rule fired and how much of it the gold bears out', () => {
    const records = prediction({ bogusPerson: true, speaker: 'Ortiz' });
    measure(gold, records, '/nowhere');
    const tally = tallyRules(records, annotatedKinds([goldRecord]));
    assert.deepEqual(Object.fromEntries(tally), {
      'person.full-name': { fired: 2, judged: 2, right: 2, matched: 2 },
      'person.surname': { fired: 1, judged: 1, right: 1, matched: 1 },
      'person.lone-word': { fired: 1, judged: 1, right: 0, matched: 0 },
      'organization.bank': { fired: 2, judged: 2, right: 2, matched: 1 },
      // matched to the gold quote, but "Ortiz" is not the full name the gold wants
      'speaker.said-name': { fired: 1, judged: 1, right: 0, matched: 0 },
    });
  });

  it('judges no kind the gold does not annotate', () => {
    const records = prediction({ bogusPerson: false, speaker: null });
    measure(gold, records, '/nowhere');
    const tally = tallyRules(records, new Set(['organization']));
    assert.deepEqual(tally.get('person.full-name'), { fired: 2, judged: 0, right: 0, matched: 0 });
  });

  it('scores as score.mjs does, and gives the moves of the figures when a rule is off', () => {
    const on = measure(gold, prediction({ bogusPerson: true, speaker: 'Dana Ortiz' }), '/nowhere').figures;
    // person: 3 of 4 predicted mentions right, all 3 gold found: P 0.75, R 1, F1 6/7
    assert.equal(on['person F1'], 6 / 7);
    // organization: 1 of 2 predicted mentions matched, the one gold name found: P 0.5, R 1, F1 2/3
    assert.equal(on['organization F1'], 2 / 3);
    assert.equal(on['speaker accuracy'], 1);
    const off = measure(gold, prediction({ bogusPerson: false, speaker: 'Dana Ortiz' }), '/nowhere').figures;
    const moved = deltas(on, off);
    assert.deepEqual(Object.keys(moved), ['person F1']);
    assert.ok(Math.abs(moved['person F1'] - 100 * (1 - 6 / 7)) < 1e-9);
  });

  // (that eval-score.mjs scores as the shared score.mjs and speakers.mjs do is checked where the
  // evaluation data is: every `npm run eval -- --rules` run compares the two before it reports)

  it('flags a rule that fires nowhere or whose removal only raises figures', () => {
    assert.match(verdict(0, { a: {} }), /fires nowhere/);
    assert.match(verdict(3, { a: { 'person F1': 14.3 } }), /candidate for removal/);
    assert.match(verdict(3, { a: { 'person F1': 1 }, b: { 'quote F1': -2 } }), /mixed/);
    assert.equal(verdict(3, { a: { 'person F1': -1 } }), '');
  });
});
