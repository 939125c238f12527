import { defineConfig } from 'vitest/config';

const shared = {
  testTimeout: 60_000,
  hookTimeout: 600_000,
  pool: 'forks',
  env: { TZ: 'Asia/Ho_Chi_Minh' },
} as const;

export default defineConfig({
  test: {
    projects: [
      {
        test: { ...shared, name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**', '**/node_modules/**'] },
      },
      {
        // Whole journeys on the built site. The setup builds the data and the
        // site once (skip with SITE_FRESH=1 when the last build is current);
        // it runs only when a browser test is selected.
        test: {
          ...shared,
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
