/** A word-level diff of two versions of a quote, for side-by-side display: each side's words in
 *  their own spelling, those the other side lacks marked as changed. Words compare normalised
 *  (see words.ts), so a moved comma or a curly apostrophe is no change. */
import { normalWords } from './words';

export interface DiffWord {
  text: string;
  /** Not in the other version (removed on the left, added on the right). */
  changed: boolean;
}

export interface WordDiff {
  left: DiffWord[];
  right: DiffWord[];
}

/** Quotes longer than this many words are compared as wholes: the table grows with the product. */
const MAX_WORDS = 3000;

export function diffWords(leftText: string, rightText: string): WordDiff {
  const left = leftText.match(/\S+/g) ?? [];
  const right = rightText.match(/\S+/g) ?? [];
  const key = (w: string) => normalWords(w).join(' ') || w;
  const a = left.map(key);
  const b = right.map(key);
  if (a.length > MAX_WORDS || b.length > MAX_WORDS) {
    const same = a.join(' ') === b.join(' ');
    return { left: left.map((text) => ({ text, changed: !same })), right: right.map((text) => ({ text, changed: !same })) };
  }
  // table[i][j]: common words of a[i..] and b[j..]; walking it from the start gives one alignment
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1] + 1 : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const out: WordDiff = { left: [], right: [] };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.left.push({ text: left[i++], changed: false });
      out.right.push({ text: right[j++], changed: false });
    } else if (j >= b.length || (i < a.length && table[(i + 1) * width + j] >= table[i * width + j + 1])) {
      out.left.push({ text: left[i++], changed: true });
    } else {
      out.right.push({ text: right[j++], changed: true });
    }
  }
  return out;
}
