/**
 * The background's side of clipping while browsing: the context menu and the shortcut start the same background
 * jobs as the popup's Clip button, and the page then shows what was saved, with Undo and Open.
 */
import { browser } from 'wxt/browser';
import { openDb } from '../collection/db';
import { changedNames, clipStatus } from '../clip/status-text';
import { openJobsDb } from '../clip/job-store';
import { runJob, type JobRequest } from '../clip/job-runner';
import { trashArticles } from '../clip/trash';
import { t } from '../platform/i18n';
import { menuItems, onCommand, onMenuClick, type BrowseDeps, type ClipSummary } from './browse-actions';
import { showClipToast } from './page-scripts';

export const TOAST_MESSAGE = 'cnc:toast';

/** Run a clip job and say in a line what came of it; the popup need not show it again. */
export async function clipAndSummarize(request: JobRequest): Promise<ClipSummary> {
  await runJob(request);
  const jobs = openJobsDb();
  const job = await jobs.jobs.get(request.id);
  await jobs.jobs.update(request.id, { seen: true });
  const clip = job?.clip;
  if (!clip) return { ok: false, reason: t('saveFailed', '') };
  if (clip.ok)
    return {
      ok: true,
      id: clip.article.id,
      title: clip.article.title,
      created: clip.created,
      changed: clip.changed,
      pageChanged: clip.pageChanged,
      versioned: clip.versioned,
    };
  return { ok: false, reason: clipStatus(clip).text };
}

/** What the page's confirmation says: the popup's words, with the extension named (status-text.ts clipStatus). */
export function toastText(s: ClipSummary): string {
  if (!s.ok) return t('toastFailed', s.reason);
  if (!s.created && s.pageChanged?.length) {
    const key = s.versioned ? 'toastUpdatedKeptCorrectionsAndVersion' : 'toastUpdatedKeptCorrections';
    return t(key, [s.title, changedNames(s.pageChanged)]);
  }
  if (!s.created && s.versioned) return t('toastUpdatedKeptVersion', s.title);
  return t(s.created ? 'toastSaved' : s.changed === false ? 'toastUnchanged' : 'toastUpdated', s.title);
}

/** On the page (shadow DOM, role=status); where a page cannot show it, a mark on the toolbar icon. */
async function tell(tabId: number | null, s: ClipSummary): Promise<void> {
  if (tabId === null) return;
  const text = toastText(s);
  const labels = { undo: t('toastUndo'), open: t('toastOpen'), close: t('toastClose') };
  try {
    await browser.scripting.executeScript({
      target: { tabId },
      func: showClipToast,
      args: [text, labels, s.ok ? s.id : null, TOAST_MESSAGE],
      // Now: a page whose HTML stalls never reaches document_idle, and was clipped all the same (clip-tab.ts).
      injectImmediately: true,
    });
  } catch {
    const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
    await action.setBadgeText({ tabId, text: s.ok ? '✓' : '!' }).catch(() => {});
    await action.setTitle({ tabId, title: text }).catch(() => {});
  }
}

const deps: BrowseDeps = {
  clipTab: (tabId, selection) => clipAndSummarize({ id: crypto.randomUUID(), kind: 'clip', tabId, selection }),
  clipUrl: (url) => clipAndSummarize({ id: crypto.randomUUID(), kind: 'clip-url', url }),
  tell,
};

type MenuInfo = { menuItemId: string | number; linkUrl?: string };
type Menus = {
  removeAll(): Promise<void>;
  create(p: object): void;
  onClicked: { addListener(f: (info: MenuInfo, tab?: { id?: number }) => void): void };
};

export function startBrowseActions(): void {
  const menus = (browser as unknown as { contextMenus: Menus }).contextMenus;
  // Made again at every start: Firefox's MV2 background page does not keep them across restarts.
  void menus
    .removeAll()
    .then(() => menuItems(t).forEach((m) => menus.create(m)))
    .catch(() => {});
  const menuClicked = (info: MenuInfo, tab?: { id?: number }) => void onMenuClick(info, tab?.id ?? null, deps);
  const command = (name: string, tab?: { id?: number }) => void onCommand(name, tab?.id ?? null, deps);
  menus.onClicked.addListener(menuClicked);
  browser.commands.onCommand.addListener(command);
  // The very listeners, for the extension's own pages: Firefox's events have no dispatch() (Chromium's do), so its
  // end-to-end test calls these from an extension page through getBackgroundPage(). Web pages cannot reach them.
  (globalThis as { cncBrowseListeners?: unknown }).cncBrowseListeners = { menuClicked, command };
  // The on-page confirmation's buttons (our own injected script: sender is this extension, in a tab).
  browser.runtime.onMessage.addListener((message, sender) => {
    const m = message as { type?: string; action?: string; id?: string } | null;
    if (m?.type !== TOAST_MESSAGE || sender.id !== browser.runtime.id || typeof m.id !== 'string') return;
    if (m.action === 'undo') void trashArticles(openDb(), [m.id]);
    if (m.action === 'open')
      void browser.tabs.create({
        url: browser.runtime.getURL(`/popup.html?layout=tab&read=${encodeURIComponent(m.id)}`),
      });
  });
}
