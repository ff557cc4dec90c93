/**
 * The two screens every page is looked at on before it is called done: a phone (375x667) and a
 * desktop (1280x800). Shared by scripts/screenshots.ts and scripts/result-screenshots.ts.
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
