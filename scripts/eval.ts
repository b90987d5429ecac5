// `npm run eval`: per-field accuracy of our extractor and, side by side, of Readability alone, over the
// shared corpus; detection accuracy over labelled positives and negatives. Writes docs/extraction.md's table.
import { readFileSync, writeFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { detectArticle } from '../utils/detection/detect-article';
import { extractArticle } from '../utils/extraction/extract-article';
import { requireCorpus, corpus, expectedDetection, loadCorpusPage, pageUrl, type CorpusPage } from '../tests/corpus/corpus';
import { scorePage, type Extracted, type PageScore } from '../tests/corpus/score';
import { entityTable } from './eval-entities';

requireCorpus();
const NOW = new Date('2026-11-23');
const GROUPS: [string, (p: CorpusPage) => boolean][] = [
  ['University articles (zh + en)', (p) => /univ-article/.test(p.category)],
  ['Chinese news (off campus)', (p) => p.category === 'zh-news'],
  ['Dated pages (htmldate labels)', (p) => p.category === 'dates'],
];
const FIELDS = ['title', 'date', 'views', 'bodyStart', 'bodyEnd', 'noFurniture'] as const;

function ours(p: CorpusPage): Extracted | null {
  const r = extractArticle(loadCorpusPage(p), pageUrl(p), NOW);
  return r.ok ? r.draft : null;
}
function readabilityAlone(p: CorpusPage): Extracted | null {
  const r = new Readability(loadCorpusPage(p)).parse();
  return r
    ? { title: r.title ?? null, publishedAt: r.publishedTime ?? null, views: null, textContent: r.textContent ?? '' }
    : null;
}

const pct = (ok: number, n: number) => (n ? `${Math.round((100 * ok) / n)} % (${ok}/${n})` : '–');
const lines: string[] = ['| pages | field | ours | Readability alone |', '|---|---|---|---|'];
const misses: string[] = [];
for (const [name, keep] of GROUPS) {
  const pages = corpus().filter(keep);
  const a: PageScore[] = pages.map((p) => scorePage(p, ours(p)));
  const b: PageScore[] = pages.map((p) => scorePage(p, readabilityAlone(p)));
  for (const f of FIELDS) {
    const counted = a.filter((s) => s[f] !== null).length;
    if (!counted) continue;
    lines.push(
      `| ${name} | ${f} | ${pct(a.filter((s) => s[f]?.ok).length, counted)} | ${pct(b.filter((s) => s[f]?.ok).length, counted)} |`,
    );
    a.forEach((s, i) => {
      if (s[f] && !s[f]!.ok && /univ/.test(pages[i]!.category))
        misses.push(`- ${pages[i]!.file} · ${f}: want \`${s[f]!.want}\`, got \`${s[f]!.got}\``);
    });
  }
}
const labelled = corpus().filter((p) => expectedDetection(p) !== undefined);
const wrongDetections = labelled.filter(
  (p) => detectArticle(loadCorpusPage(p), pageUrl(p), NOW).isArticle !== expectedDetection(p),
);
const right = labelled.length - wrongDetections.length;
misses.push(...wrongDetections.map((p) => `- ${p.file} · detection: want ${expectedDetection(p)}`));
const univ = labelled.filter((p) => /univ-(article|negative)/.test(p.category));
const univRight = univ.filter(
  (p) => detectArticle(loadCorpusPage(p), pageUrl(p), NOW).isArticle === expectedDetection(p),
).length;
lines.push(`| All labelled pages | detection (news article or not) | ${pct(right, labelled.length)} | – |`);
lines.push(`| University pages only | detection | ${pct(univRight, univ.length)} | – |`);

const table = `${lines.join('\n')}\n\nMisses on university pages (and every detection miss):\n${misses.join('\n') || '- none'}\n\n${entityTable()}`;
console.log(table);
const doc = 'docs/extraction.md';
const text = readFileSync(doc, 'utf-8');
writeFileSync(doc, text.replace(/(<!-- eval:start -->\n)[\s\S]*(<!-- eval:end -->)/, `$1${table}$2`));
