/**
 * Global setup for tests/app/hydration.test.tsx: renders the pre-rendered pages' HTML in vitest's
 * own process, as the build renders them in a process of its own, and hands the HTML to the test.
 *
 * React's server renderer and its client renderer both claim each context they render as its
 * primary renderer and the server never lets go. Rendering both in the test's process made React
 * warn about "multiple renderers concurrently rendering the same context provider"; with the
 * server half here, the test process only ever hydrates, as a browser does.
 */
import type { TestProject } from 'vitest/node';
import { INVESTOR_TYPE_IDS } from '@/data/investor-types';
import { pagesToRender, renderPage } from '@/entry-server';

export const HYDRATED_ROUTES = ['/', '/quiz/', `/r/${INVESTOR_TYPE_IDS[0]}/`] as const;

declare module 'vitest' {
  export interface ProvidedContext {
    /** The app's HTML of each route in HYDRATED_ROUTES, as the pre-render writes it. */
    prerenderedHtml: Record<string, string>;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const html: Record<string, string> = {};
  for (const route of HYDRATED_ROUTES) {
    const spec = pagesToRender().find((page) => page.route === route);
    if (spec === undefined) throw new Error(`no page for ${route}`);
    html[route] = (await renderPage(spec, '/')).appHtml;
  }
  project.provide('prerenderedHtml', html);
}
