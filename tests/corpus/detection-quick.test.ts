// The detector's quick verdict (the text after the headline, issue #12) against its walk, on every page of both
// shared sets whatever its host: the quick path may only say "article" where the walk says so too, since it
// replaces the walk on exactly those pages.
import { describe, expect, it } from 'vitest';
import { detectByWalk } from '../../utils/detection/detect-article';
import { headlineEvidence } from '../../utils/detection/headline-region';
import { notArticleAddress, notArticleText } from '../../utils/detection/page-kind';
import { corpusAll, loadCorpusPage, pageUrl } from './corpus';

const NOW = new Date('2026-11-23');

describe('quick verdict against the walk, over the shared corpus', () => {
  const settled: string[] = [];
  const contradicted: string[] = [];
  for (const p of corpusAll()) {
    const u = new URL(pageUrl(p));
    if (notArticleAddress(u)) continue;
    const doc = loadCorpusPage(p);
    if (!notArticleText(doc) && headlineEvidence(doc, NOW)) {
      settled.push(p.file);
      const walk = detectByWalk(doc, u, NOW);
      if (!walk.isArticle) contradicted.push(`${p.file} (${walk.reasons.join(', ')})`);
    }
    doc.defaultView?.close();
  }
  it('settles some pages (the campus CMS pages with a labelled date line)', () =>
    expect(settled.length).toBeGreaterThanOrEqual(5));
  it('never says "article" where the walk does not', () => expect(contradicted).toEqual([]));
});
