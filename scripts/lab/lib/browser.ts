/**
 * Starts the system Chromium (Debian's, installed by scripts/lab/ensure-chromium.sh) through
 * playwright-core. Nothing here ever downloads a browser.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type LaunchOptions, type Page } from 'playwright-core';

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
      `${CHROMIUM_PATH} is missing. Install it with \`bash scripts/lab/ensure-chromium.sh\` (needs root or sudo).`,
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

export interface DebuggableChromium {
  /** The DevTools protocol port on 127.0.0.1, for Lighthouse. */
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Starts headless Chromium with a DevTools port and a fresh throw-away profile, the way
 * chrome-launcher does for Lighthouse, without another dependency. Closes itself after
 * `maxLifetimeMs` in case the caller crashes.
 */
export async function launchDebuggableChromium(
  maxLifetimeMs = 10 * 60_000,
  extraArgs: readonly string[] = [],
): Promise<DebuggableChromium> {
  assertChromiumInstalled();
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  const child = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_ARGS,
      ...extraArgs,
      '--headless=new',
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const close = async (): Promise<void> => {
    clearTimeout(lifetime);
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await Promise.race([exited, new Promise((resolveWait) => setTimeout(resolveWait, 5_000))]);
    }
    rmSync(profile, { recursive: true, force: true });
  };
  const lifetime = setTimeout(() => void close(), maxLifetimeMs);
  lifetime.unref();
  const port = await new Promise<number>((resolvePort, rejectPort) => {
    let output = '';
    const timer = setTimeout(
      () => rejectPort(new Error(`Chromium did not start:\n${output}`)),
      30_000,
    );
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolvePort(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      rejectPort(new Error(`Chromium exited (${String(code)}) before it listened:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  return { port, close };
}

/**
 * Reads what a probe script left on the page's window (layout shifts, events, timings). It fails
 * when the probe never ran, so a missing probe cannot pass for "nothing happened".
 */
export async function probeOf<T>(page: Page, name: string): Promise<T> {
  const value: unknown = await page.evaluate((key) => Reflect.get(window, key), name);
  if (value === undefined) throw new Error(`the page has no window.${name}: its probe did not run`);
  // The page's own script wrote this value; the caller names the shape its probe writes.
  return value as T;
}
