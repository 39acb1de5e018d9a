/** Texts built to make an analysis super-linear: long runs of capitals, titles, quote marks that
 *  never close, one endless sentence. The fuzz tests count the work analyze does on them
 *  (test/core/fuzz.test.ts); `npm run bench` times them (scripts/bench.mjs). */

/** Repeats a unit to exactly n characters. */
export const fill = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

export const ADVERSARIAL: Record<string, (n: number) => string> = {
  'a long run of capitalised words': (n) => fill('Foo Bar Baz Qux Quux Corge ', n),
  'a long run of capitalised first and last names': (n) => fill('Tomas Wexley Maria Garcia David Lee ', n),
  'a long run of one country name': (n) => fill('France ', n),
  'a long run of titles': (n) => fill('President ', n - 13) + 'Tomas Wexley ',
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
  'one person named again and again': (n) => fill("Tomas Wexley said. Wexley's ", n),
  'one sentence of quotes with no full stop': (n) => fill('"Yes," she said, "and ', n),
  'a name spelled many ways': (n) => fill('Anna Lee, ANNA LEE, anna Lee, Anna LEE, ', n),
  // every „ opens a quote and ends the one before, the text is one sentence with no full stop, and
  // each quote's attribution scans back over it (was quadratic in the speaker finder, found by fuzzing)
  'opening marks never closed after "she said", in one long sentence': (n) => fill(' she said„ ', n),
  // an attribute value whose closing mark never comes on its line: each one looks ahead for it
  'markup attributes never closed, among curly marks, on one line': (n) => fill('a="“x ”', n),
  // every curly opening mark glued to a word end, with a quote open, closes it
  'curly opening marks glued to word ends': (n) => fill('word“ ', n),
  // short fragments, each after a judging verb that sends the sentence scan looking for cues
  'many quoted fragments after judging verbs in one sentence': (n) => fill('blasted “lazy” and ', n),
};
