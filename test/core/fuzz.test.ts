/** Property and fuzz tests of the analysis core (issue 7, robustness): whatever the input, analyze
 *  never throws, every offset lies inside the text, mentions are sorted and do not overlap within a
 *  kind, quotes name existing speakers, and the time stays linear on adversarial inputs. */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { analyze, Analysis, ENTITY_KINDS, Span } from '../../src/core';

// ---------------------------------------------------------------------------------------------
// invariants

function inText(text: string, s: Span | undefined, what: string): void {
  if (!s) return;
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: offsets are integers (${s.start}, ${s.end})`);
  assert.ok(s.start >= 0 && s.end <= text.length && s.start <= s.end, `${what}: [${s.start}, ${s.end}) not inside [0, ${text.length}]`);
}

/** Checks every invariant of one analysis; returns it for further checks. */
function check(text: string, a: Analysis = analyze(text)): Analysis {
  assert.ok(a && Array.isArray(a.entities) && Array.isArray(a.quotes) && Array.isArray(a.scareQuotes), 'analysis shape');
  const ids = new Map<string, string>();
  for (const e of a.entities) {
    assert.ok(ENTITY_KINDS.includes(e.kind), `entity ${e.id}: unknown kind ${e.kind}`);
    assert.ok(!ids.has(e.id), `entity id ${e.id} is used twice`);
    ids.set(e.id, e.name);
    assert.equal(typeof e.name, 'string', `entity ${e.id}: name`);
    assert.ok(e.mentions.length > 0, `entity ${e.id} has no mentions`);
    for (const m of e.mentions) {
      inText(text, m, `mention of ${e.id}`);
      assert.equal(m.text, text.slice(m.start, m.end), `mention of ${e.id} at ${m.start}: text differs from the slice`);
    }
    for (let i = 1; i < e.mentions.length; i++) {
      assert.ok(e.mentions[i - 1].start <= e.mentions[i].start, `mentions of ${e.id} are not in text order`);
    }
  }
  // within one kind, no two mentions overlap
  for (const kind of ENTITY_KINDS) {
    const all = a.entities.filter((e) => e.kind === kind).flatMap((e) => e.mentions.map((m) => ({ ...m, id: e.id })));
    all.sort((x, y) => x.start - y.start || x.end - y.end);
    for (let i = 1; i < all.length; i++) {
      const p = all[i - 1];
      const m = all[i];
      assert.ok(m.start >= p.end, `${kind} mentions overlap: ${p.id} [${p.start},${p.end}) ${JSON.stringify(p.text)} and ${m.id} [${m.start},${m.end}) ${JSON.stringify(m.text)}`);
    }
  }
  for (const q of a.quotes) {
    inText(text, q, 'quote');
    inText(text, { start: q.contentStart, end: q.contentEnd }, 'quote content');
    assert.ok(q.start <= q.contentStart && q.contentEnd <= q.end, `quote [${q.start},${q.end}): content [${q.contentStart},${q.contentEnd}) outside it`);
    assert.equal(q.text, text.slice(q.contentStart, q.contentEnd), `quote at ${q.start}: text differs from the content slice`);
    inText(text, q.speakerMention, `speakerMention of the quote at ${q.start}`);
    if (q.speakerId !== null) {
      assert.ok(ids.has(q.speakerId), `quote at ${q.start}: speakerId ${q.speakerId} names no entity`);
      assert.equal(q.speaker, ids.get(q.speakerId), `quote at ${q.start}: speaker is not the entity's name`);
    } else assert.equal(q.speaker, null, `quote at ${q.start}: a speaker without a speakerId`);
    assert.equal(typeof q.partial, 'boolean');
  }
  for (const s of a.scareQuotes) {
    inText(text, s, 'scare quote');
    assert.ok(text.slice(s.start, s.end).includes(s.text), `scare quote at ${s.start}: text is not inside its span`);
  }
  return a;
}

/** Quotes come in text order and never overlap one another (double marks or single). */
function checkQuoteOrder(text: string, a: Analysis): void {
  for (let i = 1; i < a.quotes.length; i++) {
    const p = a.quotes[i - 1];
    const q = a.quotes[i];
    assert.ok(q.start >= p.end, `quotes overlap: [${p.start},${p.end}) and [${q.start},${q.end}) in ${JSON.stringify(text.slice(p.start, q.end).slice(0, 200))}`);
  }
}

// ---------------------------------------------------------------------------------------------
// generators

const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‚', '‹', '›', '「', '」'];
const FRAGMENTS = [
  'John Kerry', 'Kerry', 'Mr. Kerry', "Kerry's", 'Secretary of State', 'Secretary of State John Kerry', 'President Barack Obama',
  'Obama', 'Sergey Lavrov', 'Lavrov', 'Russian Foreign Minister', 'Bashar al-Assad', 'Assad', 'al-Qaida', 'the U.S.', 'U.S.',
  'U.S.-backed', 'the U.N.', 'U.N. General Assembly', 'the United Nations', 'United States', 'Russia', 'Syria', 'Syrian',
  'Syrian ceasefire', 'the Sept. 9 truce', 'World War II', 'NEW YORK (AP) —', 'AP', 'NASA', 'the Pentagon', 'Geneva',
  'said', 'says', 'told reporters', 'said in a statement', 'according to', 'he said', 'she said', 'they said', 'the official said',
  'a senior administration official', 'a spokesman', 'he', 'she', 'it', 'the', 'of', 'and', 'that', 'in', 'on', 'Friday',
  "Friday's negotiations", 'talks', 'deal', 'Instead', 'Twin', 'IT', 'IN', 'I', 'II', 'De', 'van', 'von der',
  ...QUOTE_MARKS, '.', ',', ':', ';', '!', '?', '—', '–', '-', '(', ')', '[', ']', '…', '...',
  ' ', ' ', ' ', '  ', '\t', '\u00a0', '\n', '\n\n', '\r\n', '\r', '\u2028', '\u2029',
  // characters whose case mapping or normalization changes the length, astral characters, accents
  'İstanbul', 'İ', 'ß', 'STRASSE', 'ǅ', 'ﬁ', 'ŉ', 'Zoë', 'Zoe\u0308', 'José', 'Ångström', 'Σίσυφος', 'Москва', 'Путин',
  'القاعدة', '北京', '😀', '👩‍👩‍👧', '𝐀𝐁𝐂', '\u{1F1FA}\u{1F1F8}', '\ufeff', '\u200b', '\u0301', '\ud800', '\udfff',
];

const fragment = fc.constantFrom(...FRAGMENTS);
const sep = fc.constantFrom(' ', ' ', ' ', '', '\n', ', ', '. ', '\n\n');
/** Texts built from news-like fragments: names, titles, "said", quotes, newlines, odd characters. */
const newsText = fc.array(fc.tuple(fragment, sep), { maxLength: 80, size: 'max' }).map((parts) => parts.map(([f, s]) => f + s).join(''));
/** Whole news-like sentences, many of them, with quotes that open and close (or not). */
const sentence = fc
  .tuple(fc.constantFrom(...QUOTE_MARKS, ''), fc.array(fragment, { minLength: 1, maxLength: 12, size: 'max' }), fc.constantFrom(...QUOTE_MARKS, ''), fc.constantFrom('said John Kerry.', 'he said.', 'Lavrov told reporters.', '', 'according to the official.'))
  .map(([o, words, c, attribution]) => `${o}${words.join(' ')}${c} ${attribution}`);
const article = fc.array(fc.tuple(sentence, fc.constantFrom(' ', '\n', '\n\n', '\r\n\r\n')), { maxLength: 30, size: 'max' }).map((xs) => xs.map(([s, g]) => s + g).join(''));
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const quoteHeavy = fc.array(fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 3, arbitrary: fragment },
  { weight: 2, arbitrary: fc.constantFrom(' ', '\n', '\n\n', 'a', 'He', 's') },
), { maxLength: 200, size: 'max' }).map((xs) => xs.join(''));

/** Runs per property; FUZZ_RUNS=5000 for a deeper search (the defaults keep the file to seconds). */
const SCALE = Math.max(0.1, Number(process.env.FUZZ_RUNS ?? 250) / 250);
const RUNS = Math.round(250 * SCALE);
const property = (arb: fc.Arbitrary<string>, numRuns = RUNS) =>
  fc.assert(fc.property(arb, (text) => {
    checkQuoteOrder(text, check(text));
  }), { numRuns: Math.round(numRuns === RUNS ? RUNS : numRuns * SCALE) });

// ---------------------------------------------------------------------------------------------

describe('core fuzzing: analyze never breaks', function () {
  this.timeout(60_000);

  it('handles the empty text and whitespace-only texts', () => {
    for (const t of ['', ' ', '\n', '\r\n', '\t\t', '\u00a0', '\ufeff', '\n\n\n\n']) {
      const a = check(t);
      assert.equal(a.quotes.length, 0, JSON.stringify(t));
    }
    assert.deepEqual(analyze(''), { entities: [], quotes: [], scareQuotes: [] });
  });

  it('random full-range Unicode strings (every code point)', () => {
    property(fc.string({ unit: 'binary', maxLength: 300, size: 'max' }));
  });

  it('random printable graphemes, including multi-code-point ones', () => {
    property(fc.string({ unit: 'grapheme', maxLength: 200, size: 'max' }));
  });

  it('control characters and lone surrogates mixed with words', () => {
    property(fc.array(fc.oneof(control, loneSurrogate, fragment, fc.string({ unit: 'binary-ascii', maxLength: 5, size: 'max' })), { maxLength: 120, size: 'max' }).map((xs) => xs.join('')));
  });

  it('binary-like bytes decoded as latin1 and as UTF-8', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600, size: 'max' }), (bytes) => {
      for (const encoding of ['latin1', 'utf8'] as const) {
        const text = Buffer.from(bytes).toString(encoding);
        checkQuoteOrder(text, check(text));
      }
    }), { numRuns: RUNS });
  });

  it('unbalanced and nested quote marks of every kind', () => {
    property(quoteHeavy, 400);
  });

  it('texts built from news-like fragments', () => {
    property(newsText, 400);
  });

  it('articles of sentences with quotes, attributions and paragraphs', () => {
    property(article, 200);
  });

  it('fixed nasty cases', () => {
    const cases = [
      '"', '“', '”', '«', '»', '„', "'", '‘', '’', '""', '“”', '«»', "''", '" "', '"\n"', '\n"\n', '"\r\n\r\n"',
      '“He said „nested «deeply ‘very’ deep» here“ indeed,” Kerry said.',
      '"Unclosed\n\n"Another paragraph\n\n"And a third',
      "'Tis the season,' he said. Rock 'n' roll. The '90s. Kerry's 'deal'",
      'John Kerry said: "', 'said Kerry "', 'Kerry said, ‘', '« Bonjour », a dit Macron.',
      'U.S.', 'U.S.-', 'U.S.-backed', 'A.', 'A.B.C.D.E.F.G.', 'Mr.', 'Mr. ', 'Mr. "', '"Mr.',
      'İİİİİ İstanbul Kerry', 'ǅemal Bijedić said.', 'STRASSE ß said', 'ﬁnance Minister', '😀 John 😀 Kerry 😀 said "😀"',
      'Kerry\ud800said', '\udfffKerry', 'Kerry\u0301 said', 'al-', 'al-Qaida-', '-al-Qaida', "Kerry''s", "Kerry's's",
      'Secretary of State', 'Secretary of', 'of State John', 'President', 'President of the', 'the the the',
      'NEW YORK (AP) — ', 'World War', 'World War II', 'Sept. 9', 'the Sept. 9 truce', "Friday's",
      '\u2028"quote\u2029said Kerry\u2028',
      // found by this file: two event mentions of one span overlapped ("Sept. 9 truce" in "Sept. 9 truce deal")
      '"the Sept. 9 truce deal John Kerry" said John Kerry. ',
      // found by this file: a run of country names overflowed the stack (recursion per word)
      'France '.repeat(20_000),
    ];
    for (const t of cases) checkQuoteOrder(t, check(t));
  });

  it('a 1 MB single line of news-like text', () => {
    const words = ['John', 'Kerry', 'said', 'the', 'U.S.', '"deal"', 'Russia', 'Lavrov', 'told', 'reporters', '“ceasefire”', 'in', 'Geneva,', 'and', 'President', 'Obama.'];
    const parts: string[] = [];
    let n = 0;
    for (let i = 0; n < 1 << 20; i++) {
      const w = words[(i * 7 + (i >> 3)) % words.length];
      parts.push(w);
      n += w.length + 1;
    }
    const text = parts.join(' ');
    assert.ok(!text.includes('\n'));
    const a = check(text);
    checkQuoteOrder(text, a);
    assert.ok(a.entities.length > 0);
  });
});

// ---------------------------------------------------------------------------------------------
// time: linear on adversarial inputs

/** A plain linear pass over the text without regular expressions: cut words at non-letters, lower
 *  case them and count them. The work of a tokenizer, nothing more. */
function plainScan(text: string): number {
  const counts = new Map<string, number>();
  let words = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const letter = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const w = text.slice(start, i).toLowerCase();
      counts.set(w, (counts.get(w) ?? 0) + 1);
      words++;
      start = -1;
    }
  }
  return words + counts.size;
}

const now = () => performance.now();
// A collection left over from the run before (a big text makes hundreds of thousands of objects)
// would be billed to the next run: each timed run starts after a full collection.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;
function time(fn: () => unknown, collect = false): number {
  if (collect) collectGarbage();
  const t0 = now();
  fn();
  return now() - t0;
}
function minTime(runs: number, fn: () => unknown, collect = false): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, time(fn, collect));
  return best;
}

/** analyze may take at most K times the plain scan of the same text, plus FLOOR_MS. */
const K = 400;
const FLOOR_MS = 60;
/** Making the text four times longer may at most multiply the time by this (linear is 4,
 *  quadratic 16), plus DOUBLE_FLOOR_MS: wide enough for a shared, noisy machine. */
const DOUBLING = 8;
const DOUBLE_FLOOR_MS = 8;
/** Characters of the smaller adversarial text; the larger has twice as many. */
const N = 50_000;

/** Repeats a unit to exactly n characters. */
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const ADVERSARIAL: Record<string, (n: number) => string> = {
  'a long run of capitalised words': (n) => fill('Foo Bar Baz Qux Quux Corge ', n),
  'a long run of capitalised first and last names': (n) => fill('John Smith Maria Garcia David Lee ', n),
  'a long run of one country name': (n) => fill('France ', n),
  'a long run of titles': (n) => fill('President ', n - 11) + 'John Smith ',
  'a long run of names joined by "of"': (n) => fill('Bank of America of ', n),
  'a long all-caps line': (n) => fill('NEW YORK AP WASHINGTON ', n),
  'n straight double quote marks': (n) => '"'.repeat(n),
  'n quote marks of every kind': (n) => fill('"“”‘’\'«»„', n),
  'quote marks separated by spaces': (n) => fill('" ', n),
  'many short scare quotes': (n) => fill('"a" b ', n),
  'many opening single quotes, never closed': (n) => fill("'a ", n),
  '"a" repeated (one huge word)': (n) => 'a'.repeat(n),
  'deeply nested quotes': (n) => fill('“‘«„', n / 2) + fill('“»’”', n / 2),
  'a long line without spaces': (n) => fill("abc.def-ghi'jk", n),
  'a long dotted abbreviation': (n) => fill('A.', n),
  'a long hyphenated word': (n) => fill('Al-', n),
  'paragraphs opening with a quote and never closing': (n) => fill('"He said this was fine\n\n', n),
  'paragraphs of lone quote marks': (n) => fill('“\n', n),
  'quotes attributed to a pronoun with nobody named': (n) => fill('"Yes." he said. ', n),
  'one person named again and again': (n) => fill("John Kerry said. Kerry's ", n),
  // found by the repeated-unit property below: every „ opens a quote and ends the one before, the
  // text is one sentence with no full stop, and each quote's attribution scans back over it
  'opening marks never closed after "she said", in one long sentence (was quadratic in SpeakerFinder.fromPreviousSentence, found by fuzzing)': (n) => fill(' she said„ ', n),
};
/** Cases whose growth only shows clearly on larger texts. */
const SIZE: Record<string, number> = { 'opening marks never closed after "she said", in one long sentence (was quadratic in SpeakerFinder.fromPreviousSentence, found by fuzzing)': 150_000 };

describe('core fuzzing: time stays linear on adversarial inputs', function () {
  this.timeout(60_000);

  it('warm-up (not measured)', () => {
    for (const gen of Object.values(ADVERSARIAL)) analyze(gen(2000));
    for (let i = 0; i < 5; i++) plainScan(ADVERSARIAL['a long run of capitalised words'](N));
  });

  for (const [name, gen] of Object.entries(ADVERSARIAL)) {
    it(`linear time: ${name}`, () => {
      const n = SIZE[name] ?? N;
      const small = gen(n);
      const big = gen(4 * n);
      // one run of each first, so that a super-linear case fails fast instead of running on
      const budget = (t: string) => K * minTime(3, () => plainScan(t)) + FLOOR_MS;
      const firstSmall = time(() => check(small));
      assert.ok(firstSmall < budget(small), `${name}: ${firstSmall.toFixed(0)} ms on ${small.length} chars, budget ${budget(small).toFixed(0)} ms`);
      const firstBig = time(() => analyze(big));
      const bigBudget = budget(big);
      assert.ok(firstBig < bigBudget, `${name}: ${firstBig.toFixed(0)} ms on ${big.length} chars, budget ${bigBudget.toFixed(0)} ms (${K}× a plain scan + ${FLOOR_MS} ms)`);
      let tSmall = Math.min(firstSmall, minTime(3, () => analyze(small), true));
      let tBig = Math.min(firstBig, minTime(2, () => analyze(big), true));
      // a super-linear cost fails twice; a timing outlier on a shared machine is measured again
      if (!(tBig < DOUBLING * tSmall + DOUBLE_FLOOR_MS)) {
        tSmall = minTime(3, () => analyze(small), true);
        tBig = minTime(2, () => analyze(big), true);
      }
      assert.ok(tBig < DOUBLING * tSmall + DOUBLE_FLOOR_MS, `${name}: making the text 4× longer (${small.length} to ${big.length} chars) took the time from ${tSmall.toFixed(1)} ms to ${tBig.toFixed(1)} ms (×${(tBig / tSmall).toFixed(2)}; linear is ×4, the limit ×${DOUBLING})`);
    });
  }

  it('linear time: repeated units that fast-check picks from names, words, quote marks and breaks', () => {
    const unit = fc
      .array(fc.oneof(fragment, fc.constantFrom(...QUOTE_MARKS), fc.constantFrom(' ', ' ', '\n', '\n\n')), { minLength: 1, maxLength: 8, size: 'max' })
      .map((xs) => xs.join(''))
      .filter((u) => u.length > 0);
    fc.assert(fc.property(unit, (u) => {
      const small = fill(u, N);
      const big = fill(u, 4 * N);
      analyze(small);
      // a super-linear cost fails twice; a timing outlier on a shared machine is measured again
      let tSmall = 0;
      let tBig = Infinity;
      for (let attempt = 0; attempt < 2 && !(tBig < DOUBLING * tSmall + DOUBLE_FLOOR_MS); attempt++) {
        tSmall = minTime(2, () => analyze(small), true);
        tBig = minTime(2, () => analyze(big), true);
      }
      assert.ok(tBig < DOUBLING * tSmall + DOUBLE_FLOOR_MS, `${JSON.stringify(u)} repeated: ${tSmall.toFixed(1)} ms for ${N} chars, ${tBig.toFixed(1)} ms for ${4 * N} (×${(tBig / tSmall).toFixed(2)})`);
    }), { numRuns: Math.max(4, Math.round(12 * SCALE)), endOnFailure: true });
  });

  it('100k quote marks of each kind, within budget', () => {
    for (const mark of ['"', '“', '”', '‘', '’', "'", '«', '»', '„']) {
      const text = mark.repeat(100_000);
      const t = time(() => check(text));
      const limit = K * minTime(3, () => plainScan(text)) + FLOOR_MS * 4;
      assert.ok(t < limit, `${JSON.stringify(mark)} × 100000: ${t.toFixed(0)} ms, budget ${limit.toFixed(0)} ms`);
    }
  });
});
