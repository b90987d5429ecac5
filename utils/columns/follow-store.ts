/**
 * Followed columns and their new items in extension storage (local: it survives the service worker stopping and
 * is not limited by sync quotas). One key per column and per new item, so a check adding items and the user
 * dismissing one never overwrite each other.
 */
import { browser } from 'wxt/browser';
import { SEEN_KEPT, withCheck, type Follow, type InboxItem } from './follow-model';

const FOLLOW = 'column:';
const INBOX = 'inbox:';
const SETTINGS = 'columns:settings';

export interface ColumnSettings {
  /** Hours between checks of each column. */
  intervalHours: number;
  /** Whether the toolbar icon shows how many new items wait. */
  badge: boolean;
}
export const DEFAULT_SETTINGS: ColumnSettings = { intervalHours: 3, badge: true };

async function byPrefix<T>(prefix: string): Promise<T[]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([k]) => k.startsWith(prefix))
    .map(([, v]) => v as T);
}

export const listFollows = () =>
  byPrefix<Follow>(FOLLOW).then((fs) => fs.sort((a, b) => (a.followedAt < b.followedAt ? -1 : 1)));

export async function saveFollows(follows: readonly Follow[]): Promise<void> {
  if (follows.length) await browser.storage.local.set(Object.fromEntries(follows.map((f) => [FOLLOW + f.url, f])));
}

export async function getFollow(url: string): Promise<Follow | null> {
  return ((await browser.storage.local.get(FOLLOW + url))[FOLLOW + url] as Follow | undefined) ?? null;
}

/** Changes the user's own fields of a column (name, paused) on its current stored value. */
export async function editFollow(url: string, edit: Partial<Pick<Follow, 'name' | 'paused'>>): Promise<void> {
  const f = await getFollow(url);
  if (!f) return;
  const resumed = edit.paused === false;
  await saveFollows([
    {
      ...f,
      ...edit,
      ...(resumed ? { pausedByErrors: false, failures: 0, nextCheckAt: new Date().toISOString() } : {}),
    },
  ]);
}

/**
 * Saves a check's results onto the columns as stored now, read again at the end of the check: a rename made
 * meanwhile stays. A column the user stopped following or paused meanwhile gets nothing from the check: no items
 * in New (the user asked not to hear from it), and nothing marked seen or cached, so Resume still brings them.
 */
export async function saveCheck(checked: readonly Follow[], fresh: readonly InboxItem[]): Promise<InboxItem[]> {
  const current = new Map((await listFollows()).filter((f) => !f.paused).map((f) => [f.url, f]));
  const kept = fresh.filter((i) => current.has(i.column));
  await addToInbox(kept);
  await saveFollows(checked.flatMap((f) => (current.has(f.url) ? [withCheck(current.get(f.url)!, f)] : [])));
  return kept;
}

/** Stops following: the column and its waiting items go. */
export async function removeFollow(url: string): Promise<void> {
  const items = (await listInbox()).filter((i) => i.column === url);
  await browser.storage.local.remove([FOLLOW + url, ...items.map((i) => INBOX + i.url)]);
}

export const listInbox = () =>
  byPrefix<InboxItem>(INBOX).then((items) =>
    items.sort((a, b) => (a.foundAt < b.foundAt ? 1 : a.foundAt > b.foundAt ? -1 : 0)),
  );

export async function addToInbox(items: readonly InboxItem[]): Promise<void> {
  if (items.length) await browser.storage.local.set(Object.fromEntries(items.map((i) => [INBOX + i.url, i])));
}

/** Takes items out of the New view (dismissed, or clipped). */
export async function dismissInbox(urls: readonly string[]): Promise<void> {
  await browser.storage.local.remove(urls.map((u) => INBOX + u));
}

export async function columnSettings(): Promise<ColumnSettings> {
  const stored = (await browser.storage.local.get(SETTINGS))[SETTINGS] as Partial<ColumnSettings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function setColumnSettings(s: Partial<ColumnSettings>): Promise<void> {
  await browser.storage.local.set({ [SETTINGS]: { ...(await columnSettings()), ...s } });
}

/** Followed columns from an import: new ones are added (due at once), known ones learn what the file had seen. */
export async function mergeImportedFollows(imported: readonly Follow[]): Promise<void> {
  const known = new Map((await listFollows()).map((f) => [f.url, f]));
  const now = new Date().toISOString();
  await saveFollows(
    imported.map((f) => {
      const old = known.get(f.url);
      if (!old) return { ...f, nextCheckAt: now };
      return { ...old, seen: [...new Set([...old.seen, ...f.seen])].slice(0, SEEN_KEPT) };
    }),
  );
}
