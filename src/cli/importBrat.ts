/** news-lens import-brat FILE.ann --article FILE.txt
 *  Turns a brat standoff file (another tool's pre-annotations, or News Lens's own export) into the
 *  reader's annotations on the article, appended to its sidecar file, so that they can be corrected
 *  in the editor rather than redone. Lines whose offsets or text do not match the article are
 *  reported with their line numbers, and the rest is imported. The article is never written. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { emptySidecar, fromBrat, parseSidecar, serializeSidecar, sidecarRelativePath } from '../core';
import { findSidecar } from '../node/sidecarFile';

export const IMPORT_BRAT_USAGE = `usage: news-lens import-brat FILE.ann --article FILE.txt
  adds the entities, quotes (with SaidBy speakers) and notes of a brat standoff file to the
  article's annotations (its sidecar: .newslens/… or FILE.txt.newslens.json, created beside the
  article if there is none). Exit code: 0 when every line was imported, 1 when some were not,
  2 for a bad command line or an unreadable file.`;

export function importBrat(args: string[], out: (s: string) => void, err: (s: string) => void): number {
  const at = args.indexOf('--article');
  const article = at >= 0 ? args[at + 1] : undefined;
  const rest = args.filter((_, i) => i !== at && i !== at + 1);
  if (!article || rest.length !== 1 || rest[0].startsWith('-')) {
    err(`${IMPORT_BRAT_USAGE}\n`);
    return 2;
  }
  const annFile = rest[0];
  let text: string;
  let ann: string;
  try {
    text = fs.readFileSync(article, 'utf8');
    ann = fs.readFileSync(annFile, 'utf8');
  } catch (e) {
    err(`news-lens: ${(e as Error).message}\n`);
    return 2;
  }
  const sidecarFile = findSidecar(article) ?? path.join(path.dirname(path.resolve(article)), sidecarRelativePath(path.basename(article), 'besideArticle'));
  let sidecar = emptySidecar(path.basename(article));
  if (fs.existsSync(sidecarFile)) {
    const parsed = parseSidecar(fs.readFileSync(sidecarFile, 'utf8'));
    if ('error' in parsed) {
      err(`news-lens: ${sidecarFile} is ${parsed.error}; it is left as it is and nothing is imported\n`);
      return 2;
    }
    sidecar = parsed.sidecar;
  }
  const imported = fromBrat(text, ann);
  for (const p of imported.problems) err(`news-lens: ${annFile}:${p.line}: ${p.message}\n`);
  if (imported.annotations.length) {
    sidecar.annotations = [...sidecar.annotations, ...imported.annotations];
    // a temporary file renamed into place: a crash never leaves half a sidecar
    const tmp = `${sidecarFile}.tmp`;
    fs.mkdirSync(path.dirname(sidecarFile), { recursive: true });
    fs.writeFileSync(tmp, serializeSidecar(sidecar));
    fs.renameSync(tmp, sidecarFile);
  }
  out(`imported ${imported.annotations.length} annotation(s) into ${sidecarFile}${imported.problems.length ? `; ${imported.problems.length} line(s) not imported` : ''}\n`);
  return imported.problems.length ? 1 : 0;
}
