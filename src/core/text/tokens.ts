/** A single linear pass that cuts the text into word tokens, marks sentence and line starts, and
 *  records what separates each token from the next (the "gap"), which decides whether two
 *  capitalised words can belong to one name. */
import { work } from './work';
import { abbreviations } from '../lexicon/lexicon';
import { asciiLower, isDigitCode, isLetter, isLower, isNewlineCode, isSpaceCode, isUpper, isWordCode, normalizeKey, toLower } from './text';

export interface Token {
  start: number;
  /** End of the word itself, before any possessive "'s". */
  end: number;
  text: string;
  lower: string;
  /** normalizeKey(text), the word's lookup key; the same string as lower for a plain word. */
  key: string;
  /** Followed by "'s" or "’" (Kerry's): the possessive is outside [start, end). */
  possessive: boolean;
  /** First letter upper case ("Kerry", "U.S.", "al-Qaida" counts through its second part). */
  cap: boolean;
  /** Two or more letters, all upper case ("AP", "NASA", "U.N."). */
  allCaps: boolean;
  /** The first word of a sentence, a line or a heading. */
  sentenceStart: boolean;
  sentence: number;
  line: number;
  /** Only spaces between this token and the next: the two can join into one name. */
  joinsNext: boolean;
}

// The tokenizer reads every character: it compares char codes, which, unlike text[i], allocates
// no string for a non-ASCII character.
const DOT = 0x2e;
const HYPHEN = 0x2d;
const AMPERSAND = 0x26;
const isApostropheCode = (c: number) => c === 0x27 || c === 0x2019; // ' ’
/** Marks that may close a quotation or a parenthesis before a full stop: " ” ’ ' ). */
const isCloserCode = (c: number) => c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x27 || c === 0x29;

/** Letters separated by dots: "U.S", "D.C" (the final dot is added by the caller). */
function dottedEnd(text: string, i: number): number {
  let j = i;
  while (j + 1 < text.length && isWordCode(text.charCodeAt(j)) && text.charCodeAt(j + 1) === DOT && isWordCode(text.charCodeAt(j + 2)) && !isWordCode(text.charCodeAt(j + 3))) j += 2;
  work.steps += j - i;
  return j > i ? j + 1 : i;
}

// "al-Qaida", "al-Assad": a lower-case Arabic article before a capitalised name
const ARTICLE_PREFIX = /^(al|el|ad|as|ash|an|ar)-\p{Lu}/u;

/** Whether a word starts with a capital, and whether all its letters (two or more) are capitals. */
function capitalisation(word: string): { cap: boolean; allCaps: boolean } {
  let letters = 0;
  let lower = 0;
  let hasUpper = false;
  let firstAt = -1;
  let firstUpper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let upper: boolean;
    if (c < 128) {
      // ASCII without a string per character
      if (c >= 65 && c <= 90) upper = true;
      else if (c >= 97 && c <= 122) {
        upper = false;
        lower++;
      } else continue;
    } else {
      const ch = word[i];
      if (!isLetter(ch)) continue;
      upper = isUpper(ch);
      if (!upper && isLower(ch)) lower++;
    }
    letters++;
    if (upper) hasUpper = true;
    if (firstAt < 0) {
      firstAt = i;
      firstUpper = upper;
    }
  }
  const cap = (firstAt === 0 && firstUpper) || (isDigitCode(word.charCodeAt(0)) && hasUpper) || ((word[2] === '-' || word[3] === '-') && ARTICLE_PREFIX.test(word));
  return { cap, allCaps: letters >= 2 && lower === 0 && firstUpper };
}


/** Only ASCII letters, digits and "&": a word that normalizeKey only lower-cases. */
function isPlainWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === AMPERSAND)) return false;
  }
  return true;
}

/** normalizeKey of the words of tokens [from, to) joined by spaces, from the words' own keys (the
 *  same string: a token's text never ends in a possessive, and a word without a key adds nothing). */
export function runKey(tokens: Token[], from: number, to: number): string {
  let key = '';
  for (let k = from; k < to; k++) {
    const word = tokens[k].key;
    if (word) key = key ? key + ' ' + word : word;
  }
  return key;
}

/** A full stop after a dotted abbreviation ends a sentence before these words ("in the U.S. The next day"). */
const SENTENCE_OPENERS = /^(The|He|She|It|They|We|I|But|And|In|On|A|An|This|That|There)\b/;

/** A quotation mark findQuotes reads (" “ „ « ” » ' ‘) or a line break: the characters of the
 *  text that quote finding needs to see (see quoteMarks in quotes.ts). */
export const isQuoteMarkOrBreak = (c: number): boolean =>
  c === 0x22 || c === 0x27 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2018 || c === 0xab || c === 0xbb || isNewlineCode(c);

/** Cuts the text into tokens. With `marks`, also collects the offsets of the quotation marks and
 *  line breaks outside words, in order, for findQuotes: the one pass over every character serves both.
 *  (The apostrophes that a word takes in, "don't", "Kerry's", open no quotation.) */
export function tokenize(text: string, marks?: number[]): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let line = 0;
  let sentence = 0;
  let newSentence = true;
  /** The token pushed last. */
  let last: Token | undefined;
  let i = 0;
  while (i < n) {
    work.steps++;
    const ch = text.charCodeAt(i);
    if (!isWordCode(ch)) {
      if (isSpaceCode(ch)) {
        i++;
        continue;
      }
      if (marks !== undefined && isQuoteMarkOrBreak(ch)) marks.push(i);
      if (isNewlineCode(ch)) {
        if (ch === 13 && text.charCodeAt(i + 1) === 10) {
          i++;
          if (marks !== undefined) marks.push(i);
        }
        line++;
        newSentence = true;
      } else if (ch === 0x21 || ch === 0x3f) { // ! ?
        newSentence = true;
      } else if (ch === DOT && (i === 0 || isCloserCode(text.charCodeAt(i - 1))) && (i + 1 >= n || isSpaceCode(text.charCodeAt(i + 1)) || isNewlineCode(text.charCodeAt(i + 1)))) {
        // 'a "quiet protest". Farmers…': a full stop after a closing mark ends the sentence
        // (and one at the very start of the text, as before)
        newSentence = true;
      }
      if (last) last.joinsNext = false;
      i++;
      continue;
    }
    // a word: letters and digits, with inner hyphens, apostrophes, dots in abbreviations, ampersands
    const start = i;
    // (a dotted abbreviation has a dot right after its first letter)
    let end = text.charCodeAt(i + 1) === DOT ? dottedEnd(text, i) : i;
    let dotted = end > i;
    // a plain word (ASCII letters, digits, "&") has its fields from these counts, without a second look
    let plain = !dotted && ch < 128;
    let uppers = ch >= 65 && ch <= 90 ? 1 : 0;
    let lowers = ch >= 97 && ch <= 122 ? 1 : 0;
    if (!dotted) {
      end = i + 1;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c < 128) {
          if (c >= 97 && c <= 122) {
            lowers++;
            end++;
            continue;
          }
          if (c >= 65 && c <= 90) {
            uppers++;
            end++;
            continue;
          }
          if (c >= 48 && c <= 57) {
            end++;
            continue;
          }
        } else if (isWordCode(c)) {
          plain = false;
          end++;
          continue;
        }
        const after = text.charCodeAt(end + 1);
        if ((c === HYPHEN || c === AMPERSAND || c === DOT && isDigitCode(after) && isDigitCode(text.charCodeAt(end - 1))) && isWordCode(after)) {
          if (c !== AMPERSAND) plain = false;
          end++;
        }
        // an apostrophe inside a word ("don't"), not a possessive "'s"
        else if (isApostropheCode(c) && isWordCode(after) && !((after === 0x73 || after === 0x53) && !isWordCode(text.charCodeAt(end + 2)))) {
          plain = false;
          end++;
        } else break;
      }
    }
    // "U.S.-backed": a dotted abbreviation joined to a word by a hyphen stays one token
    if (dotted && text.charCodeAt(end) === DOT && text.charCodeAt(end + 1) === HYPHEN && isWordCode(text.charCodeAt(end + 2))) {
      end += 2;
      while (end < n && (isWordCode(text.charCodeAt(end)) || (text.charCodeAt(end) === HYPHEN && isWordCode(text.charCodeAt(end + 1))))) end++;
      dotted = false;
    }
    // (the word's characters, read once by the loops above and once by the lower-casing below)
    work.steps += 2 * (end - start);
    let word = text.slice(start, end);
    // (toLower's answer: a plain word without capitals is its own lower case)
    // (lower-cased by char codes: see asciiLower)
    let lower = plain ? (uppers ? asciiLower(text, start, end) : word) : toLower(word);
    // a final dot belongs to dotted abbreviations and known ones ("U.S.", "Mr.", "Sept.")
    let abbrevDot = false;
    if (text.charCodeAt(end) === DOT && (dotted || (word.length < 6 && abbreviations.has(lower)) || (word.length === 1 && isUpper(word)))) {
      end++;
      word += '.';
      lower += '.';
      abbrevDot = true;
    }
    let possessive = false;
    let next = end;
    // (the end of the text counts as an apostrophe here: "…the Belgians" at the very end is possessive)
    if (end >= n || isApostropheCode(text.charCodeAt(end))) {
      const s = text.charCodeAt(end + 1);
      if ((s === 0x73 || s === 0x53) && !isWordCode(text.charCodeAt(end + 2))) {
        possessive = true;
        next = end + 2;
      } else if (word.charCodeAt(word.length - 1) === 0x73 && !isWordCode(s)) {
        possessive = true;
        next = end + 1;
      }
    }
    let cap = false;
    let allCaps = false;
    let key: string;
    if (plain && !abbrevDot) {
      // what capitalisation and isPlainWord answer for a plain word: it starts with a letter or a
      // digit, and its letters are the counted ones
      if (uppers) {
        cap = (ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57);
        allCaps = uppers >= 2 && lowers === 0;
      }
      key = lower;
    } else {
      // a word that lower-casing leaves alone has no capitals (short of an Arabic article, "al-Qaida")
      if (lower !== word || word.charCodeAt(2) === HYPHEN || word.charCodeAt(3) === HYPHEN) ({ cap, allCaps } = capitalisation(word));
      key = isPlainWord(word) ? lower : normalizeKey(word);
    }
    if (newSentence && last) sentence++;
    last = { start, end, text: word, lower, key, possessive, cap, allCaps, sentenceStart: newSentence, sentence, line, joinsNext: !possessive };
    tokens.push(last);
    newSentence = false;
    i = next;
    // sentence end: "." after a word that is not an abbreviation, or after an abbreviation when a
    // capitalised common word follows (decided later by the caller through sentenceStart)
    if (!abbrevDot && text.charCodeAt(i) === DOT) {
      let j = i + 1;
      while (j < n && isCloserCode(text.charCodeAt(j))) j++;
      work.steps += j - i;
      if (j >= n || isSpaceCode(text.charCodeAt(j)) || isNewlineCode(text.charCodeAt(j))) newSentence = true;
    } else if (abbrevDot && dotted) {
      // "in the U.S. The next day": a dotted abbreviation ends a sentence before a capital
      let j = i;
      while (j < n && isSpaceCode(text.charCodeAt(j))) j++;
      work.steps += j - i;
      if (j > i && j < n && isUpper(text[j]) && SENTENCE_OPENERS.test(text.slice(j, j + 6))) {
        newSentence = true;
        last.joinsNext = false;
      }
    }
    if (newSentence) last.joinsNext = false;
  }
  return tokens;
}
