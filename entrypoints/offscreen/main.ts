// Chrome's offscreen document: the DOM the service worker lacks, where clipped pages are parsed and extracted, and clip
// and import jobs sanitized and saved.
import { browser } from 'wxt/browser';
import { openDb } from '../../utils/collection/db';
import { openJobsDb } from '../../utils/clip/job-store';
import { doWork, type Work } from '../../utils/clip/job-work';
import { WORK_MESSAGE } from '../../utils/platform/protocol';
import { readColumnHtml, READ_COLUMN_MESSAGE } from '../../utils/columns/read-column-html';

const db = openDb();
browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: unknown) => void) => {
  const m = message as { type?: string; work?: Work; html?: string; url?: string };
  if (m?.type === READ_COLUMN_MESSAGE && typeof m.html === 'string' && typeof m.url === 'string') {
    sendResponse(readColumnHtml(m.html, m.url, window));
    return;
  }
  if (m?.type !== WORK_MESSAGE || !m.work) return;
  void doWork(m.work, db, openJobsDb(), window).then(() => sendResponse({ done: true }));
  return true;
});
