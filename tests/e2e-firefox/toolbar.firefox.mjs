// Installed as a user installs it (an add-on file in the profile, kept across restarts, not a temporary add-on),
// the add-on's button lands on the toolbar, where its badge (NEWS, ✓, the New count) is seen. Without
// `default_area: "navbar"` Firefox puts it in the Extensions panel, behind the puzzle piece (R8 #2, session 30).
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { installInProfile, launchOnProfile, openExtensionPage, readManifest } from './firefox.mjs';

it(
  'Firefox: the button is on the toolbar after install, not in the Extensions panel',
  { timeout: 120_000 },
  async () => {
    const id = readManifest().browser_specific_settings.gecko.id;
    const profile = mkdtempSync(resolve(tmpdir(), 'cnc-ff-profile-'));
    try {
      await installInProfile(profile);
      const browser = await launchOnProfile(profile);
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
