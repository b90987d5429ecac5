import { render } from 'preact';
import { App } from './App';
import { openDb } from '../../utils/collection/db';
import { upgradeWatch } from '../../utils/platform/db-upgrade';
import { FIRST_PAINT_ID } from './first-paint';

document.documentElement.lang = navigator.language;
// Ask once for durable storage (only a page can; the service worker cannot), so the browser does not evict clips.
void navigator.storage?.persist?.().catch(() => {});
// Open the collection now, not at the first query: with a large collection the origin's IndexedDB takes
// a while to open cold, and the saved first screen paints meanwhile (utils/first-screen.ts).
const db = openDb();
// Before opening: a blocked upgrade or another page's upgrade is told in the status line (hooks/use-upgrade-notice.ts).
upgradeWatch(db);
void db.open().catch(() => {});
// The saved screen drawn before this bundle ran goes in the same task as Preact draws its own: no blank frame.
let started = false;
const start = () => {
  if (started) return;
  started = true;
  document.getElementById(FIRST_PAINT_ID)?.remove();
  render(<App db={db} />, document.getElementById('app')!);
};
// With a saved screen drawn, the browser paints it first (requestAnimationFrame runs before that frame, the timer
// after it), and Preact's first render, tens of ms, follows instead of delaying that frame. The collection is
// opening meanwhile. A page that draws no frame (hidden) starts on the second timer.
if (document.getElementById(FIRST_PAINT_ID)) {
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 100);
} else start();
