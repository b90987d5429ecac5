// The built Firefox manifest (MV2) asks for exactly the permissions we mean to hold, and no more.
// The lists are written out on purpose: any new permission or host must show up here, in review.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readManifest } from './firefox.mjs';

const API = ['activeTab', 'alarms', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'];
const SUFFIXES =
  'edu edu.cn ac.cn ac.uk edu.au ac.jp edu.hk edu.tw edu.mo edu.sg ac.kr ac.nz ac.in edu.my ac.za edu.ca';
const HOSTS = SUFFIXES.split(' ').map((s) => `*://*.${s}/*`);
const sorted = (a) => [...a].sort();

it('Firefox MV2: activeTab, scripting, storage, unlimitedStorage and university hosts; other sites only optional', () => {
  const m = readManifest();
  assert.equal(m.manifest_version, 2);
  // MV2 has no host_permissions: hosts sit in `permissions`.
  assert.deepEqual(sorted(m.permissions), sorted([...API, ...HOSTS]));
  assert.equal(m.host_permissions, undefined);
  // Asked for only from the popup, and then only for the listed university hosts (detector-registration.ts).
  assert.deepEqual(m.optional_permissions, ['*://*/*']);
  assert.equal(m.web_accessible_resources, undefined, 'no web page can load the add-on’s files');
  assert.match(m.content_security_policy, /default-src 'self'.*object-src 'none'.*base-uri 'none'.*form-action 'none'/);
  assert.deepEqual(Object.keys(m.commands), ['clip-page'], 'one shortcut: clip the article in this tab');
});

it('Firefox MV2: no content script (the background injects the detector into loaded university tabs)', () => {
  const m = readManifest();
  assert.equal(m.content_scripts, undefined);
  assert.deepEqual(m.background.scripts, ['background.js']);
  assert.equal(m.browser_action.default_popup, 'popup.html');
});

it('Firefox MV2: the add-on id (a GUID, never to change once listed) and no data collected', () => {
  const { gecko } = readManifest().browser_specific_settings;
  assert.equal(gecko.id, '{894c39ca-6d1e-43be-9555-262707da3d1f}');
  assert.deepEqual(gecko.data_collection_permissions, { required: ['none'] });
});

it('Firefox MV2: asks for a Firefox that has what it uses (constructed stylesheets, 101; data_collection_permissions, 140 / Android 142)', () => {
  const { gecko, gecko_android } = readManifest().browser_specific_settings;
  const major = (v) => Number(String(v).split('.')[0]);
  assert.ok(major(gecko.strict_min_version) >= 140, gecko.strict_min_version);
  assert.ok(major(gecko_android.strict_min_version) >= 142, gecko_android.strict_min_version);
});
