import { render } from 'preact';
import { App } from './App';
import { openDb } from '../../utils/collection/db';
import { t, uiLanguage } from '../../utils/platform/i18n';
import { upgradeWatch } from '../../utils/platform/db-upgrade';
import { FIRST_PAINT_ID } from './first-paint';

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
// The saved screen, drawn and shown before this bundle started (first-paint.js starts it after the first frame),
// is replaced in the same task as Preact draws its own: no blank frame.
document.getElementById(FIRST_PAINT_ID)?.remove();
render(<App db={db} />, document.getElementById('app')!);
