/**
 * The blog embed on a real WordPress (Debian's package, with MariaDB and Apache on 127.0.0.1):
 * posts saved as each role the way the editor saves them, read in Chromium on a phone.
 *
 * The test's site is `SITE.origin` in every snippet and oEmbed response, as in production; here it is
 * served by the test's static server, for the browser through request interception and for
 * WordPress's own requests through the harness's stand-in for DNS. A blog is "listed" the way a
 * deployment listing it in src/data/embed-origins.json would make it: its origin joins the
 * header's frame-ancestors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { SITE } from '@/data/site';
import { buildEmbedSnippet } from '@/embed/embed-snippet';
import { QUESTIONS, TEXT, VARIED, optionLabel, progressText } from './support/app';
import { PHONE, baseUrl, openSession, useBrowser, type Session } from './support/session';
import { EMBEDDED_LANDING_MAX_PX } from './support/embed-budget';
import { serveTestSite } from '../../scripts/lab/lib/test-site-route';
import {
  blockEditorEmbed,
  startWordPress,
  type WordPressSite,
} from '../../scripts/lab/lib/wordpress-site';

useBrowser();

const SITE_ROOT = `${SITE.origin}/`;
const PLUGIN_DIR = 'wordpress/toushi-shinri-test-embed';
const PLUGIN_SLUG = 'toushi-shinri-test-embed';
/** WordPress's wrapper lets a frame grow to this height at most (wp-embed.js). */
const WORDPRESS_FRAME_MAX = 1000;

let wordpress: WordPressSite | undefined;

function site(): WordPressSite {
  if (wordpress === undefined) throw new Error('WordPress did not start');
  return wordpress;
}

beforeAll(async () => {
  const started = Date.now();
  wordpress = await startWordPress({
    mapOrigin: { from: SITE.origin, to: baseUrl().replace(/\/$/, '') },
  });
  console.log(`WordPress started in ${Date.now() - started} ms at ${wordpress.url}`);
}, 240_000);

afterAll(async () => {
  await wordpress?.close();
});

/** A reader's phone; the test's site answers from the static server, the blog listed or not. */
async function readerSession(options: { listed: boolean }): Promise<Session> {
  const session = await openSession(PHONE);
  await serveTestSite(session.context, {
    publicOrigin: SITE.origin,
    localBase: baseUrl(),
    ...(options.listed ? { listedBlog: site().origin } : {}),
  });
  return session;
}

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.locator(selector).elementHandle({ timeout: 20_000 });
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame at ${selector}`);
  await frame.locator('.app--embed').waitFor({ timeout: 20_000 });
  return frame;
}

/**
 * Waits until the frame's height is its content's (capped at `max`, beyond which it scrolls), and
 * holds the frame within the phone's width, so nothing of the test is cut off at the side.
 */
async function expectFrameFits(
  page: Page,
  selector: string,
  frame: Frame,
  max = Number.POSITIVE_INFINITY,
): Promise<number> {
  let last = { outer: 0, content: 0 };
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const outer = await page
      .locator(selector)
      .evaluate((element) => element.getBoundingClientRect().height);
    const content = await frame.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    last = { outer, content };
    if (Math.abs(outer - Math.min(content, max)) <= 1) {
      const sides = await page.locator(selector).evaluate((element) => ({
        left: element.getBoundingClientRect().left,
        right: element.getBoundingClientRect().right,
        page: document.documentElement.clientWidth,
      }));
      expect(sides.left).toBeGreaterThanOrEqual(0);
      expect(sides.right).toBeLessThanOrEqual(sides.page);
      return outer;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`the frame does not fit its content: ${JSON.stringify(last)}`);
}

async function answerEveryQuestion(frame: Frame): Promise<void> {
  await frame.getByRole('link', { name: TEXT.ja.common.landing.start }).click();
  for (let index = 0; index < QUESTIONS.length; index += 1) {
    await frame.getByText(progressText(index), { exact: true }).waitFor();
    const count = QUESTIONS[index]?.options.length ?? 0;
    await frame
      .getByRole('radio', { name: optionLabel(index, VARIED(index, count)), exact: true })
      .click();
  }
  await frame.getByRole('link', { name: TEXT.ja.results.actions.fullResult }).waitFor();
}

const EMBED_FRAME = '.toushi-shinri-test iframe';
const WRAPPER_FRAME = 'iframe.wp-embedded-content';

describe('the embed on a real WordPress', () => {
  it("keeps an Editor's snippet, which embeds the test, fits it at every step and finishes", async () => {
    const snippet = buildEmbedSnippet({
      siteRoot: SITE_ROOT,
      lang: 'ja',
      theme: 'auto',
      utmSource: 'blog',
      utmCampaign: 'winter',
    });
    const content = `<!-- wp:html -->\n${snippet}\n<!-- /wp:html -->`;
    const editors = await site().savePost('editor', { title: 'エディターの記事', content });
    expect(editors.storedContent).toContain(
      '<script async src="https://shindan.example.jp/embed.js">',
    );
    // The same snippet from an Author loses its script: WordPress strips it.
    const authors = await site().savePost('author', { title: '投稿者の記事', content });
    expect(authors.storedContent).not.toContain('<script');

    const session = await readerSession({ listed: true });
    session.expectProblem('offsite', /^https:\/\/line\.me\//);
    session.expectProblem('console', /ERR_BLOCKED_BY_CLIENT/);
    const { page, context } = session;
    await page.goto(editors.url);
    const frame = await frameOf(page, EMBED_FRAME);
    await expectFrameFits(page, EMBED_FRAME, frame);
    await answerEveryQuestion(frame);
    await expectFrameFits(page, EMBED_FRAME, frame);

    // LINE opens in a new tab with the snippet's campaign; the blog post stays where it is.
    const line = frame.getByRole('link', { name: /^友だち追加/ }).first();
    const lineRequest = context.waitForEvent('request', (request) =>
      request.url().startsWith('https://line.me/'),
    );
    const [tab] = await Promise.all([context.waitForEvent('page'), line.click()]);
    expect(tab).not.toBe(page);
    const url = new URL((await lineRequest).url());
    expect(url.searchParams.get('utm_source')).toBe('blog');
    expect(url.searchParams.get('utm_campaign')).toBe('winter');
    expect(page.url()).toBe(editors.url);
  });

  it("turns an Author's bare address into the full embed through the plugin", async () => {
    await site().activatePlugin(PLUGIN_DIR);
    const post = await site().savePost('author', {
      title: 'プラグインありの記事',
      content: `<!-- wp:paragraph --><p>診断はこちら。</p><!-- /wp:paragraph -->\n\n${SITE_ROOT}\n\n<!-- wp:paragraph --><p>おわり。</p><!-- /wp:paragraph -->`,
    });
    const session = await readerSession({ listed: true });
    const { page } = session;
    await page.goto(post.url);
    const frame = await frameOf(page, EMBED_FRAME);
    expect(await page.locator('.toushi-shinri-test').getAttribute('data-utm-source')).toBe(
      'wordpress',
    );
    await expectFrameFits(page, EMBED_FRAME, frame);
    await frame.getByRole('link', { name: TEXT.ja.common.landing.start }).click();
    await frame.getByText(progressText(0), { exact: true }).waitFor();
    await expectFrameFits(page, EMBED_FRAME, frame);
    // No sandboxed wrapper: the trusted snippet is the embed.
    expect(await page.locator(WRAPPER_FRAME).count()).toBe(0);
  });

  it("embeds an Author's pasted address without the plugin in WordPress's sandboxed wrapper, which fits it and opens LINE", async () => {
    await site().deactivatePlugin(PLUGIN_SLUG);
    const post = await site().savePost('author', {
      title: 'プラグインなしの記事',
      content: blockEditorEmbed(SITE_ROOT),
    });
    const session = await readerSession({ listed: true });
    session.expectProblem('offsite', /^https:\/\/line\.me\//);
    session.expectProblem('console', /ERR_BLOCKED_BY_CLIENT/);
    const { page, context } = session;
    await page.goto(post.url);
    expect(await page.locator(WRAPPER_FRAME).getAttribute('sandbox')).toBe('allow-scripts');
    const frame = await frameOf(page, WRAPPER_FRAME);
    // WordPress hides its quoted link once the frame speaks.
    await expect.poll(() => page.locator('blockquote.wp-embedded-content').isVisible()).toBe(false);
    const landing = await expectFrameFits(page, WRAPPER_FRAME, frame, WORDPRESS_FRAME_MAX);
    // One phone screen, in the theme's column, which is narrower than the phone.
    expect(landing).toBeLessThanOrEqual(EMBEDDED_LANDING_MAX_PX);
    const promise = (await frame.locator('.landing__privacy').innerText()).replaceAll('\u200b', '');
    expect(promise).toContain(TEXT.ja.common.embedNotices.height.replaceAll('\u200b', ''));
    await answerEveryQuestion(frame);
    const result = await expectFrameFits(page, WRAPPER_FRAME, frame, WORDPRESS_FRAME_MAX);
    console.log(`WordPress wrapper heights on a phone: landing ${landing} px, result ${result} px`);

    // The sandbox opens no tab: WordPress opens the test's forwarding page, which goes on to LINE.
    const lineRequest = context.waitForEvent('request', (request) =>
      request.url().startsWith('https://line.me/'),
    );
    await frame
      .getByRole('link', { name: /^友だち追加/ })
      .first()
      .click();
    const url = new URL((await lineRequest).url());
    expect(`${url.origin}${url.pathname}`).toBe(SITE.services.line.url);
    expect(url.searchParams.get('utm_source')).toBe('wordpress');
    expect(url.searchParams.get('utm_medium')).toBe('oembed');
  });

  it('gives the reader the pasted link back on a blog the site does not list', async () => {
    const snippet = buildEmbedSnippet({ siteRoot: SITE_ROOT, lang: 'ja', theme: 'auto' });
    const post = await site().savePost('editor', {
      title: '許可されていないブログ',
      content: `<!-- wp:html -->\n${snippet}\n<!-- /wp:html -->`,
    });
    const session = await readerSession({ listed: false });
    session.expectProblem('console', /frame-ancestors|Refused to frame/);
    const { page } = session;
    await page.goto(post.url);
    const fallback = page
      .locator('.toushi-shinri-test')
      .getByRole('link', { name: '投資心理テストを受ける' });
    await fallback.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.locator(EMBED_FRAME).isVisible()).toBe(false);
    expect(await page.locator('.toushi-shinri-test').getAttribute('data-embed-state')).toBe(
      'fallback',
    );
  });
});
