/**
 * Builds the plain JS-rendered quiz (scripts/lab/plain-quiz/) that `npm run perf` measures the app
 * against: with the app's own Vite config (the same React, router and i18next builds, the same
 * minifier, the same CSP tag), into a temporary folder, with its one HTML page copied to every
 * address the hurried reader opens. The static server serves it as it serves dist/.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Variant } from './perf-variants';

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
const fixtureRoot = fileURLToPath(new URL('../plain-quiz', import.meta.url));

/** The pages the hurried reader opens, in both languages. */
const PAGES = ['quiz', 'en', join('en', 'quiz')] as const;

export async function buildPlainQuiz(): Promise<Variant> {
  const dir = mkdtempSync(join(tmpdir(), 'perf-plain-quiz-'));
  await build({
    configFile: join(projectRoot, 'vite.config.ts'),
    root: fixtureRoot,
    base: '/',
    publicDir: false,
    logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true, manifest: false },
  });
  for (const page of PAGES) {
    mkdirSync(join(dir, page), { recursive: true });
    copyFileSync(join(dir, 'index.html'), join(dir, page, 'index.html'));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
