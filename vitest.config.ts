import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

const HYDRATION_TEST = 'tests/app/hydration.test.tsx';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      globals: true,
      environment: 'jsdom',
      setupFiles: ['./tests/setup.ts'],
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['tests/**/*.test.{ts,tsx}'],
            exclude: ['tests/browser/**', 'node_modules/**', HYDRATION_TEST],
          },
        },
        {
          extends: true,
          test: {
            name: 'hydration',
            include: [HYDRATION_TEST],
            // The pre-rendered HTML is made outside the test process, as the build makes it.
            globalSetup: ['./tests/app/prerendered-html.ts'],
          },
        },
      ],
    },
  }),
);
