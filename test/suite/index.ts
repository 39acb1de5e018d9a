// Extension-host test entry (extensionTestsPath). Same contract as @vscode/test-electron:
// `run(): Promise<void>`, resolved when every test passed, rejected otherwise (the host then
// exits with code 1). esbuild compiles this file to out/test/suite/index.js (CommonJS, `mocha`
// external), so it loads every compiled suite file under out/test/suite/**/*.test.js.
//
// It makes no assumption about which VS Code runs it: a downloaded VS Code under
// @vscode/test-electron, or code-server driven by test/runners/run-ext-tests.js.
//
// Output: one line per test ("  ✓ title (12 ms)", "  ✗ title: message", "  - title (pending)"),
// then "MOCHA-SUMMARY {json}". When env EXT_TEST_RESULTS names a file, the summary
// {passes, failures, pending, tests, failed:[{title, error}]} is written there as JSON.
import * as fs from 'fs';
import * as path from 'path';

// `require` rather than `import`: works whatever module/esModuleInterop settings tsconfig has.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MochaCtor: typeof import('mocha') = require('mocha');

interface FailedTest {
  title: string;
  error: string;
}

export interface SuiteSummary {
  passes: number;
  failures: number;
  pending: number;
  tests: number;
  failed: FailedTest[];
  durationMs: number;
}

function findTestFiles(dir: string): string[] {
  const out: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...findTestFiles(p));
    else if (e.isFile() && e.name.endsWith('.test.js')) out.push(p);
  }
  return out.sort();
}

function log(line: string): void {
  // console.log reaches test-electron's stdout and, in code-server, the workbench's console
  // (forwarded from the extension host in extension-development mode).
  console.log(line);
}

export function run(): Promise<void> {
  const timeout = Number(process.env.NEWS_LENS_TEST_TIMEOUT_MS) || 60000;
  const mocha = new MochaCtor({ ui: 'bdd', color: false, timeout, reporter: MochaCtor.reporters.Base });
  const grep = process.env.NEWS_LENS_TEST_GREP;
  if (grep) mocha.grep(grep);

  const files = findTestFiles(__dirname);
  for (const f of files) mocha.addFile(f);
  log(`News Lens extension-host tests: ${files.length} file(s) in ${__dirname}`);

  return new Promise<void>((resolve, reject) => {
    const failed: FailedTest[] = [];
    const t0 = Date.now();
    let runner: Mocha.Runner;
    try {
      runner = mocha.run((failures) => {
        const s = runner.stats ?? { passes: 0, failures, pending: 0, tests: 0 };
        const summary: SuiteSummary = {
          passes: s.passes,
          failures: s.failures,
          pending: s.pending,
          tests: s.tests,
          failed,
          durationMs: Date.now() - t0,
        };
        log(`MOCHA-SUMMARY ${JSON.stringify(summary)}`);
        const skipped = summary.pending ? `, ${summary.pending} skipped` : '';
        log(`extension host: ${summary.passes} passed, ${summary.failures} failed${skipped}`);
        const out = process.env.EXT_TEST_RESULTS;
        if (out) {
          try {
            fs.mkdirSync(path.dirname(out), { recursive: true });
            fs.writeFileSync(out, JSON.stringify(summary, null, 2));
          } catch (e) {
            log(`could not write ${out}: ${String(e)}`);
          }
        }
        if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
        else if (summary.tests === 0) reject(new Error('no extension-host test ran (no out/test/suite/**/*.test.js?)'));
        else resolve();
      });
    } catch (e) {
      // e.g. a test file that throws while loading
      log(`  ✗ loading the test files: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      const out = process.env.EXT_TEST_RESULTS;
      if (out) {
        const summary: SuiteSummary = { passes: 0, failures: 1, pending: 0, tests: 0, durationMs: 0,
          failed: [{ title: 'loading the test files', error: String(e) }] };
        try { fs.writeFileSync(out, JSON.stringify(summary, null, 2)); } catch { /* reported above */ }
      }
      reject(e);
      return;
    }
    runner.on('pass', (t) => log(`  ✓ ${t.fullTitle()} (${t.duration ?? 0} ms)`));
    runner.on('pending', (t) => log(`  - ${t.fullTitle()} (pending)`));
    runner.on('fail', (t, err: unknown) => {
      const e = err as { message?: string; stack?: string } | undefined;
      const message = e?.message ?? String(err);
      failed.push({ title: t.fullTitle(), error: message });
      log(`  ✗ ${t.fullTitle()}: ${message}`);
      if (e?.stack) log(e.stack.split('\n').slice(1, 6).map((l) => `      ${l.trim()}`).join('\n'));
    });
  });
}
