import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { budouxPlugin } from './scripts/build/budoux-plugin.ts';
import { cspMetaPlugin } from './scripts/build/csp.ts';
import { typeAccentsPlugin } from './scripts/build/type-accents.ts';

/**
 * react-router publishes a production build without its development warnings, but its package
 * exports only the development one. Builds use the production file (fewer bytes in the first
 * download); the dev server and tests keep the warnings.
 */
function reactRouterProductionBuild(): Plugin {
  const packageJson = createRequire(import.meta.url).resolve('react-router/package.json');
  return {
    name: 'toushi:react-router-production',
    apply: 'build',
    config: () => ({
      resolve: {
        alias: [
          {
            find: /^react-router$/,
            replacement: join(dirname(packageJson), 'dist/production/index.mjs'),
          },
        ],
      },
    }),
  };
}

/**
 * react-router's production build defines its components and contexts with top-level calls
 * (`React.forwardRef(...)`, `React.createContext(...)`) that carry no pure annotation, and then
 * names each one (`Link.displayName = ...`). To a bundler both look like side effects, so every
 * component ships whether the app uses it or not (Form, NavLink, the prefetch links, the RSC error
 * handler). This says what is true of them: the calls are pure, and the names are only for React's
 * developer tools. Unused parts then drop out of the first download.
 */
function reactRouterTreeShaking(): Plugin {
  return {
    name: 'toushi:react-router-tree-shaking',
    apply: 'build',
    transform: {
      filter: { id: /react-router[\\/]dist[\\/]production[\\/].*\.mjs$/ },
      handler: (code) => ({
        code: code
          .replace(/^[\w$]+\.displayName = "[^"]*";$/gm, '')
          .replace(/= (React\d*\.(?:forwardRef|createContext)\()/g, '= /* @__PURE__ */ $1'),
        map: null,
      }),
    },
  };
}

// BASE_PATH lets the site live in a blog sub-folder (e.g. /shindan/); it must start and end with "/".
const basePath = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base: basePath,
  plugins: [
    budouxPlugin(),
    react(),
    reactRouterProductionBuild(),
    reactRouterTreeShaking(),
    cspMetaPlugin(),
    typeAccentsPlugin(),
  ],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // react-i18next's fallback for React < 18, which this app never runs on: saves first-download bytes.
      {
        find: /^use-sync-external-store\/shim$/,
        replacement: fileURLToPath(
          new URL('./src/platform/use-sync-external-store-shim.ts', import.meta.url),
        ),
      },
    ],
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // scripts/lab/lib/bundle-size.ts reads which files the first page loads from the manifest.
    manifest: true,
    // Every script is a file: the CSP allows no inline script, so no module preload polyfill inline.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Text chunks say whose texts they are (texts-ja-start-<hash>.js), for the size report and
        // for whoever reads the network panel.
        chunkFileNames: (chunk) => {
          const texts = /\/i18n\/resources\/(\w+)\/(start|later)\.ts$/.exec(
            chunk.facadeModuleId ?? '',
          );
          return texts === null
            ? 'assets/[name]-[hash].js'
            : `assets/texts-${texts[1]}-${texts[2]}-[hash].js`;
        },
      },
    },
  },
});
