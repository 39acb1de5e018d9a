/** Character classes and small string helpers, all linear and regex-backtracking free. */

// ASCII fast paths first: these run once per character of the article.
export function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
export function isLower(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
export function isWordChar(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(ch);
}
export function isLetter(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(ch);
}
/** isWordChar by char code, for loops over every character. Non-ASCII answers are remembered per
 *  code unit (0 not yet asked, 1 yes, 2 no): the Unicode regex runs once per distinct character. */
const nonAsciiWordChar = new Uint8Array(0x10000);
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c !== c) return false; // NaN: charCodeAt past the end
  let known = nonAsciiWordChar[c];
  if (!known) nonAsciiWordChar[c] = known = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
export const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;
export const isNewlineCode = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
export const isDigit = (ch: string | undefined): boolean => !!ch && ch >= '0' && ch <= '9';
export const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\u00a0';
export const isNewline = (ch: string | undefined): boolean => ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
export const APOSTROPHES = "'’";

/** s.toLowerCase(), without the call for a word that is lower-case ASCII already (most words of an
 *  article): the same string comes back, and lookups of it share its hash. An ASCII word with
 *  capitals is lower-cased by char codes (see asciiLower). */
export function toLower(s: string): string {
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return s.toLowerCase();
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? asciiLower(s, 0, s.length) : s;
}

/** s.slice(start, end).toLowerCase() for ASCII, by char codes. Unlike toLowerCase, this makes a
 *  one-byte string even when s holds a character past Latin-1 (a curly quote makes a whole article
 *  two-byte), and it is no slow call: toLowerCase of a two-byte string goes through ICU. */
/** Words up to this length are lower-cased char by char (no toLowerCase call, slow on a two-byte text). */
const ASCII_LOWER_BY_CHARS = 32;

export function asciiLower(s: string, start: number, end: number): string {
  // (a long word, "A.A.A.…" over a whole line, is lower-cased at once: a string built char by
  // char would be a long chain of pieces)
  if (end - start > ASCII_LOWER_BY_CHARS) return s.slice(start, end).toLowerCase();
  let out = '';
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    out += String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
  }
  return out;
}

/** Whether a string holds a letter of any script (/\p{L}/u.test(s), by char codes while ASCII). */
export function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return LETTER.test(s);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  }
  return false;
}

/** w.replace(/\.$/, ''): a word without its final dot ("mr." → "mr"). */
export function withoutFinalDot(w: string): string {
  return w.charCodeAt(w.length - 1) === 0x2e ? w.slice(0, -1) : w;
}

/** w.split('-')[0]: a word up to its first hyphen. */
export function beforeHyphen(w: string): string {
  const h = w.indexOf('-');
  return h < 0 ? w : w.slice(0, h);
}

/** A lookup key: lower case, no accents, dots and hyphens as spaces ("U.S." → "u s"). */
export function normalizeKey(s: string): string {
  // fast path for plain ASCII, which is nearly every name in English news
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) return normalizeKeySlow(s);
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 38) {
      if (space && out) out += ' ';
      out += String.fromCharCode(c);
      space = false;
    } else if (c === 39 && (s[i + 1] === 's' || s[i + 1] === 'S') && i + 2 === s.length) {
      break; // a final possessive
    } else space = true;
  }
  return out;
}

function normalizeKeySlow(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
}

export function slug(s: string): string {
  return normalizeKey(s).replace(/ /g, '-') || 'x';
}

/** The first index in [0, length) for which `before(i)` is false, where `before` holds for a
 *  prefix of the indexes: the one binary search all sorted lookups here use. */
export function firstIndexWhereNot(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start offsets of every line, for offset → line/column conversions outside VS Code. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Zero-based line and character of an offset, as VS Code's Position has them. */
export function positionAt(starts: number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}
