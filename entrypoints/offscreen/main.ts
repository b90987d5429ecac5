// Chrome's offscreen document: the DOM the service worker lacks, where clipped pages are parsed and extracted, and clip
// and import jobs sanitized and saved.
import { browser } from 'wxt/browser';
import { openDb } from '../../utils/collection/db';
import { openJobsDb } from '../../utils/clip/job-store';
import { doWork } from '../../utils/clip/job-work';
import { isMergeMessage, isWorkMessage } from '../../utils/platform/protocol';
import { scheduleMerge } from '../../utils/collection/index/merge-schedule';
import { holdPostedSnapshot, type SnapshotPort } from '../../utils/clip/posted-snapshots';
import { readColumnHtml, READ_COLUMN_MESSAGE } from '../../utils/columns/read-column-html';

const db = openDb();
// One connection to the jobs database for all work, and both opened now: the document is made before the first
// press (the popup's warm-up), so the first clip does not open them (and each clip no longer opens another).
const jobs = openJobsDb();
void db.open().catch(() => {});
void jobs.open().catch(() => {});
browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: unknown) => void) => {
  const m = message as { type?: string; html?: string; url?: string };
  if (m?.type === READ_COLUMN_MESSAGE && typeof m.html === 'string' && typeof m.url === 'string') {
    sendResponse(readColumnHtml(m.html, m.url, window));
    return;
  }
  // A popup's search found a full level of the index: merged here, where closing the popup cannot drop it.
  // Once open (it may still be opening): scheduleMerge leaves a closed database alone.
  if (isMergeMessage(message))
    return void db.open().then(
      () => scheduleMerge(db, 0),
      () => {},
    );
  if (!isWorkMessage(message)) return;
  void doWork(message.work, db, jobs, window).then(() => sendResponse({ done: true }));
  return true;
});
// A tab clip's snapshot, posted by the page itself (utils/clip/page-snapshot.ts) before its work message comes.
browser.runtime.onConnect.addListener((port) => holdPostedSnapshot(port as SnapshotPort, browser.runtime.id));
