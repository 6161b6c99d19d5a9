// Browser journeys: real Chromium via playwright-core, run by vitest in node.
// Separate from the unit config (jsdom) on purpose: `npm test` never starts a browser.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  // Journeys may reuse the app's own pure helpers (formatters, seed types), which import via @/.
  resolve: { alias: { '@': `${root}src` } },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One browser at a time: CI has 2 cores and timings get flaky under contention.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
    // A real browser failing is rarely flaky; one retry in CI absorbs the odd slow start.
    retry: process.env.CI ? 1 : 0,
    // …and every retried journey is named at the end of the run (tests/e2e/lib/retry-reporter.ts).
    reporters: ['default', './tests/e2e/lib/retry-reporter.ts'],
  },
});
