/**
 * Each language has pages of its own: English pages paint in English from their HTML alone, the
 * switch moves to the other language's page of the same route and keeps the test's progress, a
 * reader who prefers the other language is offered it and never sees the page re-rendered, and a
 * shared link opens in the sharer's language.
 */
import { describe, expect, it } from 'vitest';
import { probeOf } from '../../scripts/lab/lib/browser';
import type { Page } from 'playwright-core';
import { INVESTOR_TYPE_IDS } from '@/data/investor-types';
import {
  TEXT,
  VARIED,
  answerQuestions,
  expectQuestion,
  expectResultPage,
  expectedResult,
  typeName,
} from './support/app';
import { PHONE, at, openSession, useBrowser } from './support/session';

useBrowser();

const { ja, en } = TEXT;

/** Records, from before the page's first byte, every language and h1 the document ever shows. */
const RECORD_LANGUAGES = `
  window.__seen = [];
  const note = () => {
    const h1 = document.querySelector('h1');
    // The build's phrase breaks (U+200B) are not part of what a reader reads.
    const text = h1 ? h1.textContent.replaceAll('\\u200b', '') : '';
    const entry = (document.documentElement.lang || '?') + '|' + text;
    if (window.__seen[window.__seen.length - 1] !== entry) window.__seen.push(entry);
  };
  new MutationObserver(note).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['lang'] });
`;

async function seen(page: Page): Promise<string[]> {
  return probeOf(page, '__seen');
}

describe('English pages of their own', () => {
  it.each([
    ['en/', en.common.landing.title],
    ['en/quiz/', null],
    [`en/r/${INVESTOR_TYPE_IDS[0]}/`, typeName(INVESTOR_TYPE_IDS[0], 'en')],
  ] as const)('paints /%s in English without any JavaScript', async (path, heading) => {
    const { page } = await openSession({ ...PHONE, javaScriptEnabled: false });
    await page.goto(at(path));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    if (heading === null) await expectQuestion(page, 0, 'en');
    else await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await expect(page.title()).resolves.toMatch(/Investor Psychology Test/);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')));
    expect(alternates).toEqual(['ja', 'en', 'x-default']);
  });

  it('takes the whole test in English from /en/, and the result stays English', async () => {
    const { page } = await openSession(PHONE);
    await page.goto(at('en/'));
    await page.getByRole('link', { name: en.common.landing.start }).click();
    await answerQuestions(page, VARIED, { lang: 'en' });
    await expectResultPage(page, expectedResult(VARIED), 'en');
    expect(new URL(page.url()).pathname).toMatch(/^\/en\/r\//);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  });

  it('leads an old ?lang=en link to the English page', async () => {
    const { page } = await openSession(PHONE);
    await page.goto(at('quiz/?lang=en'));
    await page.waitForURL((url) => url.pathname === '/en/quiz/' && url.search === '');
    await expectQuestion(page, 0, 'en');
  });

  it('keeps opening an old result link in Japanese, even in an English browser', async () => {
    const { page } = await openSession({ ...PHONE, locale: 'en-US' });
    const { profile, code } = expectedResult(VARIED);
    await page.goto(at(`r/${profile.typeId}/#${code}`));
    await expectResultPage(page, expectedResult(VARIED), 'ja');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ja');
    // The way to English keeps the result: the same code on the English page.
    await expect(
      page
        .getByRole('navigation', { name: ja.common.language.label })
        .getByRole('link', { name: 'English' })
        .getAttribute('href'),
    ).resolves.toBe(`/en/r/${profile.typeId}/#${code}`);
  });
});

describe('the reader’s language', () => {
  it('shows an English browser the Japanese page and a clear way to English, never a flash of either', async () => {
    const { page } = await openSession({
      ...PHONE,
      locale: 'en-US',
      initScripts: [RECORD_LANGUAGES],
    });
    await page.goto(at('/'));
    const offer = page.getByRole('link', { name: en.common.language.offers.en });
    await offer.waitFor();
    await expect(offer.getAttribute('href')).resolves.toBe('/en/');
    // The app is live (the offer only exists once it runs): the page never left Japanese.
    const shown = await seen(page);
    expect(shown.length).toBeGreaterThan(0);
    for (const entry of shown) expect(entry, shown.join(' / ')).toMatch(/^ja\|/);
    expect(shown.at(-1)).toBe(`ja|${ja.common.landing.title}`);
    // It floats near the top of the screen, over the page.
    const box = await offer.boundingBox();
    expect(box?.y ?? 1000).toBeLessThan(80);

    await offer.click();
    await page.waitForURL((url) => url.pathname === '/en/');
    await page.getByRole('heading', { level: 1, name: en.common.landing.title }).waitFor();
    // Following it was the reader's choice: the English page offers no way back but the switcher.
    await expect(
      page.getByRole('link', { name: ja.common.language.offers.ja }).count(),
    ).resolves.toBe(0);
  });

  it('switches to the other language’s page of the same question, keeping the answers so far', async () => {
    const { page } = await openSession(PHONE);
    await page.goto(at('quiz/'));
    await answerQuestions(page, VARIED, { to: 3 });
    await expectQuestion(page, 3);
    await page
      .getByRole('navigation', { name: ja.common.language.label })
      .getByRole('link', { name: 'English' })
      .click();
    await page.waitForURL((url) => url.pathname === '/en/quiz/');
    await expectQuestion(page, 3, 'en');
    await page.getByRole('button', { name: en.quiz.back, exact: true }).click();
    await expectQuestion(page, 2, 'en');

    await page
      .getByRole('navigation', { name: en.common.language.label })
      .getByRole('link', { name: '日本語' })
      .click();
    await page.waitForURL((url) => url.pathname === '/quiz/');
    await expectQuestion(page, 2, 'ja');
  });

  it('shares a result link in the sharer’s language, and a friend opens it in that language', async () => {
    const { page } = await openSession(PHONE);
    await page.goto(at('en/quiz/'));
    await answerQuestions(page, VARIED, { lang: 'en' });
    await expectResultPage(page, expectedResult(VARIED), 'en');
    const line = await page
      .getByRole('link', { name: new RegExp(en.results.share.line) })
      .getAttribute('href');
    const shared = new URL(line ?? '').searchParams.get('url') ?? '';
    const { profile, code } = expectedResult(VARIED);
    expect(new URL(shared).pathname).toBe(`/en/r/${profile.typeId}/`);
    expect(new URL(shared).hash).toBe(`#${code}`);

    // The friend's browser is Japanese; the link is the sharer's, so it opens in English.
    const friend = await openSession({ ...PHONE, locale: 'ja-JP' });
    const served = new URL(shared);
    await friend.page.goto(at(`${served.pathname}${served.hash}`));
    await friend.page
      .getByRole('heading', { level: 1, name: typeName(profile.typeId, 'en') })
      .waitFor();
    await expect(friend.page.locator('html').getAttribute('lang')).resolves.toBe('en');
  });
});
