/** An index of quotes by their word pairs (2-word shingles), to find the versions of a statement
 *  (trimmed, re-punctuated, a word changed) without comparing every pair of quotes. A pair is
 *  compared in full (the words they share in order) only when enough of its word pairs and words
 *  are shared for the full test to pass. */
import { commonWords, normalWords } from './words';

export const MATCHING = {
  /** Quotes shorter than this are too generic to identify a statement ("we are ready"). */
  minWords: 5,
  /** Words shared in order, over the shorter version's words: 0.75 lets one word in four change
   *  and finds a trimmed version whole; unrelated quotes sharing a phrase stay below it. */
  minSimilarity: 0.75,
  /** A word pair found in more distinct quotes than this ("of the") is too common to point at a
   *  statement: it is not read from the index (it keeps the work per quote bounded). */
  maxPostings: 200,
};

interface Variant {
  words: string[];
  /** Word counts, for the cheap bound on shared words. */
  bag: Map<string, number>;
  pairs: number;
}

export interface IndexStats {
  /** Pairs of distinct wordings compared word by word. */
  fullComparisons: number;
  /** Distinct wordings indexed. */
  variants: number;
}

/** Distinct wordings (identical normalised words are one variant) and which of them match. */
export class QuoteIndex {
  private readonly variants: Variant[] = [];
  private readonly byWords = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  private readonly parent: number[] = [];
  readonly stats: IndexStats = { fullComparisons: 0, variants: 0 };

  /** Indexes a quote; its variant id, or undefined when it is too short to match. Each new
   *  variant is joined to the earlier ones it matches. */
  add(text: string): number | undefined {
    const words = normalWords(text);
    if (words.length < MATCHING.minWords) return undefined;
    const key = words.join(' ');
    const known = this.byWords.get(key);
    if (known !== undefined) return known;
    const id = this.variants.length;
    const variant = makeVariant(words);
    this.parent.push(id);
    for (const other of this.candidates(variant)) if (this.similar(variant, this.variants[other])) this.union(id, other);
    this.variants.push(variant);
    this.byWords.set(key, id);
    this.stats.variants++;
    for (const pair of new Set(pairsOf(words))) {
      const list = this.postings.get(pair);
      if (list) list.push(id);
      else this.postings.set(pair, [id]);
    }
    return id;
  }

  /** The variants that match a text directly (not through a chain of matches). */
  matches(text: string): number[] {
    const words = normalWords(text);
    if (words.length < MATCHING.minWords) return [];
    const variant = makeVariant(words);
    const same = this.byWords.get(words.join(' '));
    const out = this.candidates(variant).filter((id) => id === same || this.similar(variant, this.variants[id]));
    if (same !== undefined && !out.includes(same)) out.push(same);
    return out.sort((a, b) => a - b);
  }

  /** The group a variant belongs to: the statement, all its versions joined. */
  group(id: number): number {
    while (this.parent[id] !== id) {
      this.parent[id] = this.parent[this.parent[id]];
      id = this.parent[id];
    }
    return id;
  }

  wordsOf(id: number): readonly string[] {
    return this.variants[id].words;
  }

  /** Earlier variants sharing enough word pairs with this one to be worth a full comparison. */
  private candidates(v: Variant): number[] {
    const shared = new Map<number, number>();
    for (const pair of new Set(pairsOf(v.words))) {
      const list = this.postings.get(pair);
      if (!list || list.length > MATCHING.maxPostings) continue;
      for (const id of list) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const out: number[] = [];
    for (const [id, n] of shared) {
      // a version with a quarter of its words changed still keeps about half its word pairs
      const fewer = Math.min(v.pairs, this.variants[id].pairs);
      if (n >= Math.max(1, Math.floor(fewer / 2) - 1)) out.push(id);
    }
    return out.sort((a, b) => a - b);
  }

  private similar(a: Variant, b: Variant): boolean {
    const shorter = Math.min(a.words.length, b.words.length);
    const need = Math.ceil(shorter * MATCHING.minSimilarity);
    // the words two texts share in order are at most the words they share at all
    let sharedWords = 0;
    for (const [w, n] of a.bag) sharedWords += Math.min(n, b.bag.get(w) ?? 0);
    if (sharedWords < need) return false;
    this.stats.fullComparisons++;
    return commonWords(a.words, b.words) >= need;
  }

  private union(a: number, b: number): void {
    const ra = this.group(a);
    const rb = this.group(b);
    // the earlier variant stays the root: groups come out the same for any order of work
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function makeVariant(words: string[]): Variant {
  const bag = new Map<string, number>();
  for (const w of words) bag.set(w, (bag.get(w) ?? 0) + 1);
  return { words, bag, pairs: words.length - 1 };
}

function pairsOf(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]} ${words[i + 1]}`);
  return out;
}
