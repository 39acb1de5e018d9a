/** Passes over the whole article's candidates, after every run is classified: national teams in
 *  match reports, and what stays a country once the whole article is read. */
import { work } from '../text/work';
import { Candidate } from './candidate';
import { ruleTable, RuleInfo, RuleSwitch } from '../rules';
import { countryByDemonym, countryByName, CountryInfo, months, weekdays } from '../lexicon/lexicon';
import { REGION_WORDS } from './nameWords';
import { isDigitCode, normalizeKey } from '../text/text';
import { Token } from '../text/tokens';

export const PASS_RULES = ruleTable<RuleInfo>('entities-article', [
  { id: 'team.score-line', description: 'a name on either side of a score line ("Ardmore 2 Kilbride 1") is a team, an organization, in every mention of the article', example: 'Ardmore Rovers beat Kilbride 2-1. Kilbride fell to fifth.' },
  { id: 'team.tally-line', description: 'in a report with scores, two names or more on one line, each followed by its tally, are clubs ("Ardmore 210, Kilbride 144")', example: 'Dunmore beat Eastmoor 3-1. Ardmore 210 and 96, Kilbride 144 and 12.' },
  { id: 'team.match-verb', description: 'in a report with scores, a place or unknown name before a match verb ("beat", "drew", "reached") or after "beat" is a club in every mention', example: 'Ardmore beat Kilbride 2-1. Then Dunmore drew with Eastmoor, and Eastmoor reached the final.' },
  { id: 'team.innings-tally', description: 'a cricket tally ("310 for six", "96 for 4") makes a report with scores, as a score line does', example: 'Dunmore closed on 310 for six, and Eastmoor were 96 for 4 at stumps.' },
  { id: 'team.place-side', description: 'in a report with scores, a known place that follows no preposition of place ("in", "at", "near") is a club', example: 'Ardmore won 3-1 in Oslo. Bergen lost at home, and the coach left Bergen for Oslo.' },
  { id: 'team.national-side', description: 'a country by a score line is its national team: an organization in every mention of the article', example: 'Chile beat Peru 2-1 in Lima. Chile now lead the group.' },
  { id: 'country.compass-pair', description: '"North and South Freedonia": a compass word before "and" shares the country name after the second one', example: 'No ship from North or South Korea docked.' },
  { id: 'country.compass-alone', description: '"the North", "the South": the one country of the article that the compass word opens', example: 'South Korea is calm; the South expects rain.' },
  { id: 'country.letter-code', description: 'a three-letter country code ("NOR") the article confirms by no other name of that country is an acronym: an organization', example: 'Members of the NOR party met. The NOR asked for a recount.' },
  { id: 'country.bare-code', description: 'a bare two-letter code is a country only when the article names that country otherwise too, or it is "US" or "UK"', example: 'The NZ team landed. New Zealand won.' },
]);

/** Verbs of a match whose subject is a side ("Ardmore beat …", "Kilbride drew …"), and words before
 *  the other side ("… beat Kilbride", "against Kilbride"). */
const SUBJECT_MATCH_VERBS = new Set(['beat', 'beats', 'defeated', 'drew', 'draw', 'trailed', 'thrashed', 'routed', 'edged', 'reached', 'closed',
  'won', 'lost', 'lose', 'win', 'wins', 'loses', 'finished', 'declared']);
const OBJECT_MATCH_WORDS = new Set(['beat', 'beats', 'beating', 'defeated', 'thrashed', 'routed', 'edged', 'bowling', 'joined']);

/** Words before a place that keep it a place in a match report ("in Oslo", "at Bergen"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'around', 'across', 'into', 'through', 'throughout', 'toward', 'towards',
  'via', 'within', 'inside', 'of']);
/** "DUNMORE, Texas": a region after a dateline's town and a comma is the town's (in running text,
 *  "Essex, Surrey and Kent" lists clubs). */
function townComma(tokens: Token[], text: string, k: number): boolean {
  const before = tokens[k - 1];
  return !!before && before.allCaps && text.slice(before.end, tokens[k].start) === ', ';
}

/** Number words a cricket tally's wickets are written in ("310 for six"). */
const WICKET_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);

/** "310 for six", "96 for 4": runs for wickets, a cricket side's tally. */
function inningsTally(tokens: Token[], k: number): boolean {
  const runs = tokens[k].text;
  if (runs.length > 3 || !isDigitCode(runs.charCodeAt(0)) || !isDigitCode(runs.charCodeAt(runs.length - 1)) || tokens[k + 1]?.lower !== 'for') return false;
  const wickets = tokens[k + 2];
  return !!wickets && (WICKET_WORDS.has(wickets.lower) || (wickets.text.length === 1 && isDigitCode(wickets.text.charCodeAt(0))));
}

/** One or two digits, a side's goals in a score line (tested for every token: no regex). */
const isGoals = (w: string) => (w.length === 1 || w.length === 2) && isDigitCode(w.charCodeAt(0)) && isDigitCode(w.charCodeAt(w.length - 1));

/** "Ardmore 3 – 0 Kilbride": a score line between names. */
function scoreAt(tokens: Token[], text: string, k: number): boolean {
  const a = tokens[k];
  const b = tokens[k + 1];
  if (!b || !isGoals(a.text) || !isGoals(b.text) || a.sentence !== b.sentence) return false;
  const between = text.slice(a.end, b.start).trim();
  return between === '–' || between === '-' || between === '—';
}

/** "Ardmore beat Kilbride 1-0": a score written as one hyphenated token. */
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

/** Teams in sports reports: a country on either side of a score line is a team, an organization,
 *  in every mention of the article ("Chile", "the Chileans"); so is any other name standing there
 *  ("Ardmore 1 – 2 Kilbride"). A country that never stands by a score stays a country. */
export function markSportsTeams(text: string, tokens: Token[], cands: Candidate[], rules: RuleSwitch): void {
  if (!rules.on('team.score-line')) return;
  // (most articles report no match: look for a score line or a tally before building anything)
  // (a tally only matters at the head of a line, in a table of three lines or more: "Sept. 9" in a
  // sentence, which most articles have, starts no pass)
  let anyScore = false;
  let innings = false;
  let tallyLines = 0;
  let lastTallyLine = -1;
  let lineStartAt = 0;
  work.steps += tokens.length;
  for (let k = 0; k < tokens.length && !anyScore; k++) {
    innings = rules.on('team.innings-tally') && inningsTally(tokens, k);
    anyScore = scoreWidth(tokens, text, k) > 0 || innings;
    if (k > 0 && tokens[k].line !== tokens[k - 1].line) lineStartAt = k;
    if (k - lineStartAt < 4 && tokens[k].line !== lastTallyLine && tokens[k].cap && isTally(tokens, k + 1)) {
      tallyLines++;
      lastTallyLine = tokens[k].line;
    }
  }
  if (!anyScore && tallyLines < 3) return;
  work.steps += 3 * tokens.length + 2 * cands.length;
  /** Token index → the candidate covering it, a country first. */
  const candAt = new Array<Candidate | undefined>(tokens.length).fill(undefined);
  for (const c of cands) for (let k = c.from; k < c.to; k++) if (candAt[k] === undefined || c.kind === 'country') candAt[k] = c;
  /** Keys of teams by a score line (countries among them are national sides), and of clubs by a tally. */
  const teams = new Set<string>();
  const clubs = new Set<string>();
  const teamKey = (c: Candidate) => (c.country ? c.country.id : c.key);
  // a player's surname ("Vilks 6-2" after "Marta Vilks") is no team
  const surnames = new Set<string>();
  for (const c of cands) if (c.kind === 'person' && c.to - c.from >= 2) surnames.add(tokens[c.to - 1].lower);
  const canPlay = (c: Candidate | undefined): c is Candidate => !!c && (c.kind === 'country' || c.kind === 'place' || c.kind === 'unknown'
    || (c.kind === 'person' && c.to - c.from === 1 && !c.titled))
    // (a day after the score, "1-0 Sunday", is no team)
    && tokens[c.from].cap && !weekdays.has(tokens[c.from].lower) && !months.has(tokens[c.from].lower);
  const take = (c: Candidate | undefined) => {
    if (canPlay(c) && c.kind !== 'person') teams.add(teamKey(c));
  };
  for (let k = 0; k < tokens.length; k++) {
    const width = scoreWidth(tokens, text, k);
    if (!width) continue;
    const before = candAt[k - 1];
    take(before);
    take(candAt[k + width]);
    // "Chile defeated New Zealand 1 – 0": the subject of the match verb plays too
    if (before && before.from >= 2 && !tokens[before.from - 1].cap && tokens[before.from - 1].sentence === tokens[k].sentence) take(candAt[before.from - 2]);
  }
  // "Dunmore drew with Eastmoor": in a report with scores, the names a match verb takes play too
  // (countries and people are left alone: a country is a team only by a score line, a player is no club)
  const byVerb = new Set<string>();
  if (rules.on('team.match-verb')) {
    work.steps += tokens.length + cands.length;
    // (a player's first name, "Lena" of "Lena Voss", is no club; nor is "I", nor a word in a capitals headline)
    const givenNames = new Set<string>();
    for (const c of cands) if (c.kind === 'person' && c.to - c.from >= 2) givenNames.add(tokens[c.from].lower);
    const club = (c: Candidate | undefined) => {
      if (!canPlay(c) || !(c.kind === 'place' || c.kind === 'unknown') || teams.has(teamKey(c))) return;
      const first = tokens[c.from];
      if (first.allCaps || first.text.length < 2 || givenNames.has(first.lower) || surnames.has(tokens[c.to - 1].lower)) return;
      byVerb.add(teamKey(c));
    };
    for (let k = 1; k < tokens.length; k++) {
      const w = tokens[k];
      if (w.cap) continue;
      const prev = tokens[k - 1];
      const sameSentence = (j: number) => tokens[j] && tokens[j].sentence === w.sentence;
      if (SUBJECT_MATCH_VERBS.has(w.lower) && prev.joinsNext && sameSentence(k - 1)) club(candAt[k - 1]);
      if (OBJECT_MATCH_WORDS.has(w.lower) && w.joinsNext && sameSentence(k + 1)) club(candAt[k + 1]);
    }
  }
  // "Ardmore 210 and 96, Kilbride 144": in a report with scores, two names or more on a line, each
  // followed by its tally, are clubs (a review of "Browser 9" and "Browser 10" names none); so are
  // the names that open three lines or more in a row with a tally (a table of standings)
  if (rules.on('team.tally-line')) {
    let line = -1;
    let onLine: Candidate[] = [];
    /** Lines in a row that open with a name and its tally (a table of standings), and their names. */
    let table: Candidate[] = [];
    let lastTableLine = -2;
    const addAll = (list: Candidate[]) => {
      for (const c of list) if (c.kind !== 'country') clubs.add(teamKey(c));
    };
    const flush = () => {
      if (anyScore && onLine.length >= 2) addAll(onLine);
      const opens = onLine.length > 0 && onLine[0].from === lineStart(tokens, onLine[0].from);
      if (opens && line === lastTableLine + 1) table.push(onLine[0]);
      else {
        if (table.length >= 3) addAll(table);
        table = opens ? [onLine[0]] : [];
      }
      if (opens) lastTableLine = line;
      onLine = [];
    };
    for (const c of cands) {
      if (tokens[c.from].line !== line) {
        flush();
        line = tokens[c.from].line;
      }
      if (canPlay(c) && tokens[c.to - 1].joinsNext && isTally(tokens, c.to)) onLine.push(c);
    }
    flush();
    if (table.length >= 3) addAll(table);
  }
  // "Bergen lost at home", "left Bergen for Oslo": in a report with scores, a known place that no
  // preposition of place opens is a club (a place that hosts the match is "in" or "at" it); a score
  // with no side by it ("prices rose 25-45 cents") makes no match report; "Oslo's Lena Voss" is her home
  const placeSide = (innings || teams.size > 0 || clubs.size > 0 || byVerb.size > 0) && rules.on('team.place-side');
  if (!teams.size && !clubs.size && !byVerb.size && !placeSide) return;
  for (const c of cands) {
    const key = teamKey(c);
    if (surnames.has(key)) continue;
    if (placeSide && c.kind === 'place' && c.rule === 'place.known' && !PLACE_PREPOSITIONS.has(tokens[c.from - 1]?.lower ?? '')
      && !tokens[c.from].allCaps && !(tokens[c.to - 1].possessive && tokens[c.to]?.cap) && !townComma(tokens, text, c.from)) {
      c.rule = 'team.place-side';
      c.kind = 'organization';
      continue;
    }
    if (byVerb.has(key) && (c.kind === 'place' || c.kind === 'unknown')) {
      c.rule = 'team.match-verb';
      c.kind = 'organization';
      continue;
    }
    const club = clubs.has(key) && c.kind !== 'country';
    if (!(teams.has(key) || club) || !(c.kind === 'country' || c.kind === 'place' || c.kind === 'unknown' || (club && canPlay(c)))) continue;
    if (c.kind === 'country' && !rules.on('team.national-side')) continue;
    // a singular demonym describes a player ("Chilean captain"), a plural one names the team
    if (c.kind === 'country' && c.to - c.from === 1 && countryByDemonym.get(tokens[c.from].lower) && !tokens[c.from].lower.endsWith('s')) continue;
    c.rule = c.country ? 'team.national-side' : teams.has(key) ? 'team.score-line' : 'team.tally-line';
    c.kind = 'organization';
    c.key = c.country ? normalizeKey(c.country.name) : c.key;
    c.country = undefined;
  }
}

/** The index of the first token on token k's line (tokens come in line order). */
function lineStart(tokens: Token[], k: number): number {
  let j = k;
  // (bounded: a table's line opens with its name, a few tokens at most before it)
  while (j > 0 && j > k - 4 && tokens[j - 1].line === tokens[k].line) j--;
  return j;
}

/** A team's tally at token k: a number of one to three digits ("83", "296"), or a score ("4-1"),
 *  not a year nor a date. */
function isTally(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.text;
  if (!w || !isDigitCode(w.charCodeAt(0))) return false;
  if (w.length <= 3) return isDigitCode(w.charCodeAt(w.length - 1)) && (w.length < 2 || isDigitCode(w.charCodeAt(1)));
  return scoreToken(w);
}

/** Records the country a compass word opens; two different ones make the word ambiguous (null). */
function noteCompass(byCompass: Map<string, CountryInfo | null>, word: string, country: CountryInfo): void {
  if (!REGION_WORDS.has(word)) return;
  const seen = byCompass.get(word);
  byCompass.set(word, seen === undefined || seen?.id === country.id ? country : null);
}

function makeCountry(c: Candidate, country: CountryInfo, rule: string): void {
  c.kind = 'country';
  c.rule = rule;
  c.country = country;
  c.key = country.id;
  c.strong = true;
}

/** What stays a country once the whole article is read: a bare two-letter code ("LA", "IQ", "SC") is a country only when the article names that country
 *  otherwise too, or it is "US" or "UK", the two that news English writes as bare codes. */
export function settleCountries(tokens: Token[], cands: Candidate[], rules: RuleSwitch): Candidate[] {
  const confirmed = new Set<string>();
  /** Compass word → the one country of the article whose name it opens ("north" → North Korea). */
  const byCompass = new Map<string, CountryInfo | null>();
  work.steps += 2 * cands.length;
  for (const c of cands) {
    if (c.kind !== 'country' || !c.country || c.bareCode || c.letterCode) continue;
    confirmed.add(c.country.id);
    const space = c.country.name.indexOf(' ');
    if (space > 0) noteCompass(byCompass, c.country.name.slice(0, space).toLowerCase(), c.country);
  }
  // "North or South Korea": a compass word before "and" or "or" shares the name after the second one
  const lone = cands.filter((c) => c.kind === 'unknown' && c.to - c.from === 1 && REGION_WORDS.has(tokens[c.from].lower));
  if (rules.on('country.compass-pair')) for (const c of lone) {
    const next = tokens[c.from + 1]?.lower;
    if ((next !== 'and' && next !== 'or') || !tokens[c.from + 3]) continue;
    const shared = countryByName.get(`${tokens[c.from].key} ${tokens[c.from + 3].key}`);
    if (shared) {
      makeCountry(c, shared, 'country.compass-pair');
      noteCompass(byCompass, tokens[c.from].lower, shared);
    }
  }
  // "into the North", "the South retaliated": the one country of the article that the word opens
  if (rules.on('country.compass-alone')) for (const c of lone) {
    const country = byCompass.get(tokens[c.from].lower);
    if (c.kind === 'unknown' && country && tokens[c.from - 1]?.lower === 'the') makeCountry(c, country, 'country.compass-alone');
  }
  return cands.filter((c) => {
    if (c.kind !== 'country' || !c.country) return true;
    // "the NOR party": a three-letter code the article confirms by no other name is an acronym
    if (c.letterCode && rules.on('country.letter-code') && !confirmed.has(c.country.id)) {
      c.kind = 'organization';
      c.rule = 'country.letter-code';
      c.key = normalizeKey(tokens[c.from].text);
      c.country = undefined;
      return true;
    }
    if (c.bareCode && rules.on('country.bare-code')) {
      const code = tokens[c.from].text;
      if (code === 'US' || code === 'UK') return true;
      if (confirmed.has(c.country.id)) c.rule = 'country.bare-code';
      return confirmed.has(c.country.id);
    }
    return true;
  });
}
