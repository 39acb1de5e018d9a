/** Finds direct quotations: straight and curly double marks, single marks outside them, the news
 *  convention for quotes over several paragraphs (each paragraph opens with a mark, only the last
 *  closes), and unbalanced marks, which end at their paragraph instead of swallowing the rest. */
import { work } from '../text/work';
import { isNewline, isNewlineCode, isSpace, isWordChar } from '../text/text';
import { isQuoteMarkOrBreak } from '../text/tokens';
import { RuleSwitch } from '../rules';
import './quoteRules';

/** A capital or a digit (or "["), the start of a quoted sentence. */
const CAPITAL_OR_DIGIT = /[\p{Lu}[\d]/u;

export interface QuoteSpan {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  /** The closing mark was missing: the quote ends at its paragraph. */
  unclosed: boolean;
}

/** A word character or a stop before a mark, and white space, a stop or nothing after it; or a
 *  mark with nothing after it on its line, which can open nothing. */
function gluedToWordEnd(text: string, i: number): boolean {
  const after = text[i + 1];
  if (after === undefined || isNewline(after) || (isSpace(after) && (text[i + 2] === undefined || isNewline(text[i + 2])))) return true;
  const before = text[i - 1];
  if (before === undefined || isSpace(before) || isNewline(before)) return false;
  return isSpace(after) || ',.;:!?)'.includes(after);
}

const DOUBLE_OPEN = '“„«';
const DOUBLE_CLOSE = '”»';
const SINGLE_OPEN = '‘';
const SINGLE_CLOSE = '’';
const MAX_SINGLE_QUOTE = 400;

// the loops below read every character of the article: they compare char codes, which, unlike
// text[i], allocates no string for a non-ASCII character
const STRAIGHT_DOUBLE = 0x22; // "
const STRAIGHT_SINGLE = 0x27; // '
const CURLY_SINGLE_OPEN = 0x2018; // ‘
const CURLY_SINGLE_CLOSE = 0x2019; // ’
const CURLY_DOUBLE_OPEN = 0x201c; // “

/** A double mark of any kind: " “ „ « ” ». */
function isDoubleMark(c: number): boolean {
  return c === STRAIGHT_DOUBLE || c === 0x201c || c === 0x201e || c === 0xab || c === 0x201d || c === 0xbb;
}

type Role = 'open' | 'close' | 'either';

/** Whether a straight or curly mark opens or closes, from the characters around it. */
function roleOf(text: string, i: number, openSet: string, closeSet: string): Role | undefined {
  const ch = text[i];
  if (openSet.includes(ch)) return 'open';
  if (closeSet.includes(ch)) return 'close';
  const before = text[i - 1];
  const after = text[i + 1];
  const spaceBefore = before === undefined || isSpace(before) || isNewline(before) || '([{—–-/'.includes(before);
  const spaceAfter = after === undefined || isSpace(after) || isNewline(after) || ',.;:!?)]}—–-'.includes(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (spaceAfter && !spaceBefore) return 'close';
  return 'either';
}

/** Paragraph ends: offsets of line breaks, plus the text end. */
function paragraphEnd(text: string, i: number): number {
  const from = i;
  while (i < text.length && !isNewlineCode(text.charCodeAt(i))) i++;
  work.steps += i - from;
  return i;
}

/** Where the next paragraph starts (skipping blank lines), or -1. */
function nextParagraph(text: string, i: number): number {
  const from = i;
  while (i < text.length && (isNewline(text[i]) || isSpace(text[i]))) i++;
  work.steps += i - from;
  return i < text.length ? i : -1;
}

function trimEnd(text: string, end: number, min: number): number {
  const from = end;
  while (end > min && (isSpace(text[end - 1]) || isNewline(text[end - 1]))) end--;
  work.steps += from - end;
  return end;
}

/** Whether the first double mark of the paragraph at i closes a quote (and none opens before it). */
function firstMarkCloses(text: string, i: number): boolean {
  const end = paragraphEnd(text, i);
  for (let j = i; j < end; j++) {
    work.steps++;
    if (isDoubleMark(text.charCodeAt(j))) return roleOf(text, j, DOUBLE_OPEN, DOUBLE_CLOSE) === 'close';
  }
  return false;
}

const EQUALS = 0x3d; // =

/** The index in marks of the straight mark that closes an attribute value opened at marks[m], or
 *  -1 when a line break comes first. */
function attributeValueEnd(text: string, marks: readonly number[], m: number): number {
  for (let k = m + 1; k < marks.length; k++) {
    work.steps++;
    const c = text.charCodeAt(marks[k]);
    if (isNewlineCode(c)) return -1;
    if (c === STRAIGHT_DOUBLE) return k;
  }
  return -1;
}

/** Offsets of the quotation marks and line breaks of a text, all that findQuotes looks at. */
export function quoteMarks(text: string): number[] {
  const marks: number[] = [];
  for (let i = 0; i < text.length; i++) if (isQuoteMarkOrBreak(text.charCodeAt(i))) marks.push(i);
  return marks;
}

/** The quotations of a text. `marks`: the offsets of its quotation marks and line breaks (see
 *  quoteMarks; tokenize collects them too), the only characters read in order: all others are
 *  looked at only around them. */
export function findQuotes(text: string, marks: readonly number[] = quoteMarks(text), rules: RuleSwitch = new RuleSwitch()): QuoteSpan[] {
  const continues = rules.on('quote.paragraph-continuation');
  const endsAtParagraph = rules.on('quote.unclosed-paragraph');
  const skipsAttributes = rules.on('quote.markup-attribute');
  const quotes: QuoteSpan[] = [];
  let open = -1;
  /** A paragraph-opening mark that continues a quote from the paragraph before. */
  let continuation = -1;
  for (let m = 0; m < marks.length; m++) {
    work.steps++;
    const i = marks[m];
    const code = text.charCodeAt(i);
    if (open >= 0 && isNewlineCode(code) && endsAtParagraph) {
      // a quote still open at a paragraph's end continues only if the next paragraph opens with a mark
      const next = continues ? nextParagraph(text, i) : -1;
      if (next >= 0 && (text[next] === '"' || DOUBLE_OPEN.includes(text[next]))) {
        continuation = next;
        while (m + 1 < marks.length && marks[m + 1] < next) m++;
        continue;
      }
      // no mark opens the next paragraph, but its first mark closes: the quote runs on into it
      if (next >= 0 && firstMarkCloses(text, next)) {
        while (m + 1 < marks.length && marks[m + 1] < next) m++;
        continue;
      }
      const end = trimEnd(text, i, open + 1);
      quotes.push({ start: open, end, contentStart: open + 1, contentEnd: end, unclosed: true });
      open = -1;
      continue;
    }
    if (!isDoubleMark(code) || i === continuation) continue;
    // '<post author="@harbor_news">': an attribute's value, up to the next straight mark on its line
    if (open < 0 && code === STRAIGHT_DOUBLE && text.charCodeAt(i - 1) === EQUALS && skipsAttributes) {
      const close = attributeValueEnd(text, marks, m);
      if (close > m) {
        m = close;
        continue;
      }
    }
    let role = roleOf(text, i, DOUBLE_OPEN, DOUBLE_CLOSE);
    // 'Ortiz said," Nobody told us…': a straight mark glued to the comma or colon that introduces a
    // quote, with no quote open, opens one when a capitalised word follows
    if (open < 0 && role === 'close' && code === STRAIGHT_DOUBLE && (text[i - 1] === ',' || text[i - 1] === ':') && text[i + 1] === ' ' && CAPITAL_OR_DIGIT.test(text[i + 2] ?? '') && rules.on('quote.glued-opening')) role = 'open';
    // 'the offer “insulting“ on Monday': an opening curly mark set where the closing one belongs
    if (open >= 0 && role === 'open' && code === CURLY_DOUBLE_OPEN && gluedToWordEnd(text, i) && rules.on('quote.backward-closing')) role = 'close';
    if (open < 0) {
      if (role !== 'close') open = i;
    } else if (role === 'open') {
      // an opening mark inside an open quote: the earlier mark was unbalanced
      const end = trimEnd(text, i, open + 1);
      quotes.push({ start: open, end, contentStart: open + 1, contentEnd: end, unclosed: true });
      open = i;
    } else {
      let contentStart = open + 1;
      while (contentStart < i && text[contentStart] === ' ') contentStart++;
      work.steps += contentStart - open;
      quotes.push({ start: open, end: i + 1, contentStart, contentEnd: i, unclosed: false });
      open = -1;
    }
  }
  if (open >= 0) {
    const end = trimEnd(text, text.length, open + 1);
    quotes.push({ start: open, end, contentStart: open + 1, contentEnd: end, unclosed: true });
  }
  if (!rules.on('quote.double-marks')) quotes.length = 0;
  const singles = rules.on('quote.single-marks') ? findSingleQuotes(text, quotes, marks) : [];
  return singles.length ? mergeByStart(quotes, singles) : quotes;
}

/** [...a, ...b].sort((x, y) => x.start - y.start) for two lists sorted by start: a stable merge,
 *  ties keep a's element first. */
function mergeByStart(a: QuoteSpan[], b: QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(b[j].start < a[i].start ? b[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** Single-mark quotes ('a careful first step') outside double-mark quotes, within a paragraph. */
function findSingleQuotes(text: string, doubles: QuoteSpan[], marks: readonly number[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let d = 0;
  let noCloserBefore = 0;
  /** End of the paragraph being read, found once per paragraph. */
  let paraEnd = -1;
  /** Marks before this offset are passed over (inside a double-mark quote or a single-mark one found). */
  let resume = 0;
  for (let m = 0; m < marks.length; m++) {
    work.steps++;
    const i = marks[m];
    if (i < resume) continue;
    const code = text.charCodeAt(i);
    if (code !== STRAIGHT_SINGLE && code !== CURLY_SINGLE_OPEN) continue;
    // marks inside double-mark quotes are theirs
    while (d < doubles.length && doubles[d].end <= i) d++;
    if (d < doubles.length && doubles[d].start <= i) {
      resume = doubles[d].end;
      continue;
    }
    if (roleOf(text, i, SINGLE_OPEN, '') !== 'open' || !isWordChar(text[i + 1])) continue;
    if (i >= paraEnd) paraEnd = paragraphEnd(text, i);
    const limit = Math.min(paraEnd, i + MAX_SINGLE_QUOTE, d < doubles.length ? doubles[d].start : text.length);
    // text already searched in vain for a closing mark holds none for this opener either
    const from = Math.max(i + 2, noCloserBefore);
    noCloserBefore = limit;
    for (let j = from; j < limit; j++) {
      work.steps++;
      const c = text.charCodeAt(j);
      if (c !== STRAIGHT_SINGLE && c !== CURLY_SINGLE_CLOSE) continue;
      const after = text[j + 1];
      // an apostrophe inside a word ("don't") is no closing mark
      if (isWordChar(after)) continue;
      if (roleOf(text, j, '', SINGLE_CLOSE) === 'open') continue;
      out.push({ start: i, end: j + 1, contentStart: i + 1, contentEnd: j, unclosed: false });
      noCloserBefore = 0;
      resume = j + 1;
      break;
    }
  }
  return out;
}
