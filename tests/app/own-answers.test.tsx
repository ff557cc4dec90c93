/**
 * The reader's own answers, quoted back on their own result ("the answer that counted most", the
 * literacy answers) while they are the ones that result was made from: scored once, when the
 * last question is answered, and still quoted after a reload.
 */
import { act, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUESTIONS } from '@/data/questions';
import * as profileModule from '@/engine/profile';
import { resources as ja } from '@/i18n/resources/ja/index';
import { QUIZ_STORAGE_KEY, useQuizActions } from '@/quiz/quiz-store';
import { sampleAnswers, sampleResult } from '../../scripts/lab/lib/sample-result';
import { reloadStores, renderApp, resetStores, type RenderedApp } from '../render-app';

const LAST = QUESTIONS[QUESTIONS.length - 1]!;
const answers = sampleAnswers((index, count) => (index * 3 + 1) % count);
const result = sampleResult(answers);
const quoted = () => screen.queryAllByText(/いちばん効いた回答/);

function optionLabel(questionId: string, optionId: string): string {
  const questions: Readonly<Record<string, { options: Readonly<Record<string, string>> }>> =
    ja.model.questions;
  return questions[questionId]?.options[optionId] ?? `${questionId}.${optionId}`;
}

/** Answers every question but the last (an earlier visit), then the last one on the quiz page. */
async function finishTest(): Promise<RenderedApp> {
  const actions = renderHook(() => useQuizActions()).result.current;
  act(() => {
    for (const question of QUESTIONS.slice(0, -1))
      actions.answerChosen(question.id, answers[question.id] ?? '');
  });
  // The result page reads its code from the address, as after the quiz's own navigation.
  window.history.replaceState(null, '', result.path);
  const app = await renderApp('/quiz/');
  await app.user.click(
    screen.getByRole('radio', { name: optionLabel(LAST.id, answers[LAST.id]!) }),
  );
  await waitFor(() => expect(app.location().pathname).toBe(`/r/${result.profile.typeId}/`));
  await screen.findByText('あなたの診断結果', {}, { timeout: 15_000 });
  return app;
}

/** The reader's own result opened afresh, as from a bookmark. */
async function openOwnResult(): Promise<void> {
  window.history.replaceState(null, '', result.path);
  await renderApp(result.path);
  await screen.findByText('あなたの診断結果', {}, { timeout: 15_000 });
}

beforeEach(() => resetStores());
afterEach(() => vi.restoreAllMocks());

describe('the answers quoted on the reader’s own result', { timeout: 30_000 }, () => {
  it('are scored once, when the last question is answered', async () => {
    const score = vi.spyOn(profileModule, 'buildProfile');
    await finishTest();
    expect(quoted().length).toBeGreaterThan(0);
    expect(screen.getAllByText(/あなたの答え：/)).toHaveLength(3);
    expect(score).toHaveBeenCalledOnce();
  });

  it('are still quoted after a reload', async () => {
    (await finishTest()).unmount();
    act(() => reloadStores());
    await openOwnResult();
    expect(quoted().length).toBeGreaterThan(0);
  });

  it('are still quoted when an earlier version of the app saved them', async () => {
    localStorage.setItem(
      QUIZ_STORAGE_KEY,
      JSON.stringify({ state: { answers, step: QUESTIONS.length - 1, timings: {} }, version: 2 }),
    );
    localStorage.setItem(
      'toushi-shinri-test:results',
      JSON.stringify({ state: { ownCode: result.code, friendCode: null }, version: 1 }),
    );
    act(() => reloadStores());
    await openOwnResult();
    expect(quoted().length).toBeGreaterThan(0);
  });

  it('are not quoted once the reader changed one after finishing', async () => {
    (await finishTest()).unmount();
    // An option that makes another result: the answers kept no longer made the one in the link.
    const other = LAST.options.find(
      ({ id }) => sampleResult({ ...answers, [LAST.id]: id }).code !== result.code,
    );
    const actions = renderHook(() => useQuizActions()).result.current;
    act(() => actions.answerChanged(LAST.id, other?.id ?? ''));
    await openOwnResult();
    expect(quoted()).toHaveLength(0);
    expect(screen.queryByText(/あなたの答え：/)).not.toBeInTheDocument();
  });

  it('are not quoted once the reader started over', async () => {
    (await finishTest()).unmount();
    const actions = renderHook(() => useQuizActions()).result.current;
    act(() => actions.quizRestarted());
    await openOwnResult();
    expect(quoted()).toHaveLength(0);
  });
});
