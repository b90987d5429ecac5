// Installed as a user installs it (an add-on file in the profile, kept across restarts, not a temporary add-on),
// the add-on's button lands on the toolbar, where its badge (NEWS, ✓, the New count) is seen. Without
// `default_area: "navbar"` Firefox puts it in the Extensions panel, behind the puzzle piece (R8 #2, session 30).
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { relative, resolve } from 'node:path';
import JSZip from 'jszip';
import puppeteer from 'puppeteer-core';
import { ADDON, ADDON_UUID, FIREFOX, openExtensionPage, readManifest } from './firefox.mjs';

const filesUnder = (dir) =>
  readdirSync(dir).flatMap((f) =>
    statSync(resolve(dir, f)).isDirectory() ? filesUnder(resolve(dir, f)) : [resolve(dir, f)],
  );

async function writeXpi(to) {
  const zip = new JSZip();
  for (const f of filesUnder(ADDON)) zip.file(relative(ADDON, f), readFileSync(f));
  writeFileSync(to, await zip.generateAsync({ type: 'nodebuffer' }));
}

it(
  'Firefox: the button is on the toolbar after install, not in the Extensions panel',
  { timeout: 120_000 },
  async () => {
    const id = readManifest().browser_specific_settings.gecko.id;
    const profile = mkdtempSync(resolve(tmpdir(), 'cnc-ff-profile-'));
    try {
      mkdirSync(resolve(profile, 'extensions'));
      await writeXpi(resolve(profile, 'extensions', `${id}.xpi`));
      const browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX,
        headless: true,
        userDataDir: profile,
        args: ['-remote-allow-system-access'],
        extraPrefsFirefox: {
          'extensions.webextensions.uuids': JSON.stringify({ [id]: ADDON_UUID }),
          // An unsigned add-on file in the profile, started without asking: what a signed install gives a user.
          'xpinstall.signatures.required': false,
          'extensions.autoDisableScopes': 0,
          'extensions.enabledScopes': 15,
        },
      });
      try {
        const page = await browser.newPage();
        // The add-on is running once its page opens; its button is placed by then.
        let opened = false;
        for (let i = 0; i < 40 && !opened; i++)
          opened = await openExtensionPage({ browser }, page, 'options.html').then(
            () => true,
            () => new Promise((r) => setTimeout(() => r(false), 500)),
          );
        assert.ok(opened, 'the installed add-on started');
      } finally {
        await browser.close();
      }
      const prefs = readFileSync(resolve(profile, 'prefs.js'), 'utf-8');
      const raw = prefs.match(/user_pref\("browser\.uiCustomization\.state", "((?:[^"\\]|\\.)*)"\)/)?.[1];
      assert.ok(raw, 'Firefox recorded where toolbar buttons are');
      const { placements } = JSON.parse(JSON.parse(`"${raw}"`));
      const widget = `${id.replace(/[{}@.]/g, '_')}-browser-action`;
      assert.ok(placements['nav-bar'].includes(widget), `on the toolbar: ${JSON.stringify(placements)}`);
      assert.ok(!(placements['unified-extensions-area'] ?? []).includes(widget), 'not in the Extensions panel');
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  },
);
