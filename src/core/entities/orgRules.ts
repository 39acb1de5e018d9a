/** Organizations: run rules that find an institution by its head noun, its first words, a
 *  gazetteer, a following "group", or the shape of an acronym. */
import {
  countryByName, demonymWords, englishWords, famousSurnames, months, weekdays, firstNames, lastNames, organizationNames, orgHeads, orgStarts, orgTrailers, titleHeads, titleWords, wordFirstNames,
} from '../lexicon/lexicon';
import { withoutFinalDot } from '../text/text';
import { runKey } from '../text/tokens';
import { countryAt, DOTS, noNameWords, OF_ON_FOR, personEvidence, unknownSurnames } from './nameWords';
import type { RunClassifier } from './classify';
import { RunRule } from './candidate';

const ROMAN = /^(?:[IVX]+)$/;
/** Words between an institution's head noun and its field ("Institute for", "Council on", "Court of"). */
const HEAD_CONNECTORS = new Set(['of', 'for', 'on']);

/** An institution's head noun inside the run, right before "of", "for" or "on" ("Institute for
 *  Coastal Research", "Council on Rural Affairs"). */
export function headBeforeOf(c: RunClassifier, from: number, to: number): boolean {
  const t = c.tokens;
  for (let k = from + 1; k < to - 1; k++) if (HEAD_CONNECTORS.has(t[k + 1].lower) && orgHeads.has(t[k].lower)) return true;
  return false;
}

/** Tokens [from, to) name an institution by their form: a known organization, a head noun at the end or before "of". */
export function institutionName(c: RunClassifier, from: number, to: number): boolean {
  const t = c.tokens;
  const key = runKey(t, from, to);
  return (organizationNames.has(key) && !countryByName.has(key)) || (to - from >= 2 && orgHeads.has(t[to - 1].lower)) || headBeforeOf(c, from, to);
}

export const HEAD_NOUN: RunRule = {
  id: 'org.head-noun',
  description: 'a run of two words or more ending in an institution\'s head noun ("… Council", "… Party", "… Inc."); a country\'s name before an institution of two words or more is a country apart',
  example: 'The Norway Fisheries Directorate Council met in Bergen.',
  apply(c, from, to) {
    const t = c.tokens;
    const last = t[to - 1].lower;
    if (to - from < 2 || !(orgHeads.has(last) || orgHeads.has(withoutFinalDot(last))) || titleHeads.has(t[from].lower)) return false;
    // ("United Kingdom", "Czech Republic": a country's own name ends in such a word)
    if (countryByName.has(runKey(t, from, to))) return false;
    const hit = countryAt(t, from, to);
    if (hit && !hit.demonym && hit.to <= to - 2 && !institutionName(c, from, hit.to)) {
      c.pushCountry(from, hit, 'country.name');
      return c.org(hit.to, to, this.id);
    }
    return c.org(from, to, this.id);
  },
};

export const AIRLINE: RunRule = {
  id: 'org.airline',
  description: '"Air" before a country\'s name or a nationality is an airline ("Air Freedonia")',
  example: 'The flight left on Air Chile at dawn.',
  apply(c, from, to) {
    const t = c.tokens;
    if (!(to - from >= 2 && t[from].lower === 'air' && !t[from].allCaps)) return false;
    const hit = countryAt(t, from + 1, to);
    if (!hit || hit.to !== to || hit.code !== undefined) return false;
    // (the country is the airline's flag, not a mention of the state)
    c.push('organization', from, to, true, this.id);
    return true;
  },
};

export const START_OF: RunRule = {
  id: 'org.start-of',
  description: 'an institution\'s first word before "of", "on" or "for" ("University of …", "Ministry of …")',
  example: 'She teaches at the University of Eastmoor.',
  apply(c, from, to) {
    const t = c.tokens;
    return to - from >= 3 && orgStarts.has(t[from].lower) && OF_ON_FOR.has(t[from + 1].lower) && c.org(from, to, this.id);
  },
};

export const HEAD_BEFORE_OF: RunRule = {
  id: 'org.head-before-of',
  description: 'an institution\'s head noun before "of", "for" or "on" inside the run ("Institute for Coastal Research")',
  example: 'Scientists at the Marine Agency for Coastal Research published the map.',
  apply(c, from, to) {
    return to - from >= 3 && headBeforeOf(c, from, to) && c.org(from, to, this.id);
  },
};

export const KNOWN_NAME: RunRule = {
  id: 'org.known-name',
  description: 'a name that compromise lists as an organization',
  example: 'Microsoft shares rose two per cent.',
  apply(c, from, to) {
    const key = runKey(c.tokens, from, to);
    return organizationNames.has(key) && !countryByName.has(key) && c.org(from, to, this.id);
  },
};

/** Lower-case words that may stand between a name and the noun that makes it an organization
 *  ("Kestrel news agency", "Vantor state company"). */
const TRAILER_MODIFIERS = new Set(['news', 'state', 'state-owned', 'private', 'national', 'official', 'opposition', 'ruling', 'daily', 'football', 'soccer']);
/** Words before a source of news ("told Kestrel", "according to Kestrel"): a lone name there that is
 *  no known name of a person is an agency, a paper or a broadcaster. */
const SOURCE_CUES = new Set(['told', 'according', 'quoted', 'cited', 'reported', 'interview']);

export const AMPERSAND: RunRule = {
  id: 'org.ampersand',
  description: 'an ampersand between capitalised words makes a firm\'s name ("Hale & Dorn")',
  example: 'Shares of Hale & Dorn rose on Monday.',
  apply(c, from, to) {
    const t = c.tokens;
    for (let k = from; k < to - 1; k++) if (t[k + 1].start - t[k].end === 3 && c.text[t[k].end + 1] === '&') return c.org(from, to, this.id);
    return false;
  },
};

/** Lower-case nouns after a name that only a company or an institution has ("Vantor shareholders",
 *  "Vantor chairman"); after a possessive only the company's things ("Vantor's shares", not "Okafor's
 *  spokesman"). */
const COMPANY_NOUNS = new Set(['shares', 'stock', 'stake', 'profit', 'profits', 'earnings', 'revenue', 'revenues', 'sales', 'shareholders',
  'stockholders', 'subsidiary', 'subsidiaries', 'unit', 'units', 'plant', 'plants', 'board', 'workforce', 'bonds', 'bid', 'takeover']);
/** (Not "spokesman", "official", "manager" or "staff": a person has those too, "Okafor spokesman Tom
 *  Reyes", and the person named in full elsewhere would become an organization.) */
const OFFICER_NOUNS = new Set(['chairman', 'chairwoman', 'executive', 'executives', 'management', 'employees', 'workers',
  // a newsroom's people and products ("a Kestrel reporter", "a Kestrel poll")
  'reporter', 'reporters', 'correspondent', 'correspondents', 'newsroom', 'editorial', 'poll', 'survey']);

export const COMPANY_NOUN: RunRule = {
  id: 'org.company-noun',
  description: 'a lone name before a lower-case noun that only a company or a newsroom has ("Vantor shareholders", "Vantor\'s profit", "Vantor chairman", "a Kestrel reporter")',
  example: 'Vantor shareholders met in March.',
  apply(c, from, to) {
    const t = c.tokens;
    const next = t[to];
    if (to - from !== 1 || !next || next.cap || !(t[from].joinsNext || t[from].possessive) || t[from].allCaps) return false;
    const w = t[from].lower;
    if (firstNames.has(w) || famousSurnames.has(w) || countryAt(t, from, to) || demonymWords.has(w) || months.has(w) || weekdays.has(w)) return false;
    const noun = next.lower;
    if (!(COMPANY_NOUNS.has(noun) && (t[from].possessive || noun !== 'shares')) && !(OFFICER_NOUNS.has(noun) && !t[from].possessive)) return false;
    return c.org(from, to, this.id);
  },
};

export const BASED_NAME: RunRule = {
  id: 'org.based-name',
  description: 'a name after a "<place>-based" compound is a company or a club ("Dunmore-based Vantor")',
  example: 'The Dunmore-based Vantor cut 300 jobs.',
  apply(c, from, to) {
    const t = c.tokens;
    // ("Dunmore-based Vantor" is one run of capitals: the compound opens it)
    if (to - from >= 2 && t[from].lower.endsWith('-based') && !countryAt(t, from + 1, to)) return c.org(from + 1, to, this.id);
    const before = t[from - 1];
    return !!before && before.joinsNext && before.lower.endsWith('-based') && !countryAt(t, from, to) && c.org(from, to, this.id);
  },
};

/** Plural nouns for people of a party or a creed, not the names of teams ("the Democrats"). */
const PEOPLE_PLURALS = new Set(['democrats', 'republicans', 'conservatives', 'liberals', 'socialists', 'communists', 'greens', 'catholics',
  'protestants', 'christians', 'muslims', 'moslems', 'jews', 'hindus', 'buddhists', 'sunnis', 'shi\'ites', 'shiites', 'kurds', 'arabs', 'tories', 'whigs']);

export const PLURAL_NICKNAME: RunRule = {
  id: 'org.plural-nickname',
  description: '"the" and one capitalised English plural inside a sentence ("the Herons") is a team\'s or a band\'s name',
  example: 'The match went to extra time before the Herons scored.',
  apply(c, from, to) {
    const t = c.tokens;
    const last = t[to - 1];
    if (to - from !== 1 || t[from].sentenceStart || t[from - 1]?.lower !== 'the' || last.allCaps || !last.lower.endsWith('s') || PEOPLE_PLURALS.has(last.lower)) return false;
    const w = last.lower;
    const singular = w.endsWith('es') && englishWords.has(w.slice(0, -2)) ? w.slice(0, -2) : w.slice(0, -1);
    if (!englishWords.has(singular) || countryAt(t, from, to) || w.endsWith('ss') || w.endsWith('us')) return false;
    // a family ("the Bushes") or a surname ("the Sanders campaign") is no team
    if (lastNames.has(w) || lastNames.has(singular) || famousSurnames.has(w) || famousSurnames.has(singular) || firstNames.has(singular)) return false;
    if (t[to] && !t[to].cap && t[to - 1].joinsNext && (t[to].lower === 'campaign' || t[to].lower === 'family')) return false;
    return c.org(from, to, this.id);
  },
};

/** Lower-case nouns for a kind of organization, standing before its name ("the news agency Kestrel",
 *  "first division club Kilbride Rovers", "packaging company Vantor"). */
const KIND_NOUNS = new Set(['agency', 'club', 'team', 'side', 'company', 'firm', 'group', 'newspaper', 'daily', 'weekly', 'bank', 'airline',
  'carrier', 'insurer', 'maker', 'manufacturer', 'retailer', 'brokerage', 'conglomerate', 'magazine', 'broadcaster', 'network', 'party',
  'engineer', 'producer', 'exporter', 'importer', 'operator', 'distributor', 'miner', 'refiner', 'lender', 'utility', 'concern', 'outfit']);

export const AFTER_KIND_NOUN: RunRule = {
  id: 'org.after-kind-noun',
  description: 'a name right after a lower-case noun for a kind of organization ("news agency Kestrel", "club Kilbride Rovers")',
  example: 'The state news agency Kestrel said the plant had closed.',
  apply(c, from, to) {
    const t = c.tokens;
    const before = t[from - 1];
    if (!before || before.cap || !before.joinsNext || !KIND_NOUNS.has(before.lower) || t[from].possessive && to - from === 1) return false;
    // "party Chairman Lena Voss": a title after the noun opens a person's name (person.titled-name)
    if (titleWords.has(t[from].lower) || titleHeads.has(t[from].lower)) return false;
    if (firstNames.has(t[from].lower) && !wordFirstNames.has(t[from].lower) || countryAt(t, from, to)) return false;
    return c.org(from, to, this.id);
  },
};

export const TRAILER: RunRule = {
  id: 'org.trailer',
  description: 'a name followed by a lower-case "group", "militia", "movement" or "network"',
  example: 'The Red Dawn militia claimed the raid.',
  apply(c, from, to) {
    const t = c.tokens;
    const next = t[to];
    if (!next || !t[to - 1].joinsNext || next.cap) return false;
    const trailer = orgTrailers.has(next.lower) || (TRAILER_MODIFIERS.has(next.lower) && next.joinsNext && !!t[to + 1] && !t[to + 1].cap && orgTrailers.has(t[to + 1].lower));
    // ("French police", "the Chilean side": a country's name or demonym before the noun is the country)
    const hit = trailer && countryAt(t, from, to);
    return trailer && !(hit && hit.to === to) && c.org(from, to, this.id);
  },
};

export const NEWS_SOURCE: RunRule = {
  id: 'org.news-source',
  description: 'a lone name that is no known name of a person after "told", "according to", "quoted by", "reported by" is a news source',
  example: 'The minister told Kestrel that talks would resume.',
  apply(c, from, to) {
    const t = c.tokens;
    if (to - from !== 1 || from < 1 || t[from].possessive) return false;
    let cue = t[from - 1].lower;
    // (a "the" between, "according to the Harbour Sun", is org.news-source-the's)
    if ((cue === 'to' || cue === 'by' || cue === 'with') && from >= 2) cue = t[from - 2].lower;
    if (!SOURCE_CUES.has(cue) || t[from - 1].lower === 'told' && t[from + 1]?.lower === 'news') return false;
    const w = t[from].lower;
    if (firstNames.has(w) || lastNames.has(w) || famousSurnames.has(w)) return false;
    // (a surname the article gives in full elsewhere makes it that person, entities.ts)
    c.push('organization', from, to, true, this.id);
    return true;
  },
};

export const NEWS_SOURCE_THE: RunRule = {
  id: 'org.news-source-the',
  description: 'a name of two words or more after "according to the", "told the", "reported by the" or "quoted by the" is a paper, an agency or an institution: a person takes no "the"',
  example: 'The port will close, according to the Harbour Valley Sun.',
  apply(c, from, to) {
    const t = c.tokens;
    if (to - from < 2 || from < 2 || t[from - 1].lower !== 'the' || t[from - 1].cap) return false;
    let cue = t[from - 2].lower;
    if ((cue === 'to' || cue === 'by' || cue === 'with') && from >= 3) cue = t[from - 3].lower;
    if (!SOURCE_CUES.has(cue)) return false;
    // ("according to the Philippines": a country is the country's rules')
    const hit = countryAt(t, from, to);
    return !(hit && hit.to === to) && c.org(from, to, this.id);
  },
};

export const ACRONYM: RunRule = {
  id: 'org.acronym',
  description: 'a lone acronym of up to six letters ("NATO", "U.N."), not a Roman numeral',
  example: 'KVPA ministers met in Oslo.',
  apply(c, from, to) {
    const t = c.tokens;
    // ("TENNIS -", "BOXING": an English word in capitals heads a section, no acronym)
    if (to - from !== 1 || !t[from].allCaps || ROMAN.test(t[from].text) || (t[from].lower.length >= 4 && englishWords.has(t[from].lower))) return false;
    return t[from].text.replace(DOTS, '').length <= 6 && c.org(from, to, this.id);
  },
};

/** Head nouns that name a paper or a medium as often as an institution: alone only after "the". */
const MEDIA_HEADS = new Set(['news', 'times', 'post', 'daily', 'media', 'radio', 'television', 'press', 'journal', 'herald', 'network', 'group', 'team', 'club', 'office', 'service', 'company', 'co', 'inc', 'corp', 'ltd', 'ag', 'sa', 'ab', 'nv']);

export const HEAD_ALONE: RunRule = {
  id: 'org.head-alone',
  description: 'an institution named by its head noun alone inside a sentence ("the Church", "Parliament", "Treasury")',
  example: 'An appeal went to the Court in March, and Parliament debated it.',
  apply(c, from, to) {
    const t = c.tokens;
    const w = t[from].lower;
    if (to - from !== 1 || !orgHeads.has(w) || t[from].sentenceStart || t[from].allCaps) return false;
    return (t[from - 1]?.lower === 'the' || !MEDIA_HEADS.has(w)) && c.org(from, to, this.id);
  },
};

export const ACRONYM_WITH_WORDS: RunRule = {
  id: 'org.acronym-with-words',
  description: 'an acronym and one or two words that are no names make one organization ("BBC Arabic")',
  example: 'She now writes for BBC Arabic.',
  apply(c, from, to) {
    const t = c.tokens;
    // (an acronym alone is org.acronym's: with that rule off it must reach no word past the run)
    return to - from >= 2 && to - from <= 3 && t[from].allCaps && t[from].text.replace(DOTS, '').length <= 5 && !ROMAN.test(t[from].text)
      && noNameWords(t, from + 1, to) && !personEvidence(t, from + 1, to)
      && !(to - from >= 3 && wordFirstNames.has(t[from + 1].lower) && unknownSurnames(t, from + 2, to)) && c.org(from, to, this.id);
  },
};

export const COMPANY_PRODUCT: RunRule = {
  id: 'org.company-product',
  description: 'a known company\'s name before a product\'s ("Microsoft Excel") is the company, no first name',
  example: 'The file opened in Microsoft Excel.',
  apply(c, from, to) {
    const t = c.tokens;
    if (!(to - from >= 2 && organizationNames.has(t[from].lower) && !firstNames.has(t[from].lower) && !lastNames.has(t[from].lower)
      && !(to - from > 2 && personEvidence(t, from + 1, to)) && !firstNames.has(t[from + 1].lower)
      && !(to - from > 2 && wordFirstNames.has(t[from + 1].lower) && unknownSurnames(t, from + 2, to)))) return false;
    c.org(from, from + 1, this.id);
    c.push('unknown', from + 1, to, false, this.id);
    return true;
  },
};

export const ARABIC_ARTICLE: RunRule = {
  id: 'org.arabic-article',
  description: 'a lone name with the Arabic article ("al-Shabaab") that is no known surname is a movement',
  example: 'Fighters of al-Rashad seized the town.',
  apply(c, from, to) {
    const t = c.tokens;
    return to - from === 1 && /^(al|el)-/i.test(t[from].text) && !lastNames.has(t[from].lower) && c.org(from, to, this.id);
  },
};
