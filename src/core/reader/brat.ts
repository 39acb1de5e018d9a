/** brat standoff export (https://brat.nlplab.org/standoff.html): one `T` line per entity mention
 *  and quote, `R` relations `SaidBy` from a quote to its speaker's mention, and `#` AnnotatorNotes
 *  with the speaker's name (also for speakers without a mention in the text), with the entity's
 *  name where a mention spells it otherwise ("Ortiz" → "name: Dana Ortiz"), and with the reader's
 *  notes (on a `Note` span). brat offsets count Unicode code points, not UTF-16 units; spans that
 *  cross a line break are written as fragments. bratImport.ts reads the same format back. */
import { Analysis } from '../types';
import { firstIndexWhereNot } from '../text/text';

const BRAT_TYPE = { person: 'Person', country: 'Country', organization: 'Organization', event: 'Event' } as const;

export interface BratTextBound {
  /** The 1-based line of the .ann file it was read from (0 when written). */
  line: number;
  id: string;
  type: string;
  fragments: { start: number; end: number }[];
  text: string;
}

export interface BratDocument {
  textBounds: BratTextBound[];
  relations: { line: number; id: string; type: string; arg1: string; arg2: string }[];
  notes: { line: number; id: string; target: string; text: string }[];
  /** Lines that are not brat standoff, or of a kind this reader does not know. */
  problems: { line: number; message: string }[];
}

/** UTF-16 offset → code-point offset, for a text with a precomputed table. */
function codePointIndex(text: string): (utf16: number) => number {
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) astral.push(++i);
  }
  return (offset) => offset - firstIndexWhereNot(astral.length, (k) => astral[k] < offset);
}

/** Splits a span at line breaks, as brat wants it. */
function fragments(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n' || text[i] === '\r') {
      if (i > s) out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  return out.length ? out : [{ start, end }];
}

export function toBrat(text: string, analysis: Analysis & { notes?: readonly { start: number; end: number; note: string }[] }): string {
  const cp = codePointIndex(text);
  const lines: string[] = [];
  let t = 0;
  const idAt = new Map<string, string>();
  const bound = (type: string, start: number, end: number) => {
    const frags = fragments(text, start, end);
    const id = `T${++t}`;
    const where = frags.map((f) => `${cp(f.start)} ${cp(f.end)}`).join(';');
    lines.push(`${id}\t${type} ${where}\t${frags.map((f) => text.slice(f.start, f.end)).join(' ')}`);
    return id;
  };
  let r = 0;
  let n = 0;
  for (const e of analysis.entities) {
    for (const m of e.mentions) {
      const id = bound(BRAT_TYPE[e.kind], m.start, m.end);
      idAt.set(`${m.start}:${m.end}`, id);
      if (m.text !== e.name) lines.push(`#${++n}\tAnnotatorNotes ${id}\tname: ${oneLine(e.name)}`);
    }
  }
  for (const q of analysis.quotes) {
    const qid = bound('Quote', q.start, q.end);
    const target = q.speakerMention && idAt.get(`${q.speakerMention.start}:${q.speakerMention.end}`);
    if (target) lines.push(`R${++r}\tSaidBy Arg1:${qid} Arg2:${target}`);
    const who = q.speaker ?? (q.speakerDescription ? `unnamed (${q.speakerDescription})` : 'unattributed');
    lines.push(`#${++n}\tAnnotatorNotes ${qid}\tspeaker: ${oneLine(who)}`);
  }
  for (const note of analysis.notes ?? []) lines.push(`#${++n}\tAnnotatorNotes ${bound('Note', note.start, note.end)}\t${oneLine(note.note)}`);
  return lines.join('\n') + (lines.length ? '\n' : '');
}

const oneLine = (s: string) => s.replace(/[\r\n\t]+/g, ' ');

export function parseBrat(ann: string): BratDocument {
  const doc: BratDocument = { textBounds: [], relations: [], notes: [], problems: [] };
  const lines = ann.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, '');
    const line = i + 1;
    if (!raw.trim()) continue;
    const [id, middle, rest] = raw.split('\t');
    if (!id || !middle) {
      doc.problems.push({ line, message: 'not a brat standoff line (ID, tab, annotation)' });
      continue;
    }
    if (id.startsWith('T')) {
      const sp = middle.indexOf(' ');
      const type = middle.slice(0, sp);
      const fr = middle.slice(sp + 1).split(';').map((p) => p.trim().split(' ').map(Number)).map(([start, end]) => ({ start, end }));
      if (sp < 1 || fr.some((f) => !Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end < f.start)) {
        doc.problems.push({ line, message: `${id}: offsets are not "start end" pairs` });
        continue;
      }
      doc.textBounds.push({ line, id, type, fragments: fr, text: rest ?? '' });
    } else if (id.startsWith('R')) {
      const [type, a1, a2] = middle.split(' ');
      if (!a1?.startsWith('Arg1:') || !a2?.startsWith('Arg2:')) {
        doc.problems.push({ line, message: `${id}: a relation needs Arg1: and Arg2:` });
        continue;
      }
      doc.relations.push({ line, id, type, arg1: a1.slice(5), arg2: a2.slice(5) });
    } else if (id.startsWith('#')) {
      doc.notes.push({ line, id, target: middle.split(' ')[1] ?? '', text: rest ?? '' });
    } else {
      doc.problems.push({ line, message: `${id}: annotations of this kind (${id[0]}) are not read` });
    }
  }
  return doc;
}
