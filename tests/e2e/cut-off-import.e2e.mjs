// An import cut off by a killed or closed Chromium (review 30, R8 #1, found in Firefox; Chrome's offscreen document dies
// with the browser as well): after a restart on the same profile, the first popup says the import was cut off and
// nothing of it was kept, Import is free again, and the collection is as before; not "Importing… 28 %" for 30 minutes.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { startSiteServer } from './site-server.mjs';
import { launch } from './browser.mjs';
import { writeExportFile } from './export-file.mjs';

const statusOf = (p) => p.getByTestId('status').innerText();

/** The browser process started on `profile` (not its helpers, which end with it): found by its own command line. */
function browserPid(profile) {
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let args;
    try {
      args = readFileSync(`/proc/${pid}/cmdline`, 'utf-8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${profile}`) && !args.some((a) => a.startsWith('--type='))) return Number(pid);
  }
  throw new Error(`no browser process on ${profile}`);
}

describe('an import cut off by a killed or closed Chromium', { timeout: 240_000 }, () => {
  const dir = mkdtempSync(resolve(tmpdir(), 'cnc-cutoff-'));
  const profile = resolve(dir, 'profile');
  let site;
  let b;
  before(async () => {
    writeExportFile(resolve(dir, 'small.json'), 3, 5);
    writeExportFile(resolve(dir, 'big-valid.json'), 12_000, 12);
    site = await startSiteServer();
  });
  after(async () => {
    await b?.close();
    site?.server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const popup = async () => {
    const p = await b.ctx.newPage();
    await p.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await p.getByTestId('count').waitFor();
    return p;
  };

  /** Start the big import, end Chromium `how` once batches are written, start it again: the first popup. */
  async function cutOff(how) {
    const p = await popup();
    await p.getByTestId('import').setInputFiles(resolve(dir, 'big-valid.json'));
    await p
      .getByTestId('status')
      .filter({ hasText: /Importing… [1-9][\d,]* articles? written/ })
      .waitFor();
    const cutAt = await statusOf(p);
    if (how === 'kill') process.kill(browserPid(profile), 'SIGKILL');
    await b.close();
    await new Promise((r) => setTimeout(r, 1000));
    b = await launch({ proxyPort: site.port, profile });
    const first = await popup();
    // From when the popup is open (a busy machine may take a while to start the browser).
    const started = Date.now();
    const said = [];
    let text = '';
    while (Date.now() - started < 45_000 && !/was cut off/.test(text)) {
      text = await statusOf(first);
      if (text && said.at(-1) !== text) said.push(text);
      await first.waitForTimeout(100);
    }
    return { first, said, text, cutAt };
  }

  /** What the user must see after the restart, and what the collection must hold. */
  async function assertToldAndFree({ first, said, text, cutAt }) {
    const why = `ended at "${cutAt}"; said ${JSON.stringify(said)}`;
    assert.match(text, /The import of “big-valid\.json” was cut off: the browser closed before it finished/, why);
    assert.ok(!said.some((s) => /^Importing/.test(s)), `never "Importing…": ${why}`);
    assert.equal(await first.getByTestId('import').isDisabled(), false, 'Import is enabled');
    assert.equal(await first.getByTestId('cancel-import').count(), 0, 'no Cancel import');
    await first
      .getByTestId('count')
      .filter({ hasText: /^3 articles$/ })
      .waitFor();
    // And an import runs again.
    await first.getByTestId('import').setInputFiles(resolve(dir, 'small.json'));
    await first
      .getByTestId('status')
      .filter({ hasText: /^Imported 0 articles, merged 0, 3 already up to date/ })
      .waitFor();
    await first.close();
  }

  it('killed: after a restart the popup says it was cut off, Import is free, the collection is as before', async () => {
    b = await launch({ proxyPort: site.port, profile });
    const p = await popup();
    await p.getByTestId('import').setInputFiles(resolve(dir, 'small.json'));
    await p
      .getByTestId('status')
      .filter({ hasText: /^Imported 3 articles/ })
      .waitFor({ timeout: 30_000 });
    await p.close();
    await assertToldAndFree(await cutOff('kill'));
  });

  it('closed normally: the same', async () => {
    await assertToldAndFree(await cutOff('close'));
  });
});
