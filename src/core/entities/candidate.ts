/** A candidate mention: a span of tokens, what it names so far, and the rule that decided it. */
import { CountryInfo } from '../lexicon/lexicon';
import { RuleInfo } from '../rules';
import { EntityKind } from '../types';
import type { RunClassifier } from './classify';

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
  /** The id of the rule that found the candidate or last changed its kind (src/core/rules.ts). */
  rule: string;
  /** How sure the run itself makes us: a title, a first name or a pattern is strong. */
  strong: boolean;
  country?: CountryInfo;
  /** A title stood before the name ("President Okafor"). */
  titled?: boolean;
  /** A country named by a plural demonym, a noun for its people ("the Danes"). */
  peopleNoun?: boolean;
  /** A bare country code ("NZ", "LA"), to be confirmed by the article. */
  bareCode?: boolean;
  /** A country by its three-letter code alone ("NOR"), which the article must confirm. */
  letterCode?: boolean;
  /** A person named inside an institution's name ("the Mara Quist Foundation"): no speaker. */
  nested?: boolean;
  /** A lone name shown to be a person's by what follows ("the Varga administration"). */
  leads?: boolean;
}

/** A candidate with every field set, the optional ones undefined: candidates built so share one
 *  shape, which keeps the code that reads them fast (a field added to some later gives those a
 *  shape of their own, and every reader of a mixed list goes polymorphic). */
export function newCandidate(kind: CandidateKind, from: number, to: number, start: number, end: number, key: string, strong: boolean, rule: string): Candidate {
  return {
    kind, from, to, start, end, key, strong, rule,
    country: undefined, titled: undefined, peopleNoun: undefined, bareCode: undefined, letterCode: undefined, nested: undefined, leads: undefined,
  };
}

/** A rule of a pass over the whole article (no run of its own to decide): its id, description and
 *  example only; the pass checks `rules.on(id)` and records the id on what it changes. */
export type PassRule = RuleInfo;

/** A rule of the run table: decides tokens [from, to) of one run, or returns false and leaves
 *  them to the next rule. */
export interface RunRule extends RuleInfo {
  apply(c: RunClassifier, from: number, to: number): boolean;
}
