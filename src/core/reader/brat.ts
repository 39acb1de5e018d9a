/** brat standoff export (https://brat.nlplab.org/standoff.html): one `T` line per entity mention
 *  and quote, `R` relations `SaidBy` from a quote to its speaker's mention, and `#` AnnotatorNotes
 *  with the speaker's name (also for speakers without a mention in the text). brat offsets count
 *  Unicode code points, not UTF-16 units; spans that cross a line break are written as fragments. */
import { Analysis } from '../types';
import { firstIndexWhereNot } from '../text/text';

const BRAT_TYPE = { person: 'Person', country: 'Country', organization: 'Organization', event: 'Event' } as const;

export interface BratTextBound {
  id: string;
  type: string;
  fragments: { start: number; end: number }[];
  text: string;
}

export interface BratDocument {
  textBounds: BratTextBound[];
  relations: { id: string; type: string; arg1: string; arg2: string }[];
  notes: { id: string; target: string; text: string }[];
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

export function toBrat(text: string, analysis: Analysis): string {
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
  for (const e of analysis.entities) {
    for (const m of e.mentions) idAt.set(`${m.start}:${m.end}`, bound(BRAT_TYPE[e.kind], m.start, m.end));
  }
  let r = 0;
  let n = 0;
  for (const q of analysis.quotes) {
    const qid = bound('Quote', q.start, q.end);
    const target = q.speakerMention && idAt.get(`${q.speakerMention.start}:${q.speakerMention.end}`);
    if (target) lines.push(`R${++r}\tSaidBy Arg1:${qid} Arg2:${target}`);
    const who = q.speaker ?? (q.speakerDescription ? `unnamed (${q.speakerDescription})` : 'unattributed');
    lines.push(`#${++n}\tAnnotatorNotes ${qid}\tspeaker: ${who}`);
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

export function parseBrat(ann: string): BratDocument {
  const doc: BratDocument = { textBounds: [], relations: [], notes: [] };
  for (const line of ann.split('\n')) {
    const [id, middle, rest] = line.split('\t');
    if (!id || !middle) continue;
    if (id.startsWith('T')) {
      const sp = middle.indexOf(' ');
      const type = middle.slice(0, sp);
      const fr = middle.slice(sp + 1).split(';').map((p) => p.split(' ').map(Number)).map(([start, end]) => ({ start, end }));
      doc.textBounds.push({ id, type, fragments: fr, text: rest ?? '' });
    } else if (id.startsWith('R')) {
      const [type, a1, a2] = middle.split(' ');
      doc.relations.push({ id, type, arg1: a1.replace('Arg1:', ''), arg2: a2.replace('Arg2:', '') });
    } else if (id.startsWith('#')) {
      doc.notes.push({ id, target: middle.split(' ')[1], text: rest ?? '' });
    }
  }
  return doc;
}
