/**
 * Builds embed.js, the loader blog authors paste, on its own: one IIFE with no dependencies, written
 * next to the app in dist/ (run after the app build, which empties dist/). Fails when the gzipped
 * file grows past the 3 KB budget, and prints its size either way.
 */
import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const EMBED_GZIP_BUDGET_BYTES = 3 * 1024;

function embedBudget(): Plugin {
  return {
    name: 'embed-size-budget',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const gzipped = gzipSync(chunk.code, { level: 9 }).length;
        const line = `${chunk.fileName}: ${chunk.code.length} bytes, ${gzipped} bytes gzip (budget ${EMBED_GZIP_BUDGET_BYTES})`;
        if (gzipped > EMBED_GZIP_BUDGET_BYTES) this.error(`${line}: over budget`);
        console.log(line);
      }
    },
  };
}

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  publicDir: false,
  plugins: [embedBudget()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2018',
    sourcemap: false,
    minify: true,
    lib: {
      entry: fileURLToPath(new URL('./src/embed/embed-loader.ts', import.meta.url)),
      formats: ['iife'],
      name: 'toushiShinriTestEmbed',
      fileName: () => 'embed.js',
    },
  },
});
