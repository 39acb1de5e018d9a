import * as assert from 'node:assert/strict';
import { analyze, entity, mentions, named } from './helpers';

describe('people', () => {
  it('finds the full name behind a title', () => {
    const a = analyze('The talks were hard, and Secretary of State John Kerry said so to the press on the way out.');
    assert.deepEqual(named(a, 'person'), ['John Kerry']);
    assert.deepEqual(mentions(a, 'person'), ['John Kerry']);
  });

  it('splits a country adjective and a title from the name', () => {
    const a = analyze('On the same day, the Russian Foreign Minister Sergey Lavrov met with the others in the city.');
    assert.deepEqual(named(a, 'person'), ['Sergey Lavrov']);
    assert.deepEqual(named(a, 'country'), ['Russia']);
  });

  it('does not take a title alone for a person', () => {
    const a = analyze('The President said nothing, and the Minister was not there at all that day.');
    assert.deepEqual(named(a, 'person'), []);
  });

  it('keeps hyphenated names and lower-case particles', () => {
    const a = analyze('In the end, Jean-Marc Ayrault spoke with Staffan de Mistura about the plan for the city.');
    assert.deepEqual(named(a, 'person'), ['Jean-Marc Ayrault', 'Staffan de Mistura']);
  });

  it('leaves the possessive out of the mention', () => {
    const a = analyze('After the meeting, Kerry’s aides and John Kerry himself went back to the hotel.');
    const kerry = entity(a, 'person', 'John Kerry');
    assert.ok(kerry);
    assert.deepEqual(kerry.mentions.map((m) => m.text), ['Kerry', 'John Kerry']);
  });

  it('accepts surnames that are also English words after a first name or a title', () => {
    const a = analyze('In the first half, Marcus Berg missed a chance.\nLater, Prime Minister John Key said the flag should change.');
    assert.deepEqual(named(a, 'person'), ['Marcus Berg', 'John Key']);
  });

  it('resolves a later surname to the full name met before it', () => {
    const a = analyze('John Kerry arrived in the morning with his staff.\nKerry said little to the people who waited there.');
    const kerry = entity(a, 'person', 'John Kerry');
    assert.ok(kerry);
    assert.equal(kerry.mentions.length, 2);
    assert.equal(a.entities.filter((e) => e.kind === 'person').length, 1);
  });

  it('resolves an honorific form to the full name', () => {
    const a = analyze('John Key spoke first at the meeting in the town hall.\nMr Key promoted the campaign, and Mr. Key was cheered by the crowd.');
    const key = entity(a, 'person', 'John Key');
    assert.ok(key);
    assert.equal(key.mentions.length, 3);
  });

  it('resolves a surname that is also a place name to the person', () => {
    const a = analyze('Valeska Paris was born in a small town near the lake.\nLater, Paris left the ship after a fight with the crew.');
    assert.deepEqual(named(a, 'person'), ['Valeska Paris']);
    assert.equal(entity(a, 'person', 'Valeska Paris')?.mentions.length, 2);
  });

  it('takes an all-caps dateline for a place, not a person', () => {
    const a = analyze('NEW YORK (AP) — The United States and Russia ended the talks on Thursday.');
    assert.deepEqual(named(a, 'person'), []);
    assert.deepEqual(named(a, 'organization'), ['AP']);
    assert.deepEqual(named(a, 'country'), ['United States', 'Russia']);
  });

  it('splits "X of the Y Party" into a person and an organization', () => {
    const a = analyze('In that district, Claudia Mo of the Civic Party and Gary Chan of DAB were elected with many votes.');
    assert.deepEqual(named(a, 'person'), ['Claudia Mo', 'Gary Chan']);
    assert.deepEqual(named(a, 'organization'), ['Civic Party', 'DAB']);
  });
});

describe('countries', () => {
  it('makes one country of U.S., US, United States and America', () => {
    const a = analyze('The United States said the U.S. plan was fine.\nOfficials in the US and in America agreed with it.');
    assert.deepEqual(named(a, 'country'), ['United States']);
    assert.deepEqual(mentions(a, 'country'), ['United States', 'U.S.', 'US', 'America']);
  });

  it('counts demonyms and hyphenated adjectives', () => {
    const a = analyze('The Syrian army and the Russian-backed forces moved into the city on the same day.');
    assert.deepEqual(named(a, 'country'), ['Syria', 'Russia']);
    assert.deepEqual(mentions(a, 'country'), ['Syrian', 'Russian']);
  });

  it('does not take U.N. for a country', () => {
    const a = analyze('The U.N. said that the aid would arrive in the city by the end of the week.');
    assert.deepEqual(named(a, 'country'), []);
    assert.deepEqual(named(a, 'organization'), ['U.N.']);
  });

  it('finds a multi-word country at the start of a sentence', () => {
    const a = analyze('New Zealand will hold two votes on the flag.\nNorth Korea said it was ready for war with the south.');
    assert.deepEqual(named(a, 'country'), ['New Zealand', 'North Korea']);
  });

  it('counts a country named before an organization, apart from the organization name', () => {
    const a = analyze('The study was paid for by the US National Science Foundation and was published last week.');
    assert.deepEqual(named(a, 'organization'), ['National Science Foundation']);
    assert.deepEqual(named(a, 'country'), ['United States']);
  });

  it('keeps capitals as places, not as the government of the country', () => {
    const a = analyze('In the end, Washington said the plan had failed, and Moscow agreed with that view.');
    assert.deepEqual(named(a, 'country'), []);
  });

  it('takes countries on either side of a score line for national teams', () => {
    const a = analyze('In the first game of the day, Belgium 3 – 0 Panama was the final score.\nBelgium had the ball most of the time, and the Belgians won.');
    assert.deepEqual(named(a, 'country'), []);
    assert.deepEqual(named(a, 'organization'), ['Belgium', 'Panama']);
    assert.equal(entity(a, 'organization', 'Belgium')?.mentions.length, 3);
  });
});

describe('organizations', () => {
  it('finds groups, fronts, al- names, acronyms and ministries', () => {
    const a = analyze(
      'Fighters of the Islamic State group and the Nusra Front, once part of al-Qaida, were hit.\n' +
      'The Russian Defense Ministry said so, and the news was reported by the AP and by a man at Microsoft.',
    );
    const orgs = named(a, 'organization');
    for (const o of ['Islamic State', 'Nusra Front', 'al-Qaida', 'Russian Defense Ministry', 'AP']) assert.ok(orgs.includes(o), `${o} in ${orgs.join(', ')}`);
    assert.ok(!named(a, 'person').includes('Microsoft'));
  });

  it('joins a possessive inside an organization name', () => {
    const a = analyze('The commanders of the Korean People’s Army were sent to the front on that day.');
    assert.deepEqual(named(a, 'organization'), ['Korean People’s Army']);
  });

  it('takes "the Church" alone for an institution', () => {
    const a = analyze('She said she left the ship, and the Church denied all of her claims the next day.');
    assert.deepEqual(named(a, 'organization'), ['Church']);
  });

  it('takes a job noun before a name for a title, and the acronym before it for an organization', () => {
    const a = analyze('At the ceremony, NASA Administrator Charles Bolden announced where the shuttles would go.');
    assert.deepEqual(named(a, 'person'), ['Charles Bolden']);
    assert.deepEqual(named(a, 'organization'), ['NASA']);
  });
});

describe('events', () => {
  it('finds named events', () => {
    const a = analyze('His father fought in World War II, and he spoke on the sidelines of the Lantern Festival that year.');
    assert.deepEqual(named(a, 'event'), ['World War II', 'Lantern Festival']);
  });

  it('finds events named by a name or a date and a common noun', () => {
    const a = analyze('Both sides had agreed to the Sept. 9 truce, and the Iran nuclear deal was not on the table.');
    assert.deepEqual(mentions(a, 'event'), ['Sept. 9 truce', 'Iran nuclear deal']);
  });

  it('does not take a generic noun alone for an event', () => {
    const a = analyze('The talks went on for hours, and the meeting ended without a deal.');
    assert.deepEqual(named(a, 'event'), []);
  });
});
