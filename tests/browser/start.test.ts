/**
 * A hurried reader on a slow phone: a throttled connection and CPU, tapping each control the moment
 * it is painted, before the app may be running. A tap before the app is live may do nothing (the
 * reader then taps again, as anyone would); it must never do something other than what was tapped.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { QUESTIONS } from '@/data/questions';
import {
  TEXT,
  VARIED,
  expectQuestion,
  optionLabel,
  progressText,
  questionPrompt,
} from './support/app';
import { throttleToSlowPhone } from '../../scripts/lib/slow-phone';
import { PHONE, at, openSession, useBrowser } from './support/session';

useBrowser();

const { ja } = TEXT;

/**
 * Taps `control` as soon as it is painted, and again while `took` stays false: a reader whose tap
 * did nothing taps again. Returns how many taps it took.
 */
async function hurriedTap(control: Locator, took: () => Promise<boolean>): Promise<number> {
  for (let taps = 1; taps <= 20; taps += 1) {
    await control.click({ timeout: 15_000 });
    const deadline = Date.now() + 400;
    while (Date.now() < deadline) {
      if (await took()) return taps;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error('the tap never took');
}

const isShown = (page: Page, index: number) => async (): Promise<boolean> =>
  (await page.getByText(progressText(index), { exact: true }).count()) === 1 &&
  (await page.getByRole('heading', { level: 1, name: questionPrompt(index) }).count()) === 1;

function answer(page: Page, index: number): Locator {
  const count = QUESTIONS[index]?.options.length ?? 0;
  return page.getByRole('radio', { name: optionLabel(index, VARIED(index, count)), exact: true });
}

describe('a hurried reader on a throttled phone', () => {
  it('taps start, an answer and 戻る as soon as each is painted, and ends where they meant to', async () => {
    const session = await openSession(PHONE);
    await throttleToSlowPhone(session.page);
    const { page } = session;
    await page.goto(at('/'), { waitUntil: 'commit' });

    await hurriedTap(page.getByRole('link', { name: ja.common.landing.start }), async () =>
      new URL(page.url()).pathname.endsWith('/quiz/'),
    );
    await hurriedTap(answer(page, 0), isShown(page, 1));
    // Only the tapped answer counted: the second question, nothing skipped.
    await expectQuestion(page, 1);
    await hurriedTap(
      page.getByRole('button', { name: ja.quiz.back, exact: true }),
      isShown(page, 0),
    );
    await expectQuestion(page, 0);
    await expect(answer(page, 0).isChecked()).resolves.toBe(true);
  });

  it('never turns a 戻る tapped on the pre-rendered first question into a step back from where the test resumes', async () => {
    const session = await openSession(PHONE);
    const { page } = session;
    // Progress saved at the sixth question.
    await page.goto(at('quiz/'));
    for (let index = 0; index < 5; index += 1) {
      await expectQuestion(page, index);
      await answer(page, index).click();
    }
    await expectQuestion(page, 5);

    await throttleToSlowPhone(session.page);
    await page.goto(at('quiz/'), { waitUntil: 'commit' });
    // The HTML shows the first question until the app resumes the test; 戻る is tapped on it.
    const back = page.getByRole('button', { name: ja.quiz.back, exact: true });
    await back.click({ timeout: 15_000 });
    const pathAfterTap = new URL(page.url()).pathname;
    // Once the app runs, the test resumes at the sixth question: the early tap did nothing.
    await expectQuestion(page, 5);
    expect(pathAfterTap).toBe('/quiz/');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expectQuestion(page, 5);
    expect(await page.getByText(progressText(4), { exact: true }).count()).toBe(0);
  });
});
