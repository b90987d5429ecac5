// Runs the Firefox tests (*.firefox.mjs) against the built add-on (.output/firefox-mv2) with node's test runner.
// Without firefox-esr the browser tests fail with a message saying so: a machine without Firefox never passes.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ADDON, MISSING_FIREFOX, hasFirefox } from './firefox.mjs';

if (!existsSync(resolve(ADDON, 'manifest.json'))) {
  console.error('No Firefox build: run `npx wxt build -b firefox` first.');
  process.exit(1);
}
if (!hasFirefox()) console.error(`${MISSING_FIREFOX}\nThe browser tests will fail.`);
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.firefox.mjs'))
  .map((f) => resolve(import.meta.dirname, f));
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
