/**
 * A database upgrade that another extension page holds up. The page that wants to upgrade hears `blocked` and
 * tells the user to close the other pages; a page holding an older connection hears `versionchange`, lets go
 * at once (so the upgrade proceeds) and asks to be reloaded. The page that waited finishes when the others close.
 */
import type { Dexie } from 'dexie';

/** "blocked": this page waits for others; "released": this page let go for another's upgrade. */
export type UpgradeState = 'none' | 'blocked' | 'released';

export interface UpgradeWatch {
  get(): UpgradeState;
  subscribe(fn: (s: UpgradeState) => void): () => void;
}

const watches = new WeakMap<Dexie, UpgradeWatch>();

/** The one watch of `db` (call before opening it, so no event is missed). */
export function upgradeWatch(db: Dexie): UpgradeWatch {
  const known = watches.get(db);
  if (known) return known;
  let state: UpgradeState = 'none';
  const subs = new Set<(s: UpgradeState) => void>();
  const set = (s: UpgradeState) => {
    state = s;
    for (const fn of subs) fn(s);
  };
  db.on('blocked', () => set('blocked'));
  db.on('ready', () => void (state === 'blocked' && set('none')), true);
  db.on('versionchange', (ev: IDBVersionChangeEvent) => {
    db.close({ disableAutoOpen: false });
    // A delete (newVersion null) is ours, from a test or a reset: nothing to tell.
    if (ev.newVersion) set('released');
    return false;
  });
  const watch: UpgradeWatch = {
    get: () => state,
    subscribe(fn) {
      subs.add(fn);
      fn(state);
      return () => void subs.delete(fn);
    },
  };
  watches.set(db, watch);
  return watch;
}
