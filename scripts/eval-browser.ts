// `npm run eval:browser`: the corpus through the built extension in Chromium, as issue #11's held-out pages are
// scored. Every page of real/ and real2/ is served at its address by a local proxy (https as http; its bytes with
// the manifest's charset; all else 404), detection is read off the toolbar badge, and the article pages are
// clipped from the popup and read back from its Export file. Each field is scored as `npm run eval` scores it and
// set beside the Node eval's own result on the same page. Tuning pages' disagreements are listed with both
// values; the check set's are only counted. Writes docs/extraction.md's eval-browser section.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { detectArticle } from '../utils/detection/detect-article';
import { isUniversityHost } from '../utils/detection/university-hosts';
import { findEntities } from '../utils/entities/find-entities';
import { namesText } from '../utils/model/standfirst';
import type { Article, Draft, Entity } from '../utils/model/article';
import {
  requireCorpus,
  corpusAll,
  corpusBytes,
  corpusCharset,
  expectedDetection,
  loadCorpusPage,
  pageUrl,
  type CorpusPage,
} from '../tests/corpus/corpus';
import { EVAL_NOW, FIELDS, GROUPS, SPLITS, nodeDraft, pct } from '../tests/corpus/eval-groups';
import { scorePage, type Extracted, type PageScore } from '../tests/corpus/score';
import { splitOf } from '../tests/corpus/split';
import { clipFromPopup, normal, selfSigned, servedUrl } from './eval-browser-serve';
// @ts-expect-error -- the e2e helpers are plain ES modules without types
import * as chromium from '../tests/e2e/browser.mjs';
// @ts-expect-error -- as above
import { startPageServer } from '../tests/e2e/site-server.mjs';
// @ts-expect-error -- as above
import { articles, exportFromPopup } from '../tests/e2e/browse-helpers.mjs';

const { EXTENSION, badgeText, grantHosts, launch, openTab, recordBadges, settledBadge } = chromium;

const started = Date.now();
requireCorpus();
if (!existsSync(resolve(EXTENSION, 'manifest.json'))) {
  console.error(`No built extension in ${EXTENSION}: run \`npx wxt build\` first.`);
  process.exit(1);
}

const hasFields = (p: CorpusPage) => GROUPS.some(([, keep]) => keep(p));

interface Seen {
  /** The badge detection left (undefined: none was set within the wait). */
  badge?: string;
  /** The tab's address when read, when the page's own script took it elsewhere. */
  movedTo?: string;
  /** The page's load event did not come within the wait. */
  unloaded?: boolean;
  /** The popup's status line after Clip. */
  status?: string;
  article?: Article;
}

// EVAL_BROWSER_ONLY=<regex>: only the pages whose file matches (a quick look while working); the docs are not written.
const only = process.env.EVAL_BROWSER_ONLY ? new RegExp(process.env.EVAL_BROWSER_ONLY) : null;
const all = corpusAll().filter((p) => !only || only.test(p.file));
const byUrl = new Map<string, CorpusPage>();
const sharing: CorpusPage[] = []; // a later page at an address already served: left out, and said so
for (const p of all) {
  if (byUrl.has(servedUrl(p))) sharing.push(p);
  else byUrl.set(servedUrl(p), p);
}
const pages = [...byUrl.values()];

const seen = new Map<CorpusPage, Seen>(pages.map((p) => [p, {}]));
const site = await startPageServer((url: string) => {
  const p = byUrl.get(normal(url));
  return p && { body: corpusBytes(p), charset: corpusCharset(p) };
}, selfSigned());
// The certificate is our own: Chromium takes it only with certificate errors ignored.
const b = await launch({ proxyPort: site.port, args: ['--ignore-certificate-errors'] });
const timing: Record<string, number> = {};

/**
 * Open the page in a new tab; null when it did not arrive. A page that never finishes loading is kept (and noted):
 * its own script may loop on an image our proxy answers 404 (onerror setting the same src again).
 */
async function open(p: CorpusPage): Promise<{ page: Page; tabId: number } | null> {
  try {
    const tab = await openTab(b.ctx, b.sw, servedUrl(p), 20_000, 'commit');
    await tab.page.waitForLoadState('load', { timeout: 10_000 }).catch(() => (seen.get(p)!.unloaded = true));
    return tab;
  } catch (e) {
    console.error(`${p.file}: did not load (${(e as Error).message.split('\n')[0]})`);
    return null;
  }
}
const asExtracted = (a: Article | Draft | null | undefined): Extracted | null =>
  a ? { title: a.title, publishedAt: a.publishedAt, views: a.views, textContent: a.textContent } : null;
const nodeDrafts = new Map<CorpusPage, Draft | null>();
/** A tuning page's clip (read from the collection) against Node's, printed as it comes: work can start early. */
async function earlyLook(p: CorpusPage): Promise<void> {
  const draft = nodeDraft(p);
  nodeDrafts.set(p, draft);
  const stored = ((await articles(b.sw)) as Article[]).find((a) => normal(a.url) === servedUrl(p));
  const [n, w] = [asExtracted(draft), asExtracted(stored)];
  const diff = (['title', 'publishedAt', 'views'] as const).filter((k) => n?.[k] !== w?.[k]);
  if (n?.textContent !== w?.textContent) diff.push('textContent' as never);
  if (diff.length)
    console.error(
      `[tuning] ${p.file}: ${diff.map((k) => `${k} ${JSON.stringify(n?.[k])?.slice(0, 80)} → ${JSON.stringify(w?.[k])?.slice(0, 80)}`).join('; ')}`,
    );
}
const moved = (page: Page, p: CorpusPage) => (normal(page.url()) !== servedUrl(p) ? page.url() : undefined);

try {
  // 1. Detection as shipped: no host granted, so it runs where the built-in suffixes let it.
  let t0 = Date.now();
  await recordBadges(b.sw);
  for (const p of pages.filter((q) => expectedDetection(q) !== undefined)) {
    const tab = await open(p);
    if (!tab) continue;
    const s = seen.get(p)!;
    await recordBadges(b.sw); // again, should the service worker have been restarted
    // Off the suffixes the background leaves the tab alone (no grant): nothing to wait for.
    s.badge = isUniversityHost(new URL(servedUrl(p)).hostname)
      ? await settledBadge(b.sw, tab.tabId, 10_000)
      : await badgeText(b.sw, tab.tabId, '', 0);
    s.movedTo = moved(tab.page, p);
    await tab.page.close();
  }
  timing.detection = Date.now() - t0;

  // 2. Clip every page with field answers from the popup, as a user does; off-campus hosts granted first.
  t0 = Date.now();
  const toClip = pages.filter(hasFields);
  const hosts = [...new Set(toClip.map((p) => new URL(servedUrl(p)).hostname))].filter((h) => !isUniversityHost(h));
  const refused = (await grantHosts(b.ctx, b.extensionId, hosts)) as string[];
  if (refused.length) console.error(`Options did not add: ${refused.join(', ')}`);
  const popup: Page = await b.ctx.newPage();
  for (const p of toClip) {
    const tab = await open(p);
    if (!tab) continue;
    const s = seen.get(p)!;
    s.status = await clipFromPopup(popup, b.extensionId, tab.tabId);
    s.movedTo ??= moved(tab.page, p);
    if (splitOf(p) === 'tuning') await earlyLook(p);
    await tab.page.close();
  }
  const file = (await exportFromPopup(popup)) as { articles: Article[] };
  const exported = new Map(file.articles.map((a) => [normal(a.url), a]));
  for (const p of toClip) seen.get(p)!.article = exported.get(servedUrl(p));
  timing.clipping = Date.now() - t0;
} finally {
  await b.close();
  site.server.close();
}

// 3. The Node eval's own results on the same pages, and the two side by side.
const nameKey = (es: Entity[]) =>
  es
    .map((e) => `${e.kind}:${e.text}`)
    .sort()
    .join('|');
const lines = [
  '| pages | field | Node: tuning | browser: tuning | Node: check | browser: check |',
  '|---|---|---|---|---|---|',
];
const differs: string[] = [];
const checkDiffers: Record<string, number> = {};
const countCheck = (what: string) => (checkDiffers[what] = (checkDiffers[what] ?? 0) + 1);
const names = { tuning: [0, 0], check: [0, 0] };
for (const p of pages.filter(hasFields)) if (!nodeDrafts.has(p)) nodeDrafts.set(p, nodeDraft(p));

for (const [group, keep] of GROUPS) {
  const scored = SPLITS.map((split) => {
    const ps = pages.filter((p) => keep(p) && splitOf(p) === split);
    const node: PageScore[] = ps.map((p) => scorePage(p, asExtracted(nodeDrafts.get(p))));
    const browser: PageScore[] = ps.map((p) => scorePage(p, asExtracted(seen.get(p)!.article)));
    ps.forEach((p) => {
      const draft = nodeDrafts.get(p);
      const article = seen.get(p)!.article;
      if (!draft || !article) return;
      names[split][1]++;
      if (nameKey(findEntities(namesText(draft), { lang: draft.lang })) === nameKey(article.entities))
        names[split][0]++;
      else if (split === 'check') countCheck('key names');
      else differs.push(`- ${p.file} · key names differ`);
    });
    return { split, ps, node, browser };
  });
  for (const f of FIELDS) {
    const cells = scored.map(({ node, browser }) => {
      const counted = node.filter((s) => s[f] !== null).length;
      return [pct(node.filter((s) => s[f]?.ok).length, counted), pct(browser.filter((s) => s[f]?.ok).length, counted)];
    });
    if (cells.every(([c]) => c === '–')) continue;
    lines.push(`| ${group} | ${f} | ${cells[0]![0]} | ${cells[0]![1]} | ${cells[1]![0]} | ${cells[1]![1]} |`);
    for (const { split, ps, node, browser } of scored)
      ps.forEach((p, i) => {
        const [n, w] = [node[i]![f], browser[i]![f]];
        if (!n || !w || n.got === w.got) return;
        if (split === 'check') return countCheck(f);
        const mark = (s: typeof n) => `${s.ok ? '✓' : '✗'} \`${s.got}\``;
        const s = seen.get(p)!;
        const why = s.article ? '' : ` (not clipped: ${s.status ?? 'did not load'})`;
        differs.push(`- ${p.file} · ${f}: Node ${mark(n)} · browser ${mark(w)}${why}`);
      });
  }
}

const labelled = pages.filter((p) => expectedDetection(p) !== undefined);
const detectCells = SPLITS.map((split) => {
  const ps = labelled.filter((p) => splitOf(p) === split);
  let nodeOk = 0;
  let browserOk = 0;
  for (const p of ps) {
    const doc = loadCorpusPage(p);
    const node = detectArticle(doc, pageUrl(p), EVAL_NOW).isArticle;
    doc.defaultView?.close();
    const { badge, movedTo } = seen.get(p)!;
    // NEWS (en-US) is the detector's label; a fresh profile has nothing saved, so no ✓ during detection.
    const browser = badge === 'NEWS';
    if (node === expectedDetection(p)) nodeOk++;
    if (browser === expectedDetection(p)) browserOk++;
    if (node === browser && badge !== undefined) continue;
    if (split === 'check') countCheck('detection');
    else
      differs.push(
        `- ${p.file} · detection (want ${expectedDetection(p)}): Node ${node} · browser ${badge === undefined ? 'no verdict' : browser}${movedTo ? ` (the page moved to ${movedTo})` : ''}`,
      );
  }
  return [pct(nodeOk, ps.length), pct(browserOk, ps.length)];
});
lines.push(
  `| All labelled pages | detection (news article or not) | ${detectCells[0]![0]} | ${detectCells[0]![1]} | ${detectCells[1]![0]} | ${detectCells[1]![1]} |`,
);
lines.push(
  `| Clipped in both | key names equal to Node's extraction + findEntities | – | ${pct(...(names.tuning as [number, number]))} | – | ${pct(...(names.check as [number, number]))} |`,
);

const clipFails = pages.filter((p) => hasFields(p) && !seen.get(p)!.article);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
/** A list of pages as counts per split, naming the tuning set's (never the check set's). */
const bySplit = (ps: CorpusPage[]) => {
  const tuning = ps.filter((p) => splitOf(p) === 'tuning').map((p) => p.file);
  return `${tuning.length} tuning${tuning.length ? ` (${tuning.join(', ')})` : ''}, ${ps.length - tuning.length} check`;
};
const table = [
  lines.join('\n'),
  '',
  `Run: ${pages.length} addresses served; detection ${Math.round(timing.detection! / 1000)} s, clipping and export ` +
    `${Math.round(timing.clipping! / 1000)} s, ${minutes} min in all (load average ${loadavg()[0]!.toFixed(1)}).`,
  `Pages sharing an address with an earlier one, left out: ${bySplit(sharing)}.`,
  `Not clipped: ${bySplit(clipFails)}.`,
  `Moved elsewhere by their own script: ${bySplit(pages.filter((p) => seen.get(p)!.movedTo))}.`,
  `Load never finished within 10 s (clipped all the same): ${bySplit(pages.filter((p) => seen.get(p)!.unloaded))}.`,
  '',
  "Where the browser's value differs from Node's, tuning set:",
  differs.join('\n') || '- none',
  '',
  `Check set, pages differing (counts only): ${
    Object.entries(checkDiffers)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none'
  }.`,
  '',
].join('\n');
console.log(table);
// EVAL_BROWSER_DUMP=<file>: the tuning pages' two extractions, whole, to trace a difference (never the check set's).
if (process.env.EVAL_BROWSER_DUMP) {
  const tuning = pages.filter((p) => hasFields(p) && splitOf(p) === 'tuning');
  const dump = tuning.map((p) => ({
    file: p.file,
    node: nodeDrafts.get(p) ?? null,
    browser: seen.get(p)!.article ?? null,
  }));
  writeFileSync(process.env.EVAL_BROWSER_DUMP, JSON.stringify(dump, null, 1));
}
if (only) process.exit(0);
const doc = 'docs/extraction.md';
const text = readFileSync(doc, 'utf-8');
writeFileSync(doc, text.replace(/(<!-- eval-browser:start -->\n)[\s\S]*(<!-- eval-browser:end -->)/, `$1${table}$2`));
