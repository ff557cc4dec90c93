/**
 * `npx tsx scripts/lab/result-screenshots.ts`: the result page as readers meet it, from the production
 * build in dist/, into docs/screenshots/: a type's page opened without a code (Japanese and
 * English), a friend's shared result, one's own result (first screen and whole page), the
 * comparison with the friend, and the saved image; phone (375x667, LINE's in-app browser) and
 * desktop (1280x800), light and dark.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './lib/browser';
import { QUESTIONS } from '../../src/data/questions';
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

// The phone as a friend's link opens in LINE: its in-app browser.
const DEVICES: Readonly<Record<ScreenshotDevice, BrowserContextOptions>> = {
  phone: { ...SCREENSHOT_DEVICES.phone, userAgent: LINE_IN_APP_UA },
  desktop: SCREENSHOT_DEVICES.desktop,
};

const pickOwn = (index: number, count: number) => (index * 3 + 1) % count;
const pickFriend = () => 0;

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);
}

async function drawChart(page: Page): Promise<void> {
  await page.locator('.result-chart__box').first().scrollIntoViewIfNeeded();
  await page.locator('.recharts-surface').first().waitFor({ timeout: 15_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
}

mkdirSync(outDir, { recursive: true });
const server = await startStaticServer({ root: distDir, basePath: process.env.BASE_PATH ?? '/' });
const browser = await launchChromium();
const written: string[] = [];
try {
  const friend = sampleResult(sampleAnswers(pickFriend));
  for (const [device, options] of Object.entries(DEVICES)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ ...options, colorScheme, locale: 'ja-JP' });
      const page = await context.newPage();
      const shoot = async (name: string, fullPage = true): Promise<void> => {
        await settle(page);
        const path = `${outDir}${name}-${device}-${colorScheme}.png`;
        await page.screenshot({ path, fullPage });
        written.push(path);
      };

      const typePage = href.result({ typeId: sampleResult(sampleAnswers(pickOwn)).profile.typeId });
      for (const [language, suffix] of [
        ['ja', ''],
        ['en', '-en'],
      ] as const) {
        await page.goto(pageUrl(server.url, typePage, language));
        await page.locator('.result-page--general').waitFor();
        await shoot(`result-type-page${suffix}`, false);
      }

      await page.goto(pageUrl(server.url, friend.path));
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('.result-page--friend').waitFor();
      await drawChart(page);
      await shoot('result-friend', device === 'phone');

      await page.goto(pageUrl(server.url, href.quiz()));
      for (let index = 0; index < QUESTIONS.length; index += 1) {
        await page.getByText(`${index + 1} / ${QUESTIONS.length}`, { exact: true }).waitFor();
        const count = QUESTIONS[index]?.options.length ?? 1;
        await page.getByRole('radio').nth(pickOwn(index, count)).click();
      }
      await page.locator('.result-page--own').waitFor();
      await shoot('result-own-first-screen', false);
      await drawChart(page);
      // The whole own page once on a phone; on a desktop the first screens tell the story.
      await shoot('result-own', device === 'phone');

      await page.getByRole('button', { name: '友だちと比べる' }).click();
      await page.locator('.compare-summary').waitFor();
      await drawChart(page);
      await page.locator('.result-compare-offer').scrollIntoViewIfNeeded();
      await shoot('result-compare', false);
      await page.locator('.result-chart').scrollIntoViewIfNeeded();
      await shoot('result-compare-chart', false);

      if (device === 'phone') {
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.getByRole('button', { name: '画像で保存' }).click();
        const image = page.locator('.saved-image__img');
        await image.waitFor();
        const src = (await image.getAttribute('src')) ?? '';
        const path = `${outDir}saved-image-${colorScheme}.png`;
        writeFileSync(path, Buffer.from(src.replace(/^data:image\/png;base64,/, ''), 'base64'));
        written.push(path);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Wrote:\n${written.join('\n')}`);
