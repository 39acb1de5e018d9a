/** Specific events named by a common noun with a name or a date before it: "Syrian ceasefire",
 *  "the Sept. 9 truce", "Iran nuclear deal", "Friday's negotiations", "Europe's worst refugee
 *  crisis". A generic noun alone ("talks") is no event. */
import { work } from '../text/work';
import { Candidate, newCandidate } from './candidate';
import { ruleTable, RuleInfo, RuleSwitch } from '../rules';
import { eventNouns, months, pastTense, places, speechVerbs, weekdays } from '../lexicon/lexicon';
import { runKey, Token } from '../text/tokens';

/** Words that cannot stand between the modifier and the event noun. */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'that',
  'which', 'who', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'is', 'was',
  'were', 'are', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'not', 'no', 'as', 'if',
  'than', 'then', 'so', 'also', 'into', 'over', 'after', 'before', 'since', 'while', 'during', 'about', 'it',
  'they', 'he', 'she', 'we', 'you', 'i', 'there', 'here', 'all', 'any', 'some', 'other', 'more', 'most', 'two',
]);
const MAX_GAP = 3;
const ALL_DIGITS = /^\d+$/;
const DAY_NUMBER = /^\d{1,2}$/;
const YEAR = /^(1[89]|20)\d\d$/;

/** By a word's first char code (ASCII), a bit per length (under 32) that some event noun has: most
 *  words of an article are ruled out without hashing them for the set lookup. */
const EVENT_NOUN_SHAPES = new Uint32Array(128);
/** Some event noun has a shape the table cannot hold: every word goes to the set. */
let eventNounShapesExact = true;
for (const w of eventNouns) {
  const c = w.charCodeAt(0);
  if (c < 128 && w.length < 32) EVENT_NOUN_SHAPES[c] |= 1 << w.length;
  else eventNounShapesExact = false;
}
/** eventNouns.has(w), with words of no event noun's first letter and length ruled out first. */
function isEventNoun(w: string): boolean {
  const c = w.charCodeAt(0);
  if (eventNounShapesExact && (c >= 128 || w.length >= 32 || !((EVENT_NOUN_SHAPES[c] >>> w.length) & 1))) return false;
  return eventNouns.has(w);
}

ruleTable<RuleInfo>('entities-event-phrases', [
  { id: 'event.noun-phrase', description: 'an event noun ("truce", "summit", "strike") with a name, a weekday, a date or "the <year>" before it is a specific event', example: 'The Harbour Council strike ended on Friday.' },
]);

export function findEventPhrases(tokens: Token[], cands: Candidate[], rules: RuleSwitch): Candidate[] {
  if (!rules.on('event.noun-phrase')) return [];
  /** Token index → the (last) candidate covering it; built when a modifier is first looked up. */
  let candAt: (Candidate | undefined)[] | undefined;
  const out: Candidate[] = [];
  work.steps += tokens.length;
  for (let k = 0; k < tokens.length; k++) {
    const noun = tokens[k];
    if (noun.cap || !isEventNoun(noun.lower)) continue;
    // walk back over up to MAX_GAP lower-case content words to the modifier
    let j = k - 1;
    let gap = 0;
    while (j >= 0 && gap <= MAX_GAP && tokens[j].joinsNext && !tokens[j].cap && tokens[j].sentence === noun.sentence) {
      const w = tokens[j].lower;
      work.steps++;
      if (FUNCTION_WORDS.has(w) || speechVerbs.has(w) || pastTense.has(w) || ALL_DIGITS.test(w)) break;
      j--;
      gap++;
    }
    if (j < 0 || gap > MAX_GAP || tokens[j].sentence !== noun.sentence) continue;
    if (!(tokens[j].joinsNext || tokens[j].possessive)) continue;
    let from = j;
    const mod = tokens[j];
    if (candAt === undefined) {
      candAt = new Array<Candidate | undefined>(tokens.length).fill(undefined);
      for (const c of cands) for (let i = c.from; i < c.to; i++) candAt[i] = c;
      work.steps += tokens.length + cands.length;
    }
    const c = candAt[j];
    // "the Sept. 9 truce": a day number after a month
    if (DAY_NUMBER.test(mod.text) && j > 0 && months.has(tokens[j - 1].lower.replace(/\.$/, ''))) from = j - 1;
    else if (c && (c.kind === 'country' || c.kind === 'place' || c.kind === 'organization' || c.kind === 'unknown' || c.kind === 'event')) from = c.from;
    else if (mod.cap && (weekdays.has(mod.lower) || places.has(mod.key))) from = j;
    // "the 2015 nuclear deal", "the 2011 uprising": a year after "the" dates the event
    else if (YEAR.test(mod.text) && j > 0 && tokens[j - 1].lower === 'the' && tokens[j - 1].joinsNext) from = j;
    else continue;
    // a person is no event's modifier; a named event already is the event ("World War II deal")
    if (c && (c.kind === 'person' || c.kind === 'event')) continue;
    const start = tokens[from].start;
    const end = noun.end;
    // "the Sept. 9 truce talks": a longer phrase over the same start replaces the shorter one
    const prev = out[out.length - 1];
    if (prev && prev.end > start) out.pop();
    out.push(newCandidate('event', from, k + 1, start, end, runKey(tokens, from, k + 1), true, 'event.noun-phrase'));
  }
  return out;
}
