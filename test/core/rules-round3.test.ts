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

describe('person rules (round 3): the article\'s own writing', () => {
  it('a surname that is also a word, at a sentence start, is the person the article named ("Hunt said")', () => {
    const a = analyze('Environment Minister Greg Hunt welcomed the finding. Hunt said the government would act.');
    assert.deepEqual(mentions(a, 'person'), ['Greg Hunt', 'Hunt']);
  });

  it('a prefix compound before a name is no part of it ("Co-author Jodi Rowley"); a short given name is ("Wong Pik-wan")', () => {
    const a = analyze('Co-author Jodi Rowley of the Australian Museum agreed. Claudia Mo and Wong Pik-wan of the Democratic Party won.');
    assert.deepEqual(named(a, 'person'), ['Jodi Rowley', 'Claudia Mo', 'Wong Pik-wan']);
    assert.deepEqual(named(a, 'organization'), ['Australian Museum', 'Democratic Party']);
  });
});

describe('person rules (round 3): namesakes, leaders, surnames', () => {
  it('a full name inside an institution\'s name is that person too, never its speaker', () => {
    const a = analyze('Polaroids came from the Andy Warhol Foundation. "We are proud," the Andy Warhol Foundation said.');
    assert.deepEqual(named(a, 'person'), ['Andy Warhol']);
    assert.deepEqual(named(a, 'organization'), ['Andy Warhol Foundation']);
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Andy Warhol Foundation']);
  });

  it('a lone name before "administration" is a person, and so are its other lone mentions', () => {
    const a = analyze('A senior Obama administration official spoke. Kerry and Obama\'s team were briefed. The Hamas government refused.');
    assert.deepEqual(mentions(a, 'person').sort(), ['Kerry', 'Obama', 'Obama']);
  });

  it('a titled name before "of" and a place is the person, not the place ("Minority Leader Chuck Schumer of New York")', () => {
    const a = analyze('Minority Leader Chuck Schumer of New York said his caucus had won. Schumer told reporters so.');
    assert.deepEqual(named(a, 'person'), ['Chuck Schumer']);
    assert.deepEqual(mentions(a, 'person'), ['Chuck Schumer', 'Schumer']);
  });

  it('a party and state tag after a lawmaker names nobody ("R-Ky.", "R-S.C.")', () => {
    const a = analyze('Senate Majority Leader Mitch McConnell, R-Ky., called it good. Sen. Lindsey Graham, R-S.C., agreed.');
    assert.deepEqual(named(a, 'person'), ['Mitch McConnell', 'Lindsey Graham']);
    assert.deepEqual(named(a, 'organization'), []);
  });

  it('"Chief Executive" is a title, no part of the name ("Chief Executive Tim Cook")', () => {
    assert.deepEqual(named(analyze('Chief Executive Tim Cook told analysts it had softened.'), 'person'), ['Tim Cook']);
  });

  it('a lone name after a title makes its later lone mentions that person', () => {
    const a = analyze('President Assad spoke on Monday. Critics of Assad were arrested.');
    assert.deepEqual(mentions(a, 'person'), ['Assad', 'Assad']);
  });

  it('a lone surname that SCOWL lists as a word is a person before a speech verb or "administration" ("Trump")', () => {
    const a = analyze('The Trump administration said it would act. Later Trump said so. Chrome continues to surge, and Police said so.');
    assert.deepEqual(mentions(a, 'person'), ['Trump', 'Trump']);
  });

  it('a first name that is also a word opens a name whose surname is no word ("Dean Kamen", "Bill Ingalls")', () => {
    const a = analyze('It was founded by Dean Kamen in 1989. Image: NASA Bill Ingalls. They walked down Hope Street.');
    assert.deepEqual(named(a, 'person'), ['Dean Kamen', 'Bill Ingalls']);
    assert.deepEqual(named(a, 'organization'), ['NASA']);
  });

  it('a known surname before other words is the surname alone ("the Warhol Polaroids")', () => {
    const a = analyze('Andy Warhol took the photos. The Warhol Polaroid exhibits toured. The Polaroid format made Warhol famous.');
    assert.deepEqual(mentions(a, 'person'), ['Andy Warhol', 'Warhol', 'Warhol']);
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

  it('two acronyms in a row, one dotted, are two names ("AP U.S. Secretary of State")', () => {
    const a = analyze('Photo via AP U.S. Secretary of State John Kerry, left, spoke.');
    assert.deepEqual(mentions(a, 'country'), ['U.S.']);
    assert.deepEqual(named(a, 'organization'), ['AP']);
    assert.deepEqual(named(a, 'person'), ['John Kerry']);
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

describe('organization and event rules (round 3): one entity for short and long forms', () => {
  it('a shorter form of a longer name is the same organization ("the Church", "the Supreme Court", "the Court")', () => {
    const a = analyze('The Church of Scientology sued. The Church said Scientology is a religion. The Italian Supreme Court of Cassation ruled. The Supreme Court said the Court was right.');
    assert.deepEqual(named(a, 'organization'), ['Church of Scientology', 'Italian Supreme Court of Cassation']);
    assert.deepEqual(mentions(a, 'organization'), ['Church of Scientology', 'Church', 'Scientology', 'Italian Supreme Court of Cassation', 'Supreme Court', 'Court']);
  });

  it('a company with an abbreviated legal suffix, and its name without it, are one organization ("Apple Inc.")', () => {
    const a = analyze('Apple Inc. shares fell on Wednesday. Later Apple said it would cut prices.');
    assert.deepEqual(named(a, 'organization'), ['Apple Inc.']);
    assert.deepEqual(mentions(a, 'organization'), ['Apple Inc.', 'Apple']);
    assert.deepEqual(named(a, 'person'), []);
  });

  it('a dotted acronym after its spelled-out name joins it ("U.N.")', () => {
    const a = analyze('He was invited to the United Nations. Later the U.N. said it was proud.');
    assert.deepEqual(named(a, 'organization'), ['United Nations']);
  });

  it('an acronym alone keeps its own entity beside a longer name that opens with it', () => {
    const a = analyze('NASA Administrator Charles Bolden spoke. CBC News reported it, and the CBC said more.');
    assert.ok(named(a, 'organization').includes('CBC'));
  });

  it('a shorter form of an event is the same event ("World Cup")', () => {
    const a = analyze('The FIFA World Cup began on Thursday. The World Cup is watched by millions.');
    assert.deepEqual(named(a, 'event'), ['FIFA World Cup']);
  });

  it('an acronym defined right after a name is that name ("Kennedy Space Center (KSC)", "…, or PKK")', () => {
    const a = analyze('They met at the Kennedy Space Center (KSC) in Florida. KSC staff cheered. The Kurdistan Workers\' Party, or PKK, denied it.');
    assert.deepEqual(named(a, 'organization'), ['Kennedy Space Center', 'Kurdistan Workers\' Party']);
  });

  it('an institution\'s head noun before "for" or "on" makes an organization ("Institute for Near East Policy")', () => {
    const a = analyze('Grace Dunn of the Washington Institute for Near East Policy spoke. The Council on Foreign Relations agreed.');
    assert.deepEqual(named(a, 'organization'), ['Washington Institute for Near East Policy', 'Council on Foreign Relations']);
  });

  it('a country\'s name before an institution says whose it is ("United Kingdom Home Office")', () => {
    const a = analyze('The United Kingdom Home Office said so. The Home Office declined to comment.');
    assert.deepEqual(named(a, 'organization'), ['Home Office']);
    assert.deepEqual(mentions(a, 'country'), ['United Kingdom']);
  });
});

describe('event rules (round 3)', () => {
  it('a past-tense verb between a name and an event noun makes a sentence, no event ("exchanged artillery fire")', () => {
    const a = analyze('North and South Korea exchanged artillery fire yesterday. The Syrian ceasefire held.');
    assert.deepEqual(named(a, 'event'), ['Syrian ceasefire']);
  });

  it('a year after "the" dates an event ("the 2015 nuclear deal"); a year alone does not ("in 2015 talks")', () => {
    const a = analyze('The bloc backs the 2015 nuclear deal. In 2015 talks resumed.');
    assert.deepEqual(named(a, 'event'), ['2015 nuclear deal']);
  });
});

describe('sports rules (round 3)', () => {
  it('a score written as one token ("1-0") makes the sides teams; a day after it is no team', () => {
    const a = analyze('Spain beat Germany 1-0 Sunday to win the title. Germany coach Joachim Loew was upset.');
    assert.deepEqual(named(a, 'organization'), ['Spain', 'Germany']);
    assert.deepEqual(named(a, 'country'), []);
  });

  it('a hyphenated number that is no score leaves countries alone', () => {
    assert.deepEqual(named(analyze('France and Italy signed a 10-year deal on Sunday.'), 'country'), ['France', 'Italy']);
  });
});
