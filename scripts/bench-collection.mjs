// Part of `npm run bench`: issue #12's collection figures in real Chromium, at 1,000 and 10,000 articles (set
// BENCH_COLLECTION_SIZES, e.g. 100000: the ~1 GB file is streamed to disk). Realistic articles
// (scripts/bench-collection-data.mjs) are imported through the popup's own Import; then the size on disk against the
// raw text and HTML and against a floor (the same articles written to IndexedDB with no index, same batches, same
// run), warm searches, the first search of a freshly opened popup, a search typed during an import, and first list
// paint. Results go between the bench-collection markers of docs/benchmarks.md; tests never assert on time.
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { startSiteServer } from '../tests/e2e/site-server.mjs';
import { EXTENSION, launch } from '../tests/e2e/browser.mjs';
import { articleStream } from './bench-collection-data.mjs';
import {
  FLOOR_PAGE,
  firstContentfulPaint,
  recordTrace,
  since,
  watchFirstRow,
  withFloorPage,
} from './bench-first-row.mjs';

// The load when the run starts: on 2 cores, other jobs running meanwhile double the times.
const LOAD = loadavg()[0].toFixed(1);
const SIZES = (process.env.BENCH_COLLECTION_SIZES ?? '1000,10000').split(',').map(Number);
// Builds to compare, as label=path,… (e.g. before=/tmp/old/.output/chrome-mv3,after=.output/chrome-mv3): each size is
// imported into each build's browser in turn, then their fresh popups take turns, so a pair shares the load.
const BUILDS = (process.env.BENCH_COLLECTION_BUILDS ?? '=').split(',').map((b) => {
  const [label, path] = b.split('=');
  return { label, extension: path ? resolve(path) : undefined };
});
const RUNS = Number(process.env.BENCH_COLLECTION_RUNS ?? 5);
// A directory: CPU profiles of each build's last popup (its warm searches) go there, with a summary printed.
const PROFILE = process.env.BENCH_COLLECTION_PROFILE ? resolve(process.env.BENCH_COLLECTION_PROFILE) : null;
// A directory: a trace of each build's last popup (and of its blank floor page) opening up to its first list frame,
// with what its main thread did.
const TRACE = process.env.BENCH_COLLECTION_TRACE ? resolve(process.env.BENCH_COLLECTION_TRACE) : null;
// Which popup run the trace and profile are of (default the last): 0 is the first popup after the import.
const QUERY_TRACE = !!process.env.BENCH_COLLECTION_QUERY_TRACE;
const TRACED_RUN = process.env.BENCH_COLLECTION_TRACE_RUN ? Number(process.env.BENCH_COLLECTION_TRACE_RUN) : null;
const SEED_TEXT = readFileSync('tests/fixtures/seed-text.txt', 'utf-8');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
const bytes = (s) => Buffer.byteLength(s, 'utf-8');
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
// The floor's articles go to IndexedDB in a web page of another origin, so its files on disk are its own.
const FLOOR_ORIGIN_PAGE = 'http://news.example.com/2021/04/08/story.html';
// Size on disk is read after the browser is closed and the same profile opened again (LevelDB writes its log out on
// open), this long after, and READINGS times over (each after another close and open): is the reading stable?
// Set: the browser is closed as soon as the import reports, before its background merge can finish, so the first
// fresh popup's search starts the merge (as when the user quits the browser right after an import).
const RESTART_AFTER_IMPORT = !!process.env.BENCH_COLLECTION_RESTART_AFTER_IMPORT;
const SETTLE_MS = Number(process.env.BENCH_COLLECTION_SETTLE_MS ?? 5000);
const READINGS = 2;

/** Bytes of every file under `dir` (0 when it does not exist). */
function duBytes(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(resolve(e.parentPath ?? e.path, e.name)).size, 0);
}

/** An origin's IndexedDB files in a profile (`origin` as Chromium names its folders: scheme_host_port). */
const idbBytes = (profile, origin) =>
  ['leveldb', 'blob']
    .map((kind) => duBytes(resolve(profile, 'Default', 'IndexedDB', `${origin}_0.indexeddb.${kind}`)))
    .reduce((a, b) => a + b, 0);

/**
 * In the page: type `q` into the search box; ms until the count shows an answer other than `total` (total < 0:
 * smaller than the count before typing, for a collection that grows during an import).
 */
function searchIn(p, q, total) {
  return p.evaluate(
    ([q, total]) =>
      new Promise((done) => {
        const input = document.querySelector('[data-testid="search"]');
        // Digits grouped by the UI's number format (10,000) read as one number.
        const count = () =>
          (document.querySelector('[data-testid="count"]')?.textContent ?? '').replace(/(\d)[,.\s](?=\d{3})/g, '$1');
        const before = Number(count().match(/\d+/)?.[0] ?? Infinity);
        const t = performance.now();
        performance.mark('bench-search-start');
        // Listed: the first frame with this query's rows, final or the ones confirmed so far ("Checking… N so far");
        // answered: the exact count.
        let listed = null;
        const check = () => {
          const n = count().match(/\d+/)?.[0];
          const answered = total < 0 ? Number(n) < before : n !== String(total);
          if (n && answered && listed === null) {
            listed = performance.now() - t;
            performance.mark('bench-search-listed');
          }
          if (n && answered && !/…/.test(count())) {
            obs.disconnect();
            done({ ms: performance.now() - t, listed, count: Number(n) });
          }
        };
        const obs = new MutationObserver(check);
        obs.observe(document.body, { subtree: true, childList: true, characterData: true });
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        check();
      }),
    [q, total],
  );
}
/** Clear the search and wait until the whole collection is counted again. */
async function clearSearch(p, total) {
  await p.evaluate(() => {
    const input = document.querySelector('[data-testid="search"]');
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await p
    .getByTestId('count')
    .filter({ hasText: new RegExp(`\\b(${total}|${total.toLocaleString('en')})\\b`) })
    .waitFor({ timeout: 60_000 });
}

/**
 * Write the import file of `n` articles, streamed (100,000 articles are ~1 GB: more than one string can hold);
 * returns the raw text + HTML bytes and each entity name's frequency.
 */
function writeCollection(n, file) {
  const fd = openSync(file, 'w');
  const head = { format: 'campus-news-clips', version: 1, exportedAt: new Date().toISOString() };
  writeSync(fd, `${JSON.stringify(head).slice(0, -1)},"articles":[`);
  let raw = 0;
  let chunk = [];
  let written = 0;
  const freq = new Map();
  const flush = () => {
    writeSync(fd, (written ? ',' : '') + chunk.join(','));
    written += chunk.length;
    chunk = [];
  };
  for (const a of articleStream(n, 12, SEED_TEXT)) {
    raw += bytes(a.textContent) + bytes(a.contentHtml);
    for (const e of a.entities) freq.set(e.text, (freq.get(e.text) ?? 0) + 1);
    chunk.push(JSON.stringify(a));
    if (chunk.length === 1000) flush();
  }
  if (chunk.length) flush();
  writeSync(fd, ']}');
  closeSync(fd);
  return { raw, freq };
}

/**
 * In an extension page: the search index as stored (segments by level, blocks, blocks no segment lists, journal
 * rows), to see whether the import's background merge had finished when a popup opens.
 */
const INDEX_STATE = () =>
  new Promise((ok) => {
    const r = indexedDB.open('campus-news-clipper');
    r.onsuccess = () => {
      const db = r.result;
      const tx = db.transaction(['segments', 'blocks', 'importJournal'], 'readonly');
      const out = {};
      tx.objectStore('segments').getAll().onsuccess = (e) => {
        const levels = {};
        for (const s of e.target.result) levels[s.level] = (levels[s.level] ?? 0) + 1;
        out.levels = levels;
        const listed = new Set(e.target.result.map((s) => s.seg));
        tx.objectStore('blocks').getAllKeys().onsuccess = (e2) => {
          out.blocks = e2.target.result.length;
          out.orphans = e2.target.result.filter(([seg]) => !listed.has(seg)).length;
        };
      };
      tx.objectStore('importJournal').count().onsuccess = (e) => (out.journal = e.target.result);
      tx.oncomplete = () => {
        db.close();
        ok(out);
      };
    };
  });
const logState = async (page, label, when) =>
  console.log(
    `index ${label || 'build'} ${when} (${new Date().toISOString().slice(11, 19)}):`,
    JSON.stringify(await page.evaluate(INDEX_STATE)),
  );

/** One build, one size: a fresh browser, the import (and a popup during it), size on disk, the floor. */
async function prepare(n, build, file, raw, zhNames) {
  const site = await startSiteServer();
  const extension = withFloorPage(build.extension ?? EXTENSION);
  const profile = mkdtempSync(resolve(tmpdir(), 'cnc-profile-'));
  let browser = await launch({ proxyPort: site.port, extension, profile });
  const url = `chrome-extension://${browser.extensionId}/popup.html`;
  await browser.ctx.addInitScript(watchFirstRow);
  const out = { n, label: build.label, raw, file: statSync(file).size };
  Object.assign(out, {
    paints: [],
    floors: [],
    fcps: [],
    floorFcps: [],
    lives: [],
    cold: [],
    coldFromOpen: [],
    warmZh: [],
    warmEn: [],
    warmZhListed: [],
    warmEnListed: [],
    coldListed: [],
  });
  try {
    const loader = await browser.ctx.newPage();
    await loader.goto(url);
    const usage0 = await loader.evaluate(async () => (await navigator.storage.estimate()).usage);
    const t0 = performance.now();
    await loader.getByTestId('import').setInputFiles(file);
    // A search typed during the import, in another popup (10,000 and up): does it answer, and how fast.
    if (n >= 10_000) {
      await wait(2000);
      const other = await browser.ctx.newPage();
      await other.goto(url);
      const t = performance.now();
      // The other popup must first read the collection, then answer; null when it cannot within 60 s.
      out.duringImport = await Promise.race([
        other
          .getByTestId('article-item')
          .first()
          .waitFor({ timeout: 60_000 })
          .then(() => searchIn(other, zhNames[1], -1))
          .then(() => performance.now() - t)
          .catch(() => null),
        wait(60_000).then(() => null),
      ]);
      await other.close();
    }
    await loader
      .getByTestId('status')
      .filter({ hasText: /Imported|Nothing imported|failed/ })
      .waitFor({ timeout: 1_800_000 });
    out.importMs = performance.now() - t0;
    out.status = await loader.getByTestId('status').innerText();
    // Let the background merge of the import's segments finish before the page goes.
    await logState(loader, build.label, 'import done');
    if (!RESTART_AFTER_IMPORT) {
      await wait(n >= 10_000 ? 15_000 : 3000);
      await logState(loader, build.label, 'import done + 15 s');
    }
    out.estimate = (await loader.evaluate(async () => (await navigator.storage.estimate()).usage)) - usage0;
    await loader.close();
    if (RESTART_AFTER_IMPORT) {
      await browser.close();
      browser = await launch({ proxyPort: site.port, extension, profile });
    }

    // Floor: the same articles into IndexedDB with no index and no search index, same batches, in this browser, in a
    // page of another origin.
    const floorPage = await browser.ctx.newPage();
    await floorPage.goto(FLOOR_ORIGIN_PAGE);
    const floor = await floorPage.evaluate(
      async ([src, n, seedText]) => {
        const articleStream = new Function(`return (${src})`)();
        const articles = articleStream(n, 12, seedText);
        const db = await new Promise((ok, fail) => {
          const r = indexedDB.open('bench-floor', 1);
          r.onupgradeneeded = () => r.result.createObjectStore('articles', { keyPath: 'id' });
          r.onsuccess = () => ok(r.result);
          r.onerror = () => fail(r.error);
        });
        // Only the writes are timed: the articles are generated batch by batch, between them.
        let ms = 0;
        const put = (rows) =>
          new Promise((ok, fail) => {
            const t = performance.now();
            const tx = db.transaction('articles', 'readwrite');
            for (const a of rows) tx.objectStore('articles').put(a);
            tx.oncomplete = () => ok((ms += performance.now() - t));
            tx.onerror = () => fail(tx.error);
          });
        let batch = [];
        for (const a of articles) {
          batch.push(a);
          if (batch.length === 500) {
            await put(batch);
            batch = [];
          }
        }
        if (batch.length) await put(batch);
        db.close();
        return { ms };
      },
      [articleStream.toString(), n, SEED_TEXT],
    );
    out.floor = floor;
    await floorPage.close();

    // Size on disk: the browser closed, the same profile opened again, then the two origins' IndexedDB files read
    // (the storage estimate right after an import counts LevelDB logs not yet written out: docs/benchmarks.md).
    const extOrigin = `chrome-extension_${browser.extensionId}`;
    Object.assign(out, { disk: [], floorDisk: [], reopenedEstimate: [] });
    for (let i = 0; i < READINGS; i++) {
      await browser.close();
      browser = await launch({ proxyPort: site.port, extension, profile });
      // The popup opened once, as a user does after a restart: opening the origin's IndexedDB is when Chromium
      // deletes blob files whose records are gone (the import's copy of its file, ~the file's size), so a reading
      // taken before it counts a file the user no longer has (session 28: 144 MB against 43 MB at 10,000).
      const opened = await browser.ctx.newPage();
      await opened.goto(url);
      await logState(opened, build.label, `reopened ${i}`);
      await wait(SETTLE_MS);
      await logState(opened, build.label, `reopened ${i} + settle`);
      await opened.close();
      const p = await browser.ctx.newPage();
      await p.goto(url.replace('popup.html', FLOOR_PAGE));
      out.reopenedEstimate.push(await p.evaluate(async () => (await navigator.storage.estimate()).usage));
      await p.close();
      out.disk.push(idbBytes(profile, extOrigin));
      out.floorDisk.push(idbBytes(profile, 'http_news.example.com'));
    }
    out.usage = out.disk.at(-1);
    out.floor.size = out.floorDisk.at(-1);
    await browser.ctx.addInitScript(watchFirstRow);
  } catch (e) {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    site.server.close();
    throw e;
  }
  return { out, browser, site, url, extension, profile };
}

/** Run `r` of a prepared build: a fresh popup, a Chinese name typed the moment the first screen shows, then warm. */
async function popupRun({ out, browser, url }, r, zhNames, enWords) {
  const { n } = out;
  // The floor first, opened the same way, its first frame timed the same way.
  const f = await browser.ctx.newPage();
  const floorTracer = TRACE && r === (TRACED_RUN ?? RUNS - 1) ? await startTrace(f) : null;
  await f.goto(url.replace('popup.html', FLOOR_PAGE));
  await logState(f, out.label, `before popup ${r}`);
  await f.waitForFunction(() => performance.getEntriesByName('bench-first-row-drawn').length);
  out.floors.push(await f.evaluate(`(${since})('bench-first-row-drawn')`));
  out.floorFcps.push(await firstContentfulPaint(f));
  if (floorTracer) await floorTracer.stop(`${out.label || 'build'}-${n}-floor`);
  await f.close();
  await wait(1000);
  const p = await browser.ctx.newPage();
  const tracer = TRACE && r === (TRACED_RUN ?? RUNS - 1) ? await startTrace(p) : null;
  await p.goto(url);
  await p.getByTestId('article-item').first().waitFor({ timeout: 120_000 });
  // The cold search traced too (BENCH_COLLECTION_QUERY_TRACE), unless the popup's opening is (one trace at a time).
  const coldTrace = QUERY_TRACE && !tracer ? await startQueryTrace(p) : null;
  const first = await searchIn(p, zhNames[r % zhNames.length], n);
  if (coldTrace) await coldTrace.stop(`cold zh ${zhNames[r % zhNames.length]}`);
  out.cold.push(first.ms);
  out.coldListed.push(first.listed);
  out.coldFromOpen.push(
    await p.evaluate(`performance.now() - performance.getEntriesByType('navigation')[0].responseEnd`),
  );
  await p.locator('.library-list[aria-busy="false"]').waitFor({ timeout: 600_000 });
  await p.waitForFunction(() => performance.getEntriesByName('bench-first-row-drawn').length);
  out.paints.push(await p.evaluate(`(${since})('bench-first-row-drawn')`));
  out.fcps.push(await firstContentfulPaint(p));
  if (tracer) await tracer.stop(`${out.label || 'build'}-${n}-open`);
  out.lives.push(await p.evaluate(`(${since})('collection-live')`));
  // Warm: the same popup, each query after the list is whole again.
  const profiler = PROFILE && r === (TRACED_RUN ?? RUNS - 1) ? await startProfile(p) : null;
  for (const w of zhNames) {
    await clearSearch(p, n);
    const qt = QUERY_TRACE ? await startQueryTrace(p) : null;
    const { ms, listed } = await searchIn(p, w, n);
    if (qt) await qt.stop(`zh ${w}`);
    out.warmZh.push(ms);
    out.warmZhListed.push(listed);
  }
  for (const w of enWords) {
    await clearSearch(p, n);
    const qt = QUERY_TRACE ? await startQueryTrace(p) : null;
    const { ms, listed } = await searchIn(p, w, n);
    if (qt) await qt.stop(`en ${w}`);
    out.warmEn.push(ms);
    out.warmEnListed.push(listed);
  }
  if (profiler) await profiler.stop(`${out.label || 'build'}-${n}-warm`);
  await logState(p, out.label, `after popup ${r}`);
  await p.close();
}

/**
 * A trace of one warm search (BENCH_COLLECTION_QUERY_TRACE=1): prints the popup's main thread from the keystroke to
 * its rows listed, by event, and the time it sat idle (waiting for IndexedDB or a timer).
 */
async function startQueryTrace(p) {
  const trace = await recordTrace(p, ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'toplevel', 'IndexedDB']);
  const prof = PROFILE ? await startProfile(p) : null;
  return {
    async stop(name) {
      if (prof) await prof.stop(`q-${name}`);
      const events = await trace.stop();
      const start = events.findLast((e) => e.name === 'bench-search-start');
      const end = events.findLast((e) => e.name === 'bench-search-listed');
      if (!start || !end) return console.log(`query ${name}: marks missing`);
      const inWin = (e) => e.ts >= start.ts && e.ts <= end.ts;
      const main = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && inWin(e));
      const tasks = main.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
      const busy = tasks.reduce((a, e) => a + e.dur, 0) / 1000;
      const sums = new Map();
      for (const e of main) sums.set(e.name, (sums.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
      const top = [...sums].sort((a, b) => b[1] - a[1]).slice(0, 14);
      console.log(
        `query ${name}: ${((end.ts - start.ts) / 1000).toFixed(1)} ms, ${tasks.length} tasks busy ${busy.toFixed(1)} ms`,
      );
      console.log('   ' + top.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' | '));
      // Phases marked by the popup (utils/collection/query.ts): asked, index read, cards settled.
      console.log(
        '   marks: ' +
          events
            .filter((e) => e.ts >= start.ts && e.ts <= end.ts && /^(search-|bench-)/.test(e.name))
            .map((e) => `${e.name}@${((e.ts - start.ts) / 1000).toFixed(1)}`)
            .join(' '),
      );
      console.log(
        '   tasks: ' +
          tasks.map((e) => `${((e.ts - start.ts) / 1000).toFixed(0)}+${(e.dur / 1000).toFixed(1)}`).join(' '),
      );
      if (process.env.BENCH_COLLECTION_QUERY_TASKS)
        for (const t of tasks.filter((e) => e.dur > 1500)) {
          const inner = main.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur > 300);
          const desc = inner.map(
            (e) =>
              `${e.name}${e.args?.data?.functionName ? `(${e.args.data.functionName})` : ''}${e.args?.data?.type ? `[${e.args.data.type}]` : ''} ${(e.dur / 1000).toFixed(1)}`,
          );
          console.log(
            `     @${((t.ts - start.ts) / 1000).toFixed(0)} ${(t.dur / 1000).toFixed(1)}: ${desc.slice(0, 14).join(', ')}`,
          );
        }
    },
  };
}

/** A CPU profile of page `p` (DevTools protocol), written to PROFILE; prints the functions with the most self time. */
async function startProfile(p) {
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return {
    async stop(name) {
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.detach();
      writeFileSync(resolve(PROFILE, `${name}.cpuprofile`), JSON.stringify(profile));
      const byId = new Map(profile.nodes.map((x) => [x.id, x]));
      const self = new Map();
      profile.samples.forEach((s, i) => {
        const f = byId.get(s).callFrame;
        const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
        self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
      });
      console.log(`profile ${name}:`);
      for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(8), k);
    },
  };
}

/**
 * A trace of page `p` (DevTools protocol) from before it navigates, written to TRACE; prints, for the popup's main
 * thread from its navigation to the first-row mark, the time of each kind of top-level task and of what ran in it.
 */
async function startTrace(p) {
  const trace = await recordTrace(p, [
    'devtools.timeline',
    'v8',
    'v8.execute',
    'blink.user_timing',
    'loading',
    'toplevel',
  ]);
  return {
    async stop(name) {
      const events = await trace.stop();
      writeFileSync(resolve(TRACE, `${name}.json`), JSON.stringify({ traceEvents: events }));
      const mark = events.find((e) => e.name === 'bench-first-row-drawn');
      const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame);
      if (!mark) return console.log(`trace ${name}: no first-row mark`);
      const main = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X');
      const from = nav && nav.pid === mark.pid ? nav.ts : Math.min(...main.map((e) => e.ts));
      const sums = new Map();
      for (const e of main)
        if (e.ts >= from && e.ts + (e.dur ?? 0) <= mark.ts)
          sums.set(e.name, (sums.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
      console.log(`trace ${name}: ${((mark.ts - from) / 1000).toFixed(1)} ms to the first row; main thread by event:`);
      for (const [k, v] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(v.toFixed(1).padStart(8), k);
    },
  };
}

const results = [];
for (const n of SIZES) {
  const file = resolve(mkdtempSync(resolve(tmpdir(), 'cnc-bench-')), 'collection.json');
  const { raw, freq } = writeCollection(n, file);
  // Names that exist: the commonest, a middling one, a rare one; English words of the same kinds.
  const byFreq = [...freq].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  const zhNames = [byFreq[0], byFreq[Math.floor(byFreq.length / 10)], byFreq[Math.floor(byFreq.length / 2)]];
  const enWords = ['okafor', 'quantum', 'fellowship'];
  const prepared = [];
  try {
    for (const b of BUILDS) prepared.push(await prepare(n, b, file, raw, zhNames));
    // The builds' popups take turns, so a before/after pair shares the machine's load as it changes.
    for (let r = 0; r < RUNS; r++)
      for (const s of prepared) {
        await wait(3000); // the last popup's connection closed
        await popupRun(s, r, zhNames, enWords);
      }
  } finally {
    for (const s of prepared) {
      await s.browser.close();
      rmSync(s.profile, { recursive: true, force: true });
      s.site.server.close();
      rmSync(resolve(s.extension, '..'), { recursive: true, force: true });
    }
    rmSync(file, { force: true });
  }
  for (const { out } of prepared) {
    console.log(JSON.stringify({ ...out, file: undefined }));
    results.push(out);
  }
}
const mb = (x) => (x / 2 ** 20).toFixed(1);
// The issue's targets, for 10,000 articles, or for 100,000 when every size measured is that large.
const AT_100K = results.every((r) => r.n >= 100_000);
const TARGET = AT_100K
  ? { size: '100,000', importS: '≤ 180 s', cold: '≤ 500 ms', warm: '≤ 100 ms' }
  : { size: '10,000', importS: '≤ 15 s', cold: '≤ 300 ms', warm: '≤ 30 ms' };
const lines = [
  `Chromium headless on this machine (2 cores, load average ${LOAD} when the run started), ${new Date().toISOString().slice(0, 10)}. Articles from`,
  '`scripts/bench-collection-data.mjs` (60 % Chinese, ~2,300 characters, names drawn from a 30,000 pool). Medians with',
  `(min–max) over ${RUNS} fresh popups; import is one run per size. Floor: the same articles written to IndexedDB with no index, in the same batches, same run.`,
  '',
  '| figure | ' +
    results.map((r) => `${r.n.toLocaleString('en')} articles${r.label ? ` (${r.label})` : ''}`).join(' | ') +
    ` | target (${TARGET.size}) |`,
  '|---|' + results.map(() => '---|').join('') + '---|',
  `| import through the popup's Import (file ${results.map((r) => `${mb(r.file)} MB`).join(' / ')}) | ${results.map((r) => `${(r.importMs / 1000).toFixed(1)} s`).join(' | ')} | ${TARGET.importS} |`,
  `| floor: same articles, no index | ${results.map((r) => `${(r.floor.ms / 1000).toFixed(1)} s (import = ${(r.importMs / r.floor.ms).toFixed(1)}×)`).join(' | ')} | – |`,
  `| size on disk (IndexedDB files, browser closed and reopened) / raw text + HTML | ${results.map((r) => `${mb(r.usage)} MB / ${mb(r.raw)} MB = ${(r.usage / r.raw).toFixed(2)}×`).join(' | ')} | ≤ 1.5× |`,
  `| floor size (the same, its own origin) / raw text + HTML | ${results.map((r) => `${mb(r.floor.size)} MB = ${(r.floor.size / r.raw).toFixed(2)}×`).join(' | ')} | – |`,
  `| the two sizes at each reading (each after a close and open of the browser, ${SETTLE_MS / 1000} s after), MB | ${results.map((r) => r.disk.map((d, i) => `${mb(d)} / ${mb(r.floorDisk[i])}`).join(', ')).join(' | ')} | – |`,
  `| storage estimate right after the import (counts LevelDB logs not yet written out) / raw | ${results.map((r) => `${mb(r.estimate)} MB = ${(r.estimate / r.raw).toFixed(2)}×`).join(' | ')} | – |`,
  `| first search of a fresh popup: Chinese name typed as the first screen shows → its rows listed (ms) | ${results.map((r) => spread(r.coldListed)).join(' | ')} | ${TARGET.cold} |`,
  `| the same → exact count (every match confirmed) (ms) | ${results.map((r) => spread(r.cold)).join(' | ')} | – |`,
  `| the same, from the popup's HTML received to the answer (ms) | ${results.map((r) => spread(r.coldFromOpen)).join(' | ')} | – |`,
  `| warm search, Chinese name (3 names × runs) → its rows listed (ms) | ${results.map((r) => spread(r.warmZhListed)).join(' | ')} | ${TARGET.warm} |`,
  `| the same → exact count (every match confirmed) (ms) | ${results.map((r) => spread(r.warmZh)).join(' | ')} | – |`,
  `| warm search, English word (3 words × runs) → its rows listed (ms) | ${results.map((r) => spread(r.warmEnListed)).join(' | ')} | ${TARGET.warm} |`,
  `| the same → exact count (ms) | ${results.map((r) => spread(r.warmEn)).join(' | ')} | – |`,
  `| popup first list paint: the first frame drawn with the saved first screen's rows (ms) | ${results.map((r) => spread(r.paints)).join(' | ')} | ≤ 100 ms |`,
  `| floor: a blank extension page (one text node), its first frame, opened and timed the same way (ms) | ${results.map((r) => spread(r.floors)).join(' | ')} | – |`,
  `| popup first contentful paint (the browser's own time for that frame, when presented) (ms) | ${results.map((r) => spread(r.fcps)).join(' | ')} | – |`,
  `| floor: the blank page's first contentful paint (ms) | ${results.map((r) => spread(r.floorFcps)).join(' | ')} | – |`,
  `| every card read, list live (ms from the popup's HTML received) | ${results.map((r) => spread(r.lives)).join(' | ')} | – |`,
  `| a popup opened 2 s into the import: list shown and a search answered | ${results.map((r) => (r.n >= 10_000 ? (r.duringImport == null ? '**no answer in 60 s**' : `${r.duringImport.toFixed(0)} ms`) : '–')).join(' | ')} | answers |`,
];
const table = lines.join('\n');
console.log(table);
const doc = 'docs/benchmarks.md';
const text = readFileSync(doc, 'utf-8');
// BENCH_COLLECTION_SECTION names the marker pair written (e.g. bench-collection-100k for a separate 100,000 run).
const SECTION = process.env.BENCH_COLLECTION_SECTION ?? 'bench-collection';
const block = `<!-- ${SECTION}:start -->\n${table}\n<!-- ${SECTION}:end -->`;
const marked = new RegExp(`<!-- ${SECTION}:start -->[\\s\\S]*<!-- ${SECTION}:end -->`);
writeFileSync(
  doc,
  marked.test(text)
    ? text.replace(marked, block)
    : `${text.trimEnd()}\n\n## The collection at scale: search index and import (issue #12)\n\n${block}\n`,
);
