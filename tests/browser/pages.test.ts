/**
 * Every kind of page, checked the same way: axe-core finds no WCAG 2.1 A/AA violation (light and
 * dark), nothing scrolls sideways at 320 px, and (through the harness) no console error, no CSP
 * violation and no request leaving 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  TEXT,
  VARIED,
  answerQuestions,
  expectQuestion,
  expectResultPage,
  expectedResult,
} from './support/app';
import {
  DESKTOP,
  PHONE,
  at,
  axeViolations,
  horizontalOverflow,
  openSession,
  useBrowser,
} from './support/session';

useBrowser();

const ja = TEXT.ja;
const result = expectedResult(VARIED);
const typeId = result.profile.typeId;

interface PageCase {
  readonly name: string;
  readonly path: string;
  /** Waits until the page is fully drawn. */
  readonly ready: (page: Page) => Promise<void>;
  readonly status?: number;
}

const PAGES: readonly PageCase[] = [
  {
    name: 'landing',
    path: '/',
    ready: (page) =>
      page.getByRole('heading', { level: 1, name: ja.common.landing.title }).waitFor(),
  },
  { name: 'a question', path: 'quiz/', ready: (page) => expectQuestion(page, 0) },
  { name: 'a result', path: result.path, ready: (page) => expectResultPage(page, result) },
  {
    name: 'a type page without a code',
    path: `r/${typeId}/`,
    ready: (page) =>
      page.getByRole('button', { name: ja.results.lead.startTest }).first().waitFor(),
  },
  {
    name: 'an invalid code',
    path: `r/${typeId}/#broken`,
    ready: (page) => page.getByRole('heading', { name: ja.results.error.heading }).waitFor(),
  },
  {
    name: 'not found',
    path: 'no/such/page',
    status: 404,
    ready: (page) =>
      page.getByRole('heading', { level: 1, name: ja.common.notFound.title }).waitFor(),
  },
];

describe.each(PAGES)('the $name page', ({ path, ready, status = 200 }) => {
  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
  ] as const)('has no WCAG 2.1 A/AA violations in %s mode on a phone', async (_, colorScheme) => {
    const session = await openSession({ ...PHONE, colorScheme });
    if (status === 404) session.expectProblem('console', /status of 404 \(Not Found\)/);
    const response = await session.page.goto(at(path));
    expect(response?.status()).toBe(status);
    await ready(session.page);
    expect(await axeViolations(session.page)).toEqual([]);
  });

  it('has no WCAG 2.1 A/AA violations on a desktop', async () => {
    const session = await openSession(DESKTOP);
    if (status === 404) session.expectProblem('console', /status of 404 \(Not Found\)/);
    await session.page.goto(at(path));
    await ready(session.page);
    expect(await axeViolations(session.page)).toEqual([]);
  });

  it('fits a 320 px wide screen without scrolling sideways', async () => {
    const session = await openSession({ ...PHONE, viewport: { width: 320, height: 568 } });
    if (status === 404) session.expectProblem('console', /status of 404 \(Not Found\)/);
    await session.page.goto(at(path));
    await ready(session.page);
    expect(await horizontalOverflow(session.page)).toBeLessThanOrEqual(0);
  });
});

describe('the result page compared with a friend', () => {
  it('has no WCAG 2.1 A/AA violations with both profiles overlaid', async () => {
    const { page } = await openSession(PHONE);
    // A friend's link first, then the reader's own test: the page offers to compare.
    const friend = expectedResult(() => 0);
    await page.goto(at(friend.path));
    await expectResultPage(page, friend);
    await page.goto(at('quiz/'));
    await answerQuestions(page, VARIED);
    await expectResultPage(page, result);
    await page.getByRole('button', { name: ja.results.compare.show }).click();
    await page.getByRole('img', { name: ja.results.scores.chartLabelCompare }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});
