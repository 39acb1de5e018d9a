/** brat standoff import: a `.ann` file (another tool's pre-annotations, or News Lens's own export)
 *  becomes the reader's annotations on an article, to correct rather than redo. Entities become
 *  "Mark as …", quotes "Mark as Quote" with the speaker from a `SaidBy` relation or the
 *  "speaker: …" note, and other AnnotatorNotes become notes. Every span is checked against the
 *  article: a line whose offsets or text do not match is reported with its line number, and the
 *  rest is imported. */
import { AnnotationAction, makeAnchor, UserAnnotation } from './annotations';
import { BratTextBound, parseBrat } from './brat';
import { EntityKind } from '../types';

const KIND_OF_TYPE: Record<string, EntityKind> = { person: 'person', per: 'person', country: 'country', gpe: 'country', organization: 'organization', org: 'organization', event: 'event' };

export interface BratImport {
  annotations: UserAnnotation[];
  /** Lines that were not imported, and why. */
  problems: { line: number; message: string }[];
}

/** UTF-16 offset of each code-point offset (brat counts code points), -1 past the end. */
function utf16Index(text: string): (codePoint: number) => number {
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    at.push(i);
    i += ch.length;
  }
  at.push(i);
  return (codePoint) => (codePoint >= 0 && codePoint < at.length ? at[codePoint] : -1);
}

/** Reads "speaker: Dana Ortiz", "speaker: unnamed (an aide)", "speaker: unattributed". */
function speakerOfNote(note: string): { speaker: string | null; description?: string } | undefined {
  const m = /^speaker:\s*(.*)$/.exec(note.trim());
  if (!m) return undefined;
  const who = m[1].trim();
  const unnamed = /^unnamed \((.*)\)$/.exec(who);
  if (unnamed) return { speaker: null, description: unnamed[1] };
  return who && who !== 'unattributed' ? { speaker: who } : { speaker: null };
}

export function fromBrat(text: string, ann: string, created = new Date()): BratImport {
  const doc = parseBrat(ann);
  const problems = [...doc.problems];
  const toUtf16 = utf16Index(text);
  const spans = new Map<string, { bound: BratTextBound; start: number; end: number }>();
  for (const b of doc.textBounds) {
    const frags = b.fragments.map((f) => ({ start: toUtf16(f.start), end: toUtf16(f.end) }));
    if (frags.some((f) => f.start < 0 || f.end < 0)) {
      problems.push({ line: b.line, message: `${b.id}: offsets past the end of the article` });
      continue;
    }
    const found = frags.map((f) => text.slice(f.start, f.end)).join(' ');
    if (found !== b.text) {
      problems.push({ line: b.line, message: `${b.id}: the article has "${found}" at these offsets, not "${b.text}"` });
      continue;
    }
    spans.set(b.id, { bound: b, start: frags[0].start, end: frags[frags.length - 1].end });
  }
  const notesOf = new Map<string, string[]>();
  for (const n of doc.notes) {
    if (!spans.has(n.target)) {
      if (!doc.textBounds.some((b) => b.id === n.target)) problems.push({ line: n.line, message: `${n.id}: a note on ${n.target}, which is not a text span here` });
      continue;
    }
    notesOf.set(n.target, [...(notesOf.get(n.target) ?? []), n.text]);
  }
  const nameOf = (id: string) => {
    const named = notesOf.get(id)?.map((t) => /^name:\s*(.+)$/.exec(t.trim())?.[1]).find(Boolean);
    return named ?? spans.get(id)?.bound.text ?? null;
  };
  const saidBy = new Map<string, string>();
  for (const r of doc.relations) {
    if (r.type !== 'SaidBy') {
      problems.push({ line: r.line, message: `${r.id}: relations of type ${r.type} are not read` });
    } else if (!spans.has(r.arg1) || !spans.has(r.arg2)) {
      problems.push({ line: r.line, message: `${r.id}: links ${r.arg1} and ${r.arg2}, which are not both text spans here` });
    } else saidBy.set(r.arg1, r.arg2);
  }

  const annotations: UserAnnotation[] = [];
  const add = (start: number, end: number, action: AnnotationAction) => {
    annotations.push({ id: `brat-${annotations.length + 1}-${created.getTime().toString(36)}`, created: new Date(created.getTime() + annotations.length).toISOString(), anchor: makeAnchor(text, start, end), action });
  };
  for (const { bound: b, start, end } of spans.values()) {
    const type = b.type.toLowerCase();
    const kind = KIND_OF_TYPE[type];
    const free = (notesOf.get(b.id) ?? []).filter((t) => !/^(name|speaker):/.test(t.trim()));
    if (kind) {
      const name = nameOf(b.id)!;
      add(start, end, name === b.text ? { type: 'entity', kind } : { type: 'entity', kind, name });
    } else if (type === 'quote') {
      const by = saidBy.get(b.id);
      const said = by ? { speaker: nameOf(by) } : notesOf.get(b.id)?.map(speakerOfNote).find(Boolean) ?? { speaker: null };
      add(start, end, { type: 'quote', ...said });
    } else if (type !== 'note') {
      problems.push({ line: b.line, message: `${b.id}: spans of type ${b.type} are not read (Person, Country, Organization, Event, Quote, Note are)` });
      continue;
    }
    for (const note of free) add(start, end, { type: 'note', note });
  }
  problems.sort((a, b) => a.line - b.line);
  return { annotations, problems };
}
