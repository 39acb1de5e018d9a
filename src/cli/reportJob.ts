/** One article of the corpus report, analysed: the same function runs in the main thread
 *  (--jobs 1) and in each worker, so the output cannot depend on the number of jobs. */
import { analyze, applyAnnotations } from '../core';
import { articleSources, ArticleSources } from '../core/corpus';
import { readSidecar } from '../node/sidecarFile';

export interface ReportJob {
  /** Position in the input: results are put back in this order. */
  index: number;
  /** The file path, or the "id" of a JSON line. */
  id: string;
  text: string;
  /** The article's file, whose sidecar annotations apply (none for stdin). */
  file?: string;
}

export interface ReportResult {
  index: number;
  sources?: ArticleSources;
  error?: string;
  warnings: string[];
}

export function runJob(job: ReportJob, annotations: boolean): ReportResult {
  const warnings: string[] = [];
  try {
    let analysis = analyze(job.text);
    if (annotations && job.file !== undefined) {
      // the reader's corrections win over the automatic analysis, as in `annotate` and the editor
      const sidecar = readSidecar(job.file);
      if (sidecar.error) warnings.push(sidecar.error);
      if (sidecar.annotations.length) {
        const applied = applyAnnotations(job.text, analysis, sidecar.annotations);
        if (applied.orphaned.length) warnings.push(`${job.id}: ${applied.orphaned.length} annotation(s) no longer match the text and were not applied`);
        analysis = { entities: applied.entities, quotes: applied.quotes, scareQuotes: applied.scareQuotes };
      }
    }
    return { index: job.index, sources: articleSources(job.id, analysis, job.text), warnings };
  } catch (e) {
    // a bug in the analysis must not cost the other articles their results
    return { index: job.index, error: `${job.id}: the analysis failed (${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}); please report this`, warnings };
  }
}
