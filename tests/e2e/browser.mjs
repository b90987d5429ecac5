// Launch Debian Chromium with the built extension loaded (shared/docs/testing-in-chromium.md).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const EXTENSION = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/**
 * `profile`: a profile directory to open (again) and keep on close; by default a fresh one, removed on close.
 * `args`: more command-line switches.
 */
export async function launch({
  proxyPort,
  locale = 'en-US',
  headless = true,
  extension = EXTENSION,
  profile,
  args = [],
}) {
  const dir = profile ?? mkdtempSync(resolve(tmpdir(), 'cnc-profile-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless,
    acceptDownloads: true,
    locale,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
      '--proxy-bypass-list=<-loopback>',
      `--lang=${locale}`,
      ...args,
    ],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(sw.url()).host;
  const close = async () => {
    await ctx.close().catch(() => {});
    if (!profile) rmSync(dir, { recursive: true, force: true });
  };
  return { ctx, sw, extensionId, close };
}

/** Open a page and return it with its tab id (found without the tabs permission). */
/** `timeout`: how long the page may take to load (a 13 MB page on a busy 2-core machine needs more). */
/** `waitUntil`: Playwright's load state to wait for ('commit': the tab is the page's, its load may go on). */
export async function openTab(ctx, sw, url, timeout = 15_000, waitUntil = 'load') {
  const before = new Set(await sw.evaluate(() => chrome.tabs.query({}).then((ts) => ts.map((t) => t.id))));
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil, timeout });
  const after = await sw.evaluate(() => chrome.tabs.query({}).then((ts) => ts.map((t) => t.id)));
  const tabId = after.find((id) => !before.has(id));
  return { page, tabId };
}

/** Press Clip in an open popup and wait for its "Saved"/"Updated" status; returns that status line. */
export async function clipInPopup(popup, timeout = 15_000) {
  await popup.getByTestId('clip').click();
  const status = popup.getByTestId('status').filter({ hasText: /^(Saved|Updated|Already up to date)/ });
  await status.waitFor({ timeout });
  return status;
}

/** The tab's badge, polled until it equals `want` or the time is up; returns the last value. */
export async function badgeText(sw, tabId, want, timeout = 5_000) {
  const end = Date.now() + timeout;
  let text;
  do {
    text = await sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    if (text === want) return text;
    await new Promise((r) => setTimeout(r, 100));
  } while (Date.now() < end);
  return text;
}

/**
 * For a test file: start the site server and the browser before its tests, close both after.
 * Returns a holder whose `browser` is set once `before` has run.
 */
export function useBrowser({ before, after }, startSiteServer) {
  const holder = { browser: null, site: null };
  before(async () => {
    holder.site = await startSiteServer();
    holder.browser = await launch({ proxyPort: holder.site.port });
  });
  after(async () => {
    await holder.browser?.close();
    holder.site?.server.close();
  });
  return holder;
}

/**
 * Records every badge the extension sets, in the service worker, by wrapping `chrome.action.setBadgeText` (what
 * utils/platform/saved-badge.ts calls once detection has decided, '' included): the signal that a tab's detection
 * has settled, with no sleep. Idempotent; call again after the service worker may have restarted.
 */
export const recordBadges = (sw) =>
  sw.evaluate(() => {
    if (self.__badgeCalls) return;
    self.__badgeCalls = [];
    const set = chrome.action.setBadgeText.bind(chrome.action);
    chrome.action.setBadgeText = (details, ...rest) => {
      self.__badgeCalls.push({ tabId: details.tabId, text: details.text });
      return set(details, ...rest);
    };
  });

/** The badge text detection set on a tab (polled until it has, or the time is up: then undefined). */
export async function settledBadge(sw, tabId, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const calls = await sw.evaluate((id) => (self.__badgeCalls ?? []).filter((c) => c.tabId === id), tabId);
    if (calls.length) return sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    if (Date.now() > end) return undefined;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Let the extension read hosts the way a user does (browse.e2e.mjs): allowed on chrome://extensions ("Site access →
 * Add a site", which a test can call but not click), then added in Options, whose click asks permissions.request
 * (resolved at once for an allowed site). Detection then runs there too: call it after measuring detection.
 * Returns the hosts Options did not add.
 */
export async function grantHosts(ctx, extensionId, hosts) {
  const refused = [];
  const settings = await ctx.newPage();
  const options = await ctx.newPage();
  try {
    await settings.goto(`chrome://extensions/?id=${extensionId}`);
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    for (const host of hosts) {
      await settings.evaluate(({ id, match }) => chrome.developerPrivate.addHostPermission(id, match), {
        id: extensionId,
        match: `*://${host}/*`,
      });
      await options.getByTestId('site-input').fill(host);
      await options.getByTestId('add-site').click();
      // Whatever Options answers (Added …, or a refusal naming the host): a refused host is reported, not fatal.
      const status = options.getByTestId('sites-status').filter({ hasText: host });
      await status.waitFor({ timeout: 5_000 }).catch(() => {});
      if (!/^Added/.test((await status.textContent({ timeout: 1_000 }).catch(() => '')) ?? '')) refused.push(host);
    }
    return refused;
  } finally {
    await settings.close();
    await options.close();
  }
}
