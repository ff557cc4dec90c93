import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { cspMetaPlugin } from './scripts/csp';
import { hostingFilesPlugin } from './scripts/write-hosting-files';

// BASE_PATH lets the site live in a blog sub-folder (e.g. /shindan/); it must start and end with "/".
const basePath = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base: basePath,
  plugins: [react(), cspMetaPlugin(), hostingFilesPlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // scripts/lib/bundle-size.ts reads which files the first page loads from the manifest.
    manifest: true,
    // Every script is a file: the CSP allows no inline script, so no module preload polyfill inline.
    modulePreload: { polyfill: false },
  },
});
