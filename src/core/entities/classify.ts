/** Decides what each run of capitalised words names: splits off titles ("Secretary of State"),
 *  demonyms ("Russian") and country names, and labels the rest person, organization, event or
 *  place. The result is a list of candidate mentions; aliases are resolved afterwards. */
import { work } from '../text/work';
import { Run } from './candidates';
import {
  actorNouns, capitals, eventNouns, englishWords, countryByCode, countryByDemonym, countryByName, eventHeads,
  famousSurnames, firstNames, wordFirstNames, lastNames, organizationNames, orgHeads, CountryInfo,
  orgStarts, orgTrailers, placeHeads, places, speechVerbs, titleHeads, titleWords, weekdays, creditLabels, craftNouns, placeStarts, compassWords,
} from '../lexicon/lexicon';
import { beforeHyphen, normalizeKey, toLower, withoutFinalDot } from '../text/text';
import {
  allContinue, countryAt, CountryHit, DOTS, everyNameWord, firstNameStart, isInitial, nameContinues, noNameWords, OF_ON_FOR,
  personEvidence, personLike, pluralNoun, REGION_WORDS, surnameWord, unknownSurnames,
} from './nameWords';
import { runKey, Token } from '../text/tokens';
import { EntityKind } from '../types';
import { RuleSwitch } from '../rules';

export type CandidateKind = EntityKind | 'place' | 'unknown';

export interface Candidate {
  kind: CandidateKind;
  /** Token indexes [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  /** Identity within its kind before alias resolution (country code, normalized name). */
  key: string;
  /** The id of the rule that found the candidate and decided its kind (src/core/rules.ts). */
  rule?: string;
  /** How sure the run itself makes us: a title, a first name or a pattern is strong. */
  strong: boolean;
  country?: CountryInfo;
  /** A title stood before the name ("President Assad"). */
  titled?: boolean;
  /** A country named by a plural demonym, a noun for its people ("Afghans", "the Belgians"). */
  peopleNoun?: boolean;
  /** A bare country code ("NZ", "LA"), to be confirmed by the article. */
  bareCode?: boolean;
  /** A person named inside an institution's name ("Andy Warhol Foundation"): no speaker. */
  nested?: boolean;
  /** A lone name shown to be a person's by what follows ("the Obama administration"). */
  leads?: boolean;
}

const ROMAN = /^(?:[IVX]+)$/;
/** Words of a sentence about a space or flight mission, where a code like "STS-133" names one. */
const MISSION_WORDS = new Set(['mission', 'missions', 'launch', 'launches', 'launched', 'flight', 'flights', 'flew', 'lifts', 'lifted',
  'liftoff', 'landing', 'landed', 'orbit', 'spaceflight']);
/** Calendar and programme words that end names of things other than events ("Person of the Year"). */
const NO_NESTED_EVENT = new Set(['year', 'week', 'day', 'series', 'show', 'games', 'open', 'fair']);
/** Words that may follow an event's name ("the Hajj in 1991", "the Hajj was"). */
const EVENT_FOLLOWERS = new Set(['in', 'on', 'at', 'of', 'and', 'or', 'was', 'is', 'has', 'had', 'which', 'when', 'where', 'this', 'last', 'next', 'season', 'pilgrimage', 'festival']);

const YEAR = /^(1[89]|20)\d\d$/;

/** "STS-133", "STS-1": capitals, a hyphen and a number. */
function missionCode(w: string): boolean {
  const h = w.indexOf('-');
  if (h < 2 || h > 5 || h === w.length - 1) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (i < h ? !(c >= 65 && c <= 90) : i > h && !(c >= 48 && c <= 57)) return false;
  }
  return true;
}
/** Lower-case nouns after a leader's surname ("the Obama administration"); not "government" or
 *  "regime", which follow the names of movements and cities as often ("the Hamas government"). */
const LEADER_NOUNS = new Set(['administration', 'presidency', 'premiership']);
/** "R-Ky", "D-N", "I-Vt": a party's letter and a state's abbreviation after a lawmaker's name. */
const PARTY_STATE = /^[DRI]-[A-Z][a-zA-Z]?\.?$/;
/** Words between an institution's head noun and its field ("Institute for", "Council on", "Court of"). */
const HEAD_CONNECTORS = new Set(['of', 'for', 'on']);
/** Speech verbs that also take an infinitive ("continues to surge", "promised to act"). */
const INFINITIVE_VERBS = new Set(['continued', 'continues', 'promised', 'promises', 'pledged', 'pledges', 'vowed', 'vows', 'agreed',
  'agrees', 'hoped', 'hopes', 'claimed', 'claims', 'threatened', 'threatens', 'urged', 'urges']);
/** Prepositions before a town's name ("from Sydney, Australia"). */
const PLACE_PREPOSITIONS = new Set(['from', 'in', 'near', 'at', 'outside', 'of']);
/** Place heads that are no surname ("Adler Planetarium"); "Hill", "Field", "Lake" can end a person's name. */
const placeOnlyHeads = new Set(['planetarium', 'airport', 'station', 'stadium', 'arena', 'square', 'plaza', 'terminal', 'hotel', 'complex', 'bridge', 'tower']);


export class RunClassifier {
  readonly out: Candidate[] = [];
  constructor(private readonly tokens: Token[], private readonly text = '', readonly rules: RuleSwitch = new RuleSwitch()) {}

  /** Records a candidate over tokens [from, to) and returns it, for the caller to add optional fields. */
  private push(kind: CandidateKind, from: number, to: number, strong: boolean): Candidate {
    const t = this.tokens;
    const c: Candidate = { kind, from, to, start: t[from].start, end: t[to - 1].end, key: runKey(t, from, to), strong };
    this.out.push(c);
    return c;
  }

  classify(run: Run): void {
    this.chunk(run.from, run.to);
  }

  /** Classify tokens [from, to) of one run. */
  private chunk(from: number, to: number): void {
    const t = this.tokens;
    // (each test below reads the run's tokens a bounded number of times: a run is MAX_RUN words at most)
    work.steps += to - from + 1;
    while (from < to && !t[from].cap) from++;
    while (to > from && !t[to - 1].cap) to--;
    // "— The United States and…": a capitalised article before a country is not part of its name
    if (from + 1 < to && t[from].lower === 'the' && countryAt(t, from + 1, to)) from++;
    // "Prime Minister's Questions Wednesday": a weekday after a name is a date, not part of it
    while (to - from > 1 && weekdays.has(t[to - 1].lower)) to--;
    if (from >= to) return;
    // "STS-133", "STS-1": a mission's code, in a sentence about a mission or a launch, is an event
    if (to - from === 1 && missionCode(t[from].text) && this.aboutMission(from)) {
      this.push('event', from, to, true);
      return;
    }
    // "the 1991 Hajj", "during the Hajj": a lone name that a year or "during the" introduces is an event
    if (to - from === 1 && !t[from].allCaps && this.introducedAsEvent(from)) {
      this.push('event', from, to, true);
      return;
    }
    this.nestedEvent(from, to);
    // "Belle Image: Nick Moreau": a caption's credit label before a colon is no part of a name
    if (creditLabels.has(t[to - 1].lower) && this.text[t[to - 1].end] === ':') {
      if (to - 1 > from) this.chunk(from, to - 1);
      return;
    }
    const last = t[to - 1];
    const n = to - from;

    // "AP U.S. Secretary of State John Kerry": two acronyms in a row, one dotted, are two names
    if (n > 1 && t[from].allCaps && t[from + 1].allCaps && (t[from].text.includes('.') || t[from + 1].text.includes('.'))) {
      this.chunk(from, from + 1);
      this.chunk(from + 1, to);
      return;
    }
    // all-caps words in a line of capitals (a dateline "NEW YORK (AP)") are places unless acronyms
    if (n > 1 && this.allCapsUndotted(from, to)) {
      const key = runKey(t, from, to);
      const c = countryByName.get(key);
      if (c) {
        const cand = this.push('country', from, to, true);
        cand.key = c.id;
        cand.country = c;
      } else this.push('place', from, to, true);
      return;
    }
    // "Space Shuttle Atlantis", "the rover Curiosity": a craft named, no person
    for (let k = from; k < to - 1; k++) {
      if (craftNouns.has(t[k].lower) && t[k + 1].cap) {
        this.push('unknown', from, to, false);
        this.nestedCountries(from, to);
        return;
      }
    }
    // "Cape Canaveral", "Kowloon West": a place by its first or last word, unless first name and surname
    if (n >= 2 && ((placeStarts.has(t[from].lower) && !firstNames.has(t[from + 1].lower)) || (compassWords.has(last.lower) && !firstNames.has(t[from].lower)))
      && !countryAt(t, from, to) && !titleHeads.has(t[from].lower)) {
      this.push('place', from, to, true);
      return;
    }
    // "Irving, Texas", "Kanata, Ontario": a name before a comma and a region is a town
    // ("from Sydney, Australia": a country after the comma, when a preposition of place stands before)
    if (n <= 2 && this.text[t[to - 1].end] === ',' && t[to] && t[to].start === t[to - 1].end + 2 && t[to].cap && !t[to - 1].possessive
      && ((places.has(t[to].lower) && !capitals.has(t[to].lower) && !countryByName.has(t[to].lower))
        || (n === 1 && countryByName.has(t[to].key) && !t[to].possessive && PLACE_PREPOSITIONS.has(t[from - 1]?.lower) && !countryAt(t, from, to)))) {
      this.push('place', from, to, true);
      return;
    }
    // "R-Ky.", "D-N.Y.": a party and state after a lawmaker's name names nobody
    if (n === 1 && PARTY_STATE.test(t[from].text)) return;
    // "Claudia Mo of the Civic Party", "Minority Leader Chuck Schumer of New York": a person's name,
    // titled or not, then what the person belongs to or comes from
    const of = this.personBeforeOf(from, to) ?? this.titledNameBeforeOf(from, to);
    if (of !== undefined) {
      this.chunk(from, of);
      this.chunk(of + 1, to);
      return;
    }
    // organizations by their last word, a following "group", a leading "University of", a gazetteer name
    const next = t[to];
    const followedByTrailer = next && t[to - 1].joinsNext && orgTrailers.has(next.lower) && !next.cap;
    const key = runKey(t, from, to);
    // ("Apple Inc.", "Acme Corp.": an abbreviated head keeps its dot)
    if (n >= 2 && (orgHeads.has(last.lower) || orgHeads.has(withoutFinalDot(last.lower))) && !titleHeads.has(t[from].lower)) {
      // "United Kingdom Home Office", "US National Science Foundation": a country's name before an
      // institution of two words or more says whose it is; the institution's name is the rest
      const c = countryAt(t, from, to);
      if (c && !c.demonym && c.to <= to - 2 && !this.institutionName(from, c.to)) {
        this.pushCountry(from, c);
        return this.org(c.to, to);
      }
      return this.org(from, to);
    }
    if (n >= 3 && orgStarts.has(t[from].lower) && OF_ON_FOR.has(t[from + 1].lower)) return this.org(from, to);
    // "Medical Journal of Australia", "Doctor Who Society of Canada": an institution's head noun before "of"
    if (n >= 3 && this.headBeforeOf(from, to)) return this.org(from, to);
    if (organizationNames.has(key) && !countryByName.has(key)) return this.org(from, to);
    if (followedByTrailer) return this.org(from, to);
    // places by their last word ("Fisht Stadium", "Castlefrank Road"), unless a first name opens a
    // person's name that ends in a word which is also a surname ("Marc Lamont Hill", not "Adler Planetarium")
    if (n >= 2 && placeHeads.has(last.lower) && !countryByName.has(key) && !titleHeads.has(t[from].lower) && !eventHeads.has(last.lower)
      && !(firstNames.has(t[from].lower) && englishWords.has(last.lower) && !placeOnlyHeads.has(last.lower))) {
      this.push('place', from, to, true);
      this.nestedCountries(from, to);
      return;
    }
    // named events by their last word ("World War II", "Lantern Festival", "U.N. General Assembly")
    // "World War II", "Fan Expo Canada": a numeral or the host country may follow the head noun
    const eventHeadAt = n >= 2 && (ROMAN.test(last.text) || countryByName.has(last.key)) ? to - 2 : to - 1;
    if (n >= 2 && eventHeads.has(t[eventHeadAt].lower) && !titleHeads.has(t[from].lower)) {
      this.push('event', from, to, true);
      // a leading acronym or organization inside the event is its own mention ("U.N.", "FIFA", "Google")
      const c = countryAt(t, from, to);
      if (!(c && c.to < to) && (t[from].allCaps && t[from].text.length <= 6 || organizationNames.has(t[from].lower))) this.push('organization', from, from + 1, true);
      this.nestedCountries(from, to);
      return;
    }
    // a title splits the run: modifiers before it, the person after it
    const title = this.findTitle(from, to);
    if (title) {
      if (title.start > from) this.chunk(from, title.start);
      if (title.nameFrom < to) this.person(title.nameFrom, to, true, true);
      return;
    }
    // a country name, code or demonym at the start; the rest is classified on its own
    let c = countryAt(t, from, to);
    // "British Red Cross", "Russian Foreign Ministry": a demonym opening an institution's name is part
    // of the name, as inside it ("Korean People's Army"); the country is not mentioned apart
    if (c && c.demonym && c.to < to && this.institutionName(c.to, to)) return this.org(from, to);
    // "North America", "Latin America": a region, not the country the last word names
    if (!c && n >= 2 && REGION_WORDS.has(t[from].lower)) {
      const region = countryAt(t, from + 1, to);
      if (region && !region.demonym && !region.code) {
        this.push('place', from, region.to, true);
        if (region.to < to) this.chunk(region.to, to);
        return;
      }
    }
    // (the region word cut off by a headline's plain words: "Published North America Politics")
    if (c && !c.demonym && !c.code && from > 0 && REGION_WORDS.has(t[from - 1].lower) && t[from - 1].cap && t[from - 1].joinsNext) {
      this.push('place', from, c.to, true);
      if (c.to < to) this.chunk(c.to, to);
      return;
    }
    if (c) {
      // a row of countries ("Syria Iraq Iran") is taken in a loop, not by recursion
      while (c) {
        this.pushCountry(from, c);
        from = c.to;
        c = from < to ? countryAt(t, from, to) : undefined;
      }
      if (from < to) this.chunk(from, to);
      return;
    }
    // hyphenated compounds with countries inside ("Russian-backed", "U.S.-backed", "U.S.-Russian")
    if (n === 1 && t[from].text.includes('-') && this.hyphenCountries(from)) return;
    // acronyms: "AP", "NASA", "U.N." -- but not a place in capitals ("GENEVA —" in a dateline)
    // nor the "PM" of "7:15 PM" (a word glued to a number is a unit, not a name)
    const afterNumber = from > 0 && t[from - 1].joinsNext && /^\d/.test(t[from - 1].text);
    if (n === 1 && t[from].allCaps && (places.has(key) || capitals.has(key) || afterNumber)) {
      if (!afterNumber) this.push('place', from, to, true);
      return;
    }
    if (n === 1 && t[from].allCaps && !ROMAN.test(t[from].text) && t[from].text.replace(DOTS, '').length <= 6) {
      return this.org(from, to);
    }
    // "the Church", "the Court", "the Administration": an institution named by its head noun alone
    if (n === 1 && orgHeads.has(t[from].lower) && !t[from].sentenceStart && t[from - 1]?.lower === 'the') return this.org(from, to);
    // Capitals are places, never their country, even when they stand for a government
    // ("Washington said…", "Moscow accused…"). The city is as often meant as the government,
    // annotators mark both as places, and folding them into the country would put a city into
    // the country's mentions. A capital that is also the surname of a person named in full in the
    // article becomes that person (see entities.ts).
    if (places.has(key) || capitals.has(key)) {
      this.push('place', from, to, true);
      return;
    }
    // "PC World", "BBC Arabic": an acronym and one or two words that are no names make one organization
    if (n <= 3 && t[from].allCaps && t[from].text.replace(DOTS, '').length <= 5 && !ROMAN.test(t[from].text)
      && noNameWords(t, from + 1, to)
      && !personEvidence(t, from + 1, to) && !(to - from >= 3 && wordFirstNames.has(t[from + 1].lower) && unknownSurnames(t, from + 2, to))) return this.org(from, to);
    // "Google Chrome", "Microsoft Windows": a known company's name before a product's is no first name
    if (n >= 2 && organizationNames.has(t[from].lower) && !firstNames.has(t[from].lower) && !lastNames.has(t[from].lower)
      && !(to - from > 2 && personEvidence(t, from + 1, to)) && !firstNames.has(t[from + 1].lower)
      && !(to - from > 2 && wordFirstNames.has(t[from + 1].lower) && unknownSurnames(t, from + 2, to))) {
      this.org(from, from + 1);
      this.push('unknown', from + 1, to, false);
      return;
    }
    // "the Obama administration": a lone name before an administration noun leads it
    if (n === 1 && !t[from].allCaps && t[to]?.joinsNext !== undefined && t[from].joinsNext && LEADER_NOUNS.has(t[to]?.lower ?? '')
      && (personLike(t[from]) || surnameWord(t[from])) && !organizationNames.has(key)) {
      this.push('person', from, to, true).leads = true;
      return;
    }
    // "al-Qaida": a lone Arabic-article name that is no known person is an organization
    if (n === 1 && /^(al|el)-/i.test(t[from].text) && !lastNames.has(t[from].lower)) return this.org(from, to);
    this.person(from, to, false, false);
  }

  /** Tokens [from, to) are all acronyms and none has a dot (a line of capitals, not "U.S."). */
  private allCapsUndotted(from: number, to: number): boolean {
    const t = this.tokens;
    for (let k = from; k < to; k++) if (!t[k].allCaps) return false;
    for (let k = from; k < to; k++) if (t[k].text.includes('.')) return false;
    return true;
  }

  /** The "of" after a person's name in a run ("Matthew Ingram of The Globe"), when the words before
   *  it are a name (a first name, or two to four name-like words) and no institution ("Bank of"). */
  private personBeforeOf(from: number, to: number): number | undefined {
    const t = this.tokens;
    for (let o = from + 1; o < to - 1 && o <= from + 4; o++) {
      if (t[o].lower !== 'of') continue;
      const words = t.slice(from, o);
      if (words.some((x) => orgStarts.has(x.lower) || orgHeads.has(x.lower) || titleHeads.has(withoutFinalDot(x.lower)) || eventHeads.has(x.lower))) return undefined;
      // ("Co-author Jodi Rowley of …": a first name may open the name after other words)
      const opened = (firstNames.has(beforeHyphen(t[from].lower)) && words.every((x) => nameContinues(x))) || firstNameStart(t, from, o) !== undefined;
      if (opened || (words.length >= 2 && words.every(personLike))) return o;
      return undefined;
    }
    return undefined;
  }

  /** The "of" after a title and a name ("Sen. Chuck Schumer of New York"), not the "of" of the title
   *  itself ("Secretary of State John Kerry"). */
  private titledNameBeforeOf(from: number, to: number): number | undefined {
    const t = this.tokens;
    for (let o = from + 2; o < to - 1; o++) {
      if (t[o].lower !== 'of') continue;
      const title = this.findTitle(from, o);
      return title && title.nameFrom < o && firstNames.has(beforeHyphen(t[title.nameFrom].lower)) ? o : undefined;
    }
    return undefined;
  }

  /** Each country, code or demonym among the parts of a hyphenated word, as its own mention. */
  private hyphenCountries(k: number): boolean {
    const word = this.tokens[k].text;
    let found = false;
    let offset = 0;
    for (const part of word.split('-')) {
      const pc = countryByDemonym.get(toLower(part)) ?? countryByCode.get(part.replace(DOTS, '')) ?? countryByName.get(normalizeKey(part));
      // (only capitalised parts: "us-based" names nobody; "al-" is an article)
      if (pc && /^\p{Lu}/u.test(part) && !/^(al|el)$/i.test(part)) {
        const start = this.tokens[k].start + offset;
        this.out.push({ kind: 'country', from: k, to: k + 1, start, end: start + part.length, key: pc.id, strong: true, country: pc });
        found = true;
      }
      offset += part.length + 1;
    }
    return found;
  }

  /** An institution's head noun inside the run, right before "of", "for" or "on" ("Journal of", "Institute
   *  for Near East Policy", "Council on Foreign Relations"). */
  private headBeforeOf(from: number, to: number): boolean {
    const t = this.tokens;
    for (let k = from + 1; k < to - 1; k++) if (HEAD_CONNECTORS.has(t[k + 1].lower) && orgHeads.has(t[k].lower)) return true;
    return false;
  }

  /** Tokens [from, to) name an institution by their form: a known organization, a head noun at the end or before "of". */
  private institutionName(from: number, to: number): boolean {
    const t = this.tokens;
    const key = runKey(t, from, to);
    return (organizationNames.has(key) && !countryByName.has(key)) || (to - from >= 2 && orgHeads.has(t[to - 1].lower)) || this.headBeforeOf(from, to);
  }

  private pushCountry(from: number, c: CountryHit): void {
    const t = this.tokens;
    if (c.code) {
      // "NZ$ 26 million", "US$ 20,000": a currency, not the country
      const after = this.text[t[from].end];
      if (after === '$' || (after === ' ' && this.text[t[from].end + 1] === '$')) return;
    }
    const cand: Candidate = { kind: 'country', from, to: c.to, start: t[from].start, end: t[c.to - 1].end, key: c.country.id, strong: true, country: c.country };
    // "Afghans", "Bangladeshis": a plural noun for the people, not the country ("Swiss" is no plural)
    if (c.demonym && t[from].lower.endsWith('s') && countryByDemonym.has(t[from].lower.slice(0, -1))) cand.peopleNoun = true;
    if (c.code) cand.bareCode = true;
    this.out.push(cand);
  }

  /** "Daughters of the American Revolution", "Man of the Match": an event named after "of the" inside a
   *  longer name is a mention of that event too. */
  private nestedEvent(from: number, to: number): void {
    const t = this.tokens;
    if (to - from < 4) return;
    for (let k = from + 1; k + 2 < to; k++) {
      if (t[k].lower !== 'of' || t[k + 1].lower !== 'the' || !t[k + 2].cap) continue;
      // the event ends at its head noun ("… of the American Revolution Constitution Hall")
      for (let j = k + 2; j < to && j < k + 6; j++) {
        const w = t[j].lower;
        if ((eventHeads.has(w) || eventNouns.has(w)) && !NO_NESTED_EVENT.has(w)) {
          this.push('event', k + 2, j + 1, true);
          return;
        }
      }
      return;
    }
  }

  /** A sentence that speaks of a mission, a launch or a flight around token k. */
  private aboutMission(k: number): boolean {
    const t = this.tokens;
    for (let j = Math.max(0, k - 15); j < Math.min(t.length, k + 15); j++) {
      work.steps++;
      if (t[j].sentence === t[k].sentence && MISSION_WORDS.has(t[j].lower)) return true;
    }
    return false;
  }

  /** "the 1991 Hajj", "during the Hajj": a year or "during the" before a lone name that ends its phrase. */
  private introducedAsEvent(k: number): boolean {
    const t = this.tokens;
    if (k < 2 || !t[k - 1].joinsNext) return false;
    // (the cheap tests first: most lone names have no year nor "the" before them)
    const year = YEAR.test(t[k - 1].text) && t[k - 2].lower === 'the';
    const during = t[k - 1].lower === 'the' && t[k - 2].lower === 'during';
    if (!(year || during)) return false;
    if (firstNames.has(t[k].lower) || lastNames.has(t[k].lower) || famousSurnames.has(t[k].lower)) return false;
    const next = t[k + 1];
    return !(next && t[k].joinsNext && next.sentence === t[k].sentence && !EVENT_FOLLOWERS.has(next.lower));
  }

  private org(from: number, to: number): void {
    // "on the sidelines of the U.N. General Assembly": what has sidelines is a meeting, an event
    const t = this.tokens;
    let b = from - 1;
    if (t[b]?.lower === 'the') b--;
    if (b >= 1 && t[b].lower === 'of' && t[b - 1].lower === 'sidelines' && to - from >= 2) {
      this.push('event', from, to, true);
      if (t[from].allCaps) this.push('organization', from, from + 1, true);
      this.nestedCountries(from, to);
      return;
    }
    this.push('organization', from, to, true);
    this.nestedCountries(from, to);
    this.nestedPerson(from, to);
  }

  /** "Andy Warhol Foundation", "Steven F. Udvar-Hazy Center": a person's full name (a first name and
   *  name words that are no English words) before the head of an institution is also a mention of
   *  that person. It is marked nested: it names the institution's namesake, never a speaker. */
  private nestedPerson(from: number, to: number): void {
    const t = this.tokens;
    for (let k = from; k < to - 2; k++) {
      if (!t[k].cap || !firstNames.has(t[k].lower) || t[k].allCaps) continue;
      let j = k + 1;
      while (j < to - 1 && (isInitial(t[j]) || (personLike(t[j]) && !firstNames.has(t[j].lower) && !englishWords.has(t[j].lower)))) j++;
      if (j === k + 1 || isInitial(t[j - 1]) || !(orgHeads.has(t[j].lower) || placeHeads.has(t[j].lower))) continue;
      this.push('person', k, j, true).nested = true;
      return;
    }
  }

  /** A country named inside an organization or event ("US National Science Foundation", "Fan Expo
   *  Canada", "Medical Journal of Australia") is also a mention of that country. Demonyms inside
   *  names ("Korean People's Army") are part of the name, not a reference to the country. */
  private nestedCountries(from: number, to: number): void {
    const t = this.tokens;
    for (let k = from; k < to; k++) {
      const c = countryAt(t, k, to);
      if (!c || c.demonym || (c.to === to && k === from)) continue;
      this.pushCountry(k, c);
      k = c.to - 1;
    }
  }

  /** A person name, possibly with honorific; non-name words are left unknown. */
  private person(from: number, to: number, titled: boolean, strong: boolean): void {
    const t = this.tokens;
    // the person name is the longest stretch of name-like words at the end
    let s = to;
    while (s > from && personLike(t[s - 1])) s--;
    // a title or a first name lets common words in ("Prime Minister John Key", "Marcus Berg")
    if (titled) {
      s = to;
      while (s > from && nameContinues(t[s - 1])) s--;
    } else {
      const f = firstNameStart(t, from, to);
      if (f !== undefined && f < s) s = f;
    }
    // "Trump said", "Rice told reporters": a lone surname that is also a rarer English word, before a
    // speech verb (compromise's common words still rule out "Police said")
    if (s === to && to - from === 1 && surnameWord(t[from]) && this.speechFollows(to)) s = from;
    // "Dean Kamen": a first name that is also a word, before surnames that are none
    if (!titled && s > from && wordFirstNames.has(t[s - 1].lower) && !t[s - 1].sentenceStart && unknownSurnames(t, s, to)) {
      s--;
      strong = true;
    }
    while (s < to && !t[s].cap) s++;
    if (s >= to) {
      // nothing name-like: kept only if the article names it as something else elsewhere
      this.push('unknown', from, to, false);
      return;
    }
    if (!everyNameWord(t, s, to)) {
      if (s > from) this.chunk(from, s);
      return;
    }
    // a plural noun ends no name, even before "says" ("Iodine Deficiency Disorders says"), unless a
    // first name opens it ("Kathryn Waters")
    const last = t[to - 1].lower;
    const plural = !strong && pluralNoun(last) && !lastNames.has(last) && !firstNames.has(t[s].lower);
    const evidence = !plural && (strong || personEvidence(t, s, to) || this.speechFollows(to));
    // "the Sea Org", "Civic Passion": without evidence, the whole run stays one unknown name, which
    // the article may name as an organization elsewhere ("the Sea Org group")
    if (!evidence && s > from) {
      this.push('unknown', from, to, false);
      return;
    }
    if (s > from) this.chunk(from, s);
    this.push(evidence ? 'person' : 'unknown', s, to, evidence).titled = titled;
  }

  /** "Lavrov said", "Kerry told reporters": a speech verb right after the name. */
  speechFollows(to: number): boolean {
    const t = this.tokens;
    const v = t[to];
    if (!v || !t[to - 1].joinsNext || !speechVerbs.has(v.lower) || v.cap) return false;
    // "Chrome continues to surge", "Trump vowed to fight": a verb before an infinitive reports nothing
    return !(INFINITIVE_VERBS.has(v.lower) && t[to + 1]?.lower === 'to');
  }

  /** The title words inside a run and where the name after them starts. */
  private findTitle(from: number, to: number): { start: number; nameFrom: number } | undefined {
    const t = this.tokens;
    for (let h = to - 2; h >= from; h--) {
      // a title, or a job noun used as one ("NASA Administrator Charles Bolden")
      const isTitle = titleHeads.has(withoutFinalDot(t[h].lower)) || titleHeads.has(t[h].lower);
      if (!isTitle && !(actorNouns.has(t[h].lower) && t[h + 1].cap)) continue;
      let nameFrom = h + 1;
      if (!isTitle && t[nameFrom].lower === 'of') continue;
      // "Secretary of State John Kerry": the complement "of State" belongs to the title
      if (t[nameFrom]?.lower === 'of' && nameFrom + 2 < to) nameFrom += 2;
      if (nameFrom >= to || !allContinue(t, nameFrom, to)) continue;
      let start = h;
      while (start > from && titleWords.has(t[start - 1].lower)) start--;
      return { start, nameFrom };
    }
    // a title alone ("President", "Foreign Minister") names nobody
    let k = from;
    while (k < to && (titleWords.has(t[k].lower) || t[k].lower === 'of')) k++;
    if (k === to) return { start: from, nameFrom: to };
    return undefined;
  }
}
