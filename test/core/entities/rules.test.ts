/** One test per entity rule: the rule's own example sentence (written for the project) is analysed
 *  and the mention the rule decides is checked by its kind, its text and the rule it records. Rules
 *  that decide places, craft or words that name nothing shown are checked by what they keep out. */
import * as assert from 'node:assert/strict';
import { allRules } from '../../../src/core';
import { analyze } from '../helpers';

/** Rule id → the mention its example yields: kind and text, or 'none' when the text must be no
 *  person, organization, country or event (places, craft, the parts a split throws away). */
const EXPECTED: Record<string, [kind: string, text: string]> = {
  'split.the-before-country': ['country', 'Philippines'],
  'split.trailing-weekday': ['organization', 'Harbour Council'],
  'split.credit-label': ['none', 'Photo'],
  'split.leading-month': ['organization', 'Harbour Times'],
  'split.two-acronyms': ['organization', 'AP'],
  'country.all-caps': ['country', 'NEW ZEALAND'],
  'place.caps-line': ['none', 'PORT ELLEN'],
  'place.craft-name': ['none', 'Kelpie'],
  'place.start-or-compass': ['none', 'Mount Kessock'],
  'place.town-comma-region': ['none', 'Dunmore'],
  'split.party-state': ['none', 'D-Vt.'],
  'split.of-country': ['country', 'Norway'],
  'split.person-of': ['person', 'Tomas Erlich'],
  'org.head-noun': ['organization', 'Fisheries Directorate Council'],
  'org.start-of': ['organization', 'University of Eastmoor'],
  'org.head-before-of': ['organization', 'Marine Agency for Coastal Research'],
  'org.known-name': ['organization', 'Microsoft'],
  'org.ampersand': ['organization', 'Hale & Dorn'],
  'org.airline': ['organization', 'Air Chile'],
  'place.river-bank': ['none', 'East Bank'],
  'org.company-noun': ['organization', 'Vantor'],
  'org.based-name': ['organization', 'Vantor'],
  'org.plural-nickname': ['organization', 'Herons'],
  'org.after-kind-noun': ['organization', 'Kestrel'],
  'org.trailer': ['organization', 'Red Dawn'],
  'place.head-noun': ['none', 'Redmoor Stadium'],
  'event.head-noun': ['event', 'Lantern Harbour Festival'],
  'person.titled-name': ['person', 'Ilse Brandvold'],
  'place.region': ['none', 'Central America'],
  'person.name-with-country': ['person', 'Tomas Jordan'],
  'country.name': ['country', 'Norway'],
  'country.code': ['country', 'U.S.'],
  'country.demonym': ['country', 'Chilean'],
  'country.hyphen-compound': ['country', 'Peruvian'],
  'place.dateline': ['none', 'DUNMORE'],
  'place.caps-word': ['none', 'OSLO'],
  'org.acronym': ['organization', 'KVPA'],
  'org.head-alone': ['organization', 'Court'],
  'place.known': ['none', 'Oslo'],
  'org.acronym-with-words': ['organization', 'BBC Arabic'],
  'org.company-product': ['organization', 'Microsoft'],
  'person.leads-administration': ['person', 'Varga'],
  'org.arabic-article': ['organization', 'al-Rashad'],
  'person.namesake': ['person', 'Anna Kowalczyk'],
  'country.inside-name': ['country', 'Norway'],
  'country.legal-form': ['no-country', 'S.A.'],
  'country.people-not-state': ['no-country', 'Palestinian'],
  'country.event-series': ['no-country', 'Chile'],
  'person.caps-line': ['person', 'MARTA VILKS'],
  'person.first-name': ['person', 'Marta Vilks'],
  'person.first-name-before-place-word': ['unblocks-person', 'Anna Hill'],
  'person.word-first-name': ['person', 'Dean Vorhaus'],
  'person.word-name-opens': ['person', 'Guy Marlow'],
  'person.surname-speaks': ['person', 'Lark'],
  'person.name-shape': ['person', 'Okonkwo Adebayo'],
  'unknown.no-evidence': ['none', 'Quiet Hours'],
  'team.score-line': ['organization', 'Kilbride'],
  'team.tally-line': ['organization', 'Kilbride'],
  'team.national-side': ['organization', 'Chile'],
  'team.innings-tally': ['unblocks-organization', 'Dunmore'],
  'team.place-side': ['organization', 'Bergen'],
  'team.match-verb': ['organization', 'Dunmore'],
  'org.news-source': ['organization', 'Kestrel'],
  'org.news-source-the': ['organization', 'Harbour Valley Sun'],
  'country.compass-pair': ['country', 'North'],
  'country.compass-alone': ['country', 'South'],
  'country.bare-code': ['country', 'NZ'],
  'country.letter-code': ['organization', 'NOR'],
  'event.noun-phrase': ['event', 'Harbour Council strike'],
  'alias.same-name-kind': ['organization', 'Quiet Hours'],
  'alias.legal-suffix': ['organization', 'Vantor'],
  'alias.dotted-suffix': ['organization', 'Velmora'],
  'alias.surname': ['person', 'Vilks'],
  'alias.surname-then-words': ['person', 'Vilks'],
  'alias.lone-person': ['person', 'Okafor'],
  'alias.family-member': ['person', 'Ilze Bird'],
  'alias.country-surname': ['person', 'Jordan'],
};

const entityRules = allRules().filter((r) => r.table.startsWith('entities'));

describe('entity rules, one example each', () => {
  it('every entity rule has a test here', () => {
    assert.deepEqual(entityRules.map((r) => r.id).filter((id) => !EXPECTED[id]), []);
  });

  for (const rule of entityRules) {
    const expected = EXPECTED[rule.id];
    if (!expected) continue;
    const [kind, text] = expected;
    it(`${rule.id}: ${rule.example}`, () => {
      const mentions = analyze(rule.example).entities.flatMap((e) => e.mentions.map((m) => ({ ...m, kind: e.kind })));
      // a rule that keeps a country out: none with the rule on, one with it off
      if (kind === 'no-country') {
        const at = rule.example.indexOf(text);
        const countryOver = (ms: typeof mentions) => ms.filter((m) => m.kind === 'country' && m.start < at + text.length && m.end > at);
        assert.deepEqual(countryOver(mentions).map((m) => m.text), []);
        const off = analyze(rule.example, { disabledRules: new Set([rule.id]) }).entities.flatMap((e) => e.mentions.map((m) => ({ ...m, kind: e.kind })));
        assert.equal(countryOver(off).length, 1, 'switched off, the country is back');
        return;
      }
      // a rule that keeps another rule from taking a person's name: the person only with the rule on
      // (or an organization: evidence that lets other rules decide, as a cricket tally makes a match report)
      if (kind === 'unblocks-person' || kind === 'unblocks-organization') {
        const unblocked = kind === 'unblocks-person' ? 'person' : 'organization';
        const off = analyze(rule.example, { disabledRules: new Set([rule.id]) }).entities.flatMap((e) => e.mentions.map((m) => ({ ...m, kind: e.kind })));
        assert.ok(mentions.some((m) => m.kind === unblocked && m.text === text), `expected ${unblocked} "${text}"; got ${JSON.stringify(mentions.map((m) => [m.kind, m.text]))}`);
        assert.ok(!off.some((m) => m.kind === unblocked && m.text === text), `switched off, no ${unblocked}`);
        return;
      }
      if (kind === 'none') {
        const at = rule.example.indexOf(text);
        assert.ok(at >= 0, `"${text}" is in the example`);
        const over = mentions.filter((m) => m.start < at + text.length && m.end > at && m.kind !== 'country');
        assert.deepEqual(over.map((m) => `${m.kind}:${m.text}`), []);
        return;
      }
      // a split decides no kind: the parts it cuts are decided by later rules, and switching it off changes them
      if (rule.id.startsWith('split.')) {
        assert.ok(mentions.some((m) => m.kind === kind && m.text === text), `expected ${kind} "${text}"; got ${JSON.stringify(mentions.map((m) => [m.kind, m.text]))}`);
        const off = analyze(rule.example, { disabledRules: new Set([rule.id]) });
        assert.notDeepEqual(off.entities, analyze(rule.example).entities);
        return;
      }
      const decided = mentions.filter((m) => m.rule === rule.id);
      assert.ok(decided.some((m) => m.kind === kind && m.text === text),
        `expected ${kind} "${text}" by ${rule.id}; got ${JSON.stringify(mentions.map((m) => [m.kind, m.text, m.rule]))}`);
    });
  }

  it('a rule switched off decides nothing', () => {
    const a = analyze('Finance Minister Ilse Brandvold resigned on Monday.', { disabledRules: new Set(['person.titled-name']) });
    assert.ok(!a.entities.some((e) => e.mentions.some((m) => m.rule === 'person.titled-name')));
  });
});
