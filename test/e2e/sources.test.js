// The Sources view (issue 15) in the workbench: code-server driven in Chromium, the packaged
// .vsix installed. On the seeds plus two articles with a drifting quote (invented words), it checks
// the panel's DOM (tables, chart bars, the drift group, the gender note when the setting is on), a
// click on a speaker's quote that opens its article, and takes screenshots in the light and the
// dark theme (.run/screenshots/10-sources-light.png, 11-sources-dark.png).
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('../runners/harness');
const { packageVsix, runCommand: palette } = require('./workbench');

const SHOTS = path.join(h.RUN_ROOT, 'screenshots');
const LONG = 60000;

describe('The Sources view in the VS Code workbench (code-server + Chromium)', function () {
  this.timeout(LONG * 4);
  let run;
  let cs;
  let br;
  let page;
  let ok = false;
  let failed = false;

  before(async function () {
    this.timeout(LONG * 8);
    h.assertToolsInstalled();
    fs.mkdirSync(SHOTS, { recursive: true });
    const vsix = packageVsix();
    run = h.createRun('sources', { workspace: true, settings: { 'newsLens.sources.estimateGender': true, 'workbench.colorTheme': 'Default Light Modern' } });
    fs.writeFileSync(path.join(run.ws, 'drift-a.txt'), 'The ferry will run all winter, the council said.\n\n"We will keep the night ferry running through the winter, whatever the fuel costs," said Ada Okafor.\n\n"Nobody asked the islanders," an official said.\n');
    fs.writeFileSync(path.join(run.ws, 'drift-b.txt'), 'Islanders were relieved.\n\n"We will keep the night ferry running through the winter," said Tomas Brennick, the harbour master.\n');
    run.useTmpForThisProcess();
    h.installVsix(run, vsix);
    cs = await h.startCodeServer(run, { port: 0 });
    br = await h.launchChromium(run, { colorScheme: 'light' });
    page = br.page;
    page.setDefaultTimeout(LONG);
    await page.goto(h.workbenchUrl(cs, run.ws));
    await page.locator('.monaco-workbench').waitFor({ timeout: LONG * 2 });
    await page.locator('.activitybar a.action-label[aria-label^="News Lens"]').waitFor({ timeout: LONG * 2 });
  });

  afterEach(function () {
    if (this.currentTest && this.currentTest.state === 'failed') failed = true;
  });

  after(async function () {
    this.timeout(LONG);
    ok = ok && !failed;
    if (page && !ok) await page.screenshot({ path: path.join(SHOTS, 'sources-failure.png') }).catch(() => {});
    if (br) await br.close();
    if (cs) await cs.stop();
    if (run) run.cleanup(ok);
  });

  const runCommand = (title) => palette(page, title);
  /** The webview frame that holds `selector` (the panel renders in a nested iframe). */
  async function frameWith(selector) {
    for (const end = Date.now() + LONG; Date.now() < end;) {
      for (const f of page.frames()) if (await f.locator(selector).count().catch(() => 0)) return f;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no frame shows ${selector}`);
  }

  it('shows who gets a voice over the workspace: tables, charts, drift and the gender note, in the light and the dark theme', async () => {
    await page.keyboard.press('Control+p');
    await page.locator('.quick-input-widget input').fill('000_cd49');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-lines').first().waitFor();
    await runCommand('News Lens: Show Sources of All Articles in the Workspace');
    const f = await frameWith('#drift .drift-group');
    assert.ok(await f.locator('table.speakers tr.speaker').count() >= 5, 'the seeds and the drift articles name several speakers');
    assert.ok(await f.locator('table.unnamed').count() === 1, 'a table of unnamed sources');
    assert.ok(await f.locator('svg rect').count() > 0, 'chart bars');
    assert.equal(await f.locator('.drift-group').count() >= 1, true, 'the drifting quote');
    assert.match(await f.locator('.drift-group').first().innerText(), /night ferry/);
    assert.match(await f.locator('p.note').innerText(), /estimate from names/);
    await page.screenshot({ path: path.join(SHOTS, '10-sources-light.png') });
    // the reader switches to a dark theme: the panel follows it
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>Color Theme');
    const selectTheme = page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: /^Preferences: Color Theme$/ }) }).first();
    await selectTheme.click();
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Dark Modern' }).first().waitFor();
    await input.fill('Dark Modern');
    await page.keyboard.press('Enter');
    await page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: LONG });
    const background = await (await frameWith('#drift .drift-group')).locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
    const [r, g, b] = background.match(/\d+/g).map(Number);
    assert.ok(r + g + b < 200, `the panel's background is dark (${background})`);
    await page.screenshot({ path: path.join(SHOTS, '11-sources-dark.png') });
  });

  it("lists a speaker's quotes on a click, and opens the article at a quote", async () => {
    const f = await frameWith('#drift .drift-group');
    const speaker = f.locator('button[data-toggle^="speaker-"]', { hasText: 'Ada Okafor' }).first();
    await speaker.click();
    const id = await speaker.getAttribute('data-toggle');
    const quote = f.locator(`#${id} a.quote`).first();
    await quote.waitFor();
    await quote.click();
    await page.locator('.tab.active', { hasText: 'drift-a.txt' }).waitFor({ timeout: LONG });
    ok = true;
  });
});
