// Runs on every university page: detection only (no Readability), then one message to the background.
// An unlisted script, not a WXT content script: WXT's ContentScriptContext posts a window message naming the
// extension on every load, and a page must not learn the extension is installed (issue #16). The manifest
// (academic suffixes) or the background's registration (the academic-domain list) decides where it runs, so the
// host check is already done when it starts.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { detectOnAcademicHost } from '../utils/detection/detect-article';
import type { PageDetectedMessage } from '../utils/platform/protocol';

export default defineUnlistedScript(() => {
  const message: PageDetectedMessage = {
    type: 'page-detected',
    isArticle: detectOnAcademicHost(document, location, new Date()).isArticle,
  };
  browser.runtime.sendMessage(message).catch(() => {
    // The background may be restarting; the next page load reports again.
  });
});
