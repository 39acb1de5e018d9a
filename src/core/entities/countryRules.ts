/** Countries: run rules that find a country by its name, code or demonym, and the regions and
 *  compounds that contain one. */
import { countryByCode, countryByDemonym, countryByName } from '../lexicon/lexicon';
import { normalizeKey, toLower } from '../text/text';
import { countryAt, DOTS, REGION_WORDS } from './nameWords';
import { newCandidate, RunRule } from './candidate';
import { ruleTable, RuleInfo } from '../rules';

/** Decisions inside the country rules, beside the run table. */
export const PEOPLE_WITHOUT_STATE = 'country.people-not-state';
ruleTable<RuleInfo>('entities-countries', [
  { id: PEOPLE_WITHOUT_STATE, description: 'a nationality word of a state of limited recognition ("Palestinian") names a people, not a country', example: 'Palestinian farmers planted olive trees near the road.' },
]);
/** States of limited recognition whose nationality word news copy uses for the people and their
 *  institutions rather than for a state (world-countries lists Palestine with the others). */
const PEOPLE_NOT_STATE = new Set(['PSE']);

export const ALL_CAPS_COUNTRY: RunRule = {
  id: 'country.all-caps',
  description: 'a country\'s name written in capitals, as in a dateline or a shouted headline',
  example: 'NEW ZEALAND TO HOLD SNAP POLL',
  apply(c, from, to) {
    const t = c.tokens;
    if (!t[from].allCaps) return false;
    const hit = countryAt(t, from, to);
    if (!hit || hit.demonym || hit.code || hit.to - from < 2) return false;
    c.pushCountry(from, hit, this.id);
    if (hit.to < to) c.chunk(hit.to, to);
    return true;
  },
};

export const REGION: RunRule = {
  id: 'place.region',
  description: 'a compass or region word before a country\'s name makes a region, not the country ("Central America")',
  example: 'Exports to Central America rose sharply.',
  apply(c, from, to) {
    const t = c.tokens;
    const hit = countryAt(t, from, to);
    if (!hit && to - from >= 2 && REGION_WORDS.has(t[from].lower)) {
      const region = countryAt(t, from + 1, to);
      if (!region || region.demonym || region.code) return false;
      c.push('place', from, region.to, true, this.id);
      if (region.to < to) c.chunk(region.to, to);
      return true;
    }
    // (the region word cut off by a headline's plain words: "Latest Central America Prices")
    if (hit && !hit.demonym && !hit.code && from > 0 && REGION_WORDS.has(t[from - 1].lower) && t[from - 1].cap && t[from - 1].joinsNext) {
      c.push('place', from, hit.to, true, this.id);
      if (hit.to < to) c.chunk(hit.to, to);
      return true;
    }
    return false;
  },
};

/** A country at the start of the run, by the kind of hit a rule takes: the rest is classified on its own. */
function leadingCountry(id: string, kind: 'name' | 'code' | 'demonym'): RunRule['apply'] {
  return (c, from, to) => {
    const t = c.tokens;
    const hit = countryAt(t, from, to);
    if (!hit || (hit.demonym ? 'demonym' : hit.code !== undefined ? 'code' : 'name') !== kind) return false;
    if (hit.demonym && PEOPLE_NOT_STATE.has(hit.country.id) && c.rules.on(PEOPLE_WITHOUT_STATE)) {
      if (hit.to < to) c.chunk(hit.to, to);
      return true;
    }
    const cand = c.pushCountry(from, hit, id);
    // "the Danes", "Norwegians": a plural noun for the people (as "Swiss" is not)
    if (cand && hit.demonym && t[from].lower.endsWith('s') && countryByDemonym.has(t[from].lower.slice(0, -1))) cand.peopleNoun = true;
    if (hit.to < to) c.chunk(hit.to, to);
    return true;
  };
}

export const COUNTRY_NAME: RunRule = {
  id: 'country.name',
  description: 'a country\'s name at the start of a run (world-countries\' names and spellings)',
  example: 'Norway and Chile signed the pact.',
  apply: leadingCountry('country.name', 'name'),
};

export const COUNTRY_CODE: RunRule = {
  id: 'country.code',
  description: 'a country code ("U.S.", "UK"); a bare two-letter one must be confirmed by the article (articlePasses.ts)',
  example: 'The U.S. envoy arrived late.',
  apply: leadingCountry('country.code', 'code'),
};

export const COUNTRY_DEMONYM: RunRule = {
  id: 'country.demonym',
  description: 'a nationality word, singular or plural, stands for its country ("Chilean", "the Chileans")',
  example: 'Chilean miners went on strike.',
  apply: leadingCountry('country.demonym', 'demonym'),
};

export const HYPHEN_COUNTRIES: RunRule = {
  id: 'country.hyphen-compound',
  description: 'each country, code or demonym among the parts of a hyphenated word ("Chilean-Peruvian", "U.S.-backed")',
  example: 'The Chilean-Peruvian border talks resumed.',
  apply(c, from, to) {
    const t = c.tokens;
    if (to - from !== 1 || !t[from].text.includes('-')) return false;
    const word = t[from].text;
    let found = false;
    let offset = 0;
    for (const part of word.split('-')) {
      const pc = countryByDemonym.get(toLower(part)) ?? countryByCode.get(part.replace(DOTS, '')) ?? countryByName.get(normalizeKey(part));
      // (only capitalised parts: "us-based" names nobody; "al-" is an article)
      if (pc && /^\p{Lu}/u.test(part) && !/^(al|el)$/i.test(part)) {
        const start = t[from].start + offset;
        const cand = newCandidate('country', from, from + 1, start, start + part.length, pc.id, true, this.id);
        cand.country = pc;
        c.out.push(cand);
        found = true;
      }
      offset += part.length + 1;
    }
    return found;
  },
};
