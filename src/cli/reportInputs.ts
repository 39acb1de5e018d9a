/** The articles of `news-lens report`: files and directory trees in a stable (sorted) order, or
 *  JSON lines ({"id", "text"}) on stdin. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';

const ARTICLE = /\.(txt|md|markdown)$/i;

/** The article files under the inputs, each directory visited once (links may loop). */
export function articleFiles(inputs: readonly string[], fail: (message: string) => void): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const walk = (input: string, top: boolean) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch (e) {
      if (top) fail(`${input}: cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      return;
    }
    if (!stat.isDirectory()) {
      if (top || ARTICLE.test(input)) out.push(input);
      return;
    }
    let real = path.resolve(input);
    try {
      real = fs.realpathSync(input);
    } catch {
      // keep the resolved path
    }
    if (seen.has(real)) return;
    seen.add(real);
    let names: string[];
    try {
      names = fs.readdirSync(input).sort();
    } catch (e) {
      fail(`${input}: cannot list the directory: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      return;
    }
    for (const name of names) walk(path.join(input, name), false);
  };
  for (const input of inputs) walk(input, true);
  return out;
}

export interface LineArticle {
  id: string;
  text: string;
}

/** Each line of the stream as an article, or the reason it is not one. Empty lines are skipped. */
export async function* jsonLines(stream: NodeJS.ReadableStream): AsyncGenerator<LineArticle | { error: string }> {
  let n = 0;
  for await (const line of readline.createInterface({ input: stream, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      yield { error: `stdin line ${n}: not JSON` };
      continue;
    }
    const { id, text } = (record ?? {}) as { id?: unknown; text?: unknown };
    if (typeof text !== 'string') {
      yield { error: `stdin line ${n}: no "text" string` };
      continue;
    }
    yield { id: typeof id === 'string' || typeof id === 'number' ? String(id) : `line ${n}`, text };
  }
}
