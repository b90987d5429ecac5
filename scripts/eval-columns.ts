// `npm run eval:columns`: how well column (list) pages are read, against hand labels of the list pages in the
// shared corpus and our own: item precision and recall (by address), date accuracy, the column's name, and that
// none of these pages is called an article. Writes docs/columns.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readColumn } from '../utils/columns/read-list';
import { detectArticle } from '../utils/detection/detect-article';
import { CORPUS_DIR, corpus, loadCorpusPage, requireCorpus } from '../tests/corpus/corpus';
import { loadPage } from '../tests/unit/load-page';

interface Label {
  file: string;
  url: string;
  column: string | null;
  items: { title: string; url: string; date: string | null }[];
}

requireCorpus();
const NOW = new Date('2026-11-23');
const labels = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../tests/corpus/list-labels.json'), 'utf8'),
) as Label[];
const pages = corpus();

function load(l: Label): Document {
  if (l.file.startsWith('tests/')) return loadPage(l.file, l.url);
  const p = pages.find((x) => `real/${x.file}` === l.file);
  if (!p) throw new Error(`no corpus page ${l.file} under ${CORPUS_DIR}`);
  return loadCorpusPage({ ...p, url: l.url, ground_truth: { ...p.ground_truth, url: l.url } });
}

const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)} % (${a}/${b})` : '–');
const rows = [
  '| page | items (labelled) | precision | recall | dates right | name | called an article |',
  '|---|---|---|---|---|---|---|',
];
const total = { found: 0, right: 0, want: 0, dated: 0, datesRight: 0 };
for (const l of labels) {
  const doc = load(l);
  const got = readColumn(doc, l.url, NOW);
  const want = new Map(l.items.map((i) => [i.url, i]));
  const right = got.items.filter((i) => want.has(i.url));
  const dated = right.filter((i) => want.get(i.url)!.date);
  const datesRight = dated.filter((i) => i.publishedAt?.slice(0, 10) === want.get(i.url)!.date).length;
  Object.assign(total, {
    found: total.found + (l.items.length ? got.items.length : 0),
    right: total.right + right.length,
    want: total.want + l.items.length,
    dated: total.dated + dated.length,
    datesRight: total.datesRight + datesRight,
  });
  const article = detectArticle(doc, l.url, NOW).isArticle;
  rows.push(
    `| ${l.file.replace(/^.*\//, '')} | ${got.items.length} (${l.items.length}) | ${l.items.length ? pct(right.length, got.items.length) : '–'} | ${pct(right.length, l.items.length)} | ${pct(datesRight, dated.length)} | ${got.name ?? '–'} (${l.column ?? '–'}) | ${article ? '**yes**' : 'no'} |`,
  );
}
rows.push(
  `| **all list pages** | | **${pct(total.right, total.found)}** | **${pct(total.right, total.want)}** | **${pct(total.datesRight, total.dated)}** | | |`,
);
const doc = `# Reading column pages

\`npm run eval:columns\` (generated; do not edit by hand). Hand labels: \`tests/corpus/list-labels.json\` (the main
list a reader would call the column's items: no menus, sidebars, pagers or "more" links). Precision counts only pages
that have a column (a home page has none). Dates: of the found items whose label has a printed date, how many were
read as that day. Targets (issue #15): items ≥ 95 %, dates ≥ 90 %, and no list page called an article.

${rows.join('\n')}
`;
writeFileSync(resolve(import.meta.dirname, '../docs/columns.md'), doc);
console.log(doc);
