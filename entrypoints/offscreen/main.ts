// Chrome's offscreen document: the DOM the service worker lacks, where clipped pages are parsed and extracted, and clip
// and import jobs sanitized and saved.
import { browser } from 'wxt/browser';
import { openDb } from '../../utils/collection/db';
import { openJobsDb } from '../../utils/clip/job-store';
import { doWork } from '../../utils/clip/job-work';
import { isWorkMessage } from '../../utils/platform/protocol';
import { readColumnHtml, READ_COLUMN_MESSAGE } from '../../utils/columns/read-column-html';

const db = openDb();
browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: unknown) => void) => {
  const m = message as { type?: string; html?: string; url?: string };
  if (m?.type === READ_COLUMN_MESSAGE && typeof m.html === 'string' && typeof m.url === 'string') {
    sendResponse(readColumnHtml(m.html, m.url, window));
    return;
  }
  if (!isWorkMessage(message)) return;
  void doWork(message.work, db, openJobsDb(), window).then(() => sendResponse({ done: true }));
  return true;
});

// A tab clip's work, posted by our service worker (utils/clip/offscreen-post.ts): only a service worker of this
// origin can post here, and the answer goes back on the port it sent.
navigator.serviceWorker.addEventListener('message', (e: MessageEvent) => {
  const [port] = e.ports;
  if (e.origin !== location.origin || !(e.source instanceof ServiceWorker) || !port || !isWorkMessage(e.data)) return;
  void doWork(e.data.work, db, openJobsDb(), window).then(() => port.postMessage({ done: true }));
});
navigator.serviceWorker.startMessages();
