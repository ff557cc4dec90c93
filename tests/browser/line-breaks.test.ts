/**
 * Japanese lines break between phrases: at 320 and 375 px, no line of a heading or an option ends
 * up holding a single Japanese character cut off from its word (「長期/派」, 「強/み」). Lines are
 * measured in the browser, one character at a time, with Range.getClientRects.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { QUESTIONS, expectQuestion } from './support/app';
import { PHONE, at, openSession, useBrowser } from './support/session';

useBrowser();

/** Texts whose lines hold one lone Japanese character, with the lines as the reader sees them. */
async function orphanedCharacters(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) => {
    const japanese = /[\u3040-\u30ff\u3400-\u9fff]/;
    // Punctuation may stand at a line's end or start beside a word; it is not a word's character.
    const ignorable = /[\s\u200b、。，．・：；？！「」『』（）〜…ー-]/;
    const found: string[] = [];
    for (const element of elements) {
      const lines: { top: number; text: string }[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let index = 0; index < text.length; index += 1) {
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const rect = [...range.getClientRects()].find((candidate) => candidate.width > 0);
          if (rect === undefined) continue;
          const line = lines.at(-1);
          if (line === undefined || rect.top > line.top + rect.height / 2) {
            lines.push({ top: rect.top, text: text[index] ?? '' });
          } else {
            line.text += text[index] ?? '';
          }
        }
      }
      if (lines.length < 2) continue;
      for (const line of lines) {
        const characters = [...line.text].filter((character) => !ignorable.test(character));
        if (characters.length === 1 && japanese.test(characters[0] ?? '')) {
          found.push(lines.map((each) => each.text).join(' / '));
        }
      }
    }
    return found;
  });
}

describe.each([320, 375])('Japanese line breaks at %i px', (width) => {
  const device = { ...PHONE, viewport: { width, height: 720 } };

  it('leave no heading on the landing page with a lone character', async () => {
    const { page } = await openSession(device);
    await page.goto(at('/'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(
      await orphanedCharacters(page, 'h1, h2, h3, .landing__lead, .landing__type-line'),
    ).toEqual([]);
  });

  it('leave no question or option with a lone character', async () => {
    const { page } = await openSession(device);
    await page.goto(at('quiz/'));
    const orphans: string[] = [];
    for (let index = 0; index < QUESTIONS.length; index += 1) {
      await expectQuestion(page, index);
      orphans.push(...(await orphanedCharacters(page, '.question__prompt, .choice__label')));
      await page.getByRole('radio').first().click();
    }
    expect(orphans).toEqual([]);
  });
});
