/**
 * A hurried reader on a slow phone: a throttled connection and CPU, tapping each control the moment
 * it is painted, before the app may be running. An answer tapped before the app is live is taken
 * when it starts (tests/browser/first-tap.test.ts); a button tapped then may do nothing (the reader
 * taps again after a second, as anyone would); no tap ever does something other than what was
 * tapped.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { QUESTIONS } from '@/data/questions';
import { VARIED, expectQuestion, optionLabel, progressText, questionPrompt } from './support/app';
import {
  answerRecorded,
  hurriedTap,
  paintedCentre,
  type Point,
} from '../../scripts/lab/lib/hurried-tap';
import { throttleToSlowPhone } from '../../scripts/lab/lib/slow-phone';
import { PHONE, at, openSession, useBrowser } from './support/session';

useBrowser();

const isShown = (page: Page, index: number) => async (): Promise<boolean> =>
  (await page.getByText(progressText(index), { exact: true }).count()) === 1 &&
  (await page.getByRole('heading', { level: 1, name: questionPrompt(index) }).count()) === 1;

/** The option a varied reader picks on question `index`: its radio, and its row as a tap target. */
function variedOption(index: number): number {
  return VARIED(index, QUESTIONS[index]?.options.length ?? 0);
}

function answer(page: Page, index: number): Locator {
  return page.getByRole('radio', { name: optionLabel(index, variedOption(index)), exact: true });
}

const answerRow = (index: number): string =>
  `.choices > label.choice:nth-child(${variedOption(index) + 1})`;
const START = 'a.button--primary[href$="quiz/"]';
const BACK = '.quiz__nav .button--secondary';

describe('a hurried reader on a throttled phone', () => {
  it('taps start, an answer and 戻る as soon as each is painted, and ends where they meant to', async () => {
    const session = await openSession(PHONE);
    await throttleToSlowPhone(session.page);
    const { page } = session;
    await page.goto(at('/'), { waitUntil: 'commit' });

    await hurriedTap(page, START, async () => new URL(page.url()).pathname.endsWith('/quiz/'));
    // One tap, however long the app takes to start: it is taken, and only it counts.
    const first = await hurriedTap(
      page,
      answerRow(0),
      () => answerRecorded(page, 0, QUESTIONS.length),
      { retapAfterMs: 20_000, maxTaps: 1, timeoutMs: 40_000 },
    );
    expect(first.taps).toBe(1);
    await expectQuestion(page, 1);
    await hurriedTap(page, BACK, isShown(page, 0));
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
    // The HTML shows the first question until the app resumes the test; 戻る is tapped on it the
    // moment it is painted, while the app is still on its way.
    let back: Point | undefined;
    while (back === undefined) back = await paintedCentre(page, BACK);
    // React marks a root it manages with a `__reactContainer$…` key: absent, the app is not live.
    const appWasLive = await page.evaluate(() =>
      Object.keys(document.getElementById('root') ?? {}).some((key) =>
        key.startsWith('__reactContainer'),
      ),
    );
    await page.touchscreen.tap(back.x, back.y);
    const pathAfterTap = new URL(page.url()).pathname;
    expect(appWasLive).toBe(false);
    // Once the app runs, the test resumes at the sixth question: the early tap did nothing.
    await expectQuestion(page, 5);
    expect(pathAfterTap).toBe('/quiz/');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expectQuestion(page, 5);
    expect(await page.getByText(progressText(4), { exact: true }).count()).toBe(0);
  });
});
