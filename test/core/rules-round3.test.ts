/** One short test per rule of the third accuracy round: a real English dictionary (SCOWL) and more
 *  first names tell names from words; countries by their short names and inside other names. */
import * as assert from 'node:assert/strict';
import { analyze, mentions, named } from './helpers';

describe('person rules (round 3)', () => {
  it('two English words are no person ("Civic Passion", "Insurgency Wiki")', () => {
    const a = analyze('Cheng Chung-tai of Civic Passion won a seat. The post appeared on Insurgency Wiki on Monday.');
    assert.deepEqual(named(a, 'person'), ['Cheng Chung-tai']);
  });

  it('a first name from the wider name lists opens a person ("Helmut Newton")', () => {
    assert.deepEqual(named(analyze('The show includes prints by Helmut Newton and others.'), 'person'), ['Helmut Newton']);
  });

  it('a hyphenated given name that is no English compound ("Wu Chi-wai")', () => {
    assert.deepEqual(named(analyze('Wu Chi-wai of the Democratic Party kept his seat.'), 'person'), ['Wu Chi-wai']);
  });

  it('a first name before a place word that is no surname stays a place ("Adler Planetarium")', () => {
    const a = analyze('The trainer will be given to the Adler Planetarium in Chicago.');
    assert.deepEqual(named(a, 'person'), []);
  });

  it('a first name that is also a town, before a comma and a country, is the town', () => {
    const a = analyze('Manju Sam, 36, from Sydney, Australia, is on trial.');
    assert.deepEqual(named(a, 'person'), ['Manju Sam']);
  });

  it('an unknown run stays whole, so the article can name it an organization elsewhere ("the Sea Org")', () => {
    const a = analyze('He left the Sea Org group in 2004. The Sea Org requires members to sign a contract. She joined the Sea Org at 14.');
    assert.deepEqual(named(a, 'person'), []);
    assert.deepEqual(mentions(a, 'organization'), ['Sea Org', 'Sea Org', 'Sea Org']);
  });
});

describe('country rules (round 3)', () => {
  it('a short name inside an official form names the country ("Republic of Turkey" → Turkey)', () => {
    assert.deepEqual(mentions(analyze('Saudi Arabia and Iran, and Turkey and the Kurds met.'), 'country'), ['Saudi Arabia', 'Iran', 'Turkey']);
  });

  it('a compass word alone stands for the country it opens ("North and South Korea", "into the North")', () => {
    const a = analyze('Shells were exchanged by North and South Korea. Seoul sent leaflets into the North. The South fired back.');
    assert.deepEqual(mentions(a, 'country'), ['North', 'North', 'South Korea', 'South']);
    assert.deepEqual(named(a, 'country'), ['North Korea', 'South Korea']);
  });

  it('"the South" stays nothing when the article names no country it opens', () => {
    assert.deepEqual(mentions(analyze('Storms hit the South on Monday.'), 'country'), []);
  });

  it('a region is no country ("North America", "Latin America")', () => {
    assert.deepEqual(mentions(analyze('Sales rose in North America and Latin America.'), 'country'), []);
  });

  it('every country of a hyphenated compound ("U.S.-Russian")', () => {
    assert.deepEqual(mentions(analyze('The plan hinges on a U.S.-Russian military partnership.'), 'country'), ['U.S.', 'Russian']);
  });

  it('a country after an institution\'s "of" is mentioned; the institution is an organization', () => {
    const a = analyze('Volunteer organization Comic Corps of Canada collects comics. It was published in the Medical Journal of Australia.');
    assert.deepEqual(named(a, 'organization'), ['Comic Corps of Canada', 'Medical Journal of Australia']);
    assert.deepEqual(mentions(a, 'country'), ['Canada', 'Australia']);
  });

  it('a demonym opening an institution\'s name is part of it ("British Red Cross")', () => {
    const a = analyze('It was backed by the British Red Cross in 2021. The Italian Supreme Court of Cassation ruled.');
    assert.deepEqual(named(a, 'organization'), ['British Red Cross', 'Italian Supreme Court of Cassation']);
    assert.deepEqual(mentions(a, 'country'), []);
  });
});
