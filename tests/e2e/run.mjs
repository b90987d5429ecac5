// Runs the end-to-end tests against the built extension (.output/chrome-mv3) with node's test runner.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTENSION } from './browser.mjs';

if (!existsSync(resolve(EXTENSION, 'manifest.json'))) {
  console.error('No built extension: run `npx wxt build` first.');
  process.exit(1);
}
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.e2e.mjs'))
  .map((f) => resolve(import.meta.dirname, f));
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
