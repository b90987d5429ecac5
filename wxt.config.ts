import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { UNIVERSITY_MATCHES } from './utils/detection/university-hosts';

export default defineConfig({
  // Explicit imports everywhere: readers and tests can follow every dependency.
  imports: false,
  vite: () => ({ plugins: [preact({ reactAliasesEnabled: false })] }),
  zip: { excludeSources: ['tests/**', 'docs/**', 'scripts/**', 'vitest*.config.ts'] },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extName__' },
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage'],
    // Detection runs only on university hosts; executeScript there needs the same hosts (MV3).
    host_permissions: UNIVERSITY_MATCHES,
    // Universities outside those suffixes (the academic-domain list): asked for once, from the popup, and only
    // for the listed hosts (utils/platform/detector-registration.ts); MV2 builds get it as optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    // The detector is an unlisted script (no WXT content-script context, which announces itself to the page).
    content_scripts: [{ matches: UNIVERSITY_MATCHES, js: ['detector.js'], run_at: 'document_idle' }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // A GUID, one of the two id forms Mozilla documents: the project owns no domain to put after an '@', and the
            // id can never change once the add-on is listed on addons.mozilla.org.
            gecko: {
              id: '{894c39ca-6d1e-43be-9555-262707da3d1f}',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
