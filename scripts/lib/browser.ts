/**
 * Starts the system Chromium (Debian's, installed by scripts/ensure-chromium.sh) through
 * playwright-core. Nothing here ever downloads a browser.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Quiet, offline-friendly flags: no sandbox (CI runs as root in a container), no GPU, and none of
 * Chromium's own background traffic (updates, sync, field trials) so every request the tests see
 * comes from the page.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function assertChromiumInstalled(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} is missing. Install it with \`bash scripts/ensure-chromium.sh\` (needs root or sudo).`,
    );
  }
}

/** Each launch gets a fresh temporary profile from playwright-core, so no state leaks between runs. */
export async function launchChromium(
  options: Omit<LaunchOptions, 'executablePath'> = {},
): Promise<Browser> {
  assertChromiumInstalled();
  return chromium.launch({
    headless: true,
    ...options,
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}
