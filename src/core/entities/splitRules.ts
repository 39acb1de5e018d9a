/** Splits: run rules that trim or cut a run before anything reads what it names (an article before a
 *  country, a weekday after a name, a caption's label, two acronyms in a row). */
import { creditLabels, eventHeads, firstNames, months, orgHeads, orgStarts, weekdays, wordFirstNames } from '../lexicon/lexicon';
import { countryAt } from './nameWords';
import { RunRule } from './candidate';

/** "R-Ky", "D-N", "I-Vt": a party's letter and a state's abbreviation after a lawmaker's name. */
const PARTY_STATE = /^[DRI]-[A-Z][a-zA-Z]?\.?$/;

export const THE_BEFORE_COUNTRY: RunRule = {
  id: 'split.the-before-country',
  description: 'a capitalised "The" before a country\'s name is no part of it',
  example: 'Aid came from The Philippines on Monday.',
  apply(c, from, to) {
    const t = c.tokens;
    if (!(from + 1 < to && t[from].lower === 'the' && countryAt(t, from + 1, to))) return false;
    c.chunk(from + 1, to);
    return true;
  },
};

export const TRAILING_WEEKDAY: RunRule = {
  id: 'split.trailing-weekday',
  description: 'a weekday after a name is a date, no part of the name',
  example: 'The Harbour Council Tuesday approved the budget.',
  apply(c, from, to) {
    const t = c.tokens;
    let end = to;
    while (end - from > 1 && weekdays.has(t[end - 1].lower)) end--;
    if (end === to) return false;
    c.chunk(from, end);
    return true;
  },
};

export const LEADING_MONTH: RunRule = {
  id: 'split.leading-month',
  description: 'a month before a name ("a September Harbour Times poll") dates it and is no part of it; months that are first names ("June", "April") may open a person\'s name',
  example: 'In a September Harbour Times poll, most readers said no.',
  apply(c, from, to) {
    const t = c.tokens;
    const w = t[from].lower;
    if (to - from < 2 || !months.has(w) || firstNames.has(w) || wordFirstNames.has(w) || t[from].allCaps) return false;
    c.chunk(from + 1, to);
    return true;
  },
};

export const CREDIT_LABEL: RunRule = {
  id: 'split.credit-label',
  description: 'a caption\'s credit label before a colon ("Photo:") is no part of a name',
  example: 'Harbour at dawn Photo: Lena Voss',
  apply(c, from, to) {
    const t = c.tokens;
    if (!(creditLabels.has(t[to - 1].lower) && c.text[t[to - 1].end] === ':')) return false;
    if (to - 1 > from) c.chunk(from, to - 1);
    return true;
  },
};

export const TWO_ACRONYMS: RunRule = {
  id: 'split.two-acronyms',
  description: 'two acronyms in a row, one of them dotted, are two names ("AP U.S. …")',
  example: 'AP U.S. Trade Representative Dana Ortiz spoke.',
  apply(c, from, to) {
    const t = c.tokens;
    if (!(to - from > 1 && t[from].allCaps && t[from + 1].allCaps && (t[from].text.includes('.') || t[from + 1].text.includes('.')))) return false;
    c.chunk(from, from + 1);
    c.chunk(from + 1, to);
    return true;
  },
};

export const PARTY_AND_STATE: RunRule = {
  id: 'split.party-state',
  description: 'a party letter and a state after a lawmaker\'s name ("R-Ohio") names nobody',
  example: 'Rep. Dana Ortiz (D-Vt.) voted no.',
  apply(c, from, to) {
    return to - from === 1 && PARTY_STATE.test(c.tokens[from].text);
  },
};

export const OF_COUNTRY: RunRule = {
  id: 'split.of-country',
  description: 'a name or a title, then "of" and a country that ends the run ("Emperor of Chile", "Lena Voss of Peru"): the country is a mention apart, unless an institution or event opens "of" ("Bank of …")',
  example: 'The King of Norway opened the bridge.',
  apply(c, from, to) {
    const t = c.tokens;
    for (let of = to - 2; of > from; of--) {
      if (t[of].lower !== 'of') continue;
      const hit = countryAt(t, of + 1, to);
      const head = t[of - 1].lower;
      if (!hit || hit.to !== to || hit.demonym || orgHeads.has(head) || orgStarts.has(head) || eventHeads.has(head)) return false;
      c.chunk(from, of);
      c.chunk(of + 1, to);
      return true;
    }
    return false;
  },
};
