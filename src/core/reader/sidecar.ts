/** The sidecar file that stores a reader's annotations beside the article, never in it.
 *  Format: JSON, `{"format": "news-lens-annotations", "version": 1, "article": "<file name>",
 *  "annotations": [UserAnnotation…]}`. A newer version or a damaged file is reported, not
 *  overwritten. */
import { UserAnnotation } from './annotations';
import { ENTITY_KINDS } from '../types';

export const SIDECAR_FORMAT = 'news-lens-annotations';
export const SIDECAR_VERSION = 1;

export interface Sidecar {
  format: typeof SIDECAR_FORMAT;
  version: number;
  article: string;
  annotations: UserAnnotation[];
}

export type SidecarLocation = 'workspaceFolder' | 'besideArticle';

/** Where the sidecar of an article lives, as a path relative to the workspace folder (for
 *  'workspaceFolder') or to the article's own folder (for 'besideArticle'). */
export function sidecarRelativePath(articleRelativePath: string, location: SidecarLocation): string {
  const name = articleRelativePath.split('/').pop() ?? articleRelativePath;
  return location === 'workspaceFolder' ? `.newslens/${articleRelativePath}.json` : `${name}.newslens.json`;
}

export function emptySidecar(article: string): Sidecar {
  return { format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article, annotations: [] };
}

export function serializeSidecar(s: Sidecar): string {
  return JSON.stringify(s, null, 2) + '\n';
}

export type ParsedSidecar = { sidecar: Sidecar } | { error: string; newerVersion?: boolean };

const ACTIONS = new Set(['entity', 'quote', 'speaker', 'suppress', 'merge', 'note', 'review']);

export function parseSidecar(json: string): ParsedSidecar {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { error: `not valid JSON (${(e as Error).message})` };
  }
  const d = data as Partial<Sidecar>;
  if (!d || typeof d !== 'object' || d.format !== SIDECAR_FORMAT) return { error: `not a News Lens annotation file (no "format": "${SIDECAR_FORMAT}")` };
  if (typeof d.version !== 'number') return { error: 'no version number' };
  if (d.version > SIDECAR_VERSION) return { error: `written by a newer News Lens (format version ${d.version}; this one reads ${SIDECAR_VERSION})`, newerVersion: true };
  if (!Array.isArray(d.annotations)) return { error: '"annotations" is not a list' };
  for (const [i, a] of d.annotations.entries()) {
    const problem = checkAnnotation(a);
    if (problem) return { error: `annotation ${i + 1}: ${problem}` };
  }
  return { sidecar: { format: SIDECAR_FORMAT, version: d.version, article: String(d.article ?? ''), annotations: d.annotations } };
}

function checkAnnotation(a: UserAnnotation): string | undefined {
  if (!a || typeof a !== 'object' || typeof a.id !== 'string') return 'no id';
  if (!a.action || !ACTIONS.has(a.action.type)) return 'unknown action';
  if (a.group !== undefined && typeof a.group !== 'string') return 'bad group';
  if (a.anchor) {
    const { start, end, text } = a.anchor;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || typeof text !== 'string') return 'bad anchor';
  } else if (a.action.type !== 'merge') return 'no anchor';
  if ((a.action.type === 'entity' || a.action.type === 'merge') && !ENTITY_KINDS.includes(a.action.kind)) return 'unknown entity kind';
  return undefined;
}
