// Profiles an import in real Chromium (issue #12): N articles (BENCH_PROFILE_N, default 2,000) from
// scripts/bench-collection-data.mjs through the popup's Import, with a CPU profile of the offscreen document
// (where imports run) taken over DevTools. Prints the import time and the functions with the most self time;
// the .cpuprofile is written next to the file for DevTools. A tool for finding where time goes, not a benchmark.
// BENCH_PROFILE_EXTENSION: the build to profile (default .output/chrome-mv3), e.g. an unminified one.
// BENCH_PROFILE_CPU=0: no CPU profile, only the import time and the size on disk (for comparing builds in turns).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import WebSocket from 'ws';
import { startSiteServer } from '../tests/e2e/site-server.mjs';
import { chromium } from 'playwright-core';
import { EXTENSION } from '../tests/e2e/browser.mjs';
import { makeArticles } from './bench-collection-data.mjs';

const N = Number(process.env.BENCH_PROFILE_N ?? 2000);
const CPU = process.env.BENCH_PROFILE_CPU !== '0';
const EXT = process.env.BENCH_PROFILE_EXTENSION ? resolve(process.env.BENCH_PROFILE_EXTENSION) : EXTENSION;
const PORT = 9300 + Math.floor(Math.random() * 500);
const dir = mkdtempSync(resolve(tmpdir(), 'cnc-profile-'));
const file = resolve(dir, 'collection.json');
const articles = makeArticles(N, 12, readFileSync('tests/fixtures/seed-text.txt', 'utf-8'));
writeFileSync(
  file,
  JSON.stringify({ format: 'campus-news-clips', version: 1, exportedAt: new Date().toISOString(), articles }),
);

/**
 * CPU seconds (user + system) used so far by the browser started on `profileDir` and all its processes (Linux
 * /proc): on a loaded machine, work done says more than wall time, which mostly measures the other load.
 */
function cpuSeconds(profileDir) {
  const byType = {};
  for (const p of browserProcesses(profileDir)) byType[p.type] = (byType[p.type] ?? 0) + p.ticks / 100;
  return byType;
}

/** The processes of the browser started on `profileDir`: pid, type (browser, renderer, …), CPU ticks so far. */
function browserProcesses(profileDir) {
  const procs = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf-8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf-8');
      procs.push({ pid: Number(name), ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]), cmd });
    } catch {
      // Gone meanwhile.
    }
  }
  const root = procs.filter(
    (p) => p.cmd.includes(profileDir) && !procs.some((q) => q.pid === p.ppid && q.cmd.includes(profileDir)),
  );
  const mine = new Set(root.map((p) => p.pid));
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs) if (!mine.has(p.pid) && mine.has(p.ppid)) grew = mine.add(p.pid).size > 0;
  }
  // By process type: the browser process (IndexedDB runs there), renderers (extension pages, the worker), etc.
  return procs
    .filter((q) => mine.has(q.pid))
    .map((p) => ({ ...p, type: /--type=([\w-]+)/.exec(p.cmd)?.[1] ?? 'browser' }));
}

/**
 * CPU ticks of each thread of those processes, kept at their highest over polls (a worker's thread is gone when
 * its import ends): which thread is busiest is what bounds the import on an idle machine, whatever the load here.
 */
function threadWatch(profileDir) {
  const tasksOf = (pid) => {
    try {
      return readdirSync(`/proc/${pid}/task`);
    } catch {
      // Gone meanwhile.
      return [];
    }
  };
  const seen = new Map();
  const poll = () => {
    for (const p of browserProcesses(profileDir))
      for (const tid of tasksOf(p.pid)) {
        try {
          const stat = readFileSync(`/proc/${p.pid}/task/${tid}/stat`, 'utf-8');
          const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          const ticks = Number(f[11]) + Number(f[12]);
          const was = seen.get(`${p.pid}/${tid}`);
          seen.set(`${p.pid}/${tid}`, { name: `${p.type} ${comm}`, ticks, base: was?.base ?? ticks });
        } catch {
          // Gone meanwhile.
        }
      }
  };
  poll();
  // Threads that exist now start from what they used so far; new ones from nothing.
  for (const t of seen.values()) t.base = t.ticks;
  const started = new Set(seen.keys());
  const timer = setInterval(poll, 200);
  return () => {
    clearInterval(timer);
    poll();
    const byName = new Map();
    for (const [k, t] of seen) {
      const s = (t.ticks - (started.has(k) ? t.base : 0)) / 100;
      byName.set(t.name, (byName.get(t.name) ?? 0) + s);
    }
    return [...byName].filter(([, s]) => s >= 0.3).sort((a, b) => b[1] - a[1]);
  };
}
const sum = (byType) => Object.values(byType).reduce((a, b) => a + b, 0);
const minus = (a, b) =>
  Object.entries(a)
    .map(([k, v]) => `${k} ${(v - (b[k] ?? 0)).toFixed(1)}`)
    .join(', ');

/** A minimal DevTools client on one target. */
async function devtools(wsUrl) {
  const ws = new WebSocket(wsUrl, { perMessageDeflate: false, maxPayload: 1 << 30 });
  await new Promise((ok, fail) => (ws.once('open', ok), ws.once('error', fail)));
  let id = 0;
  const waiting = new Map();
  ws.on('message', (m) => {
    const msg = JSON.parse(m);
    if (msg.id && waiting.has(msg.id)) {
      waiting.get(msg.id)(msg.result);
      waiting.delete(msg.id);
    }
  });
  const send = (method, params = {}) =>
    new Promise((ok) => {
      waiting.set(++id, ok);
      ws.send(JSON.stringify({ id, method, params }));
    });
  return { send, close: () => ws.close() };
}

const site = await startSiteServer();
// As tests/e2e/browser.mjs, plus a DevTools port to reach the offscreen document.
const ctx = await chromium.launchPersistentContext(resolve(dir, 'profile'), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    `--disable-extensions-except=${EXT}`,
    `--load-extension=${EXT}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    `--proxy-server=http://127.0.0.1:${site.port}`,
    `--remote-debugging-port=${PORT}`,
  ],
});
const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
const browser = { ctx, extensionId: new URL(sw.url()).host, close: () => ctx.close() };
try {
  const popup = await browser.ctx.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  // Make the offscreen document exist (it is created for the first job) by importing a tiny file first.
  const tiny = resolve(dir, 'tiny.json');
  writeFileSync(
    tiny,
    JSON.stringify({ format: 'campus-news-clips', version: 1, exportedAt: new Date().toISOString(), articles: [] }),
  );
  await popup.getByTestId('import').setInputFiles(tiny);
  let target;
  for (let i = 0; i < 100 && !target; i++) {
    const list = await (await fetch(`http://127.0.0.1:${PORT}/json/list`)).json();
    target = list.find((t) => t.url.includes('offscreen.html'));
    if (!target) await new Promise((r) => setTimeout(r, 100));
  }
  if (!target) throw new Error('no offscreen document');
  await popup
    .getByTestId('status')
    .filter({ hasText: /Imported|Nothing imported|failed/ })
    .waitFor({ timeout: 30_000 });
  await popup.close();
  const dt = await devtools(target.webSocketDebuggerUrl);
  // The tiny import's measures are not this one's.
  await dt.send('Runtime.evaluate', { expression: 'performance.clearMeasures()' });
  if (CPU) {
    await dt.send('Profiler.enable');
    await dt.send('Profiler.setSamplingInterval', { interval: 500 });
    await dt.send('Profiler.start');
  }
  const p = await browser.ctx.newPage();
  await p.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const usage = () => p.evaluate(async () => (await navigator.storage.estimate()).usage);
  const usage0 = await usage();
  const cpu0 = cpuSeconds(resolve(dir, 'profile'));
  const threads = threadWatch(resolve(dir, 'profile'));
  const t0 = performance.now();
  await p.getByTestId('import').setInputFiles(file);
  await p
    .getByTestId('status')
    .filter({ hasText: /Imported \d|failed/ })
    .waitFor({ timeout: 1_800_000 });
  const ms = performance.now() - t0;
  const cpu1 = cpuSeconds(resolve(dir, 'profile'));
  const cpu = sum(cpu1) - sum(cpu0);
  const byThread = threads();
  const profile = CPU ? (await dt.send('Profiler.stop')).profile : null;
  // Per batch (import-json.ts's User Timing measures): its parse, the reads of the file it waited for, its wait for
  // the batch before to be written, its segment (worker) and its write transaction: growth with size shows here.
  const measures = JSON.parse(
    (
      await dt.send('Runtime.evaluate', {
        expression: `JSON.stringify(performance.getEntriesByType('measure').filter((m) => m.name.startsWith('import: ')).map((m) => [m.name.slice(8), m.detail, m.duration]))`,
        returnByValue: true,
      })
    ).result.value,
  );
  dt.close();
  const perBatch = new Map();
  // Measures inside a batch's transaction carry no number: the k-th of a name is batch k's.
  const seen = new Map();
  for (const [name, detail, ms] of measures) {
    const n = detail || (seen.set(name, (seen.get(name) ?? 0) + 1), seen.get(name));
    const row = perBatch.get(n) ?? {};
    row[name] = (row[name] ?? 0) + ms;
    perBatch.set(n, row);
  }
  const kinds = [
    'parse',
    'read wait',
    'wait for the write before',
    'segment wait',
    'write',
    'write: find the same',
    'write: put',
  ];
  console.log(`batch  ${kinds.join(' | ')} (ms; read wait is part of parse)`);
  for (const [n, row] of [...perBatch].sort((a, b) => a[0] - b[0]))
    console.log(String(n).padStart(5), kinds.map((k) => (row[k] ?? 0).toFixed(0).padStart(7)).join(' '));
  // Size on disk as the import ends, and once the background merges are done (as bench-collection.mjs waits).
  const atEnd = ((await usage()) - usage0) / 1e6;
  await new Promise((r) => setTimeout(r, N >= 10_000 ? 15_000 : 3000));
  const size = ((await usage()) - usage0) / 1e6;
  const fileMb = readFileSync(file).length / 1e6;
  // Rows and bytes per table (#12: what each imported article costs in requests and bytes): each row's size as
  // structured data, roughly (strings by length, typed arrays by byteLength), summed in the popup over all stores.
  const tables = await p.evaluate(async () => {
    const size = (v) =>
      typeof v === 'string'
        ? v.length
        : ArrayBuffer.isView(v)
          ? v.byteLength
          : Array.isArray(v)
            ? v.reduce((s, x) => s + size(x), 0)
            : v && typeof v === 'object'
              ? Object.entries(v).reduce((s, [k, x]) => s + k.length + size(x), 0)
              : 8;
    const db = await new Promise((ok, fail) => {
      const r = indexedDB.open('campus-news-clipper');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const out = {};
    for (const name of db.objectStoreNames) {
      const store = db.transaction(name).objectStore(name);
      const rows = await new Promise((ok) => (store.getAll().onsuccess = (e) => ok(e.target.result)));
      const indexEntries = [...store.indexNames].length;
      out[name] = { rows: rows.length, bytes: rows.reduce((s, r) => s + size(r), 0), indexes: indexEntries };
      if (name === 'articles' && rows.length) {
        const f = {};
        for (const r of rows) for (const [k, v] of Object.entries(r)) f[k] = (f[k] ?? 0) + size(v);
        out[name].fields = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, Math.round(v / rows.length)]));
        out[name].indexEntries = rows.reduce((s, r) => s + 3 + (r.tags?.length ?? 0) + (r.keys?.length ?? 0), 0);
      }
    }
    db.close();
    return out;
  });
  console.log(`per table (rows, bytes per imported article, roughly):`);
  for (const [name, t] of Object.entries(tables))
    console.log(
      `  ${name.padEnd(14)} ${String(t.rows).padStart(6)} rows ${(t.bytes / N).toFixed(0).padStart(7)} B/article`,
    );
  if (tables.articles?.fields) console.log(`  article fields (B each): ${JSON.stringify(tables.articles.fields)}`);
  console.log(
    `import of ${N}: ${ms.toFixed(0)} ms, ${cpu.toFixed(1)} CPU s (all of the browser's processes); ` +
      `on disk ${atEnd.toFixed(1)} MB at the end, ${size.toFixed(1)} MB later (file ${fileMb.toFixed(1)} MB); CPU s by process: ${minus(cpu1, cpu0)}`,
  );
  console.log(`CPU s by thread (≥ 0.3 s): ${byThread.map(([n, s]) => `${n} ${s.toFixed(1)}`).join(', ')}`);
  if (profile) {
    writeFileSync(resolve(dir, 'import.cpuprofile'), JSON.stringify(profile));
    // Self time per function (bottom-up), from the samples.
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map();
    const dts = profile.timeDeltas;
    profile.samples.forEach((s, i) => {
      const n = byId.get(s);
      const f = n.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (dts[i + 1] ?? 0) / 1000);
    });
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(`profile ${total.toFixed(0)} ms; ${resolve(dir, 'import.cpuprofile')}`);
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(0).padStart(7), k);
  }
} finally {
  await browser.close();
  site.server.close();
}
