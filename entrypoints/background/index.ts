import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { dropOldRegistrations } from '../../utils/platform/detector-registration';
import { watchPageLoads } from './page-loads';
import {
  ensureOffscreen,
  finishLostJobsAtStart,
  isJobMessage,
  readColumnInDom,
  runJob,
} from '../../utils/clip/job-runner';
import { isMergeMessage, isWarmMessage, MERGE_MESSAGE } from '../../utils/platform/protocol';
import { startColumns } from '../../utils/columns/column-runner';
import { startBrowseActions } from '../../utils/browse/browse-wiring';

/** Merge a full index level once the database is open (Firefox: the background page merges what a popup asked). */
async function mergeOpened(db: ClipsDb): Promise<void> {
  const [{ scheduleMerge }] = await Promise.all([import('../../utils/collection/index/merge-schedule'), db.open()]);
  scheduleMerge(db, 0);
}

export default defineBackground(() => {
  let db: ClipsDb | null = null;
  // The badge: the detector is injected into loaded university tabs (and granted listed or extra sites).
  watchPageLoads(() => (db ??= openDb()));
  browser.runtime.onInstalled.addListener(
    () => void dropOldRegistrations().catch((e) => console.error('old detector registrations', e)),
  );
  // A clip or import the browser's last session cut off is told as such, not as still running.
  void finishLostJobsAtStart().catch((e) => console.error('lost jobs', e));
  // Clips and imports run here (and in the offscreen document), so closing the popup cannot drop them.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only our own pages (popup, library tab) may start jobs; content scripts' senders have the page's address.
    if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return;
    // The popup opened on a web page: the offscreen document is made now, not at the press (Firefox has none).
    if (isWarmMessage(message) && !import.meta.env.FIREFOX)
      void ensureOffscreen().catch((e) => console.error('offscreen document', e));
    // A page's search found a full level of the index: merged where it outlives the page (protocol.ts).
    if (isMergeMessage(message)) {
      // Opened first: scheduleMerge leaves a closed database alone, and nothing here may have opened it yet.
      if (import.meta.env.FIREFOX) void mergeOpened((db ??= openDb()));
      else
        void ensureOffscreen()
          .then(() => browser.runtime.sendMessage({ type: MERGE_MESSAGE }))
          .catch((e) => console.error('offscreen merge', e));
      return;
    }
    if (!isJobMessage(message)) return;
    void runJob(message.request).finally(() => sendResponse({ done: true }));
    return true;
  });
  // Followed columns: checked on an alarm and on "Check now"; read where a DOM exists.
  startColumns(readColumnInDom);
  // The context menu and the shortcut.
  startBrowseActions();
});
