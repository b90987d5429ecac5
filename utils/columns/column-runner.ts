/**
 * The background's side of followed columns: a periodic alarm checks the columns that are due, "Check now" checks
 * all; new items go to the New view and their count to the toolbar icon. State lives in storage, so the MV3
 * service worker may stop between checks.
 */
import { browser } from 'wxt/browser';
import { checkColumns } from './check-columns';
import { dueFollows } from './follow-model';
import { columnSettings, getFollow, listFollows, listInbox, saveCheck } from './follow-store';
import type { ColumnPage } from './read-list';
import { isColumnsCheck } from '../platform/protocol';
import { mayFetch } from '../platform/may-fetch';

export const COLUMNS_ALARM = 'cnc-columns';
/** How often the alarm looks for due columns; each column's own interval decides whether it is fetched. */
const ALARM_MINUTES = 15;

let running: Promise<number> | null = null;

/** Checks due columns (or all, when the user asks); resolves to how many new items were found. One run at a time. */
export function runColumnChecks(
  read: (html: string, url: string) => Promise<ColumnPage>,
  all = false,
): Promise<number> {
  const previous = running ?? Promise.resolve(0);
  const next = previous.then(async () => {
    const settings = await columnSettings();
    const due = dueFollows(await listFollows(), new Date(), all);
    if (!due.length) return 0;
    const r = await checkColumns(
      due,
      {
        fetch: (url, init) => fetch(url, init),
        read,
        allowed: mayFetch,
        sleep: (ms) => new Promise((ok) => setTimeout(ok, ms)),
        now: () => new Date(),
        current: (f) => getFollow(f.url),
      },
      settings.intervalHours,
    );
    // The user may have renamed, paused or stopped following columns while they were fetched.
    const added = await saveCheck(r.follows, r.fresh);
    await showCount();
    return added.length;
  });
  running = next.catch(() => 0);
  return next;
}

/** The number of new items on the toolbar icon (unless the user turned it off); a tab's own badge wins there. */
export async function showCount(): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const n = (await columnSettings()).badge ? (await listInbox()).length : 0;
  await action.setBadgeText({ text: n ? String(Math.min(n, 999)) : '' }).catch(() => {});
}

/** Start the periodic check once; a service worker that wakes again keeps the alarm it has. */
async function scheduleColumnChecks(): Promise<void> {
  if (!(await browser.alarms.get(COLUMNS_ALARM)))
    await browser.alarms.create(COLUMNS_ALARM, { periodInMinutes: ALARM_MINUTES, delayInMinutes: 1 });
}

/**
 * Wires followed columns into the background: the alarm, and "Check now" from our own pages. `read` parses a
 * column where a DOM exists (Firefox's background page; Chrome's offscreen document).
 */
export function startColumns(read: (html: string, url: string) => Promise<ColumnPage>): void {
  void scheduleColumnChecks();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === COLUMNS_ALARM) void runColumnChecks(read).catch(() => {});
  });
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isColumnsCheck(message) || !sender.url?.startsWith(browser.runtime.getURL('/'))) return;
    void runColumnChecks(read, message.all)
      .then((found) => sendResponse({ found }))
      .catch(() => sendResponse({ found: 0 }));
    return true;
  });
}
