/**
 * Result links as people share them: opened by someone else in a fresh browser, mangled on the
 * way, or pointing at a page that does not exist; and every route served straight from the static
 * host with no rewrite rules.
 */
import { describe, expect, it } from 'vitest';
import { INVESTOR_TYPE_IDS } from '@/data/investor-types';
import {
  TEXT,
  VARIED,
  answerQuestions,
  expectResultPage,
  expectedResult,
  fill,
  meterScores,
  typeName,
  readableText,
} from './support/app';
import { DESKTOP, PHONE, at, openSession, useBrowser } from './support/session';

useBrowser();

const ja = TEXT.ja;

describe('a shared result link', () => {
  it('shows a friend in a fresh browser the same type and the same scores, framed as a friend’s', async () => {
    const taker = await openSession(PHONE);
    await taker.page.goto(at('quiz/'));
    await answerQuestions(taker.page, VARIED);
    const result = expectedResult(VARIED);
    await expectResultPage(taker.page, result);
    const sharedUrl = taker.page.url();
    const takerScores = await meterScores(taker.page);

    const friend = await openSession(DESKTOP);
    await friend.page.goto(sharedUrl);
    await expectResultPage(friend.page, result);
    expect(await meterScores(friend.page)).toEqual(takerScores);
    await friend.page.getByText(ja.results.eyebrow.friend, { exact: true }).waitFor();
    // The friend is invited to take the test themselves.
    await friend.page.getByRole('button', { name: ja.results.lead.takeTest }).first().click();
    await friend.page
      .getByRole('heading', { level: 1, name: ja.model.questions['friend-view'].prompt })
      .waitFor();
  });

  it('shows the friend no answer of the sharer’s: the experience line is the sharer’s own', async () => {
    const taker = await openSession(PHONE);
    await taker.page.goto(at('quiz/'));
    await answerQuestions(taker.page, VARIED);
    const result = expectedResult(VARIED);
    await expectResultPage(taker.page, result);
    const experienceTexts = Object.values(ja.results.experience);
    const takerText = await readableText(taker.page.locator('main'));
    expect(experienceTexts.some((text) => takerText.includes(text))).toBe(true);

    const friend = await openSession(DESKTOP);
    await friend.page.goto(taker.page.url());
    await expectResultPage(friend.page, result);
    const friendText = await readableText(friend.page.locator('main'));
    expect(experienceTexts.filter((text) => friendText.includes(text))).toEqual([]);
    expect(friendText).not.toContain('投資の経験');
  });

  it('shows no experience from a link made before, whose code still carries it', async () => {
    // A version 2 link of a reader who reported over five years of investing.
    const { page } = await openSession(PHONE);
    await page.goto(at('r/bold-adventurer/#AgRkOkcyJAAAA6yq'));
    await page.getByText(ja.results.eyebrow.friend, { exact: true }).waitFor();
    const text = await readableText(page.locator('main'));
    expect(text).toContain(typeName('bold-adventurer'));
    expect(text).not.toContain('投資の経験');
  });

  it('keeps the code in the fragment, so the server never sees it', async () => {
    const { page, context } = await openSession(PHONE);
    const result = expectedResult(VARIED);
    const requested: string[] = [];
    context.on('request', (request) => requested.push(request.url()));
    await page.goto(at(result.path));
    await expectResultPage(page, result);
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => url.includes(result.code))).toEqual([]);
  });

  it.each([
    ['garbage', 'not-a-code!', ja.results.error.malformed],
    ['a truncated code', expectedResult(VARIED).code.slice(0, -3), ja.results.error.malformed],
    [
      'a tampered code',
      `${expectedResult(VARIED).code.slice(0, 5)}${expectedResult(VARIED).code[5] === 'A' ? 'B' : 'A'}${expectedResult(VARIED).code.slice(6)}`,
      ja.results.error.checksumMismatch,
    ],
  ])('explains %s and offers to start the test', async (_, code, explanation) => {
    const { page } = await openSession(PHONE);
    const typeId = expectedResult(VARIED).profile.typeId;
    await page.goto(at(`r/${typeId}/#${code}`));
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: ja.results.error.heading }).waitFor();
    await expect(readableText(alert)).resolves.toContain(explanation);
    // The type's own page still shows, without anyone's scores.
    await page.getByRole('heading', { level: 1, name: typeName(typeId) }).waitFor();
    await expect(page.getByRole('meter').count()).resolves.toBe(0);
    await alert.getByRole('button', { name: ja.results.lead.startTest }).click();
    await page
      .getByRole('heading', { level: 1, name: ja.model.questions['friend-view'].prompt })
      .waitFor();
  });

  it('says so when a valid code is put on another type’s page', async () => {
    const { page } = await openSession(PHONE);
    const result = expectedResult(VARIED);
    const otherType =
      INVESTOR_TYPE_IDS.find((id) => id !== result.profile.typeId) ?? INVESTOR_TYPE_IDS[0];
    await page.goto(at(`r/${otherType}/#${result.code}`));
    await expect(readableText(page.getByRole('alert'))).resolves.toContain(
      ja.results.error.tampered,
    );
    await expect(page.getByRole('meter').count()).resolves.toBe(0);
  });
});

describe('pages served by a plain static host', () => {
  it('answers the landing page, /quiz/ and every /r/<type>/ with 200 and pre-rendered HTML', async () => {
    const { page } = await openSession({ ...PHONE, javaScriptEnabled: false });
    const landing = await page.goto(at('/'));
    expect(landing?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: ja.common.landing.title }).waitFor();

    const quiz = await page.goto(at('quiz/'));
    expect(quiz?.status()).toBe(200);

    for (const typeId of INVESTOR_TYPE_IDS) {
      const response = await page.goto(at(`r/${typeId}/`));
      expect(response?.status()).toBe(200);
      // Without JavaScript, as a link preview crawler sees it: the type's name and catchphrase.
      await page.getByRole('heading', { level: 1, name: typeName(typeId) }).waitFor();
      await page.getByText(ja.model.types[typeId].catchphrase).first().waitFor();
    }
  });

  it('opens deep links directly: /quiz (redirected to /quiz/) and a result link', async () => {
    const { page } = await openSession(PHONE);
    const quiz = await page.goto(at('quiz'));
    expect(quiz?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toMatch(/\/quiz\/$/);
    await page
      .getByRole('heading', { level: 1, name: ja.model.questions['friend-view'].prompt })
      .waitFor();

    const result = expectedResult(VARIED);
    const response = await page.goto(at(result.path));
    expect(response?.status()).toBe(200);
    await expectResultPage(page, result);
  });

  it.each([
    ['no/such/page', ja.common.notFound.title, ja.common.notFound.start],
    [
      `r/not-a-type/#${expectedResult(VARIED).code}`,
      ja.results.error.notFoundHeading,
      ja.results.lead.startTest,
    ],
  ])(
    'shows a friendly not-found page with a way to start for /%s',
    async (path, heading, start) => {
      const session = await openSession(PHONE);
      const { page } = session;
      const response = await page.goto(at(path));
      expect(response?.status()).toBe(404);
      // The browser logs the 404 status of the page itself; nothing else may go wrong.
      session.expectProblem('console', /status of 404 \(Not Found\)/);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page
        .getByRole('main')
        .getByRole('link', { name: start })
        .or(page.getByRole('button', { name: start }))
        .click();
      // It leads to the test: the landing page or straight to the first question.
      // The address changes before the next page's code has rendered, so wait for its heading.
      await page.waitForURL((url) => !url.pathname.includes(path.split('#')[0] ?? path));
      await page
        .getByRole('heading', { level: 1, name: ja.common.landing.title, exact: true })
        .or(
          page.getByRole('heading', {
            level: 1,
            name: ja.model.questions['friend-view'].prompt,
            exact: true,
          }),
        )
        .waitFor();
    },
  );

  it('names each result page in its title for link previews', async () => {
    const { page } = await openSession(PHONE);
    const typeId = INVESTOR_TYPE_IDS[0];
    await page.goto(at(`r/${typeId}/`));
    await page.getByRole('heading', { level: 1, name: typeName(typeId) }).waitFor();
    await expect(page.title()).resolves.toBe(
      fill(ja.common.meta.resultTitle, { typeName: typeName(typeId) }),
    );
    // The same title is in the static HTML a link preview crawler reads.
    const html = await (await page.request.get(at(`r/${typeId}/`))).text();
    expect(html).toContain(
      `<title>${fill(ja.common.meta.resultTitle, { typeName: typeName(typeId) })}</title>`,
    );
  });
});
