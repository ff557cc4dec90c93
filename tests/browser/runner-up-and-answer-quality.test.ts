/**
 * The result names a close runner-up, and the reader's own result mentions answer-quality flags
 * gently; a friend opening the same link sees the runner-up but never the flags.
 */
import { describe, expect, it } from 'vitest';
import { rankTypes } from '@/engine/classify';
import { checkAnswerQuality } from '@/engine/answer-quality';
import { sampleAnswers } from '../../scripts/lab/lib/sample-result';
import { TEXT, answerQuestions, expectedResult, fill, typeName, type Pick } from './support/app';
import { DESKTOP, PHONE, at, openSession, useBrowser } from './support/session';

useBrowser();

const ja = TEXT.ja;
/** Option i mod n of question i: a result with a close runner-up and a contradictory pair. */
const CLOSE_AND_CONTRADICTORY: Pick = (index, count) => index % count;

describe('a close runner-up and answer-quality flags', () => {
  it('names the runner-up, notes the flags on the own result with a retake, and keeps them out of the link', async () => {
    const result = expectedResult(CLOSE_AND_CONTRADICTORY);
    const ranking = rankTypes(result.profile.scores);
    const quality = checkAnswerQuality(sampleAnswers(CLOSE_AND_CONTRADICTORY));
    expect(ranking.closeRunnerUp).not.toBeNull();
    expect(quality.ok && quality.value).toContain('contradictory');
    const runnerUpText = fill(ja.results.reliability.runnerUp, {
      typeName: typeName(result.profile.typeId),
      runnerUp: typeName(ranking.closeRunnerUp ?? result.profile.typeId),
    });

    const taker = await openSession(PHONE);
    await taker.page.goto(at('quiz/'));
    await answerQuestions(taker.page, CLOSE_AND_CONTRADICTORY);
    await taker.page
      .getByRole('heading', { level: 1, name: typeName(result.profile.typeId) })
      .waitFor();
    await taker.page.getByText(runnerUpText, { exact: true }).waitFor();
    const note = taker.page.getByRole('complementary', { name: ja.results.answerQuality.heading });
    await note.getByText(ja.results.answerQuality.contradictory, { exact: true }).waitFor();
    const sharedUrl = taker.page.url();
    expect(sharedUrl).toContain(result.code);

    const friend = await openSession(DESKTOP);
    await friend.page.goto(sharedUrl);
    await friend.page.getByText(runnerUpText, { exact: true }).waitFor();
    await expect(
      friend.page.getByRole('complementary', { name: ja.results.answerQuality.heading }).count(),
    ).resolves.toBe(0);

    await note.getByRole('button', { name: ja.results.answerQuality.retake }).click();
    await taker.page
      .getByRole('heading', { level: 1, name: ja.model.questions['friend-view'].prompt })
      .waitFor();
  });
});
