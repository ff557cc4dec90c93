/**
 * `npx tsx scripts/lab/promise-screenshots.ts`: the pages that speak about data and account security,
 * from the production build in dist/, into docs/screenshots/: the own result's security block
 * before and after the advice, the share panel with its sentence, a friend's first screen, and
 * the privacy page; phone (375x667, LINE's in-app browser, Japanese) and desktop (1280x800).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContextOptions } from 'playwright-core';
import { QUESTIONS } from '../../src/data/questions';
import { results as ja } from '../../src/i18n/resources/ja/results';
import { launchChromium } from './lib/browser';
import { sampleAnswers, sampleResult } from './lib/sample-result';
import {
  LINE_IN_APP_UA,
  SCREENSHOT_DEVICES,
  type ScreenshotDevice,
} from './lib/screenshot-devices';
import { startStaticServer } from './lib/static-server';
import { href } from '@/data/page-paths';
import { pageUrl } from './lib/page-url';

const distDir = process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist', import.meta.url));
const outDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

const DEVICES: Readonly<Record<ScreenshotDevice, BrowserContextOptions>> = {
  phone: { ...SCREENSHOT_DEVICES.phone, userAgent: LINE_IN_APP_UA },
  desktop: SCREENSHOT_DEVICES.desktop,
};
const pickOwn = (index: number, count: number) => (index * 3 + 1) % count;

mkdirSync(outDir, { recursive: true });
const server = await startStaticServer({ root: distDir, basePath: process.env.BASE_PATH ?? '/' });
const browser = await launchChromium();
const written: string[] = [];
try {
  const friend = sampleResult(sampleAnswers((_, count) => count - 1));
  for (const [device, options] of Object.entries(DEVICES)) {
    const context = await browser.newContext({ ...options, colorScheme: 'light', locale: 'ja-JP' });
    const page = await context.newPage();
    const path = (name: string) => {
      const file = `${outDir}${name}-${device}.png`;
      written.push(file);
      return file;
    };
    const settle = async () => {
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(400);
    };

    await page.goto(pageUrl(server.url, friend.path));
    await page.locator('.result-page--friend').waitFor();
    await settle();
    await page.screenshot({ path: path('promise-friend-first-screen') });

    await page.goto(pageUrl(server.url, href.quiz()));
    for (let index = 0; index < QUESTIONS.length; index += 1) {
      await page.getByText(`${index + 1} / ${QUESTIONS.length}`, { exact: true }).waitFor();
      const count = QUESTIONS[index]?.options.length ?? 1;
      await page.getByRole('radio').nth(pickOwn(index, count)).click();
    }
    await page.locator('.result-page--own').waitFor();
    await settle();
    await page.locator('.result-share').screenshot({ path: path('promise-share-panel') });
    const security = page.getByRole('region', { name: ja.security.heading });
    await security.scrollIntoViewIfNeeded();
    await security.screenshot({ path: path('promise-security-questions') });
    for (const [check, choice] of [
      ['login', 'codes-only'],
      ['passwords', 'reused'],
      ['offers', 'ignore'],
    ] as const) {
      await security
        .getByRole('group', { name: ja.security.questions[check] })
        .getByRole('radio', { name: ja.security.choices[choice] })
        .check();
    }
    await security.getByRole('button', { name: ja.security.submit }).click();
    await security.getByRole('heading', { name: ja.security.incidentHeading }).waitFor();
    await security.screenshot({ path: path('promise-security-advice') });

    await page.goto(pageUrl(server.url, href.privacy()));
    await page.locator('.privacy-page').waitFor();
    await settle();
    await page.screenshot({ path: path('promise-privacy'), fullPage: true });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Wrote:\n${written.join('\n')}`);
