/** One short test per rule of the second accuracy round: places and craft that are no people,
 *  countries that are not meant, events by code or context, quotes glued to their comma, speakers. */
import * as assert from 'node:assert/strict';
import { analyze, mentions, named } from './helpers';

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker);

describe('entity rules (round 2)', () => {
  it('a capitalised place in a dateline and the PM of a time are no organizations', () => {
    const a = analyze('Posted at 7:15 PM, Sep 22, 2016\n\nGENEVA (AP) — Talks went on at 10 AM in the NASA offices.');
    assert.deepEqual(named(a, 'organization').sort(), ['AP', 'NASA']);
  });

  it('a run ending in a place word is a place, not a person', () => {
    const a = analyze('Fans filled the Fisht Stadium on Sunday. The papers were found on Castlefrank Road.');
    assert.deepEqual(named(a, 'person'), []);
  });

  it('a first name keeps a person whose surname is a place word', () => {
    assert.deepEqual(named(analyze('Professor Marc Lamont Hill commented on the case.'), 'person'), ['Marc Lamont Hill']);
  });

  it('a territory is a place, never a person or a country', () => {
    const a = analyze('The Hong Kong legislative election was held on Sunday.');
    assert.deepEqual(named(a, 'person'), []);
    assert.deepEqual(named(a, 'country'), []);
  });

  it('a name after a craft noun is the craft, not a person', () => {
    const a = analyze('Space Shuttle Atlantis lifted off on time. Atlantis will go on display.');
    assert.deepEqual(named(a, 'person'), []);
  });

  it('a plural noun at the end of an unknown run is no person', () => {
    assert.deepEqual(named(analyze('The Centre for Control of Iodine Deficiency Disorders says it is crucial.'), 'person'), []);
  });

  it('a caption credit label is not part of a name', () => {
    const a = analyze('The crowd gathered early.\n\nA costumed fan Image: Nick Moreau.\n\nThe show went on.');
    assert.ok(!mentions(a, 'person').some((m) => m.includes('Image')));
    assert.ok(named(a, 'person').includes('Nick Moreau'));
  });

  it('a caption line ending in a full stop is no headline', () => {
    assert.deepEqual(named(analyze('The launch went well.\n\nImage: NASA Nick Ingalls.\n\nThe crew was happy.'), 'person'), ['Nick Ingalls']);
  });

  it('a company name before a product is the company, the product no person', () => {
    const a = analyze('The recently released Google Chrome is also quickly gaining users.');
    assert.deepEqual(named(a, 'person'), []);
    assert.deepEqual(named(a, 'organization'), ['Google']);
  });

  it('an acronym with a common word makes one organization', () => {
    assert.deepEqual(named(analyze("PC World's analysis of its traffic concluded the opposite."), 'organization'), ['PC World']);
  });

  it('a town before a comma and a region is a place', () => {
    assert.deepEqual(named(analyze('A boy from Irving, Texas, was arrested at his school.'), 'person'), []);
  });

  it('place first words and compass last words make places', () => {
    const a = analyze('The rocket left Cape Canaveral on time. Voters in Kowloon West chose a new member.');
    assert.deepEqual(named(a, 'person'), []);
  });

  it('an ampersand joins the words of an institution', () => {
    const a = analyze('The exhibit moves to the Evergreen Aviation & Space Museum next year.');
    assert.deepEqual(named(a, 'person'), []);
    assert.deepEqual(mentions(a, 'organization'), ['Evergreen Aviation & Space Museum']);
  });

  it('a newspaper called "The …" keeps its article in its name', () => {
    const a = analyze('The Straits Times noted the rise of the movement.');
    assert.deepEqual(named(a, 'organization'), ['The Straits Times']);
  });
});

describe('country rules (round 2)', () => {
  it('a plural demonym names people, not the country', () => {
    const a = analyze('The rescued members included Bangladeshis and others.');
    assert.deepEqual(named(a, 'country'), []);
  });

  it('an adjective demonym still names the country', () => {
    assert.deepEqual(named(analyze('Syrian soldiers were killed.'), 'country'), ['Syria']);
  });

  it('a bare two-letter code needs the article to name the country', () => {
    assert.deepEqual(named(analyze('A representative told LA Weekly that the loss of IQ points is serious.'), 'country'), []);
    assert.deepEqual(named(analyze('Officials in the US said the UK agreed.'), 'country').sort(), ['United Kingdom', 'United States']);
    assert.deepEqual(named(analyze('New Zealand voted. NZ officials were pleased.'), 'country'), ['New Zealand']);
  });

  it('a code before a dollar sign is a currency', () => {
    assert.deepEqual(named(analyze('He was released on US$ 20,000 bail on Thursday.'), 'country'), []);
  });

  it('an English word among alternative spellings names no country', () => {
    assert.deepEqual(named(analyze('Voters on Hong Kong Island went to the polls.'), 'country'), []);
  });
});

describe('event rules (round 2)', () => {
  it('a mission code in a sentence about a mission is an event', () => {
    assert.deepEqual(named(analyze('The shuttle will fly STS-134, its last mission, in April.'), 'event'), ['STS-134']);
    assert.deepEqual(named(analyze('The F-16 is a fighter jet.'), 'event'), []);
  });

  it('a lone name after a year or "during the" is an event', () => {
    const a = analyze('Stampedes have taken place during the Hajj before. The worst was at the 1991 Hajj, in which many died.');
    assert.deepEqual(named(a, 'event'), ['Hajj']);
  });

  it('a weekday after a named event is not part of it', () => {
    const a = analyze("During Prime Minister's Questions Wednesday, the leader spoke.");
    assert.deepEqual(mentions(a, 'event'), ["Prime Minister's Questions"]);
  });

  it('an organization with sidelines is a meeting', () => {
    const a = analyze('They met on the sidelines of the U.N. General Assembly last week.');
    assert.deepEqual(named(a, 'event'), ['U.N. General Assembly']);
  });

  it('an event after "of the" inside a longer name', () => {
    const a = analyze('Lukaku won the Budweiser Man of the Match award. They met at the Daughters of the American Revolution Constitution Hall.');
    assert.deepEqual(named(a, 'event').sort(), ['American Revolution', 'Match']);
  });
});

describe('quote and speaker rules (round 2)', () => {
  it('a straight mark glued to a comma opens a quote when no quote is open', () => {
    const a = analyze('Kristen Wilkins said," Warhol liked the way photo booths looked". She smiled.');
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].text, 'Warhol liked the way photo booths looked');
    assert.equal(a.quotes[0].speaker, 'Kristen Wilkins');
  });

  it('"characterized … as" reports speech', () => {
    assert.deepEqual(speakers('Matthew Ingram wrote a post. He characterized the conflict as "another small skirmish in a long war."'), ['Matthew Ingram']);
  });

  it('a pronoun does not stand for a person the quote names', () => {
    const text = 'For Kevin Allton, an instructor, Andy Warhol was a legend. He said, "Andy Warhol was the center of his time."';
    assert.deepEqual(speakers(text), ['Kevin Allton']);
  });

  it('a pronoun does not stand for a name used as a modifier', () => {
    const text = 'Matthew Ingram wrote about John Cruise. Ingram said the Cruise video was popular. He added, "It is a war."';
    assert.deepEqual(speakers(text), ['Matthew Ingram']);
  });

  it('before a colon, the subject speaks, not a preposition\'s object', () => {
    const text = 'Rishi Sunak spoke. Suella Braverman spoke. Sunak defended the record whilst promising a "formal update" from Braverman: "We are working as quickly as we can."';
    const q = analyze(text).quotes;
    assert.equal(q[q.length - 1].speaker, 'Rishi Sunak');
    assert.equal(q[0].speaker, 'Rishi Sunak');
  });

  it('a country\'s top diplomat is the one person the article titles with that country', () => {
    const text = 'GENEVA — Russia\'s top diplomat said Friday he was considering "calling it a day" on the talks.\n\nRussian Foreign Minister Sergey Lavrov blamed Washington.';
    assert.deepEqual(speakers(text), ['Sergey Lavrov']);
    const anonymous = 'A Russian official said "it is over" on Friday.\n\nRussian Foreign Minister Sergey Lavrov blamed Washington.';
    assert.deepEqual(speakers(anonymous), [null]);
  });
});
