// Web extension-host test entry (extensionTestsPath for VS Code's webworker extension host).
// Bundled by scripts/build-web.mjs into out/web-test/index.js with mocha's BROWSER build inside
// (the webworker has no `require`, no file system: nothing is loaded at run time).
//
// Contract as for test/suite/index.ts: `run(): Promise<void>`, resolved when every test passed.
// Output (console, forwarded to the workbench): "News Lens web extension-host tests: …", one line
// per test ("  ✓ title (12 ms)", "  ✗ title: message"), then "WEB-MOCHA-SUMMARY {json}".
// The same JSON is written to <workspace folder>/.news-lens-web-results.json when there is a
// writable workspace folder (the runner reads it; the console is a second channel).
import 'mocha/mocha.js';
import * as vscode from 'vscode';
import { defineWebTests } from './extension.web.test';

interface Summary {
  passes: number;
  failures: number;
  pending: number;
  tests: number;
  failed: { title: string; error: string }[];
  durationMs: number;
}

export const RESULTS_FILE = '.news-lens-web-results.json';

async function writeResults(summary: Summary): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return;
  try {
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder.uri, RESULTS_FILE), new TextEncoder().encode(JSON.stringify(summary, null, 2)));
  } catch (e) {
    console.log(`could not write ${RESULTS_FILE}: ${String(e)}`);
  }
}

export function run(): Promise<void> {
  // the browser build of mocha defines the globals `mocha` and `Mocha`
  mocha.setup({ ui: 'bdd', color: false, timeout: 60000, reporter: Mocha.reporters.Base as unknown as Mocha.ReporterConstructor });
  defineWebTests();
  console.log('News Lens web extension-host tests: starting');
  return new Promise<void>((resolve, reject) => {
    const failed: Summary['failed'] = [];
    const t0 = Date.now();
    const runner = mocha.run((failures) => {
      const s = runner.stats ?? { passes: 0, failures, pending: 0, tests: 0 };
      const summary: Summary = { passes: s.passes, failures: s.failures, pending: s.pending, tests: s.tests, failed, durationMs: Date.now() - t0 };
      console.log(`WEB-MOCHA-SUMMARY ${JSON.stringify(summary)}`);
      void writeResults(summary).then(() => {
        if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
        else if (summary.tests === 0) reject(new Error('no web extension-host test ran'));
        else resolve();
      });
    });
    runner.on('pass', (t) => console.log(`  ✓ ${t.fullTitle()} (${t.duration ?? 0} ms)`));
    runner.on('pending', (t) => console.log(`  - ${t.fullTitle()} (pending)`));
    runner.on('fail', (t, err: unknown) => {
      const e = err as { message?: string; stack?: string } | undefined;
      const message = e?.message ?? String(err);
      failed.push({ title: t.fullTitle(), error: message });
      console.log(`  ✗ ${t.fullTitle()}: ${message}`);
      if (e?.stack) console.log(e.stack.split('\n').slice(1, 6).map((l) => `      ${l.trim()}`).join('\n'));
    });
  });
}
