/**
 * The result page holds still while it starts. A bare type link is pre-rendered as the type page
 * it becomes, so hydrating it moves nothing, in either language, on a phone or a desktop. A link
 * with a result code (one's own, or a friend's) turns into the result after hydration: until then
 * only the emblem and the name show, so the result appears in place and nothing visible moves.
 * Reached from the quiz, the result is there from its first frame.
 */
import { describe, expect, it } from 'vitest';
import { probeOf } from '../../scripts/lab/lib/browser';
import type { Page } from 'playwright-core';
import {
  TEXT,
  VARIED,
  answerQuestions,
  expectedResult,
  readableText,
  typeName,
  type Lang,
} from './support/app';
import { DESKTOP, PHONE, at, openSession, useBrowser } from './support/session';
import {
  sampleAnswers,
  sampleResult,
  type SampleResult,
} from '../../scripts/lab/lib/sample-result';
import { pathInLanguage } from '../../src/i18n/languages';

useBrowser();

/** Long enough for late work after hydration (the lazy chart, fonts) to have moved anything it would. */
const SETTLE_MS = 1_500;

interface Shift {
  readonly value: number;
  /** The moved elements, as a selector-like description. */
  readonly sources: readonly string[];
}

/**
 * Collects every layout shift from the first paint on (buffered), as Lighthouse's CLS counts them:
 * shifts right after a tap or key press are the reader's doing and do not count.
 */
const WATCH_SHIFTS = `
  window.__layoutShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const elements = entry.sources
        .map((source) => source.node)
        .map((node) => (node && node.nodeType === Node.ELEMENT_NODE ? node : node && node.parentElement))
        .filter(Boolean);
      window.__layoutShifts.push({
        value: entry.value,
        sources: elements.map((element) => element.tagName.toLowerCase() + '.' + element.className),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

/** Stores `code` as the reader's own result, as finishing the quiz does, before the app starts. */
function ownResultScript(code: string): string {
  const state = JSON.stringify({ state: { ownCode: code, friendCode: null }, version: 1 });
  return `if (location.protocol.startsWith('http')) localStorage.setItem('toushi-shinri-test:results', ${JSON.stringify(state)});`;
}

/** Waits until React has taken over the pre-rendered heading, then lets the page settle. */
async function hydratedAndSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const heading = document.querySelector('h1');
    return heading !== null && Object.keys(heading).some((key) => key.startsWith('__reactFiber$'));
  });
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(SETTLE_MS);
}

async function shiftsOf(page: Page): Promise<Shift[]> {
  return probeOf(page, '__layoutShifts');
}

function total(shifts: readonly Shift[]): number {
  return shifts.reduce((sum, shift) => sum + shift.value, 0);
}

const own: SampleResult = sampleResult(sampleAnswers((index, count) => (index * 3 + 1) % count));
const typeId = own.profile.typeId;
const prefix: Record<Lang, string> = { ja: '', en: 'en/' };

describe.each([
  ['a phone', PHONE],
  ['a desktop', DESKTOP],
] as const)('the result page on %s', (_, device) => {
  it.each(['ja', 'en'] as const)(
    'does not move when a bare type link (%s) starts',
    async (lang) => {
      const { page } = await openSession({
        ...device,
        locale: lang === 'ja' ? 'ja-JP' : 'en-US',
        initScripts: [WATCH_SHIFTS],
      });
      await page.goto(at(`${prefix[lang]}r/${typeId}/`));
      await hydratedAndSettled(page);
      await page.getByRole('heading', { level: 1, name: typeName(typeId, lang) }).waitFor();
      const eyebrow = page.locator('.result-hero__eyebrow');
      expect(await readableText(eyebrow)).toBe(TEXT[lang].results.eyebrow.general);
      await page.getByRole('button', { name: TEXT[lang].results.lead.startTest }).waitFor();
      const shifts = await shiftsOf(page);
      expect(total(shifts), JSON.stringify(shifts)).toBe(0);
    },
  );

  it.each(['ja', 'en'] as const)(
    'turns into one’s own result (%s) without any layout shift',
    async (lang) => {
      const { page } = await openSession({
        ...device,
        locale: lang === 'ja' ? 'ja-JP' : 'en-US',
        initScripts: [WATCH_SHIFTS, ownResultScript(own.code)],
      });
      await page.goto(at(pathInLanguage(own.path, lang)));
      await page.getByText(TEXT[lang].results.eyebrow.own, { exact: true }).waitFor();
      await hydratedAndSettled(page);
      await page.getByRole('heading', { level: 1, name: typeName(typeId, lang) }).waitFor();
      const shifts = await shiftsOf(page);
      expect(total(shifts), JSON.stringify(shifts)).toBe(0);
    },
  );

  it.each(['ja', 'en'] as const)(
    'turns into a friend’s shared result (%s) without any layout shift',
    async (lang) => {
      const { page } = await openSession({
        ...device,
        locale: lang === 'ja' ? 'ja-JP' : 'en-US',
        initScripts: [WATCH_SHIFTS],
      });
      await page.goto(at(pathInLanguage(own.path, lang)));
      await page.getByText(TEXT[lang].results.eyebrow.friend, { exact: true }).waitFor();
      await hydratedAndSettled(page);
      const shifts = await shiftsOf(page);
      expect(total(shifts), JSON.stringify(shifts)).toBe(0);
    },
  );
});

/** Notes whether the type page without a result (the view for a bare link) is ever drawn. */
const WATCH_FOR_TYPE_PAGE = `
  window.__typePageDrawn = false;
  new MutationObserver(() => {
    if (document.querySelector('.result-page--general')) window.__typePageDrawn = true;
  }).observe(document, { childList: true, subtree: true });
`;

describe('the last answer of the quiz', () => {
  it('opens one’s own result at once, never the type page a bare link shows', async () => {
    const { page } = await openSession({ ...PHONE, initScripts: [WATCH_FOR_TYPE_PAGE] });
    await page.goto(at('quiz/'));
    await answerQuestions(page, VARIED);
    await page.getByText(TEXT.ja.results.eyebrow.own, { exact: true }).waitFor();
    await page
      .getByRole('heading', { level: 1, name: typeName(expectedResult(VARIED).profile.typeId) })
      .waitFor();
    expect(await probeOf(page, '__typePageDrawn')).toBe(false);
  });
});
