import { render } from 'preact';
import { App } from './App';
import { openDb } from '../../utils/collection/db';
import { upgradeWatch } from '../../utils/platform/db-upgrade';

document.documentElement.lang = navigator.language;
// Ask once for durable storage (only a page can; the service worker cannot), so the browser does not evict clips.
void navigator.storage?.persist?.().catch(() => {});
// Open the collection now, not at the first query: with a large collection the origin's IndexedDB takes
// a while to open cold, and the saved first screen paints meanwhile (utils/first-screen.ts).
const db = openDb();
// Before opening: a blocked upgrade or another page's upgrade is told in the status line (hooks/use-upgrade-notice.ts).
upgradeWatch(db);
void db.open().catch(() => {});
render(<App db={db} />, document.getElementById('app')!);
