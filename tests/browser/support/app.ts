/**
 * What the journeys know about the app: its texts (the real resource files, so a renamed label
 * breaks nothing and a missing one fails loudly), the questions, and how to drive the quiz.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { QUESTIONS } from '@/data/questions';
import type { InvestorTypeId } from '@/data/investor-types';
import { DIMENSION_IDS, type DimensionId } from '@/data/dimensions';
import { resources as ja } from '@/i18n/resources/ja/index';
import { resources as en } from '@/i18n/resources/en/index';
import {
  sampleAnswers,
  sampleResult,
  type SampleResult,
} from '../../../scripts/lab/lib/sample-result';

export const TEXT = { ja, en } as const;
export type Lang = keyof typeof TEXT;
export { QUESTIONS, DIMENSION_IDS };

/** i18next-style interpolation for the few templated labels the tests look for. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(values[name] ?? `{{${name}}}`),
  );
}

/**
 * An element's text as the reader reads it: without the invisible phrase breaks (U+200B) the build
 * puts between Japanese phrases (scripts/build/budoux-plugin.ts). Playwright's text and name matching
 * ignores them already; raw textContent does not.
 */
export async function readableText(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replaceAll('\u200b', '');
}

/** Which option of each question a journey picks: varied, so the result is not a corner case. */
export type Pick = (questionIndex: number, optionCount: number) => number;
export const VARIED: Pick = (index, count) => (index * 3 + 1) % count;
export const CAUTIOUS: Pick = () => 0;

/** The result the engine computes for the same answers: what the page must show. */
export function expectedResult(pick: Pick): SampleResult {
  return sampleResult(sampleAnswers(pick));
}

export function typeName(typeId: InvestorTypeId, lang: Lang = 'ja'): string {
  return TEXT[lang].model.types[typeId].name;
}

export function dimensionName(dimension: DimensionId, lang: Lang = 'ja'): string {
  return TEXT[lang].model.dimensions[dimension].name;
}

export function questionPrompt(index: number, lang: Lang = 'ja'): string {
  const question = QUESTIONS[index];
  if (question === undefined) throw new Error(`No question ${index}`);
  return TEXT[lang].model.questions[question.id as keyof typeof ja.model.questions].prompt;
}

export function optionLabel(questionIndex: number, optionIndex: number, lang: Lang = 'ja'): string {
  const question = QUESTIONS[questionIndex];
  const option = question?.options[optionIndex];
  if (question === undefined || option === undefined)
    throw new Error(`No option ${questionIndex}/${optionIndex}`);
  const options: Readonly<Record<string, string>> =
    TEXT[lang].model.questions[question.id as keyof typeof ja.model.questions].options;
  const label = options[option.id];
  if (label === undefined) throw new Error(`No ${lang} label for ${question.id}/${option.id}`);
  return label;
}

/** "3 / 16" */
export function progressText(index: number, lang: Lang = 'ja'): string {
  return fill(TEXT[lang].quiz.progress.count, { current: index + 1, total: QUESTIONS.length });
}

/** Waits until question `index` (0-based) is on screen. */
export async function expectQuestion(page: Page, index: number, lang: Lang = 'ja'): Promise<void> {
  await page.getByRole('heading', { level: 1, name: questionPrompt(index, lang) }).waitFor();
  await page.getByText(progressText(index, lang), { exact: true }).waitFor();
}

/** Answers questions `from`..`to - 1` with one tap each, checking each one appears in turn. */
export async function answerQuestions(
  page: Page,
  pick: Pick,
  {
    from = 0,
    to = QUESTIONS.length,
    lang = 'ja',
  }: { from?: number; to?: number; lang?: Lang } = {},
): Promise<void> {
  for (let index = from; index < to; index += 1) {
    await expectQuestion(page, index, lang);
    const count = QUESTIONS[index]?.options.length ?? 0;
    await page
      .getByRole('radio', { name: optionLabel(index, pick(index, count), lang), exact: true })
      .click();
  }
}

/** The score each meter on the result page shows, by dimension, read from the meters themselves. */
export async function meterScores(
  page: Page,
  lang: Lang = 'ja',
): Promise<Record<DimensionId, number>> {
  const entries = await Promise.all(
    DIMENSION_IDS.map(async (dimension) => {
      const meter = page.getByRole('meter', { name: dimensionName(dimension, lang), exact: true });
      const value = await meter.getAttribute('aria-valuenow');
      return [dimension, Number(value)] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<DimensionId, number>;
}

/** The result page of `result`: the type's name as the heading, the chart drawn, each score shown. */
export async function expectResultPage(
  page: Page,
  result: SampleResult,
  lang: Lang = 'ja',
): Promise<void> {
  const name = typeName(result.profile.typeId, lang);
  await page.getByRole('heading', { level: 1, name }).waitFor();
  expect(new URL(page.url()).pathname).toMatch(new RegExp(`/r/${result.profile.typeId}/$`));
  expect(new URL(page.url()).hash).toBe(`#${result.code}`);
  const chart = page.getByRole('img', {
    name: fill(TEXT[lang].results.scores.chartLabel, { name }),
  });
  // The chart is drawn as it nears the screen; on a phone it sits below the score bars.
  await chart.scrollIntoViewIfNeeded();
  await chart.locator('svg.recharts-surface').first().waitFor();
  const box = await chart.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(200);
  expect(await meterScores(page, lang)).toEqual(result.profile.scores);
}
