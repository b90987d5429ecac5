// The detector on a page load is split: the page reads (readPage: the text after the headline, the walk and the
// metadata, in one injection) and the background judges what comes back (badgeFor). On every page of both shared
// sets that passes the address checks, that split gives the badge detectPastAddress gives on the whole Document,
// and the text after the headline cut from what the walk passed is what `textContent` gives (issue #12).
import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../entrypoints/background/badge';
import { detectPastAddress } from '../../utils/detection/detect-article';
import { headlineLooks, headlineWindows } from '../../utils/detection/headline-region';
import { notArticleAddress } from '../../utils/detection/page-kind';
import { readPage } from '../../utils/detection/page-read';
import { corpusAll, loadCorpusPage, pageUrl } from './corpus';

const NOW = new Date('2026-11-23');
// An injection's value comes back as JSON-like data, not the page's objects.
const viaInjection = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('the background judges what the page read as detectPastAddress judges the page', () => {
  for (const p of corpusAll()) {
    const url = pageUrl(p);
    if (notArticleAddress(new URL(url))) continue;
    it(p.file, () => {
      const doc = loadCorpusPage(p);
      const want = detectPastAddress(doc, new URL(url), NOW).isArticle ? 'NEWS' : '';
      const read = readPage(doc);
      expect(read.windows).toEqual(headlineWindows(headlineLooks(doc.title), doc.body?.textContent ?? ''));
      expect(badgeFor(viaInjection({ ...read, href: url }), url, 'NEWS', NOW)).toBe(want);
      doc.defaultView?.close();
    });
  }
});
