/**
 * In real Chromium: a blog page on another origin (localhost) embeds two widgets of
 * the test (served at 127.0.0.1). Each loads lazily, follows its content's height with no inner
 * scroll as the quiz advances, reports start / steps / completion / a call to action in order, and
 * ignores forged messages from a third origin. Needs dist/embed.js (vite.embed.config.ts).
 */
import { describe, expect, it } from 'vitest';
import { probeOf } from '../../scripts/lab/lib/browser';
import type { APIResponse, Frame, Page, Route } from 'playwright-core';
import { EMBED_NOTICES, WORDPRESS_NOTICES } from '@/data/privacy';
import { SITE } from '@/data/site';
import { QUESTIONS, TEXT, VARIED, optionLabel, progressText, questionPrompt } from './support/app';
import {
  DESKTOP,
  PHONE,
  at,
  axeViolations,
  baseUrl,
  openSession,
  useBrowser,
  type Session,
} from './support/session';
import { EMBEDDED_LANDING_MAX_PX, EMBEDDED_RESULT_MAX_PX } from './support/embed-budget';

useBrowser();

/** Nothing listens on these ports: the pages are served by request interception. */
const HOST_ORIGIN = 'http://localhost:47613';
const THIRD_ORIGIN = 'http://localhost:47614';
const HOST_PAGE = `${HOST_ORIGIN}/blog/post.html`;

function hostPage(testBase: string): string {
  const fallback = (lang: string) =>
    `<a href="${testBase}?lang=${lang}">投資心理テストを受ける</a>`;
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>ブログ記事</title>
<style>body { margin: 0 auto; max-width: 720px; font-family: sans-serif } .spacer { height: 2400px }</style>
</head><body>
<h1>相場の裏読み</h1>
<div class="toushi-shinri-test" data-lang="ja" data-utm-source="blog" data-utm-campaign="autumn" data-theme="light">${fallback('ja')}</div>
<div class="spacer"></div>
<iframe id="ad" title="広告" src="${THIRD_ORIGIN}/ad.html" width="300" height="100"></iframe>
<div class="toushi-shinri-test" data-lang="en" data-theme="dark">${fallback('en')}</div>
<script>
  window.dataLayer = [];
  window.hostEvents = [];
  for (const name of ['start', 'step', 'complete', 'cta', 'fallback']) {
    document.addEventListener('toushi-shinri-test:' + name, (event) => {
      window.hostEvents.push({ type: event.type, lang: event.target.dataset.lang, detail: event.detail });
    });
  }
</script>
<script async src="${testBase}embed.js"></script>
</body></html>`;
}

/**
 * Fetches an intercepted request from the test server, once more if the first attempt lands on a
 * kept-alive connection the server was closing at that moment (ECONNRESET): every request here is
 * an idempotent GET, and the race is the network's, not the app's.
 */
async function fetchThrough(route: Route): Promise<APIResponse> {
  try {
    return await route.fetch();
  } catch (error) {
    if (!/ECONNRESET|socket hang up/.test(String(error))) throw error;
    return route.fetch();
  }
}

/**
 * Serves the blog page and the third-origin ad frame, and lets the test site be framed by the blog
 * the way a deployment that lists it in SITE.embedAllowedOrigins would (frame-ancestors).
 */
async function blogSession(options: {
  allowHost: boolean;
  device?: typeof PHONE | typeof DESKTOP;
}): Promise<Session> {
  const session = await openSession(options.device ?? DESKTOP);
  const { context } = session;
  await context.route(`${HOST_ORIGIN}/**`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: hostPage(baseUrl()) }),
  );
  await context.route(`${THIRD_ORIGIN}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><title>ad</title><p>広告</p>',
    }),
  );
  // Every response of the test site passes through here (so the fulfilled blog page may load
  // embed.js from 127.0.0.1); when the blog is "listed", its origin joins frame-ancestors.
  await context.route(`${baseUrl()}**`, async (route) => {
    const response = await fetchThrough(route);
    const headers = { ...response.headers() };
    delete headers['content-encoding'];
    delete headers['content-length'];
    const csp = headers['content-security-policy'];
    if (csp !== undefined && options.allowHost) {
      expect(csp).toMatch(/frame-ancestors 'self'/);
      headers['content-security-policy'] = csp.replace(
        /frame-ancestors [^;]*/,
        (directive) => `${directive} ${HOST_ORIGIN}`,
      );
    }
    await route.fulfill({ response, headers });
  });
  return session;
}

async function embedFrame(page: Page, lang: 'ja' | 'en'): Promise<Frame> {
  const handle = await page
    .locator(`.toushi-shinri-test[data-lang="${lang}"] iframe`)
    .elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame for the ${lang} widget`);
  return frame;
}

/**
 * The widget's frame once the app runs in it: the embedded layout is rendered by the app (the
 * pre-rendered page it replaces is the full site's), so sizes measured from here on are final.
 */
async function liveEmbedFrame(page: Page, lang: 'ja' | 'en'): Promise<Frame> {
  const frame = await embedFrame(page, lang);
  await frame.locator('.app--embed').waitFor();
  return frame;
}

async function frameHeight(page: Page, lang: string): Promise<number> {
  return page
    .locator(`.toushi-shinri-test[data-lang="${lang}"] iframe`)
    .evaluate((frame: HTMLIFrameElement) => frame.getBoundingClientRect().height);
}

/** Waits until the iframe is exactly as tall as its content and the content does not scroll. */
async function expectSizedToContent(page: Page, lang: string, frame: Frame): Promise<number> {
  let last = { outer: 0, content: -1, scrolls: true };
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const outer = await frameHeight(page, lang);
    const inner = await frame.evaluate(() => ({
      content: Math.ceil(document.documentElement.getBoundingClientRect().height),
      scrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
    }));
    last = { outer, ...inner };
    if (!inner.scrolls && Math.abs(outer - inner.content) <= 1) return outer;
    await page.waitForTimeout(100);
  }
  throw new Error(`the ${lang} frame is not sized to its content: ${JSON.stringify(last)}`);
}

async function hostEvents(
  page: Page,
): Promise<{ type: string; lang: string; detail: Record<string, unknown> }[]> {
  return probeOf(page, 'hostEvents');
}

describe('the blog embed', () => {
  it('loads each widget lazily, sizes it to its content as the quiz advances and reports every step in order', async () => {
    const session = await blogSession({ allowHost: true, device: PHONE });
    const { page } = session;
    await page.goto(HOST_PAGE);

    const ja = await embedFrame(page, 'ja');
    await ja.getByRole('link', { name: TEXT.ja.common.landing.start }).waitFor();
    // The second widget is far below: not loaded until the reader scrolls near it.
    await expect(page.locator('.toushi-shinri-test[data-lang="en"] iframe').count()).resolves.toBe(
      0,
    );
    await expect(page.getByRole('link', { name: '投資心理テストを受ける' }).count()).resolves.toBe(
      1,
    );

    // The promise the reader sees inside the blog post says what the blog page is told.
    // The pre-rendered landing shows first; the embedded app renders its own over it.
    await ja.locator('.app--embed').waitFor();
    const promise = ja.locator('.landing__privacy');
    const promiseText = (await promise.innerText()).replaceAll('\u200b', '');
    for (const notice of EMBED_NOTICES)
      expect(promiseText).toContain(
        TEXT.ja.common.embedNotices[notice.id].replaceAll('\u200b', ''),
      );
    for (const notice of WORDPRESS_NOTICES)
      expect(promiseText).not.toContain(
        TEXT.ja.common.embedNotices[notice.id].replaceAll('\u200b', ''),
      );
    await promise.getByRole('link', { name: TEXT.ja.common.landing.facts.embeddedLink }).waitFor();

    const heights = [await expectSizedToContent(page, 'ja', ja)];
    expect(heights[0]).toBeLessThanOrEqual(EMBEDDED_LANDING_MAX_PX);
    await ja.getByRole('link', { name: TEXT.ja.common.landing.start }).click();
    for (let index = 0; index < QUESTIONS.length; index += 1) {
      await ja.getByRole('heading', { level: 1, name: questionPrompt(index) }).waitFor();
      await ja.getByText(progressText(index), { exact: true }).waitFor();
      if (index % 4 === 0) heights.push(await expectSizedToContent(page, 'ja', ja));
      const count = QUESTIONS[index]?.options.length ?? 0;
      await ja
        .getByRole('radio', { name: optionLabel(index, VARIED(index, count)), exact: true })
        .click();
    }
    // A step never makes the frame shorter, so the blog page does not jump under the reader.
    const questionHeights = heights.slice(1);
    expect(questionHeights).toEqual([...questionHeights].sort((a, b) => a - b));
    // The result in a blog post is its first screen, with the full result a tap away.
    await ja.getByRole('link', { name: TEXT.ja.results.actions.fullResult }).waitFor();
    const resultHeight = await expectSizedToContent(page, 'ja', ja);
    const frameWidth = await page
      .locator('.toushi-shinri-test[data-lang="ja"] iframe')
      .evaluate((frame: HTMLIFrameElement) => frame.getBoundingClientRect().width);
    console.log(
      `embedded heights on a phone, in a frame ${frameWidth} px wide: landing ${heights[0]} px, questions ${Math.min(...heights.slice(1))}-${Math.max(...heights.slice(1))} px, result ${resultHeight} px`,
    );
    expect(resultHeight).toBeLessThanOrEqual(EMBEDDED_RESULT_MAX_PX);

    const events = await hostEvents(page);
    const typeId = new URL(ja.url()).pathname.split('/').at(-2);
    expect(events.map((event) => event.type)).toEqual([
      'toushi-shinri-test:start',
      ...QUESTIONS.map(() => 'toushi-shinri-test:step'),
      'toushi-shinri-test:complete',
    ]);
    expect(
      events.filter((event) => event.type.endsWith(':step')).map((event) => event.detail.stepIndex),
    ).toEqual(QUESTIONS.map((_, index) => index));
    expect(events.at(-1)?.detail).toMatchObject({ typeId });
    expect(new Set(events.map((event) => event.lang))).toEqual(new Set(['ja']));
    const dataLayer = await probeOf<{ event: string }[]>(page, 'dataLayer');
    expect(dataLayer.map((entry) => entry.event)).toEqual([
      'toushi_shinri_test_start',
      ...QUESTIONS.map(() => 'toushi_shinri_test_step'),
      'toushi_shinri_test_complete',
    ]);

    // Starting again: the page gets shorter, and so does the frame.
    await ja.getByRole('button', { name: TEXT.ja.results.actions.retake }).click();
    await ja.getByRole('heading', { level: 1, name: questionPrompt(0) }).waitFor();
    await expectSizedToContent(page, 'ja', ja);

    // The second widget, once near the viewport, runs on its own, in English.
    await page.locator('.toushi-shinri-test[data-lang="en"]').scrollIntoViewIfNeeded();
    const en = await embedFrame(page, 'en');
    await en.getByRole('link', { name: TEXT.en.common.landing.start }).waitFor();
    await en.locator('.app--embed').waitFor();
    expect(await expectSizedToContent(page, 'en', en)).toBeLessThanOrEqual(EMBEDDED_LANDING_MAX_PX);
    await en.getByRole('link', { name: TEXT.en.common.landing.start }).click();
    await en.getByRole('radio', { name: optionLabel(0, 0, 'en'), exact: true }).click();
    await en.getByText(progressText(1, 'en'), { exact: true }).waitFor();
    await expect
      .poll(async () =>
        (await hostEvents(page)).filter((event) => event.lang === 'en').map((event) => event.type),
      )
      .toEqual(['toushi-shinri-test:start', 'toushi-shinri-test:step']);
  });

  it('opens a call to action in a new tab, reports it, and leaves the blog page where it is', async () => {
    const session = await blogSession({ allowHost: true });
    const { page, context } = session;
    session.expectProblem(
      'offsite',
      /^https:\/\/(line\.me|shindan\.example\.jp|blog\.example\.jp)\//,
    );
    session.expectProblem('console', /ERR_BLOCKED_BY_CLIENT/);
    await page.goto(HOST_PAGE);
    const ja = await embedFrame(page, 'ja');
    await ja.getByRole('link', { name: TEXT.ja.common.landing.start }).click();
    for (let index = 0; index < QUESTIONS.length; index += 1) {
      await ja.getByText(progressText(index), { exact: true }).waitFor();
      const count = QUESTIONS[index]?.options.length ?? 0;
      await ja
        .getByRole('radio', { name: optionLabel(index, VARIED(index, count)), exact: true })
        .click();
    }
    const ctaNames = Object.values(SITE.services).map((service) => service.cta.ja);
    const cta = ja
      .getByRole('link', {
        name: new RegExp(ctaNames.map((name) => name.replace(/[()]/g, '\\$&')).join('|')),
      })
      .first();
    await cta.waitFor();
    await cta.scrollIntoViewIfNeeded();
    const [tab] = await Promise.all([context.waitForEvent('page'), cta.click()]);
    expect(tab).not.toBe(page);
    expect(page.url()).toBe(HOST_PAGE);
    await expect
      .poll(async () => (await hostEvents(page)).at(-1)?.type)
      .toBe('toushi-shinri-test:cta');
    expect(Object.keys((await hostEvents(page)).at(-1)?.detail ?? {}).sort()).toEqual([
      'instanceId',
      'serviceId',
    ]);
  });

  it("shows the frame only once the app can take a tap, so a start tapped at once starts the embed's quiz", async () => {
    const session = await blogSession({ allowHost: true, device: PHONE });
    const { page, context } = session;
    // A slow phone: the frame's pre-rendered page is long on screen before the app's code runs.
    await context.route(`${baseUrl()}assets/**/*.js`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fallback();
    });
    await page.goto(HOST_PAGE);
    const ja = await embedFrame(page, 'ja');
    const widget = page.locator('.toushi-shinri-test[data-lang="ja"]');
    await ja.getByRole('link', { name: TEXT.ja.common.landing.start }).waitFor();
    // The pre-rendered page is there, but the reader sees and can tap nothing of it yet.
    expect(await widget.getAttribute('data-embed-state')).toBe('loading');
    // Tapped the moment it can be: the tap lands on the app's own start, inside the embed.
    await ja.getByRole('link', { name: TEXT.ja.common.landing.start }).click();
    await ja.getByText(progressText(0), { exact: true }).waitFor();
    expect(await ja.locator('.app--embed').count()).toBe(1);
    await ja.getByRole('radio', { name: optionLabel(0, 0), exact: true }).click();
    await ja.getByText(progressText(1), { exact: true }).waitFor();
    await expect
      .poll(async () => (await hostEvents(page)).map((event) => event.type))
      .toEqual(['toushi-shinri-test:start', 'toushi-shinri-test:step']);
    expect(await widget.getAttribute('data-embed-state')).toBe('ready');
  });

  it('ignores forged messages from a third origin and from the blog page itself', async () => {
    const session = await blogSession({ allowHost: true });
    const { page } = session;
    await page.goto(HOST_PAGE);
    const ja = await liveEmbedFrame(page, 'ja');
    await ja.getByRole('link', { name: TEXT.ja.common.landing.start }).waitFor();
    const before = await expectSizedToContent(page, 'ja', ja);
    const id = await page
      .locator('.toushi-shinri-test[data-lang="ja"] iframe')
      .evaluate((frame: HTMLIFrameElement) => new URL(frame.src).searchParams.get('id'));
    const forged = [
      { source: 'toushi-shinri-test', version: 1, type: 'resize', id, height: 4321 },
      { source: 'toushi-shinri-test', version: 1, type: 'start', id },
      { source: 'toushi-shinri-test', version: 1, type: 'complete', id, typeId: 'bold-adventurer' },
    ];

    const ad = page.frames().find((frame) => frame.url().startsWith(THIRD_ORIGIN));
    if (!ad) throw new Error('no third-origin frame');
    await ad.evaluate((messages) => {
      for (const message of messages) window.parent.postMessage(message, '*');
    }, forged);
    await page.evaluate((messages) => {
      for (const message of messages) window.postMessage(message, '*');
    }, forged);
    await page.waitForTimeout(500);

    expect(await frameHeight(page, 'ja')).toBe(before);
    expect(await hostEvents(page)).toEqual([]);
    await expect(probeOf(page, 'dataLayer')).resolves.toEqual([]);
  });

  it('cannot be framed by a blog the site does not list (frame-ancestors), and gives the reader the plain link back', async () => {
    const session = await blogSession({ allowHost: false });
    const { page } = session;
    session.expectProblem('console', /frame-ancestors|Refused to frame/);
    await page.goto(HOST_PAGE);
    await page.locator('.toushi-shinri-test[data-lang="ja"] iframe').waitFor();
    const frame = await embedFrame(page, 'ja');
    await expect(
      frame.getByRole('link', { name: TEXT.ja.common.landing.start }).count(),
    ).resolves.toBe(0);
    // The refused frame never reports a size: the pasted link comes back instead of a grey box.
    const fallback = page
      .locator('.toushi-shinri-test[data-lang="ja"]')
      .getByRole('link', { name: '投資心理テストを受ける' });
    await fallback.waitFor({ state: 'visible', timeout: 10_000 });
    await expect(
      page.locator('.toushi-shinri-test[data-lang="ja"] iframe').isVisible(),
    ).resolves.toBe(false);
    const events = await hostEvents(page);
    expect(events.map((event) => [event.type, event.lang])).toEqual([
      ['toushi-shinri-test:fallback', 'ja'],
    ]);
  });

  it('lets marketing preview the widget on /embed/ and copy a snippet that works', async () => {
    const session = await openSession({
      ...DESKTOP,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const { page } = session;
    await page.goto(at('embed/'));
    const embedTexts = TEXT.ja.embed;
    await page.getByRole('heading', { level: 1, name: embedTexts.title }).waitFor();
    await page.getByRole('combobox', { name: embedTexts.settings.language }).selectOption('en');
    await page.getByRole('textbox', { name: embedTexts.settings.utmCampaign }).fill('autumn');

    // Its title carries the build's invisible phrase breaks, which a CSS attribute match would not
    // ignore; the preview's class finds it.
    const previewFrame = page.locator('iframe.embed-preview__frame');
    await expect(previewFrame.getAttribute('title')).resolves.toMatch(/./);
    const preview = previewFrame.contentFrame();
    await preview.getByRole('link', { name: TEXT.en.common.landing.start }).waitFor();
    await expect
      .poll(async () => {
        const outer = await previewFrame.evaluate(
          (frame: HTMLIFrameElement) => frame.getBoundingClientRect().height,
        );
        const inner = await previewFrame.evaluate((frame: HTMLIFrameElement) =>
          Math.ceil(frame.contentDocument?.documentElement.getBoundingClientRect().height ?? -1),
        );
        return Math.abs(outer - inner) <= 1;
      })
      .toBe(true);

    await page.getByRole('button', { name: embedTexts.snippet.copy }).click();
    await page.getByRole('status').getByText(embedTexts.snippet.copied).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('data-lang="en"');
    expect(copied).toContain('data-utm-campaign="autumn"');
    expect(copied).toMatch(/<script async src="https:\/\/[^"]+\/embed\.js"><\/script>/);
    expect(await axeViolations(page)).toEqual([]);
  });
});
