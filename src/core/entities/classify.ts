/** Decides what each run of capitalised words names. The decisions are the ordered rule table of
 *  runRules.ts (titles and people, countries, organizations, events, places, splits): the first rule
 *  that applies decides the run, and every candidate records the rule's id. What no rule decides is
 *  read as a person's name or left unknown (people.ts). Aliases are resolved afterwards. */
import { work } from '../text/work';
import { Run } from './candidates';
import { englishWords, firstNames, orgHeads, placeHeads } from '../lexicon/lexicon';
import { countryAt, CountryHit, isInitial, personLike } from './nameWords';
import { runKey, Token } from '../text/tokens';
import { RuleSwitch } from '../rules';
import { Candidate, CandidateKind, newCandidate } from './candidate';
import { RUN_RULES, SIDE_RULES } from './runRules';
import { classifyPerson } from './people';

export type { Candidate, CandidateKind } from './candidate';

export class RunClassifier {
  readonly out: Candidate[] = [];
  constructor(readonly tokens: Token[], readonly text = '', readonly rules: RuleSwitch = new RuleSwitch()) {}

  /** Records a candidate over tokens [from, to) and returns it, for the caller to add optional fields. */
  push(kind: CandidateKind, from: number, to: number, strong: boolean, rule: string): Candidate {
    const t = this.tokens;
    const c = newCandidate(kind, from, to, t[from].start, t[to - 1].end, runKey(t, from, to), strong, rule);
    this.out.push(c);
    return c;
  }

  classify(run: Run): void {
    this.chunk(run.from, run.to);
  }

  /** Classifies tokens [from, to) of one run: the first rule of the table that applies decides. */
  chunk(from: number, to: number): void {
    const t = this.tokens;
    // (each rule reads the run's tokens a bounded number of times: a run is MAX_RUN words at most)
    work.steps += to - from + 1;
    while (from < to && !t[from].cap) from++;
    while (to > from && !t[to - 1].cap) to--;
    if (from >= to) return;
    for (const rule of RUN_RULES) if (this.rules.on(rule.id) && rule.apply(this, from, to)) return;
    classifyPerson(this, from, to, false, false);
  }

  /** An organization over [from, to), with the countries and the namesake named inside it. */
  org(from: number, to: number, rule: string): true {
    this.push('organization', from, to, true, rule);
    this.nestedCountries(from, to);
    this.nestedPerson(from, to);
    return true;
  }

  /** "the Mara Quist Foundation": a person's full name (a first name and name words that are no
   *  English words) before the head of an institution is also a mention of that person. It is
   *  marked nested: it names the institution's namesake, never a speaker. */
  private nestedPerson(from: number, to: number): void {
    const t = this.tokens;
    if (!this.rules.on(SIDE_RULES.namesake)) return;
    for (let k = from; k < to - 2; k++) {
      if (!t[k].cap || !firstNames.has(t[k].lower) || t[k].allCaps) continue;
      let j = k + 1;
      while (j < to - 1 && (isInitial(t[j]) || (personLike(t[j]) && !firstNames.has(t[j].lower) && !englishWords.has(t[j].lower)))) j++;
      if (j === k + 1 || isInitial(t[j - 1]) || !(orgHeads.has(t[j].lower) || placeHeads.has(t[j].lower))) continue;
      this.push('person', k, j, true, SIDE_RULES.namesake).nested = true;
      return;
    }
  }

  /** A country named inside an organization or event ("Norway Chess Federation", "Open Days
   *  Portugal") is also a mention of that country. Demonyms inside names ("Danish Film Institute")
   *  are part of the name, not a reference to the country. */
  nestedCountries(from: number, to: number): void {
    const t = this.tokens;
    if (!this.rules.on(SIDE_RULES.insideName)) return;
    for (let k = from; k < to; k++) {
      const c = countryAt(t, k, to);
      if (!c || c.demonym || (c.to === to && k === from)) continue;
      // "Harwell Trading S.A.": a dotted two-letter code closing a firm's name is its legal form
      if (c.code !== undefined && c.to === to && k > from && t[k].text.length === 4 && t[k].text.endsWith('.') && this.rules.on(SIDE_RULES.legalForm)) continue;
      this.pushCountry(k, c, SIDE_RULES.insideName);
      k = c.to - 1;
    }
  }

  /** A country mention over the hit at `from`; a currency ("NZ$ 26") is none. */
  pushCountry(from: number, c: CountryHit, rule: string): Candidate | undefined {
    const t = this.tokens;
    if (c.code) {
      const after = this.text[t[from].end];
      if (after === '$' || (after === ' ' && this.text[t[from].end + 1] === '$')) return undefined;
    }
    const cand = this.push('country', from, c.to, true, rule);
    cand.key = c.country.id;
    cand.country = c.country;
    if (c.code) cand.bareCode = true;
    else if (c.code === false && t[from].text.length === 3 && t[from].allCaps && t[from].text !== 'USA') cand.letterCode = true;
    return cand;
  }
}
