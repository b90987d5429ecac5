// `npm run bench`: speed of what users wait for, measured here (Node 20, jsdom, fake-indexeddb; the browser
// numbers come from scripts/bench-browser.mjs). Targets live here; results go to docs/benchmarks.md.
// Tests never assert on time.
import 'fake-indexeddb/auto';
import { readFileSync, writeFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectArticle } from '../utils/detection/detect-article';
import { findEntities } from '../utils/entities/find-entities';
import { extractArticle } from '../utils/extraction/extract-article';
import { saveDraft } from '../utils/collection/save-draft';
import { articlesByIds, matchingIds, NO_FILTERS, searchArticles } from '../utils/collection/query';
import { openDb } from '../utils/collection/db';
import { levelIsFull, scheduleMerge } from '../utils/collection/index/merge-schedule';
import { mergeOneLevel } from '../utils/collection/index/merge';
import { corpus, loadCorpusPage, pageUrl } from '../tests/corpus/corpus';

const SEED_URL = 'http://news.xjtu.edu.cn/info/1033/140512.htm';
const seedHtml = readFileSync('tests/fixtures/pages/xjtu-vsb-article.html', 'utf-8');
const seedDoc = () => new JSDOM(seedHtml, { url: SEED_URL, virtualConsole: new VirtualConsole() }).window.document;

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { median: q(0.5), p95: q(0.95), max: s[s.length - 1]! };
}
function time(fn: () => unknown, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < 3; i++) fn(); // warm-up: JIT and caches, as on a page the user has open
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}
async function timeAsync(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

const rows: [string, ReturnType<typeof stats>, number, string][] = [];
const docs = corpus()
  .filter((p) => /univ/.test(p.category))
  .map((p) => [loadCorpusPage(p), pageUrl(p)] as const);

const parsedSeed = seedDoc();
rows.push([
  'detection (runs on every university page load), seed page',
  stats(time(() => detectArticle(parsedSeed, SEED_URL), 30)),
  20,
  'ms',
]);
/** A page's typical time: the median of a few runs after time()'s warm-up, so one cold run is not the figure. */
const perPage = (fn: () => unknown) => stats(time(fn, 5)).median;
const articleDocs = docs.filter(([d, u]) => detectArticle(d, u).isArticle);
rows.push([
  `detection, the ${articleDocs.length} corpus pages that pass every cheap check`,
  stats(articleDocs.map(([d, u]) => perPage(() => detectArticle(d, u)))),
  20,
  'ms per page (median of 5 runs each)',
]);
rows.push(['extraction on clip, seed page', stats(time(() => extractArticle(seedDoc(), SEED_URL), 20)), 500, 'ms']);
rows.push([
  `extraction on clip, the ${docs.length} university corpus pages (articles and not)`,
  stats(docs.map(([d, u]) => perPage(() => extractArticle(d, u)))),
  500,
  'ms per page (median of 5 runs each)',
]);

const seedText = readFileSync('tests/fixtures/seed-text.txt', 'utf-8');
const text5000 = (seedText + seedText).slice(0, 5000);
rows.push([
  'find people and programs, 5,000-character article',
  stats(time(() => findEntities(text5000), 30)),
  20,
  'ms',
]);

// Search over a collection of N seed-like articles (each with distinct words so results vary).
const N = Number(process.env.BENCH_ARTICLES ?? 2000);
const db = openDb('bench');
const base = extractArticle(seedDoc(), SEED_URL);
if (!base.ok) throw new Error('seed did not extract');
const t0 = performance.now();
for (let i = 0; i < N; i++) {
  await saveDraft(db, {
    ...base.draft,
    url: `${SEED_URL}?n=${i}`,
    title: `${base.draft.title} ${i}`,
    textContent: `${base.draft.textContent} 编号${i}`,
  });
  scheduleMerge(db); // as the clip job does after each save
}
const fill = performance.now() - t0;
// The user searches after the background merges have had their idle turns: finish what is still due.
const t1 = performance.now();
while ((await levelIsFull(db)) && (await mergeOneLevel(db)));
const settle = performance.now() - t1;
rows.push([
  `save one clip (collection of ${N})`,
  stats(await timeAsync(() => saveDraft(db, { ...base.draft, url: `${SEED_URL}?x=${Math.random()}` }), 20)),
  200,
  'ms',
]);
rows.push([
  `list search 「卢建军」 in ${N} articles: ids of all ${N} matches + the first screen of rows`,
  stats(
    await timeAsync(
      async () => articlesByIds(db, (await matchingIds(db, { ...NO_FILTERS, query: '卢建军' })).slice(0, 12)),
      5,
    ),
  ),
  50,
  'ms (fake-indexeddb; Chromium: bench-library below)',
]);
rows.push([
  `whole-article search 「卢建军」 in ${N} (what an export of the results reads)`,
  stats(await timeAsync(() => searchArticles(db, '卢建军'), 5)),
  1000,
  'ms: loads every match whole; only export does this',
]);

const fmt = (n: number) => n.toFixed(1);
const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on this machine (2 cores, Node ${process.version}). Filling ${N} articles one clip at a time took ${(fill / 1000).toFixed(1)} s, and the merges still due after it ${(settle / 1000).toFixed(1)} s.`,
  '',
  '| what | median | p95 | max | target | unit / note |',
  '|---|---|---|---|---|---|',
  ...rows.map(
    ([name, s, target, unit]) =>
      `| ${name} | ${fmt(s.median)} | ${fmt(s.p95)} | ${fmt(s.max)} | ≤ ${target} | ${unit}${s.p95 > target ? ' **over target**' : ''} |`,
  ),
].join('\n');
console.log(table);
const doc = 'docs/benchmarks.md';
writeFileSync(
  doc,
  readFileSync(doc, 'utf-8').replace(/(<!-- bench:start -->\n)[\s\S]*(<!-- bench:end -->)/, `$1${table}\n$2`),
);
await db.delete();
