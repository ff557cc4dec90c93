/**
 * A tap counts once, for the question that was on screen: a habitual double tap on an option must
 * not answer the next question, which the reader has not seen yet.
 */
import { describe, expect, it } from 'vitest';
import { TEXT, expectQuestion, optionLabel, progressText } from './support/app';
import { PHONE, at, openSession, useBrowser } from './support/session';

useBrowser();

describe('a double tap on an option', () => {
  it.each([60, 150, 350])(
    'answers only the question on screen when the taps are %i ms apart',
    async (gap) => {
      const { page } = await openSession(PHONE);
      await page.goto(at('quiz/'));
      await expectQuestion(page, 0);
      const option = page.getByRole('radio', { name: optionLabel(0, 1), exact: true });
      const label = page.locator('label.choice', { has: option });
      const box = await label.boundingBox();
      if (box === null) throw new Error('the option has no box');
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;

      const first = Date.now();
      await page.touchscreen.tap(x, y);
      const wait = first + gap - Date.now();
      if (wait > 0) await page.waitForTimeout(wait);
      const second = Date.now() - first;
      await page.touchscreen.tap(x, y);
      // Long enough for a wrongly counted second tap to have moved on to question 3.
      await page.waitForTimeout(800);

      // The gap really was a double tap's, not slowed into two deliberate taps by the test machine.
      expect(second).toBeLessThan(gap + 150);
      await expectQuestion(page, 1);
      await expect(page.getByText(progressText(1), { exact: true }).count()).resolves.toBe(1);
      await expect(page.getByRole('radio', { checked: true }).count()).resolves.toBe(0);

      // Question 1 kept the answer that was tapped.
      await page.getByRole('button', { name: TEXT.ja.quiz.back, exact: true }).click();
      await expectQuestion(page, 0);
      await expect(option.isChecked()).resolves.toBe(true);
    },
  );

  it('lets the next question be answered once it has settled', async () => {
    const { page } = await openSession(PHONE);
    await page.goto(at('quiz/'));
    await expectQuestion(page, 0);
    await page.getByRole('radio', { name: optionLabel(0, 1), exact: true }).tap();
    await expectQuestion(page, 1);
    await page.getByRole('radio', { name: optionLabel(1, 0), exact: true }).tap();
    await expectQuestion(page, 2);
  });
});
