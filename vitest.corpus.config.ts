import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// `npm run test:corpus`: golden tests over the shared corpus (CORPUS_DIR, or ../shared/fixtures).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/corpus/**/*.test.ts'],
    globalSetup: ['tests/corpus/setup.ts'],
    testTimeout: 60_000,
  },
});
