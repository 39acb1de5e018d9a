/** Places and craft: run rules that keep towns, streets, buildings, regions and vessels from being
 *  read as people (places are not shown, but a place read as a person would be). */
import {
  capitals, countryByCode, compassWords, countryByName, craftNouns, englishWords, eventHeads, firstNames, placeHeads, places, placeStarts, titleHeads,
} from '../lexicon/lexicon';
import { runKey } from '../text/tokens';
import { countryAt } from './nameWords';
import { RunRule } from './candidate';
import type { RunClassifier } from './classify';

/** Prepositions before a town's name ("from Dunmore, Ireland"). */
const PLACE_PREPOSITIONS = new Set(['from', 'in', 'near', 'at', 'outside', 'of']);
/** Place heads that are no surname ("Harbour Airport"); "Hill", "Field", "Lake" can end a person's name. */
const placeOnlyHeads = new Set(['airport', 'station', 'stadium', 'arena', 'square', 'plaza', 'terminal', 'hotel', 'complex', 'bridge', 'tower']);

/** The id of the people found inside a line of capitals (CAPS_LINE). */
export const CAPS_PERSON = 'person.caps-line';

export const CAPS_LINE: RunRule = {
  id: 'place.caps-line',
  description: 'words in capitals in a line of capitals, none dotted (a dateline "PORT ELLEN (Wire)"), are a place',
  example: 'PORT ELLEN, Scotland - The ferry was late.',
  apply(c, from, to) {
    const t = c.tokens;
    if (to - from < 2) return false;
    for (let k = from; k < to; k++) if (!t[k].allCaps || t[k].text.includes('.')) return false;
    // a headline in capitals still names its countries ("TALKS WITH PERU STALL") and the people
    // a first name opens ("MARTA VILKS WINS")
    let placeFrom = from;
    /** Words of the line already named a person or a country. */
    const named = new Uint8Array(to - from);
    for (let k = from; k < to; k++) {
      if (k + 1 < to && c.rules.on(CAPS_PERSON) && firstNames.has(t[k].lower) && !englishWords.has(t[k].lower) && !countryAt(t, k + 1, to)
        && !englishWords.has(t[k + 1].lower) && !places.has(t[k + 1].key)) {
        if (k > placeFrom) c.push('place', placeFrom, k, true, this.id);
        c.push('person', k, k + 2, true, CAPS_PERSON);
        named[k - from] = named[k + 1 - from] = 1;
        placeFrom = k + 2;
        k++;
        continue;
      }
      const hit = countryAt(t, k, to);
      // (a code among capitals is a word: "AND", "CAN", "MEX")
      if (!hit || hit.code !== undefined || countryByCode.has(t[k].text)) continue;
      if (k > placeFrom) c.push('place', placeFrom, k, true, this.id);
      c.pushCountry(k, hit, 'country.all-caps');
      named.fill(1, k - from, hit.to - from);
      k = hit.to - 1;
      placeFrom = hit.to;
    }
    if (placeFrom < to) c.push('place', placeFrom, to, true, this.id);
    // each word of a longer line may be a surname the article gives in full ("VILKS WINS" … "Marta Vilks")
    if (to - from > 2) for (let k = from; k < to; k++) if (!named[k - from]) c.push('unknown', k, k + 1, false, this.id);
    return true;
  },
};

export const CRAFT: RunRule = {
  id: 'place.craft-name',
  description: 'a name after a craft noun ("the rover Kestrel", "Research Vessel Aurora") names a craft, no person',
  example: 'The Research Vessel Kelpie docked.',
  apply(c, from, to) {
    const t = c.tokens;
    for (let k = from; k < to - 1; k++) {
      if (!(craftNouns.has(t[k].lower) && t[k + 1].cap)) continue;
      c.push('unknown', from, to, false, this.id);
      c.nestedCountries(from, to);
      return true;
    }
    return false;
  },
};

export const START_OR_COMPASS: RunRule = {
  id: 'place.start-or-compass',
  description: 'a place by its first word ("Cape", "Mount", "Lake") or a compass word at its end, unless a first name opens a person\'s name',
  example: 'Hikers reached Mount Kessock before noon.',
  apply(c, from, to) {
    const t = c.tokens;
    const n = to - from;
    if (!(n >= 2 && ((placeStarts.has(t[from].lower) && !firstNames.has(t[from + 1].lower)) || (compassWords.has(t[to - 1].lower) && !firstNames.has(t[from].lower)))
      && !countryAt(t, from, to) && !titleHeads.has(t[from].lower))) return false;
    c.push('place', from, to, true, this.id);
    return true;
  },
};

/** Words for the side of a river, before "Bank" ("the West Bank", "the Left Bank"). */
const BANK_SIDES = new Set(['north', 'south', 'east', 'west', 'left', 'right']);

export const RIVER_BANK: RunRule = {
  id: 'place.river-bank',
  description: 'a compass or side word before "Bank" names a river\'s bank, a region, not a bank',
  example: 'Settlers on the East Bank protested again.',
  apply(c, from, to) {
    const t = c.tokens;
    if (!(to - from === 2 && BANK_SIDES.has(t[from].lower) && t[from + 1].lower === 'bank' && !t[from].allCaps)) return false;
    c.push('place', from, to, true, this.id);
    return true;
  },
};

export const TOWN_COMMA_REGION: RunRule = {
  id: 'place.town-comma-region',
  description: 'a name before a comma and a region or state is a town ("Dunmore, Ohio"; "from Dunmore, Ireland")',
  example: 'The plant in Dunmore, Ohio, will close.',
  apply(c, from, to) {
    const t = c.tokens;
    const n = to - from;
    const next = t[to];
    if (!(n <= 2 && c.text[t[to - 1].end] === ',' && next && next.start === t[to - 1].end + 2 && next.cap && !t[to - 1].possessive)) return false;
    const region = places.has(next.lower) && !capitals.has(next.lower) && !countryByName.has(next.lower);
    const country = n === 1 && countryByName.has(next.key) && !next.possessive && PLACE_PREPOSITIONS.has(t[from - 1]?.lower) && !countryAt(t, from, to);
    if (!region && !country) return false;
    c.push('place', from, to, true, this.id);
    return true;
  },
};

/** The rule that reads "Australian Anna Hill" as a descriptor and a person, not a place. */
export const FIRST_NAME_BEFORE_HEAD = 'person.first-name-before-place-word';

/** "Fiery Australian Anna Hill": a first name right before a word that is also a place's head, after
 *  capitalised words (an adjective at a sentence start, a nationality) that are no name. */
function personAfterDescriptors(c: RunClassifier, from: number, to: number): boolean {
  const t = c.tokens;
  const last = t[to - 1].lower;
  if (!(firstNames.has(t[to - 2].lower) && englishWords.has(last) && !placeOnlyHeads.has(last))) return false;
  for (let k = from; k < to - 2; k++) if (firstNames.has(t[k].lower) || !(englishWords.has(t[k].lower) || countryAt(t, k, k + 1))) return false;
  return true;
}

export const HEAD_NOUN: RunRule = {
  id: 'place.head-noun',
  description: 'a place by its last word ("… Stadium", "… Road"), unless a first name opens a person\'s name ending in a word ("Anna Hill")',
  example: 'Fans filled Redmoor Stadium on Sunday.',
  apply(c, from, to) {
    const t = c.tokens;
    const last = t[to - 1].lower;
    if (!(to - from >= 2 && placeHeads.has(last) && !countryByName.has(runKey(t, from, to)) && !titleHeads.has(t[from].lower) && !eventHeads.has(last)
      && !(firstNames.has(t[from].lower) && englishWords.has(last) && !placeOnlyHeads.has(last))
      && !(c.rules.on(FIRST_NAME_BEFORE_HEAD) && to - from > 2 && personAfterDescriptors(c, from, to)))) return false;
    c.push('place', from, to, true, this.id);
    c.nestedCountries(from, to);
    return true;
  },
};

export const DATELINE: RunRule = {
  id: 'place.dateline',
  description: 'words in capitals that open a line and stand before a date or a number ("DUNMORE 2031-05-04") are a dateline\'s place',
  example: 'DUNMORE 2031-05-04\nThe council met again.',
  apply(c, from, to) {
    const t = c.tokens;
    const next = t[to];
    if (!t[from].allCaps || !t[to - 1].allCaps || (from > 0 && t[from - 1].line === t[from].line)) return false;
    // (a dateline that names a country, "PERU 2031-05-04", is left to the country rules)
    if (!next || next.line !== t[from].line || !/^\d/.test(next.text) || countryByName.has(runKey(t, from, to))) return false;
    c.push('place', from, to, true, this.id);
    return true;
  },
};

export const CAPS_PLACE: RunRule = {
  id: 'place.caps-word',
  description: 'a lone word in capitals that is a known place ("OSLO -" in a dateline) is that place; "PM" after a time is nothing',
  example: 'OSLO - Talks began at 9 PM on Friday.',
  apply(c, from, to) {
    const t = c.tokens;
    if (to - from !== 1 || !t[from].allCaps) return false;
    const key = runKey(t, from, to);
    const afterNumber = from > 0 && t[from - 1].joinsNext && /^\d/.test(t[from - 1].text);
    if (!(places.has(key) || capitals.has(key) || afterNumber)) return false;
    if (!afterNumber) c.push('place', from, to, true, this.id);
    return true;
  },
};

export const KNOWN_PLACE: RunRule = {
  id: 'place.known',
  description: 'a known place or capital is a place, never its country, even when it stands for a government',
  example: 'Oslo said the talks would go on.',
  apply(c, from, to) {
    const key = runKey(c.tokens, from, to);
    if (!(places.has(key) || capitals.has(key))) return false;
    c.push('place', from, to, true, this.id);
    return true;
  },
};
