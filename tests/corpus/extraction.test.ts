// Golden tests: every university article of the shared corpus through the extractor, compared with its
// answers; a failing field names the page and the field. Known misses are listed (and counted in
// docs/extraction.md); the targets of the issue are checked over the whole set.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extraction/extract-article';
import { corpus, loadCorpusPage, pageUrl } from './corpus';
import { scorePage, type PageScore } from './score';

// Known misses would be listed here (page · field, with the reason); there are none at present.
const KNOWN_MISSES = new Set<string>([]);

const pages = corpus().filter((p) => /univ-article/.test(p.category));
const results = pages.map((p) => {
  const r = extractArticle(loadCorpusPage(p), pageUrl(p), new Date('2026-11-23'));
  return { p, score: scorePage(p, r.ok ? r.draft : null) };
});
const FIELDS: (keyof PageScore)[] = ['title', 'date', 'views', 'bodyStart', 'bodyEnd', 'noFurniture'];

describe('university articles of the shared corpus', () => {
  it('are all there', () => expect(pages).toHaveLength(16));
  const cases = results.flatMap(({ p, score }) =>
    FIELDS.filter((f) => score[f] && !KNOWN_MISSES.has(`${p.file} · ${f}`)).map(
      (f) => [`${p.file} · ${f}`, score[f]!] as const,
    ),
  );
  it.each(cases)('%s', (_name, s) => expect(s.got, `want ${s.want}`).toSatisfy(() => s.ok));

  it.each([
    ['title', 0.95],
    ['date', 0.95],
    ['views', 1],
    ['bodyStart', 0.95],
    ['bodyEnd', 0.95],
    ['noFurniture', 0.95],
  ] as const)('%s accuracy ≥ %d', (field, target) => {
    const counted = results.filter((r) => r.score[field]);
    expect(counted.filter((r) => r.score[field]!.ok).length / counted.length).toBeGreaterThanOrEqual(target);
  });

  it('lists no known miss that has been fixed (keep the list honest)', () => {
    const fixed = [...KNOWN_MISSES].filter((k) =>
      results.some(({ p, score }) => FIELDS.some((f) => `${p.file} · ${f}` === k && score[f]?.ok)),
    );
    expect(fixed).toEqual([]);
  });
});
