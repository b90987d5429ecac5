/**
 * What `npm run eval` and `npm run eval:browser` score, defined once: the page groups, the fields, the splits, the
 * fixed date the Node side extracts with, and the Node side's own extraction of a page.
 */
import { extractArticle } from '../../utils/extraction/extract-article';
import type { Draft } from '../../utils/model/article';
import { loadCorpusPage, pageUrl, type CorpusPage } from './corpus';
import type { CorpusSplit } from './split';

/** The eval's "today": relative dates ("3 days ago") resolve against it, so the tables do not drift by the day. */
export const EVAL_NOW = new Date('2026-11-23');

export const GROUPS: [string, (p: CorpusPage) => boolean][] = [
  ['University articles (zh + en)', (p) => /univ-article/.test(p.category)],
  ['News (off campus, zh + many languages)', (p) => p.category === 'zh-news' || p.category === 'news'],
  ['Dated pages (htmldate labels)', (p) => p.category === 'dates'],
];
export const FIELDS = ['title', 'date', 'views', 'bodyStart', 'bodyEnd', 'noFurniture'] as const;
export const SPLITS: CorpusSplit[] = ['tuning', 'check'];

export const pct = (ok: number, n: number) => (n ? `${Math.round((100 * ok) / n)} % (${ok}/${n})` : '–');

/** Our extractor on the page in jsdom, at EVAL_NOW; the window is closed once read (hundreds exhaust the heap). */
export function nodeDraft(p: CorpusPage): Draft | null {
  const doc = loadCorpusPage(p);
  const r = extractArticle(doc, pageUrl(p), EVAL_NOW);
  doc.defaultView?.close();
  return r.ok ? r.draft : null;
}
