/** Every highlight of an analysis as one flat table sorted by start: [start, end, layer] per span.
 *  The worker builds it with the result, so that the extension host draws a 5 MB article's
 *  90,000 highlights without building, sorting or even reading objects for each of them. */
import type { Analysis } from '../core';

export const SPAN_LAYERS = ['person', 'country', 'organization', 'event', 'quote', 'speaker'] as const;
export type SpanLayer = typeof SPAN_LAYERS[number];
/** Int32 numbers per span. */
export const SPAN_WIDTH = 3;

export function highlightSpans(a: Analysis): Int32Array {
  const spans: [number, number, number][] = [];
  for (const e of a.entities) {
    const layer = SPAN_LAYERS.indexOf(e.kind);
    for (const m of e.mentions) spans.push([m.start, m.end, layer]);
  }
  for (const q of a.quotes) {
    spans.push([q.start, q.end, 4]);
    if (q.speakerMention) spans.push([q.speakerMention.start, q.speakerMention.end, 5]);
  }
  spans.sort((x, y) => x[0] - y[0] || x[2] - y[2]);
  const table = new Int32Array(spans.length * SPAN_WIDTH);
  spans.forEach((s, i) => table.set(s, i * SPAN_WIDTH));
  return table;
}

/** Index of the first span that starts at or after `offset`. */
export function firstSpanFrom(table: Int32Array, offset: number): number {
  let lo = 0;
  let hi = table.length / SPAN_WIDTH;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table[mid * SPAN_WIDTH] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The indexes of at most `cap` spans of the wanted layers, nearest to `offset` first, and how
 *  many spans of those layers there are in all. */
export function nearestSpans(table: Int32Array, wanted: readonly boolean[], offset: number, cap: number): { picked: number[]; total: number } {
  const count = table.length / SPAN_WIDTH;
  let total = 0;
  for (let i = 0; i < count; i++) if (wanted[table[i * SPAN_WIDTH + 2]]) total++;
  const picked: number[] = [];
  if (total <= cap) {
    for (let i = 0; i < count; i++) if (wanted[table[i * SPAN_WIDTH + 2]]) picked.push(i);
    return { picked, total };
  }
  // two fronts walk away from the offset; each step takes the nearer one
  let right = firstSpanFrom(table, offset);
  let left = right - 1;
  while (picked.length < cap && (left >= 0 || right < count)) {
    const leftDistance = left >= 0 ? offset - table[left * SPAN_WIDTH] : Infinity;
    const rightDistance = right < count ? table[right * SPAN_WIDTH] - offset : Infinity;
    const i = leftDistance <= rightDistance ? left-- : right++;
    if (wanted[table[i * SPAN_WIDTH + 2]]) picked.push(i);
  }
  return { picked, total };
}
