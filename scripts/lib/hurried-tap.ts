/**
 * How a hurried reader taps: at the spot where a control is painted, as soon as the page has
 * painted it, whether or not the app is running yet. Playwright's own `click` cannot stand in for
 * this: it waits until its helper script can run in the page, which on a throttled load is after
 * the page's module scripts have run, so every tap would land after the app had started and the
 * pre-rendered page's head start would never be measured. The perf script's hurried reader and the
 * browser test of early taps both tap this way, so the figure and the test speak of the same reader.
 */
import type { Page, Request } from 'playwright-core';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * The centre of the first element matching `selector`, once the page has painted content and the
 * element is on screen with a size; undefined before then (or while a navigation swaps documents).
 * The page's own script is not needed: this reads the layout from outside, as the eye does.
 */
export async function paintedCentre(page: Page, selector: string): Promise<Point | undefined> {
  const point = await page
    .evaluate((wanted) => {
      if (performance.getEntriesByName('first-contentful-paint').length === 0) return undefined;
      const element = document.querySelector(wanted);
      if (element === null) return undefined;
      const box = element.getBoundingClientRect();
      const onScreen = box.bottom > 0 && box.top < window.innerHeight;
      if (box.width === 0 || box.height === 0 || !onScreen) return undefined;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, selector)
    .catch(() => undefined);
  return point ?? undefined;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Taps the control matching `selector` the moment it is painted, and again while `took` stays
 * false for `patienceMs` after a tap: a reader whose tap did nothing taps again. A tap that starts
 * loading another page counts as having taken once that page is there (`took` decides), so a
 * reader never taps a link twice while its page is on its way. Returns the number of taps.
 */
export async function hurriedTap(
  page: Page,
  selector: string,
  took: () => Promise<boolean>,
  { patienceMs = 150, maxTaps = 60, timeoutMs = 30_000 } = {},
): Promise<number> {
  let navigating = false;
  const onRequest = (request: Request): void => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigating = true;
  };
  page.on('request', onRequest);
  try {
    const deadline = Date.now() + timeoutMs;
    let taps = 0;
    while (Date.now() < deadline) {
      if (await took()) return taps;
      if (navigating) {
        await pause(20);
        continue;
      }
      const point = await paintedCentre(page, selector);
      if (point === undefined) {
        await pause(20);
        continue;
      }
      if (taps >= maxTaps) break;
      await page.touchscreen.tap(point.x, point.y);
      taps += 1;
      const waitUntil = Date.now() + patienceMs;
      while (Date.now() < waitUntil && !navigating && !(await took())) await pause(20);
    }
    throw new Error(`hurriedTap: a tap on ${selector} never took`);
  } finally {
    page.off('request', onRequest);
  }
}
