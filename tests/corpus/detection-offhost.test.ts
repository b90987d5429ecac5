// The detector's judgement past the host gate, on the shared sets' news articles off campus (many languages,
// today's templates): what it would say were they on a university's host, as unseen university sites will be.
// Their labelled answer is "no" only because of the host; here an article should be called one, and the home,
// list, forum and encyclopedia pages should not. Tuning and check apart (tests/corpus/split.ts); floors at what
// the detector reaches since session 18 (issue #11), so a change that loses pages fails here.
import { describe, expect, it } from 'vitest';
import { detectOnAcademicHost } from '../../utils/detection/detect-article';
import { corpusAll, loadCorpusPage, pageUrl, type CorpusPage } from './corpus';
import { splitOf } from './split';

const NOW = new Date('2026-11-23');
const kind = (p: CorpusPage) => String((p as { kind?: unknown }).kind ?? '');
// real2's htmldate pages ("dates"), mostly articles on today's news sites, are counted apart as "dated pages".
const offCampus = corpusAll().filter((p) => /^(news|zh-news|negative-nonuniv|dates)$/.test(p.category));
const notArticle = (p: CorpusPage) => /home|list|forum|encyclopedia/.test(kind(p));
const verdicts = offCampus.map((p) => {
  const doc = loadCorpusPage(p);
  const got = detectOnAcademicHost(doc, new URL(pageUrl(p)), NOW).isArticle;
  doc.defaultView?.close();
  return { split: splitOf(p), dated: p.category === 'dates', article: !notArticle(p), got };
});

function count(split: string, article: boolean, dated = false) {
  const set = verdicts.filter((v) => v.split === split && v.article === article && v.dated === dated);
  return { called: set.filter((v) => v.got).length, of: set.length };
}

describe('off-campus pages judged past the host gate', () => {
  const rows = (['tuning', 'check'] as const).map((s) => ({
    s,
    articles: count(s, true),
    others: count(s, false),
    dated: count(s, true, true),
  }));
  console.log(
    rows
      .map(
        (r) =>
          `${r.s}: ${r.articles.called}/${r.articles.of} articles called articles, ` +
          `${r.others.called}/${r.others.of} home/list/forum pages called articles, ` +
          `${r.dated.called}/${r.dated.of} dated pages called articles`,
      )
      .join('\n'),
  );
  // Session 18 took articles from 52/72 to 59/72 on tuning and 13/26 to 19/26 on check (their templates' menus
  // outweighed the text, their script held no "prose", or their date was day-first); home, list and forum pages
  // did not move (1/9 tuning, 1/1 check).
  // Session 20's merge kept one rule (a short declared article among menus): dated pages 33/48 -> 40/48 tuning and
  // 21/36 -> 24/36 check, articles unchanged. Two more (a date under the headline, day-first dates in other languages)
  // reached 63/72, 20/26, 42/48, 25/36 but cost a labelled check page (detection-split.test.ts), and were reverted.
  it('tuning articles', () => expect(rows[0]!.articles.called).toBeGreaterThanOrEqual(59));
  it('check articles', () => expect(rows[1]!.articles.called).toBeGreaterThanOrEqual(19));
  it('tuning dated pages', () => expect(rows[0]!.dated.called).toBeGreaterThanOrEqual(40));
  it('check dated pages', () => expect(rows[1]!.dated.called).toBeGreaterThanOrEqual(24));
  it('home, list, forum and encyclopedia pages stay refused', () =>
    expect(rows[0]!.others.called + rows[1]!.others.called).toBeLessThanOrEqual(2));
});
