import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/**
 * Real-browser tests: system Chromium driven by playwright-core against the production build in
 * dist/, served by a plain static server on 127.0.0.1 (tests/browser/global-setup.ts). Run after
 * `npm run build`; `bash scripts/lab/ensure-chromium.sh` installs the browser when it is missing.
 */
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['./tests/browser/global-setup.ts'],
    // One browser at a time: the machine is small and timings matter.
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    // One retry for browser journeys only: on this shared 2-core machine a 30 s wait can lapse under
    // load (seen once in the embed test, which passed alone and in the run before). A real failure
    // fails twice.
    retry: 1,
    hookTimeout: 60_000,
    teardownTimeout: 10_000,
  },
});
