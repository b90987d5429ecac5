// The popup's first frame alone, for comparing builds on a busy machine (issue #12): no collection, only a saved
// first screen of 12 Chinese rows put in each build's localStorage before each popup, then turns of (a blank extension page, the
// popup) per build, the builds taking turns. Prints, per build, the median over the turns of the popup's first list
// frame, of the blank page's, and of their difference per turn (the popup's own cost, which the load shifts less).
// BENCH_FRAME_BUILDS=label=path,… (default: this build), BENCH_FRAME_TURNS (default 12). A tool, not a figure of
// docs/benchmarks.md: bench-collection.mjs measures first paint with a real collection.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { startSiteServer } from '../tests/e2e/site-server.mjs';
import { EXTENSION, launch } from '../tests/e2e/browser.mjs';
import { FLOOR_PAGE, watchFirstRow, since, withFloorPage } from './bench-first-row.mjs';

const BUILDS = (process.env.BENCH_FRAME_BUILDS ?? `this=${EXTENSION}`).split(',').map((b) => {
  const [label, path] = b.split('=');
  return { label, path: resolve(path) };
});
const TURNS = Number(process.env.BENCH_FRAME_TURNS ?? 12);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
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

/** The first list frame of a fresh page at `url`; `seed` is put in localStorage after it (the popup overwrites it). */
async function frameOf(browser, url, seed) {
  const p = await browser.ctx.newPage();
  await p.goto(url);
  await p
    .waitForFunction(() => performance.getEntriesByName('bench-first-row-drawn').length, null, { timeout: 90_000 })
    .catch(async (e) => {
      console.log(url, await p.evaluate(() => document.body.innerHTML.slice(0, 400)));
      throw e;
    });
  const ms = await p.evaluate(`(${since})('bench-first-row-drawn')`);
  if (seed) await p.evaluate((items) => Object.entries(items).forEach(([k, v]) => localStorage.setItem(k, v)), seed);
  await p.close();
  return ms;
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
    runs.push({ ...b, dir, browser, base, popup: [], floor: [], diff: [] });
  }
  for (let t = 0; t < TURNS; t++)
    for (const r of runs) {
      await wait(500);
      const floor = await frameOf(r.browser, `${r.base}/${FLOOR_PAGE}`, savedScreen());
      await wait(500);
      const popup = await frameOf(r.browser, `${r.base}/popup.html`);
      r.floor.push(floor);
      r.popup.push(popup);
      r.diff.push(popup - floor);
    }
} finally {
  for (const r of runs) {
    await r.browser.close();
    rmSync(resolve(r.dir, '..'), { recursive: true, force: true });
  }
  site.server.close();
}
for (const r of runs)
  console.log(
    `${r.label}: popup first list frame ${median(r.popup).toFixed(0)} ms, blank page ${median(r.floor).toFixed(0)} ms,` +
      ` popup − blank per turn ${median(r.diff).toFixed(0)} ms (median of ${TURNS})`,
  );
