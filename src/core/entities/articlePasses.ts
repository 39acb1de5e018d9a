/** Passes over the whole article's candidates, after every run is classified: national teams in
 *  match reports, and what stays a country once the whole article is read. */
import { work } from '../text/work';
import { Candidate } from './classify';
import { countryByDemonym, countryByName, CountryInfo, months, weekdays } from '../lexicon/lexicon';
import { REGION_WORDS } from './nameWords';
import { isDigitCode, normalizeKey } from '../text/text';
import { Token } from '../text/tokens';

/** One or two digits, a side's goals in a score line (tested for every token: no regex). */
const isGoals = (w: string) => (w.length === 1 || w.length === 2) && isDigitCode(w.charCodeAt(0)) && isDigitCode(w.charCodeAt(w.length - 1));

/** "Belgium 3 – 0 Panama", "Sweden defeated South Korea 1 – 0": a score line between names. */
function scoreAt(tokens: Token[], text: string, k: number): boolean {
  const a = tokens[k];
  const b = tokens[k + 1];
  if (!b || !isGoals(a.text) || !isGoals(b.text) || a.sentence !== b.sentence) return false;
  const between = text.slice(a.end, b.start).trim();
  return between === '–' || between === '-' || between === '—';
}

/** "Spain beat Germany 1-0": a score written as one hyphenated token. */
function scoreToken(w: string): boolean {
  const h = w.indexOf('-');
  return h > 0 && h < w.length - 1 && isGoals(w.slice(0, h)) && isGoals(w.slice(h + 1));
}

/** How many tokens from k make a score line: 2 ("3 – 0"), 1 ("1-0") or 0. */
function scoreWidth(tokens: Token[], text: string, k: number): number {
  if (scoreAt(tokens, text, k)) return 2;
  const w = tokens[k].text;
  return isDigitCode(w.charCodeAt(0)) && scoreToken(w) ? 1 : 0;
}

/** National teams in sports reports: a country on either side of a score line is a team, an
 *  organization, in every mention of the article ("Sweden", "the Belgians"); so is any other name
 *  standing there ("Tunisia 1 – 2 England"). A country that never stands by a score stays a country. */
export function markSportsTeams(text: string, tokens: Token[], cands: Candidate[]): void {
  // (most articles report no match: look for a score line before building anything)
  let anyScore = false;
  let k = 0;
  for (; k < tokens.length && !anyScore; k++) anyScore = scoreWidth(tokens, text, k) > 0;
  work.steps += k;
  if (!anyScore) return;
  work.steps += 2 * tokens.length + 2 * cands.length;
  /** Token index → the candidate covering it, a country first. */
  const candAt = new Array<Candidate | undefined>(tokens.length).fill(undefined);
  for (const c of cands) for (let k = c.from; k < c.to; k++) if (candAt[k] === undefined || c.kind === 'country') candAt[k] = c;
  const teams = new Set<string>();
  const teamKey = (c: Candidate) => (c.country ? c.country.id : c.key);
  const take = (c: Candidate | undefined) => {
    // (a day after the score, "1-0 Sunday", is no team)
    if (c && (c.kind === 'country' || c.kind === 'place' || c.kind === 'unknown') && tokens[c.from].cap
      && !weekdays.has(tokens[c.from].lower) && !months.has(tokens[c.from].lower)) teams.add(teamKey(c));
  };
  for (let k = 0; k < tokens.length; k++) {
    const width = scoreWidth(tokens, text, k);
    if (!width) continue;
    const before = candAt[k - 1];
    take(before);
    take(candAt[k + width]);
    // "Sweden defeated South Korea 1 – 0": the subject of the match verb plays too
    if (before && before.from >= 2 && !tokens[before.from - 1].cap && tokens[before.from - 1].sentence === tokens[k].sentence) take(candAt[before.from - 2]);
  }
  if (!teams.size) return;
  for (const c of cands) {
    if (!teams.has(teamKey(c)) || !(c.kind === 'country' || c.kind === 'place' || c.kind === 'unknown')) continue;
    // a singular demonym describes a player ("Swedish captain"), a plural one names the team
    if (c.kind === 'country' && c.to - c.from === 1 && countryByDemonym.get(tokens[c.from].lower) && !tokens[c.from].lower.endsWith('s')) continue;
    c.kind = 'organization';
    c.key = c.country ? normalizeKey(c.country.name) : c.key;
    c.country = undefined;
  }
}

/** Records the country a compass word opens; two different ones make the word ambiguous (null). */
function noteCompass(byCompass: Map<string, CountryInfo | null>, word: string, country: CountryInfo): void {
  if (!REGION_WORDS.has(word)) return;
  const seen = byCompass.get(word);
  byCompass.set(word, seen === undefined || seen?.id === country.id ? country : null);
}

function makeCountry(c: Candidate, country: CountryInfo): void {
  c.kind = 'country';
  c.country = country;
  c.key = country.id;
  c.strong = true;
}

/** What stays a country once the whole article is read: a plural demonym names people, not the
 *  state ("Afghans", "Bangladeshis"; a team in a match report was made an organization before);
 *  a bare two-letter code ("LA", "IQ", "SC") is a country only when the article names that country
 *  otherwise too, or it is "US" or "UK", the two that news English writes as bare codes. */
export function settleCountries(tokens: Token[], cands: Candidate[]): Candidate[] {
  const confirmed = new Set<string>();
  /** Compass word → the one country of the article whose name it opens ("north" → North Korea). */
  const byCompass = new Map<string, CountryInfo | null>();
  work.steps += 2 * cands.length;
  for (const c of cands) {
    if (c.kind !== 'country' || !c.country || c.bareCode || c.peopleNoun) continue;
    confirmed.add(c.country.id);
    const space = c.country.name.indexOf(' ');
    if (space > 0) noteCompass(byCompass, c.country.name.slice(0, space).toLowerCase(), c.country);
  }
  // "North and South Korea": a compass word before "and" shares the name after the second one
  const lone = cands.filter((c) => c.kind === 'unknown' && c.to - c.from === 1 && REGION_WORDS.has(tokens[c.from].lower));
  for (const c of lone) {
    const next = tokens[c.from + 1]?.lower;
    if ((next !== 'and' && next !== 'or') || !tokens[c.from + 3]) continue;
    const shared = countryByName.get(`${tokens[c.from].key} ${tokens[c.from + 3].key}`);
    if (shared) {
      makeCountry(c, shared);
      noteCompass(byCompass, tokens[c.from].lower, shared);
    }
  }
  // "into the North", "the South retaliated": the one country of the article that the word opens
  for (const c of lone) {
    const country = byCompass.get(tokens[c.from].lower);
    if (c.kind === 'unknown' && country && tokens[c.from - 1]?.lower === 'the') makeCountry(c, country);
  }
  return cands.filter((c) => {
    if (c.kind !== 'country' || !c.country) return true;
    if (c.peopleNoun) return false;
    if (c.bareCode) {
      const code = tokens[c.from].text;
      return code === 'US' || code === 'UK' || confirmed.has(c.country.id);
    }
    return true;
  });
}
