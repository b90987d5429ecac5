// The detector on a page load is split: the page reads (readHeadline, then readWalk and readMetadata) and the
// background judges what comes back (afterHeadlineRead, badgeFor). On every page of both shared sets that passes
// the address checks, that split gives the badge detectPastAddress gives on the whole Document (issue #12).
import { describe, expect, it } from 'vitest';
import { afterHeadlineRead, badgeFor } from '../../entrypoints/background/badge';
import { detectPastAddress, readMetadata } from '../../utils/detection/detect-article';
import { headlineLooks, readHeadline } from '../../utils/detection/headline-region';
import { notArticleAddress } from '../../utils/detection/page-kind';
import { readWalk } from '../../utils/detection/page-walk';
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
      const looks = headlineLooks(doc.title);
      const next = afterHeadlineRead(viaInjection({ ...readHeadline(looks, doc), href: url }), url, looks, 'NEWS', NOW);
      const walked = () =>
        badgeFor(
          viaInjection({ href: url, title: doc.title, walk: readWalk(doc), meta: readMetadata(doc) }),
          url,
          'NEWS',
          NOW,
        );
      expect(next && ('badge' in next ? next.badge : 'walk' in next ? walked() : next)).toBe(want);
      doc.defaultView?.close();
    });
  }
});
