// Runs on every university page: detection only (no Readability), then one message to the background.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { detectArticle } from '../utils/detection/detect-article';
import { UNIVERSITY_MATCHES } from '../utils/detection/university-hosts';
import type { PageDetectedMessage } from '../utils/platform/protocol';

export default defineContentScript({
  matches: UNIVERSITY_MATCHES,
  runAt: 'document_idle',
  main() {
    const message: PageDetectedMessage = {
      type: 'page-detected',
      isArticle: detectArticle(document, location.href).isArticle,
    };
    browser.runtime.sendMessage(message).catch(() => {
      // The background may be restarting; the next page load reports again.
    });
  },
});
