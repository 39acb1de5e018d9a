// Mocha reporter: mocha's own `spec` output, plus a JSON summary
// {passes, failures, pending, tests, failed:[{title, error}]} written to the file named by env
// NEWS_LENS_SUMMARY_FILE when the run ends (scripts/test-all.mjs adds up the counts from it).
// Use: mocha --reporter ./test/runners/mocha-summary-reporter.js ...
'use strict';
const fs = require('node:fs');
const Mocha = require('mocha');

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const failed = [];
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (test, err) => {
      failed.push({ title: test.fullTitle(), error: String((err && err.message) || err) });
    });
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const file = process.env.NEWS_LENS_SUMMARY_FILE;
      if (!file) return;
      const s = runner.stats || {};
      fs.writeFileSync(file, JSON.stringify({
        passes: s.passes || 0, failures: s.failures || 0, pending: s.pending || 0, tests: s.tests || 0,
        failed, durationMs: s.duration,
      }, null, 2));
    });
  }
}

module.exports = SummaryReporter;
