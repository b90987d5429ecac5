import { render } from 'preact';
import { App } from './App';
import { openDb } from '../../utils/collection/db';
import { t, uiLanguage } from '../../utils/platform/i18n';
import { upgradeWatch } from '../../utils/platform/db-upgrade';
import { FIRST_PAINT_ID } from './first-paint';
import { browser } from 'wxt/browser';
import { mergeElsewhere } from '../../utils/collection/index/search-index';
import { MERGE_MESSAGE } from '../../utils/platform/protocol';

document.documentElement.lang = uiLanguage();
document.title = t('extName');
// Ask once for durable storage (only a page can; the service worker cannot), so the browser does not evict clips.
void navigator.storage?.persist?.().catch(() => {});
// Open the collection now, not at the first query: with a large collection the origin's IndexedDB takes
// a while to open cold, and the saved first screen paints meanwhile (utils/first-screen.ts).
const db = openDb();
// Before opening: a blocked upgrade or another page's upgrade is told in the status line (hooks/use-upgrade-notice.ts).
upgradeWatch(db);
void db.open().catch(() => {});
// A full level of the search index is merged by the background's DOM page (Chrome's offscreen document, Firefox's
// background page), which stays when the popup closes; no answer is sent (the rejection says nothing).
mergeElsewhere(() => browser.runtime.sendMessage({ type: MERGE_MESSAGE }).catch(() => {}));
// The saved screen, drawn and shown before this bundle started (first-paint.js starts it after the first frame),
// is replaced in the same task as Preact draws its own: no blank frame.
document.getElementById(FIRST_PAINT_ID)?.remove();
render(<App db={db} />, document.getElementById('app')!);
