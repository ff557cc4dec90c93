/**
 * `npm run screenshots`: the landing page, a question and a result page on a phone (375x667) and a
 * desktop (1280x800), from the production build in dist/, into docs/screenshots/*.png; the landing
 * page and the question also in the dark scheme (*-dark.png).
 *
 *   npx tsx scripts/lab/screenshots.ts [--lang en] [--only landing,question]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium } from './lib/browser';
import { QUESTIONS } from '../../src/data/questions';
import { sampleResult } from './lib/sample-result';
import { SCREENSHOT_DEVICES } from './lib/screenshot-devices';
import { startStaticServer } from './lib/static-server';
import { href } from '@/data/page-paths';
import { pageUrl } from './lib/page-url';

const { values } = parseArgs({
  options: {
    lang: { type: 'string', default: 'ja' },
    only: { type: 'string', default: 'landing,question,result' },
  },
});
const only = new Set(values.only.split(','));
const lang = values.lang === 'en' ? 'en' : 'ja';
const suffix = lang === 'ja' ? '' : `-${lang}`;

const distDir = process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist', import.meta.url));
const outDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  // Let entrance transitions and the chart's first layout finish.
  await page.waitForTimeout(800);
}

mkdirSync(outDir, { recursive: true });
const server = await startStaticServer({ root: distDir, basePath: process.env.BASE_PATH ?? '/' });
const browser = await launchChromium();
const written: string[] = [];
try {
  // Each language's pages live under its own path prefix (English under en/).
  const pageAt = (path: string) => pageUrl(server.url, path, lang);
  for (const [device, options] of Object.entries(SCREENSHOT_DEVICES)) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({
        ...options,
        colorScheme: scheme,
        locale: lang === 'ja' ? 'ja-JP' : 'en-US',
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      // Headless Chromium reports a mouse even with touch on; a phone has no hover and a coarse
      // pointer, which decides whether keyboard hints and hover styles show. Set before each
      // shot, and shot through the DevTools protocol: Playwright's screenshots reset it.
      const actLikeThePhone = async (): Promise<void> => {
        if (device !== 'phone') return;
        await cdp.send('Emulation.setEmulatedMedia', {
          media: '',
          features: [
            { name: 'prefers-color-scheme', value: scheme },
            { name: 'hover', value: 'none' },
            { name: 'any-hover', value: 'none' },
            { name: 'pointer', value: 'coarse' },
            { name: 'any-pointer', value: 'coarse' },
          ],
        });
      };
      const shoot = async (name: string): Promise<void> => {
        await settle(page);
        const path = `${outDir}${name}-${device}${scheme === 'dark' ? '-dark' : ''}${suffix}.png`;
        // A window as tall as the page, so one plain capture holds it all (a full-page capture
        // would reset the emulated media again).
        const viewport = page.viewportSize() ?? { width: 375, height: 667 };
        await actLikeThePhone();
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.setViewportSize({ width: viewport.width, height });
        await actLikeThePhone();
        await page.waitForTimeout(300);
        const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
        writeFileSync(path, Buffer.from(data, 'base64'));
        await page.setViewportSize(viewport);
        written.push(path);
      };

      if (only.has('landing')) {
        await page.goto(pageAt(href.landing()));
        await shoot('landing');
      }

      if (only.has('question')) {
        await page.goto(pageAt(href.quiz()));
        await page.getByRole('radio').first().waitFor();
        await shoot('question');
      }

      // The result page in the light scheme only: its own issue keeps its screenshots.
      if (only.has('result') && scheme === 'light') {
        await page.goto(pageAt(href.quiz()));
        // Take the test (first option each time) so the result page shows as the taker sees it.
        for (let index = 0; index < QUESTIONS.length; index += 1) {
          await page.getByText(`${index + 1} / ${QUESTIONS.length}`, { exact: true }).waitFor();
          await page.getByRole('radio').first().click();
        }
        const { profile } = sampleResult();
        await page.waitForURL((url) =>
          url.pathname.endsWith(href.result({ typeId: profile.typeId })),
        );
        // The chart draws as it nears the screen (below the score bars on a phone): scroll to it
        // as a reader would, then back to the top for the full-page shot.
        await page.locator('.result-chart__box').first().scrollIntoViewIfNeeded();
        await page.locator('.recharts-surface').first().waitFor({ timeout: 15_000 });
        await page.evaluate(() => window.scrollTo(0, 0));
        await shoot('result');
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Wrote:\n${written.join('\n')}`);
