/**
 * In real Chromium: the whole quiz on a phone and on a desktop ends on the result
 * page with the type and chart the engine computes for the same answers; a reload resumes; the
 * keyboard alone is enough; English works.
 */
import { describe, expect, it } from 'vitest';
import {
  CAUTIOUS,
  QUESTIONS,
  TEXT,
  VARIED,
  answerQuestions,
  expectQuestion,
  expectResultPage,
  expectedResult,
  optionLabel,
  questionPrompt,
} from './support/app';
import { DESKTOP, PHONE, at, openSession, useBrowser } from './support/session';

useBrowser();

const ja = TEXT.ja;

describe('taking the test', () => {
  it.each([
    ['a phone (375x667)', PHONE, VARIED],
    ['a desktop (1280x800)', DESKTOP, CAUTIOUS],
  ] as const)(
    'goes from the landing page through every question to the result on %s',
    async (_, device, pick) => {
      const { page } = await openSession(device);
      await page.goto(at('/'));
      await page.getByRole('heading', { level: 1, name: ja.common.landing.title }).waitFor();
      await page.getByRole('link', { name: ja.common.landing.start }).click();

      await answerQuestions(page, pick);

      await expectResultPage(page, expectedResult(pick));
      await expect(page.title()).resolves.toContain(
        ja.model.types[expectedResult(pick).profile.typeId].name,
      );
    },
  );

  it('resumes at the question the user left after a reload, with earlier answers kept', async () => {
    const { page } = await openSession(PHONE);
    await page.goto(at('quiz/'));
    await answerQuestions(page, VARIED, { to: 3 });
    await expectQuestion(page, 3);

    await page.reload();
    await expectQuestion(page, 3);

    await page.getByRole('button', { name: ja.quiz.back, exact: true }).click();
    await expectQuestion(page, 2);
    const count = QUESTIONS[2]?.options.length ?? 0;
    await expect(
      page.getByRole('radio', { name: optionLabel(2, VARIED(2, count)), exact: true }).isChecked(),
    ).resolves.toBe(true);
  });

  it('offers to resume on the landing page, and starting over begins at the first question', async () => {
    const { page } = await openSession(PHONE);
    await page.goto(at('quiz/'));
    await answerQuestions(page, VARIED, { to: 2 });
    await page.goto(at('/'));
    await page.getByRole('link', { name: ja.common.landing.resume }).waitFor();
    await page.getByRole('button', { name: ja.common.landing.startOver }).click();
    await expectQuestion(page, 0);
    await expect(page.getByRole('radio', { checked: true }).count()).resolves.toBe(0);
  });

  it('completes with the keyboard alone: Tab to start, number keys to answer, Backspace and Enter', async () => {
    const { page } = await openSession(DESKTOP);
    await page.goto(at('/'));
    await page.getByRole('heading', { level: 1, name: ja.common.landing.title }).waitFor();
    const start = page.getByRole('link', { name: ja.common.landing.start });
    for (let presses = 0; presses < 30; presses += 1) {
      if (await start.evaluate((element) => element === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(start.evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    await page.keyboard.press('Enter');

    await expectQuestion(page, 0);
    // Focus moves to each new question's heading, so a screen reader reads it.
    await expect(
      page
        .getByRole('heading', { level: 1, name: questionPrompt(0) })
        .evaluate((element) => element === document.activeElement),
    ).resolves.toBe(true);
    await page.keyboard.press('2');
    await expectQuestion(page, 1);
    await page.keyboard.press('Backspace');
    await expectQuestion(page, 0);
    await page.keyboard.press('Enter');
    await expectQuestion(page, 1);

    const pick = (index: number, count: number): number => (index === 0 ? 1 : VARIED(index, count));
    for (let index = 1; index < QUESTIONS.length; index += 1) {
      await expectQuestion(page, index);
      await expect(
        page
          .getByRole('heading', { level: 1, name: questionPrompt(index) })
          .evaluate((element) => element === document.activeElement),
      ).resolves.toBe(true);
      await page.keyboard.press(String(pick(index, QUESTIONS[index]?.options.length ?? 0) + 1));
    }
    await expectResultPage(page, expectedResult(pick));
  });

  it('speaks English with ?lang=en, from the landing page to the result', async () => {
    const { page } = await openSession(PHONE);
    await page.goto(at('?lang=en'));
    await page.getByRole('heading', { level: 1, name: TEXT.en.common.landing.title }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.getByRole('link', { name: TEXT.en.common.landing.start }).click();

    await answerQuestions(page, VARIED, { lang: 'en' });

    await expectResultPage(page, expectedResult(VARIED), 'en');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  });

  it('switches language with the visible switcher, and the Japanese pages then offer English', async () => {
    const { page } = await openSession(PHONE);
    await page.goto(at('/'));
    await page
      .getByRole('navigation', { name: ja.common.language.label })
      .getByRole('link', { name: 'English' })
      .click();
    await page.getByRole('heading', { level: 1, name: TEXT.en.common.landing.title }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.goto(at('quiz/'));
    await expectQuestion(page, 0, 'ja');
    await expect(
      page.getByRole('link', { name: TEXT.en.common.language.offers.en }).getAttribute('href'),
    ).resolves.toBe('/en/quiz/');
  });
});
