/**
 * The landing page as a reader first sees it: what matters above the fold on a phone, a desktop
 * layout that uses the width, a resume prompt that moves nothing (no layout shift with or without
 * saved progress), and the English header on one row at 320 px.
 */
import { CURRENT_TYPE_IDS } from '@/data/investor-type-ids';
import { describe, expect, it } from 'vitest';
import { probeOf } from '../../scripts/lab/lib/browser';
import type { Page } from 'playwright-core';
import { minutesFor } from '@/quiz/quiz-timing';
import { QUESTIONS, TEXT, VARIED, answerQuestions, fill } from './support/app';
import { DESKTOP, PHONE, at, openSession, useBrowser } from './support/session';

useBrowser();

const ja = TEXT.ja.common.landing;

/** Collects layout shifts from the first paint on, as CLS counts them. */
const RECORD_LAYOUT_SHIFTS = `
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.__layoutShift += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

async function layoutShift(page: Page): Promise<number> {
  // Long enough for the app's code, the texts and any late arrival to have landed.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  return probeOf(page, '__layoutShift');
}

describe('the landing page', () => {
  it('shows what the test tells you, how long, free and private, and start above the fold on a phone', async () => {
    const { page } = await openSession(PHONE);
    await page.goto(at('/'));
    const fold = PHONE.viewport.height;
    const bottoms = await Promise.all(
      [
        page.getByRole('heading', { level: 1, name: ja.title }),
        page.getByText(fill(ja.lead, { count: QUESTIONS.length, types: CURRENT_TYPE_IDS.length })),
        page.getByText(fill(ja.facts.minutes, { count: minutesFor(QUESTIONS.length) }), {
          exact: true,
        }),
        page.getByText(ja.facts.noSignUp, { exact: true }),
        page.getByText(ja.facts.onDevice),
        page.getByRole('link', { name: ja.start }),
      ].map(async (locator) => {
        const box = await locator.first().boundingBox();
        return box === null ? Infinity : box.y + box.height;
      }),
    );
    for (const bottom of bottoms) expect(bottom).toBeLessThanOrEqual(fold);
  });

  it('shows the current model’s types with their emblems in their own colours, who runs the test and start again', async () => {
    const { page } = await openSession(PHONE);
    await page.goto(at('/'));
    const types = page.locator('.landing__type');
    await expect(types.count()).resolves.toBe(CURRENT_TYPE_IDS.length);
    const accents = await types.evaluateAll((items) =>
      items.map((item) => {
        const emblem = item.querySelector('svg.type-emblem');
        // The ring drawn in the type's accent.
        const ring = emblem?.querySelectorAll('path')[1];
        return ring === undefined || ring === null ? '' : getComputedStyle(ring).stroke;
      }),
    );
    expect(new Set(accents).size).toBe(CURRENT_TYPE_IDS.length);
    for (const typeId of CURRENT_TYPE_IDS) {
      await page.getByRole('heading', { level: 3, name: ja.types[typeId].name }).waitFor();
    }
    await expect(page.getByRole('link', { name: ja.aboutLink }).getAttribute('href')).resolves.toBe(
      '/privacy/',
    );
    await page.getByRole('link', { name: ja.startAgain }).click();
    await page
      .getByText(fill(TEXT.ja.quiz.progress.count, { current: 1, total: QUESTIONS.length }))
      .waitFor();
  });

  it('opens the privacy page from its link, fetching the page’s texts only then', async () => {
    const { page } = await openSession(PHONE);
    const laterTexts: string[] = [];
    page.on('request', (request) => {
      if (/texts-ja-later-/.test(request.url())) laterTexts.push(request.url());
    });
    await page.goto(at('/'));
    await page.waitForLoadState('networkidle');
    expect(laterTexts).toEqual([]);
    await page.getByRole('link', { name: ja.aboutLink }).click();
    await page
      .getByRole('heading', { level: 1, name: TEXT.ja.privacy.title })
      .waitFor({ timeout: 15_000 });
    expect(laterTexts).toHaveLength(1);
    // Moved within the app: the document is still the landing page's.
    await expect(
      page.evaluate(
        () => new URL(performance.getEntriesByType('navigation')[0]?.name ?? '').pathname,
      ),
    ).resolves.toBe(new URL(at('/')).pathname);
  });

  it('puts the sample result beside the introduction on a desktop', async () => {
    const { page } = await openSession(DESKTOP);
    await page.goto(at('/'));
    const intro = await page.locator('.landing__intro').boundingBox();
    const sample = await page.locator('.landing__sample-card').boundingBox();
    expect(intro).not.toBeNull();
    expect(sample).not.toBeNull();
    if (intro === null || sample === null) return;
    expect(sample.x).toBeGreaterThanOrEqual(intro.x + intro.width);
    expect(sample.y).toBeLessThan(intro.y + intro.height);
    expect(sample.x + sample.width - intro.x).toBeGreaterThan(900);
  });

  it('shifts nothing while it loads without saved progress, and reserves no room for resuming', async () => {
    const { page } = await openSession({ ...PHONE, initScripts: [RECORD_LAYOUT_SHIFTS] });
    await page.goto(at('/'));
    await page.getByRole('link', { name: ja.start }).waitFor();
    expect(await layoutShift(page)).toBe(0);
    await expect(page.locator('.landing__resume').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: ja.startOver }).count()).resolves.toBe(0);
  });

  it('shifts nothing when the resume prompt arrives with saved progress', async () => {
    const session = await openSession({ ...PHONE, initScripts: [RECORD_LAYOUT_SHIFTS] });
    const { page } = session;
    await page.goto(at('quiz/'));
    await answerQuestions(page, VARIED, { to: 2 });
    await page.goto(at('/'));
    await page.getByRole('link', { name: ja.resume }).waitFor();
    await page.getByRole('button', { name: ja.startOver }).waitFor();
    expect(await layoutShift(page)).toBe(0);
    // It floats over the page: out of the flow, inside the window.
    const prompt = page.locator('.landing__resume');
    await expect(prompt.evaluate((element) => getComputedStyle(element).position)).resolves.toBe(
      'fixed',
    );
    const box = await prompt.boundingBox();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(PHONE.viewport.height);
  });
});

describe('the header', () => {
  it.each(['ja', 'en'] as const)(
    'keeps the name and the language switcher on one row at 320 px (%s)',
    async (lang) => {
      const { page } = await openSession({ ...PHONE, viewport: { width: 320, height: 640 } });
      await page.goto(at(lang === 'en' ? '?lang=en' : '/'));
      await page
        .getByRole('heading', { level: 1, name: TEXT[lang].common.landing.title })
        .waitFor();
      const title = await page.locator('.site-header__title').boundingBox();
      const switcher = await page.locator('.language-switcher').boundingBox();
      if (title === null || switcher === null) throw new Error('no header');
      // One row: the switcher sits beside the name, not under it.
      expect(switcher.x).toBeGreaterThanOrEqual(title.x + title.width);
      expect(switcher.y).toBeLessThan(title.y + title.height);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    },
  );
});
