// A blocked upgrade is told and then finishes; an old page lets go of the database when a new version arrives.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { upgradeWatch, type UpgradeState } from '../../utils/platform/db-upgrade';

const v1 = (name: string) => {
  const db = new Dexie(name);
  db.version(1).stores({ a: 'id' });
  return db;
};
const v2 = (name: string) => {
  const db = new Dexie(name);
  db.version(1).stores({ a: 'id' });
  db.version(2).stores({ a: 'id, x' });
  return db;
};

describe('upgradeWatch', () => {
  it('an old page with the watch lets go at once, so the new version opens', async () => {
    const old = v1('up-1');
    const seen: UpgradeState[] = [];
    upgradeWatch(old).subscribe((s) => seen.push(s));
    await old.open();
    const next = v2('up-1');
    await next.open();
    expect(next.verno).toBe(2);
    expect(seen).toEqual(['none', 'released']);
    expect(old.isOpen()).toBe(false);
    next.close();
  });

  it('a page whose upgrade is blocked says so, and finishes when the other connection closes', async () => {
    // An old page that does not let go (a raw connection ignoring versionchange).
    const raw = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('up-2', 10);
      r.onupgradeneeded = () => r.result.createObjectStore('a', { keyPath: 'id' });
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    raw.onversionchange = null;
    const next = v2('up-2');
    const seen: UpgradeState[] = [];
    upgradeWatch(next).subscribe((s) => seen.push(s));
    const opening = next.open();
    await new Promise((r) => setTimeout(r, 200));
    expect(seen).toEqual(['none', 'blocked']);
    raw.close();
    await opening;
    expect(next.verno).toBe(2);
    expect(seen).toEqual(['none', 'blocked', 'none']);
    next.close();
  });
});
