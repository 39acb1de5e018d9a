/** Entities as a reader sees them: names, aliases and kinds over short invented articles. */
import * as assert from 'node:assert/strict';
import { analyze, entity, mentions, named } from '../helpers';

describe('newsrooms', () => {
  it('takes a lone name before a reporter or a poll for a newsroom', () => {
    const a = analyze('A Kestrel reporter saw the fire, and a later Kestrel poll found most residents afraid.');
    assert.deepEqual(named(a, 'organization'), ['Kestrel']);
  });
});

describe('people', () => {
  it('finds the full name behind a title', () => {
    const a = analyze('The vote was close, and Secretary of Trade Omar Reyes said as much to the press afterwards.');
    assert.deepEqual(named(a, 'person'), ['Omar Reyes']);
    assert.deepEqual(mentions(a, 'person'), ['Omar Reyes']);
  });

  it('splits a demonym and a title from the name', () => {
    const a = analyze('Later that week, the Chilean Foreign Minister Ignacio Vergara met the delegation in the capital.');
    assert.deepEqual(named(a, 'person'), ['Ignacio Vergara']);
    assert.deepEqual(named(a, 'country'), ['Chile']);
  });

  it('does not open a person\'s name with a compass word that is also a first name', () => {
    const a = analyze('Farms across North Velmar were flooded after the storm, officials said.');
    assert.deepEqual(named(a, 'person'), []);
  });

  it('keeps a first name that is also a word with its surname, even a surname that is a first name too', () => {
    const a = analyze('"We are ready," said Frank Everett, who runs the ferry. Will Sutton agreed.');
    assert.deepEqual(named(a, 'person'), ['Frank Everett', 'Will Sutton']);
  });

  it('reads a title after a kind of organization as a title: the name after it is a person', () => {
    const a = analyze('The ruling party Chairman Lena Voss said the vote would be held in May.');
    assert.deepEqual(named(a, 'person'), ['Lena Voss']);
    assert.deepEqual(named(a, 'organization'), []);
  });

  it('reads a Title Case line that ends in a full stop as a headline: it invents no person', () => {
    const a = analyze('Mayor Lena Voss Says Harbour Plan Will Fail Again.\nLena Voss spoke to the council on Monday.');
    assert.deepEqual(named(a, 'person'), ['Lena Voss']);
  });

  it('takes only the surname of a name the article gives in full out of longer words ("Friends of …")', () => {
    const a = analyze('Marta Vilks won the seat. Friends of Vilks marched, and Vilks Wins Again Over Rivals was the banner.');
    assert.deepEqual(named(a, 'person'), ['Marta Vilks']);
    assert.deepEqual(mentions(a, 'person').slice(0, 2), ['Marta Vilks', 'Vilks']);
  });

  it('leaves a hyphenated descriptor ("Chilean-born") out of the name', () => {
    const a = analyze('The Chilean-born Marta Vilks now teaches in Dunmore.');
    assert.deepEqual(named(a, 'person'), ['Marta Vilks']);
  });

  it('does not take a title alone for a person', () => {
    const a = analyze('The Governor said nothing, and the Minister was away on business all week.');
    assert.deepEqual(named(a, 'person'), []);
  });

  it('keeps hyphenated names and lower-case particles', () => {
    const a = analyze('In the end, Jean-Luc Perrot spoke with Anton van Riel about the harbour plan.');
    assert.deepEqual(named(a, 'person'), ['Jean-Luc Perrot', 'Anton van Riel']);
  });

  it('leaves the possessive out of the mention', () => {
    const a = analyze('After the hearing, Okafor’s lawyers and Grace Okafor herself went back to the office.');
    const okafor = entity(a, 'person', 'Grace Okafor');
    assert.ok(okafor);
    assert.deepEqual(okafor.mentions.map((m) => m.text), ['Okafor', 'Grace Okafor']);
  });

  it('accepts surnames that are also English words after a first name or a title', () => {
    const a = analyze('Early on, Nadia Field missed a penalty.\nLater, Prime Minister Henry Wood said the budget would pass.');
    assert.deepEqual(named(a, 'person'), ['Nadia Field', 'Henry Wood']);
  });

  it('resolves a later surname to the full name met before it', () => {
    const a = analyze('Grace Okafor arrived in the morning with her staff.\nOkafor said little to the crowd that waited outside.');
    const okafor = entity(a, 'person', 'Grace Okafor');
    assert.ok(okafor);
    assert.equal(okafor.mentions.length, 2);
    assert.equal(a.entities.filter((e) => e.kind === 'person').length, 1);
  });

  it('resolves an honorific form to the full name', () => {
    const a = analyze('Henry Wood spoke first at the meeting in the town hall.\nMr Wood thanked the staff, and Mr. Wood was cheered by the crowd.');
    assert.equal(entity(a, 'person', 'Henry Wood')?.mentions.length, 3);
  });

  it('resolves a surname that is also a place name to the person', () => {
    const a = analyze('Mirela Lisbon grew up in a small town near the coast.\nLater, Lisbon left the company after a dispute.');
    assert.deepEqual(named(a, 'person'), ['Mirela Lisbon']);
    assert.equal(entity(a, 'person', 'Mirela Lisbon')?.mentions.length, 2);
  });

  it('resolves a surname in a headline of capitals to the full name in the story', () => {
    const a = analyze('TENNIS - VORHAUS WINS IN THREE SETS\n\nLena Vorhaus won the final on Sunday.');
    assert.deepEqual(mentions(a, 'person'), ['VORHAUS', 'Lena Vorhaus']);
  });

  it('leaves a plain word capitalised at a sentence start out of the name', () => {
    const a = analyze('Donor Ostrander gave money. Later Marta Ostrander spoke.');
    assert.deepEqual(mentions(a, 'person'), ['Ostrander', 'Marta Ostrander']);
  });

  it('invents nobody in a Title Case headline, and finds the one it names', () => {
    assert.deepEqual(named(analyze('Mayor Says Budget Plan Will Fail\n\nThe mayor spoke.'), 'person'), []);
    assert.deepEqual(named(analyze('Mayor Dana Ortiz Says Plan Will Fail\n\nThe mayor spoke.'), 'person'), ['Dana Ortiz']);
  });

  it('takes an all-caps dateline for a place, not a person', () => {
    const a = analyze('PORT ELLEN (AP) — The United States and Peru ended their talks on Thursday.');
    assert.deepEqual(named(a, 'person'), []);
    assert.deepEqual(named(a, 'organization'), ['AP']);
    assert.deepEqual(named(a, 'country'), ['United States', 'Peru']);
  });

  it('splits "X of the Y Party" into a person and an organization', () => {
    const a = analyze('In the north, Irene Kostova of the Green Valley Party and Tomas Erlich of KVPA won seats.');
    assert.deepEqual(named(a, 'person'), ['Irene Kostova', 'Tomas Erlich']);
    assert.deepEqual(named(a, 'organization'), ['Green Valley Party', 'KVPA']);
  });
});

describe('countries', () => {
  it('makes one country of U.S., US, United States and America', () => {
    const a = analyze('The United States called the U.S. offer fair.\nFarmers in the US and in America liked it.');
    assert.deepEqual(named(a, 'country'), ['United States']);
    assert.deepEqual(mentions(a, 'country'), ['United States', 'U.S.', 'US', 'America']);
  });

  it('counts demonyms, plural demonyms and hyphenated adjectives', () => {
    const a = analyze('The Peruvian navy and the Chilean-backed crews met at sea, and the Peruvians turned back.');
    assert.deepEqual(named(a, 'country'), ['Peru', 'Chile']);
    assert.deepEqual(mentions(a, 'country'), ['Peruvian', 'Peruvians', 'Chilean']);
  });

  it('counts a former name of a state and a nationality noun', () => {
    const a = analyze('Exports from Burma fell, a Briton said.');
    assert.deepEqual(named(a, 'country'), ['Myanmar', 'United Kingdom']);
  });

  it('does not take U.N. for a country', () => {
    const a = analyze('Aid from the U.N. would arrive in the valley by the end of the week.');
    assert.deepEqual(named(a, 'country'), []);
    assert.deepEqual(named(a, 'organization'), ['U.N.']);
  });

  it('finds a multi-word country at the start of a sentence', () => {
    const a = analyze('New Zealand will hold a vote on the tax.\nSouth Africa said it would wait.');
    assert.deepEqual(named(a, 'country'), ['New Zealand', 'South Africa']);
  });

  it('counts a country named before an organization, apart from the organization name', () => {
    const a = analyze('The survey was paid for by the Norway Polar Research Council and came out last week.');
    assert.deepEqual(named(a, 'organization'), ['Polar Research Council']);
    assert.deepEqual(named(a, 'country'), ['Norway']);
  });

  it('keeps capitals as places, not as the government of the country', () => {
    const a = analyze('In the end, Lima said the plan had failed, and Santiago agreed.');
    assert.deepEqual(named(a, 'country'), []);
  });

  it('finds the countries of a headline in capitals', () => {
    const a = analyze('TALKS WITH PERU STALL AGAIN\n\nThe talks stalled.');
    assert.deepEqual(named(a, 'country'), ['Peru']);
  });

  it('keeps a player named by a score line a person', () => {
    const a = analyze('Marta Vilks won the final against Anna Kowalczyk. Vilks beat Kowalczyk 6-2 in the first set.');
    assert.deepEqual(named(a, 'organization'), []);
    assert.deepEqual(named(a, 'person'), ['Marta Vilks', 'Anna Kowalczyk']);
  });

  it('takes countries on either side of a score line for national teams', () => {
    const a = analyze('On the opening day, Chile 2 – 0 Peru was the final score.\nChile kept the ball, and the Chileans won.');
    assert.deepEqual(named(a, 'country'), []);
    assert.deepEqual(named(a, 'organization'), ['Chile', 'Peru']);
    assert.equal(entity(a, 'organization', 'Chile')?.mentions.length, 3);
  });
});

describe('organizations', () => {
  it('finds groups, fronts, al- names, acronyms and ministries', () => {
    const a = analyze(
      'Fighters of the Red Dawn group and the Harbour Front, once part of al-Rashad, were hit.\n' +
      'The Chilean Defence Ministry said so, and the news was carried by the AP and by a man at Microsoft.',
    );
    const orgs = named(a, 'organization');
    for (const o of ['Red Dawn', 'Harbour Front', 'al-Rashad', 'Chilean Defence Ministry', 'AP']) assert.ok(orgs.includes(o), `${o} in ${orgs.join(', ')}`);
    assert.ok(!named(a, 'person').includes('Microsoft'));
  });

  it('joins a possessive inside an organization name', () => {
    const a = analyze('Police said the Free Farmers’ Union went home early.');
    assert.deepEqual(named(a, 'organization'), ['Free Farmers’ Union']);
  });

  it('takes "the Church" alone for an institution', () => {
    const a = analyze('She said she had left, and the Church denied all of her claims the next day.');
    assert.deepEqual(named(a, 'organization'), ['Church']);
  });

  it('takes a job noun before a name for a title, and the acronym before it for an organization', () => {
    const a = analyze('At the opening, KVPA Administrator Lena Voss announced the new routes.');
    assert.deepEqual(named(a, 'person'), ['Lena Voss']);
    assert.deepEqual(named(a, 'organization'), ['KVPA']);
  });

  it('takes a lone name after "told" or before "news agency" for a news source', () => {
    const a = analyze('The minister told Kestrel the plan was dead. The Varnak news agency said the same.');
    assert.deepEqual(named(a, 'organization'), ['Kestrel', 'Varnak']);
    assert.deepEqual(named(a, 'person'), []);
  });

  it('takes the first word of a company name with a legal suffix for the company', () => {
    const a = analyze('Vantor Holdings Inc. bought a mill. Analysts said Vantor paid too much.');
    assert.deepEqual(mentions(a, 'organization'), ['Vantor Holdings Inc.', 'Vantor']);
  });

  it('reads a capitalised sport label as no organization', () => {
    const a = analyze('TENNIS - KOWALCZYK WINS IN THREE SETS\n\nThe match was long.');
    assert.deepEqual(named(a, 'organization'), []);
  });
});

describe('events', () => {
  it('finds named events', () => {
    const a = analyze('Her father fought in World War II, and she spoke at the Lantern Harbour Festival that year.');
    assert.deepEqual(named(a, 'event'), ['World War II', 'Lantern Harbour Festival']);
  });

  it('finds events named by a name or a date and a common noun', () => {
    const a = analyze('Both sides kept the March 3 truce, and the Peru trade deal was not on the table.');
    assert.deepEqual(mentions(a, 'event'), ['March 3 truce', 'Peru trade deal']);
  });

  it('does not take a generic noun alone for an event', () => {
    const a = analyze('The talks went on for hours, and the meeting ended without a deal.');
    assert.deepEqual(named(a, 'event'), []);
  });
});
