/**
 * All the page reads for detection, in one injection (entrypoints/detector.ts): the text after the headline (for
 * the quick verdict), the walk and the metadata tags. The background judges the quick verdict first and the walk
 * only when that does not settle it (entrypoints/background/badge.ts). Most pages are walked (the quick verdict
 * settles 6 of 260 corpus pages), so one injection that does both costs a walked page less than a headline read
 * followed by a second injection that walks: every injection and every first DOM read is paid again on a page
 * load, and the walk already passes the text the headline read would take from `textContent`.
 */
import type { DetectorFacts } from '../platform/protocol';
import { headlineLooks, windowsAfterWalk } from './headline-region';
import { readMetadata } from './page-metadata';
import { walkText } from './page-walk';

export function readPage(doc: Document): DetectorFacts {
  const walked = walkText(doc);
  return {
    href: doc.URL,
    title: doc.title,
    // The page's own <title> (the tab's only usually equals it) says where the headline may be.
    windows: windowsAfterWalk(headlineLooks(doc.title), walked, doc),
    walk: walked.read,
    meta: readMetadata(doc),
  };
}
