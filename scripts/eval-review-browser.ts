// `npm run eval:review:browser`: the review sets (scripts/review-score.ts) through the built extension in Chromium,
// as issue #11's held-out pages are scored: each page served at its address by a local proxy (https as http; its
// bytes, the charset its <meta> declares; all else 404), detection read off the toolbar badge, first as shipped (the
// built-in suffixes), then with the page's host granted where the academic list holds it (the options page's opt-in),
// then the articles clipped from the popup and read back from its Export file. Each field is scored as
// `npm run eval:review` scores it, beside that Node result on the same pages. MISSES=1 lists the browser's misses and
// where it differs from Node: on tuning sets only. Needs `npx wxt build` and SETS / REVIEW_DIR as eval:review.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { isAcademicHost } from '../utils/detection/academic-hosts';
import { isUniversityHost } from '../utils/detection/university-hosts';
import type { Article } from '../utils/model/article';
import { clipFromPopup, normal, selfSigned } from './eval-browser-serve';
import { scoreInNode } from './review-node';
import { ReviewTally, reviewPages, type ReviewPage } from './review-score';
// @ts-expect-error -- the e2e helpers are plain ES modules without types
import * as chromium from '../tests/e2e/browser.mjs';
// @ts-expect-error -- as above
import { startPageServer } from '../tests/e2e/site-server.mjs';
// @ts-expect-error -- as above
import { exportFromPopup } from '../tests/e2e/browse-helpers.mjs';

const { EXTENSION, badgeText, grantHosts, launch, openTab, recordBadges, settledBadge } = chromium;
const started = Date.now();
if (!existsSync(resolve(EXTENSION, 'manifest.json'))) {
  console.error(`No built extension in ${EXTENSION}: run \`npx wxt build\` first.`);
  process.exit(1);
}

/** The address a page is served at: http, no fragment (the proxy answers https the same). */
const served = (p: ReviewPage) => {
  const u = new URL(p.answers.url);
  u.protocol = 'http:';
  u.hash = '';
  return u.href;
};
/** The charset the page's own <meta> declares (the proxy's header says the same), else UTF-8. */
const charsetOf = (bytes: Buffer) =>
  /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1] ?? 'utf-8';

const pages: ReviewPage[] = [];
const byUrl = new Map<string, ReviewPage>();
for (const p of reviewPages()) {
  if (byUrl.has(served(p))) console.error(`${p.where}: shares its address with an earlier page, left out`);
  else {
    byUrl.set(served(p), p);
    pages.push(p);
  }
}
const host = (p: ReviewPage) => new URL(served(p)).hostname;
const listedOnly = (p: ReviewPage) => !isUniversityHost(host(p)) && isAcademicHost(host(p));

interface Seen {
  /** NEWS on the badge as shipped, and with the listed host granted; undefined: no verdict within the wait. */
  shipped?: boolean;
  listed?: boolean;
  status?: string;
  article?: Article;
}
const seen = new Map<ReviewPage, Seen>(pages.map((p) => [p, {}]));
const site = await startPageServer((url: string) => {
  const p = byUrl.get(normal(url));
  return p && { body: p.bytes, charset: charsetOf(p.bytes) };
}, selfSigned());
const b = await launch({ proxyPort: site.port, args: ['--ignore-certificate-errors'] });

async function open(p: ReviewPage): Promise<{ page: Page; tabId: number } | null> {
  try {
    const tab = await openTab(b.ctx, b.sw, served(p), 20_000, 'commit');
    await tab.page.waitForLoadState('load', { timeout: 10_000 }).catch(() => {});
    return tab;
  } catch (e) {
    console.error(`${p.where}: did not load (${(e as Error).message.split('\n')[0]})`);
    return null;
  }
}
/** The badge detection settles on: NEWS or not; off the hosts it runs on, nothing is set, so none is waited for. */
async function detect(p: ReviewPage, runs: boolean): Promise<boolean | undefined> {
  const tab = await open(p);
  if (!tab) return undefined;
  await recordBadges(b.sw); // again, should the service worker have been restarted
  const badge = runs ? await settledBadge(b.sw, tab.tabId, 10_000) : await badgeText(b.sw, tab.tabId, '', 0);
  await tab.page.close();
  return badge === undefined ? undefined : badge === 'NEWS';
}

const timing: Record<string, number> = {};
try {
  let t0 = Date.now();
  await recordBadges(b.sw);
  for (const p of pages) seen.get(p)!.shipped = await detect(p, isUniversityHost(host(p)));
  // The listed hosts granted, as the options page's opt-in does: detection runs there too.
  const listed = [...new Set(pages.filter(listedOnly).map(host))];
  const refusedListed = (await grantHosts(b.ctx, b.extensionId, listed)) as string[];
  for (const p of pages) {
    const s = seen.get(p)!;
    s.listed = listedOnly(p)
      ? await detect(p, !refusedListed.includes(host(p)))
      : isUniversityHost(host(p)) && s.shipped;
  }
  timing.detection = Date.now() - t0;

  // Every article clipped from the popup, as a user does; its host allowed first where no suffix or list allows it.
  t0 = Date.now();
  const toClip = pages.filter((p) => p.answers.article);
  const others = [...new Set(toClip.map(host))].filter((h) => !isAcademicHost(h));
  const refused = (await grantHosts(b.ctx, b.extensionId, others)) as string[];
  if (refused.length + refusedListed.length) console.error(`Options did not add: ${[...refusedListed, ...refused]}`);
  const popup: Page = await b.ctx.newPage();
  for (const p of toClip) {
    const tab = await open(p);
    if (!tab) continue;
    seen.get(p)!.status = await clipFromPopup(popup, b.extensionId, tab.tabId);
    await tab.page.close();
  }
  const file = (await exportFromPopup(popup)) as { articles: Article[] };
  const exported = new Map(file.articles.map((a) => [normal(a.url), a]));
  for (const p of toClip) seen.get(p)!.article = exported.get(served(p));
  timing.clipping = Date.now() - t0;
} finally {
  await b.close();
  site.server.close();
}

const node = new ReviewTally();
const browser = new ReviewTally();
for (const p of pages) {
  scoreInNode(p, node);
  const s = seen.get(p)!;
  browser.detection(p.answers, p.where, s.listed === true, s.shipped === true);
  if (!p.answers.article) continue;
  browser.fields(s.article ?? null, p.answers, p.where);
  browser.names(s.article?.entities ?? [], p.answers, p.where);
}

const rows = Object.keys(node.tally).filter((f) => !f.endsWith('~'));
const cell = (t: ReviewTally, f: string) => (t.tally[f] ? `${t.tally[f][0]}/${t.tally[f][1]}` : '–');
const sets = [...new Set(pages.map((p) => p.set))];
console.log(`| ${sets.join(', ')} | Node | browser |\n|---|---|---|`);
for (const f of rows) console.log(`| ${f.trim()} | ${cell(node, f)} | ${cell(browser, f)} |`);
const unclipped = pages.filter((p) => p.answers.article && !seen.get(p)!.article);
const noVerdict = pages.filter((p) => seen.get(p)!.shipped === undefined || seen.get(p)!.listed === undefined);
console.log(
  `\n${pages.length} pages; detection ${Math.round(timing.detection! / 1000)} s, clipping and export ` +
    `${Math.round(timing.clipping! / 1000)} s, ${((Date.now() - started) / 60_000).toFixed(1)} min in all (load ` +
    `average ${loadavg()[0]!.toFixed(1)}). Not clipped: ${unclipped.length}. No badge within the wait: ${noVerdict.length}.`,
);
// Which pages the two disagree on, by field (counts only, unless MISSES=1: the check sets' pages stay unread). A miss
// is the same miss whatever each got.
const key = (m: string) => m.replace(/ got .*$/s, '');
const scored = (t: ReviewTally) => new Set(t.misses.filter((m) => !/^\S+ \S+ ~/.test(m)).map(key));
const [nodeMisses, browserMisses] = [scored(node), scored(browser)];
const differ = browser.misses.filter((m) => !nodeMisses.has(key(m)) && browserMisses.has(key(m)));
const fixed = node.misses.filter((m) => !browserMisses.has(key(m)) && nodeMisses.has(key(m)));
console.log(`Browser misses Node does not: ${differ.length}; Node misses the browser does not: ${fixed.length}.`);
if (process.env.MISSES)
  console.log(['', ...differ.map((m) => `browser only: ${m}`), ...fixed.map((m) => `Node only: ${m}`)].join('\n'));
for (const p of unclipped) console.error(`${p.where}: not clipped (${seen.get(p)!.status ?? 'did not load'})`);
