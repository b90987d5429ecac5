/**
 * Readability 0.6.0's byline test (`_isValidByline`, run on every element until a byline is found) reads the
 * element's `textContent` before its cheap conditions (rel="author", itemprop, the class/id pattern). Every element
 * re-reads the text beneath it, so a page's text is read once per level of depth: on the 13 MB page (150,000
 * elements) it was 1.2 s of the offscreen document's 5.3 s (CPU profile, docs/benchmarks.md). The same test with
 * the cheap conditions first gives the same answer: each part is a pure read, and the pattern has no `g` flag.
 */
import type { Readability } from '@mozilla/readability';

interface BylineInternals {
  _isValidByline?: (node: Element, matchString: string) => boolean;
  REGEXPS?: { byline?: unknown };
}

/**
 * Put the cheap-first byline test on `reader`; false when its Readability has no such method (an upgrade: the unit
 * test then fails, to look again). `found` is told the element the test accepts (Readability keeps its bare
 * `textContent`, which runs adjacent blocks together: "Harrison TasoffMay 9, 2024").
 */
export function cheapBylineFirst(reader: Readability<unknown>, found?: (node: Element) => void): boolean {
  const r = reader as unknown as BylineInternals;
  const pattern = r.REGEXPS?.byline;
  if (typeof r._isValidByline !== 'function' || r._isValidByline.length !== 2 || !(pattern instanceof RegExp))
    return false;
  r._isValidByline = (node, matchString) => {
    const itemprop = node.getAttribute('itemprop');
    if (node.getAttribute('rel') !== 'author' && !itemprop?.includes('author') && !pattern.test(matchString))
      return false;
    const length = (node.textContent ?? '').trim().length;
    const valid = length > 0 && length < 100;
    if (valid) found?.(node);
    return valid;
  };
  return true;
}
