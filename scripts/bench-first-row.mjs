// What the first-frame benches share: the first-row watcher, its reading, and the blank floor page.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';

/**
 * Run in every page before its scripts: note when the list's first row is drawn, as the first frame after a row
 * (`.article-title`, from whichever script drew it) is in the DOM: requestAnimationFrame, then a message, which
 * runs once that frame's rendering work is done. The same for any build.
 */
export function watchFirstRow() {
  const seen = new MutationObserver(() => {
    if (!document.querySelector('.article-title')) return;
    seen.disconnect();
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => performance.mark('bench-first-row-drawn');
      ch.port2.postMessage(0);
    });
  });
  seen.observe(document, { subtree: true, childList: true });
}

/** Evaluated in the page (as source): ms from the HTML received to `mark`. */
export const since = (mark) =>
  performance.getEntriesByName(mark)[0].startTime - performance.getEntriesByType('navigation')[0].responseEnd;

/**
 * The first-paint floor: a blank extension page (one text node, in the class the first-row watcher looks for), added
 * to a copy of the build so it runs under the same manifest and origin, opened and timed as the popup is.
 */
export const FLOOR_PAGE = 'bench-floor.html';
export function withFloorPage(extension) {
  const dir = resolve(mkdtempSync(resolve(tmpdir(), 'cnc-bench-ext-')), 'ext');
  cpSync(extension, dir, { recursive: true });
  writeFileSync(
    resolve(dir, FLOOR_PAGE),
    '<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head>' +
      '<body><p class="article-title">.</p></body></html>',
  );
  return dir;
}
