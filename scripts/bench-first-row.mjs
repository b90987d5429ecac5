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
    performance.mark('bench-first-row-in-dom');
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => performance.mark('bench-first-row-drawn');
      ch.port2.postMessage(0);
    });
  });
  seen.observe(document, { subtree: true, childList: true });
}

/**
 * Evaluated in the page (as source): where a first frame's time went, in ms from the HTML received: when each file
 * the page asked for was in (by file name), when the first row was put in the DOM, and when its frame was drawn.
 */
export const breakdown = () => {
  const t0 = performance.getEntriesByType('navigation')[0].responseEnd;
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime - t0;
  const files = {};
  for (const r of performance.getEntriesByType('resource'))
    if (r.startTime - t0 < at('bench-first-row-drawn')) files[r.name.split('/').pop()] = r.responseEnd - t0;
  return {
    files,
    inDom: at('bench-first-row-in-dom'),
    drawn: at('bench-first-row-drawn'),
    fcp: at('first-contentful-paint'),
  };
};

/**
 * Evaluated in the page (as source): ms from the HTML received to `mark`. `first-contentful-paint` is the browser's
 * own time for the first frame with text on screen (the popup's saved rows, the blank page's one text node), taken
 * when the frame is presented: unlike the first-row mark, a task queued after the frame (such as the popup starting
 * its bundle) cannot delay it.
 */
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

/** Page `p`'s first contentful paint in ms from the HTML received (`since`), waited for; NaN if none is reported. */
export const firstContentfulPaint = (p) =>
  p
    .waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length, null, { timeout: 3000 })
    .then(() => p.evaluate(`(${since})('first-contentful-paint')`))
    .catch(() => NaN);

/**
 * Record a DevTools trace of page `p` from now (before it navigates) with these categories; `stop()` ends it and
 * gives its events. Each bench reads what it needs from them.
 */
export async function recordTrace(p, categories) {
  const cdp = await p.context().newCDPSession(p);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories } });
  return {
    async stop() {
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach();
      return events;
    },
  };
}
