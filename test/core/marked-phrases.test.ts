import * as assert from 'node:assert/strict';
import { analyze } from './helpers';

// The title, scare-quote and partial-quote tests read quote contents by char codes; these are the
// regex definitions they replaced, run here on contents with astral letters, lone surrogates,
// Unicode white space, apostrophes and hyphens.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const MINOR_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'vs', 'at', 'by', 'from', 'with']);

function expectedReason(content: string): 'title' | 'scare' | undefined {
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(content); m && words.length < 13; m = WORD.exec(content)) words.push(m[0]);
  if (!words.length) return 'scare';
  const sentenceEnd = /[.!?,]["'”’]?$/.test(content.trim());
  const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  const minor = words.filter((w) => MINOR_WORDS.has(w)).length;
  if (!sentenceEnd && words.length <= 12 && capitalised >= 1 && capitalised + minor === words.length && (words.length > 1 || /^\p{Lu}/u.test(words[0]))) return 'title';
  if (words.length > 3 || sentenceEnd) return undefined;
  return 'scare'; // the sentences below report no speech
}

function expectedPartial(content: string): boolean {
  const c = content.trim();
  return !(/^[\p{Lu}\d[(]/u.test(c) && /[.!?,;:…—-]$/.test(c));
}

const CONTENTS = [
  'Harborside Compass 7 Countdown', 'moderate', 'Moderate', 'A', 'a', '1999', 'of the', 'Of the', 'the Times',
  '𝐀𝐁𝐂 Title', '𝐚𝐛𝐜 words', '𝐀', '\uD835 lone', 'lone \uD835', '\uDC00 Low', 'Ünïcödé Straße', 'ünïcödé straße',
  "O'Brien’s Plan", "it's done", '-', '—', 'Rowing Inland.', 'Rowing Inland!', 'Rowing Inland,', "Rowing Inland.'", 'Rowing Inland.’',
  '\u2003Title Case\u2003', '\ufeffTitle', '\u00a0Title\u00a0', '(Parenthesised) remark.', '[Bracketed] remark;',
  'One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve', 'One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen',
  'one two three four', 'one two three', 'Rock-and-Roll Hall of Fame', 'vs Them', 'From Here With Love', 'with from by at',
  '😀 Emoji Title', '😀', '... ', '123 456', 'Σωκράτης Ἀθῆναι', 'ǅungla Title', 'Numbers 4 Us…', 'ends with dash -',
];

describe('marked phrases by char codes', () => {
  for (const content of CONTENTS) {
    it(`reads ${JSON.stringify(content)} as the regexes did`, () => {
      const a = analyze(`The crowd liked "${content}" yesterday.`);
      const scare = a.scareQuotes.find((s) => s.text === content);
      const quote = a.quotes.find((q) => q.text === content);
      const reason = expectedReason(content);
      if (reason) assert.equal(scare?.reason, reason);
      else {
        assert.equal(scare, undefined);
        assert.equal(quote?.partial, expectedPartial(content));
      }
    });
  }
});
