/**
 * Proves the watchers every browser test relies on: if they could not see a CSP violation, an
 * off-site request or a console error, "no problems" in the journeys would mean nothing.
 */
import { describe, expect, it } from 'vitest';
import { CSP_META_POLICY } from '../../scripts/build/csp';
import { at, axeViolations, openSession, useBrowser } from './support/session';

useBrowser();

const probePage = (body: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP_META_POLICY}">
<title>probe</title></head><body>${body}</body></html>`;

describe('the browser test harness', () => {
  it('records CSP violations, console errors and page errors', async () => {
    const session = await openSession();
    const { page, problems } = session;
    await page.route(at('__probe/page.html'), (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: probePage(
          '<script>window.inline = 1</script><img alt="" src="https://example.com/pixel.png"><script src="probe.js"></script>',
        ),
      }),
    );
    await page.route(at('__probe/probe.js'), (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: 'console.error("probe says no"); setTimeout(() => { throw new Error("probe threw"); });',
      }),
    );
    await page.goto(at('__probe/page.html'));
    await page.waitForTimeout(300);

    expect(problems.csp.join('\n')).toMatch(/script-src(-elem)? blocked inline/);
    expect(problems.csp.join('\n')).toContain('img-src blocked https://example.com/pixel.png');
    expect(problems.console.join('\n')).toContain('probe says no');
    expect(problems.pageErrors.join('\n')).toContain('probe threw');
    expect(await page.evaluate(() => 'inline' in window)).toBe(false);

    session.expectProblem('csp', /blocked inline|img-src blocked https:\/\/example\.com/);
    session.expectProblem('console', /probe says no|example\.com|Content Security Policy/);
    session.expectProblem('pageErrors', /probe threw/);
  });

  it('blocks and records every request that would leave 127.0.0.1', async () => {
    const session = await openSession();
    const { page, problems } = session;
    // No CSP on this probe, so only the harness stands between the page and the network.
    await page.route(at('__probe/open.html'), (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>probe</title><img alt="" src="https://example.com/pixel.png">',
      }),
    );
    await page.goto(at('__probe/open.html'));
    await page.waitForLoadState('load');

    expect(problems.offsite).toEqual(['https://example.com/pixel.png']);
    expect(
      await page.locator('img').evaluate((image: HTMLImageElement) => image.naturalWidth),
    ).toBe(0);
    session.expectProblem('offsite', /^https:\/\/example\.com\/pixel\.png$/);
    session.expectProblem('console', /ERR_BLOCKED_BY_CLIENT/);
  });

  it('runs axe-core under the page CSP and reports WCAG failures', async () => {
    const { page } = await openSession();
    await page.route(at('__probe/form.html'), (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: probePage('<main><input type="text"></main>'),
      }),
    );
    await page.goto(at('__probe/form.html'));
    const violations = await axeViolations(page);
    expect(violations.map((violation) => violation.id)).toContain('label');
  });
});
