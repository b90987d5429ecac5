/**
 * A long text kept in storage.sync when it fits, split across items (storage.sync refuses any item over
 * QUOTA_BYTES_PER_ITEM, 8 KB); when even that is too big, or sync refuses it, kept in local storage and the
 * caller is told. Nothing the user typed is ever dropped.
 */
import { browser } from 'wxt/browser';

/** The part of browser.storage's StorageArea used here (so tests can pass a quota-keeping area). */
export interface Area {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** Where a save went: synced in `parts` items, or on this device only (`reason` says why). */
export type SavedWhere = { where: 'sync'; parts: number } | { where: 'local'; reason: 'too-big' | 'sync-failed' };

/** Chrome's storage.sync limits, with room to spare: 8,192 bytes an item, 102,400 in all. */
export const ITEM_BYTES = 7_000;
export const SYNC_BUDGET_BYTES = 90_000;

const bytes = (s: string) => new TextEncoder().encode(JSON.stringify(s)).length;

/** `text` cut into pieces (at code points) that each stay under `max` bytes as stored (JSON, UTF-8). */
export function splitForSync(text: string, max = ITEM_BYTES): string[] {
  const parts: string[] = [];
  let part = '';
  let size = 2; // the quotes
  for (const ch of text) {
    // JSON escapes each character on its own, so a piece's stored size is the sum of its characters' sizes.
    const cost = bytes(ch) - 2;
    if (part && size + cost > max) {
      parts.push(part);
      part = '';
      size = 2;
    }
    part += ch;
    size += cost;
  }
  parts.push(part);
  return parts;
}

export function syncedText(key: string, areas?: () => { sync: Area; local: Area }) {
  const partsKey = `${key}.parts`;
  const partKey = (i: number) => (i === 0 ? key : `${key}.${i}`);
  const localKey = `${key}.local`;
  const get = () => areas?.() ?? (browser.storage as unknown as { sync: Area; local: Area });

  /** The text, from local storage if it was kept there last, else joined from its synced parts. */
  async function getValue(): Promise<string> {
    const { sync, local } = get();
    const kept = (await local.get([localKey]))[localKey];
    if (typeof kept === 'string') return kept;
    const n = Number((await sync.get([partsKey]))[partsKey] ?? 1);
    const keys = Array.from({ length: n }, (_, i) => partKey(i));
    const got = await sync.get(keys);
    return keys.map((k) => (typeof got[k] === 'string' ? got[k] : '')).join('');
  }

  async function setValue(text: string): Promise<SavedWhere> {
    const { sync, local } = get();
    const keepLocally = async (reason: 'too-big' | 'sync-failed'): Promise<SavedWhere> => {
      await local.set({ [localKey]: text });
      return { where: 'local', reason };
    };
    if (bytes(text) > SYNC_BUDGET_BYTES) return keepLocally('too-big');
    const parts = splitForSync(text);
    const oldN = Number((await sync.get([partsKey]))[partsKey] ?? 1);
    try {
      // One set call: storage.sync writes all the items or none of them.
      await sync.set({ [partsKey]: parts.length, ...Object.fromEntries(parts.map((p, i) => [partKey(i), p])) });
    } catch {
      return keepLocally('sync-failed');
    }
    await local.remove([localKey]);
    const stale = Array.from({ length: Math.max(0, oldN - parts.length) }, (_, i) => partKey(parts.length + i));
    if (stale.length) await sync.remove(stale).catch(() => {});
    return { where: 'sync', parts: parts.length };
  }

  return { getValue, setValue };
}
