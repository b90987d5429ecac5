import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { BUNDLE_SCRIPT_ID } from './entrypoints/popup/bundle-script-id';
import { UNIVERSITY_MATCHES } from './utils/detection/university-hosts';

/**
 * Extension pages load only our own scripts and styles; the reader shows article images from http(s); the
 * background and offscreen document fetch web pages (followed columns, clips of a link), hence connect-src. Nothing
 * may be embedded, no <base> can redirect relative addresses, and no form can post anywhere.
 */
const EXTENSION_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' http: https:; connect-src 'self' http: https:; " +
  "object-src 'none'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The popup's first frame: first-paint.js draws the saved first screen. Vite's module script would run as soon as
 * parsing ends and its chunks are in, often before that frame (a trace showed 20–55 ms of module evaluation there).
 * So in a page with first-paint.js (built pages only), the bundle's script tag is inert (`type="text/plain"`, named
 * BUNDLE_SCRIPT_ID) and its chunks are listed on it (`data-preload`) rather than preloaded by the page: first-paint.js
 * asks for them and starts the bundle after the first frame (entrypoints/popup/first-paint.ts startBundle).
 * Traces had the preloads' ~180 KB answered before first-paint.js, which the frame waits for. Module graph and chunks
 * unchanged.
 */
const bundleAfterFirstFrame = (): Plugin => ({
  name: 'cnc-bundle-after-first-frame',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html) {
      const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
      const src = html.match(entry)?.[1];
      if (!src || !html.includes('/first-paint.js')) return html;
      const chunks = [src];
      const rest = html.replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g, (_, href: string) => {
        chunks.push(href);
        return '';
      });
      const inert = `<script type="text/plain" id="${BUNDLE_SCRIPT_ID}" src="${src}" data-preload="${chunks.join(' ')}"></script>`;
      return rest.replace(entry, inert);
    },
  },
});

export default defineConfig({
  // Explicit imports everywhere: readers and tests can follow every dependency.
  imports: false,
  vite: () => ({ plugins: [preact({ reactAliasesEnabled: false }), bundleAfterFirstFrame()] }),
  hooks: {
    // Chrome's service worker has no DOM: clip and import jobs are sanitized and saved in an offscreen document
    // (utils/clip/job-runner.ts). Firefox's MV2 background page has a DOM and no offscreen API.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') manifest.permissions = [...(manifest.permissions ?? []), 'offscreen'];
    },
  },
  zip: { excludeSources: ['tests/**', 'docs/**', 'scripts/**', 'vitest*.config.ts'] },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    ...(browser === 'firefox' ? {} : { message_serialization: 'structured_clone' }),
    // The toolbar tooltip in the UI's language. WXT writes the popup page's <title> here when it has one (the pages'
    // titles are set at run time instead) and, for MV2, builds browser_action without the `action` key's fields.
    // Firefox puts a new add-on's button in the Extensions panel unless it asks for the toolbar, where its badge (NEWS,
    // ✓, the New count) is seen; Chromium has no such key (the user pins it).
    ...(manifestVersion === 2
      ? { browser_action: { default_title: '__MSG_extName__', default_area: 'navbar' } }
      : { action: { default_title: '__MSG_extName__' } }),
    // MV3 (Chromium) takes an object; Firefox's MV2 build takes the policy string.
    content_security_policy: browser === 'firefox' ? EXTENSION_CSP : { extension_pages: EXTENSION_CSP },
    // alarms: followed columns are checked on a schedule; contextMenus: "Clip this article / selection / link".
    permissions: ['activeTab', 'alarms', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'],
    // The shortcut, changeable on the browser's shortcuts page.
    commands: {
      'clip-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandClip__',
      },
    },
    // Detection runs only on university hosts: the background sees their tabs' address and title and injects the
    // detector there (entrypoints/background/page-loads.ts); executeScript needs the same hosts (MV3).
    host_permissions: UNIVERSITY_MATCHES,
    // Universities outside those suffixes (the academic-domain list): asked for once, from the popup, and only
    // for the listed hosts (utils/platform/detector-registration.ts); MV2 builds get it as optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    // The offscreen document (the DOM clips and imports are saved in) exists from Chrome 109.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '109' }),
    // No content scripts: nothing of ours runs on a page load until the background injects the detector.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // A GUID, one of the two id forms Mozilla documents: the project owns no domain to put after an '@', and the
            // id can never change once the add-on is listed on addons.mozilla.org.
            gecko: {
              id: '{894c39ca-6d1e-43be-9555-262707da3d1f}',
              // The popup's stylesheet is a constructed sheet (Firefox 101+); the data-collection key needs 140 (ESR).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
