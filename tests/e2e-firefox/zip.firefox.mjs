// `wxt zip` and `wxt zip -b firefox` give store-ready archives: the built add-on with its manifest at the root, and
// for addons.mozilla.org a sources archive (no tests, fixtures, docs or scripts) that rebuilds the very same add-on,
// which is what Mozilla's reviewers check.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import JSZip from 'jszip';

const ROOT = resolve(import.meta.dirname, '../..');
const { name, version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf-8'));
const WXT = resolve(ROOT, 'node_modules/.bin/wxt');

function wxt(args, cwd = ROOT) {
  const r = spawnSync(WXT, args, { cwd, encoding: 'utf-8' });
  assert.equal(r.status, 0, `wxt ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

const open = async (file) => JSZip.loadAsync(readFileSync(resolve(ROOT, '.output', file)));
const files = (zip) => Object.values(zip.files).filter((f) => !f.dir);
const manifestOf = async (zip) => JSON.parse(await zip.file('manifest.json').async('string'));

describe('store archives', { timeout: 600_000 }, () => {
  before(() => {
    wxt(['zip']);
    wxt(['zip', '-b', 'firefox']);
  });

  it('Chrome: the MV3 add-on, manifest at the root', async () => {
    const zip = await open(`${name}-${version}-chrome.zip`);
    const m = await manifestOf(zip);
    assert.equal(m.manifest_version, 3);
    assert.equal(m.version, version);
    assert.ok(zip.file('popup.html') && zip.file('detector.js'));
    assert.ok(!files(zip).some((f) => f.name.endsWith('.map')), 'no source maps in the store build');
  });

  it('Firefox: the MV2 add-on with its id, manifest at the root', async () => {
    const m = await manifestOf(await open(`${name}-${version}-firefox.zip`));
    assert.equal(m.manifest_version, 2);
    assert.equal(m.version, version);
    assert.equal(m.browser_specific_settings.gecko.id, '{894c39ca-6d1e-43be-9555-262707da3d1f}');
  });

  it('Firefox sources: what a reviewer needs to build, without tests, fixtures, docs or scripts', async () => {
    const names = files(await open(`${name}-${version}-sources.zip`)).map((f) => f.name);
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md']) {
      assert.ok(names.includes(needed), needed);
    }
    assert.ok(names.some((n) => n.startsWith('entrypoints/')) && names.some((n) => n.startsWith('utils/')));
    const unwanted = /^(tests|docs|scripts|node_modules|\.output|\.wxt)\/|fixtures|\.test\.ts$/;
    assert.deepEqual(
      names.filter((n) => unwanted.test(n)),
      [],
    );
  });

  it('Firefox sources rebuild the very same add-on', async () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'cnc-sources-'));
    try {
      for (const f of files(await open(`${name}-${version}-sources.zip`))) {
        const to = resolve(dir, f.name);
        mkdirSync(dirname(to), { recursive: true });
        writeFileSync(to, await f.async('nodebuffer'));
      }
      // The reviewer runs `npm ci`; the installed packages here are the same locked versions.
      symlinkSync(resolve(ROOT, 'node_modules'), resolve(dir, 'node_modules'));
      wxt(['build', '-b', 'firefox'], dir);
      const shipped = files(await open(`${name}-${version}-firefox.zip`));
      const rebuilt = resolve(dir, '.output/firefox-mv2');
      const list = (d, p = '') =>
        readdirSync(resolve(d, p), { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? list(d, `${p}${e.name}/`) : [`${p}${e.name}`],
        );
      assert.deepEqual(list(rebuilt).sort(), shipped.map((f) => f.name).sort());
      for (const f of shipped) {
        assert.ok(readFileSync(resolve(rebuilt, f.name)).equals(await f.async('nodebuffer')), `${f.name} differs`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
