import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertChromiumInstalled } from '../../scripts/lab/lib/browser';
import { startStaticServer } from '../../scripts/lab/lib/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the static server serves dist/, with a trailing slash. */
    baseUrl: string;
    /** The built folder being served. */
    distDir: string;
  }
}

/** Serves the already-built dist/ (or DIST_DIR) for every browser test file, then closes it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const distDir = resolve(process.env.DIST_DIR ?? 'dist');
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(
      `The browser tests run against the production build, but ${distDir}/index.html is missing: run \`npm run build\` first.`,
    );
  }
  assertChromiumInstalled();
  const server = await startStaticServer({
    root: distDir,
    basePath: process.env.BASE_PATH ?? '/',
    // Teardown closes it; the lifetime only stops a server a crashed run left behind. It outlasts
    // the whole browser run (WordPress included), which CI allows 90 minutes with the rest.
    maxLifetimeMs: 60 * 60_000,
  });
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  return () => server.close();
}
