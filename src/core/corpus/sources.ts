/** Who gets a voice: the quotes of one article or of many, counted per speaker (quotes, words
 *  quoted, share of all quoted words, articles), split into named people and organizations,
 *  unnamed sources by their description ("an official") and unattributed quotes. */
import { Analysis, EntityKind } from '../types';
import { GenderNames, perceivedGender, PerceivedGender, Title, titleInText, titleOf } from './gender';
import { countWords } from './words';

/** One quote as the corpus needs it: enough to count it, match it and open it. */
export interface SourceQuote {
  text: string;
  /** The quote with its marks, as offsets into the article: what a click selects. */
  start: number;
  end: number;
  /** Canonical name of the speaker entity, or null. */
  speaker: string | null;
  kind: EntityKind | null;
  /** How an unnamed speaker is described ("a spokesman"). */
  description?: string;
  /** The title the article gives a person speaker (Mr., Ms.…), for the gender estimate. */
  title?: Title;
  partial: boolean;
}

export interface ArticleSources {
  /** The article's path, URI or id, as the caller names it. */
  article: string;
  quotes: SourceQuote[];
}

/** A quote's place: the article's position in the input and the quote's in the article. */
export interface QuoteRef {
  article: number;
  quote: number;
}

interface Counts {
  quotes: number;
  words: number;
  /** words / all quoted words, rounded to 4 places. */
  share: number;
  /** The articles in input order. */
  articles: string[];
  refs: QuoteRef[];
}

export interface SpeakerRow extends Counts {
  name: string;
  kind: EntityKind;
  /** Only with the estimate switched on, and only for people. */
  gender?: PerceivedGender;
}

export interface UnnamedRow extends Counts {
  description: string;
}

/** Named sources, unnamed ones and unattributed quotes of one article. */
export interface ArticleBalance {
  article: string;
  named: number;
  unnamed: number;
  unattributedQuotes: number;
}

export interface GenderCounts {
  female: number;
  male: number;
  unknown: number;
}

export interface SourcesSummary {
  articles: number;
  quotes: number;
  words: number;
  speakers: SpeakerRow[];
  unnamed: UnnamedRow[];
  unattributed: Counts;
  perArticle: ArticleBalance[];
  /** People (and the words quoted from them) by perceived gender, when asked for. */
  gender?: { people: GenderCounts; words: GenderCounts };
}

export interface SourcesOptions {
  /** Estimate perceived gender from titles and these first names (opt-in). */
  genderNames?: GenderNames;
}

/** The quotes of one analysed article, with each speaker's kind and title (read in the text
 *  before the speaker's mentions, when the text is given). */
export function articleSources(article: string, analysis: Analysis, text?: string): ArticleSources {
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  const quotes = analysis.quotes.map((q): SourceQuote => {
    const entity = q.speakerId ? byId.get(q.speakerId) : undefined;
    const out: SourceQuote = { text: q.text, start: q.start, end: q.end, speaker: q.speaker, kind: entity?.kind ?? null, partial: q.partial };
    if (!q.speaker && q.speakerDescription) out.description = q.speakerDescription;
    const title = entity?.kind === 'person' ? titleOf(entity.aliases) ?? (text === undefined ? undefined : titleInText(text, entity.mentions)) : undefined;
    if (title) out.title = title;
    return out;
  });
  return { article, quotes };
}

/** "An official", "the Official" → "official": one unnamed source however the article words it. */
export function descriptionKey(description: string): string {
  return description.trim().toLowerCase().replace(/^(?:a|an|the)\s+/, '').replace(/\s+/g, ' ');
}

export function summarizeSources(articles: readonly ArticleSources[], options: SourcesOptions = {}): SourcesSummary {
  const canonical = personNames(articles);
  const speakers = new Map<string, SpeakerRow>();
  const titles = new Map<string, Title>();
  const unnamed = new Map<string, UnnamedRow>();
  const unattributed = emptyCounts();
  const perArticle: ArticleBalance[] = [];
  let quotes = 0;
  let words = 0;
  articles.forEach((a, articleIndex) => {
    const named = new Set<string>();
    const described = new Set<string>();
    let unattributedQuotes = 0;
    a.quotes.forEach((q, quoteIndex) => {
      const n = countWords(q.text);
      quotes++;
      words += n;
      let counts: Counts;
      if (q.speaker && q.kind) {
        const name = q.kind === 'person' ? canonical.get(q.speaker) ?? q.speaker : q.speaker;
        const key = `${q.kind}\u0000${name}`;
        let row = speakers.get(key);
        if (!row) speakers.set(key, (row = { name, kind: q.kind, ...emptyCounts() }));
        if (q.title && !titles.has(key)) titles.set(key, q.title);
        named.add(key);
        counts = row;
      } else if (q.description) {
        const key = descriptionKey(q.description);
        let row = unnamed.get(key);
        if (!row) unnamed.set(key, (row = { description: key, ...emptyCounts() }));
        described.add(key);
        counts = row;
      } else {
        unattributedQuotes++;
        counts = unattributed;
      }
      counts.quotes++;
      counts.words += n;
      if (counts.articles[counts.articles.length - 1] !== a.article) counts.articles.push(a.article);
      counts.refs.push({ article: articleIndex, quote: quoteIndex });
    });
    perArticle.push({ article: a.article, named: named.size, unnamed: described.size, unattributedQuotes });
  });
  const share = (c: Counts) => (c.share = words ? Math.round((c.words / words) * 10000) / 10000 : 0);
  const rows = [...speakers.values()];
  rows.forEach(share);
  const unnamedRows = [...unnamed.values()];
  unnamedRows.forEach(share);
  share(unattributed);
  const summary: SourcesSummary = {
    articles: articles.length, quotes, words,
    speakers: rows.sort(byVoice((r) => r.name)), unnamed: unnamedRows.sort(byVoice((r) => r.description)),
    unattributed, perArticle,
  };
  if (options.genderNames) {
    const people = { female: 0, male: 0, unknown: 0 };
    const genderWords = { female: 0, male: 0, unknown: 0 };
    for (const [key, row] of speakers) {
      if (row.kind !== 'person') continue;
      row.gender = perceivedGender(row.name, titles.get(key), options.genderNames);
      people[row.gender]++;
      genderWords[row.gender] += row.words;
    }
    summary.gender = { people, words: genderWords };
  }
  return summary;
}

function emptyCounts(): Counts {
  return { quotes: 0, words: 0, share: 0, articles: [], refs: [] };
}

/** Most words first, then most quotes, then by name: a stable order for any input split. */
function byVoice<T extends Counts>(label: (r: T) => string) {
  return (a: T, b: T) => b.words - a.words || b.quotes - a.quotes || (label(a) < label(b) ? -1 : label(a) > label(b) ? 1 : 0);
}

/** Across articles a person may be "Okafor" in one and "Ada Okafor" in another: a one-word name
 *  joins the only longer name that ends with it. Two longer names ending so leave it alone. */
function personNames(articles: readonly ArticleSources[]): Map<string, string> {
  const full = new Map<string, Set<string>>();
  const single = new Set<string>();
  for (const a of articles) {
    for (const q of a.quotes) {
      if (q.kind !== 'person' || !q.speaker) continue;
      const words = q.speaker.split(/\s+/);
      if (words.length === 1) single.add(q.speaker);
      else {
        const last = words[words.length - 1].toLowerCase();
        if (!full.has(last)) full.set(last, new Set());
        full.get(last)!.add(q.speaker);
      }
    }
  }
  const out = new Map<string, string>();
  for (const name of single) {
    const candidates = full.get(name.toLowerCase());
    if (candidates?.size === 1) out.set(name, [...candidates][0]);
  }
  return out;
}
