// `npm run bench:firefox` (not part of `npm run bench`: ~5 min and a 1 GB file): issue #12's 100,000 articles in
// Firefox (BENCH_FIREFOX_SIZE to change it). The bench's articles (scripts/bench-collection-data.mjs) are imported
// through the options page's Import into the built add-on; then the background page's merge of the import's
// segments (how long after the import, the segments and orphan blocks before and after, Firefox's memory against
// the same browser idle before the import), and searches in fresh popups. Results go between the
// bench-collection-firefox markers of docs/benchmarks.md; tests never assert on time.
import { execSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { startSiteServer } from '../tests/e2e/site-server.mjs';
import { hasFirefox, launch, MISSING_FIREFOX, openExtensionPage } from '../tests/e2e-firefox/firefox.mjs';
import { articleStream } from './bench-collection-data.mjs';

if (!hasFirefox()) {
  console.error(MISSING_FIREFOX);
  process.exit(1);
}
const N = Number(process.env.BENCH_FIREFOX_SIZE ?? 100_000);
const RUNS = Number(process.env.BENCH_FIREFOX_RUNS ?? 3);
const LOAD = loadavg()[0].toFixed(1);
const SEED_TEXT = readFileSync('tests/fixtures/seed-text.txt', 'utf-8');
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;

/** The import file, streamed (100,000 articles are ~1 GB); returns the Chinese names by frequency, most first. */
function writeCollection(file) {
  const fd = openSync(file, 'w');
  writeSync(fd, `{"format":"campus-news-clips","version":1,"exportedAt":"${new Date().toISOString()}","articles":[`);
  const freq = new Map();
  let chunk = [];
  let written = 0;
  const flush = () => {
    writeSync(fd, (written ? ',' : '') + chunk.join(','));
    written += chunk.length;
    chunk = [];
  };
  for (const a of articleStream(N, 12, SEED_TEXT)) {
    for (const e of a.entities) if (/\p{Script=Han}/u.test(e.text)) freq.set(e.text, (freq.get(e.text) ?? 0) + 1);
    chunk.push(JSON.stringify(a));
    if (chunk.length === 1000) flush();
  }
  if (chunk.length) flush();
  writeSync(fd, ']}');
  closeSync(fd);
  return [...freq.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
}

/** Resident memory of every Firefox process (parent, extension, content), MB. */
const firefoxMb = () =>
  Number(execSync("ps -eo rss=,args= | grep '[f]irefox-esr' | awk '{s+=$1} END {print s+0}'").toString()) / 1024;

/** In an extension page: the search index as stored (segments by level, blocks, blocks no segment lists). */
const INDEX_STATE = () =>
  new Promise((ok) => {
    const r = indexedDB.open('campus-news-clipper');
    r.onsuccess = () => {
      const db = r.result;
      const tx = db.transaction(['segments', 'blocks'], 'readonly');
      const out = {};
      tx.objectStore('segments').getAll().onsuccess = (e) => {
        out.segments = e.target.result.length;
        const listed = new Set(e.target.result.map((s) => s.seg));
        tx.objectStore('blocks').getAllKeys().onsuccess = (e2) => {
          out.blocks = e2.target.result.length;
          out.orphans = e2.target.result.filter(([seg]) => !listed.has(seg)).length;
        };
      };
      tx.oncomplete = () => {
        db.close();
        ok(out);
      };
    };
  });

/** In the popup: type `q`; ms until the count shows another answer (null after 30 s), and that count. */
const SEARCH = async (q) => {
  const input = document.querySelector('[data-testid="search"]');
  const count = () =>
    (document.querySelector('[data-testid="count"]')?.textContent ?? '').replace(/(\d)[,.\s](?=\d{3})/g, '$1');
  const before = count();
  const t = performance.now();
  input.value = q;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  while (performance.now() - t < 30_000) {
    const c = count();
    if (c !== before && !/…/.test(c)) return { ms: performance.now() - t, count: c };
    await new Promise((r) => setTimeout(r, 2));
  }
  return { ms: null, count: count() };
};
const CLEAR = () => {
  const input = document.querySelector('[data-testid="search"]');
  input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

const dir = mkdtempSync(resolve(tmpdir(), 'cnc-bench-ff-'));
const file = resolve(dir, 'collection.json');
const names = writeCollection(file);
const zh = [names[0], names[Math.floor(names.length / 10)], names[Math.floor(names.length / 2)]];
const en = ['okafor', 'quantum', 'fellowship'];
const site = await startSiteServer();
const ff = await launch({ proxyPort: site.port });
const out = { cold: [], warmZh: [], warmEn: [] };
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, firefoxMb())), 500);
try {
  let p = await ff.browser.newPage();
  await openExtensionPage(ff, p, 'options.html');
  await wait(3000);
  out.idleMb = firefoxMb();
  const t0 = Date.now();
  await (await p.$('[data-testid="import"]')).uploadFile(file);
  while (Date.now() - t0 < 1_800_000) {
    out.status = await p.$eval('[data-testid="status"]', (e) => e.textContent).catch(() => '');
    if (/Imported|Nothing imported|failed|could not/i.test(out.status)) break;
    await wait(250);
  }
  out.importMs = Date.now() - t0;
  out.importPeakMb = peak;
  out.afterImportMb = firefoxMb();
  out.before = await p.evaluate(INDEX_STATE);
  peak = 0;
  const m0 = Date.now();
  for (;;) {
    // puppeteer over BiDi can lose track of a page it did not navigate itself ("detached frame"): a new one then.
    out.after = await p.evaluate(INDEX_STATE).catch(async () => {
      p = await ff.browser.newPage();
      await openExtensionPage(ff, p, 'options.html');
      return p.evaluate(INDEX_STATE);
    });
    if (out.after.segments < out.before.segments && !out.after.orphans) break;
    if (Date.now() - m0 > 900_000) throw new Error(`no merge within 15 min: ${JSON.stringify(out.after)}`);
    await wait(250);
  }
  out.mergeMs = Date.now() - m0;
  out.mergePeakMb = peak;
  for (let r = 0; r < RUNS; r++) {
    const pop = await ff.browser.newPage();
    await openExtensionPage(ff, pop, 'popup.html');
    await pop.waitForSelector('[data-testid="article-item"]', { timeout: 60_000 });
    out.cold.push((await pop.evaluate(SEARCH, zh[r % zh.length])).ms);
    for (const q of [...zh, ...en]) {
      await pop.evaluate(CLEAR);
      await wait(800);
      const { ms } = await pop.evaluate(SEARCH, q);
      (zh.includes(q) ? out.warmZh : out.warmEn).push(ms);
    }
    await pop.close();
  }
} finally {
  clearInterval(sampler);
  await ff.close();
  site.server.close();
}
const fileMb = statSync(file).size / 2 ** 20;
rmSync(dir, { recursive: true, force: true });
const mb = (x) => `${x.toFixed(0)} MB`;
const table = [
  `Firefox ESR headless on this machine (2 cores, load average ${LOAD} when the run started), ${new Date().toISOString().slice(0, 10)}; ${N.toLocaleString('en')} articles of the same generator as above, one import, popups × ${RUNS}. Memory: the resident size of every Firefox process together (\`ps\`), the same browser idle with the add-on's options page open as its floor.`,
  '',
  `| figure | ${N.toLocaleString('en')} articles | target |`,
  '|---|---|---|',
  `| import through the options page's Import (file ${fileMb.toFixed(0)} MB) | ${(out.importMs / 1000).toFixed(1)} s | ≤ 180 s |`,
  `| the background page's merge of the import's segments, done after the import by | ${(out.mergeMs / 1000).toFixed(1)} s (${out.before.segments} → ${out.after.segments} segments, ${out.before.blocks} → ${out.after.blocks} blocks, ${out.after.orphans} orphans) | – |`,
  `| Firefox's memory: idle (floor) / peak during the import / after it / peak during the merge | ${mb(out.idleMb)} / ${mb(out.importPeakMb)} / ${mb(out.afterImportMb)} / ${mb(out.mergePeakMb)} | – |`,
  `| first search of a fresh popup, Chinese name, once its list shows (ms) | ${spread(out.cold)} | ≤ 500 ms |`,
  `| warm search, Chinese name (3 names × runs) (ms) | ${spread(out.warmZh)} | ≤ 100 ms |`,
  `| warm search, English word (3 words × runs) (ms) | ${spread(out.warmEn)} | ≤ 100 ms |`,
].join('\n');
console.log(table);
const doc = 'docs/benchmarks.md';
const text = readFileSync(doc, 'utf-8');
const block = `<!-- bench-collection-firefox:start -->\n${table}\n<!-- bench-collection-firefox:end -->`;
const marked = /<!-- bench-collection-firefox:start -->[\s\S]*<!-- bench-collection-firefox:end -->/;
writeFileSync(doc, marked.test(text) ? text.replace(marked, block) : `${text.trimEnd()}\n\n${block}\n`);
