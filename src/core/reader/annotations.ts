/** The reader's own annotations: corrections and notes that win over the automatic analysis.
 *  They are stored standoff (see sidecar.ts), anchored by offsets plus the annotated text and a
 *  little context, so they survive edits to the article made in or outside the editor. */
import { normalizeKey, slug } from '../text/text';
import { ruleTable } from '../rules';
import { Analysis, Entity, EntityKind, Quote, Span } from '../types';

/** The reader's decisions, as a rule of their own: a mention, a quote or a speaker the reader set
 *  records this id (mention.rule, quote.speakerRule), so --explain and the hover tell it apart. */
export const READER_RULES = ruleTable('reader', [
  {
    id: 'reader.annotation',
    description: "The reader's own annotation (Mark as…, Mark as Quote…, Set Quote Speaker…) decides, over every automatic rule.",
    example: 'A reader marks "Harbor Trust" in "Harbor Trust bought the pier." as an organization.',
  },
]);
const READER_RULE = READER_RULES[0].id;

export interface Anchor extends Span {
  /** The annotated text itself. */
  text: string;
  /** Up to CONTEXT characters before and after, to find the place again after edits. */
  before: string;
  after: string;
}

export type AnnotationAction =
  | { type: 'entity'; kind: EntityKind; name?: string }
  | { type: 'quote'; speaker: string | null; description?: string }
  | { type: 'speaker'; speaker: string | null; description?: string }
  | { type: 'suppress' }
  | { type: 'merge'; kind: EntityKind; from: string; into: string }
  | { type: 'note'; note: string }
  /** The reader checked this quote's speaker and let it stand (Review Quotes). */
  | { type: 'review' };

export interface UserAnnotation {
  id: string;
  /** ISO time; the last one is what Undo Last Annotation removes. */
  created: string;
  /** Absent for annotations that are not about one place (merge). */
  anchor?: Anchor;
  action: AnnotationAction;
  /** Annotations one command made together ("all occurrences") share a group: Undo removes the
   *  whole group. */
  group?: string;
}

export interface PlacedNote extends Span {
  note: string;
  id: string;
}

export interface AnnotatedAnalysis extends Analysis {
  notes: PlacedNote[];
  /** Annotations whose text could not be found again after an edit. */
  orphaned: UserAnnotation[];
  /** Quotes whose speaker the reader has reviewed: accepted, set or marked by hand. */
  reviewed: Span[];
}

export const CONTEXT = 24;

export function makeAnchor(text: string, start: number, end: number): Anchor {
  return { start, end, text: text.slice(start, end), before: text.slice(Math.max(0, start - CONTEXT), start), after: text.slice(end, end + CONTEXT) };
}

/** Where the anchored text is now: at its offsets if unchanged, else the occurrence whose context
 *  matches best (nearest the old place on ties), else undefined (orphaned). */
export function reanchor(text: string, anchor: Anchor): Span | undefined {
  const { start, end } = anchor;
  if (text.slice(start, end) === anchor.text) return { start, end };
  if (!anchor.text) return undefined;
  let best: { at: number; score: number } | undefined;
  for (let at = text.indexOf(anchor.text); at >= 0; at = text.indexOf(anchor.text, at + 1)) {
    const score = commonSuffix(text.slice(Math.max(0, at - CONTEXT), at), anchor.before)
      + commonPrefix(text.slice(at + anchor.text.length, at + anchor.text.length + CONTEXT), anchor.after);
    if (!best || score > best.score || (score === best.score && Math.abs(at - start) < Math.abs(best.at - start))) best = { at, score };
  }
  return best && { start: best.at, end: best.at + anchor.text.length };
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function commonSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const sameName = (a: string, b: string) => normalizeKey(a) === normalizeKey(b);

/** The automatic analysis with the reader's annotations applied, in the order they were made. */
export function applyAnnotations(text: string, analysis: Analysis, annotations: readonly UserAnnotation[]): AnnotatedAnalysis {
  let entities: Entity[] = analysis.entities.map((e) => ({ ...e, mentions: [...e.mentions], aliases: [...e.aliases] }));
  let quotes: Quote[] = analysis.quotes.map((q) => ({ ...q }));
  let scareQuotes = [...analysis.scareQuotes];
  const notes: PlacedNote[] = [];
  const orphaned: UserAnnotation[] = [];
  const reviewedAt: Span[] = [];
  const findEntity = (kind: EntityKind, name: string) => entities.find((e) => e.kind === kind && (sameName(e.name, name) || e.aliases.some((a) => sameName(a, name))));
  const speakerEntity = (name: string | null) => (name ? entities.find((e) => sameName(e.name, name) || e.aliases.some((a) => sameName(a, name))) : undefined);
  const removeMentions = (span: Span) => {
    for (const e of entities) e.mentions = e.mentions.filter((m) => !overlaps(m, span));
    entities = entities.filter((e) => e.mentions.length);
  };

  for (const a of annotations) {
    const span = a.anchor ? reanchor(text, a.anchor) : undefined;
    if (a.anchor && !span) {
      orphaned.push(a);
      continue;
    }
    const act = a.action;
    if (act.type === 'merge') {
      const from = findEntity(act.kind, act.from);
      if (!from) continue;
      const into = findEntity(act.kind, act.into);
      if (into && into !== from) {
        into.mentions = [...into.mentions, ...from.mentions].sort((x, y) => x.start - y.start);
        for (const al of from.aliases) if (!into.aliases.includes(al)) into.aliases.push(al);
        entities = entities.filter((e) => e !== from);
        for (const q of quotes) if (q.speakerId === from.id) Object.assign(q, { speaker: into.name, speakerId: into.id });
      } else {
        const old = from.id;
        from.name = act.into;
        from.id = `${from.kind}:${from.kind === 'country' ? from.id.split(':')[1] : slug(act.into)}`;
        for (const q of quotes) if (q.speakerId === old) Object.assign(q, { speaker: from.name, speakerId: from.id });
      }
      continue;
    }
    if (!span) continue;
    const words = text.slice(span.start, span.end);
    if (act.type === 'review') {
      reviewedAt.push(span);
      continue;
    }
    if (act.type === 'suppress') {
      removeMentions(span);
      quotes = quotes.filter((q) => !(q.start === span.start && q.end === span.end));
      continue;
    }
    if (act.type === 'entity') {
      removeMentions(span);
      const name = act.name?.trim() || words.replace(/[’']s$/, '');
      let e = findEntity(act.kind, name);
      if (!e) {
        e = { id: uniqueId(entities, `${act.kind}:${slug(name)}`), kind: act.kind, name, mentions: [], aliases: [] };
        entities.push(e);
      }
      e.mentions = [...e.mentions, { start: span.start, end: span.end, text: words, rule: READER_RULE }].sort((x, y) => x.start - y.start);
      if (!e.aliases.includes(words)) e.aliases.push(words);
      continue;
    }
    if (act.type === 'quote') {
      quotes = quotes.filter((q) => !overlaps(q, span));
      scareQuotes = scareQuotes.filter((s) => !overlaps(s, span));
      const inner = innerSpan(text, span);
      const who = speakerEntity(act.speaker);
      quotes.push({
        start: span.start, end: span.end, contentStart: inner.start, contentEnd: inner.end, text: text.slice(inner.start, inner.end),
        speaker: who?.name ?? act.speaker, speakerId: who?.id ?? null, partial: false, verb: 'marked by the reader',
        speakerDescription: act.speaker ? undefined : act.description,
        speakerRule: act.speaker || act.description ? READER_RULE : null,
      });
      quotes.sort((x, y) => x.start - y.start);
      reviewedAt.push(span);
      continue;
    }
    if (act.type === 'speaker') {
      const q = quotes.find((x) => overlaps(x, span));
      if (!q) continue;
      const who = speakerEntity(act.speaker);
      // a corrected speaker keeps no reporting verb of the automatic one ("declined to say")
      Object.assign(q, { speaker: who?.name ?? act.speaker, speakerId: who?.id ?? null, speakerMention: undefined, speakerDescription: act.speaker ? undefined : act.description, verb: undefined, speakerRule: READER_RULE });
      reviewedAt.push(span);
      continue;
    }
    notes.push({ start: span.start, end: span.end, note: act.note, id: a.id });
  }
  for (const e of entities) e.mentions = e.mentions.filter((m, i, all) => i === 0 || m.start >= all[i - 1].end);
  const reviewed = quotes.filter((q) => reviewedAt.some((r) => overlaps(q, r))).map((q) => ({ start: q.start, end: q.end }));
  return { entities: entities.filter((e) => e.mentions.length), quotes, scareQuotes, notes, orphaned, reviewed };
}

/** Inside the quotation marks, if the reader selected them too. */
function innerSpan(text: string, span: Span): Span {
  let { start, end } = span;
  if (/["“‘']/.test(text[start] ?? '')) start++;
  if (end > start && /["”’']/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

function uniqueId(entities: Entity[], id: string): string {
  let candidate = id;
  for (let n = 2; entities.some((e) => e.id === candidate); n++) candidate = `${id}-${n}`;
  return candidate;
}
