/** The analysis in a worker: the client's queue, parts and fallback (src/editor/analysisClient.ts),
 *  the service's async API in the real extension host (hovers that wait without blocking,
 *  cancellation by a newer edit or by closing), and workspace mode in the worker (cancellable,
 *  one analysis per changed file). Nothing here is timed: the tests look at events and counts. */
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { analyze } from '../../src/core';
import { AnalysisClient, SpawnWorker } from '../../src/editor/analysisClient';
import { NewsLensHoverProvider } from '../../src/editor/hover';
import { nodeWorkerSpawner } from '../../src/editor/spawnWorker';
import { ArticleFiles, WorkspaceAnalyser } from '../../src/editor/workspaceAnalyser';
import { annotatedOf, PART_ITEMS, TEXT_PART_CHARS } from '../../src/worker/protocol';
import { highlightSpans, nearestSpans, SPAN_LAYERS, SPAN_WIDTH } from '../../src/worker/spans';
import { api, SEED_000, seedUri, waitFor } from './helpers';

const WORKER_BUNDLE = path.resolve(__dirname, '../../../dist/worker.js');
const QUOTE = (i: number) => `"We will meet again on day ${i}," Maria Lindqvist said.`;

/** A made-up article with `n` attributed quotes, one per paragraph. */
const manyQuotes = (n: number) => Array.from({ length: n }, (_, i) => QUOTE(i)).join('\n\n');

/** A seed article repeated to about `mb` megabytes, written to a file (its analysis takes a while). */
async function bigArticle(mb: number): Promise<vscode.Uri> {
  const seed = (await vscode.workspace.openTextDocument(seedUri(SEED_000))).getText();
  const content = Array.from({ length: Math.ceil((mb * 1048576) / seed.length) }, () => seed).join('\n\n');
  const file = vscode.Uri.file(path.join(os.tmpdir(), `news-lens-worker-${process.pid}-${Math.random().toString(36).slice(2)}.txt`));
  await vscode.workspace.fs.writeFile(file, Buffer.from(content));
  return file;
}

describe('The analysis worker client', function () {
  let client: AnalysisClient;
  afterEach(() => client?.dispose());

  it('gives the same analysis as the core, also when the result and the text come in parts', async function () {
    client = new AnalysisClient(nodeWorkerSpawner(WORKER_BUNDLE));
    const text = manyQuotes(PART_ITEMS + 200) + '\n\n' + 'x'.repeat(TEXT_PART_CHARS);
    const answer = await client.analyze(text).result;
    assert.ok(answer?.ok, 'analysed');
    if (!answer.ok) return;
    assert.equal(answer.parts, 0, 'every part arrived');
    const want = analyze(text);
    assert.ok(want.quotes.length > PART_ITEMS, 'the quotes filled more than one part');
    assert.deepEqual(answer.automatic, want);
    assert.deepEqual(annotatedOf(answer).quotes, want.quotes);
    assert.equal(client.stats.workersStarted, 1);
  });

  it('drops a queued job that is cancelled, and ends the worker for a running one', async function () {
    client = new AnalysisClient(nodeWorkerSpawner(WORKER_BUNDLE));
    const running = client.analyze(manyQuotes(3000));
    const queued = client.analyze('Anna Berg visited Austria.');
    queued.cancel();
    assert.equal(await queued.result, undefined);
    assert.equal(client.stats.posted, 1, 'the queued job never reached the worker');
    running.cancel();
    assert.equal(await running.result, undefined);
    const after = await client.analyze('Anna Berg visited Austria.').result;
    assert.ok(after?.ok);
    assert.equal(client.stats.workersStarted, 2, 'a new worker for the next job');
    assert.equal(client.stats.cancelled, 2);
  });

  it('analyses on its own thread when no worker can start', async function () {
    const noWorkers: SpawnWorker = () => { throw new Error('no workers here'); };
    client = new AnalysisClient(noWorkers);
    const answer = await client.analyze('"We agree," Anna Berg said.').result;
    assert.ok(answer?.ok);
    assert.equal(client.fallbackReason, 'no workers here');
    // a worker that fails before its first answer (a missing bundle) also falls back
    client.dispose();
    client = new AnalysisClient(nodeWorkerSpawner(path.join(os.tmpdir(), 'no-such-news-lens-worker.js')));
    const second = await client.analyze('"We agree," Anna Berg said.').result;
    assert.ok(second?.ok);
    assert.ok(client.fallbackReason);
  });
});

describe('The highlight table', function () {
  it('holds every mention, quote and speaker, sorted, and yields the spans nearest the view', function () {
    const text = manyQuotes(40) + '\n\nMaria Lindqvist flew to Norway and then to Sweden.';
    const a = analyze(text);
    const table = highlightSpans(a);
    const want = a.entities.reduce((n, e) => n + e.mentions.length, 0) + a.quotes.length + a.quotes.filter((q) => q.speakerMention).length;
    assert.equal(table.length / SPAN_WIDTH, want);
    for (let i = 1; i < want; i++) assert.ok(table[i * SPAN_WIDTH] >= table[(i - 1) * SPAN_WIDTH], 'sorted by start');
    const quoteLayer = SPAN_LAYERS.indexOf('quote');
    const onlyQuotes = SPAN_LAYERS.map((_, i) => i === quoteLayer);
    for (const offset of [0, Math.floor(text.length / 2), text.length]) {
      const { picked, total } = nearestSpans(table, onlyQuotes, offset, 7);
      assert.equal(total, a.quotes.length);
      assert.equal(picked.length, 7);
      assert.ok(picked.every((i) => table[i * SPAN_WIDTH + 2] === quoteLayer), 'only the wanted layer');
      const distance = (start: number) => Math.abs(start - offset);
      const nearest = a.quotes.map((q) => distance(q.start)).sort((x, y) => x - y).slice(0, 7);
      assert.deepEqual(picked.map((i) => distance(table[i * SPAN_WIDTH])).sort((x, y) => x - y), nearest);
    }
  });
});

describe('Workspace analysis in the worker', function () {
  const files = (texts: Map<string, string>, mtimes: Map<string, number>): ArticleFiles => ({
    stat: async (key) => ({ mtime: mtimes.get(key) ?? 1, size: texts.get(key)!.length }),
    text: async (key) => texts.get(key)!,
    annotations: async () => [],
  });

  it('analyses new and changed files only, and stops when cancelled', async function () {
    const client = new AnalysisClient(nodeWorkerSpawner(WORKER_BUNDLE), 2);
    try {
      const texts = new Map(Array.from({ length: 12 }, (_, i) => [`a${i}.txt`, `${QUOTE(i)}\n\nMaria Lindqvist left for Norway.`]));
      const mtimes = new Map<string, number>();
      const analyser = new WorkspaceAnalyser(client, files(texts, mtimes), () => 1048576);
      assert.equal(await analyser.update([...texts.keys()]), true);
      assert.equal(analyser.size, 12);
      assert.equal(analyser.analysed, 12);
      mtimes.set('a3.txt', 2);
      texts.set('a3.txt', 'Nothing to see.');
      await analyser.update([...texts.keys()]);
      assert.equal(analyser.analysed, 13, 'one changed file, one analysis');
      assert.equal(analyser.results().find((r) => r.key === 'a3.txt')!.analysis.quotes.length, 0);
      // cancelled after the first file: the rest is not analysed
      for (const k of texts.keys()) mtimes.set(k, 3);
      let done = 0;
      const complete = await analyser.update([...texts.keys()], { isCancelled: () => done >= 1, onProgress: (d) => { done = d; } });
      assert.equal(complete, false);
      assert.ok(analyser.analysed < 13 + 12, `${analyser.analysed - 13} of 12 analysed after the cancel`);
    } finally {
      client.dispose();
    }
  });
});

describe('The editor never waits for the analysis', function () {
  this.timeout(180000);
  const created: vscode.Uri[] = [];

  afterEach(async function () {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const f of created.splice(0)) await vscode.workspace.fs.delete(f).then(undefined, () => undefined);
  });

  it('answers a hover during a long analysis without blocking the extension host', async function () {
    const file = await bigArticle(3);
    created.push(file);
    const { service } = await api();
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    const doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc);
    await waitFor('the analysis to start', () => service.isPending(doc));
    const at = doc.positionAt(doc.getText().indexOf('We can') + 3);
    const hover = vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    // a timer of this extension host runs while the analysis is still going: nothing blocks it
    await new Promise((r) => setTimeout(r, 0));
    assert.ok(service.isPending(doc), 'the analysis is still running');
    // a hover whose request is cancelled returns at once, with nothing
    const cancelled = new vscode.CancellationTokenSource();
    const direct = new NewsLensHoverProvider(service).provideHover(doc, at, cancelled.token);
    cancelled.cancel();
    assert.equal(await direct, undefined);
    assert.ok(service.isPending(doc), 'cancelling the hover left the analysis running');
    const hovers = await hover;
    const md = hovers.flatMap((h) => h.contents.map((c) => (c as vscode.MarkdownString).value ?? String(c))).join('\n');
    assert.match(md, /Quote/);
    assert.ok(service.peek(doc), 'the hover waited for this version\'s analysis');
    assert.equal(service.client.fallbackReason, undefined, 'the analysis ran in a worker_threads worker');
    // what the whole host went through (every extension in it, the drawing of the result included):
    // a figure to read, not a bound, since the machine may be loaded
    await waitFor('decorations drawn', async () => { await new Promise((r) => setTimeout(r, 200)); return (await api()).decorations.drawn.get(vscode.window.activeTextEditor!); });
    delay.disable();
    console.log(`    extension host while a ${(doc.getText().length / 1048576).toFixed(1)} MB article was opened, analysed, hovered and drawn: max event-loop delay ${(delay.max / 1e6).toFixed(0)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms`);
  });

  it('cancels the analysis in flight when the article is edited, and publishes only the newest version', async function () {
    const file = await bigArticle(2);
    created.push(file);
    const { service } = await api();
    const doc = await vscode.workspace.openTextDocument(file);
    const editor = await vscode.window.showTextDocument(doc);
    const published: number[] = [];
    const listener = service.onDidAnalyze((a) => { if (a.uri.toString() === doc.uri.toString()) published.push(a.version); });
    try {
      await waitFor('the analysis to start', () => service.isPending(doc));
      const cancelledBefore = service.cancelledRuns;
      const workerCancels = service.client.stats.cancelled;
      const firstVersion = doc.version;
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), '"Hello," Anna Berg said.\n\n'));
      await waitFor('the older run cancelled', () => service.cancelledRuns > cancelledBefore);
      assert.ok(service.client.stats.cancelled > workerCancels, 'the worker job was dropped');
      const result = await service.get(doc);
      assert.equal(result?.version, doc.version);
      assert.ok(!published.includes(firstVersion), `published versions ${published.join(', ')}`);
      assert.ok(result!.analysis.quotes.some((q) => q.text.includes('Hello')));
    } finally {
      listener.dispose();
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('cancels the analysis of a document that is closed', async function () {
    const file = await bigArticle(4);
    created.push(file);
    const { service } = await api();
    // an untitled document: reverting and closing it disposes it at once (a file's may linger)
    const content = (await vscode.workspace.openTextDocument(file)).getText();
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
    await vscode.window.showTextDocument(doc);
    await waitFor('the analysis to start', () => service.isPending(doc));
    const before = service.cancelledRuns;
    let published = 0;
    const listener = service.onDidAnalyze((a) => { if (a.uri.toString() === doc.uri.toString()) published++; });
    try {
      // reverting is an edit (it cancels the first run and requests one more), closing ends the last
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await waitFor('the document closed', () => doc.isClosed);
      assert.equal(service.isPending(doc), false, 'nothing left running');
      assert.ok(service.cancelledRuns > before, 'the run was cancelled');
      assert.equal(published, 0, 'no result published for the closed document');
      assert.equal(service.latest(doc.uri), undefined, 'nothing kept for a closed document');
    } finally {
      listener.dispose();
    }
  });

  it('keeps workspace mode up to date from the file watcher: one changed file, one analysis', async function () {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) this.skip(); // needs a workspace folder (the runner opens a copy of seeds/)
    const { index } = await api();
    const file = vscode.Uri.joinPath(folder!.uri, 'watched-article.txt');
    created.push(file);
    await vscode.commands.executeCommand('newsLens.showWorkspace');
    try {
      const before = index.analysed;
      await vscode.workspace.fs.writeFile(file, Buffer.from('"We start today," Maria Lindqvist said.'));
      const has = (words: string) => index.results().find((r) => r.uri.toString() === file.toString())?.text.includes(words);
      await waitFor('the new article in the index', () => has('start today'));
      assert.equal(index.analysed, before + 1, 'one new file, one analysis');
      await vscode.workspace.fs.writeFile(file, Buffer.from('"We end today," Maria Lindqvist said.'));
      await waitFor('the changed article in the index', () => has('end today'));
      assert.equal(index.analysed, before + 2, 'one changed file, one analysis');
      await vscode.workspace.fs.delete(file);
      await waitFor('the deleted article gone', () => !index.results().some((r) => r.uri.toString() === file.toString()));
    } finally {
      await vscode.commands.executeCommand('newsLens.showActiveArticle');
    }
  });
});
