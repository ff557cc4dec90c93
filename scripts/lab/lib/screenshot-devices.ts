/**
 * The two screens every page is looked at on before it is called done: a phone (375x667) and a
 * desktop (1280x800). Shared by scripts/lab/screenshots.ts and scripts/lab/result-screenshots.ts.
 */
import type { BrowserContextOptions } from 'playwright-core';

export type ScreenshotDevice = 'phone' | 'desktop';

export const SCREENSHOT_DEVICES: Readonly<Record<ScreenshotDevice, BrowserContextOptions>> = {
  // 1x keeps the full-page images small enough for the repository; the layout is the phone's.
  phone: {
    viewport: { width: 375, height: 667 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
  },
  desktop: { viewport: { width: 1280, height: 800 } },
};

/** LINE's in-app browser on an iPhone: how most friends open a shared result in Japan. */
export const LINE_IN_APP_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/14.10.0';
