/**
 * Faults in real Chromium: storage that throws, a full quota, corrupt or future-version
 * saved state, and a lazy chunk that does not arrive. The reader always gets to a result.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import {
  TEXT,
  VARIED,
  answerQuestions,
  expectQuestion,
  expectResultPage,
  expectedResult,
  readableText,
} from './support/app';
import { PHONE, at, openSession, useBrowser } from './support/session';

useBrowser();

const ja = TEXT.ja;

/** Safari private mode and blocked cookies: touching storage at all throws. */
const STORAGE_THROWS = `
  for (const name of ['localStorage', 'sessionStorage']) {
    Object.defineProperty(window, name, {
      configurable: true,
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  }
`;

/** A full disk or quota: reading works, every write throws. */
const QUOTA_EXCEEDED = `
  Storage.prototype.setItem = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
`;

/** The built file of a lazy chunk, from the build's manifest (names carry content hashes). */
function builtChunk(source: string): string {
  const manifest = JSON.parse(
    readFileSync(join(inject('distDir'), '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, { file: string }>;
  const chunk = manifest[source];
  if (chunk === undefined) throw new Error(`${source} is not a chunk of the build`);
  return chunk.file;
}

describe('storage faults', () => {
  it('lets the quiz finish when storage throws on every access', async () => {
    const { page } = await openSession({ ...PHONE, initScripts: [STORAGE_THROWS] });
    await page.goto(at('/'));
    await expect(
      page.evaluate(() => {
        try {
          return typeof window.localStorage;
        } catch {
          return 'throws';
        }
      }),
    ).resolves.toBe('throws');
    await page.getByRole('link', { name: ja.common.landing.start }).click();
    await answerQuestions(page, VARIED);
    await expectResultPage(page, expectedResult(VARIED));
  });

  it('lets the quiz finish when every write exceeds the quota', async () => {
    const { page } = await openSession({ ...PHONE, initScripts: [QUOTA_EXCEEDED] });
    await page.goto(at('quiz/'));
    await answerQuestions(page, VARIED);
    await expectResultPage(page, expectedResult(VARIED));
    await expect(page.evaluate(() => localStorage.length)).resolves.toBe(0);
  });

  it.each([
    ['unreadable', () => '{"state": {"answers": [1, 2'],
    [
      'from a future version',
      (value: string) => JSON.stringify({ ...(JSON.parse(value) as object), version: 999 }),
    ],
    ['of the wrong shape', () => JSON.stringify({ state: { answers: 'x', step: -5 }, version: 0 })],
  ])('discards saved state that is %s and starts cleanly', async (_, corrupt) => {
    const { page } = await openSession(PHONE);
    await page.goto(at('quiz/'));
    await answerQuestions(page, VARIED, { to: 2 });
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      const value = await page.evaluate((name) => localStorage.getItem(name) ?? '{}', key);
      await page.evaluate(([name, text]) => localStorage.setItem(name, text), [
        key,
        corrupt(value),
      ] as const);
    }

    await page.goto(at('/'));
    await page.getByRole('link', { name: ja.common.landing.start }).click();
    await expectQuestion(page, 0);
    await answerQuestions(page, VARIED);
    await expectResultPage(page, expectedResult(VARIED));
  });
});

describe('a lazy chunk that fails to load', () => {
  it('shows a message and a retry button instead of a white screen, and the retry recovers', async () => {
    const session = await openSession(PHONE);
    const { page, context } = session;
    const chunk = builtChunk('src/results/result-page.tsx');
    let blocked = 0;
    await context.route(`**/${chunk}`, async (route) => {
      blocked += 1;
      await route.abort('internetdisconnected');
    });
    session.expectProblem(
      'console',
      new RegExp(
        `ERR_INTERNET_DISCONNECTED|${chunk.replace(/[.]/g, '\\.')}|dynamically imported module|ChunkLoadError|could not be downloaded`,
      ),
    );

    await page.goto(at('quiz/'));
    await answerQuestions(page, VARIED);
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: ja.common.errors.chunkTitle }).waitFor();
    await expect(readableText(alert)).resolves.toContain(ja.common.errors.chunkBody);
    expect(blocked).toBeGreaterThan(0);

    await context.unroute(`**/${chunk}`);
    await alert.getByRole('button', { name: ja.common.errors.retry }).click();
    await expectResultPage(page, expectedResult(VARIED));
  });
});
