/** The work behind workspace mode, without VS Code: analyses many articles in the worker, keeps
 *  each result by file and modification time, and re-analyses only files that changed. The
 *  extension (WorkspaceIndex) and `npm run bench:workspace` both index through this class. */
import type { AnnotatedAnalysis, Dictionary, UserAnnotation } from '../core';
import { annotatedOf } from '../worker/protocol';
import { AnalysisClient, AnalysisJob } from './analysisClient';

/** How the analyser reaches articles; keys are whatever names the caller gives files (URIs here). */
/** A file the input gate turned away (binary, too large, unreadable): its message says why. */
export class SkippedFile extends Error {}

export interface ArticleFiles {
  /** `mtime` changes whenever the text does (an open, edited document gives its own number). */
  stat(key: string): Promise<{ mtime: number; size: number }>;
  text(key: string): Promise<string>;
  annotations(key: string): Promise<readonly UserAnnotation[]>;
  /** The team dictionary that applies to the file, if any. */
  dictionary?(key: string): Dictionary | undefined;
}

export interface IndexedArticle {
  key: string;
  text: string;
  analysis: AnnotatedAnalysis;
  mtime: number;
}

export interface UpdateOptions {
  isCancelled?: () => boolean;
  onProgress?: (done: number, total: number) => void;
}

/** Files read and handed to the worker ahead of the one it analyses, so that it never waits. */
const READ_AHEAD = 4;

export class WorkspaceAnalyser {
  private readonly articles = new Map<string, IndexedArticle>();
  /** Files left out, with the reason (too large, unreadable, failed). */
  readonly skipped = new Map<string, string>();
  private readonly jobs = new Set<AnalysisJob>();
  /** How many files were handed to the worker, for tests and diagnostics. */
  analysed = 0;

  constructor(private readonly client: AnalysisClient, private readonly files: ArticleFiles, private readonly maxBytes: () => number) {}

  results(): IndexedArticle[] {
    return [...this.articles.values()];
  }

  get size(): number {
    return this.articles.size;
  }

  /** Brings the index to exactly these files: new and changed ones are analysed, others dropped.
   *  Returns false when cancelled (what was analysed by then is kept). */
  async update(keys: readonly string[], options: UpdateOptions = {}): Promise<boolean> {
    const cancelled = options.isCancelled ?? (() => false);
    const wanted = new Set(keys);
    for (const key of [...this.articles.keys()]) if (!wanted.has(key)) this.articles.delete(key);
    for (const key of [...this.skipped.keys()]) if (!wanted.has(key)) this.skipped.delete(key);
    let next = 0;
    let done = 0;
    const lane = async () => {
      while (next < keys.length && !cancelled()) {
        await this.updateOne(keys[next++]);
        options.onProgress?.(++done, keys.length);
      }
    };
    await Promise.all(Array.from({ length: READ_AHEAD }, lane));
    return !cancelled();
  }

  /** Analyses one file again if it changed (a file watcher's event). Calls for one file run one
   *  after the other: a create and a change event of one save would otherwise analyse it twice. */
  async updateOne(key: string): Promise<void> {
    for (let running = this.inFlight.get(key); running; running = this.inFlight.get(key)) await running;
    const run = this.analyseIfChanged(key).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, run);
    return run;
  }
  private readonly inFlight = new Map<string, Promise<void>>();

  private async analyseIfChanged(key: string): Promise<void> {
    try {
      const { mtime, size } = await this.files.stat(key);
      if (this.articles.get(key)?.mtime === mtime) return;
      if (size > this.maxBytes()) {
        this.articles.delete(key);
        this.skipped.set(key, `too large to analyse (${formatBytes(size)}; the limit is ${formatBytes(this.maxBytes())}, setting newsLens.maxFileSizeKB)`);
        return;
      }
      const [text, annotations] = await Promise.all([this.files.text(key), this.files.annotations(key)]);
      const job = this.client.analyze(text, annotations, this.files.dictionary?.(key));
      this.analysed++;
      this.jobs.add(job);
      const answer = await job.result.finally(() => this.jobs.delete(job));
      if (!answer) return; // cancelled
      if (!answer.ok) {
        this.articles.delete(key);
        this.skipped.set(key, `could not be analysed: ${answer.error}`);
        return;
      }
      this.articles.set(key, { key, text, analysis: annotatedOf(answer), mtime });
      this.skipped.delete(key);
    } catch (e) {
      this.articles.delete(key);
      this.skipped.set(key, e instanceof SkippedFile ? e.message : `could not be read: ${(e as Error).message}`);
    }
  }

  remove(key: string): void {
    this.articles.delete(key);
    this.skipped.delete(key);
  }

  /** Forgets every result (the team dictionary changed). */
  forgetAll(): void {
    this.articles.clear();
  }

  /** Forgets a file's result, so that the next update analyses it again. */
  forget(key: string): void {
    this.articles.delete(key);
  }

  /** Stops the analyses handed to the worker. */
  cancel(): void {
    for (const job of [...this.jobs]) job.cancel();
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}
