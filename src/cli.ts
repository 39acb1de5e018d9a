#!/usr/bin/env node
/** news-lens annotate [--format jsonl|json|md|csv] FILE|DIR…
 *  Prints the analysis of each article. Directories are walked for .txt and .md files. A file that
 *  cannot be read, is binary or is too large is reported on stderr; the others are still processed,
 *  and the exit code is 1 if any failed. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, quoteRows, quotesToCsv, quotesToMarkdown, toRecord } from './core';

const FORMATS = ['jsonl', 'json', 'md', 'csv'] as const;
type Format = (typeof FORMATS)[number];
const ARTICLE = /\.(txt|md|markdown)$/i;
const DEFAULT_MAX_MB = 50;

const USAGE = `usage: news-lens annotate [--format jsonl|json|md|csv] [--max-size MB] FILE|DIR...
  jsonl  one JSON record per file (default): entities with mentions, quotes with speakers
  json   one JSON array of those records
  md     the quotes of each file as Markdown
  csv    the quotes of all files as CSV`;

function expand(input: string, errors: string[]): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(input);
  } catch (e) {
    errors.push(`${input}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    return [];
  }
  if (!stat.isDirectory()) return [input];
  const out: string[] = [];
  for (const name of fs.readdirSync(input).sort()) {
    const p = path.join(input, name);
    if (fs.statSync(p, { throwIfNoEntry: false })?.isDirectory()) out.push(...expand(p, errors));
    else if (ARTICLE.test(name)) out.push(p);
  }
  return out;
}

/** The article's text, or why it cannot be analysed. */
export function readArticle(file: string, maxBytes: number): { text: string } | { error: string } {
  let buf: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > maxBytes) return { error: `too large (${(size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB, see --max-size)` };
    buf = fs.readFileSync(file);
  } catch (e) {
    return { error: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  if (buf.subarray(0, 8192).includes(0)) return { error: 'binary file, not an article' };
  // as VS Code reads it: UTF-8, a byte-order mark dropped
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}

export function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): number {
  const args = [...argv];
  if (args[0] !== 'annotate') {
    err(`${USAGE}\n`);
    return args.length && !['-h', '--help'].includes(args[0]) ? 2 : args.length ? 0 : 2;
  }
  args.shift();
  let format: Format = 'jsonl';
  let maxBytes = DEFAULT_MAX_MB * 1048576;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.split('=')[1] : args[++i];
      if (!FORMATS.includes(v as Format)) {
        err(`unknown format ${v}; use one of ${FORMATS.join(', ')}\n`);
        return 2;
      }
      format = v as Format;
    } else if (a === '--max-size' || a.startsWith('--max-size=')) {
      const v = Number(a.includes('=') ? a.split('=')[1] : args[++i]);
      if (!(v > 0)) {
        err('--max-size needs a positive number of MB\n');
        return 2;
      }
      maxBytes = v * 1048576;
    } else if (a === '-h' || a === '--help') {
      out(`${USAGE}\n`);
      return 0;
    } else inputs.push(a);
  }
  if (!inputs.length) {
    err(`${USAGE}\n`);
    return 2;
  }
  const errors: string[] = [];
  const files = inputs.flatMap((i) => expand(i, errors));
  const records: ReturnType<typeof toRecord>[] = [];
  let csvHeader = true;
  for (const file of files) {
    const read = readArticle(file, maxBytes);
    if ('error' in read) {
      errors.push(`${file}: ${read.error}`);
      continue;
    }
    const analysis = analyze(read.text);
    if (format === 'jsonl') out(JSON.stringify(toRecord(file, analysis)) + '\n');
    else if (format === 'json') records.push(toRecord(file, analysis));
    else if (format === 'md') out(quotesToMarkdown(path.basename(file), quoteRows(file, read.text, analysis)) + '\n');
    else {
      out(quotesToCsv(quoteRows(file, read.text, analysis), csvHeader));
      csvHeader = false;
    }
  }
  if (format === 'json') out(JSON.stringify(records, null, 2) + '\n');
  for (const e of errors) err(`news-lens: ${e}\n`);
  return errors.length ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
