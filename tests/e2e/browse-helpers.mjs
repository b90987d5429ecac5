// Helpers for browse.e2e.mjs: read the collection from the service worker, raise the browser's own shortcut and
// context-menu events there, and read the on-page confirmation through its closed shadow root.
import assert from 'node:assert/strict';

/** Every stored article, read straight from the extension's IndexedDB (in the service worker). */
export const articles = (sw) =>
  sw.evaluate(
    () =>
      new Promise((ok, fail) => {
        const open = indexedDB.open('campus-news-clipper');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('articles').objectStore('articles').getAll();
          all.onsuccess = () => {
            db.close();
            ok(all.result);
          };
          all.onerror = () => fail(all.error);
        };
      }),
  );

/** Poll the collection until `test` holds for the articles; returns them. */
export async function until(sw, test, what, timeout = 20_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const all = await articles(sw);
    if (test(all)) return all;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}; have ${all.map((a) => a.url).join(', ')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export const byUrl = (all, url) => all.filter((a) => a.url === url);

/** The shortcut, as the browser raises it: the command's name and the active tab. */
export const pressShortcut = (sw, tabId) =>
  sw.evaluate(async (id) => {
    chrome.commands.onCommand.dispatch('clip-page', await chrome.tabs.get(id));
  }, tabId);

/** A context-menu click, as the browser raises it: the OnClickData and the tab. */
export const clickMenu = (sw, tabId, info) =>
  sw.evaluate(
    async ({ id, info }) => {
      const tab = await chrome.tabs.get(id);
      chrome.contextMenus.onClicked.dispatch({ editable: false, frameId: 0, pageUrl: tab.url, ...info }, tab);
    },
    { id: tabId, info },
  );

/**
 * The on-page confirmation lives in a closed shadow root, out of the page's (and Playwright's) reach; the DevTools
 * protocol sees through it. Returns its text and its buttons' centres, or null while it is not there.
 */
export async function readToast(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const find = (n, f) =>
      f(n) ? n : [...(n.children ?? []), ...(n.shadowRoots ?? [])].reduce((hit, c) => hit ?? find(c, f), null);
    const attr = (n, name) => {
      const a = n.attributes ?? [];
      const i = a.indexOf(name);
      return i >= 0 && i % 2 === 0 ? a[i + 1] : undefined;
    };
    const text = (n) =>
      n.nodeType === 3 ? n.nodeValue : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(text).join('');
    const host = find(root, (n) => attr(n, 'id') === 'cnc-clip-toast');
    const box = host && find(host, (n) => attr(n, 'role') === 'status');
    if (!box) return null;
    const buttons = {};
    for (const b of box.children ?? []) {
      if (b.nodeName !== 'BUTTON') continue;
      const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: b.backendNodeId });
      const [x1, y1, , , x3, y3] = model.content;
      buttons[text(b)] = { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
    }
    const spans = (box.children ?? []).filter((c) => c.nodeName === 'SPAN');
    return { text: spans.map(text).join(''), buttons };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

export async function waitForToast(page, pattern, timeout = 10_000) {
  const end = Date.now() + timeout;
  let toast;
  do {
    toast = await readToast(page);
    if (toast && pattern.test(toast.text)) return toast;
    await new Promise((r) => setTimeout(r, 200));
  } while (Date.now() < end);
  assert.fail(`no toast matching ${pattern}; last: ${JSON.stringify(toast)}`);
}

/** The popup's Export file, as a user downloads it: the parsed JSON (docs/export-format.md). */
export async function exportFromPopup(popup, timeout = 60_000) {
  const [download] = await Promise.all([
    popup.waitForEvent('download', { timeout }),
    popup.getByTestId('export').click(),
  ]);
  const { readFile } = await import('node:fs/promises');
  return JSON.parse(await readFile(await download.path(), 'utf-8'));
}
