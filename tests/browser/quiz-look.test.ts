/**
 * How the question screen states itself: 次へ is the primary action once an answer is chosen and
 * 戻る the secondary one; the keyboard hint only where a keyboard is likely; a visible focus ring;
 * a page that stays the phone's width while the next question slides in.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TEXT, expectQuestion, optionLabel } from './support/app';
import { DESKTOP, PHONE, at, openSession, useBrowser } from './support/session';

useBrowser();

const quiz = TEXT.ja.quiz;

/** What a touch phone reports: no hover, a coarse pointer (headless Chromium reports a mouse). */
async function actLikeATouchPhone(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'hover', value: 'none' },
      { name: 'any-hover', value: 'none' },
      { name: 'pointer', value: 'coarse' },
      { name: 'any-pointer', value: 'coarse' },
    ],
  });
}

const background = (page: Page, name: string): Promise<string> =>
  page
    .getByRole('button', { name, exact: true })
    .evaluate((element) => getComputedStyle(element).backgroundColor);

describe('the question screen', () => {
  it('makes 次へ the primary action once an answer is chosen, and 戻る the secondary one', async () => {
    const { page } = await openSession(PHONE);
    await page.goto(at('quiz/'));
    await expectQuestion(page, 0);
    await expect(page.getByRole('button', { name: quiz.next }).isDisabled()).resolves.toBe(true);
    const idle = await background(page, quiz.next);

    await page.getByRole('radio', { name: optionLabel(0, 1), exact: true }).click();
    await expectQuestion(page, 1);
    await page.getByRole('button', { name: quiz.back, exact: true }).click();
    await expectQuestion(page, 0);

    const next = page.getByRole('button', { name: quiz.next });
    await expect(next.isEnabled()).resolves.toBe(true);
    const primary = await page.evaluate(
      () => getComputedStyle(document.querySelector('.progress-bar') ?? document.body).color,
    );
    // Polled: the colour eases in.
    await expect.poll(() => background(page, quiz.next)).toBe(primary);
    expect(idle).not.toBe(primary);
    await expect(background(page, quiz.back)).resolves.not.toBe(primary);
  });

  it('stays the width of the phone while the next question slides in, so the browser never zooms out', async () => {
    const { page } = await openSession(PHONE);
    await page.goto(at('quiz/'));
    await expectQuestion(page, 0);
    // Every frame from the tap until the slide has ended: the page's width and the zoom.
    const frames = page.evaluate(
      () =>
        new Promise<{ widest: number; screen: number; smallestScale: number; count: number }>(
          (resolve) => {
            const screen = window.innerWidth;
            let widest = 0;
            let smallestScale = Infinity;
            let count = 0;
            const started = performance.now();
            const sample = (): void => {
              widest = Math.max(widest, document.documentElement.scrollWidth);
              smallestScale = Math.min(smallestScale, window.visualViewport?.scale ?? 1);
              count += 1;
              if (performance.now() - started < 800) requestAnimationFrame(sample);
              else resolve({ widest, screen, smallestScale, count });
            };
            requestAnimationFrame(sample);
          },
        ),
    );
    await page.getByRole('radio', { name: optionLabel(0, 1), exact: true }).tap();
    const seen = await frames;
    await expectQuestion(page, 1);
    expect(seen.count).toBeGreaterThan(5);
    expect(seen.widest).toBeLessThanOrEqual(seen.screen);
    expect(seen.smallestScale).toBe(1);
  });

  it('shows the keyboard hint on a desktop but not on a touch phone', async () => {
    const desktop = await openSession(DESKTOP);
    await desktop.page.goto(at('quiz/'));
    await expectQuestion(desktop.page, 0);
    await expect(desktop.page.getByText(quiz.keyboardHint).isVisible()).resolves.toBe(true);

    const phone = await openSession(PHONE);
    await actLikeATouchPhone(phone.page);
    await phone.page.goto(at('quiz/'));
    await expectQuestion(phone.page, 0);
    await expect(phone.page.getByText(quiz.keyboardHint).isVisible()).resolves.toBe(false);
  });

  it('draws a focus ring around the option the keyboard is on', async () => {
    const { page } = await openSession(DESKTOP);
    await page.goto(at('quiz/'));
    await expectQuestion(page, 0);
    for (let presses = 0; presses < 10; presses += 1) {
      await page.keyboard.press('Tab');
      const onRadio = await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.type === 'radio',
      );
      if (onRadio) break;
    }
    const outline = await page.evaluate(() => {
      const choice = document.activeElement?.closest('.choice');
      return choice === null || choice === undefined
        ? 'none'
        : getComputedStyle(choice).outlineStyle;
    });
    expect(outline).toBe('solid');
  });
});
