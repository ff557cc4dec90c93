/**
 * The slow phone that the real-throttling figures are taken on: 150 ms latency, 1.6 Mbps
 * down, a CPU four times slower, applied by Chromium itself through the DevTools protocol. The
 * perf script's hurried reader and the browser test of early taps both use it, so the figure and
 * the test speak of the same phone.
 */
import type { Page } from 'playwright-core';

export const SLOW_PHONE = {
  latencyMs: 150,
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
  cpuSlowdown: 4,
} as const;

/** Slows `page`'s network and CPU to SLOW_PHONE for as long as the page lives. */
export async function throttleToSlowPhone(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_PHONE.latencyMs,
    downloadThroughput: SLOW_PHONE.downloadBytesPerSecond,
    uploadThroughput: SLOW_PHONE.uploadBytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
}
