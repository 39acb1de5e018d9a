/** A team dictionary: corrections a newsroom shares for every article, kept in
 *  `.newslens/dictionary.json` and meant to be committed. It sits between the automatic analysis
 *  and a reader's per-article annotations: the dictionary wins over the analysis, and the reader's
 *  annotations (applied after it) win over the dictionary.
 *
 *  Format: `{"format": "news-lens-dictionary", "version": 1, "entries": [...]}`, an entry being
 *    {"text": "Harbor Trust", "kind": "organization"}      this text is an entity of this kind
 *    {"text": "North Ridge", "notEntity": true}             this text is no entity
 *    {"alias": "Ortiz", "name": "Dana Ortiz", "kind": "person"}   this form resolves to this entity
 *  each with optional "caseSensitive" (default false) and "note". */
import { ruleTable } from '../rules';
import { isWordChar, normalizeKey, slug } from '../text/text';
import { work } from '../text/work';
import { Analysis, Entity, ENTITY_KINDS, EntityKind, Mention, Span } from '../types';

export const DICTIONARY_FORMAT = 'news-lens-dictionary';
export const DICTIONARY_VERSION = 1;
export const DICTIONARY_PATH = '.newslens/dictionary.json';

export const DICTIONARY_RULES = ruleTable('dictionary', [
  {
    id: 'dictionary.not-entity',
    description: 'the team dictionary says this text is no entity: every mention with exactly this text goes',
    example: '{"text": "North Ridge", "notEntity": true} removes "North Ridge" from "North Ridge voters stayed home."',
  },
  {
    id: 'dictionary.alias',
    description: 'the team dictionary says this form names this entity: every occurrence becomes a mention of it',
    example: '{"alias": "Ortiz", "name": "Dana Ortiz", "kind": "person"} files "Ortiz said no." under Dana Ortiz.',
  },
  {
    id: 'dictionary.entity',
    description: 'the team dictionary says this text is an entity of this kind: every occurrence becomes a mention',
    example: '{"text": "Harbor Trust", "kind": "organization"} marks both mentions in "Harbor Trust sold. Harbor Trust left."',
  },
]);

export type DictionaryEntry =
  | { text: string; kind: EntityKind; caseSensitive?: boolean; note?: string }
  | { text: string; notEntity: true; caseSensitive?: boolean; note?: string }
  | { alias: string; name: string; kind: EntityKind; caseSensitive?: boolean; note?: string };

export interface Dictionary {
  format: typeof DICTIONARY_FORMAT;
  version: number;
  entries: DictionaryEntry[];
}

/** Where a problem in the file is: 1-based line and column. */
export interface DictionaryProblem {
  line: number;
  column: number;
  message: string;
}

export type ParsedDictionary = { dictionary: Dictionary } | { error: DictionaryProblem };

/** Reads a dictionary file. A broken file gives one problem with its line and column; the caller
 *  then ignores every entry until it is fixed (and never rewrites the file). */
export function parseDictionary(json: string): ParsedDictionary {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    const message = (e as Error).message;
    return { error: { ...jsonErrorPlace(json, message), message: `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '')}` } };
  }
  const top = { line: 1, column: 1 };
  const d = data as Partial<Dictionary>;
  if (!d || typeof d !== 'object' || Array.isArray(d)) return { error: { ...top, message: 'the file is not a JSON object' } };
  if (d.format !== DICTIONARY_FORMAT) return { error: { ...top, message: `not a News Lens dictionary (no "format": "${DICTIONARY_FORMAT}")` } };
  if (typeof d.version !== 'number') return { error: { ...top, message: 'no "version" number' } };
  if (d.version > DICTIONARY_VERSION) return { error: { ...top, message: `written by a newer News Lens (version ${d.version}; this one reads ${DICTIONARY_VERSION})` } };
  if (!Array.isArray(d.entries)) return { error: { ...top, message: '"entries" is not a list' } };
  const places = entryPlaces(json);
  for (const [i, entry] of d.entries.entries()) {
    const problem = checkEntry(entry);
    if (problem) return { error: { ...(places[i] ?? top), message: `entry ${i + 1}: ${problem}` } };
  }
  return { dictionary: { format: DICTIONARY_FORMAT, version: d.version, entries: d.entries } };
}

function checkEntry(e: Record<string, unknown>): string | undefined {
  if (!e || typeof e !== 'object' || Array.isArray(e)) return 'not an object';
  const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
  const kindOk = (k: unknown) => ENTITY_KINDS.includes(k as EntityKind);
  if ('caseSensitive' in e && typeof e.caseSensitive !== 'boolean') return '"caseSensitive" must be true or false';
  if ('note' in e && typeof e.note !== 'string') return '"note" must be a string';
  if ('alias' in e) {
    if (!nonEmpty(e.alias) || !nonEmpty(e.name)) return 'an alias entry needs a non-empty "alias" and "name"';
    return kindOk(e.kind) ? undefined : `"kind" must be one of ${ENTITY_KINDS.join(', ')}`;
  }
  if (!nonEmpty(e.text)) return 'needs a non-empty "text" (or "alias" and "name")';
  if (e.notEntity === true) return 'kind' in e ? 'an entry is either "notEntity" or has a "kind", not both' : undefined;
  return kindOk(e.kind) ? undefined : `"kind" must be one of ${ENTITY_KINDS.join(', ')}, or "notEntity": true`;
}

/** The line and column of a JSON.parse error: Node 20 says "at position N", later versions
 *  "(line L column C)". */
function jsonErrorPlace(json: string, message: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  return lineColumn(json, pos ? Number(pos[1]) : json.length);
}

function lineColumn(json: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < json.length; i++) {
    if (json[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where each element of the top-level "entries" list starts, for messages about one entry. The
 *  text is valid JSON here, so a scan that tracks strings and depth is enough. */
function entryPlaces(json: string): { line: number; column: number }[] {
  const starts: number[] = [];
  let depth = 0;
  let inEntries = false;
  let lastKey = '';
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '"') {
      let j = i + 1;
      while (j < json.length && json[j] !== '"') j += json[j] === '\\' ? 2 : 1;
      if (depth === 1) lastKey = json.slice(i + 1, j);
      if (inEntries && depth === 2) starts.push(i);
      i = j;
    } else if (c === '{' || c === '[') {
      if (inEntries && depth === 2) starts.push(i);
      depth++;
      if (depth === 2 && c === '[' && lastKey === 'entries') inEntries = true;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 1) inEntries = false;
    } else if (inEntries && depth === 2 && /[-0-9tfn]/.test(c) && !/[-0-9tfn]/.test(json[i - 1] ?? '')) {
      starts.push(i);
    }
  }
  return starts.map((s) => lineColumn(json, s));
}

/** Every whole-word occurrence of `needle` in the text (`lowerText` is the text in lower case). */
export function occurrences(text: string, lowerText: string, needle: string, caseSensitive: boolean): Span[] {
  const out: Span[] = [];
  const hay = caseSensitive ? text : lowerText;
  const n = caseSensitive ? needle : needle.toLowerCase();
  if (!n) return out;
  for (let at = hay.indexOf(n); at >= 0; at = hay.indexOf(n, at + 1)) {
    work.steps++;
    const end = at + n.length;
    if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
    out.push({ start: at, end });
  }
  work.steps += text.length;
  return out;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const sameText = (a: string, b: string, caseSensitive: boolean) => (caseSensitive ? a === b : a.toLowerCase() === b.toLowerCase());

/** The analysis with the dictionary applied: entries that say "no entity" first, then aliases and
 *  entity entries, longer texts before shorter ones so that "Harbor Trust Bank" wins over
 *  "Harbor Trust". Quotes follow their speaker's mention to its new entity. */
export function applyDictionary(text: string, analysis: Analysis, dictionary: Dictionary | undefined): Analysis {
  if (!dictionary?.entries.length) return analysis;
  let entities: Entity[] = analysis.entities.map((e) => ({ ...e, mentions: [...e.mentions], aliases: [...e.aliases] }));
  const quotes = analysis.quotes.map((q) => ({ ...q }));
  const ownerBefore = new Map<Mention, string>();
  for (const e of entities) for (const m of e.mentions) ownerBefore.set(m, e.id);
  const lowerText = text.toLowerCase();
  const placed: Span[] = [];
  /** Where a speaker's entity went: old id → new id, or null when its mentions stopped being one. */
  const moved = new Map<string, string | null>();

  const take = (span: Span, into: string | null) => {
    for (const e of entities) {
      const kept = e.mentions.filter((m) => !overlaps(m, span));
      if (kept.length !== e.mentions.length) {
        const gone = e.mentions.filter((m) => overlaps(m, span));
        for (const m of gone) if (!moved.has(ownerBefore.get(m) ?? '')) moved.set(ownerBefore.get(m) ?? '', into);
        e.mentions = kept;
      }
    }
  };
  const entityFor = (kind: EntityKind, name: string): Entity => {
    const key = normalizeKey(name);
    let e = entities.find((x) => x.kind === kind && (normalizeKey(x.name) === key || x.aliases.some((a) => normalizeKey(a) === key)));
    if (!e) {
      e = { id: uniqueId(entities, `${kind}:${slug(name)}`), kind, name, mentions: [], aliases: [] };
      entities.push(e);
    }
    return e;
  };

  for (const entry of dictionary.entries) {
    if (!('notEntity' in entry)) continue;
    const cs = entry.caseSensitive === true;
    for (const e of entities) {
      const gone = e.mentions.filter((m) => sameText(m.text, entry.text, cs));
      if (!gone.length) continue;
      for (const m of gone) take(m, null);
    }
  }
  const positive = dictionary.entries
    .filter((e): e is Exclude<DictionaryEntry, { notEntity: true }> => !('notEntity' in e))
    .map((e) => ('alias' in e ? { form: e.alias, name: e.name, kind: e.kind, cs: e.caseSensitive === true, rule: 'dictionary.alias' } : { form: e.text, name: e.text, kind: e.kind, cs: e.caseSensitive === true, rule: 'dictionary.entity' }))
    .sort((a, b) => b.form.length - a.form.length);
  for (const p of positive) {
    for (const span of occurrences(text, lowerText, p.form, p.cs)) {
      if (placed.some((s) => overlaps(s, span))) continue;
      placed.push(span);
      const target = entityFor(p.kind, p.name);
      take(span, target.id);
      const words = text.slice(span.start, span.end);
      target.mentions.push({ start: span.start, end: span.end, text: words, rule: p.rule });
      if (!target.aliases.includes(words)) target.aliases.push(words);
    }
  }
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  entities = entities.filter((e) => e.mentions.length);
  const byId = new Map(entities.map((e) => [e.id, e]));

  for (const q of quotes) {
    // the words the attribution rests on decide first ("Ortiz said", "the mayor said"); a pronoun
    // follows its entity wherever the dictionary moved it
    const holder = q.speakerMention && entities.find((e) => e.mentions.some((m) => overlaps(m, q.speakerMention!)));
    if (!q.speakerId && !holder) continue;
    const still = q.speakerId ? byId.get(q.speakerId) : undefined;
    const movedTo = q.speakerId ? moved.get(q.speakerId) : undefined;
    const next = holder ?? still ?? (movedTo ? byId.get(movedTo) : undefined);
    if (next && next === still) continue;
    if (next) {
      const rule = next.mentions.find((m) => q.speakerMention && overlaps(m, q.speakerMention))?.rule;
      Object.assign(q, { speaker: next.name, speakerId: next.id, speakerDescription: undefined, speakerRule: rule?.startsWith('dictionary.') ? rule : q.speakerRule });
    } else Object.assign(q, { speaker: null, speakerId: null, speakerMention: undefined, speakerRule: 'dictionary.not-entity' });
  }
  return { entities, quotes, scareQuotes: analysis.scareQuotes };
}

function uniqueId(entities: Entity[], id: string): string {
  let candidate = id;
  for (let n = 2; entities.some((e) => e.id === candidate); n++) candidate = `${id}-${n}`;
  return candidate;
}
