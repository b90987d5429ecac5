/**
 * A story's details list, sidebars included: a key printing a publication label and the value after it
 * (`<dt>Date published</dt><dd>April 30, 2024</dd>`, `<dt>发布日期</dt><dd><time>2024-06-03</time></dd>`). Drupal and
 * Next.js news templates print the date only there (session 39, R36, R37). One such pair only: a page of items
 * prints one per item, and none of them is the page's.
 */
import { PUBLICATION_LABEL } from '../detection/date-clues';
import type { FieldSource } from '../model/article';
import { foldSpace } from './dom-text';
import { parseDate } from './parse-date';

/** A key longer than this is a sentence, not a label. */
const MAX_KEY = 30;

export function detailsDate(
  doc: Document,
  zone: string,
  now: Date,
  dayFirst: boolean,
): { iso: string; provenance: FieldSource } | null {
  let found: { iso: string; provenance: FieldSource } | null = null;
  for (const key of doc.querySelectorAll('dt, th')) {
    const label = foldSpace(key.textContent ?? '');
    PUBLICATION_LABEL.lastIndex = 0;
    if (label.length > MAX_KEY || !PUBLICATION_LABEL.test(label.toLowerCase())) continue;
    const value = key.nextElementSibling;
    const time = value?.querySelector('time')?.getAttribute('datetime');
    const d =
      value && (parseDate(value.textContent ?? '', zone, now, dayFirst) ?? (time ? parseDate(time, zone, now) : null));
    if (!d) continue;
    if (found) return null;
    found = { iso: d.iso, provenance: { kind: 'labelled', label } };
  }
  return found;
}
