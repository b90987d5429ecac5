import { extractArticle } from '../utils/extract-article';
import { corpus, loadCorpusPage, pageUrl } from '../tests/golden/corpus';
const want = process.argv[2] ?? 'univ';
for (const p of corpus().filter((x) => x.category.includes(want))) {
  const r = extractArticle(loadCorpusPage(p), pageUrl(p), new Date('2026-11-23'));
  const gt = p.ground_truth;
  if (!r.ok) { console.log(p.file, 'NO ARTICLE'); continue; }
  const d = r.draft;
  console.log(`${p.file}\n  title: ${d.title} || gt: ${gt.title} / ${gt.headline_read_off_page ?? ''}\n  date: ${d.publishedAt} (${d.provenance?.publishedAt}) || gt: ${gt.date}\n  views: ${d.views} src: ${d.source} by: ${JSON.stringify(d.byline)} site: ${JSON.stringify(d.site)}\n  body: ${d.textContent.slice(0, 80).replace(/\n/g, ' ')} … ${d.textContent.slice(-60).replace(/\n/g, ' ')}`);
}
