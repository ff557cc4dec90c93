/**
 * `npx tsx scripts/lab/wordpress-screenshots.ts`: the embed inside a real WordPress post, from the
 * production build in dist/, into docs/screenshots/: the landing page, a question and the result
 * of an Editor's snippet on a phone (375x667) and a desktop (1280x800), the result in WordPress's
 * sandboxed wrapper (an Author's bare address, no plugin) on a phone, and the banner kit on
 * /embed/. Needs `bash scripts/lab/ensure-wordpress.sh` and `bash scripts/lab/ensure-chromium.sh`.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContextOptions, Frame, Page } from 'playwright-core';
import { SITE } from '../../src/data/site';
import { QUESTIONS } from '../../src/data/questions';
import { buildEmbedSnippet } from '../../src/embed/embed-snippet';
import { common as jaCommon } from '../../src/i18n/resources/ja/common';
import { results as jaResults } from '../../src/i18n/resources/ja/results';
import { serveTestSite } from './lib/test-site-route';
import { blockEditorEmbed, startWordPress } from './lib/wordpress-site';
import { launchChromium } from './lib/browser';
import { SCREENSHOT_DEVICES, type ScreenshotDevice } from './lib/screenshot-devices';
import { startStaticServer } from './lib/static-server';
import { href } from '@/data/page-paths';
import { pageUrl } from './lib/page-url';

const distDir = process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist', import.meta.url));
const outDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const pick = (index: number, count: number) => (index * 3 + 1) % count;

mkdirSync(outDir, { recursive: true });
const server = await startStaticServer({ root: distDir });
const wordpress = await startWordPress({
  mapOrigin: { from: SITE.origin, to: server.url.replace(/\/$/, '') },
});
const browser = await launchChromium();
const written: string[] = [];

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const frame = await (await page.locator(selector).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame at ${selector}`);
  await frame.locator('.app--embed').waitFor();
  return frame;
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(600);
}

async function answerAll(frame: Frame): Promise<void> {
  for (let index = 0; index < QUESTIONS.length; index += 1) {
    await frame.getByText(`${index + 1} / ${QUESTIONS.length}`, { exact: true }).waitFor();
    await frame
      .getByRole('radio')
      .nth(pick(index, QUESTIONS[index]?.options.length ?? 1))
      .click();
  }
  await frame.getByRole('link', { name: jaResults.actions.fullResult }).waitFor();
}

async function shoot(page: Page, name: string, target?: string): Promise<void> {
  const path = `${outDir}${name}.png`;
  if (target === undefined) await page.screenshot({ path });
  else {
    // A window as tall as the page, so a frame taller than the screen is painted whole (Chromium
    // leaves the off-screen part of another origin's frame blank in an element capture).
    const viewport = page.viewportSize() ?? { width: 375, height: 667 };
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: viewport.width, height });
    await settle(page);
    await page.locator(target).screenshot({ path });
    await page.setViewportSize(viewport);
  }
  written.push(path);
}

try {
  const snippet = buildEmbedSnippet({
    siteRoot: `${SITE.origin}/`,
    lang: 'ja',
    theme: 'auto',
    utmSource: 'blog',
  });
  const article = (body: string) =>
    `<!-- wp:paragraph --><p>相場の裏を読むには、まず自分のくせを知ることから。</p><!-- /wp:paragraph -->\n\n${body}\n\n<!-- wp:paragraph --><p>診断の結果に合わせて、無料の情報をお届けしています。</p><!-- /wp:paragraph -->`;
  const snippetPost = await wordpress.savePost('editor', {
    title: 'あなたの投資家タイプは？',
    content: article(`<!-- wp:html -->\n${snippet}\n<!-- /wp:html -->`),
  });
  const wrapperPost = await wordpress.savePost('author', {
    title: '投資心理テストを受けてみよう',
    content: article(blockEditorEmbed(`${SITE.origin}/`)),
  });

  for (const [device, options] of Object.entries(SCREENSHOT_DEVICES) as [
    ScreenshotDevice,
    BrowserContextOptions,
  ][]) {
    const context = await browser.newContext({ ...options, colorScheme: 'light', locale: 'ja-JP' });
    await serveTestSite(context, {
      publicOrigin: SITE.origin,
      localBase: server.url,
      listedBlog: wordpress.origin,
    });
    // LINE, the newsletter and the blog are not reachable from here: nothing leaves the machine.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1|shindan\.example\.jp)/, (route) =>
      route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    await page.goto(snippetPost.url);
    const frame = await frameOf(page, '.toushi-shinri-test iframe');
    await page.locator('.toushi-shinri-test').scrollIntoViewIfNeeded();
    await settle(page);
    await shoot(page, `wordpress-embed-landing-${device}`);
    await frame.getByRole('link', { name: jaCommon.landing.start }).click();
    await frame.getByText(`1 / ${QUESTIONS.length}`, { exact: true }).waitFor();
    await settle(page);
    await shoot(page, `wordpress-embed-question-${device}`);
    await answerAll(frame);
    await page.locator('.toushi-shinri-test').scrollIntoViewIfNeeded();
    await settle(page);
    await shoot(page, `wordpress-embed-result-${device}`, '.toushi-shinri-test');

    if (device === 'phone') {
      await page.goto(wrapperPost.url);
      const wrapped = await frameOf(page, 'iframe.wp-embedded-content');
      await wrapped.getByRole('link', { name: jaCommon.landing.start }).click();
      await answerAll(wrapped);
      await page.locator('iframe.wp-embedded-content').scrollIntoViewIfNeeded();
      await settle(page);
      await shoot(page, 'wordpress-wrapper-result-phone');
    }

    await page.goto(pageUrl(server.url, href.embed()));
    await page.locator('.embed-banners').waitFor();
    await page.locator('.embed-banners__image').first().scrollIntoViewIfNeeded();
    await settle(page);
    await shoot(page, `embed-banners-${device}`);
    await context.close();
  }
  console.log(`wrote ${written.length} screenshots:\n  ${written.join('\n  ')}`);
} finally {
  await browser.close();
  await wordpress.close();
  await server.close();
}
