/** What the analysis worker does with one request: the same core as the CLI. */
import { analyze, applyAnnotations, applyDictionary } from '../core';
import { AnalyzeRequest, AnalyzeResponse, ResultPart, splitResponse, WorkerMessage, WorkerRequest } from './protocol';
import { highlightSpans } from './spans';

export function handleRequest(req: AnalyzeRequest): AnalyzeResponse {
  const started = Date.now();
  try {
    const automatic = analyze(req.text);
    // applying nothing would only copy the analysis: the host builds the annotated view itself
    // the team dictionary wins over the analysis, the reader's annotations over both
    const corrected = req.dictionary?.entries.length ? applyDictionary(req.text, automatic, req.dictionary) : automatic;
    const annotated = req.annotations.length || corrected !== automatic ? applyAnnotations(req.text, corrected, req.annotations) : undefined;
    const spans = highlightSpans(annotated ?? automatic);
    return { type: 'result', id: req.id, ok: true, automatic, annotated, spans, millis: Date.now() - started, parts: 0 };
  } catch (e) {
    // the core is fuzz-tested, but a reading tool must never take the editor down with it
    return { type: 'result', id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The worker's side of the conversation: answers requests, and holds the parts of large results
 *  until the host asks for them. */
export function workerSession(post: (m: WorkerMessage) => void): (req: WorkerRequest) => void {
  const waiting = new Map<number, ResultPart[]>();
  const incoming = new Map<number, { req: AnalyzeRequest; pieces: string[] }>();
  const analyse = (req: AnalyzeRequest) => {
    const response = handleRequest(req);
    if (response.ok) {
      const parts = splitResponse(response);
      if (parts.length) waiting.set(req.id, parts);
    }
    post(response);
  };
  return (req) => {
    if (req.type === 'text') {
      const long = incoming.get(req.id);
      if (!long) return;
      long.pieces.push(req.text);
      if (long.pieces.length < (long.req.textParts ?? 1)) return;
      incoming.delete(req.id);
      analyse({ ...long.req, text: long.pieces.join('') });
      return;
    }
    if (req.type === 'next') {
      const parts = waiting.get(req.id);
      const part = parts?.shift();
      if (parts && !parts.length) waiting.delete(req.id);
      if (part) post(part);
      return;
    }
    if ((req.textParts ?? 1) > 1) incoming.set(req.id, { req, pieces: [req.text] });
    else analyse(req);
  };
}
