import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { UNIVERSITY_MATCHES } from './utils/detection/university-hosts';

export default defineConfig({
  // Explicit imports everywhere: readers and tests can follow every dependency.
  imports: false,
  vite: () => ({ plugins: [preact({ reactAliasesEnabled: false })] }),
  zip: { excludeSources: ['tests/**', 'docs/**', 'scripts/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_extName__' },
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage'],
    // Detection runs only on university hosts; executeScript there needs the same hosts (MV3).
    host_permissions: UNIVERSITY_MATCHES,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'campus-news-clipper@example.org', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
