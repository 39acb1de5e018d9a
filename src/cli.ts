#!/usr/bin/env node
/** news-lens annotate [--format jsonl|json|md|csv|brat] [--max-size MB] [--out-dir DIR] [--no-annotations] FILE|DIR…
 *  Prints the analysis of each article. Directories are walked for articles (src/core/reader/
 *  articleGlobs.ts). A file that cannot be read, is binary or is too large (src/core/reader/
 *  inputGate.ts) is reported on stderr; the others are still processed,
 *  and the exit code is 1 if any failed (2 for a bad command line). The reader's annotations in an
 *  article's sidecar file (see src/core/sidecar.ts) are applied unless --no-annotations. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, analyze, applyAnnotations, applyDictionary, PlacedNote, quoteRows, quotesToCsv, quotesToMarkdown, toBrat, toRecord } from './core';
import { classifyPath } from './core/reader/articleGlobs';
import { checkSize, decodeArticle, Decoded, isSkip } from './core/reader/inputGate';
import { readSidecar } from './node/sidecarFile';
import { dictionaryFor, DictionaryRead } from './node/dictionaryFile';
import { commandLine } from './cli/args';
import { importBrat, IMPORT_BRAT_USAGE } from './cli/importBrat';
import { runReport } from './cli/report';

const FORMATS = ['jsonl', 'json', 'md', 'csv', 'brat'] as const;
type Format = (typeof FORMATS)[number];
const LIMIT_HINT = 'raise it with --max-size MB';
const NO_ARTICLES = 'no articles in this directory (.txt, .md and .markdown files, leaving out README, CHANGELOG, LICENSE, CONTRIBUTING and the node_modules, .git, out and dist folders)';
/** Larger files are refused unless --max-size says otherwise. The analysis holds the text, its
 *  tokens and candidates in memory: about 65 bytes per byte of text (a 10 MB file: 0.66 GB and
 *  about 4 s), so 50 MB would come close to Node's default heap limit and could abort the whole run,
 *  costing the other files their results. No news article comes near 20 MB. */
export const DEFAULT_MAX_MB = 20;

const USAGE = `usage: news-lens annotate [--format jsonl|json|md|csv|brat] [--max-size MB] [--out-dir DIR] [--no-annotations]
                         [--explain] [--disable-rules ID,...] FILE|DIR...
       news-lens rules [--json]      the analysis's rules, in their order of precedence
       news-lens import-brat FILE.ann --article FILE.txt    brat standoff into the article's annotations
       news-lens report [--format md|json|csv] [--jobs N] FILE|DIR|-    who gets a voice, over a corpus
  jsonl  one JSON record per file (default): entities with mentions, quotes with speakers
  json   one JSON array of those records
  md     the quotes of each file as Markdown
  csv    the quotes of all files as CSV
  brat   brat standoff (.ann) for one file on stdout; with --out-dir, NAME.txt and NAME.ann per file
  --max-size MB     skip files larger than this (default ${DEFAULT_MAX_MB})
  --out-dir DIR     (brat) write NAME.txt + NAME.ann into DIR, as brat wants them side by side
  --no-annotations  ignore the reader's annotations in sidecar files (.newslens/… or NAME.newslens.json)
  --dictionary FILE the team dictionary to apply (default: .newslens/dictionary.json in the article's
                    folder or the nearest folder above it)
  --no-dictionary   apply no team dictionary
  --explain         (jsonl, json) add "rule" to every mention and "speakerRule" to every quote: the id
                    of the rule that decided it
  --disable-rules   switch rules off by id, to see what they decide
Directories are searched for .txt, .md and .markdown files, leaving out README, CHANGELOG, LICENSE
and CONTRIBUTING files and node_modules, .git, out and dist folders (as the editor does); a file
named on the command line is always read. A file that is not valid UTF-8 is read as Windows-1252,
with a note on stderr. Exit code: 0 when every file was analysed, 1 when some could not be (or a
directory held no article), 2 for a bad command line.`;

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links (a loop?)',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/** "cannot read: permission denied (EACCES)" */
function cannotRead(e: unknown, file?: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  // a dangling symbolic link: "no such file" would puzzle whoever sees the name in a listing
  if (code === 'ENOENT' && file !== undefined && fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) {
    return `cannot read: broken symbolic link to ${safeReadlink(file)}`;
  }
  if (code && REASONS[code]) return `cannot read: ${REASONS[code]} (${code})`;
  return `cannot read: ${code ?? (e as Error).message ?? String(e)}`;
}

function safeReadlink(file: string): string {
  try {
    return fs.readlinkSync(file);
  } catch {
    return 'nowhere';
  }
}

/** The article files an input names: the file itself, or the articles in a directory tree (by
 *  the same include and exclude globs as the editor's defaults, relative to the directory given). */
function expand(input: string, errors: (message: string) => void, seen = new Set<string>(), root = input): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(input);
  } catch (e) {
    errors(`${input}: ${cannotRead(e, input)}`);
    return [];
  }
  if (!stat.isDirectory()) return [input];
  // symbolic links may lead back up the tree: visit each directory once
  let real: string;
  try {
    real = fs.realpathSync(input);
  } catch {
    real = path.resolve(input);
  }
  if (seen.has(real)) return [];
  seen.add(real);
  let names: string[];
  try {
    names = fs.readdirSync(input).sort();
  } catch (e) {
    errors(`${input}: ${cannotRead(e).replace('cannot read', 'cannot list the directory')}`);
    return [];
  }
  const out: string[] = [];
  for (const name of names) {
    const p = path.join(input, name);
    let isDir = false;
    try {
      isDir = fs.statSync(p).isDirectory();
    } catch {
      // a broken link or an entry that vanished: an article name is reported when it is read
    }
    const relative = path.relative(root, p).split(path.sep).join('/');
    if (isDir) {
      if (classifyPath(`${relative}/x.txt`).article) out.push(...expand(p, errors, seen, root));
    } else if (classifyPath(relative).article) out.push(p);
  }
  return out;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function specialKind(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  return 'a special file';
}

/** The article's text as VS Code holds it (by its byte-order mark, else UTF-8, else
 *  Windows-1252; a mark dropped), or why it cannot be analysed: the checks of the input gate
 *  that the editor and workspace mode share. */
export function readArticle(file: string, maxBytes: number, readFile: (file: string) => Buffer = fs.readFileSync): Decoded | { error: string } {
  let buf: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { error: 'is a directory' };
    // a named pipe or a device would block the read or never end: only regular files are articles
    if (!stat.isFile()) return { error: `not a regular file (${specialKind(stat)})` };
    const large = checkSize(stat.size, maxBytes, LIMIT_HINT);
    if (large) return { error: large.message };
    buf = readFile(file);
  } catch (e) {
    return { error: cannotRead(e, file) };
  }
  // a file that grew between stat and read, or a special file that reports no size
  const large = checkSize(buf.length, maxBytes, LIMIT_HINT);
  if (large) return { error: large.message };
  const decoded = decodeArticle(buf);
  return isSkip(decoded) ? { error: decoded.message } : decoded;
}

type Options = { format: Format; maxBytes: number; inputs: string[]; outDir?: string; annotations: boolean; explain: boolean; disabledRules: Set<string>; dictionary?: string; useDictionary: boolean };

/** The options, or the exit code of a bad or help command line. */
function parse(args: string[], out: (s: string) => void, err: (s: string) => void): Options | number {
  const bad = (message: string) => {
    err(`news-lens: ${message}\n${USAGE.split('\n')[0]}\n(news-lens --help for more)\n`);
    return 2;
  };
  let format: Format = 'jsonl';
  let maxBytes = DEFAULT_MAX_MB * 1048576;
  const inputs: string[] = [];
  let outDir: string | undefined;
  let annotations = true;
  let dictionary: string | undefined;
  let useDictionary = true;
  let explain = false;
  const disabledRules = new Set<string>();
  for (const word of commandLine(args)) {
    if ('input' in word) {
      inputs.push(word.input);
      continue;
    }
    const { flag: a, name, value } = word;
    if (name === '--format' || name === '-f') {
      const v = value();
      if (v === undefined) return bad('--format needs a value: jsonl, json, md or csv');
      if (!FORMATS.includes(v as Format)) return bad(`unknown format "${v}"; use one of ${FORMATS.join(', ')}`);
      format = v as Format;
    } else if (name === '--max-size') {
      const v = value();
      const mb = Number(v);
      if (v === undefined || v.trim() === '' || !Number.isFinite(mb) || mb <= 0) return bad(`--max-size needs a positive number of MB${v === undefined ? '' : `, not "${v}"`}`);
      maxBytes = mb * 1048576;
    } else if (name === '--out-dir') {
      outDir = value();
      if (!outDir) return bad('--out-dir needs a folder');
    } else if (a === '--no-annotations') {
      annotations = false;
    } else if (name === '--dictionary') {
      dictionary = value();
      if (!dictionary) return bad('--dictionary needs a file');
    } else if (a === '--no-dictionary') {
      useDictionary = false;
    } else if (a === '--explain') {
      explain = true;
    } else if (name === '--disable-rules') {
      const v = value();
      if (!v) return bad('--disable-rules needs rule ids, separated by commas (news-lens rules lists them)');
      const known = new Set(allRules().map((r) => r.id));
      for (const id of v.split(',').map((x) => x.trim()).filter(Boolean)) {
        if (!known.has(id)) return bad(`unknown rule "${id}" (news-lens rules lists them)`);
        disabledRules.add(id);
      }
    } else if (a === '-h' || a === '--help') {
      out(`${USAGE}\n`);
      return 0;
    } else return bad(`unknown option ${a}`);
  }
  if (!inputs.length) return bad('no files or directories given');
  if (outDir && format !== 'brat') return bad('--out-dir is for --format brat');
  if (explain && format !== 'jsonl' && format !== 'json') return bad('--explain is for --format jsonl or json');
  if (dictionary && !useDictionary) return bad('--dictionary and --no-dictionary together');
  return { format, maxBytes, inputs, outDir, annotations, explain, disabledRules, dictionary, useDictionary };
}

/** The command line. `readFile` reads an article's bytes (tests pass one that fails as a disk or
 *  a permission would). */
export function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s),
  readFile: (file: string) => Buffer = fs.readFileSync): number {
  const args = [...argv];
  const command = args.shift();
  if (command === '-h' || command === '--help' || command === 'help') {
    out(`${USAGE}\n`);
    return 0;
  }
  if (command === 'rules') {
    // the rule tables in their order of precedence (src/core/rules.ts)
    if (args.includes('--json')) out(JSON.stringify(allRules(), null, 2) + '\n');
    else for (const r of allRules()) out(`${r.id}\t${r.description}\n    e.g. ${r.example.replace(/\n+/g, ' ¶ ')}\n`);
    return 0;
  }
  if (command === 'import-brat') {
    if (args.includes('-h') || args.includes('--help')) {
      out(`${IMPORT_BRAT_USAGE}\n`);
      return 0;
    }
    return importBrat(args, out, err);
  }
  if (command !== 'annotate') {
    err(`${command === undefined ? '' : `news-lens: unknown command "${command}"\n`}${USAGE}\n`);
    return 2;
  }
  const options = parse(args, out, err);
  if (typeof options === 'number') return options;
  const { format, maxBytes, inputs, outDir } = options;

  let failures = 0;
  const fail = (message: string) => {
    failures++;
    err(`news-lens: ${message}\n`);
  };
  const files = inputs.flatMap((input) => {
    const found = expand(input, fail);
    // silence and exit 0 would read as "analysed, nothing found"
    if (!found.length && isDirectory(input)) fail(`${input}: ${NO_ARTICLES}`);
    return found;
  });
  if (format === 'brat' && !outDir && files.length > 1) {
    err('news-lens: brat wants one .ann per article: give --out-dir DIR for several files\n');
    return 2;
  }
  if (outDir) fs.mkdirSync(outDir, { recursive: true });
  const attempted = files.length + failures;
  const records: ReturnType<typeof toRecord>[] = [];
  let csvHeader = true;
  // many articles share one dictionary: each file is read, and each problem told, once
  const dictionaries = new Map<string, DictionaryRead>();
  const toldDictionary = new Set<string>();
  if (options.dictionary && !fs.existsSync(options.dictionary)) {
    err(`news-lens: ${options.dictionary}: no such dictionary file\n`);
    return 2;
  }
  for (const file of files) {
    const read = readArticle(file, maxBytes, readFile);
    if ('error' in read) {
      fail(`${file}: ${read.error}`);
      continue;
    }
    if (read.encoding === 'windows-1252') err(`news-lens: note: ${file}: not valid UTF-8; read as Windows-1252\n`);
    let analysis: ReturnType<typeof analyze>;
    try {
      analysis = analyze(read.text, { disabledRules: options.disabledRules });
    } catch (e) {
      // a bug in the analysis must not cost the other files their results
      fail(`${file}: the analysis failed (${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}); please report this`);
      continue;
    }
    let notes: PlacedNote[] = [];
    if (options.useDictionary) {
      // the team dictionary wins over the automatic analysis, the reader's annotations over both
      const dict = dictionaryFor(file, options.dictionary, dictionaries);
      if (dict.error && !toldDictionary.has(dict.file!)) {
        toldDictionary.add(dict.file!);
        err(`news-lens: warning: ${dict.error}\n`);
      }
      analysis = applyDictionary(read.text, analysis, dict.dictionary);
    }
    if (options.annotations) {
      // the reader's corrections win over the automatic analysis, here as in the editor
      const sidecar = readSidecar(file);
      if (sidecar.error) err(`news-lens: warning: ${sidecar.error}\n`);
      if (sidecar.annotations.length) {
        const applied = applyAnnotations(read.text, analysis, sidecar.annotations);
        if (applied.orphaned.length) err(`news-lens: warning: ${file}: ${applied.orphaned.length} annotation(s) no longer match the text and were not applied\n`);
        analysis = { entities: applied.entities, quotes: applied.quotes, scareQuotes: applied.scareQuotes };
        notes = applied.notes;
      }
    }
    if (format === 'brat') {
      const ann = toBrat(read.text, { ...analysis, notes });
      if (!outDir) out(ann);
      else {
        const base = path.join(outDir, path.basename(file).replace(/\.[^.]*$/, ''));
        fs.writeFileSync(`${base}.txt`, read.text);
        fs.writeFileSync(`${base}.ann`, ann);
      }
    } else if (format === 'jsonl') out(JSON.stringify(toRecord(file, analysis, options.explain)) + '\n');
    else if (format === 'json') records.push(toRecord(file, analysis, options.explain));
    else if (format === 'md') out(quotesToMarkdown(path.basename(file), quoteRows(file, read.text, analysis)) + '\n');
    else {
      const rows = quoteRows(file, read.text, analysis);
      if (!rows.length && !csvHeader) continue;
      out(quotesToCsv(rows, csvHeader));
      csvHeader = false;
    }
  }
  if (format === 'json') out(JSON.stringify(records, null, 2) + '\n');
  if (failures && attempted > 1) err(`news-lens: ${failures} of ${attempted} inputs could not be analysed\n`);
  return failures ? 1 : 0;
}

if (require.main === module) {
  // `news-lens annotate … | head`: a closed pipe ends the output quietly
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  if (process.argv[2] === 'report') void runReport(process.argv.slice(3)).then((code) => (process.exitCode = code));
  else process.exitCode = main(process.argv.slice(2));
}
