// The built manifests ask for exactly the permissions we mean to hold, and no more.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const read = (dir) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../.output/${dir}/manifest.json`), 'utf-8'));
// The academic suffixes (utils/detection/university-hosts.ts), in order.
const HOSTS = [
  'edu',
  'edu.cn',
  'ac.cn',
  'ac.uk',
  'edu.au',
  'ac.jp',
  'edu.hk',
  'edu.tw',
  'edu.mo',
  'edu.sg',
  'ac.kr',
  'ac.nz',
  'ac.in',
  'edu.my',
  'ac.za',
  'edu.ca',
].map((s) => `*://*.${s}/*`);
const API = ['activeTab', 'alarms', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'];
// Asked for only from the popup, and then only for the listed university hosts (detector-registration.ts).
const OPTIONAL = ['*://*/*'];

it('Chrome MV3: exact permissions (offscreen for the DOM the service worker lacks); all other sites only optional', () => {
  const m = read('chrome-mv3');
  assert.deepEqual(m.permissions, [...API, 'offscreen']);
  assert.deepEqual(m.host_permissions, HOSTS);
  assert.deepEqual(m.optional_host_permissions, OPTIONAL);
  assert.equal(m.optional_permissions, undefined);
  // Nothing of ours runs on a page load: the background injects the detector into loaded university tabs.
  assert.equal(m.content_scripts, undefined, 'no content script');
  assert.deepEqual(Object.keys(m.commands), ['clip-page'], 'one shortcut: clip the article in this tab');
  // chrome.offscreen, where clips and imports are saved, arrived in Chrome 109: older browsers refuse the install.
  assert.ok(Number(m.minimum_chrome_version) >= 109, m.minimum_chrome_version);
});

it('the toolbar tooltip is the extension name in the UI language, not the popup page’s <title> text (R3 #4)', () => {
  assert.equal(read('chrome-mv3').action.default_title, '__MSG_extName__');
  assert.equal(read('firefox-mv2').browser_action.default_title, '__MSG_extName__');
});
