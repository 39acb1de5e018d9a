/** Titles and people: the run rules that find a person by a title or by what follows, and the
 *  reading of a run that no other rule decided as a person's name (or as unknown). */
import {
  actorNouns, compassWords, englishWords, eventHeads, firstNames, lastNames, organizationNames, orgHeads, orgStarts, speechVerbs, titleHeads, titleWords, wordFirstNames,
} from '../lexicon/lexicon';
import { beforeHyphen, withoutFinalDot } from '../text/text';
import {
  allContinue, countryAt, everyNameWord, firstNameStart, nameContinues, personEvidence, personLike, pluralNoun, surnamesAfterWordName, surnameWord,
  wordNameOpensSentence,
} from './nameWords';
import type { RunClassifier } from './classify';
import { RunRule } from './candidate';
import { ruleTable, RuleInfo } from '../rules';

/** Lower-case nouns after a leader's surname ("the Varga administration"); not "government" or
 *  "regime", which follow the names of movements and cities as often. */
const LEADER_NOUNS = new Set(['administration', 'presidency', 'premiership', 'campaign']);
/** Speech verbs that also take an infinitive ("continues to grow", "promised to act"). */
const INFINITIVE_VERBS = new Set(['continued', 'continues', 'promised', 'promises', 'pledged', 'pledges', 'vowed', 'vows', 'agreed',
  'agrees', 'hoped', 'hopes', 'claimed', 'claims', 'threatened', 'threatens', 'urged', 'urges']);

/** The ids of the readings of a run as a person's name (classifyPerson). */
export const PERSON_RULES = {
  titled: 'person.titled-name',
  firstName: 'person.first-name',
  nameShape: 'person.name-shape',
  surnameSpeaks: 'person.surname-speaks',
  wordFirstName: 'person.word-first-name',
  wordNameOpens: 'person.word-name-opens',
  unknown: 'unknown.no-evidence',
} as const;

/** Readings of a person's name decided in classifyPerson, beside those listed with the run table. */
ruleTable<RuleInfo>('entities-people', [
  { id: PERSON_RULES.wordNameOpens, description: 'at a sentence start, a first name that is also a word ("Bill", "Guy") before one surname that is no English word, then a comma or a speech verb', example: 'Guy Marlow, a farmer from the valley, sold the land.' },
]);

/** "Varga said", "Ostrander told reporters": a speech verb right after the name. */
export function speechFollows(c: RunClassifier, to: number): boolean {
  const t = c.tokens;
  const v = t[to];
  if (!v || !t[to - 1].joinsNext || !speechVerbs.has(v.lower) || v.cap) return false;
  // "Sales continue to grow", "Varga vowed to fight": a verb before an infinitive reports nothing
  return !(INFINITIVE_VERBS.has(v.lower) && t[to + 1]?.lower === 'to');
}

/** A name after a title has four words at most, and no reporting verb after its first word: a
 *  Title Case headline ("Mayor Says Budget Plan Will Fail") names nobody after its title. */
function nameAfterTitle(c: RunClassifier, from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let k = from + 1; k < to; k++) if (speechVerbs.has(c.tokens[k].lower)) return false;
  return !(to - from > 1 && speechVerbs.has(c.tokens[from].lower));
}

/** The title words inside a run and where the name after them starts. */
export function findTitle(c: RunClassifier, from: number, to: number): { start: number; nameFrom: number } | undefined {
  const t = c.tokens;
  for (let h = to - 2; h >= from; h--) {
    // a title, or a job noun used as one ("Agency Administrator Lena Voss")
    const isTitle = titleHeads.has(withoutFinalDot(t[h].lower)) || titleHeads.has(t[h].lower);
    if (!isTitle && !(actorNouns.has(t[h].lower) && t[h + 1].cap)) continue;
    let nameFrom = h + 1;
    if (!isTitle && t[nameFrom].lower === 'of') continue;
    // "Secretary of Trade Omar Reyes": the complement "of Trade" belongs to the title
    if (t[nameFrom]?.lower === 'of' && nameFrom + 2 < to) nameFrom += 2;
    if (nameFrom >= to || !allContinue(t, nameFrom, to) || !nameAfterTitle(c, nameFrom, to)) continue;
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

/** The "of" after a person's name in a run ("Tomas Erlich of the Harbour Gazette"), when the words
 *  before it are a name (a first name, or two to four name-like words) and no institution. */
function personBeforeOf(c: RunClassifier, from: number, to: number): number | undefined {
  const t = c.tokens;
  for (let o = from + 1; o < to - 1 && o <= from + 4; o++) {
    if (t[o].lower !== 'of') continue;
    const words = t.slice(from, o);
    if (words.some((x) => orgStarts.has(x.lower) || orgHeads.has(x.lower) || titleHeads.has(withoutFinalDot(x.lower)) || eventHeads.has(x.lower))) return undefined;
    // ("Co-author Mira Solberg of …": a first name may open the name after other words)
    const opened = (firstNames.has(beforeHyphen(t[from].lower)) && words.every((x) => nameContinues(x))) || firstNameStart(t, from, o) !== undefined;
    if (opened || (words.length >= 2 && words.every(personLike))) return o;
    return undefined;
  }
  return undefined;
}

/** The "of" after a title and a name ("Sen. Ruth Amador of Nevada"), not the "of" of the title. */
function titledNameBeforeOf(c: RunClassifier, from: number, to: number): number | undefined {
  const t = c.tokens;
  for (let o = from + 2; o < to - 1; o++) {
    if (t[o].lower !== 'of') continue;
    const title = findTitle(c, from, o);
    return title && title.nameFrom < o && firstNames.has(beforeHyphen(t[title.nameFrom].lower)) ? o : undefined;
  }
  return undefined;
}

export const PERSON_OF: RunRule = {
  id: 'split.person-of',
  description: 'a person\'s name, titled or not, then "of" and what the person belongs to or comes from: two mentions',
  example: 'Tomas Erlich of the Harbour Workers Union spoke first.',
  apply(c, from, to) {
    const of = personBeforeOf(c, from, to) ?? titledNameBeforeOf(c, from, to);
    if (of === undefined) return false;
    c.chunk(from, of);
    c.chunk(of + 1, to);
    return true;
  },
};

export const TITLED_NAME: RunRule = {
  id: PERSON_RULES.titled,
  description: 'a title splits the run: the words before it are classified apart, the name after it is a person',
  example: 'Finance Minister Ilse Brandvold resigned on Monday.',
  apply(c, from, to) {
    const title = findTitle(c, from, to);
    if (!title) return false;
    if (title.start > from) c.chunk(from, title.start);
    if (title.nameFrom < to) classifyPerson(c, title.nameFrom, to, true, true);
    return true;
  },
};

export const LEADS_ADMINISTRATION: RunRule = {
  id: 'person.leads-administration',
  description: 'a lone name before "administration", "presidency" or "premiership" is the leader\'s',
  example: 'Critics of the Varga administration marched downtown.',
  apply(c, from, to) {
    const t = c.tokens;
    if (to - from !== 1 || t[from].allCaps || !t[from].joinsNext || !LEADER_NOUNS.has(t[to]?.lower ?? '')) return false;
    if (!(personLike(t[from]) || surnameWord(t[from])) || organizationNames.has(t[from].key)) return false;
    c.push('person', from, to, true, this.id).leads = true;
    return true;
  },
};

/** A person's name, possibly titled; words that are no name are left unknown. */
export function classifyPerson(c: RunClassifier, from: number, to: number, titled: boolean, strong: boolean): void {
  const t = c.tokens;
  let rule: string = titled ? PERSON_RULES.titled : PERSON_RULES.nameShape;
  // the person name is the longest stretch of name-like words at the end
  let s = to;
  while (s > from && personLike(t[s - 1])) s--;
  // a title or a first name lets common words in ("Prime Minister Anna Rose", "Marcus Field")
  if (titled) {
    s = to;
    while (s > from && nameContinues(t[s - 1])) s--;
  } else if (c.rules.on(PERSON_RULES.firstName)) {
    const f = firstNameStart(t, from, to);
    if (f !== undefined && f <= s) {
      s = f;
      rule = PERSON_RULES.firstName;
    }
  }
  // "Pryce said": a lone surname that is also a rarer English word, before a speech verb
  // (compromise's common words still rule out "Police said")
  if (s === to && to - from === 1 && c.rules.on(PERSON_RULES.surnameSpeaks) && surnameWord(t[from]) && speechFollows(c, to)) {
    s = from;
    rule = PERSON_RULES.surnameSpeaks;
  }
  // "Dean Vorhaus", "Frank Everett": a first name that is also a word, before surnames that are none
  // (first names among them); a compass word, "North Velmar", opens a region, not a name
  if (!titled && s > from && c.rules.on(PERSON_RULES.wordFirstName) && wordFirstNames.has(t[s - 1].lower) && !t[s - 1].sentenceStart
    && !compassWords.has(t[s - 1].lower) && surnamesAfterWordName(t, s, to)) {
    s--;
    strong = true;
    rule = PERSON_RULES.wordFirstName;
  }
  // "Bill Everett, an aide, said": the same at a sentence start, before a comma or a speech verb
  if (!titled && s === from + 1 && c.rules.on(PERSON_RULES.wordNameOpens) && t[from].sentenceStart && wordFirstNames.has(t[from].lower)
    && wordNameOpensSentence(t, c.text, from)) {
    s = from;
    strong = true;
    rule = PERSON_RULES.wordNameOpens;
  }
  while (s < to && !t[s].cap) s++;
  if (s >= to) {
    // nothing name-like: kept only if the article names it as something else elsewhere
    c.push('unknown', from, to, false, PERSON_RULES.unknown);
    return;
  }
  if (!everyNameWord(t, s, to)) {
    if (s > from) c.chunk(from, s);
    return;
  }
  // a plural noun ends no name, even before "says" ("Sleep Disorders says"), unless a first name opens it
  const last = t[to - 1].lower;
  const plural = !strong && pluralNoun(last) && !lastNames.has(last) && !firstNames.has(t[s].lower);
  const evidence = !plural && (strong || personEvidence(t, s, to) || speechFollows(c, to));
  if (evidence && rule === PERSON_RULES.nameShape && firstNames.has(beforeHyphen(t[s].lower))) rule = PERSON_RULES.firstName;
  // without evidence, the whole run stays one unknown name, which the article may name as an
  // organization elsewhere ("the Quiet Hours group")
  if (!evidence && s > from) {
    c.push('unknown', from, to, false, PERSON_RULES.unknown);
    return;
  }
  if (s > from) c.chunk(from, s);
  const on = evidence && c.rules.on(rule);
  c.push(on ? 'person' : 'unknown', s, to, on, on ? rule : PERSON_RULES.unknown).titled = titled;
}

export const NAME_WITH_COUNTRY: RunRule = {
  id: 'person.name-with-country',
  description: 'a two-word name whose first or last word is also a country\'s ("Tomas Jordan", "Chad Vorhaus"): a first name, then a surname that is no English word or a country\'s name',
  example: 'The film was made by Tomas Jordan, and Chad Vorhaus wrote it.',
  apply(c, from, to) {
    const t = c.tokens;
    if (to - from !== 2 || t[from].allCaps || t[from + 1].allCaps) return false;
    const first = t[from];
    const second = t[from + 1];
    if (!firstNames.has(first.lower)) return false;
    const countryFirst = countryAt(t, from, from + 1);
    const countryLast = countryAt(t, from + 1, to);
    // "Chad Vorhaus": a country's name that is also a first name, before a surname that is no English word
    const person = countryFirst && !countryFirst.demonym && !countryLast && !englishWords.has(second.lower) && personLike(second)
      // "Tomas Jordan": a first name that names no country, before a country's name
      || !countryFirst && countryLast && !countryLast.demonym && countryLast.code === undefined && !englishWords.has(first.lower);
    if (!person) return false;
    c.push('person', from, to, true, this.id);
    return true;
  },
};
