/** Whether a quotation is a writer's partial quote, and which quoted spans are no quotation at
 *  all: titles ("Lanterns Over Brackwater") and scare quotes ("smart" kettles). The decisions are
 *  the marked-phrase rules of quoteRules.ts, tried in its order. */
import { speechVerbs } from '../lexicon/lexicon';
import { RuleSwitch } from '../rules';
import { firstIndexWhereNot, isWordCode } from '../text/text';
import { Token } from '../text/tokens';
import { work } from '../text/work';
import { MarkedPhrase } from '../types';
import { QuoteSpan } from './quotes';

/** The white space String.prototype.trim removes (WhiteSpace and LineTerminator). */
function isTrimmedCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The bounds of text.slice(start, end).trim(), without the strings. */
function trimmedStart(text: string, start: number, end: number): number {
  const from = start;
  while (start < end && isTrimmedCode(text.charCodeAt(start))) start++;
  work.steps += start - from;
  return start;
}
function trimmedEnd(text: string, start: number, end: number): number {
  const from = end;
  while (end > start && isTrimmedCode(text.charCodeAt(end - 1))) end--;
  work.steps += from - end;
  return end;
}

const SENTENCE_START = /^[\p{Lu}\d[(]/u;
/** . ! ? , ; : … — - */
const isSentenceEndCode = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2026 || c === 0x2014 || c === 0x2d;

/** A fragment quoted inside the writer's own sentence, not a whole quoted sentence. */
export function isPartial(text: string, q: QuoteSpan): boolean {
  // (only the first and last characters of the trimmed content matter: a long quote is not copied)
  const start = trimmedStart(text, q.contentStart, q.contentEnd);
  const end = trimmedEnd(text, start, q.contentEnd);
  if (start === end) return true;
  const c = text.charCodeAt(start);
  // (a code point is two code units at most)
  const startsSentence = c < 128 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 0x5b || c === 0x28 : SENTENCE_START.test(text.slice(start, Math.min(end, start + 2)));
  const endsSentence = isSentenceEndCode(text.charCodeAt(end - 1)) || q.unclosed;
  return !(startsSentence && endsSentence);
}

/** A title has at most this many words. */
const MAX_TITLE_WORDS = 12;
const MINOR_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'vs', 'at', 'by', 'from', 'with']);
/** The longest minor word. */
const MAX_MINOR_LENGTH = 4;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const UPPER = /^\p{Lu}$/u;

/** The code point at i of text[.., end): a surrogate pair cut by end is a lone surrogate. */
function codePointBefore(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}
const isLetterOrDigitPoint = (cp: number) => (cp < 0x10000 ? isWordCode(cp) : LETTER_OR_DIGIT.test(String.fromCodePoint(cp)));
const isUpperPoint = (cp: number) => (cp < 128 ? cp >= 65 && cp <= 90 : UPPER.test(String.fromCodePoint(cp)));

interface TitleWords {
  /** Words read, up to the limit (a long quote need not be cut into words to its end): a letter or
   *  a digit, then letters, digits, apostrophes and hyphens (as /[\p{L}\p{N}][\p{L}\p{N}'’-]*&#47;u matched). */
  words: number;
  /** Words that start with a capital or a digit. */
  capitalised: number;
  /** Minor words ("of", "the"). */
  minor: number;
  /** The first word starts with a capital. */
  firstUpper: boolean;
}

/** What the title test needs of the first `limit` words of text[start, end), read by char codes:
 *  no string per word. */
function titleWords(text: string, start: number, end: number, limit: number): TitleWords {
  const out: TitleWords = { words: 0, capitalised: 0, minor: 0, firstUpper: false };
  let i = start;
  while (i < end && out.words < limit) {
    work.steps++;
    let cp = codePointBefore(text, i, end);
    i += cp > 0xffff ? 2 : 1;
    if (!isLetterOrDigitPoint(cp)) continue;
    const first = cp;
    const wordStart = i - (cp > 0xffff ? 2 : 1);
    // letters, digits, apostrophes and hyphens go on the word
    while (i < end) {
      work.steps++;
      cp = codePointBefore(text, i, end);
      if (!(cp === 0x27 || cp === 0x2019 || cp === 0x2d || isLetterOrDigitPoint(cp))) break;
      i += cp > 0xffff ? 2 : 1;
    }
    out.words++;
    const upper = isUpperPoint(first);
    if (out.words === 1) out.firstUpper = upper;
    if (upper || (first >= 48 && first <= 57)) out.capitalised++;
    else if (i - wordStart <= MAX_MINOR_LENGTH && MINOR_WORDS.has(text.slice(wordStart, i))) out.minor++;
  }
  return out;
}

/** What the marked-phrase rules made of a quoted span: somebody's words (no reason) or a marked
 *  phrase, and the id of the rule that decided. */
export interface SpanDecision {
  reason?: MarkedPhrase['reason'];
  rule: string;
}

/** Titles ("Lanterns Over Brackwater") and scare quotes ("smart" kettles) are marked phrases, not
 *  anybody's words. A short fragment counts as a quote when its sentence reports speech. The
 *  rules of quoteRules.ts, in their order; a rule switched off decides nothing. */
export function decideQuotedSpan(text: string, q: QuoteSpan, tokens: Token[], rules: RuleSwitch = new RuleSwitch()): SpanDecision {
  // one word more than a title may have tells that there are too many
  const { words, capitalised, minor, firstUpper } = titleWords(text, q.contentStart, q.contentEnd, MAX_TITLE_WORDS + 1);
  if (!words && rules.on('quote.empty-span')) return { reason: 'scare', rule: 'quote.empty-span' };
  const sentenceEnd = endsWithFullStop(text, q.contentStart, q.contentEnd);
  const titleCase = words <= MAX_TITLE_WORDS && capitalised >= 1 && capitalised + minor === words && (words > 1 || firstUpper);
  if (!sentenceEnd && titleCase) {
    // 'chants of "Go Team! Go Team"': a stop inside the words makes them spoken, not a title
    if (rules.on('quote.inner-exclamation') && hasInnerExclamation(text, q.contentStart, q.contentEnd)) return { rule: 'quote.inner-exclamation' };
    // 'the crowd chanted "Harbor First"': capitalised words right after a speech verb are its words
    if (rules.on('quote.spoken-title-case') && followsSpeechVerb(tokens, q)) return { rule: 'quote.spoken-title-case' };
    if (rules.on('quote.title-case')) return { reason: 'title', rule: 'quote.title-case' };
  }
  if ((words > 3 || sentenceEnd) && rules.on('quote.full-sentence')) return { rule: 'quote.full-sentence' };
  // a short fragment: a quote only if the sentence around it reports speech
  if (rules.on('quote.reported-fragment') && sentenceReportsSpeech(tokens, q)) return { rule: 'quote.reported-fragment' };
  if (rules.on('quote.scare-fragment')) return { reason: 'scare', rule: 'quote.scare-fragment' };
  // every rule that could reject the span is off: the marks quote somebody
  return { rule: 'quote.double-marks' };
}

/** The marked-phrase reason of a quoted span, or undefined when it quotes somebody (see decideQuotedSpan). */
export function markedPhraseReason(text: string, q: QuoteSpan, tokens: Token[], rules: RuleSwitch = new RuleSwitch()): MarkedPhrase['reason'] | undefined {
  return decideQuotedSpan(text, q, tokens, rules).reason;
}

/** . ! ? , */
const isFullStopCode = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2c;
/** " ' ” ’ */
const isCloseQuoteCode = (c: number) => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019;

/** /[.!?,]["'”’]?$/.test(text.slice(start, end).trim()), from the last two characters. */
function endsWithFullStop(text: string, start: number, end: number): boolean {
  start = trimmedStart(text, start, end);
  end = trimmedEnd(text, start, end);
  if (end === start) return false;
  const last = text.charCodeAt(end - 1);
  if (isFullStopCode(last)) return true;
  return isCloseQuoteCode(last) && end - 1 > start && isFullStopCode(text.charCodeAt(end - 2));
}

/** An exclamation or question mark before the last character of text[start, end). */
function hasInnerExclamation(text: string, start: number, end: number): boolean {
  end = trimmedEnd(text, start, end);
  for (let i = start; i < end - 1; i++) {
    work.steps++;
    const c = text.charCodeAt(i);
    if (c === 0x21 || c === 0x3f) return true;
  }
  return false;
}

/** Verbs whose object is an audience or a work ("told Harbor Radio", "wrote The Long Tide"), not
 *  the words said: capitalised words after them are a name or a title. */
const AUDIENCE_OR_WORK_VERBS = new Set(['told', 'tell', 'tells', 'telling', 'wrote', 'write', 'writes', 'writing',
  'called', 'call', 'calls', 'calling', 'dubbed', 'dubs', 'labeled', 'labelled', 'posted', 'posts', 'reported', 'reports',
  'described', 'describes', 'describing', 'continued', 'continues', 'announced', 'announces', 'announcing']);

/** The quote comes right after a speech verb, with at most a comma or colon between. */
function followsSpeechVerb(tokens: Token[], q: QuoteSpan): boolean {
  const k = firstIndexWhereNot(tokens.length, (i) => tokens[i].end <= q.start);
  const before = tokens[k - 1];
  if (!before || q.start - before.end > 2 || before.possessive) return false;
  const word = before.lower;
  return (speechVerbs.has(word) || CHANT_VERBS.has(word)) && !AUDIENCE_OR_WORK_VERBS.has(word);
}
/** Verbs of crowds and signs, whose object is the words: "chanted", "read". */
const CHANT_VERBS = new Set(['chant', 'chants', 'chanted', 'chanting', 'read', 'reading', 'shouting', 'yelling', 'screaming', 'singing', 'sang']);

/** Verbs that report what somebody said by judging it ("blasted", "mocked"), beyond the speech
 *  verbs of the lexicon, in every form: a fragment quoted after them is the judged words. */
const JUDGING_VERBS = ['blast', 'slam', 'decry', 'criticize', 'criticise', 'deride', 'mock', 'praise', 'condemn',
  'denounce', 'dismiss', 'attack', 'defend', 'brand', 'term', 'tout', 'hail', 'chant', 'mention', 'cite', 'portray',
  'refer', 'lament', 'applaud', 'blame', 'reject', 'repeat', 'pronounce', 'ridicule', 'lambaste', 'scold', 'allege',
  'assert', 'contend', 'demand', 'quote', 'cheer', 'proclaim', 'nickname', 'promise', 'predict', 'declare', 'describe',
  'insist', 'warn', 'boast', 'brag', 'tweet', 'write', 'read', 'sing', 'scream', 'shout', 'call', 'label', 'dub', 'vow',
  'accuse', 'suggest', 'urge', 'question', 'recount', 'thank', 'pledge', 'complain', 'characterize', 'characterise',
  // plain verbs of speaking that the lexicon's list leaves out
  'talk', 'speak', 'cry', 'protest', 'grouse', 'vent', 'mutter', 'plead', 'beg', 'rail', 'swear', 'object', 'retort', 'fume', 'gush', 'rave'];
/** Nouns for somebody's words ("his remarks", "the accusation"). */
const STATEMENT_NOUNS = ['claim', 'accusation', 'allegation', 'statement', 'remark', 'comment', 'slogan', 'promise',
  'pledge', 'vow', 'chant', 'message', 'tweet', 'speech', 'letter', 'memo', 'email', 'e-mail', 'rhetoric',
  'description', 'broadside', 'criticism', 'warning', 'quote', 'words', 'headline', 'editorial', 'op-ed',
  'testimony', 'complaint', 'insult', 'retort', 'rant', 'boast', 'prediction'];

/** Every inflected form of a regular verb stem: "blast" → blasts, blasted, blasting. */
function verbForms(stem: string): string[] {
  const doubled = /[^aeiou][aeiou][bdgmnpt]$/.test(stem) && stem.length <= 4 ? stem + stem[stem.length - 1] : stem;
  const base = stem.endsWith('e') ? stem.slice(0, -1) : doubled;
  const past = stem.endsWith('y') && !/[aeiou]y$/.test(stem) ? stem.slice(0, -1) + 'ied' : stem.endsWith('e') ? stem + 'd' : doubled + 'ed';
  const third = stem.endsWith('y') && !/[aeiou]y$/.test(stem) ? stem.slice(0, -1) + 'ies' : /(s|sh|ch|x|z)$/.test(stem) ? stem + 'es' : stem + 's';
  return [stem, third, past, base + 'ing'];
}
/** Irregular past forms of the judging verbs. */
const IRREGULAR_PAST = ['wrote', 'written', 'sang', 'sung', 'spoke', 'spoken', 'swore', 'sworn', 'referred', 'referring', 'labelled', 'labelling'];

/** Words that tell whose words a quoted fragment is: speech verbs, judging verbs, statement nouns. */
const ATTRIBUTION_CUES: ReadonlySet<string> = new Set([
  ...JUDGING_VERBS.flatMap(verbForms),
  ...IRREGULAR_PAST,
  ...STATEMENT_NOUNS.flatMap((n) => [n, n.endsWith('s') ? n : n + 's']),
]);

function sentenceReportsSpeech(tokens: Token[], q: QuoteSpan): boolean {
  // the first token ending after the quote's start
  const k = firstIndexWhereNot(tokens.length, (i) => tokens[i].end <= q.start);
  const sentence = tokens[Math.min(k, tokens.length - 1)]?.sentence;
  // a possessive right before the marks names whose words they are ("the mayor's 'fair deal'")
  const before = tokens[k - 1];
  if (before && before.possessive && before.sentence === sentence && q.start - before.end <= 3) return true;
  for (let j = Math.max(0, k - 40); j < Math.min(tokens.length, k + 40); j++) {
    work.steps++;
    if (tokens[j].sentence !== sentence || (tokens[j].start >= q.start && tokens[j].end <= q.end)) continue;
    const word = tokens[j].lower;
    if (speechVerbs.has(word) || ATTRIBUTION_CUES.has(word) || (word === 'according' && tokens[j + 1]?.lower === 'to')) return true;
  }
  return false;
}
