/**
 * How a hurried reader taps: at the spot where a control is painted, as soon as the page has
 * painted it, whether or not the app is running yet. Playwright's own `click` cannot stand in for
 * this: it waits until its helper script can run in the page, which on a throttled load is after
 * the page's module scripts have run, so every tap would land after the app had started and the
 * pre-rendered page's head start would never be measured. The perf script's hurried reader and the
 * browser tests of early taps all tap this way, so the figures and the tests speak of the same
 * reader.
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
 * How long a person waits for a tap to do something before tapping the same spot again. Much
 * longer than a frame or two: a reader sees the page ignore the tap before trying again.
 */
export const RETAP_AFTER_MS = 1000;

export interface TapOutcome {
  /** Every tap, the first one included. */
  readonly taps: number;
  /** Taps after the first: each one is a tap the page let fall without a word. */
  readonly retaps: number;
  /** `Date.now()` when the first tap landed. */
  readonly firstTapAt: number;
  /** `Date.now()` when `took` was first seen true. */
  readonly tookAt: number;
}

/**
 * Taps the control matching `selector` the moment it is painted, and taps it again, like a person,
 * when `took` is still false `retapAfterMs` after a tap. `took` says what the reader waits for:
 * for an answer, that the app has recorded it (not that a radio looks checked). A tap that starts
 * loading another page counts as having taken once that page is there (`took` decides), so a
 * reader never taps a link twice while its page is on its way.
 */
export async function hurriedTap(
  page: Page,
  selector: string,
  took: () => Promise<boolean>,
  { retapAfterMs = RETAP_AFTER_MS, maxTaps = 20, timeoutMs = 30_000 } = {},
): Promise<TapOutcome> {
  let navigating = false;
  const onRequest = (request: Request): void => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigating = true;
  };
  page.on('request', onRequest);
  try {
    const deadline = Date.now() + timeoutMs;
    let taps = 0;
    let firstTapAt = Number.NaN;
    while (Date.now() < deadline) {
      if (await took()) {
        const tookAt = Date.now();
        return { taps, retaps: Math.max(0, taps - 1), firstTapAt, tookAt };
      }
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
      if (taps === 1) firstTapAt = Date.now();
      const waitUntil = Date.now() + retapAfterMs;
      while (Date.now() < waitUntil && !navigating && !(await took())) await pause(20);
    }
    throw new Error(`hurriedTap: ${taps} taps on ${selector} never took`);
  } finally {
    page.off('request', onRequest);
  }
}

/**
 * Whether the app has recorded an answer to question `index` (0-based) of `total`: the next
 * question is on screen (its progress count shows), or the question is still there with an option
 * selected and its 次へ enabled (the app holds an answer; 次へ is disabled while it holds none).
 * Read from the page's markup, language-free: `.quiz__count` holds "<n> / <total>" in every
 * language. A radio that only looks checked while 次へ stays grey is not an answer taken.
 */
export async function answerRecorded(page: Page, index: number, total: number): Promise<boolean> {
  return page
    .evaluate(
      // No named helper inside: tsx wraps named functions in a `__name` call the page lacks.
      ({ current, next, count }) => {
        const shown = (document.querySelector('.quiz__count')?.textContent ?? '').replace(
          /[\s\u200b]+/g,
          '',
        );
        if (shown === `${next}/${count}`) return true;
        if (shown !== `${current}/${count}`) return false;
        const checked = document.querySelector('.choices input[type="radio"]:checked');
        const nextButton = document.querySelector('.quiz__nav .button--primary');
        return checked !== null && nextButton instanceof HTMLButtonElement && !nextButton.disabled;
      },
      { current: index + 1, next: index + 2, count: total },
    )
    .catch(() => false);
}
