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
});
