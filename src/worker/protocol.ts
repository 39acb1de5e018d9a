/** Messages between the extension host and the analysis worker. Plain data only: they cross a
 *  thread boundary by structured clone (worker_threads on the desktop, a Web Worker on the web).
 *
 *  Reading a large result off the wire blocks the receiving thread (half a second for the 90,000
 *  mentions of a 5 MB article), so a large result comes in parts: the response first, with its
 *  long lists empty and `parts` set, then each part when the host asks for it, one message per
 *  turn of the host's event loop. A long text goes the other way in pieces for the same reason
 *  (copying 5 MB of text into a message takes the host some 100 ms). */
import type { AnnotatedAnalysis, Analysis, Dictionary, UserAnnotation } from '../core';

export type WorkerRequest =
  | {
    type: 'analyze';
    id: number;
    text: string;
    /** The reader's annotations, applied in the worker too. */
    annotations: readonly UserAnnotation[];
    /** The team dictionary, applied before the reader's annotations. */
    dictionary?: Dictionary;
    /** A long text comes in this many pieces: `text` is the first, 'text' messages bring the rest. */
    textParts?: number;
  }
  /** The next piece of a long text. */
  | { type: 'text'; id: number; text: string }
  /** Send the next part of this result. */
  | { type: 'next'; id: number };

export type AnalyzeRequest = Extract<WorkerRequest, { type: 'analyze' }>;

export type AnalyzeResponse =
  | {
    type: 'result';
    id: number;
    ok: true;
    automatic: Analysis;
    /** Only when there were annotations or a dictionary; otherwise the automatic analysis is the annotated one. */
    annotated?: AnnotatedAnalysis;
    millis: number;
    /** The highlights of the annotated analysis, sorted (src/worker/spans.ts). */
    spans: Int32Array;
    /** How many parts are still to come (0: the response is whole). */
    parts: number;
  }
  | { type: 'result'; id: number; ok: false; error: string };

/** Items of one list of a result: `automatic.quotes`, or the mentions of `automatic.entities[3]`. */
export interface ResultPart {
  type: 'part';
  id: number;
  which: 'automatic' | 'annotated';
  field: string;
  entity?: number;
  items: unknown[];
}

export type WorkerMessage = AnalyzeResponse | ResultPart;

/** The annotated analysis of a response, without copying when there was nothing to apply. */
export function annotatedOf(r: Extract<AnalyzeResponse, { ok: true }>): AnnotatedAnalysis {
  return r.annotated ?? { ...r.automatic, notes: [], orphaned: [], reviewed: [] };
}

/** Characters per piece of a long text, and items per part of a result: small enough that
 *  copying one takes the host a few milliseconds. */
export const TEXT_PART_CHARS = 1 << 18;
export const PART_ITEMS = 1000;

type Lists = Record<string, unknown[]>;

/** Empties the long lists of a response (in place) and returns them as parts, in order. */
export function splitResponse(r: Extract<AnalyzeResponse, { ok: true }>, partItems = PART_ITEMS): ResultPart[] {
  const parts: ResultPart[] = [];
  const cut = (which: ResultPart['which'], field: string, list: unknown[], entity?: number): unknown[] => {
    if (list.length <= partItems) return list;
    for (let i = 0; i < list.length; i += partItems) parts.push({ type: 'part', id: r.id, which, field, entity, items: list.slice(i, i + partItems) });
    return [];
  };
  for (const which of ['automatic', 'annotated'] as const) {
    const analysis = r[which] as unknown as Lists | undefined;
    if (!analysis) continue;
    for (const [field, list] of Object.entries(analysis)) {
      if (!Array.isArray(list)) continue;
      if (field === 'entities') {
        analysis.entities = (list as { mentions: unknown[] }[]).map((e, i) => ({ ...e, mentions: cut(which, 'mentions', e.mentions, i) }));
      } else analysis[field] = cut(which, field, list);
    }
  }
  r.parts = parts.length;
  return parts;
}

/** Puts a part back where splitResponse took it from. */
export function joinPart(r: Extract<AnalyzeResponse, { ok: true }>, part: ResultPart): void {
  const analysis = r[part.which] as unknown as Lists & { entities: { mentions: unknown[] }[] };
  const list = part.entity === undefined ? analysis[part.field] : analysis.entities[part.entity].mentions;
  for (const item of part.items) list.push(item);
  r.parts--;
}
