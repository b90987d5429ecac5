import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { t } from '../../utils/platform/i18n';
import { badgeFor } from './badge';
import { showSaved } from '../../utils/platform/saved-badge';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { watchDetectorRegistration } from '../../utils/platform/detector-registration';
import { isJobMessage, readColumnInDom, runJob } from '../../utils/clip/job-runner';
import { startColumns } from '../../utils/columns/column-runner';
import { startBrowseActions } from '../../utils/browse/browse-wiring';
import { watchSiteRegistration } from '../../utils/sites/site-registration';

export default defineBackground(() => {
  let db: ClipsDb | null = null;
  browser.runtime.onMessage.addListener((message, sender) => {
    const badge = badgeFor(message, sender, browser.runtime.id, t('badgeText'));
    // A page already in the collection shows ✓ instead of the detector's verdict.
    if (badge) void showSaved((db ??= openDb()), badge.tabId, sender.tab?.url, badge.text);
  });
  watchDetectorRegistration();
  // The user's extra sites (options page): the detector runs there once their permission is granted.
  watchSiteRegistration();
  // Clips and imports run here (and in the offscreen document), so closing the popup cannot drop them.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only our own pages (popup, library tab) may start jobs; content scripts' senders have the page's address.
    if (!isJobMessage(message) || !sender.url?.startsWith(browser.runtime.getURL('/'))) return;
    void runJob(message.request).finally(() => sendResponse({ done: true }));
    return true;
  });
  // Followed columns: checked on an alarm and on "Check now"; read where a DOM exists.
  startColumns(readColumnInDom);
  // The context menu and the shortcut.
  startBrowseActions();
});
