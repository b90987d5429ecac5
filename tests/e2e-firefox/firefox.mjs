// Launch Debian's firefox-esr headless with the built Firefox add-on (.output/firefox-mv2) installed, driven by
// puppeteer-core over WebDriver BiDi (no geckodriver). Pages load at their real addresses through the site server.
//
// Opening the add-on's own pages: WebDriver refuses to navigate a tab to moz-extension:// unless Firefox is started
// with -remote-allow-system-access (Firefox's remote agent, browsingContext.navigate → isWebdriverSafeNavigationURL).
// That flag lifts only WebDriver's own allow-list; it grants the add-on nothing. The tab then loads popup.html the way
// a user typing moz-extension://…/popup.html?tabId=N in the address bar would: a real extension page, in the
// extension process, with the add-on's real permissions, the same page the Chromium suite opens in a tab. We never
// evaluate in Firefox's privileged (chrome) scope, and the shipped build has no test-only page or message.
/* global browser -- the WebExtension API, in the extension pages where page.evaluate runs these functions */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { relative, resolve } from 'node:path';
import JSZip from 'jszip';
import puppeteer from 'puppeteer-core';
import './extension-waits.mjs';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const ADDON = resolve(import.meta.dirname, '../../.output/firefox-mv2');
/** The add-on's internal UUID, fixed through a pref so moz-extension:// addresses are known in advance. */
export const ADDON_UUID = '4f9d3e54-2262-4531-b622-a4d9de0b3cfb';
export const MISSING_FIREFOX = `firefox-esr not found at ${FIREFOX}: install it with \`apt-get install -y firefox-esr\` (scripts/setup.sh does), or set FIREFOX_PATH.`;

export const hasFirefox = () => existsSync(FIREFOX);
export const readManifest = () => JSON.parse(readFileSync(resolve(ADDON, 'manifest.json'), 'utf-8'));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Pages load at their real addresses through the site server. */
const proxyPrefs = (port) => ({
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': port,
  'network.proxy.allow_hijacking_localhost': true,
});
/** The add-on's moz-extension:// address, fixed (ADDON_UUID). */
const uuidPref = () => ({
  'extensions.webextensions.uuids': JSON.stringify({ [readManifest().browser_specific_settings.gecko.id]: ADDON_UUID }),
});

export async function launch({ proxyPort }) {
  const downloads = mkdtempSync(resolve(tmpdir(), 'cnc-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      ...proxyPrefs(proxyPort),
      ...uuidPref(),
      // Exports land in a directory of ours without a dialog, as for a user who keeps Firefox's default.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      // An optional permission asked for from a click is granted without the doorhanger, which WebDriver cannot
      // answer; the request itself still runs, from the click, as for a user who says yes.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  // Installed as a temporary add-on: the same files a user gets, unsigned.
  const addonId = await browser.installExtension(ADDON);
  // An extension page to ask the add-on's APIs what the user would see (tab ids, badges), as Chromium's service worker.
  const inspector = await browser.newPage();
  await openExtensionPage({ browser }, inspector, 'options.html');
  const close = async () => {
    await browser.close().catch(() => {});
    rmSync(downloads, { recursive: true, force: true });
  };
  return { browser, addonId, inspector, downloads, close };
}

const filesUnder = (dir) =>
  readdirSync(dir).flatMap((f) =>
    statSync(resolve(dir, f)).isDirectory() ? filesUnder(resolve(dir, f)) : [resolve(dir, f)],
  );

/**
 * The build installed in `profile` as a user installs it: an add-on file in the profile's extensions folder, kept
 * across restarts (with its databases), not a temporary add-on. Firefox on that profile: `launchOnProfile`.
 */
export async function installInProfile(profile) {
  mkdirSync(resolve(profile, 'extensions'), { recursive: true });
  const zip = new JSZip();
  for (const f of filesUnder(ADDON)) zip.file(relative(ADDON, f), readFileSync(f));
  const xpi = resolve(profile, 'extensions', `${readManifest().browser_specific_settings.gecko.id}.xpi`);
  writeFileSync(xpi, await zip.generateAsync({ type: 'nodebuffer' }));
}

/** Firefox on a profile the add-on is installed in (`installInProfile`); `proxyPort`: the site server, if any. */
export function launchOnProfile(profile, { proxyPort } = {}) {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      ...(proxyPort && proxyPrefs(proxyPort)),
      ...uuidPref(),
      // An unsigned add-on file in the profile, started without asking: what a signed install gives a user.
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
    },
  });
}

/** Navigate `page` to one of the add-on's pages (see the note at the top) and wait for it to load. */
export async function openExtensionPage(ff, page, path) {
  // puppeteer's page.goto waits for navigation events Firefox does not send for a switch to the extension
  // process; the BiDi command itself waits for the load.
  await ff.browser.connection.send('browsingContext.navigate', {
    context: page.mainFrame()._id,
    url: `moz-extension://${ADDON_UUID}/${path}`,
    wait: 'complete',
  });
  await page.waitForFunction(() => document.readyState === 'complete' && typeof browser === 'object', {
    timeout: 10_000,
  });
}

const tabIds = (inspector) => inspector.evaluate(() => browser.tabs.query({}).then((ts) => ts.map((t) => t.id)));

/** Open `url` in a new tab; return the page with its tab id (found without the tabs permission). */
export async function openTab(ff, url) {
  const before = new Set(await tabIds(ff.inspector));
  const page = await ff.browser.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
  const tabId = (await tabIds(ff.inspector)).find((id) => !before.has(id));
  return { page, tabId };
}

/** The tab's badge, polled until it equals `want` or the time is up; returns the last value. */
export async function badgeText(ff, tabId, want, timeout = 5_000) {
  const end = Date.now() + timeout;
  let text;
  do {
    text = await ff.inspector.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId);
    if (text === want) return text;
    await sleep(100);
  } while (Date.now() < end);
  return text;
}

/** The next finished download whose name ends with `suffix`, parsed as JSON; removed so the next one is new. */
export async function nextDownload(ff, suffix = '.json', timeout = 10_000) {
  const end = Date.now() + timeout;
  do {
    const name = readdirSync(ff.downloads).find((f) => f.endsWith(suffix));
    if (name) {
      const file = resolve(ff.downloads, name);
      try {
        const value = JSON.parse(readFileSync(file, 'utf-8'));
        rmSync(file);
        return value;
      } catch {
        // Still being written: Firefox may create the file before filling it.
      }
    }
    await sleep(100);
  } while (Date.now() < end);
  throw new Error(`no *${suffix} download in ${ff.downloads} after ${timeout} ms`);
}

/**
 * For a test file: start the site server and Firefox before its tests, close both after.
 * Returns a holder whose `ff` is set once `before` has run.
 */
export function useFirefox({ before, after }, startSiteServer) {
  const holder = { ff: null, site: null };
  before(async () => {
    holder.site = await startSiteServer();
    holder.ff = await launch({ proxyPort: holder.site.port });
  });
  after(async () => {
    await holder.ff?.close();
    holder.site?.server.close();
  });
  return holder;
}
