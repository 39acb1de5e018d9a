/** A single linear pass that cuts the text into word tokens, marks sentence and line starts, and
 *  records what separates each token from the next (the "gap"), which decides whether two
 *  capitalised words can belong to one name. */
import { abbreviations } from './lexicon';
import { APOSTROPHES, isDigit, isLetter, isLower, isNewline, isSpace, isUpper, isWordChar } from './text';

export interface Token {
  start: number;
  /** End of the word itself, before any possessive "'s". */
  end: number;
  text: string;
  lower: string;
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

/** Letters separated by dots: "U.S", "D.C" (the final dot is added by the caller). */
function dottedEnd(text: string, i: number): number {
  let j = i;
  while (j + 1 < text.length && isWordChar(text[j]) && !isWordChar(text[j + 1]) && text[j + 1] === '.' && isWordChar(text[j + 2]) && !isWordChar(text[j + 3])) j += 2;
  return j > i ? j + 1 : i;
}

const CLOSERS = '"”’\')';

// "al-Qaida", "al-Assad": a lower-case Arabic article before a capitalised name
const ARTICLE_PREFIX = /^(al|el|ad|as|ash|an|ar)-\p{Lu}/u;

/** Whether a word starts with a capital, and whether all its letters (two or more) are capitals. */
function capitalisation(word: string): { cap: boolean; allCaps: boolean } {
  let letters = 0;
  let lower = 0;
  let hasUpper = false;
  let firstAt = -1;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (!isLetter(ch)) continue;
    letters++;
    if (isUpper(ch)) hasUpper = true;
    else if (isLower(ch)) lower++;
    if (firstAt < 0) firstAt = i;
  }
  const firstUpper = firstAt >= 0 && isUpper(word[firstAt]);
  const cap = (firstAt === 0 && firstUpper) || (isDigit(word[0]) && hasUpper) || ((word[2] === '-' || word[3] === '-') && ARTICLE_PREFIX.test(word));
  return { cap, allCaps: letters >= 2 && lower === 0 && firstUpper };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let sentence = 0;
  let line = 0;
  let newSentence = true;
  let i = 0;
  while (i < n) {
    const ch = text[i];
    if (!isWordChar(ch)) {
      if (isNewline(ch)) {
        if (ch === '\r' && text[i + 1] === '\n') i++;
        line++;
        newSentence = true;
      } else if (ch === '!' || ch === '?') {
        newSentence = true;
      } else if (ch === '.' && CLOSERS.includes(text[i - 1] ?? '') && (i + 1 >= n || isSpace(text[i + 1]) || isNewline(text[i + 1]))) {
        // 'a "support movement". American…': a full stop after a closing mark ends the sentence
        newSentence = true;
      }
      if (tokens.length && !isSpace(ch)) tokens[tokens.length - 1].joinsNext = false;
      i++;
      continue;
    }
    // a word: letters and digits, with inner hyphens, apostrophes, dots in abbreviations, ampersands
    const start = i;
    let end = dottedEnd(text, i);
    let dotted = end > i;
    if (!dotted) {
      end = i + 1;
      while (end < n) {
        const c = text[end];
        if (isWordChar(c)) end++;
        else if ((c === '-' || c === '&' || c === '.' && isDigit(text[end + 1]) && isDigit(text[end - 1])) && isWordChar(text[end + 1])) end++;
        else if (APOSTROPHES.includes(c) && isWordChar(text[end + 1]) && !(text[end + 1].toLowerCase() === 's' && !isWordChar(text[end + 2]))) end++;
        else break;
      }
    }
    // "U.S.-backed": a dotted abbreviation joined to a word by a hyphen stays one token
    if (dotted && text[end] === '.' && text[end + 1] === '-' && isWordChar(text[end + 2])) {
      end += 2;
      while (end < n && (isWordChar(text[end]) || (text[end] === '-' && isWordChar(text[end + 1])))) end++;
      dotted = false;
    }
    let word = text.slice(start, end);
    // a final dot belongs to dotted abbreviations and known ones ("U.S.", "Mr.", "Sept.")
    let abbrevDot = false;
    if (text[end] === '.' && (dotted || (abbreviations.has(word.toLowerCase()) && word.length < 6) || (word.length === 1 && isUpper(word)))) {
      end++;
      word += '.';
      abbrevDot = true;
    }
    let possessive = false;
    let next = end;
    if (APOSTROPHES.includes(text[end] ?? '')) {
      if ((text[end + 1] === 's' || text[end + 1] === 'S') && !isWordChar(text[end + 2])) {
        possessive = true;
        next = end + 2;
      } else if (word.endsWith('s') && !isWordChar(text[end + 1])) {
        possessive = true;
        next = end + 1;
      }
    }
    const { cap, allCaps } = capitalisation(word);
    tokens.push({
      start, end: abbrevDot ? end - (dotted || word.length <= 2 ? 0 : 0) : end, text: word, lower: word.toLowerCase(),
      possessive, cap, allCaps, sentenceStart: newSentence, sentence, line, joinsNext: !possessive,
    });
    newSentence = false;
    i = next;
    // sentence end: "." after a word that is not an abbreviation, or after an abbreviation when a
    // capitalised common word follows (decided later by the caller through sentenceStart)
    if (!abbrevDot && text[i] === '.') {
      let j = i + 1;
      while (j < n && (text[j] === '"' || text[j] === '”' || text[j] === "'" || text[j] === '’' || text[j] === ')')) j++;
      if (j >= n || isSpace(text[j]) || isNewline(text[j])) {
        newSentence = true;
        sentence++;
      }
    } else if (abbrevDot && dotted) {
      // "in the U.S. The next day": a dotted abbreviation ends a sentence before a capital
      let j = i;
      while (j < n && isSpace(text[j])) j++;
      if (j > i && j < n && isUpper(text[j]) && /^(The|He|She|It|They|We|I|But|And|In|On|A|An|This|That|There)\b/.test(text.slice(j, j + 6))) {
        newSentence = true;
        sentence++;
        tokens[tokens.length - 1].joinsNext = false;
      }
    }
    if (newSentence && tokens.length) tokens[tokens.length - 1].joinsNext = false;
  }
  // sentence numbers must also advance at line breaks and ! ?
  let s = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (k > 0 && tokens[k].sentenceStart) s++;
    tokens[k].sentence = s;
  }
  return tokens;
}
