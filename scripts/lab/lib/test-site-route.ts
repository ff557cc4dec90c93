import type { APIResponse, BrowserContext, Route } from 'playwright-core';

export interface TestSiteRoute {
  /** The test's public origin, as snippets and oEmbed responses name it (SITE.origin). */
  readonly publicOrigin: string;
  /** Where the built site is served here, with a trailing slash (the static server's URL). */
  readonly localBase: string;
  /**
   * A blog origin to add to the header's frame-ancestors, the way a deployment listing it in
   * src/data/embed-origins.json would; none for a blog the site does not list.
   */
  readonly listedBlog?: string;
}

async function fetchOnce(route: Route, url: string): Promise<APIResponse> {
  try {
    return await route.fetch({ url });
  } catch (error) {
    // A kept-alive connection the server was closing at that moment: every request is a GET.
    if (!/ECONNRESET|socket hang up/.test(String(error))) throw error;
    return route.fetch({ url });
  }
}

/**
 * Answers the browser's requests for the test's public origin from the local build, so a blog
 * page can embed it by its real address.
 */
export async function serveTestSite(context: BrowserContext, site: TestSiteRoute): Promise<void> {
  await context.route(`${site.publicOrigin}/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await fetchOnce(
      route,
      new URL(`${url.pathname.slice(1)}${url.search}`, site.localBase).href,
    );
    const headers = { ...response.headers() };
    delete headers['content-encoding'];
    delete headers['content-length'];
    const csp = headers['content-security-policy'];
    if (csp !== undefined && site.listedBlog !== undefined) {
      const blog = site.listedBlog;
      headers['content-security-policy'] = csp.replace(
        /frame-ancestors [^;]*/,
        (directive) => `${directive} ${blog}`,
      );
    }
    await route.fulfill({ response, headers });
  });
}
