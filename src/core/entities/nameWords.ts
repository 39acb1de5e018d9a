/** Word-level tests on tokens: could this word be part of a person's name, does a run start with a
 *  country (name, code or demonym), is there a first name or a surname that is no English word.
 *  Used by the run classifier (classify.ts). */
import {
  commonWords, englishWords, countryByCode, countryByDemonym, countryByName, CountryInfo, demonymWords, eventHeads,
  famousSurnames, firstNames, lastNames, maxCountryNameWords, months, nameParticles, orgHeads, countryNamePrefixes, speechVerbs, titleHeads, weekdays,
} from '../lexicon/lexicon';
import { beforeHyphen, toLower } from '../text/text';
import { Token } from '../text/tokens';

export const DOTS = /\./g;
/** First words that make a region of a country's name ("Central America"). */
export const REGION_WORDS = new Set(['north', 'south', 'east', 'west', 'central', 'latin']);

/** "U.S." and "US" are the one country; "IT" is not Italy, "U.N." is no country. */
export function countryCode(t: Token): CountryInfo | undefined {
  if (!t.allCaps) return undefined;
  const code = t.text.replace(DOTS, '');
  const c = countryByCode.get(code);
  if (!c) return undefined;
  // a bare two-letter code that is also an English word ("IT", "IN") is not a country
  if (code.length === 2 && !t.text.includes('.') && code !== 'US' && commonWords.has(toLower(code))) return undefined;
  return c;
}

export interface CountryHit {
  country: CountryInfo;
  to: number;
  demonym: boolean;
  /** A bare two-letter code ("NZ", "US"). */
  code?: boolean;
}

/** The last question countryAt answered: the rules of one run ask about the same words in turn. */
let askedTokens: Token[] | undefined;
let askedFrom = -1;
let askedTo = -1;
let answered: CountryHit | undefined;

/** The country a run of tokens opens with (the hit is shared: callers only read it). */
export function countryAt(tokens: Token[], from: number, to: number): CountryHit | undefined {
  if (tokens === askedTokens && from === askedFrom && to === askedTo) return answered;
  answered = findCountryAt(tokens, from, to);
  askedTokens = tokens;
  askedFrom = from;
  askedTo = to;
  return answered;
}

/** Lets go of the last article's tokens (analyze calls it when the entities are built). */
export function forgetCountryAt(): void {
  askedTokens = undefined;
  answered = undefined;
}

function findCountryAt(tokens: Token[], from: number, to: number): CountryHit | undefined {
  // the longest name, built word by word while the words so far begin some country's name
  let key = '';
  let found: CountryHit | undefined;
  for (let k = from; k < to && k - from < maxCountryNameWords; k++) {
    key = key ? `${key} ${tokens[k].key}` : tokens[k].key;
    if (!countryNamePrefixes.has(key)) break;
    const c = countryByName.get(key);
    if (c) found = { country: c, to: k + 1, demonym: false };
  }
  if (found) return found;
  const code = countryCode(tokens[from]);
  if (code) {
    // "IE." at a sentence end is a bare code too, only "U.S." is dotted
    const bare = tokens[from].text.endsWith('.') ? tokens[from].text.slice(0, -1) : tokens[from].text;
    return { country: code, to: from + 1, demonym: false, code: !bare.includes('.') && bare.length === 2 };
  }
  const dem = countryByDemonym.get(tokens[from].lower);
  if (dem) return { country: dem, to: from + 1, demonym: true };
  return undefined;
}

export const UPPER_LETTER = /^\p{Lu}$/u;
/** An initial, "J." (/^\p{Lu}\.$/u by char codes while ASCII). */
export function isInitial(t: Token): boolean {
  const s = t.text;
  if (s.length !== 2 || s.charCodeAt(1) !== 0x2e) return false;
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_LETTER.test(s[0]);
}

/** Could this word be part of a person's name? */
export function personLike(t: Token): boolean {
  // what may continue a name, and then a known name or no English word
  if (!nameContinues(t)) return false;
  if (!t.cap || isInitial(t)) return true;
  const w = t.lower;
  if (firstNames.has(w) || lastNames.has(w) || famousSurnames.has(w)) return true;
  const hyphen = w.indexOf('-');
  if (hyphen < 0) return !englishWords.has(w);
  const base = w.replace(/^(al|el)-/, '');
  // "Jean-Marc", "Lee Cheuk-Yan": capitals on both sides of a hyphen make a name, not a compound
  if (/^\p{Lu}\p{Ll}*-\p{Lu}/u.test(t.text)) return true;
  // "Lam Ka-wing": a compound of English words ("Pan-democrat", "Self-made"), or a short prefix and an
  // English word ("Co-author", "Ex-president"), is none
  const head = w.slice(0, hyphen);
  const tail = w.slice(hyphen + 1);
  return !englishWords.has(base) && !((englishWords.has(head) || (head.length <= 3 && tail.length >= 4)) && englishWords.has(tail));
}

/** A capitalised word, not at a sentence start, that may be a surname although SCOWL lists it as
 *  a word ("Trump", "Rice"): no word of compromise's smaller common lexicon, no title or head noun. */
export function surnameWord(t: Token): boolean {
  return t.cap && !t.allCaps && !t.sentenceStart && !commonWords.has(t.lower) && nameContinues(t);
}

/** Last parts of hyphenated descriptors that stand before a name ("Korean-born Lena Voss"). */
const DESCRIPTOR_TAILS = new Set(['born', 'bred', 'raised', 'based', 'educated', 'trained', 'american', 'americans']);

/** A capitalised word that can go on a name once a first name, title or honorific has opened it,
 *  even when it is also an English word ("Henry Wood", "Nadia Field", "Mr Wood"). */
export function nameContinues(t: Token): boolean {
  const w = t.lower;
  if (!t.cap) return nameParticles.has(w);
  if (isInitial(t)) return true;
  if (t.allCaps) return false;
  // "Korean-born", "Ohio-raised": a descriptor before a name is no part of it
  const hyphen = w.lastIndexOf('-');
  if (hyphen > 0 && DESCRIPTOR_TAILS.has(w.slice(hyphen + 1))) return false;
  if (countryByName.has(t.key) || countryByDemonym.has(w) || demonymWords.has(w)) return false;
  return !(months.has(w) || weekdays.has(w) || titleHeads.has(w) || orgHeads.has(w) || eventHeads.has(w));
}

/** Where a person name opened by a first name starts within [from, to), if the rest continues it. */
export function firstNameStart(tokens: Token[], from: number, to: number): number | undefined {
  for (let k = from; k < to - 1; k++) {
    const t = tokens[k];
    if (!(isInitial(t) || firstNames.has(beforeHyphen(t.lower)))) continue;
    let j = k + 1;
    while (j < to && nameContinues(tokens[j])) j++;
    if (j === to && tokens[to - 1].cap) return k;
  }
  return undefined;
}

/** Tokens [from, to) are capitalised name words that are no English words ("Kamen", "Ingalls"). */
export function unknownSurnames(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t.cap || t.allCaps || !personLike(t) || englishWords.has(t.lower) || firstNames.has(t.lower)) return false;
  }
  return to > from;
}

/** Tokens [from, to) are surnames after a first name that is also a word ("Frank Doyle", "Will
 *  Everett"): capitalised name words that are no English words, first names among them. */
export function surnamesAfterWordName(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t.cap || t.allCaps || !personLike(t) || englishWords.has(t.lower)) return false;
  }
  return to > from;
}

/** "Bill Everett, an aide, …", "Guy Marlow said …": at a sentence start, a first name that is also
 *  a word, one surname that is no English word, then a comma or a speech verb. ("Will Everett
 *  agree?" asks a question.) */
export function wordNameOpensSentence(tokens: Token[], text: string, k: number): boolean {
  const name = tokens[k + 1];
  if (!tokens[k].joinsNext || !name || name.sentence !== tokens[k].sentence || !surnamesAfterWordName(tokens, k + 1, k + 2)) return false;
  if (!name.joinsNext) return !name.possessive && text.charCodeAt(name.end) === 0x2c;
  const after = tokens[k + 2];
  return !!after && !after.cap && speechVerbs.has(after.lower);
}

/** Strong evidence that a run of name-like words is a person. */
export function personEvidence(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from].lower;
  const last = tokens[to - 1].lower;
  if (firstNames.has(beforeHyphen(first))) return true;
  if (to - from >= 2 && (lastNames.has(last) || famousSurnames.has(last))) return true;
  // "Sleep Disorders", "Young Reformers": a plural noun ends no unknown name
  if (pluralNoun(last)) return false;
  return to - from >= 2 && to - from <= 4;
}

/** A word that looks like an English plural ("disorders", "galleries", "democrats"), not a name
 *  ending in s ("Courtois", "Nicklaus", "Ingalls", "Mertens"); known surnames are checked apart. */
export function pluralNoun(w: string): boolean {
  if (w.length < 5 || !w.endsWith('s')) return false;
  for (const suffix of PLURAL_SUFFIXES) if (w.endsWith(suffix)) return true;
  return false;
}
/** Endings of English plural nouns that surnames rarely have ("Ingalls", "Mertens" are no plurals). */
export const PLURAL_SUFFIXES = ['ers', 'ies', 'ors', 'ists', 'ants', 'ents', 'ions', 'ics', 'ats', 'ages', 'ures', 'ings'];

export const OF_ON_FOR = new Set(['of', 'on', 'for']);

/** Tokens [from, to) are all nameContinues. */
export function allContinue(t: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!nameContinues(t[k])) return false;
  return true;
}

/** Tokens [from, to) are all personLike or nameContinues. */
export function everyNameWord(t: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!(personLike(t[k]) || nameContinues(t[k]))) return false;
  return true;
}

/** No token of [from, to) is an acronym, a known first or last name or an initial. */
export function noNameWords(t: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const x = t[k];
    if (x.allCaps || firstNames.has(x.lower) || lastNames.has(x.lower) || isInitial(x)) return false;
  }
  return true;
}
