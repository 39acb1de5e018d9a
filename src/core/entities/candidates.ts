/** Finds runs of capitalised words that may be names ("Secretary of State John Kerry",
 *  "U.N. General Assembly") and splits off sentence-initial and headline words that are plain
 *  English ("Instead", "Twin"). */
import { work } from '../text/work';
import {
  commonWords, countryByDemonym, countryByName, eventHeads, firstNames, lastNames, nameParticles, organizationNames, orgHeads, orgStarts, places,
  titleHeads, weekdays, wordFirstNames,
} from '../lexicon/lexicon';
import { wordNameOpensSentence } from './nameWords';
import { hasLetter, withoutFinalDot } from '../text/text';
import { Token } from '../text/tokens';

/** A run: token indexes [from, to) in the token list. */
export interface Run {
  from: number;
  to: number;
}

/** Prepositions and conjunctions: capitalised in a caption ("Lena Voss of KVPA In the…"), never a name. */
const FUNCTION_WORDS = new Set(['in', 'at', 'on', 'to', 'from', 'by', 'with', 'for', 'and', 'or', 'but', 'a', 'an', 'as', 'into']);
/** No name is longer; a longer run of capitals (a list, a shouted line) is cut, which keeps the
 *  work per run bounded and the whole pass linear. */
const MAX_RUN = 12;
const INNER_CONNECTORS = new Set(['of', '&', 'for', 'on']);

/** A line that capitalises most of its words is a headline: its common words are not names.
 *  Indexed by line number: 1 for a headline. A line that ends in a full stop is a sentence or a
 *  caption ("Photo: KVPA Lena Voss."), unless it capitalises nearly every word, plain words too
 *  ("Mayor Says Budget Plan Will Fail."). */
function headlineLines(tokens: Token[], text: string): Uint8Array {
  const lineCount = tokens.length ? tokens[tokens.length - 1].line + 1 : 0;
  const words = new Uint32Array(lineCount);
  const caps = new Uint32Array(lineCount);
  const stopped = new Uint8Array(lineCount);
  /** The first token of each line (lines without a token keep 0 and no words). */
  const firstToken = new Uint32Array(lineCount);
  work.steps += tokens.length;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (k === 0 || tokens[k - 1].line !== t.line) firstToken[t.line] = k;
    // (tokens come in line order: this is the line's last token)
    if (text && (k + 1 === tokens.length || tokens[k + 1].line !== t.line) && text.charCodeAt(t.end) === 0x2e) stopped[t.line] = 1;
    if (!hasLetter(t.text)) continue;
    words[t.line]++;
    if (t.cap) caps[t.line]++;
  }
  const headlines = new Uint8Array(lineCount);
  for (let line = 0; line < lineCount; line++) {
    const share = words[line] >= 3 ? caps[line] / words[line] : 0;
    if (!stopped[line]) {
      if (share >= 0.6) headlines[line] = 1;
    } else if (words[line] >= 5 && share >= 0.8 && capitalisedPlainWords(tokens, firstToken[line]) >= 3) headlines[line] = 1;
  }
  return headlines;
}

/** Capitalised plain words after the first word of the line that starts at token k ("Says",
 *  "Plan"), no names ("Frank"): only lines that look like a headline are counted. */
function capitalisedPlainWords(tokens: Token[], k: number): number {
  const line = tokens[k].line;
  let count = 0;
  for (let j = k + 1; j < tokens.length && tokens[j].line === line; j++) {
    work.steps++;
    const t = tokens[j];
    if (t.cap && !t.allCaps && commonWords.has(t.lower) && !firstNames.has(t.lower) && !wordFirstNames.has(t.lower) && !lastNames.has(t.lower)) count++;
  }
  return count;
}

/** How many tokens from k on spell a known multi-word name ("New Zealand", "North Korea"), or 0. */
function knownNameLength(tokens: Token[], k: number): number {
  let key = tokens[k].key;
  let length = 0;
  for (let j = k + 1; j < tokens.length && j <= k + 3 && tokens[j - 1].joinsNext && tokens[j].cap; j++) {
    work.steps++;
    key += ' ' + tokens[j].key;
    if (countryByName.has(key) || places.has(key) || organizationNames.has(key)) length = j - k + 1;
  }
  return length;
}

/** Plain English at the start of a sentence or in a headline, not a name. */
function isPlainWord(tokens: Token[], text: string, k: number, headline: boolean, namesInText?: Set<string>): boolean {
  const t = tokens[k];
  if (!(t.sentenceStart || headline) || t.allCaps) return false;
  const w = t.lower;
  if (countryByName.has(w) || countryByDemonym.has(w)) return false;
  // "Wood said…" after "Energy Minister Henry Wood": the article writes the word as a name
  if (!headline && namesInText?.has(w)) return false;
  // "Mr Wood", "President Okafor" at a sentence start: a title before a name is no plain word
  const next = tokens[k + 1];
  if (titleHeads.has(withoutFinalDot(w)) && t.joinsNext && next?.cap) return false;
  if (knownNameLength(tokens, k)) return false;
  if (firstNames.has(w) && !headline) return false;
  // "Bill Everett, an aide, said": a first name that is also a word, before a surname
  if (!headline && wordFirstNames.has(w) && wordNameOpensSentence(tokens, text, k)) return false;
  return commonWords.has(w);
}

/** "Free Farmers' Union", "the Miners' Party": a possessive inside
 *  a name, right before the head noun that ends it. */
function possessiveInName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t.possessive || !next?.cap || next.start - t.end > 3) return false;
  const head = next.lower;
  // "the Miners' Party Tuesday": a day after the name does not continue it
  const endsThere = !tokens[k + 2]?.cap || !next.joinsNext || weekdays.has(tokens[k + 2].lower);
  return endsThere && (orgHeads.has(head) || eventHeads.has(head)) && !countryByName.has(t.lower) && !countryByDemonym.has(t.lower);
}

/** "Hale & Dorn", "Harbour Rail & Sea Museum": an ampersand between two capitalised words joins them. */
function ampersandJoins(tokens: Token[], text: string, k: number): boolean {
  const a = tokens[k];
  const b = tokens[k + 1];
  if (!text || !b || b.start - a.end !== 3 || text[a.end] !== ' ' || text[a.end + 1] !== '&' || !a.cap || !b.cap || a.possessive) return false;
  // a firm's name ("Hale & Dorn"), unless a first name opens a second person ("Hale & Maria Dorn")
  if (!firstNames.has(b.lower) || !b.joinsNext || !tokens[k + 2]?.cap) return true;
  return false;
}

/** Words the article writes as the last word of a name inside a sentence ("Greg Hunt"): the same
 *  word at a sentence start is that name, not plain English. */
function namesInSentences(tokens: Token[], headlines: Uint8Array): Set<string> {
  const names = new Set<string>();
  work.steps += tokens.length;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    const before = tokens[k - 1];
    if (t.cap && !t.sentenceStart && !t.allCaps && before.cap && before.joinsNext && !before.allCaps && headlines[t.line] !== 1
      && !(tokens[k + 1]?.cap && t.joinsNext)) names.add(t.lower);
  }
  return names;
}

export function findRuns(tokens: Token[], text = ''): Run[] {
  const headlines = headlineLines(tokens, text);
  const namesInText = namesInSentences(tokens, headlines);
  const runs: Run[] = [];
  const nameish = (k: number) => {
    const t = tokens[k];
    return t.cap && !(FUNCTION_WORDS.has(t.lower) && !t.allCaps) && !isPlainWord(tokens, text, k, headlines[t.line] === 1 && !t.allCaps, namesInText);
  };
  let k = 0;
  while (k < tokens.length) {
    work.steps++;
    if (!nameish(k)) {
      k++;
      continue;
    }
    const from = k;
    // a known name is kept whole even where a headline's common words would cut it ("United States")
    let to = Math.max(k + 1, k + knownNameLength(tokens, k));
    while (to < tokens.length && to - from < MAX_RUN && (tokens[to - 1].joinsNext || possessiveInName(tokens, to - 1) || ampersandJoins(tokens, text, to - 1)) && tokens[to].sentence === tokens[from].sentence) {
      const t = tokens[to];
      work.steps++;
      if (t.cap && !(FUNCTION_WORDS.has(t.lower) && !t.allCaps) && !(headlines[t.line] === 1 && isPlainWord(tokens, text, to, true))) {
        to++;
        continue;
      }
      // "Friends of the Coastal Path", "Anton van Riel", "Council on X", "Hale & Dorn"
      const prev = tokens[to - 1];
      const isConnector = INNER_CONNECTORS.has(t.lower) && (t.lower === 'of' || t.lower === '&' || orgHeads.has(prev.lower) || orgStarts.has(prev.lower));
      if ((isConnector || nameParticles.has(t.lower)) && t.joinsNext && to + 1 < tokens.length) {
        let after = to + 1;
        if (tokens[after].lower === 'the' && t.lower === 'of' && tokens[after].joinsNext) after++;
        // "Centre on KV-7": a code after "on" or "for" is no part of the name ("Council on Rural Affairs" is)
        const codeAfter = t.lower !== 'of' && t.lower !== '&' && tokens[after]?.allCaps;
        if (after < tokens.length && tokens[after].cap && !codeAfter && tokens[after].sentence === tokens[from].sentence) {
          to = after + 1;
          continue;
        }
      }
      break;
    }
    runs.push({ from, to });
    k = to;
  }
  return runs;
}
