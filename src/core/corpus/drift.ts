/** Quote drift: the same statement in several articles, trimmed, re-worded or given to another
 *  speaker. Built on QuoteIndex, so a corpus is never compared pair by pair. */
import { QuoteIndex } from './quoteIndex';
import { ArticleSources, descriptionKey, QuoteRef } from './sources';
import { commonWords, normalWords } from './words';

export interface QuoteVersion {
  article: string;
  text: string;
  /** The speaker's name, or the description of an unnamed one, or null. */
  speaker: string | null;
  start: number;
  end: number;
  ref: QuoteRef;
  /** Share of this version's wording that differs from the fullest version (0: the same words). */
  difference: number;
}

export interface DriftGroup {
  /** The fullest version's words, as its article gives them. */
  statement: string;
  /** Distinct articles the statement is found in. */
  articles: number;
  wordingDiffers: boolean;
  speakerDiffers: boolean;
  /** The largest wording difference of a version from the fullest one, 0 to 1. */
  difference: number;
  /** Every version, in input order. */
  versions: QuoteVersion[];
}

/** The quotes of a corpus in one index, with each variant's occurrences. */
export class CorpusQuotes {
  readonly index = new QuoteIndex();
  private readonly occurrences = new Map<number, QuoteRef[]>();

  constructor(readonly articles: readonly ArticleSources[]) {
    articles.forEach((a, article) =>
      a.quotes.forEach((q, quote) => {
        const id = this.index.add(q.text);
        if (id === undefined) return;
        const list = this.occurrences.get(id);
        if (list) list.push({ article, quote });
        else this.occurrences.set(id, [{ article, quote }]);
      }),
    );
  }

  /** Every version of the statement a text makes, in input order: the quotes whose wording
   *  matches it directly ("Compare This Quote Across Articles"). */
  versionsOf(text: string): QuoteVersion[] {
    const variants = this.index.matches(text);
    return this.versions(variants, text);
  }

  /** Statements found in two or more articles whose wording or speaker differs, most different
   *  first: a changed speaker before any change of words, then by the size of the change. */
  drift(): DriftGroup[] {
    const groups = new Map<number, number[]>();
    for (const id of this.occurrences.keys()) {
      const root = this.index.group(id);
      const list = groups.get(root);
      if (list) list.push(id);
      else groups.set(root, [id]);
    }
    const out: { group: DriftGroup; first: number }[] = [];
    for (const variants of groups.values()) {
      const refs = variants.flatMap((v) => this.occurrences.get(v)!);
      if (new Set(refs.map((r) => r.article)).size < 2) continue;
      const fullest = variants.reduce((a, b) => (this.index.wordsOf(b).length > this.index.wordsOf(a).length ? b : a));
      const fullestRef = this.occurrences.get(fullest)![0];
      const statement = this.articles[fullestRef.article].quotes[fullestRef.quote].text;
      const versions = this.versions(variants, statement);
      const speakerDiffers = differentSpeakers(versions.map((v) => v.speaker));
      const wordingDiffers = variants.length > 1;
      if (!speakerDiffers && !wordingDiffers) continue;
      const difference = Math.max(...versions.map((v) => v.difference));
      const articles = new Set(versions.map((v) => v.article)).size;
      out.push({ group: { statement, articles, wordingDiffers, speakerDiffers, difference, versions }, first: Math.min(...variants) });
    }
    const score = (g: DriftGroup) => g.difference + (g.speakerDiffers ? 1 : 0);
    return out.sort((a, b) => score(b.group) - score(a.group) || b.group.articles - a.group.articles || a.first - b.first).map((x) => x.group);
  }

  private versions(variants: number[], reference: string): QuoteVersion[] {
    const referenceWords = normalWords(reference);
    const refs = variants.flatMap((v) => this.occurrences.get(v)!.map((ref) => ({ ref, words: this.index.wordsOf(v) })));
    refs.sort((a, b) => a.ref.article - b.ref.article || a.ref.quote - b.ref.quote);
    return refs.map(({ ref, words }) => {
      const a = this.articles[ref.article];
      const q = a.quotes[ref.quote];
      const longer = Math.max(words.length, referenceWords.length);
      const difference = longer ? round(1 - commonWords(words, referenceWords) / longer) : 0;
      return { article: a.article, text: q.text, speaker: q.speaker ?? q.description ?? null, start: q.start, end: q.end, ref, difference };
    });
  }
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/** Whether the versions name speakers that cannot be one: "Okafor" and "Ada Okafor" can, "a
 *  spokesman" and "the spokesman" can; a version without a speaker says nothing. */
export function differentSpeakers(speakers: readonly (string | null)[]): boolean {
  const named = [...new Set(speakers.filter((s): s is string => !!s).map(descriptionKey))];
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) if (!sameSpeaker(named[i], named[j])) return true;
  }
  return false;
}

function sameSpeaker(a: string, b: string): boolean {
  if (a === b) return true;
  const last = (s: string) => s.split(' ').pop()!;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return !short.includes(' ') && last(long) === short;
}
