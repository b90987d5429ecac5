// The popup's first frame alone, for comparing builds on a busy machine (issue #12): no collection, only a saved
// first screen of 12 Chinese rows put in each build's localStorage before each popup, then turns of (a blank extension
// page, the popup) per build, the builds taking turns. Prints, per build, median (min–max) and every turn of the
// popup's first list frame (first-row mark) and first contentful paint, of the blank page's, and of their difference
// per turn (the popup's own cost, which the load shifts less); when each file was in and the first row in the DOM.
// BENCH_FRAME_BUILDS=label=path,… (default: this build), BENCH_FRAME_TURNS (default 12), BENCH_FRAME_TRACE=1 (or a
// directory to keep the traces in): every popup traced, with where its main thread's time went. A tool, not a figure
// of docs/benchmarks.md: bench-collection.mjs measures first paint with a real collection.
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startSiteServer } from '../tests/e2e/site-server.mjs';
import { EXTENSION, launch } from '../tests/e2e/browser.mjs';
import {
  FLOOR_PAGE,
  breakdown,
  firstContentfulPaint,
  watchFirstRow,
  since,
  withFloorPage,
  recordTrace,
} from './bench-first-row.mjs';

const BUILDS = (process.env.BENCH_FRAME_BUILDS ?? `this=${EXTENSION}`).split(',').map((b) => {
  const [label, path] = b.split('=');
  return { label, path: resolve(path) };
});
const TURNS = Number(process.env.BENCH_FRAME_TURNS ?? 12);
// Set: every popup is traced (DevTools protocol) and the turns' traces say where its first frame's time went.
const TRACE = Boolean(process.env.BENCH_FRAME_TRACE);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** "median (min–max)" of ms. */
const spread = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return '–';
  return `${median(s).toFixed(0)} (${s[0].toFixed(0)}–${s.at(-1).toFixed(0)})`;
};
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

/** 12 cards as the list saves them, and their row texts (the v2 screen's `shown`; v1 builds ignore it). */
function savedScreen() {
  const cards = Array.from({ length: 12 }, (_, i) => ({
    id: `id${i}`,
    url: `http://news.x.edu.cn/${i}`,
    title: `学校召开第${i + 1}次本科教育教学审核评估工作推进会暨人才培养方案修订研讨会`,
    lang: 'zh',
    site: { host: 'news.x.edu.cn', name: null, university: '测试大学' },
    publishedAt: `2024-05-${String(1 + i).padStart(2, '0')}`,
    clippedAt: `2026-01-01T00:00:${String(59 - i).padStart(2, '0')}Z`,
    views: 1000 + i,
    tags: ['要闻'],
    sortPublished: `2024-05-${String(1 + i).padStart(2, '0')}`,
    chips: [
      { text: '王建军', kind: 'person' },
      { text: '李晓明', kind: 'person' },
      { text: '强基计划', kind: 'program' },
    ],
    names: ['王建军', '李晓明', '强基计划'],
  }));
  const rows = cards.map((c) => ({
    title: c.title,
    place: c.site.university,
    date: c.publishedAt,
    views: `${c.views.toLocaleString('en')} views`,
  }));
  const shown = {
    title: 'Campus News Clipper',
    search: 'Search title, text, names, site…',
    count: '500 articles',
    rows,
  };
  const v1 = JSON.stringify({ order: 'clipped', total: 500, cards });
  const v2 = JSON.stringify({ order: 'clipped', total: 500, cards, shown });
  return { 'cnc-first-screen-v1': v1, 'cnc-first-screen-v2': v2 };
}

/**
 * The first list frame of a fresh page at `url`, and where its time went (bench-first-row.mjs breakdown); `seed` is
 * put in localStorage after it (the popup overwrites it).
 */
async function frameOf(browser, url, seed, trace = false) {
  const p = await browser.ctx.newPage();
  const tracer = trace ? await startTrace(p) : null;
  await p.goto(url);
  await p
    .waitForFunction(() => performance.getEntriesByName('bench-first-row-drawn').length, null, { timeout: 90_000 })
    .catch(async (e) => {
      console.log(url, await p.evaluate(() => document.body.innerHTML.slice(0, 400)));
      throw e;
    });
  const ms = await p.evaluate(`(${since})('bench-first-row-drawn')`);
  // Reported once the frame is presented, which can be after the first-row mark.
  const fcp = await firstContentfulPaint(p);
  const parts = tracer ? { ...(await tracer.stop()), fcp } : await p.evaluate(`(${breakdown})()`);
  if (seed) await p.evaluate((items) => Object.entries(items).forEach(([k, v]) => localStorage.setItem(k, v)), seed);
  await p.close();
  return { ms, fcp, parts };
}

/**
 * Trace page `p` from before it navigates; `stop` returns, in ms from the start of the HTML's parsing on the page's
 * main thread: when each file it asked for was in (by name), when first-paint.js started and how long it ran, when
 * the first row was in the DOM, and the main thread's style, layout and paint before the first-row mark.
 */
async function startTrace(p) {
  const trace = await recordTrace(p, ['devtools.timeline', 'blink.user_timing', 'loading', 'toplevel']);
  return {
    async stop() {
      const events = await trace.stop();
      if (process.env.BENCH_FRAME_TRACE !== '1')
        writeFileSync(resolve(process.env.BENCH_FRAME_TRACE, `trace-${Date.now()}.json`), JSON.stringify(events));
      const mark = events.find((e) => e.name === 'bench-first-row-drawn');
      const inDom = events.find((e) => e.name === 'bench-first-row-in-dom');
      const main = events.filter((e) => e.pid === mark?.pid && e.tid === mark?.tid && e.ph === 'X');
      const from = main.find((e) => e.name === 'ParseHTML')?.ts ?? NaN;
      const ms = (ts) => (ts - from) / 1000;
      const urls = new Map();
      for (const e of events)
        if (e.name === 'ResourceSendRequest') urls.set(e.args.data.requestId, e.args.data.url.split('/').pop());
      const files = {};
      for (const e of events)
        if (e.name === 'ResourceFinish' && urls.has(e.args.data.requestId))
          files[urls.get(e.args.data.requestId)] = ms(e.ts);
      const painted = main.find((e) => e.name === 'Paint' && inDom && e.ts > inDom.ts);
      const fp = main.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith('/first-paint.js'));
      const sum = (names) =>
        main
          .filter((e) => names.includes(e.name) && e.ts + (e.dur ?? 0) <= mark.ts)
          .reduce((t, e) => t + e.dur / 1000, 0);
      return {
        files,
        inDom: inDom ? ms(inDom.ts) : NaN,
        drawn: mark ? ms(mark.ts) : NaN,
        painted: painted ? ms(painted.ts + painted.dur) : NaN,
        script: fp ? [ms(fp.ts), fp.dur / 1000] : [NaN, NaN],
        style: sum(['UpdateLayoutTree', 'ParseAuthorStyleSheet']),
        layout: sum(['Layout']),
        paint: sum(['Paint', 'PrePaint', 'Commit', 'Layerize']),
      };
    },
  };
}

const site = await startSiteServer();
const runs = [];
try {
  for (const b of BUILDS) {
    const dir = withFloorPage(b.path);
    const browser = await launch({ proxyPort: site.port, extension: dir });
    await browser.ctx.addInitScript(watchFirstRow);
    const base = `chrome-extension://${browser.extensionId}`;
    const seed = await browser.ctx.newPage();
    await seed.goto(`${base}/${FLOOR_PAGE}`);
    await seed.evaluate(
      (items) => Object.entries(items).forEach(([k, v]) => localStorage.setItem(k, v)),
      savedScreen(),
    );
    await seed.close();
    runs.push({ ...b, dir, browser, base, popup: [], floor: [], diff: [], parts: [], fcp: [], floorFcp: [] });
  }
  for (let t = 0; t < TURNS; t++)
    for (const r of runs) {
      await wait(500);
      const floor = await frameOf(r.browser, `${r.base}/${FLOOR_PAGE}`, savedScreen());
      await wait(500);
      const popup = await frameOf(r.browser, `${r.base}/popup.html`, null, TRACE);
      r.floor.push(floor.ms);
      r.popup.push(popup.ms);
      r.diff.push(popup.ms - floor.ms);
      r.fcp.push(popup.fcp);
      r.floorFcp.push(floor.fcp);
      r.parts.push(popup.parts);
    }
} finally {
  for (const r of runs) {
    await r.browser.close();
    rmSync(resolve(r.dir, '..'), { recursive: true, force: true });
  }
  site.server.close();
}
/** A file's name without the build's hash, so the builds' parts line up. */
const kind = (file) => file.replace(/-[\w-]{8}\.(js|css)$/, '.$1');
for (const r of runs) {
  console.log(
    `${r.label}: popup first list frame ${spread(r.popup)} ms, blank page ${spread(r.floor)} ms,` +
      ` popup − blank per turn ${spread(r.diff)} ms (median (min–max) of ${TURNS})`,
  );
  console.log(
    `  first contentful paint: popup ${spread(r.fcp)} ms, blank page ${spread(r.floorFcp)} ms,` +
      ` popup − blank per turn ${spread(r.fcp.map((x, i) => x - r.floorFcp[i]))} ms`,
  );
  console.log(`  all turns, popup: ${r.popup.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`  all turns, popup FCP: ${r.fcp.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`  all turns, blank FCP: ${r.floorFcp.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`  all turns, blank: ${r.floor.map((x) => x.toFixed(0)).join(' ')}`);
  const kinds = [...new Set(r.parts.flatMap((p) => Object.keys(p.files).map(kind)))];
  for (const k of kinds) {
    const at = r.parts.map((p) => Object.entries(p.files).find(([f]) => kind(f) === k)?.[1] ?? NaN);
    console.log(`  ${k} in at ${spread(at)} ms (in ${at.filter(Number.isFinite).length} of ${TURNS} turns)`);
  }
  console.log(`  first row in the DOM at ${spread(r.parts.map((p) => p.inDom))} ms, its frame ${spread(r.popup)} ms`);
  if (!TRACE) continue;
  console.log(`  (traced: ms from the HTML's parsing start on the main thread)`);
  console.log(`  first row drawn (mark) at ${spread(r.parts.map((p) => p.drawn))} ms`);
  console.log(`  first row painted (main thread) at ${spread(r.parts.map((p) => p.painted))} ms`);
  console.log(
    `  first-paint.js ran at ${spread(r.parts.map((p) => p.script[0]))} ms for ${spread(r.parts.map((p) => p.script[1]))} ms`,
  );
  for (const k of ['style', 'layout', 'paint'])
    console.log(`  ${k} before the frame ${spread(r.parts.map((p) => p[k]))} ms`);
}
