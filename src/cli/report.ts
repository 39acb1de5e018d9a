/** news-lens report [--format md|json|csv] [--jobs N] [--gender] [--no-annotations] FILE|DIR…|-
 *  Who gets a voice across a corpus: quotes and words per speaker, unnamed sources, unattributed
 *  quotes, named and unnamed sources per article, and quote drift. The analysis is spread over
 *  worker threads; the articles are put back in input order before anything is counted, so the
 *  output is the same for any --jobs. */
import { commandLine } from './args';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_MAX_MB, readArticle } from '../cli';
import { ArticleSources, corpusReport, reportCsv, reportJson, reportMarkdown } from '../core/corpus';
import { bundledGenderNames } from '../core/corpus/genderNames';
import { ReportResult } from './reportJob';
import { Analyzer, inThread, workerPool } from './reportPool';
import { articleFiles, jsonLines } from './reportInputs';
import { Progress } from './progress';

export const REPORT_USAGE = `usage: news-lens report [--format md|json|csv] [--jobs N] [--gender] [--no-annotations] [--max-size MB] FILE|DIR...
       ... | news-lens report [options] [-]     JSON lines {"id": ..., "text": ...} on stdin
  md      the tables as Markdown (default)
  json    {"articles", "quotes", "words", "speakers": [{"name", "kind", "quotes", "words", "share", "articles"}],
           "unnamed": [...], "unattributed", "perArticle", "drift": [...]}
  csv     one table: speakers, unnamed sources, unattributed quotes, then each version of each drifting quote
  --jobs N          analyse on N worker threads (default: the number of cores); the output is the same for any N
  --gender          estimate perceived gender from titles and first names (an estimate from names only)
  --no-annotations  ignore the reader's annotations in sidecar files
  --max-size MB     skip files larger than this (default ${DEFAULT_MAX_MB})
Progress goes to stderr when it is a terminal. Exit code: 0 when every article was analysed, 1 when
some could not be, 2 for a bad command line.`;

const FORMATS = ['md', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

export interface ReportIO {
  out: (s: string) => void;
  err: (s: string) => void;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Whether stderr is a terminal: the progress bar is drawn only there. */
  stderrIsTTY: boolean;
  /** The worker bundle (dist/reportWorker.js beside dist/cli.js). */
  workerFile: string;
  cores: number;
}

interface Options {
  format: Format;
  jobs: number;
  gender: boolean;
  annotations: boolean;
  maxBytes: number;
  inputs: string[];
}

function defaultIO(): ReportIO {
  return {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    stdin: process.stdin,
    stderrIsTTY: !!process.stderr.isTTY,
    workerFile: path.join(__dirname, 'reportWorker.js'),
    cores: os.availableParallelism?.() ?? os.cpus().length,
  };
}

function parse(args: string[], io: ReportIO): Options | number {
  const bad = (message: string) => {
    io.err(`news-lens report: ${message}\n${REPORT_USAGE.split('\n')[0]}\n`);
    return 2;
  };
  const o: Options = { format: 'md', jobs: io.cores, gender: false, annotations: true, maxBytes: DEFAULT_MAX_MB * 1048576, inputs: [] };
  for (const word of commandLine(args)) {
    if ('input' in word) {
      o.inputs.push(word.input);
      continue;
    }
    const { flag: a, name, value } = word;
    if (name === '--format' || name === '-f') {
      const v = value();
      if (!FORMATS.includes(v as Format)) return bad(`--format needs one of ${FORMATS.join(', ')}${v === undefined ? '' : `, not "${v}"`}`);
      o.format = v as Format;
    } else if (name === '--jobs' || name === '-j') {
      const v = value();
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) return bad(`--jobs needs a whole number of threads, 1 or more${v === undefined ? '' : `, not "${v}"`}`);
      o.jobs = n;
    } else if (name === '--max-size') {
      const v = value();
      const mb = Number(v);
      if (v === undefined || !Number.isFinite(mb) || mb <= 0) return bad('--max-size needs a positive number of MB');
      o.maxBytes = mb * 1048576;
    } else if (a === '--gender') o.gender = true;
    else if (a === '--no-annotations') o.annotations = false;
    else if (a === '-h' || a === '--help') {
      io.out(`${REPORT_USAGE}\n`);
      return 0;
    } else return bad(`unknown option ${a}`);
  }
  if (!o.inputs.length) {
    // a pipe into the command is the stdin form; a terminal means the files were forgotten
    if (io.stdin.isTTY) return bad('no files or directories given (or pipe JSON lines into it)');
    o.inputs.push('-');
  }
  return o;
}

/** The `report` command. Resolves to the exit code. */
export async function runReport(argv: string[], io: Partial<ReportIO> = {}): Promise<number> {
  const full: ReportIO = { ...defaultIO(), ...io };
  const options = parse(argv, full);
  if (typeof options === 'number') return options;
  let failures = 0;
  const fail = (message: string) => {
    failures++;
    full.err(`news-lens report: ${message}\n`);
  };
  const files = articleFiles(options.inputs.filter((i) => i !== '-'), fail);
  const fromStdin = options.inputs.includes('-');
  const progress = new Progress(full.stderrIsTTY ? full.err : undefined, fromStdin ? undefined : files.length);

  const results: ReportResult[] = [];
  const done = (r: ReportResult) => {
    results.push(r);
    progress.tick();
  };
  let analyzer: Analyzer = inThread(options.annotations, done);
  if (options.jobs > 1) {
    if (fs.existsSync(full.workerFile)) analyzer = workerPool(full.workerFile, options.jobs, options.annotations, done);
    else full.err(`news-lens report: warning: no worker bundle at ${full.workerFile}; analysing in one thread\n`);
  }

  let index = 0;
  for (const file of files) {
    const read = readArticle(file, options.maxBytes);
    if ('error' in read) fail(`${file}: ${read.error}`);
    else await analyzer.push({ index: index++, id: file, text: read.text, file });
  }
  if (fromStdin) {
    for await (const line of jsonLines(full.stdin)) {
      if ('error' in line) fail(line.error);
      else await analyzer.push({ index: index++, id: line.id, text: line.text });
    }
  }
  await analyzer.finish();
  progress.end();

  // input order, whatever order the workers finished in
  results.sort((a, b) => a.index - b.index);
  const articles: ArticleSources[] = [];
  for (const r of results) {
    for (const w of r.warnings) full.err(`news-lens report: warning: ${w}\n`);
    if (r.error) fail(r.error);
    else articles.push(r.sources!);
  }
  const report = corpusReport(articles, options.gender ? { genderNames: bundledGenderNames() } : {});
  if (options.format === 'json') full.out(JSON.stringify(reportJson(report), null, 2) + '\n');
  else if (options.format === 'csv') full.out(reportCsv(report));
  else full.out(reportMarkdown(report));
  return failures ? 1 : 0;
}
