// The built manifests ask for exactly the permissions we mean to hold, and no more.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const read = (dir) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../.output/${dir}/manifest.json`), 'utf-8'));
const HOSTS = [
  '*://*.edu/*',
  '*://*.edu.cn/*',
  '*://*.ac.cn/*',
  '*://*.ac.uk/*',
  '*://*.edu.au/*',
  '*://*.ac.jp/*',
  '*://*.edu.hk/*',
];

it('Chrome MV3: activeTab, offscreen, scripting, storage, unlimitedStorage; university hosts only', () => {
  const m = read('chrome-mv3');
  assert.deepEqual([...m.permissions].sort(), ['activeTab', 'offscreen', 'scripting', 'storage', 'unlimitedStorage']);
  for (const h of HOSTS) assert.ok(m.host_permissions.includes(h), h);
  const everything = /<all_urls>|^\*:\/\/\*\/\*$|^https?:\/\/\*\/\*$/;
  assert.ok(!m.host_permissions.some((h) => everything.test(h)), 'no all-sites permission');
  assert.equal(m.content_scripts.length, 1, 'only the detector runs on page load');
  assert.deepEqual([...m.content_scripts[0].matches].sort(), [...m.host_permissions].sort());
  assert.deepEqual(m.content_scripts[0].js, ['content-scripts/detector.js']);
});

it('Firefox build exists, with a gecko id and the same permissions', () => {
  const m = read('firefox-mv2');
  assert.equal(m.browser_specific_settings.gecko.id, 'campus-news-clipper@example.org');
  assert.ok(m.permissions.includes('activeTab') && m.permissions.includes('scripting'));
  assert.ok(!m.permissions.some((p) => p === '<all_urls>'));
});
