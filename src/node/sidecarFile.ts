/** Finds and reads an article's sidecar of reader annotations on disk, for the command line: the
 *  same places the extension uses, `<article>.newslens.json` beside it, or
 *  `.newslens/<path from the folder>.json` in the article's folder or any folder above it. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSidecar, sidecarRelativePath, UserAnnotation } from '../core';

export interface SidecarRead {
  annotations: UserAnnotation[];
  file?: string;
  error?: string;
}

export function findSidecar(article: string): string | undefined {
  const abs = path.resolve(article);
  const beside = path.join(path.dirname(abs), sidecarRelativePath(path.basename(abs), 'besideArticle'));
  if (fs.existsSync(beside)) return beside;
  for (let dir = path.dirname(abs); ; dir = path.dirname(dir)) {
    const rel = path.relative(dir, abs).split(path.sep).join('/');
    const candidate = path.join(dir, sidecarRelativePath(rel, 'workspaceFolder'));
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

export function readSidecar(article: string): SidecarRead {
  const file = findSidecar(article);
  if (!file) return { annotations: [] };
  let json: string;
  try {
    json = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { annotations: [], file, error: `cannot read ${file}: ${(e as Error).message}` };
  }
  const parsed = parseSidecar(json);
  if ('error' in parsed) return { annotations: [], file, error: `${file} is ${parsed.error}; the annotations in it are not applied` };
  return { annotations: parsed.sidecar.annotations, file };
}
