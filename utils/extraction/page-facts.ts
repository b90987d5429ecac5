/**
 * Everything the campus rules read from the page itself (around the headline, the markup, the links), read before
 * the body is extracted: Readability may then take a disposable document apart instead of cloning it (issue #12).
 * Plain values only, no nodes, so nothing here depends on the tree after that.
 */
import type { Attachment, BylineEntry, FieldSource } from '../model/article';
import { breadcrumbTrails } from './breadcrumb-column';
import { fieldLinesAfter, type FieldLine } from './closing-lines';
import { extractDate, type DateResult } from './extract-date';
import type { ExtractOptions } from './extract-body';
import type { TitleResult } from './extract-title';
import { headlineWindow, type HeadlineWindow } from './headline-window';
import { linesAfterHeadline } from './lead-before-body';
import { authorNearHeadline } from './author-element';
import { articleCaptionCredits } from './photo-captions';
import { attachments, canonicalUrl, siteName, university } from './site-info';
import { detailsList, detailsWriters, type DetailsList } from './story-details';
import { viewCounterNear } from './view-counter';

export interface PageFacts {
  /** Text around the headline, where the meta line is. */
  near: HeadlineWindow;
  date: DateResult | null;
  /**
   * A counter in its own element near the headline, asked for only when the meta line has none. It may read the
   * whole page (the 13 MB page's comments table), so it is read late from a page that stays intact, and read ahead
   * only from a disposable one.
   */
  counterNear: () => number | null;
  /** Lines under the headline, for the lead (lead-before-body.ts). */
  linesAfter: string[];
  /** Lines of labelled fields in their own block after the headline, for the credits printed after the body. */
  fieldLines: FieldLine[];
  /** Breadcrumb candidates' segments, for the column once the headline is final. */
  trails: string[][];
  site: { name: string | null; provenance: FieldSource | null };
  university: string | null;
  canonicalUrl: string | null;
  attachments: Attachment[];
  /** The photographers the article's picture captions credit, wherever the pictures stand. */
  captionCredits: string[];
  /** The text of an author-marked element under the headline (a fallback to Readability's byline). */
  authorMarked: string | null;
  /** `<html lang>`, as the page declares it. */
  declaredLang: string | null;
  /** The writers a story's details list names (`<dt>Written by</dt>`), sidebars included. */
  detailsWriters: BylineEntry[];
  /** The credits and source of a Chinese story's details list (文章信息), sidebars included. */
  details: DetailsList | null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function pageFacts(
  doc: Document,
  url: string,
  t: TitleResult,
  zone: string,
  now: Date,
  { disposable = false }: ExtractOptions,
  standfirsts: readonly string[],
): PageFacts {
  const near = headlineWindow(doc, t.element, 400);
  const site = siteName(doc, t.siteSuffix, hostOf(url));
  const counter = disposable ? viewCounterNear(t.element) : undefined;
  return {
    near,
    date: extractDate(doc, url, t.element, zone, now, near, standfirsts),
    counterNear: () => (counter === undefined ? viewCounterNear(t.element) : counter),
    linesAfter: linesAfterHeadline(doc, t.element),
    fieldLines: fieldLinesAfter(doc, t.element),
    trails: breadcrumbTrails(doc),
    site,
    university: university(doc, site.name),
    canonicalUrl: canonicalUrl(doc),
    attachments: attachments(doc),
    authorMarked: authorNearHeadline(t.element),
    captionCredits: articleCaptionCredits(doc, t.element),
    declaredLang: doc.documentElement.getAttribute('lang'),
    detailsWriters: detailsWriters(doc),
    details: detailsList(doc),
  };
}
