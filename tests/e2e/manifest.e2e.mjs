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
const API = ['activeTab', 'scripting', 'storage', 'unlimitedStorage'];
// Asked for only from the popup, and then only for the listed university hosts (detector-registration.ts).
const OPTIONAL = ['*://*/*'];
const DETECTOR = [{ matches: HOSTS, js: ['detector.js'], run_at: 'document_idle' }];

it('Chrome MV3: exact permissions; all other sites only as an optional permission', () => {
  const m = read('chrome-mv3');
  assert.deepEqual(m.permissions, API);
  assert.deepEqual(m.host_permissions, HOSTS);
  assert.deepEqual(m.optional_host_permissions, OPTIONAL);
  assert.equal(m.optional_permissions, undefined);
  assert.deepEqual(m.content_scripts, DETECTOR, 'only the detector runs on page load, only on university hosts');
});
